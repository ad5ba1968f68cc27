//! Every model's endpoint rules of the pinned botocore release against the endpoint tests its
//! source distribution ships (`tests::endpoint_cases`), resolved by the runtime as generated
//! clients resolve them. `cargo run --release -p tests --bin endpoint-tests` prints the same
//! run with the failures.

#[test]
fn every_models_endpoint_tests_pass() {
    let (outcomes, _) = tests::endpoint_cases::run_pinned(None).expect("the pinned release and its tests");
    let (mut passed, mut failed, services) = (0, Vec::new(), outcomes.len());
    for (service, outcome) in outcomes {
        passed += outcome.passed;
        failed.extend(outcome.failed.into_iter().map(|f| format!("{service}: {f}")));
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    assert!(services >= 440 && passed > 14_000, "{services} services, {passed} cases passed");
}
