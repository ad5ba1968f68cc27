//! The HTTP bindings of every restJson1 model in the pinned botocore release resolve: each
//! operation's URI pattern parses and every input and output member finds its place
//! (`codegen::http_bindings`, the first part of restJson1). A model the resolver cannot place is
//! listed with its reason, so a new AWS construct shows up here before the emitters meet it.

use smithy_ir::Protocol;

#[test]
fn every_rest_json_operation_of_todays_models_binds() {
    let wheel = xtask::botocore::pinned_wheel(&tests::root()).expect("the pinned botocore wheel (pip download)");
    let release = xtask::botocore::read(&wheel, None).expect("reads the wheel");
    let (mut services, mut operations, mut greedy, mut payloads) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    for model in &release.models {
        let svc = model.load("botocore").expect("loads");
        if !svc.protocols.contains(&Protocol::RestJson1) {
            continue;
        }
        services += 1;
        for op in svc.operations.values() {
            match codegen::http_bindings::bind(&svc, op) {
                Ok(bound) => {
                    operations += 1;
                    let is_greedy = |s: &codegen::http_bindings::Segment| {
                        matches!(s, codegen::http_bindings::Segment::Label { greedy: true, .. })
                    };
                    greedy += usize::from(bound.uri.segments.iter().any(is_greedy));
                    payloads += usize::from(bound.input.payload.is_some() || bound.output.payload.is_some());
                }
                Err(e) => failures.push(format!("{}: {e}", model.service)),
            }
        }
    }
    eprintln!(
        "restJson1: {services} models, {operations} operations bound ({greedy} with a greedy label, {payloads} with a payload member)"
    );
    assert!(services >= 250, "the release has about 265 restJson1 models, found {services}");
    assert!(failures.is_empty(), "{} operation(s) do not bind:\n{}", failures.len(), failures.join("\n"));
}
