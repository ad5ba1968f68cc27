//! The Smithy JSON AST and the botocore JSON of Proton describe the same API, so they must give
//! the same crate. Doc comments, `#[deprecated]` attributes and the header naming the source
//! are set aside: the two files are of different dates and differ there. So are waiters' maximum
//! delays: botocore has a fixed delay and an attempt count, and the Smithy file gives 4999 s where
//! their product is 4995 s (for the other waiters it is the product); acceptors and minimum
//! delays must match exactly (`both_formats_load_the_same_api`).

fn strip(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| {
            !(l.starts_with("///")
                || l.starts_with("//!")
                || l.starts_with("// @generated")
                || l.starts_with("# @generated")
                || l.starts_with("#[deprecated")
                || l.starts_with("#![doc")
                || l.starts_with("#[doc")
                || l.starts_with("max_delay: ::std::time::Duration::from_secs("))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn smithy_and_botocore_give_the_same_crate() {
    let smithy = tests::generate(&tests::shared().join("models/smithy/proton-2020-07-20.json"));
    let botocore = tests::generate(&tests::root().join("model/proton"));
    assert_eq!(smithy.keys().collect::<Vec<_>>(), botocore.keys().collect::<Vec<_>>(), "same files");
    for (path, text) in &smithy {
        let (a, b) = (strip(text), strip(&botocore[path]));
        if a != b {
            let diff = similar::TextDiff::from_lines(&a, &b).unified_diff().context_radius(2).to_string();
            panic!("{path} differs (smithy -> botocore):\n{}", diff.lines().take(40).collect::<Vec<_>>().join("\n"));
        }
    }
}

#[test]
fn both_formats_load_the_same_api() {
    let smithy = smithy_ir::load_path(&tests::shared().join("models/smithy/proton-2020-07-20.json")).expect("smithy");
    let botocore = smithy_ir::load_path(&tests::root().join("model/proton")).expect("botocore");
    assert_eq!(smithy.operations.len(), 87);
    assert_eq!(botocore.operations.len(), 87);
    assert_eq!((&smithy.protocols, &smithy.target_prefix), (&botocore.protocols, &botocore.target_prefix));
    assert_eq!(smithy.signing_name, botocore.signing_name);
    let count =
        |s: &smithy_ir::Service, f: fn(&smithy_ir::Operation) -> bool| s.operations.values().filter(|o| f(o)).count();
    assert_eq!(count(&smithy, |o| o.paginated.is_some()), 21);
    assert_eq!(count(&botocore, |o| o.paginated.is_some()), 21);
    for (id, op) in &smithy.operations {
        let b = &botocore.operations[smithy_ir::shape_name(id)];
        assert_eq!(op.paginated, b.paginated, "{id}");
        assert_eq!(op.waiters.keys().collect::<Vec<_>>(), b.waiters.keys().collect::<Vec<_>>(), "{id}");
        for (name, w) in &op.waiters {
            let bw = &b.waiters[name];
            assert_eq!((&w.acceptors, w.min_delay), (&bw.acceptors, bw.min_delay), "{name}");
        }
    }
    assert_eq!(smithy.endpoint_tests.len(), 29);
}
