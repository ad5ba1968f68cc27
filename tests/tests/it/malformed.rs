//! Bad models are rejected with an error that names where the problem is, and a failed
//! generation leaves the output directory exactly as it was. What the generator cannot express
//! in a valid model is left out with a note, and the rest is generated.

use serde_json::{json, Value};

fn base() -> Value {
    serde_json::from_str(&std::fs::read_to_string(tests::root().join("tests/fixtures/errors.json")).expect("fixture"))
        .expect("fixture JSON")
}

/// Writes `model` to a file, runs `cargo xtask codegen` logic into a directory holding a
/// sentinel, and returns the error text; the directory must be unchanged.
fn fails(name: &str, model: &str) -> String {
    let dir = tests::scratch(&format!("malformed-{name}"));
    let model_path = dir.join("model.json");
    std::fs::write(&model_path, model).expect("write model");
    let out = dir.join("out");
    std::fs::create_dir_all(out.join("src")).expect("mkdir");
    std::fs::write(out.join("src/lib.rs"), "// the old crate\n").expect("sentinel");
    let err = xtask::codegen(&model_path, &out, false, &xtask::Options::default()).expect_err("must fail");
    assert_eq!(std::fs::read_to_string(out.join("src/lib.rs")).expect("still there"), "// the old crate\n");
    assert_eq!(std::fs::read_dir(&out).expect("out").count(), 1, "nothing added");
    assert!(!dir.join(".out.new").exists() && !dir.join(".out.old").exists(), "no leftovers");
    format!("{err:#}")
}

/// Generates `model` (it must generate); returns the files and what was left out, as
/// `item: reason` lines.
fn generates(model: &str) -> (codegen::Files, Vec<String>) {
    let svc = smithy_ir::load_str(model, "m", &Default::default()).expect("loads");
    let config = codegen::Config::default();
    let (_, omitted) = codegen::summary(&svc, &config).expect("plans");
    let files = codegen::generate(&svc, &config).expect("generates");
    (files, omitted.into_iter().map(|o| format!("{}: {}", o.item, o.reason)).collect())
}

fn with(edit: impl FnOnce(&mut Value)) -> String {
    let mut m = base();
    edit(&mut m);
    serde_json::to_string(&m).expect("serialize")
}

#[test]
fn truncated_json() {
    let text = std::fs::read_to_string(tests::root().join("tests/fixtures/errors.json")).expect("fixture");
    let err = fails("truncated", &text[..text.len() / 2]);
    assert!(err.contains("model.json") && err.contains("not valid JSON (line"), "{err}");
}

#[test]
fn dangling_target() {
    let err = fails(
        "dangling",
        &with(|m| m["shapes"]["example.fixture#FetchInput"]["members"]["id"]["target"] = json!("example.fixture#Nope")),
    );
    assert!(
        err.contains("example.fixture#FetchInput$id") && err.contains("`example.fixture#Nope` does not exist"),
        "{err}"
    );
}

#[test]
fn unknown_shape_type() {
    let err = fails("unknown-type", &with(|m| m["shapes"]["example.fixture#FetchOutput"]["type"] = json!("struct")));
    assert!(
        err.contains("shapes.example.fixture#FetchOutput.type") && err.contains("unknown shape type \"struct\""),
        "{err}"
    );
}

#[test]
fn colliding_names() {
    let err = fails(
        "collide",
        &with(|m| {
            let shapes = m["shapes"].as_object_mut().expect("shapes");
            shapes.insert("example.fixture#Data_Blob".into(), json!({"type": "structure", "members": {}}));
            shapes.insert("example.fixture#DataBlob".into(), json!({"type": "structure", "members": {}}));
            let out = shapes.get_mut("example.fixture#FetchOutput").expect("output");
            out["members"]["a"] = json!({"target": "example.fixture#Data_Blob"});
            out["members"]["b"] = json!({"target": "example.fixture#DataBlob"});
        }),
    );
    assert!(err.contains("example.fixture#") && err.contains("Rust name `DataBlob`"), "{err}");
}

/// A model whose only protocol trait is one no loader knows is refused, naming the service
/// and the trait.
#[test]
fn no_known_protocol() {
    let unknown = |m: &mut Value| {
        let traits = m["shapes"]["example.fixture#Service"]["traits"].as_object_mut().expect("traits");
        traits.remove("aws.protocols#awsJson1_0");
        traits.insert("example.protocols#carrierPigeon".into(), json!({}));
    };
    let err = fails("protocol", &with(unknown));
    assert!(
        err.contains("example.fixture#Service") && err.contains("no known protocol (example.protocols#carrierPigeon)"),
        "{err}"
    );
}

/// The first protocol the model offers is chosen (rpcv2Cbor before awsJson, as botocore
/// orders them); `--protocol` can only pick one the model offers.
#[test]
fn protocol_choice() {
    let model = with(|m| {
        let traits = m["shapes"]["example.fixture#Service"]["traits"].as_object_mut().expect("traits");
        traits.insert("smithy.protocols#rpcv2Cbor".into(), json!({}));
    });
    let svc = smithy_ir::load_str(&model, "m", &Default::default()).expect("loads");
    let choose = |p: Option<smithy_ir::Protocol>| {
        codegen::summary(&svc, &codegen::Config { protocol: p, ..Default::default() }).map(|(p, _)| p)
    };
    assert_eq!(choose(None), Ok(smithy_ir::Protocol::RpcV2Cbor), "cbor is preferred");
    assert_eq!(choose(Some(smithy_ir::Protocol::AwsJson1_0)), Ok(smithy_ir::Protocol::AwsJson1_0), "forced");
    let err = choose(Some(smithy_ir::Protocol::RestJson1)).expect_err("not offered").to_string();
    assert!(err.contains("does not offer restJson1"), "{err}");
    let (files, _) = generates(&model);
    assert!(files["src/lib.rs"].contains("Requests use rpcv2Cbor; the model offers rpcv2Cbor, awsJson1_0."));
}

#[test]
fn not_a_model() {
    let err = fails("not-a-model", "{\"hello\": 1}");
    assert!(err.contains("not a service model"), "{err}");
}

/// Cutting the real models anywhere is an error, never a panic.
#[test]
fn truncated_real_models_are_errors() {
    let models = [
        tests::shared().join("models/smithy/proton-2020-07-20.json"),
        tests::root().join("model/proton/service-2.json"),
    ];
    for path in models {
        let text = std::fs::read_to_string(&path).expect("model");
        for cut in (1..text.len()).step_by(text.len() / 97) {
            assert!(smithy_ir::load_str(&text[..cut], "cut", &Default::default()).is_err());
        }
    }
}

/// Replacing any node of a fixture model with a value of another type gives an error or a
/// crate, never a panic (the fuzz targets of a later issue go further).
#[test]
fn retyped_fixture_models_never_panic() {
    let replacements = [json!(null), json!(1), json!("x"), json!([]), json!({}), json!(true)];
    let mut tried = 0;
    for (_, path) in tests::fixtures() {
        let file = if path.is_dir() { path.join("service-2.json") } else { path };
        let root: Value = serde_json::from_str(&std::fs::read_to_string(&file).expect("fixture")).expect("JSON");
        let mut paths = Vec::new();
        collect_paths(&root, &mut Vec::new(), &mut paths);
        for p in &paths {
            for r in &replacements {
                let mut copy = root.clone();
                if let Some(slot) = pointer_mut(&mut copy, p) {
                    *slot = r.clone();
                }
                let text = serde_json::to_string(&copy).expect("serialize");
                if let Ok(svc) = smithy_ir::load_str(&text, "mutated", &Default::default()) {
                    let _ = codegen::generate(&svc, &codegen::Config::default());
                }
                tried += 1;
            }
        }
    }
    assert!(tried > 4_000, "only {tried} mutations");
}

fn collect_paths(v: &Value, cur: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(cur.clone());
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                cur.push(k.clone());
                collect_paths(x, cur, out);
                cur.pop();
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                cur.push(i.to_string());
                collect_paths(x, cur, out);
                cur.pop();
            }
        }
        _ => {}
    }
}

fn pointer_mut<'a>(v: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |v, k| match v {
        Value::Object(o) => o.get_mut(k),
        Value::Array(a) => k.parse::<usize>().ok().and_then(move |i| a.get_mut(i)),
        _ => None,
    })
}

#[test]
fn the_real_output_directory_is_untouched_by_a_failed_run() {
    let generated = tests::root().join("generated");
    let before = codegen::check(&generated, &tests::generate(&tests::root().join("model/proton"))).expect("check");
    let dir = tests::scratch("failed-real");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"smithy\": \"2.0\", \"shapes\": {").expect("write");
    assert!(xtask::codegen(&bad, &generated, false, &xtask::Options::default()).is_err());
    let after = codegen::check(&generated, &tests::generate(&tests::root().join("model/proton"))).expect("check");
    assert_eq!(before, after);
}

/// A waiter whose path cannot be compiled is left out with a note naming it and why; the other
/// waiters of the operation, and the operation itself, are generated.
#[test]
fn waiters_that_cannot_be_compiled_are_left_out() {
    let base: Value = serde_json::from_str(
        &std::fs::read_to_string(tests::root().join("tests/fixtures/waiters.json")).expect("fixture"),
    )
    .expect("JSON");
    for (path, why) in [
        ("sort_by(jobs, &id)[0].status", "`sort_by` with an `&expression` argument is not supported"),
        ("jobs", "cannot be compared"),
        ("missing", "is not a member"),
        ("jobs.status", "is looked up in a list"),
        ("jobs[?", "expected"),
        ("upper(jobs[0].id)", "the function `upper` is not supported"),
    ] {
        let mut m = base.clone();
        m["shapes"]["example.fixture#ListJobs"]["traits"]["smithy.waiters#waitable"]["JobsDone"]["acceptors"][0]
            ["matcher"]["output"]["path"] = json!(path);
        let (files, omitted) = generates(&m.to_string());
        assert_eq!(omitted.len(), 1, "{path}: {omitted:?}");
        assert!(
            omitted[0].starts_with("waiter JobsDone (operation ListJobs): ") && omitted[0].contains(why),
            "{path}: {omitted:?}"
        );
        let client = &files["src/client.rs"];
        assert!(!client.contains("fn wait_until_jobs_done") && client.contains("fn wait_until_ready"), "{path}");
        assert!(files["src/lib.rs"].contains("waiter JobsDone (operation ListJobs)"), "listed in the crate docs");
    }
}

/// A `@default` that does not fit its member's type is refused with the member named.
#[test]
fn defaults_that_do_not_fit_are_named() {
    for (i, (target, default)) in [
        ("smithy.api#Integer", json!("three")),
        ("smithy.api#Byte", json!(300)),
        ("smithy.api#Boolean", json!(0)),
        ("smithy.api#String", json!(1)),
        ("example.fixture#Tags", json!(["x"])),
    ]
    .into_iter()
    .enumerate()
    {
        let err = fails(
            &format!("default-{i}"),
            &with(|m| {
                m["shapes"]["example.fixture#Tags"] =
                    json!({"type": "list", "member": {"target": "smithy.api#String"}});
                let data = &mut m["shapes"]["example.fixture#FetchOutput"]["members"]["data"];
                data["target"] = json!(target);
                data["traits"] = json!({"smithy.api#default": default});
            }),
        );
        assert!(
            err.contains("example.fixture#FetchOutput$data") && err.contains("does not fit"),
            "{target} {default}: {err}"
        );
    }
}

/// An operation whose endpoint parameter path cannot be compiled is left out with a note (sent
/// without it, it could reach the wrong endpoint); a static parameter of another type than a
/// string or boolean is an invalid model, refused with its JSON path.
#[test]
fn operations_with_endpoint_paths_that_cannot_be_compiled_are_left_out() {
    let (files, omitted) = generates(&with(|m| {
        m["shapes"]["example.fixture#Service"]["traits"]["smithy.rules#endpointRuleSet"] = json!({
            "version": "1.0",
            "parameters": {"ResourceArn": {"type": "String", "required": false}},
            "rules": [{"conditions": [], "type": "error", "error": "no endpoint"}]
        });
        m["shapes"]["example.fixture#Fetch"]["traits"] =
            json!({"smithy.rules#operationContextParams": {"ResourceArn": {"path": "sort_by(Items, &Id)"}}});
    }));
    assert_eq!(omitted.len(), 1, "{omitted:?}");
    assert!(
        omitted[0].starts_with("operation Fetch: endpoint parameter ResourceArn: `sort_by(Items, &Id)`"),
        "{omitted:?}"
    );
    assert!(!files.contains_key("src/operation/fetch.rs") && !files["src/client.rs"].contains("fn fetch("));
    let err = fails(
        "context-static",
        &with(|m| {
            m["shapes"]["example.fixture#Fetch"]["traits"] =
                json!({"smithy.rules#staticContextParams": {"OperationType": {"value": 3}}});
        }),
    );
    assert!(err.contains("staticContextParams.OperationType.value") && err.contains("string or a boolean"), "{err}");
}

/// An operation whose host prefix's label is not a string `@hostLabel` input member, or that has
/// characters a host name cannot, is left out with a note naming why.
#[test]
fn operations_with_bad_host_prefixes_are_left_out() {
    for (prefix, why) in [
        ("{nope}.", "is not a string input member marked @hostLabel"),
        ("{id.", "unbalanced braces"),
        ("a/b.", "characters a host name cannot"),
    ] {
        let (files, omitted) = generates(&with(|m| {
            m["shapes"]["example.fixture#Fetch"]["traits"] = json!({"smithy.api#endpoint": {"hostPrefix": prefix}});
        }));
        assert_eq!(omitted.len(), 1, "{omitted:?}");
        assert!(
            omitted[0].starts_with("operation Fetch: host prefix") && omitted[0].contains(why),
            "{prefix}: {omitted:?}"
        );
        assert!(!files.contains_key("src/operation/fetch.rs"));
    }
}
