//! A model's endpoint rule set against its endpoint tests (botocore's
//! `endpoint-tests-1.json`), resolved by the runtime exactly as a generated client resolves it.
//! Each case's URL, or its error message, must match.

use std::sync::OnceLock;

use awsgen_runtime::codegen::ServiceInfo;
use awsgen_runtime::endpoint::{resolve, Params};
use serde_json::Value;

/// How one service's cases went.
#[derive(Debug, Default)]
pub struct Outcome {
    pub passed: usize,
    /// Each failing case: its documentation, what was expected and what came out.
    pub failed: Vec<String>,
}

/// Runs `tests` (an `endpoint-tests-1.json` document) against `svc`'s rule set.
pub fn run(svc: &smithy_ir::Service, tests: &Value) -> Outcome {
    let rules: &'static str = Box::leak(codegen::endpoint_rules_json(svc).into_boxed_str());
    let info = ServiceInfo {
        crate_version: "",
        protocol: awsgen_runtime::codegen::Protocol::AwsJson,
        target_prefix: "",
        content_type: "",
        signing_name: "",
        env_id: "",
        query_compatible: false,
        retryable_errors: &[],
        default_headers: &[],
        s3_signing: false,
        endpoint_rules: rules,
        rules: OnceLock::new(),
    };
    let declared = svc.endpoint_rules.as_ref().and_then(|r| r.get("parameters")).cloned().unwrap_or(Value::Null);
    let mut outcome = Outcome::default();
    for case in tests["testCases"].as_array().into_iter().flatten() {
        let doc = case["documentation"].as_str().unwrap_or("(undocumented)").to_string();
        let mut params = Params::default();
        for (name, value) in case["params"].as_object().into_iter().flatten() {
            match declared[name]["builtIn"].as_str() {
                Some("AWS::Region") => params.region = value.as_str().map(str::to_string),
                Some("AWS::UseFIPS") => params.use_fips = value.as_bool().unwrap_or(false),
                Some("AWS::UseDualStack") => params.use_dual_stack = value.as_bool().unwrap_or(false),
                Some("SDK::Endpoint") => params.endpoint = value.as_str().map(str::to_string),
                Some("AWS::Auth::AccountId") => params.account_id = value.as_str().map(str::to_string),
                Some("AWS::Auth::AccountIdEndpointMode") => {
                    params.account_id_endpoint_mode = value.as_str().map(str::to_string)
                }
                // S3's, S3 Control's and STS's own, which clients compute from `S3Config`.
                Some(other) => {
                    params.builtins.insert(other.to_string(), value.clone());
                }
                None => {
                    params.context.insert(name.clone(), value.clone());
                }
            }
        }
        let got = resolve(&info, &params);
        let expect = &case["expect"];
        let ok = match (&expect["endpoint"]["url"], &expect["error"], &got) {
            (Value::String(url), _, Ok(e)) => &e.url == url && auth_schemes_match(&expect["endpoint"], &e.auth_schemes),
            (_, Value::String(message), Err(e)) => &e.to_string() == message,
            _ => false,
        };
        if ok {
            outcome.passed += 1;
        } else {
            outcome.failed.push(format!("{doc}: expected {expect}, got {got:?}"));
        }
    }
    outcome
}

/// Whether the endpoint's auth schemes are the case's `properties.authSchemes`: each name,
/// signing name and region, region set and double-encoding flag, in order.
fn auth_schemes_match(expected: &Value, got: &[awsgen_runtime::endpoint::AuthScheme]) -> bool {
    let want = expected["properties"]["authSchemes"].as_array().map(Vec::as_slice).unwrap_or(&[]);
    want.len() == got.len()
        && want.iter().zip(got).all(|(w, g)| {
            let text = |k: &str| w[k].as_str().map(str::to_string);
            let set: Vec<String> = w["signingRegionSet"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|r| r.as_str().map(str::to_string))
                .collect();
            text("name").as_deref() == Some(g.name.as_str())
                && text("signingName") == g.signing_name
                && text("signingRegion") == g.signing_region
                && set == g.signing_region_set
                && w["disableDoubleEncoding"].as_bool().unwrap_or(false) == g.disable_double_encoding
        })
}

/// Every model of the pinned botocore release (or those in `only`) with endpoint tests, each
/// with how its cases went; and the services without endpoint tests.
#[allow(clippy::type_complexity)]
pub fn run_pinned(only: Option<&[String]>) -> Result<(Vec<(String, Outcome)>, Vec<String>), String> {
    let root = crate::root();
    let wheel = xtask::botocore::pinned_wheel(&root).map_err(|e| format!("{e:#}"))?;
    let sdist = xtask::botocore::pinned_sdist(&root).map_err(|e| format!("{e:#}"))?;
    let release = xtask::botocore::read(&wheel, only).map_err(|e| format!("{e:#}"))?;
    let suites = xtask::botocore::endpoint_tests(&sdist, only).map_err(|e| format!("{e:#}"))?;
    let (mut outcomes, mut without_tests) = (Vec::new(), Vec::new());
    for model in &release.models {
        let Some(cases) = suites.get(&model.service) else {
            without_tests.push(model.service.clone());
            continue;
        };
        let svc = model.load("botocore").map_err(|e| format!("{}: {e:#}", model.service))?;
        outcomes.push((model.service.clone(), run(&svc, cases)));
    }
    Ok((outcomes, without_tests))
}
