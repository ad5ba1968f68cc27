//! Crate-level files: `Cargo.toml`, `lib.rs`, and the `types` and `operation` module roots;
//! and, when the runtime is vendored, its copy.

use proc_macro2::TokenStream;
use quote::quote;

use super::{doc_attrs, inner_doc_attrs, model_docs};
use crate::naming::{file_stem, ident};
use crate::plan::{Location, Plan};
use crate::{Config, RuntimeDep};

/// The runtime crate's files, for a vendored copy (see [`RuntimeDep::Vendored`]).
const RUNTIME_FILES: &[(&str, &str)] = &[
    ("src/checksum.rs", include_str!("../../../runtime/src/checksum.rs")),
    ("src/client.rs", include_str!("../../../runtime/src/client.rs")),
    ("src/client/checksums.rs", include_str!("../../../runtime/src/client/checksums.rs")),
    ("src/client/head.rs", include_str!("../../../runtime/src/client/head.rs")),
    ("src/config.rs", include_str!("../../../runtime/src/config.rs")),
    ("src/config/s3.rs", include_str!("../../../runtime/src/config/s3.rs")),
    ("src/credentials.rs", include_str!("../../../runtime/src/credentials.rs")),
    ("src/credentials/profile.rs", include_str!("../../../runtime/src/credentials/profile.rs")),
    ("src/credentials/remote.rs", include_str!("../../../runtime/src/credentials/remote.rs")),
    ("src/endpoint.rs", include_str!("../../../runtime/src/endpoint.rs")),
    ("src/env.rs", include_str!("../../../runtime/src/env.rs")),
    ("src/error.rs", include_str!("../../../runtime/src/error.rs")),
    ("src/http.rs", include_str!("../../../runtime/src/http.rs")),
    ("src/http/proxy.rs", include_str!("../../../runtime/src/http/proxy.rs")),
    ("src/http/record.rs", include_str!("../../../runtime/src/http/record.rs")),
    ("src/http/trust.rs", include_str!("../../../runtime/src/http/trust.rs")),
    ("src/http_binding.rs", include_str!("../../../runtime/src/http_binding.rs")),
    ("src/jmespath.rs", include_str!("../../../runtime/src/jmespath.rs")),
    ("src/lib.rs", include_str!("../../../runtime/src/lib.rs")),
    ("src/md5.rs", include_str!("../../../runtime/src/md5.rs")),
    ("src/mock.rs", include_str!("../../../runtime/src/mock.rs")),
    ("src/paginate.rs", include_str!("../../../runtime/src/paginate.rs")),
    ("src/presign.rs", include_str!("../../../runtime/src/presign.rs")),
    ("src/partitions.json", include_str!("../../../runtime/src/partitions.json")),
    ("src/primitives.rs", include_str!("../../../runtime/src/primitives.rs")),
    ("src/protocol/aws_json.rs", include_str!("../../../runtime/src/protocol/aws_json.rs")),
    ("src/protocol/cbor.rs", include_str!("../../../runtime/src/protocol/cbor.rs")),
    ("src/protocol/mod.rs", include_str!("../../../runtime/src/protocol/mod.rs")),
    ("src/protocol/query.rs", include_str!("../../../runtime/src/protocol/query.rs")),
    ("src/protocol/rest.rs", include_str!("../../../runtime/src/protocol/rest.rs")),
    ("src/rule_functions.rs", include_str!("../../../runtime/src/rule_functions.rs")),
    ("src/sigv4.rs", include_str!("../../../runtime/src/sigv4.rs")),
    ("src/sigv4/v4a.rs", include_str!("../../../runtime/src/sigv4/v4a.rs")),
    ("src/stream.rs", include_str!("../../../runtime/src/stream.rs")),
    ("src/stream/chunked.rs", include_str!("../../../runtime/src/stream/chunked.rs")),
    ("src/stream/events.rs", include_str!("../../../runtime/src/stream/events.rs")),
    ("src/stream/receiver.rs", include_str!("../../../runtime/src/stream/receiver.rs")),
    ("src/stream/sender.rs", include_str!("../../../runtime/src/stream/sender.rs")),
    ("src/time.rs", include_str!("../../../runtime/src/time.rs")),
    ("src/transfer.rs", include_str!("../../../runtime/src/transfer.rs")),
    ("src/tree_hash.rs", include_str!("../../../runtime/src/tree_hash.rs")),
    ("src/validate.rs", include_str!("../../../runtime/src/validate.rs")),
    ("src/waiter.rs", include_str!("../../../runtime/src/waiter.rs")),
    ("src/wire/cbor.rs", include_str!("../../../runtime/src/wire/cbor.rs")),
    ("src/wire/eventstream.rs", include_str!("../../../runtime/src/wire/eventstream.rs")),
    ("src/wire/json.rs", include_str!("../../../runtime/src/wire/json.rs")),
    ("src/wire/mod.rs", include_str!("../../../runtime/src/wire/mod.rs")),
    ("src/wire/query.rs", include_str!("../../../runtime/src/wire/query.rs")),
    ("src/wire/xml.rs", include_str!("../../../runtime/src/wire/xml.rs")),
];

/// Where a vendored runtime goes, inside the crate.
pub const VENDORED_RUNTIME_DIR: &str = "awsgen-runtime";

/// The runtime's files under `awsgen-runtime/`: its sources as they are, and its manifest with
/// the workspace's settings written out, so the copy builds on its own.
pub fn vendored_runtime() -> Vec<(String, String)> {
    let manifest = include_str!("../../../runtime/Cargo.toml")
        .replace("edition.workspace = true", "edition = \"2021\"")
        .replace("license.workspace = true", "license = \"Apache-2.0\"")
        .replace("publish.workspace = true", "publish = false")
        .replace(
            "serde_json = { workspace = true }",
            "serde_json = { version = \"1\", features = [\"float_roundtrip\"] }",
        );
    let mut files = vec![(format!("{VENDORED_RUNTIME_DIR}/Cargo.toml"), manifest)];
    files.extend(RUNTIME_FILES.iter().map(|(path, text)| (format!("{VENDORED_RUNTIME_DIR}/{path}"), text.to_string())));
    files
}

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
    let runtime = match &config.runtime {
        RuntimeDep::Path(path) => format!("{{ path = \"{}\" }}", esc(path)),
        RuntimeDep::Version(v) => format!("\"{}\"", esc(v)),
        RuntimeDep::Vendored => format!("{{ path = \"{VENDORED_RUNTIME_DIR}\" }}"),
    };
    // Examples kept with the model may show tracing's output (`trace_calls`).
    let example_deps = if config.extra_files.keys().any(|p| p.starts_with("examples/")) {
        "tracing = { version = \"0.1\", default-features = false, features = [\"std\"] }\ntracing-subscriber = { version = \"0.3\", default-features = false, features = [\"fmt\", \"std\"] }\n"
    } else {
        ""
    };
    format!(
        "{header}[package]\nname = \"{}\"\nversion = \"{}\"\nedition = \"2021\"\n# Trait upcasting (`&dyn ServiceError` as `&dyn Error`).\nrust-version = \"1.86\"\ndescription = \"{}\"\nlicense = \"Apache-2.0\"\npublish = false\n\n[dependencies]\nawsgen-runtime = {runtime}\n\n[features]\n# For tests: typed mocks (`mocks`, `mock::Mock`), and the directions a client does not use\n# (writing outputs, reading inputs) for fakes.\ntest-util = []\n\n[dev-dependencies]\ntokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n{example_deps}",
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
    docs.push("- [`Client`]: one async method per operation, paginators and waiters.".to_string());
    docs.push("- [`operation`]: one module per operation, with its input, output and error types.".to_string());
    docs.push("- [`types`]: the shapes shared between operations.".to_string());
    docs.push(
        "- [`Config`], [`Error`], [`primitives`], [`credentials`], [`http`], ...: the `awsgen-runtime` crate's, which every generated client shares: one configuration serves clients of any services."
            .to_string(),
    );
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
    let transfer = plan.transfer.as_ref().map(|_| {
        quote! {
            #[rustfmt::skip]
            mod large_objects;

            /// The settings and results of `Client::upload_file` and `Client::download_file`.
            pub use ::awsgen_runtime::transfer;
        }
    });
    quote! {
        #docs
        #![warn(missing_docs)]

        // rustfmt never formats generated modules: the generator already did, and two formatters
        // would fight over every file. (lib.rs itself is formatted identically by both.)
        #[rustfmt::skip]
        mod client;
        #[rustfmt::skip]
        #[cfg(feature = "test-util")]
        pub mod mocks;
        #[rustfmt::skip]
        pub mod operation;
        #[rustfmt::skip]
        #[doc(hidden)]
        pub mod service;
        #[rustfmt::skip]
        pub mod types;

        pub use client::Client;

        /// The runtime's modules, shared by every generated client.
        pub use ::awsgen_runtime::{checksum, config, credentials, endpoint, error, http};

        pub use ::awsgen_runtime::{mock, paginate, presign, primitives, sigv4, waiter};

        /// The runtime's types, shared by every generated client.
        pub use ::awsgen_runtime::{Config, DateTime, Error, Overrides};
        #transfer
    }
}

pub fn types_rs(plan: &Plan) -> TokenStream {
    let items = plan.types.values().filter(|t| t.location == Location::Types).map(|t| {
        let module = ident(&crate::naming::field_name(&t.name));
        let name = ident(&t.name);
        let required = crate::naming::required_struct_name(&t.name);
        if plan.has_required_struct(&t.id) {
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

#[cfg(test)]
mod tests {
    /// A runtime file left out of the list would make every vendored crate fail to build.
    #[test]
    fn the_vendored_copy_lists_every_runtime_source() {
        fn walk(dir: &std::path::Path, base: &std::path::Path, out: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).expect("runtime/src") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    walk(&path, base, out);
                } else {
                    let rel = path.strip_prefix(base).expect("inside").to_string_lossy().replace('\\', "/");
                    out.push(format!("src/{rel}"));
                }
            }
        }
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/src");
        let mut on_disk = Vec::new();
        walk(&src, &src, &mut on_disk);
        on_disk.sort();
        let mut listed: Vec<String> = super::RUNTIME_FILES.iter().map(|(p, _)| p.to_string()).collect();
        listed.sort();
        assert_eq!(listed, on_disk);
    }
}
