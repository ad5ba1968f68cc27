//! `cargo xtask codegen` killed at any moment leaves the output folder as the old tree or the
//! new one, never a mix; a run that cannot write changes nothing.

use std::process::Command;
use std::time::Duration;

#[test]
fn killed_runs_leave_the_old_tree_or_the_new_one() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    assert!(Command::new(&cargo)
        .args(["build", "--quiet", "-p", "xtask"])
        .current_dir(tests::root())
        .status()
        .expect("cargo")
        .success());
    let xtask = tests::root().join("target/debug/xtask");
    let dir = tests::scratch("interrupted");
    let out = dir.join("out");
    let old = tests::generate_into(&tests::root().join("tests/fixtures/errors.json"), &out);
    let new_model = tests::root().join("tests/fixtures/enums.json");
    let new = tests::generate_into(&new_model, &out);
    let (mut saw_old, mut saw_new) = (0, 0);
    for i in 0..24u64 {
        codegen::write(&out, &old).expect("reset to the old tree");
        let mut child = Command::new(&xtask)
            .args(["codegen", "--model"])
            .arg(&new_model)
            .arg("--out")
            .arg(&out)
            .spawn()
            .expect("xtask starts");
        std::thread::sleep(Duration::from_millis(i * 15));
        let _ = child.kill();
        let _ = child.wait();
        // A kill between the two renames leaves the old tree aside; the next run puts it back.
        if !out.exists() {
            assert!(dir.join(".out.old").exists(), "run {i}: neither the tree nor its backup");
            codegen::write(&out, &new).expect("recovers and writes");
            saw_new += 1;
            continue;
        }
        let is_old = codegen::check(&out, &old).expect("read").is_fresh();
        let is_new = codegen::check(&out, &new).expect("read").is_fresh();
        assert!(is_old || is_new, "run {i}: the output is a mix of old and new");
        if is_old {
            saw_old += 1;
        } else {
            saw_new += 1;
        }
    }
    assert!(saw_old > 0 && saw_new > 0, "kills landed before and after the swap ({saw_old} old, {saw_new} new)");
}

#[test]
fn a_run_that_cannot_write_changes_nothing() {
    let dir = tests::scratch("unwritable");
    let out = dir.join("out");
    let old = tests::generate(&tests::root().join("tests/fixtures/errors.json"));
    codegen::write(&out, &old).expect("old tree");
    let mut broken = tests::generate(&tests::root().join("tests/fixtures/enums.json"));
    // A path under a file cannot be created: staging fails part-way through.
    broken.insert("Cargo.toml/oops".into(), String::new());
    assert!(codegen::write(&out, &broken).is_err());
    assert!(codegen::check(&out, &old).expect("read").is_fresh(), "the old tree is untouched");
    assert!(!dir.join(".out.old").exists() && !dir.join(".out.new").exists(), "no leftovers");
}
