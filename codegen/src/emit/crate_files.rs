//! Crate-level files: `Cargo.toml`, `lib.rs`, the `types` and `operation` module roots, and
//! the hand-written runtime modules that every generated crate carries.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc_attrs, inner_doc_attrs, model_docs};
use crate::naming::{file_stem, ident};
use crate::plan::{Location, Plan};
use crate::Config;

pub const RUNTIME: &[(&str, &str)] = &[
    ("src/config.rs", include_str!("../../runtime/config.rs")),
    ("src/credentials.rs", include_str!("../../runtime/credentials.rs")),
    ("src/endpoint.rs", include_str!("../../runtime/endpoint.rs")),
    ("src/env.rs", include_str!("../../runtime/env.rs")),
    ("src/error.rs", include_str!("../../runtime/error.rs")),
    ("src/http.rs", include_str!("../../runtime/http.rs")),
    ("src/invoke.rs", include_str!("../../runtime/invoke.rs")),
    ("src/jmespath.rs", include_str!("../../runtime/jmespath.rs")),
    ("src/json.rs", include_str!("../../runtime/json.rs")),
    ("src/paginate.rs", include_str!("../../runtime/paginate.rs")),
    ("src/primitives.rs", include_str!("../../runtime/primitives.rs")),
    ("src/sigv4.rs", include_str!("../../runtime/sigv4.rs")),
    ("src/time.rs", include_str!("../../runtime/time.rs")),
    ("src/validate.rs", include_str!("../../runtime/validate.rs")),
    ("src/waiter.rs", include_str!("../../runtime/waiter.rs")),
];

/// The generated crate's dependencies, chosen for a short build (see the README).
const DEPENDENCIES: &str = r#"base64 = "0.22"
bytes = "1"
flate2 = "1"
http = "1"
http-body-util = "0.1"
hyper = { version = "1", features = ["client", "http1"] }
hyper-rustls = { version = "0.27", default-features = false, features = ["http1", "tls12", "ring", "webpki-tokio"] }
hyper-util = { version = "0.1", features = ["client-legacy", "http1", "tokio"] }
regex-lite = "0.1"
reqsign-aws-core = "3"
reqsign-core = "3"
ring = "0.17"
rustls = { version = "0.23", default-features = false, features = ["ring", "std", "tls12"] }
serde_json = {SERDE_JSON}
tokio = { version = "1", features = ["rt", "time", "net", "sync"] }
webpki-roots = "1"
"#;

pub fn crate_name(plan: &Plan, config: &Config) -> String {
    config.crate_name.clone().unwrap_or_else(|| {
        let base: String = plan
            .svc
            .sdk_id
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
            .collect();
        format!("{}-client", base.trim_matches('-'))
    })
}

pub fn cargo_toml(plan: &Plan, config: &Config, header: &str) -> String {
    let name = crate_name(plan, config);
    let title = plan.svc.title.as_deref().unwrap_or(&plan.svc.sdk_id);
    let description = format!("Rust client for {title}, generated from its model");
    // The values are written as TOML basic strings; escape what could end one.
    let esc =
        |s: &str| s.chars().filter(|c| !c.is_control()).collect::<String>().replace('\\', "\\\\").replace('"', "\\\"");
    let dependencies = DEPENDENCIES.replace(
        "{SERDE_JSON}",
        // Documents' numbers are parsed by serde_json: `float_roundtrip` parses them correctly
        // rounded (`123456789.12345679` stays that double). Big numbers keep their digits only
        // if serde_json keeps a number's text.
        if plan.big_numbers {
            r#"{ version = "1", features = ["float_roundtrip", "arbitrary_precision"] }"#
        } else {
            r#"{ version = "1", features = ["float_roundtrip"] }"#
        },
    );
    format!(
        "{header}[package]\nname = \"{}\"\nversion = \"{}\"\nedition = \"2021\"\ndescription = \"{}\"\nlicense = \"Apache-2.0\"\npublish = false\n\n[dependencies]\n{dependencies}\n[dev-dependencies]\ntokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n",
        esc(&name),
        esc(&config.crate_version),
        esc(&description)
    )
}

pub fn lib_rs(plan: &Plan, config: &Config) -> TokenStream {
    let svc = plan.svc;
    let title = svc.title.as_deref().unwrap_or(&svc.sdk_id);
    let mut docs = vec![format!("# {}", crate::docs::escape_text(title)), String::new()];
    docs.extend(model_docs(svc.docs.as_deref(), "A client for this service."));
    docs.push(String::new());
    docs.push("## Layout".to_string());
    docs.push(String::new());
    docs.push("- [`operation`]: one module per operation, with its input, output and error types.".to_string());
    docs.push("- [`types`]: the shapes shared between operations.".to_string());
    docs.push("- [`primitives`]: timestamps and unknown enum or union values.".to_string());
    docs.push("- [`json`]: conversion to and from the wire form.".to_string());
    docs.push("- [`sigv4`]: request signing (AWS Signature Version 4).".to_string());
    docs.push("- [`Client`], [`Config`], [`Error`]: calling the service; [`config`], [`credentials`], [`endpoint`], [`http`] hold their parts.".to_string());
    docs.push(String::new());
    docs.push("## Protocol".to_string());
    docs.push(String::new());
    let offered: Vec<&str> = svc.protocols.iter().map(|p| p.name()).collect();
    docs.push(format!("Requests use {}; the model offers {}.", plan.protocol.name(), offered.join(", ")));
    if !plan.omitted.is_empty() {
        docs.push(String::new());
        docs.push("## Not supported yet".to_string());
        docs.push(String::new());
        docs.push("The model has these; this crate leaves them out:".to_string());
        docs.push(String::new());
        for o in &plan.omitted {
            docs.push(format!("- {}: {}", crate::docs::escape_text(&o.item), crate::docs::escape_text(&o.reason)));
        }
    }
    docs.push(String::new());
    docs.push(format!(
        "Generated from `{}` by `{}`.",
        crate::docs::escape_text(&svc.source).replace('`', ""),
        config.regenerate_command.replace('`', "")
    ));
    let docs = inner_doc_attrs(&docs);
    quote! {
        #docs
        #![warn(missing_docs)]

        // rustfmt never formats generated modules: prettyplease already did, and two formatters
        // would fight over every file. (lib.rs itself is formatted identically by both.)
        #[rustfmt::skip]
        mod client;
        #[rustfmt::skip]
        pub mod config;
        #[rustfmt::skip]
        pub mod credentials;
        #[rustfmt::skip]
        pub mod endpoint;
        #[rustfmt::skip]
        mod env;
        #[rustfmt::skip]
        pub mod error;
        #[rustfmt::skip]
        pub mod http;
        #[rustfmt::skip]
        mod invoke;
        #[rustfmt::skip]
        mod jmespath;
        #[rustfmt::skip]
        pub mod json;
        #[rustfmt::skip]
        pub mod operation;
        #[rustfmt::skip]
        pub mod paginate;
        #[rustfmt::skip]
        pub mod primitives;
        #[rustfmt::skip]
        mod service;
        #[rustfmt::skip]
        pub mod sigv4;
        #[rustfmt::skip]
        mod time;
        #[rustfmt::skip]
        pub mod types;
        #[rustfmt::skip]
        mod validate;
        #[rustfmt::skip]
        pub mod waiter;

        pub use client::Client;
        pub use config::Config;
        pub use error::Error;
        pub use primitives::DateTime;
    }
}

pub fn types_rs(plan: &Plan) -> TokenStream {
    let items = plan.types.values().filter(|t| t.location == Location::Types).map(|t| {
        let module = ident(&crate::naming::field_name(&t.name));
        let name = ident(&t.name);
        let required = crate::naming::required_struct_name(&t.name);
        if crate::plan::has_required_struct(plan.shape(&t.id)) {
            let req = ident(&required);
            quote!(mod #module; pub use #module::{#name, #req};)
        } else {
            quote!(mod #module; pub use #module::#name;)
        }
    });
    quote! {
        //! Shapes shared between operations: structures, unions and enums.
        #![allow(deprecated)]
        #(#items)*
    }
}

pub fn types_file(plan: &Plan, id: &str) -> String {
    format!("src/types/{}.rs", file_stem(&crate::naming::field_name(&plan.types[id].name)))
}

pub fn operation_rs(plan: &Plan) -> TokenStream {
    let items = plan.ops.iter().map(|op| {
        let m = ident(&op.module);
        let d = doc_attrs(&[format!("The `{}` operation.", op.op.name)]);
        quote!(#d pub mod #m;)
    });
    quote! {
        //! One module per operation, each with the operation's input, output and error types.
        #(#items)*
    }
}
