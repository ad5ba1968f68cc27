//! The generated types against what botocore (AWS's Python SDK) put on and read off the wire for
//! every Proton operation (`../shared/testdata/wire`).

use serde_json::Value;
use smithy_ir::{Service, ShapeKind};

fn round_trip(op: &str) -> (tests::RoundTrip, tests::RoundTrip) {
    let (_, i, o) = tests::OPERATIONS.iter().find(|(n, _, _)| *n == op).unwrap_or_else(|| panic!("no operation {op}"));
    (*i, *o)
}

/// Every input serializes to the JSON body botocore sent (idempotency tokens that botocore
/// filled in are given explicitly here; filling them is the client's job).
#[test]
fn inputs_serialize_like_botocore() {
    let cases = tests::wire("expected.jsonl");
    assert_eq!(cases.len(), 174);
    let mut ops = std::collections::BTreeSet::new();
    for case in &cases {
        let op = case["operation"].as_str().expect("operation");
        ops.insert(op.to_string());
        let mut input = case["input"].clone();
        if let (Some(obj), Some(filled)) = (input.as_object_mut(), case["autofilled"].as_object()) {
            obj.extend(filled.clone());
        }
        let body: Value = serde_json::from_str(case["body"].as_str().expect("body")).expect("body is JSON");
        let sent = (round_trip(op).0)(&input).unwrap_or_else(|e| panic!("{op}: {e}"));
        assert!(tests::json_eq(&sent, &body), "{op} ({}):\n ours: {sent}\n botocore: {body}", case["variant"]);
    }
    assert_eq!(ops.len(), 87);
}

/// `2024-01-02T03:04:05+00:00` (botocore's parsed form, always UTC here) to epoch seconds.
fn iso_to_epoch(s: &str) -> f64 {
    assert!(s.ends_with("+00:00") || s.ends_with('Z'), "{s} is not UTC");
    proton_client::DateTime::from_rfc3339(s).unwrap_or_else(|| panic!("bad timestamp {s}")).as_secs_f64()
}

/// Rewrites botocore's parsed values into wire form, guided by the model (timestamps).
fn to_wire(svc: &Service, shape: &str, v: &Value) -> Value {
    match (&svc.shapes[shape].kind, v) {
        (ShapeKind::Timestamp { .. }, Value::String(s)) => serde_json::json!(iso_to_epoch(s)),
        (ShapeKind::Structure { members } | ShapeKind::Union { members }, Value::Object(o)) => Value::Object(
            o.iter()
                .map(|(k, v)| {
                    let m = members.iter().find(|m| &m.name == k).unwrap_or_else(|| panic!("{shape} has no {k}"));
                    (k.clone(), to_wire(svc, &m.target, v))
                })
                .collect(),
        ),
        (ShapeKind::List { member, .. }, Value::Array(a)) => {
            Value::Array(a.iter().map(|x| to_wire(svc, &member.target, x)).collect())
        }
        (ShapeKind::Map { value, .. }, Value::Object(o)) => {
            Value::Object(o.iter().map(|(k, x)| (k.clone(), to_wire(svc, &value.target, x))).collect())
        }
        _ => v.clone(),
    }
}

/// Every success body parses to the values botocore parsed.
#[test]
fn outputs_parse_like_botocore() {
    let svc = smithy_ir::load_path(&tests::root().join("model/proton")).expect("model loads");
    let mut seen = 0;
    for case in tests::wire("responses.jsonl").iter().filter(|c| c["kind"] == "output") {
        let op = case["operation"].as_str().expect("operation");
        let output_shape = svc.operations[op].output.as_ref().expect("has output");
        let body: Value = serde_json::from_str(case["body"].as_str().expect("body")).expect("body is JSON");
        let ours = (round_trip(op).1)(&body).unwrap_or_else(|e| panic!("{op}: {e}"));
        let expected = to_wire(&svc, output_shape, &case["parsed"]);
        assert!(tests::json_eq(&ours, &expected), "{op}:\n ours: {ours}\n botocore: {expected}");
        seen += 1;
    }
    assert_eq!(seen, 87);
}

/// Unknown members are ignored, `null` is absent, and a wrong type is an error naming the path.
#[test]
fn parsing_is_forgiving_but_exact_about_types() {
    let (_, out) = round_trip("GetService");
    let ok = out(&serde_json::json!({"service": {"name": "a", "status": "ACTIVE", "brandNew": 1, "description": null}, "extra": [1]}))
        .expect("parses");
    assert_eq!(ok["service"]["name"], "a");
    assert!(ok["service"].get("brandNew").is_none() && ok["service"].get("description").is_none());
    let err = out(&serde_json::json!({"service": {"name": 5}})).expect_err("wrong type");
    assert_eq!(err.path(), "$.service.name");
    assert!(out(&serde_json::json!([])).is_err());
}
