//! Model text is untrusted. The `injection` fixture puts code-like text in names, docs, enum
//! values, a deprecation message and the title; the generated crate must carry it only as data
//! (string literals and escaped docs), never as code. (It is also snapshotted and compiled with
//! the other fixtures.)

fn idents(stream: proc_macro2::TokenStream, out: &mut Vec<String>) {
    for tree in stream {
        match tree {
            proc_macro2::TokenTree::Ident(i) => out.push(i.to_string()),
            proc_macro2::TokenTree::Group(g) => idents(g.stream(), out),
            _ => {}
        }
    }
}

#[test]
fn hostile_text_never_becomes_code() {
    let files = tests::generate(&tests::root().join("tests/fixtures/injection.json"));
    let mut checked = 0;
    for (path, text) in &files {
        if !path.ends_with(".rs") {
            continue;
        }
        // Doc comments lex as `#[doc = "..."]`: their text is a literal, like any string.
        let stream: proc_macro2::TokenStream = text.parse().unwrap_or_else(|e| panic!("{path} does not lex: {e}"));
        let mut found = Vec::new();
        idents(stream, &mut found);
        assert!(!found.iter().any(|i| i == "evil" || i == "alert"), "{path}: model text became an identifier");
        checked += 1;
    }
    assert!(checked > 5);
    // The wire names are kept exactly, as data.
    let input = &files["src/operation/do.rs"];
    assert!(input.contains(r#""a; fn evil() {}""#), "the member's wire name is kept");
    let kind = &files["src/types/kind.rs"];
    assert!(kind.contains(r#""\"); }; fn evil() { (\"""#) && kind.contains(r#""back\\slash""#));
    let cargo = &files["Cargo.toml"];
    assert!(
        cargo.lines().filter(|l| !l.starts_with('#')).all(|l| !l.contains("evil")),
        "nothing leaks into the manifest"
    );
}
