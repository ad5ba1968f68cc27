//! Every Rust name the generator emits is decided here, from the model's wire names.
//!
//! Model text is untrusted: whatever a name contains, the result is a valid Rust identifier made
//! of ASCII letters, digits and `_` (or a raw identifier), so a name can never inject code.

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Keywords that need `r#` to be used as identifiers (strict and reserved, all editions).
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn", "else", "enum",
    "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move",
    "mut", "override", "priv", "pub", "ref", "return", "static", "struct", "trait", "true", "try", "type", "typeof",
    "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot be raw identifiers; they get a trailing `_`.
const NON_RAW_KEYWORDS: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Type names that would shadow the standard prelude (or read as if they were std types) in
/// code that does `use types::*`. They get a `Value` suffix.
const PRELUDE_TYPES: &[&str] = &[
    "Option",
    "Result",
    "Box",
    "String",
    "Vec",
    "Error",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "Clone",
    "Copy",
    "Send",
    "Sync",
    "Sized",
    "Debug",
    "Display",
    "Drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "Into",
    "Iterator",
    "ToString",
    "ToOwned",
    "PartialEq",
    "Eq",
    "PartialOrd",
    "Ord",
    "Hash",
    "Self",
];

/// Keeps `[A-Za-z0-9_]`; anything else (punctuation, spaces, non-ASCII) becomes a word break.
/// A plural acronym (`URLs`, `ARNs`) becomes one word (`Urls`), where heck would split it
/// before its last capital (`ur_ls`).
fn ascii_words(s: &str) -> String {
    let chars: Vec<char> = s.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' }).collect();
    let mut out: Vec<char> = chars.clone();
    let mut i = 0;
    while i < chars.len() {
        let run = chars[i..].iter().take_while(|c| c.is_ascii_uppercase()).count();
        let end = i + run;
        let plural =
            run >= 2 && chars.get(end) == Some(&'s') && !chars.get(end + 1).is_some_and(|c| c.is_ascii_lowercase());
        if plural {
            for c in &mut out[i + 1..end] {
                *c = c.to_ascii_lowercase();
            }
        }
        i = end.max(i + 1);
    }
    out.into_iter().collect()
}

/// A Rust type (or enum variant) name for a model name: `UpperCamelCase`.
pub fn type_name(model_name: &str) -> String {
    let mut n = ascii_words(model_name).to_upper_camel_case();
    if n.is_empty() {
        n = "Unnamed".to_string();
    }
    if n.starts_with(|c: char| c.is_ascii_digit()) {
        n.insert(0, 'V');
    }
    if PRELUDE_TYPES.contains(&n.as_str()) {
        n.push_str("Value");
    }
    n
}

/// A field, method or module name: `snake_case`, keywords made raw (`r#type`) or, where Rust
/// forbids that, suffixed (`self_`).
pub fn field_name(model_name: &str) -> String {
    let mut n = ascii_words(model_name).to_snake_case();
    if n.is_empty() {
        n = "unnamed".to_string();
    }
    if n.starts_with(|c: char| c.is_ascii_digit()) {
        n.insert(0, '_');
    }
    if NON_RAW_KEYWORDS.contains(&n.as_str()) {
        n.push('_');
    } else if RAW_KEYWORDS.contains(&n.as_str()) {
        n.insert_str(0, "r#");
    }
    n
}

/// The file stem for a module name (without `r#`).
pub fn file_stem(module: &str) -> &str {
    module.strip_prefix("r#").unwrap_or(module)
}

/// An enum variant for an enum value; `Unknown` is reserved for unrecognised values.
pub fn variant_name(model_name: &str) -> String {
    let n = type_name(model_name);
    if n == "Unknown" {
        "UnknownValue".to_string()
    } else {
        n
    }
}

/// Makes names unique in order: the first keeps its name, later duplicates get `2`, `3`, ...
/// (`_2` for snake_case names). Input order must be deterministic (the IR is sorted).
pub fn dedupe(names: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(names.len());
    for n in names {
        let mut candidate = n.clone();
        let mut i = 2;
        while out.contains(&candidate) {
            let snake = n.starts_with(|c: char| c.is_ascii_lowercase()) || n.starts_with("r#") || n.starts_with('_');
            let base = n.strip_prefix("r#").unwrap_or(&n).trim_end_matches('_');
            candidate = if snake { format!("{base}_{i}") } else { format!("{base}{i}") };
            i += 1;
        }
        out.push(candidate);
    }
    out
}

/// The consuming setter for an optional member: `with_<field>`.
pub fn setter_name(field: &str) -> String {
    format!("with_{}", file_stem(field))
}

/// The client method of a waiter: `wait_until_<snake_case name>`.
pub fn waiter_method(waiter: &str) -> String {
    format!("wait_until_{}", file_stem(&field_name(waiter)))
}

/// The static holding a waiter's description: `<SHOUTY_NAME>_WAITER`.
pub fn waiter_static(waiter: &str) -> String {
    let name = file_stem(&field_name(waiter)).trim_start_matches('_').to_ascii_uppercase();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("WAITER_{name}")
    } else {
        format!("{name}_WAITER")
    }
}

/// The struct that carries the required members of a structure with several of them.
pub fn required_struct_name(type_name: &str) -> String {
    format!("{type_name}Required")
}

/// A syn identifier for a name produced above (raw when it starts with `r#`).
pub fn ident(name: &str) -> proc_macro2::Ident {
    match name.strip_prefix("r#") {
        Some(raw) => proc_macro2::Ident::new_raw(raw, proc_macro2::Span::call_site()),
        None => proc_macro2::Ident::new(name, proc_macro2::Span::call_site()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_upper_camel() {
        assert_eq!(type_name("deploymentUpdateType"), "DeploymentUpdateType");
        assert_eq!(type_name("S3ObjectSource"), "S3ObjectSource");
    }

    #[test]
    fn prelude_type_names_get_a_suffix() {
        for n in ["Option", "Result", "Box", "String", "Error"] {
            assert_eq!(type_name(n), format!("{n}Value"));
        }
    }

    #[test]
    fn fields_are_snake_case() {
        assert_eq!(field_name("templateMajorVersion"), "template_major_version");
        assert_eq!(field_name("ARN"), "arn");
    }

    #[test]
    fn plural_acronyms_are_one_word() {
        assert_eq!(field_name("ListClientMetadataURLs"), "list_client_metadata_urls");
        assert_eq!(type_name("ListClientMetadataURLs"), "ListClientMetadataUrls");
        assert_eq!(field_name("resourceARNs"), "resource_arns");
        assert_eq!(field_name("IPsAndPorts"), "ips_and_ports");
        // Not plurals: a capital run before an ordinary word, or a lone capital.
        assert_eq!(field_name("ARNsomething"), "ar_nsomething");
        assert_eq!(field_name("DBSnapshots"), "db_snapshots");
        assert_eq!(field_name("As"), "r#as");
    }

    #[test]
    fn keywords_become_raw_identifiers() {
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("gen"), "r#gen");
        assert_eq!(field_name("async"), "r#async");
        assert_eq!(file_stem(&field_name("type")), "type");
    }

    #[test]
    fn keywords_that_cannot_be_raw_get_an_underscore() {
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("super"), "super_");
        assert_eq!(field_name("crate"), "crate_");
        assert_eq!(type_name("self"), "SelfValue");
    }

    #[test]
    fn hostile_text_cannot_escape_an_identifier() {
        assert_eq!(field_name("a; fn evil() {}"), "a_fn_evil");
        assert_eq!(type_name("a\"]#[x"), "AX");
        assert_eq!(type_name("ünïcode"), "NCode");
        assert_eq!(field_name("日本"), "unnamed");
        for n in [field_name("a; fn evil() {}"), type_name("*/ x"), variant_name("\\\"")] {
            assert!(syn::parse_str::<syn::Ident>(&n).is_ok(), "{n}");
        }
    }

    #[test]
    fn leading_digits_are_prefixed() {
        assert_eq!(type_name("1.0"), "V10");
        assert_eq!(field_name("3d"), "_3d");
    }

    #[test]
    fn unknown_is_reserved_for_unrecognised_values() {
        assert_eq!(variant_name("UNKNOWN"), "UnknownValue");
        assert_eq!(variant_name("CURRENT_VERSION"), "CurrentVersion");
    }

    #[test]
    fn colliding_names_are_numbered_in_order() {
        let fields = ["fooBar", "foo_bar", "FooBar"].map(field_name).to_vec();
        assert_eq!(dedupe(fields), ["foo_bar", "foo_bar_2", "foo_bar_3"]);
        let variants = ["foo-bar", "FOO_BAR"].map(variant_name).to_vec();
        assert_eq!(dedupe(variants), ["FooBar", "FooBar2"]);
        assert_eq!(dedupe(vec!["r#type".into(), "r#type".into()]), ["r#type", "type_2"]);
    }

    #[test]
    fn setters_and_required_structs() {
        assert_eq!(setter_name("r#type"), "with_type");
        assert_eq!(required_struct_name("CreateServiceInput"), "CreateServiceInputRequired");
    }

    #[test]
    fn waiter_methods() {
        assert_eq!(
            waiter_method("EnvironmentTemplateVersionRegistered"),
            "wait_until_environment_template_version_registered"
        );
    }

    #[test]
    fn raw_identifiers_are_built_raw() {
        assert_eq!(ident("r#type").to_string(), "r#type");
        assert_eq!(ident("name").to_string(), "name");
    }
}
