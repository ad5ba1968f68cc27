//! The endpoint rule set against the model's own endpoint tests
//! (`smithy.rules#endpointTests` in `../shared/models/smithy/proton-2020-07-20.json`).
//! See `tests/fixtures/endpoints/README.md` for why two sets of partition data.

use proton_client::endpoint::{resolve, resolve_with_partitions, Endpoint, Params};
use proton_client::error::EndpointError;
use proton_client::service::SERVICE;
use serde_json::Value;

fn cases() -> Vec<Value> {
    let svc = smithy_ir::load_path(&tests::shared().join("models/smithy/proton-2020-07-20.json")).expect("model");
    svc.endpoint_tests
}

fn params(case: &Value) -> Params {
    let p = &case["params"];
    Params {
        region: p["Region"].as_str().map(str::to_string),
        use_fips: p["UseFIPS"].as_bool().unwrap_or(false),
        use_dual_stack: p["UseDualStack"].as_bool().unwrap_or(false),
        endpoint: p["Endpoint"].as_str().map(str::to_string),
        ..Default::default()
    }
}

/// The documentation of each case whose result differs from its expectation.
fn failures(resolver: impl Fn(&Params) -> Result<Endpoint, EndpointError>) -> Vec<String> {
    let mut out = Vec::new();
    for case in cases() {
        let got = resolver(&params(&case));
        let ok = match (&case["expect"]["endpoint"]["url"], &case["expect"]["error"], &got) {
            (Value::String(url), _, Ok(e)) => &e.url == url,
            (_, Value::String(msg), Err(e)) => &e.to_string() == msg,
            _ => false,
        };
        if !ok {
            out.push(format!(
                "{}: expected {}, got {got:?}",
                case["documentation"].as_str().unwrap_or(""),
                case["expect"]
            ));
        }
    }
    out
}

#[test]
fn all_29_pass_with_the_partition_data_they_were_written_for() {
    assert_eq!(cases().len(), 29);
    let path = tests::root().join("tests/fixtures/endpoints/partitions-botocore-1.37.38.json");
    let partitions = std::fs::read_to_string(path).expect("partition data");
    let failed = failures(|p| resolve_with_partitions(&SERVICE, p, &partitions));
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn with_current_partition_data_only_isolated_dual_stack_changes() {
    let failed = failures(|p| resolve(&SERVICE, p));
    assert_eq!(failed.len(), 4, "{}", failed.join("\n"));
    for f in &failed {
        assert!(
            (f.contains("us-iso-east-1") || f.contains("us-isob-east-1")) && f.contains("DualStack enabled"),
            "{f}"
        );
        assert!(f.contains("got Ok(Endpoint { url: \"https://proton"), "now a dual-stack endpoint: {f}");
    }
}

#[test]
fn custom_endpoints_keep_their_path_and_port() {
    let e = resolve(
        &SERVICE,
        &Params {
            endpoint: Some("http://127.0.0.1:4566/proxy".into()),
            region: Some("us-east-1".into()),
            ..Default::default()
        },
    )
    .expect("resolves");
    assert_eq!((e.authority.as_str(), e.path.as_str()), ("127.0.0.1:4566", "/proxy"));
    let e = resolve(&SERVICE, &Params { region: Some("eu-west-1".into()), ..Default::default() }).expect("resolves");
    assert_eq!(e.url, "https://proton.eu-west-1.amazonaws.com");
    assert!(resolve(&SERVICE, &Params::default()).is_err(), "no region, no endpoint");
}
