//! The code generator: IR (from `smithy-ir`) in, the files of a Rust client crate out.
//!
//! [`generate`] is a pure function of the model and the [`Config`]: it returns every file of the
//! crate in memory, formatted, with deterministic bytes. [`write()`] swaps them into place only
//! once all were produced, and [`check`] compares them with what is on disk (for `--check` and
//! the freshness test).

pub mod api;
pub mod docs;
mod emit;
mod files;
mod format;
mod jmespath;
pub mod naming;
mod plan;
mod protocol;
/// HTTP bindings (restJson1, restXml): resolved and checked, not yet emitted.
pub use plan::http as http_bindings;
pub mod protocol_tests;

use std::collections::BTreeMap;
use std::fmt;

pub use files::{check, write, Change, Report};
pub use plan::{choose_protocol, endpoint_rules_json, Omitted, SUPPORTED_PROTOCOLS};
use smithy_ir::{Protocol, Service, ShapeKind};

/// What to generate. One struct drives everything, so callers (xtask, tests) state all choices.
#[derive(Debug, Clone)]
pub struct Config {
    /// The package name; by default derived from the service's SDK id (`proton-client`).
    pub crate_name: Option<String>,
    pub crate_version: String,
    /// The command named in each file's header.
    pub regenerate_command: String,
    /// How the crate reaches the `awsgen-runtime` crate.
    pub runtime: RuntimeDep,
    /// Hand-written files copied into the crate (path relative to the crate root, contents),
    /// such as `examples/*.rs`; each gets the generated-file header.
    pub extra_files: BTreeMap<String, String>,
    /// The protocol to generate for; by default the first the model offers that the generator
    /// implements.
    pub protocol: Option<Protocol>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            crate_name: None,
            crate_version: "0.1.0".to_string(),
            regenerate_command: "cargo xtask codegen".to_string(),
            runtime: RuntimeDep::Vendored,
            extra_files: BTreeMap::new(),
            protocol: None,
        }
    }
}

/// How a generated crate depends on the runtime crate (`awsgen-runtime`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuntimeDep {
    /// A path dependency, relative to the generated crate (`../runtime` inside this workspace).
    Path(String),
    /// A version requirement, for when the runtime is published to a registry.
    Version(String),
    /// A copy of the runtime inside the crate (`awsgen-runtime/`), so the crate builds on its own
    /// anywhere; the copy is written with the crate and checked with it.
    Vendored,
}

/// The generated crate: path relative to the crate root (with `/`) to file contents.
pub type Files = BTreeMap<String, String>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The model cannot be turned into a crate; `at` names the shape.
    Model { at: String, message: String },
    /// A bug in the generator (it produced code that does not parse).
    Internal(String),
}

impl Error {
    pub(crate) fn model(at: &str, message: impl Into<String>) -> Self {
        Error::Model { at: at.to_string(), message: message.into() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Model { at, message } => write!(f, "{at}: {message}"),
            Error::Internal(m) => write!(f, "internal generator error: {m}"),
        }
    }
}

impl std::error::Error for Error {}

/// The Rust names of an operation's module and types (for tests and tools that drive every
/// operation of a generated crate).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationNames {
    /// The operation's name in the model (and on the wire).
    pub name: String,
    pub module: String,
    pub input: String,
    pub output: String,
    pub error: String,
    /// (waiter name in the model, client method)
    pub waiters: Vec<(String, String)>,
}

/// The public API of the crate `svc` generates (see [`api`]).
pub fn api_surface(svc: &Service, config: &Config) -> Result<api::Surface, Error> {
    Ok(api::surface(&plan::Plan::new(svc, config.protocol)?))
}

pub fn operation_names(svc: &Service, config: &Config) -> Result<Vec<OperationNames>, Error> {
    let plan = plan::Plan::new(svc, config.protocol)?;
    Ok(plan
        .ops
        .iter()
        .map(|op| OperationNames {
            name: op.op.name.clone(),
            module: op.module.clone(),
            input: op.input_name.clone(),
            output: op.output_name.clone(),
            error: op.error_name.clone(),
            waiters: op.waiters.waiters.iter().map(|w| (w.name.clone(), w.method.clone())).collect(),
        })
        .collect())
}

/// What the generator decided for `svc`: the protocol, and what the crate leaves out and why
/// (for xtask to print; the crate's docs list the same).
pub fn summary(svc: &Service, config: &Config) -> Result<(Protocol, Vec<Omitted>), Error> {
    let plan = plan::Plan::new(svc, config.protocol)?;
    Ok((plan.protocol, plan.omitted))
}

/// Generates every file of the client crate for `svc`.
pub fn generate(svc: &Service, config: &Config) -> Result<Files, Error> {
    generate_with_summary(svc, config).map(|(files, _)| files)
}

/// [`generate`] and [`summary`] from one plan (planning a large model twice is measurable when
/// generating all of AWS).
pub fn generate_with_summary(svc: &Service, config: &Config) -> Result<(Files, (Protocol, Vec<Omitted>)), Error> {
    let plan = plan::Plan::new(svc, config.protocol)?;
    let files = generate_files(svc, config, &plan)?;
    Ok((files, (plan.protocol, plan.omitted)))
}

fn generate_files(svc: &Service, config: &Config, plan: &plan::Plan) -> Result<Files, Error> {
    emit::reset_docs();
    let source = svc.source.replace(['\n', '\r'], " ");
    let header = format!(
        "// @generated from `{source}` by the codegen crate. Do not edit by hand.\n// Regenerate with `{}`.\n\n",
        config.regenerate_command
    );
    let mut files = Files::new();
    files.insert("Cargo.toml".to_string(), emit::crate_files::cargo_toml(plan, config, &header.replace("// ", "# ")));
    files.insert("src/lib.rs".to_string(), emit::file(&header, emit::crate_files::lib_rs(plan, config)));
    if config.runtime == RuntimeDep::Vendored {
        // The runtime's own files, as they are: they are not generated from the model.
        files.extend(emit::crate_files::vendored_runtime());
    }
    for (path, text) in &config.extra_files {
        files.insert(path.clone(), format!("{header}{text}"));
    }
    files.insert("src/types.rs".to_string(), emit::file(&header, emit::crate_files::types_rs(plan)));
    for (id, t) in &plan.types {
        if t.location != plan::Location::Types {
            continue;
        }
        let tokens = match &svc.shapes[id].kind {
            ShapeKind::Structure { .. } => emit::structure::emit(plan, id, None),
            ShapeKind::Union { .. } => emit::union::emit(plan, id),
            ShapeKind::IntEnum { .. } => emit::int_enum::emit(plan, id),
            _ => emit::enums::emit(plan, id),
        };
        let path = emit::crate_files::types_file(plan, id);
        let tokens = quote::quote!(#![allow(deprecated)] #tokens);
        files.insert(path.clone(), emit::file(&header, tokens));
    }
    files.insert("src/service.rs".to_string(), emit::file(&header, emit::client::service_rs(plan, config)));
    files.insert("src/client.rs".to_string(), emit::file(&header, emit::client::client_rs(plan)));
    files.insert("src/mocks.rs".to_string(), emit::file(&header, emit::mocks::mocks_rs(plan)));
    if let Some(transfer) = &plan.transfer {
        files.insert("src/large_objects.rs".to_string(), emit::file(&header, emit::transfer::transfer_rs(transfer)));
    }
    files.insert("src/operation.rs".to_string(), emit::file(&header, emit::crate_files::operation_rs(plan)));
    for op in &plan.ops {
        let path = format!("src/operation/{}.rs", naming::file_stem(&op.module));
        files.insert(path.clone(), emit::file(&header, emit::operation::emit(plan, op)));
    }
    Ok(files)
}
