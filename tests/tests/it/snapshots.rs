//! Each fixture model's generated crate, snapshotted. Copied examples are left out: they are
//! copied verbatim and guarded by the freshness test. (The runtime is not part of a crate
//! generated inside the workspace: it is the `awsgen-runtime` crate.)

use codegen::Files;

fn render(files: &Files) -> String {
    let mut out = String::new();
    for (path, text) in files {
        if path.starts_with("examples/") {
            continue;
        }
        out.push_str(&format!("======== {path}\n{text}\n"));
    }
    out
}

#[test]
fn fixture_snapshots() {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_snapshot_path("../../fixtures/snapshots");
    settings.bind(|| {
        for (name, path) in tests::fixtures() {
            insta::assert_snapshot!(name.clone(), render(&tests::generate(&path)));
        }
    });
}

#[test]
fn generation_is_deterministic() {
    for (_, path) in tests::fixtures() {
        assert_eq!(tests::generate(&path), tests::generate(&path));
    }
    let proton = tests::root().join("model/proton");
    assert_eq!(tests::generate(&proton), tests::generate(&proton));
}
