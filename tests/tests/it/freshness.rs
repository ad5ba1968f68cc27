//! `generated/` must be exactly what the generator makes from the vendored model, and
//! `--check` must notice when it is not.

use std::path::Path;

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).expect("readable") {
        let entry = entry.expect("entry");
        let dest = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
            copy_dir(&entry.path(), &dest);
        } else {
            std::fs::copy(entry.path(), dest).expect("copy");
        }
    }
}

#[test]
fn generated_crate_is_fresh() {
    let files = tests::generate(&tests::root().join("model/proton"));
    let report = codegen::check(&tests::root().join("generated"), &files).expect("read generated/");
    assert!(report.is_fresh(), "generated/ is stale; run `cargo xtask codegen`.\n{report}");
}

#[test]
fn check_fails_on_an_edited_or_deleted_or_extra_file() {
    let model = tests::root().join("model/proton");
    let dir = tests::scratch("check");
    copy_dir(&tests::root().join("generated"), &dir);
    // As for `generated/`: the runtime one folder up.
    let options =
        xtask::Options { runtime: Some(codegen::RuntimeDep::Path("../runtime".into())), ..Default::default() };
    assert!(xtask::codegen(&model, &dir, true, &options).expect("check runs"), "a fresh copy passes");

    let lib = dir.join("src/lib.rs");
    let text = std::fs::read_to_string(&lib).expect("lib.rs");
    std::fs::write(&lib, text.replace("pub mod types;", "pub mod types; // edited")).expect("edit");
    let files = tests::generate(&model);
    let report = codegen::check(&dir, &files).expect("check");
    assert_eq!(report.changes.len(), 1);
    assert!(
        matches!(&report.changes[0], codegen::Change::Changed(p, diff) if p == "src/lib.rs" && diff.contains("// edited"))
    );
    assert!(!xtask::codegen(&model, &dir, true, &options).expect("check runs"));

    std::fs::write(&lib, text).expect("restore");
    std::fs::remove_file(dir.join("src/types/tag.rs")).expect("delete");
    std::fs::write(dir.join("src/stray.rs"), "").expect("add");
    let report = codegen::check(&dir, &files).expect("check");
    assert_eq!(
        report.changes,
        vec![codegen::Change::Removed("src/stray.rs".into()), codegen::Change::Added("src/types/tag.rs".into())]
    );
    let shown = report.to_string();
    assert!(shown.contains("1 file(s) would be added, 1 removed, 0 changed"), "{shown}");

    // Regenerating repairs it.
    assert!(xtask::codegen(&model, &dir, false, &options).expect("write"));
    assert!(xtask::codegen(&model, &dir, true, &options).expect("check runs"));
}

/// `cargo xtask codegen` on a fresh tree touches nothing; after one file changed it rewrites
/// only that one (the others keep their modification times, so nothing rebuilds needlessly).
#[test]
fn writing_leaves_unchanged_files_untouched() {
    let model = tests::root().join("model/proton");
    let dir = tests::scratch("untouched");
    copy_dir(&tests::root().join("generated"), &dir);
    let files = tests::generate(&model);
    let mtime = |p: &str| std::fs::metadata(dir.join(p)).and_then(|m| m.modified()).expect("mtime");
    let old = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000_000);
    for p in ["src/lib.rs", "src/client.rs", "src/types/tag.rs"] {
        std::fs::File::options().write(true).open(dir.join(p)).and_then(|f| f.set_modified(old)).expect("set mtime");
    }
    let report = codegen::write(&dir, &files).expect("write");
    assert!(report.is_fresh(), "{report}");
    assert_eq!((mtime("src/lib.rs"), mtime("src/client.rs")), (old, old), "a fresh tree is not touched");

    let client = std::fs::read_to_string(dir.join("src/client.rs")).expect("client.rs");
    std::fs::write(dir.join("src/client.rs"), client.replace("pub struct Client", "pub struct Client ")).expect("edit");
    std::fs::write(dir.join("src/stray.rs"), "").expect("add");
    let report = codegen::write(&dir, &files).expect("write");
    assert_eq!(report.summary(), "1 file(s) changed, 0 added, 1 removed");
    assert_eq!(std::fs::read_to_string(dir.join("src/client.rs")).expect("client.rs"), client, "repaired");
    assert!(!dir.join("src/stray.rs").exists());
    assert_eq!((mtime("src/lib.rs"), mtime("src/types/tag.rs")), (old, old), "unchanged files keep their times");
    assert!(codegen::check(&dir, &files).expect("check").is_fresh());
}
