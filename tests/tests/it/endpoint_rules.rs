//! Every model's endpoint rules of the pinned botocore release against the endpoint tests its
//! source distribution ships (`tests::endpoint_cases`), resolved by the runtime as generated
//! clients resolve them. `cargo run --release -p tests --bin endpoint-tests` prints the same
//! run with the failures.

#[test]
fn every_models_endpoint_tests_pass() {
    let root = tests::root();
    let wheel = xtask::botocore::pinned_wheel(&root).expect("the pinned botocore wheel");
    let sdist = xtask::botocore::pinned_sdist(&root).expect("the pinned botocore source distribution");
    let release = xtask::botocore::read(&wheel, None).expect("reads the wheel");
    let suites = xtask::botocore::endpoint_tests(&sdist, None).expect("reads the endpoint tests");
    assert!(suites.len() >= 440, "{} services with endpoint tests", suites.len());
    let (mut passed, mut failed, mut services) = (0, Vec::new(), 0);
    for model in &release.models {
        let Some(cases) = suites.get(&model.service) else { continue };
        let svc = model.load("botocore").expect("loads");
        let outcome = tests::endpoint_cases::run(&svc, cases);
        services += 1;
        passed += outcome.passed;
        failed.extend(outcome.failed.into_iter().map(|f| format!("{}: {f}", model.service)));
        // Only S3's, S3 Control's and STS's own built-ins are not configured yet.
        for (doc, builtin) in &outcome.skipped {
            assert!(
                ["AWS::S3::", "AWS::S3Control::", "AWS::STS::"].iter().any(|p| builtin.starts_with(p)),
                "{}: {doc}: {builtin}",
                model.service
            );
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    assert!(services >= 440 && passed > 14_000, "{services} services, {passed} cases passed");
}
