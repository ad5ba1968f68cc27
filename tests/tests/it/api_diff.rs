//! `cargo xtask api-diff` on a pair of models made to hold one change of each kind
//! (`tests/api-diff/old.json`, `new.json`): each is found and classed, and each change called
//! breaking breaks a program that compiles against the old crate.

use std::path::Path;
use std::process::Command;

use codegen::api::{Change, Class};

fn surface(file: &str) -> (smithy_ir::Service, codegen::api::Surface) {
    let svc = smithy_ir::load_path(&tests::root().join("tests/api-diff").join(file)).expect("model loads");
    let surface = codegen::api_surface(&svc, &codegen::Config::default()).expect("plans");
    (svc, surface)
}

fn changes() -> Vec<Change> {
    codegen::api::diff(&surface("old.json").1, &surface("new.json").1)
}

#[test]
fn each_kind_of_change_is_found_and_classed() {
    use Class::{Additive as A, Breaking as B, Patch as P};
    let got: Vec<(String, &str, Class)> = changes().into_iter().map(|c| (c.item, c.kind, c.class)).collect();
    let expected: Vec<(&str, &str, Class)> = vec![
        ("Client::create_item", "operation added", A),
        ("Client::delete_item", "operation removed", B),
        ("Client::get_item", "docs changed", P),
        ("Client::list_colors_paginator", "paginator removed", B),
        ("Client::list_items_paginator", "paginator items retyped", B),
        ("Client::put_item", "deprecated", A),
        ("Client::wait_until_item_gone", "waiter added", A),
        ("Client::wait_until_item_ready", "waiter changed", P),
        ("Client::wait_until_item_sold", "waiter removed", B),
        ("operation::create_item::CreateItemError", "type added", A),
        ("operation::create_item::CreateItemInput", "type added", A),
        ("operation::create_item::CreateItemOutput", "type added", A),
        ("operation::delete_item::DeleteItemError", "type removed", B),
        ("operation::delete_item::DeleteItemInput", "type removed", B),
        ("operation::delete_item::DeleteItemOutput", "type removed", B),
        ("operation::get_item::GetItemError", "error removed", B),
        ("operation::get_item::GetItemError", "error added", A),
        ("operation::get_item::GetItemInput", "member added", A),
        ("operation::list_items::ListItemsOutput", "member retyped", B),
        ("operation::put_item::PutItemInput", "member now optional", B),
        ("operation::put_item::PutItemInput", "member no longer optional", B),
        ("operation::put_item::PutItemInput", "member retyped", B),
        ("operation::put_item::PutItemInput", "constructor changed", B),
        ("types::Busy", "type removed", B),
        ("types::Color", "value removed", B),
        ("types::Color", "value added", A),
        ("types::Item", "member removed", B),
        ("types::Item", "member retyped", B),
        ("types::Item", "constructor changed", B),
        ("types::Item", "member added", A),
        ("types::Item", "member added", A),
        ("types::ItemSummary", "type added", A),
        ("types::Payload", "variant removed", B),
        ("types::Payload", "variant added", A),
        ("types::TooMany", "type added", A),
    ];
    let expected: Vec<(String, &str, Class)> = expected.into_iter().map(|(i, k, c)| (i.to_string(), k, c)).collect();
    assert_eq!(got, expected);
    let all = changes();
    assert_eq!(codegen::api::next_version("0.1.0", &all).as_deref(), Some("0.2.0"));
    assert_eq!(codegen::api::next_version("1.4.2", &all).as_deref(), Some("2.0.0"));
    let additive: Vec<Change> = all.iter().filter(|c| c.class == A).cloned().collect();
    assert_eq!(codegen::api::next_version("1.4.2", &additive).as_deref(), Some("1.5.0"));
    assert_eq!(codegen::api::next_version("1.4.2", &[]), None, "nothing changed, nothing to bump");
    // A model compared with itself has no changes.
    assert!(codegen::api::diff(&surface("old.json").1, &surface("old.json").1).is_empty());
}

/// `cargo check` of a program with `witnesses` (one function each) against the crate in `dir`;
/// the `src/main.rs` lines with errors.
fn check(dir: &Path, witnesses: &[&str]) -> (bool, Vec<usize>) {
    let program = dir.join("program");
    std::fs::create_dir_all(program.join("src")).expect("mkdir");
    let mut source = String::from("#![allow(deprecated, unused)]\nfn main() {}\n");
    for (i, w) in witnesses.iter().enumerate() {
        source.push_str(&format!("fn witness_{i}() {{ {w} }}\n"));
    }
    std::fs::write(program.join("src/main.rs"), source).expect("program");
    std::fs::write(
        program.join("Cargo.toml"),
        "[package]\nname = \"program\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nthe_crate = { package = \"shop-client\", path = \"../crate\" }\n",
    )
    .expect("manifest");
    std::fs::write(dir.join("Cargo.toml"), "[workspace]\nresolver = \"2\"\nmembers = [\"crate\", \"program\"]\n")
        .expect("workspace");
    std::fs::copy(tests::root().join("Cargo.lock"), dir.join("Cargo.lock")).expect("lock file");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let _one_build = tests::heavy_build();
    let out = Command::new(cargo)
        .args(["check", "--quiet", "--offline", "-p", "program", "--message-format=json"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", tests::root().join("target/other-services"))
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .expect("cargo runs");
    let mut lines = Vec::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        if msg["reason"] != "compiler-message" || msg["message"]["level"] != "error" {
            continue;
        }
        for span in msg["message"]["spans"].as_array().into_iter().flatten() {
            if span["file_name"] == "src/main.rs" {
                lines.push(span["line_start"].as_u64().unwrap_or(0) as usize);
            }
        }
    }
    (out.status.success(), lines)
}

#[test]
fn every_breaking_change_breaks_a_program_written_against_the_old_crate() {
    let scratch = tests::scratch("api-diff");
    for side in ["old", "new"] {
        let (svc, _) = surface(&format!("{side}.json"));
        let out = scratch.join(side).join("crate");
        let config = codegen::Config {
            crate_name: Some("shop-client".to_string()),
            ..xtask::config(&svc, &out).expect("config")
        };
        let files = codegen::generate(&svc, &config).expect("generates");
        codegen::write(&out, &files).expect("writes");
    }
    let changes = changes();
    let breaking: Vec<&Change> = changes.iter().filter(|c| c.class == Class::Breaking).collect();
    assert!(breaking.len() >= 15, "the fixture has a breaking change of each kind: {}", breaking.len());
    let witnesses: Vec<&str> = breaking
        .iter()
        .map(|c| c.witness.as_deref().unwrap_or_else(|| panic!("{}: {} has no witness", c.item, c.what)))
        .collect();
    let (ok, errors) = check(&scratch.join("old"), &witnesses);
    assert!(ok && errors.is_empty(), "every witness compiles against the old crate: errors on lines {errors:?}");
    let (ok, errors) = check(&scratch.join("new"), &witnesses);
    assert!(!ok, "the witnesses do not compile against the new crate");
    // Witness `i` is on line `i + 3`; one the joint build did not reach is checked alone.
    for (i, (change, witness)) in breaking.iter().zip(&witnesses).enumerate() {
        if errors.contains(&(i + 3)) {
            continue;
        }
        let (ok, _) = check(&scratch.join("new"), &[witness]);
        assert!(!ok, "{}: {} ({witness}) still compiles against the new crate", change.item, change.what);
    }
    // What is additive keeps compiling: uses of the changed items written against the old crate
    // (non-exhaustive matches, constructors of structs that only gained optional members).
    let additive = [
        "let _ = the_crate::operation::get_item::GetItemInput::new(\"id\");",
        "let _ = |e: &the_crate::operation::get_item::GetItemError| match e { the_crate::operation::get_item::GetItemError::NotFound(_) => 1, _ => 0 };",
        "let _ = |c: &the_crate::types::Color| match c { the_crate::types::Color::Red => 1, _ => 0 };",
        "let _ = |p: &the_crate::types::Payload| match p { the_crate::types::Payload::Text(_) => 1, _ => 0 };",
        "let _ = |c: the_crate::Client| async move { c.wait_until_item_ready(the_crate::operation::get_item::GetItemInput::new(\"id\"), std::time::Duration::from_secs(1)).await };",
    ];
    for side in ["old", "new"] {
        let (ok, errors) = check(&scratch.join(side), &additive);
        assert!(ok, "additive changes keep old code compiling ({side}): errors on lines {errors:?}");
    }
}

/// `update-model` says what the new model changes; `api-diff` on the two files says the same,
/// and counts what `--deny-breaking` refuses.
#[test]
fn update_model_and_the_command_report_the_changes() {
    let dest = tests::scratch("api-diff-update").join("vendored");
    let (old, new) = (tests::root().join("tests/api-diff/old.json"), tests::root().join("tests/api-diff/new.json"));
    let first = xtask::update_model(&old, "shop", &dest).expect("vendors the old model");
    assert!(first.changes.is_none(), "nothing was vendored before");
    let second = xtask::update_model(&new, "shop", &dest).expect("vendors the new model");
    let report = second.changes.expect("the changes from the vendored model");
    let text = report.to_string();
    assert!(text.contains("breaking  Client::delete_item: operation removed"), "{text}");
    assert!(text.contains("the model: 35 change(s), breaking: 0.1.0 -> 0.2.0"), "{text}");
    let direct = xtask::api_diff::run(&old, &new, None, "0.1.0").expect("compares");
    assert_eq!(direct.breaking(), changes().iter().filter(|c| c.class == Class::Breaking).count());
    assert_eq!(report.breaking(), direct.breaking());
    let same = xtask::api_diff::run(&old, &old, None, "0.1.0").expect("compares");
    assert_eq!((same.breaking(), same.unchanged), (0, 1));
    let mixed = xtask::api_diff::run(&old, &tests::root().join("tests/fixtures/botocore"), None, "0.1.0");
    assert!(mixed.is_ok(), "a Smithy file and a botocore service folder are both one model");
}
