//! Fuzz targets and a small mutation fuzzer.
//!
//! `cargo fuzz` needs a nightly toolchain; this one runs on stable: a seeded PRNG mutates seed
//! inputs (bit flips, cuts, splices, JSON-ish tokens, and JSON-aware replacement of one node),
//! runs the target under `catch_unwind`, and reports panics and slow inputs. No coverage
//! feedback, so it relies on seeds that already reach deep (real models and responses).
//!
//! `cargo run --release -p tests --bin fuzz -- <model|responses> <seconds>`

use std::time::{Duration, Instant};

use serde_json::Value;

/// Loader and generator: any bytes, never a panic.
pub fn model_target(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(svc) = smithy_ir::load_str(text, "fuzz", &Default::default()) {
        let _ = codegen::generate(&svc, &codegen::Config::default());
    }
}

/// The response side of every Proton operation, through the client: status and body from the
/// input, never a panic.
pub struct ResponsesTarget {
    runtime: tokio::runtime::Runtime,
    inputs: Vec<(&'static str, Value)>,
}

impl ResponsesTarget {
    pub fn new() -> Self {
        let cases = crate::wire("expected.jsonl");
        let inputs = crate::CALLS
            .iter()
            .map(|(op, _)| {
                let case = cases
                    .iter()
                    .find(|c| c["operation"] == *op && c["variant"] == "full")
                    .expect("an input per operation");
                (*op, case["input"].clone())
            })
            .collect();
        let runtime = tokio::runtime::Builder::new_current_thread().enable_time().build().expect("runtime");
        ResponsesTarget { runtime, inputs }
    }

    /// Runs one input; returns how many requests reached the transport. The first byte picks
    /// the operation; the second the status (modulo 6) and the error-code headers (its sixths,
    /// modulo 4: none, an empty `X-Amzn-ErrorType`, a modeled code, an unknown one); the rest is
    /// the body.
    pub fn run(&self, data: &[u8]) -> usize {
        let (Some(&op), Some(&byte)) = (data.first(), data.get(1)) else { return 0 };
        let (name, input) = &self.inputs[op as usize % self.inputs.len()];
        let status = [200u16, 200, 400, 404, 409, 500][byte as usize % 6];
        let headers: &[(&str, &str)] = match (byte as usize / 6) % 4 {
            0 => &[],
            1 => &[("X-Amzn-ErrorType", "")],
            2 => &[("X-Amzn-ErrorType", "ResourceNotFoundException:http://internal.amazon.com/")],
            _ => &[("X-Amzn-ErrorType", "SomethingNew")],
        };
        let body = String::from_utf8_lossy(&data[2..]).into_owned();
        let transport = crate::Scripted::with_headers(vec![(status, body)], headers);
        let sent = transport.clone();
        let client = proton_client::Client::new(
            &proton_client::Config::builder()
                .region("us-east-1")
                .endpoint_url("http://fuzz.invalid")
                .credentials(proton_client::sigv4::Credentials::new("AKID", "SECRET", None))
                .max_attempts(1)
                .http_client(transport)
                .build(),
        );
        let (_, call) = crate::CALLS.iter().find(|(n, _)| n == name).expect("operation");
        let _ = self.runtime.block_on(call(&client, input));
        sent.sent()
    }
}

impl Default for ResponsesTarget {
    fn default() -> Self {
        Self::new()
    }
}

/// xorshift64*: fast, seedable, good enough to pick mutations.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    ",",
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1e309",
    "-0.0",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    "{\"a\":{\"a\":{\"a\":{\"a\":{}}}}}",
    "\"structure\"",
    "\"smithy.api#String\"",
    "\"type\"",
    "\"target\"",
    "\"members\"",
    "\"__type\"",
    "\"message\"",
    "\"Message\"",
    "1e400",
    "-1e400",
    "123456789012345678901234567890",
    "-0",
    "5.0",
    "5e0",
    "\"\\ud83d\\ude00\"",
    "\"unknown\": ",
    "<html>",
    "<member>",
    "</member>",
    "<entry><key>k</key><value>",
    "</value></entry>",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "<![CDATA[x]]>",
    "<!DOCTYPE a [<!ENTITY e \"x\">]>",
    " xmlns:a=\"urn:a\" a:b=\"1\"",
    "<Error><Code>Throttling</Code><Message>m</Message></Error>",
    "\u{bf}\u{ff}",
];

/// `value` nested `depth` levels in arrays or objects (past serde_json's 128, past ours).
fn deeply_nested(value: &str, depth: usize, objects: bool) -> String {
    if objects {
        format!("{}{value}{}", "{\"a\":".repeat(depth), "}".repeat(depth))
    } else {
        format!("{}{value}{}", "[".repeat(depth), "]".repeat(depth))
    }
}

fn random_json(rng: &mut Rng, depth: usize) -> Value {
    match rng.below(if depth > 3 { 5 } else { 7 }) {
        0 => Value::Null,
        1 => Value::Bool(rng.below(2) == 0),
        2 => Value::from(rng.next_u64() as i64),
        3 => Value::from(["", "x", "structure", "smithy.api#String", "NaN", "\u{0}", "日本"][rng.below(7)]),
        4 => {
            let f = f64::from_bits(rng.next_u64());
            serde_json::json!(if f.is_finite() { f } else { 1.5 })
        }
        5 => Value::Array((0..rng.below(4)).map(|_| random_json(rng, depth + 1)).collect()),
        _ => Value::Object((0..rng.below(4)).map(|i| (format!("k{i}"), random_json(rng, depth + 1))).collect()),
    }
}

fn replace_random_node(v: &mut Value, rng: &mut Rng, depth: usize) {
    let children = match v {
        Value::Object(o) => o.len(),
        Value::Array(a) => a.len(),
        _ => 0,
    };
    if children == 0 || rng.below(4) == 0 {
        *v = random_json(rng, depth);
        return;
    }
    let pick = rng.below(children);
    match v {
        Value::Object(o) => {
            if let Some((_, child)) = o.iter_mut().nth(pick) {
                replace_random_node(child, rng, depth + 1);
            }
        }
        Value::Array(a) => replace_random_node(&mut a[pick], rng, depth + 1),
        _ => {}
    }
}

/// One mutation of `seed` (sometimes several), byte-level or JSON-aware.
pub fn mutate(seed: &[u8], other: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut data = seed.to_vec();
    for _ in 0..1 + rng.below(3) {
        match rng.below(9) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 if !data.is_empty() => {
                let a = rng.below(data.len());
                let b = (a + rng.below(64)).min(data.len());
                data.drain(a..b);
            }
            2 => {
                let at = rng.below(data.len() + 1);
                let tok = TOKENS[rng.below(TOKENS.len())].as_bytes();
                data.splice(at..at, tok.iter().copied());
            }
            3 if !other.is_empty() => {
                let a = rng.below(other.len());
                let b = (a + rng.below(256)).min(other.len());
                let at = rng.below(data.len() + 1);
                data.splice(at..at, other[a..b].iter().copied());
            }
            4 => data.truncate(rng.below(data.len() + 1)),
            5 => {
                // An unknown member holding deep nesting, spliced in after an opening brace (or
                // an element's start tag, or at the start of CBOR: arrays of one item).
                let depth = 50 + rng.below(500);
                if let Some(at) = data.iter().position(|b| *b == b'{') {
                    let member = format!("\"deep\": {},", deeply_nested("1", depth, rng.below(2) == 0));
                    data.splice(at + 1..at + 1, member.bytes());
                } else if let Some(at) = data.iter().position(|b| *b == b'>') {
                    let member = format!("{}1{}", "<deep>".repeat(depth * 20), "</deep>".repeat(depth * 20));
                    data.splice(at + 1..at + 1, member.bytes());
                } else if data.len() > 1 {
                    data.splice(1..1, std::iter::repeat_n(0x81, depth * 20));
                }
            }
            _ => {
                if let Ok(mut v) = serde_json::from_slice::<Value>(&data) {
                    replace_random_node(&mut v, rng, 0);
                    data = serde_json::to_vec(&v).unwrap_or(data);
                }
            }
        }
    }
    data
}

/// Runs `target` on mutations of `seeds` for `budget`; returns (inputs run, findings).
pub fn fuzz(name: &str, seeds: &[Vec<u8>], budget: Duration, seed: u64, target: &dyn Fn(&[u8])) -> (u64, Vec<String>) {
    let mut rng = Rng::new(seed);
    let start = Instant::now();
    let (mut runs, mut findings) = (0u64, Vec::new());
    let out_dir = crate::root().join("target/fuzz-findings");
    std::panic::set_hook(Box::new(|_| {}));
    while start.elapsed() < budget {
        let s = &seeds[rng.below(seeds.len())];
        let o = &seeds[rng.below(seeds.len())];
        let input = mutate(s, o, &mut rng);
        // A stack overflow aborts the process before it can be caught: keep the input on disk
        // while it runs, so such a finding is not lost.
        let _ = std::fs::create_dir_all(&out_dir);
        let _ = std::fs::write(out_dir.join(format!("{name}-current.bin")), &input);
        let t = Instant::now();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| target(&input)));
        let slow = t.elapsed() > Duration::from_secs(2);
        if outcome.is_err() || slow {
            let _ = std::fs::create_dir_all(&out_dir);
            let path = out_dir.join(format!("{name}-{}-{runs}.bin", if slow { "slow" } else { "panic" }));
            let _ = std::fs::write(&path, &input);
            findings.push(path.display().to_string());
        }
        runs += 1;
    }
    let _ = std::panic::take_hook();
    (runs, findings)
}

/// The seeds of a target: its corpus folder, plus (for models) the fixture models and (for
/// responses) every body in the shared wire data, prefixed with an operation and status byte.
pub fn seeds(target: &str) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let dir = crate::root().join("tests/fuzz/corpus").join(target);
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        out.extend(paths.iter().filter_map(|p| std::fs::read(p).ok()));
    }
    match target {
        "model" => {
            for (_, path) in crate::fixtures() {
                let file = if path.is_dir() { path.join("service-2.json") } else { path };
                out.extend(std::fs::read(file).ok());
            }
        }
        _ => {
            for (i, case) in crate::wire("responses.jsonl").into_iter().enumerate() {
                let mut seed = vec![i as u8, if case["kind"] == "output" { 0 } else { 2 }];
                seed.extend(case["body"].as_str().unwrap_or("").as_bytes());
                out.push(seed);
            }
            // The forms a client must read past (see tests/tests/client.rs).
            let op = |name: &str| crate::CALLS.iter().position(|(n, _)| *n == name).unwrap_or(0) as u8;
            let deep = deeply_nested("1", 10_000, false);
            let service = r#""service": {"name": "s", "templateName": "t", "templateMajorVersion": "1", "spec": "x", "arn": "a", "status": "ACTIVE", "createdAt": 1, "lastModifiedAt": 2}"#;
            for (name, byte, body) in [
                ("GetService", 0u8, format!(r#"{{"huge": 1e400, "big": 123456789012345678901234567890, {service}}}"#)),
                ("GetService", 0, format!(r#"{{"deep": {deep}, {service}}}"#)),
                (
                    "GetService",
                    0,
                    format!(r#"{{"service": {{"name": "s", "deep": {}}}}}"#, deeply_nested("null", 300, true)),
                ),
                (
                    "GetResourcesSummary",
                    0,
                    r#"{"counts": {"components": {"total": 5.0, "failed": -0, "upToDate": 5e0}}}"#.to_string(),
                ),
                ("GetService", 3 + 6, r#"{"__type": "ResourceNotFoundException", "message": "gone"}"#.to_string()),
                ("GetService", 3 + 12, "<html><body>Not Found</body></html>".to_string()),
                ("GetService", 5, "upstream connect error".to_string()),
            ] {
                let mut seed = vec![op(name), byte];
                seed.extend(body.as_bytes());
                out.push(seed);
            }
        }
    }
    out
}
