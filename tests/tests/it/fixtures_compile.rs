//! Every fixture's generated crate compiles without warnings (with and without `test-util`)
//! and documents without warnings.
//! They are built together in one scratch workspace that reuses this workspace's lock file, so
//! no new dependency is resolved and the build needs no network.

use std::process::Command;

#[test]
fn fixture_crates_compile_without_warnings() {
    let dir = tests::scratch("fixture-crates");
    let mut members = Vec::new();
    for (name, path) in tests::fixtures() {
        let files = tests::generate_into(&path, &dir.join(&name));
        codegen::write(&dir.join(&name), &files).expect("write fixture crate");
        members.push(format!("\"{name}\""));
    }
    std::fs::write(
        dir.join("Cargo.toml"),
        format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members.join(", ")),
    )
    .expect("write workspace manifest");
    std::fs::copy(tests::root().join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy lock file");
    let target = tests::root().join("target/fixture-crates");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let _one_build = tests::heavy_build();
    for args in [
        &["check", "--workspace", "--offline", "--quiet"][..],
        // The directions only fakes and tests use (`test-util`) must compile cleanly too.
        &["check", "--workspace", "--offline", "--quiet", "--all-features"],
        &["doc", "--workspace", "--no-deps", "--offline", "--quiet"],
    ] {
        let out = Command::new(&cargo)
            .args(args)
            .current_dir(&dir)
            .env("CARGO_TARGET_DIR", &target)
            .env("RUSTFLAGS", "-D warnings")
            // Incremental state of these one-off crates would only fill the disk.
            .env("CARGO_INCREMENTAL", "0")
            .env("RUSTDOCFLAGS", "-D warnings")
            .output()
            .expect("run cargo");
        assert!(out.status.success(), "cargo {args:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    }
}
