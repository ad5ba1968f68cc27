//! The AWS protocol compliance tests (`../shared/testdata/protocol-tests`, botocore's JSON form of
//! Smithy's `aws.protocoltests.*` suites) for every protocol the generator implements.
//!
//! For each protocol file, the suites' shapes and the operations of their cases make one
//! botocore model (an operation's error lists, which each suite gives separately, are merged).
//! The crate generated from it gets a test module (`codegen::protocol_tests`) with one test per
//! case; its `cargo test` runs them. A case that is knowingly not passed is listed in `KNOWN`
//! with the reason; it must fail (a known failure that passes is an error too, so the list
//! cannot go stale).

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::{json, Map, Value};

/// The protocol files run here, by the protocol of the crate generated for each.
const FILES: &[&str] = &[
    "json_1_0",
    "json",
    "json_1_0-query-compatible",
    "rest-json",
    "query",
    "ec2",
    "rest-xml",
    "smithy-rpc-v2-cbor",
    "smithy-rpc-v2-cbor-query-compatible",
    "smithy-rpc-v2-cbor-non-query-compatible",
];

/// Cases knowingly not passed, and why: (`request` or `response`, case id, reason).
const KNOWN: &[(&str, &str, &str)] = &[
    // Maps are `BTreeMap`s: their entries are written in key order, and the order the test
    // gave them in is gone. XML map entries carry no order in meaning; the documents differ
    // only in it.
    ("request", "FlattenedXmlMap", "map entries in key order"),
    ("request", "NestedXmlMapWithXmlNameSerializes", "map entries in key order"),
    ("request", "XmlMaps", "map entries in key order"),
    ("request", "XmlMapsXmlName", "map entries in key order"),
];

struct Cases {
    /// The model's text, members in the order the test files list them.
    model: String,
    requests: Vec<codegen::protocol_tests::RequestCase>,
    responses: Vec<codegen::protocol_tests::ResponseCase>,
}

fn suite_text(dir: &str, file: &str) -> String {
    let path = tests::shared().join("testdata/protocol-tests").join(dir).join(format!("{file}.json"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn suites(dir: &str, file: &str) -> Vec<Value> {
    serde_json::from_str::<Vec<Value>>(&suite_text(dir, file)).expect("a list of suites")
}

/// The member order of every suite's shapes (XML bodies are written in model order; serde_json's
/// maps are sorted, so the merged model is written with this order put back).
fn member_order(file: &str) -> BTreeMap<String, Vec<String>> {
    let mut order = smithy_ir::member_order(&suite_text("input", file));
    order.extend(smithy_ir::member_order(&suite_text("output", file)));
    order
}

/// Where a JSON value sits in a botocore model, for writing its members in order.
#[derive(Clone, Copy)]
enum At<'a> {
    Root,
    Shapes,
    Shape(&'a str),
    Members(&'a str),
    Other,
}

/// `v` as JSON text, each structure's members in `order`.
fn write_ordered(v: &Value, order: &BTreeMap<String, Vec<String>>, at: At<'_>, out: &mut String) {
    let Value::Object(o) = v else {
        out.push_str(&v.to_string());
        return;
    };
    let mut keys: Vec<&String> = o.keys().collect();
    if let At::Members(shape) = at {
        if let Some(listed) = order.get(shape) {
            keys.sort_by_key(|k| listed.iter().position(|n| n == *k).unwrap_or(usize::MAX));
        }
    }
    out.push('{');
    for (i, k) in keys.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&Value::String(k.clone()).to_string());
        out.push(':');
        let inner = match (at, k.as_str()) {
            (At::Root, "shapes") => At::Shapes,
            (At::Shapes, name) => At::Shape(name),
            (At::Shape(name), "members") => At::Members(name),
            _ => At::Other,
        };
        write_ordered(&o[k.as_str()], order, inner, out);
    }
    out.push('}');
}

/// Bytes from standard base64 (the CBOR cases' bodies).
fn base64_decode(text: &str) -> Vec<u8> {
    awsgen_runtime::codegen::http_binding::from_base64(text.trim()).unwrap_or_else(|| panic!("not base64: {text}"))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().into_iter().flatten().filter_map(|h| h.as_str().map(str::to_string)).collect()
}

fn pairs(v: &Value) -> Vec<(String, String)> {
    v.as_object().into_iter().flatten().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string())).collect()
}

/// One model from every suite of the file's input and output tests, and their cases.
fn cases(file: &str) -> Cases {
    let (inputs, outputs) = (suites("input", file), suites("output", file));
    let mut metadata = Map::new();
    let mut shapes = Map::new();
    let mut operations: BTreeMap<String, Value> = BTreeMap::new();
    let mut requests = Vec::new();
    let mut responses = Vec::new();
    for suite in inputs.iter().chain(&outputs) {
        metadata.extend(suite["metadata"].as_object().expect("metadata").clone());
        shapes.extend(suite["shapes"].as_object().expect("shapes").clone());
        for case in suite["cases"].as_array().expect("cases") {
            let given = &case["given"];
            let name = given["name"].as_str().expect("operation name").to_string();
            let op = operations.entry(name.clone()).or_insert_with(|| given.clone());
            // The suites of one operation list its errors separately: the model has them all.
            for key in ["input", "output", "endpoint", "requestcompression"] {
                if op.get(key).is_none() && given.get(key).is_some() {
                    op[key] = given[key].clone();
                }
            }
            for e in given["errors"].as_array().into_iter().flatten() {
                let errors = op.as_object_mut().expect("object").entry("errors").or_insert(json!([]));
                if !errors.as_array().expect("errors").contains(e) {
                    errors.as_array_mut().expect("errors").push(e.clone());
                }
            }
            let id = case["id"].as_str().expect("id").to_string();
            if let Some(serialized) = case.get("serialized") {
                // `host` is the endpoint's host, with any path the endpoint has.
                let host = serialized["host"].as_str();
                let (endpoint, host) = match host {
                    Some(h) if h.contains('/') => (format!("https://{h}"), h.split('/').next().map(str::to_string)),
                    Some(h) => ("https://example.com".to_string(), Some(h.to_string())),
                    None => ("https://example.com".to_string(), None),
                };
                requests.push(codegen::protocol_tests::RequestCase {
                    id,
                    operation: name,
                    params: case["params"].clone(),
                    endpoint,
                    method: serialized["method"].as_str().unwrap_or("POST").to_string(),
                    uri: serialized["uri"].as_str().unwrap_or("/").to_string(),
                    headers: pairs(&serialized["headers"]),
                    forbid_headers: strings(&serialized["forbidHeaders"]),
                    require_headers: strings(&serialized["requireHeaders"]),
                    body: serialized["body"].as_str().map(str::to_string),
                    host,
                });
            } else {
                let response = &case["response"];
                let expected = match case["errorCode"].as_str() {
                    None => codegen::protocol_tests::Expected::Output(case.get("result").cloned().unwrap_or(json!({}))),
                    Some(code) => {
                        let errors: Vec<&str> = given["errors"]
                            .as_array()
                            .into_iter()
                            .flatten()
                            .filter_map(|e| e["shape"].as_str())
                            .collect();
                        let shape = match errors.as_slice() {
                            [one] => one.to_string(),
                            _ => code.to_string(),
                        };
                        codegen::protocol_tests::Expected::Error {
                            shape,
                            code: code.to_string(),
                            message: case["errorMessage"].as_str().map(str::to_string),
                            members: case.get("error").cloned().unwrap_or(json!({})),
                        }
                    }
                };
                responses.push(codegen::protocol_tests::ResponseCase {
                    id,
                    operation: name,
                    status: response["status_code"].as_u64().and_then(|s| u16::try_from(s).ok()).expect("status"),
                    headers: pairs(&response["headers"]),
                    body: {
                        let text = response["body"].as_str().unwrap_or_default();
                        // CBOR bodies are given in base64.
                        match file.starts_with("smithy-rpc-v2-cbor") {
                            true => base64_decode(text),
                            false => text.as_bytes().to_vec(),
                        }
                    },
                    expected,
                });
            }
        }
    }
    metadata.entry("serviceId").or_insert_with(|| json!(format!("Protocol Tests {file}")));
    let model = json!({"version": "2.0", "metadata": metadata, "operations": operations, "shapes": shapes});
    let mut text = String::new();
    write_ordered(&model, &member_order(file), At::Root, &mut text);
    Cases { model: text, requests, responses }
}

/// Test results from `cargo test` output: function name to passed.
fn results(stdout: &str) -> BTreeMap<String, bool> {
    stdout
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("test protocol_tests::")?;
            let (name, outcome) = rest.split_once(" ... ")?;
            Some((name.to_string(), outcome.trim() == "ok"))
        })
        .collect()
}

#[test]
fn aws_protocol_compliance_tests() {
    let dir = tests::scratch("protocol-tests");
    let mut table = Vec::new();
    let mut problems = Vec::new();
    for file in FILES {
        let cases = cases(file);
        let source = format!("protocol-tests/{file}");
        let svc =
            smithy_ir::load_str(&cases.model, &source, &Default::default()).unwrap_or_else(|e| panic!("{file}: {e}"));
        let crate_name = format!("pt-{}", file.replace('_', "-"));
        let config = codegen::Config {
            crate_name: Some(crate_name.clone()),
            runtime: xtask::runtime_for(&dir.join(&crate_name)),
            ..Default::default()
        };
        let mut files = codegen::generate(&svc, &config).unwrap_or_else(|e| panic!("{file}: {e}"));
        let module = codegen::protocol_tests::module(&svc, &config, &cases.requests, &cases.responses)
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        files.insert("src/protocol_tests.rs".into(), module.tests);
        files.insert("src/protocol_test_support.rs".into(), module.support);
        files.get_mut("src/lib.rs").expect("lib.rs").push_str(
            "\n#[cfg(test)]\n#[rustfmt::skip]\nmod protocol_test_support;\n#[cfg(test)]\n#[rustfmt::skip]\nmod protocol_tests;\n",
        );
        codegen::write(&dir.join(&crate_name), &files).expect("write crate");
        // The support module compares JSON and decompresses bodies (two more dev-dependencies,
        // after the generated `[dev-dependencies]`); each crate is its own workspace: the
        // scratch folder is inside this one.
        let manifest = dir.join(&crate_name).join("Cargo.toml");
        let text = std::fs::read_to_string(&manifest).expect("manifest");
        assert!(text.trim_end().rsplit("\n[").next().is_some_and(|s| s.starts_with("dev-dependencies]")));
        let extra =
            "serde_json = { version = \"1\", features = [\"float_roundtrip\"] }\nflate2 = \"1\"\n\n[workspace]\n";
        std::fs::write(&manifest, format!("{text}{extra}")).expect("manifest");
        let stdout = cargo_test(&dir.join(&crate_name));
        let results = results(&stdout);
        let (mut passed, mut known) = (0, 0);
        for (i, (id, name)) in module.names.iter().enumerate() {
            let kind = if i < cases.requests.len() { "request" } else { "response" };
            let known_reason = KNOWN.iter().find(|(k, c, _)| *k == kind && c == id).map(|(_, _, r)| *r);
            match (results.get(name), known_reason) {
                (Some(true), None) => passed += 1,
                (Some(false), Some(_)) => known += 1,
                (Some(true), Some(_)) => problems.push(format!("{file}: {id} passes now: remove it from KNOWN")),
                (Some(false), None) => problems.push(format!("{file}: {id} fails")),
                (None, _) => problems.push(format!("{file}: {id} did not run")),
            }
        }
        let (inputs, outputs) = (cases.requests.len(), cases.responses.len());
        table.push(format!("| `{file}.json` | {inputs} | {outputs} | {passed} | {known} |"));
        if problems.iter().any(|p| p.starts_with(&format!("{file}:"))) {
            eprintln!("{stdout}");
        }
    }
    println!("| file | input cases | output cases | passed | known failures |\n| --- | --- | --- | --- | --- |");
    for row in &table {
        println!("{row}");
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// `cargo test` in a generated crate, warnings denied; returns its standard output.
fn cargo_test(crate_dir: &Path) -> String {
    std::fs::copy(tests::root().join("Cargo.lock"), crate_dir.join("Cargo.lock")).expect("lock file");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let _one_build = tests::heavy_build();
    let out = std::process::Command::new(cargo)
        .args(["test", "--offline", "--lib", "--features", "test-util", "--", "--test-threads=4"])
        .current_dir(crate_dir)
        .env("CARGO_TARGET_DIR", tests::root().join("target/other-services"))
        .env("RUSTFLAGS", "-D warnings")
        // Incremental state of these one-off crates would only fill the disk.
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    if !stdout.contains("test result:") {
        panic!("{} did not build:\n{}", crate_dir.display(), String::from_utf8_lossy(&out.stderr));
    }
    stdout
}
