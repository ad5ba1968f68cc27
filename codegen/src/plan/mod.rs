//! Lowers the IR to what the emitters need: the protocol, which shapes become Rust types, where
//! they live, their Rust names, which members are boxed, each member's Rust type, and each
//! operation's paginator, waiters and endpoint bindings (JMESPath compiled). Emitters read only
//! this and the IR; they never invent names and cannot fail.
//!
//! What the generator cannot express (an input event stream, a waiter outside the JMESPath
//! it compiles, ...) is left out and recorded in [`Plan::omitted`]; only an invalid model is an
//! error.

pub mod customize;
pub mod defaults;
pub mod endpoint;
pub mod http;
pub mod paginator;
pub mod transfer;
pub mod waiter;

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::{
    shape_name, Constraints, Member, Operation, Protocol, Service, Shape, ShapeId, ShapeKind, TimestampFormat,
};

use crate::naming::{self, ident};
use crate::Error;

/// Where a generated type lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    /// `crate::types`
    Types,
    /// `crate::operation::<module>`
    Operation(String),
}

#[derive(Debug, Clone)]
pub struct TypePlan {
    pub id: ShapeId,
    pub name: String,
    pub location: Location,
    /// Rust field (or union variant) names, parallel to the shape's members.
    pub fields: Vec<String>,
    /// Rust variant names, parallel to the enum values.
    pub variants: Vec<String>,
}

#[derive(Debug, Clone)]
pub enum Io {
    /// The shape is emitted in the operation module under the operation's name.
    Own(ShapeId),
    /// The shape is shared with other uses; the operation module re-exports it.
    Shared(ShapeId),
    /// The operation has no input (or output): an empty struct stands in.
    Empty,
}

impl Io {
    /// The input or output shape, when the operation has one.
    pub fn shape(&self) -> Option<&str> {
        match self {
            Io::Own(id) | Io::Shared(id) => Some(id),
            Io::Empty => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct OpPlan<'a> {
    pub op: &'a Operation,
    /// The operation's module, which is also its client method's name.
    pub module: String,
    pub input_name: String,
    pub output_name: String,
    pub error_name: String,
    /// The operation's marker type in the crate's `mocks` module.
    pub mock_name: String,
    pub input: Io,
    pub output: Io,
    /// (variant name, error shape id)
    pub errors: Vec<(String, ShapeId)>,
    pub paginator: Option<paginator::PaginatorPlan>,
    pub waiters: waiter::Waiters<'a>,
    pub endpoint: endpoint::OpEndpoint,
    /// `@requestCompression` lists gzip: large request bodies are gzipped.
    pub compress: bool,
    /// Input fields that are `@idempotencyToken`s the client fills when unset.
    pub idempotency_tokens: Vec<String>,
    /// What AWS's SDKs do for the operation beyond its model (see [`customize`]).
    pub rules: Vec<customize::OpRule>,
    /// The input field whose value is the call's endpoint URL (see [`customize`]).
    pub endpoint_field: Option<String>,
    /// Input fields (and whether optional) holding a resource path of which only the last
    /// segment is sent (see [`customize::trimmed_id_members`]).
    pub trimmed_ids: Vec<(String, bool)>,
    /// (key field, MD5 field): the MD5 the client computes from an S3 encryption key when the
    /// caller leaves it unset. Both optional strings.
    pub key_md5s: Vec<(String, String)>,
    /// The HTTP bindings (HTTP-bound protocols only).
    pub http: Option<http::HttpOperation>,
    /// `@httpChecksum`, its members resolved to the headers they bind.
    pub checksum: Option<http::ChecksumPlan>,
    /// The input's streaming payload member (sent as it is read).
    pub upload: Option<String>,
    /// The output's streaming payload member (handed over as it arrives).
    pub download: Option<String>,
    /// The output's event-stream member (see [`EventStream`]).
    pub events: Option<EventStream>,
    /// The input's event-stream member, sent as its caller pushes events (it is also
    /// [`upload`](Self::upload): the streamed payload).
    pub input_events: Option<String>,
    /// AWS serves the operation over HTTP/2 only: an input event stream, or an output stream
    /// of a service whose model says so.
    pub http2: bool,
}

/// An operation's output event stream: the member holding it, its union, and the union's
/// exception members with the operation's error variant each becomes.
#[derive(Debug, Clone)]
pub struct EventStream {
    pub member: String,
    pub union: ShapeId,
    /// (member name, error shape id, variant of the operation's error enum)
    pub exceptions: Vec<(String, ShapeId, String)>,
}

impl OpPlan<'_> {
    /// Full paths of the operation's input, output and error types.
    pub fn type_paths(&self) -> (TokenStream, TokenStream, TokenStream) {
        let m = ident(&self.module);
        let (i, o, e) = (ident(&self.input_name), ident(&self.output_name), ident(&self.error_name));
        (quote!(crate::operation::#m::#i), quote!(crate::operation::#m::#o), quote!(crate::operation::#m::#e))
    }
}

/// What the client puts in an input member the caller leaves unset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filled {
    /// An `@idempotencyToken`: a fresh UUID, the same on every attempt. A required one is
    /// optional to the caller for that reason (as in AWS's SDKs): leaving it unset is the
    /// normal use.
    Token,
    /// A value AWS's SDKs send by rule (Glacier's `accountId` of `-`; see [`customize`]).
    Default(&'static str),
}

/// Something of the model the crate leaves out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Omitted {
    /// What: `operation X`, `the paginator of X`, `waiter W (operation X)`.
    pub item: String,
    pub reason: String,
}

/// The protocols this generator implements.
pub const SUPPORTED_PROTOCOLS: &[Protocol] = &[
    Protocol::RpcV2Cbor,
    Protocol::AwsJson1_0,
    Protocol::AwsJson1_1,
    Protocol::RestJson1,
    Protocol::RestXml,
    Protocol::AwsQuery,
    Protocol::Ec2Query,
];

/// The protocol to generate for: `forced` if given (it must be one the model offers), else the
/// first the model offers that this generator implements.
pub fn choose_protocol(svc: &Service, forced: Option<Protocol>) -> Result<Protocol, Error> {
    let offered = || svc.protocols.iter().map(|p| p.name()).collect::<Vec<_>>().join(", ");
    let chosen = match forced {
        Some(p) if !svc.protocols.contains(&p) => {
            return Err(Error::model(
                &svc.id,
                format!("the model does not offer {} (it offers {})", p.name(), offered()),
            ))
        }
        Some(p) => p,
        None => *svc.protocols.iter().find(|p| SUPPORTED_PROTOCOLS.contains(p)).ok_or_else(|| {
            Error::model(
                &svc.id,
                format!(
                    "the model offers {}; this generator implements {}",
                    offered(),
                    SUPPORTED_PROTOCOLS.iter().map(|p| p.name()).collect::<Vec<_>>().join(", ")
                ),
            )
        })?,
    };
    if !SUPPORTED_PROTOCOLS.contains(&chosen) {
        return Err(Error::model(&svc.id, format!("{} is not implemented yet", chosen.name())));
    }
    let rpc = matches!(chosen, Protocol::AwsJson1_0 | Protocol::AwsJson1_1 | Protocol::RpcV2Cbor);
    if rpc && svc.target_prefix.as_deref().unwrap_or("").is_empty() {
        return Err(Error::model(
            &svc.id,
            format!("{} needs a target prefix (botocore's metadata.targetPrefix)", chosen.name()),
        ));
    }
    Ok(chosen)
}

/// What the runtime is told about the service (`service.rs`).
#[derive(Debug, Clone)]
pub struct ServiceFacts {
    pub target_prefix: String,
    pub content_type: &'static str,
    /// `AWS_ENDPOINT_URL_<ID>`'s suffix: the SDK id in capitals, `_` for anything else.
    pub env_id: String,
    /// Error codes the model marks `@retryable`, sorted.
    pub retryable_errors: Vec<String>,
    /// Headers sent with every request unless it sets them (see [`customize`]).
    pub default_headers: Vec<(String, String)>,
    /// The endpoint rule set as the runtime reads it (see [`normalize_rules`]), or `null`.
    pub rules_json: String,
}

pub struct Plan<'a> {
    pub svc: &'a Service,
    pub protocol: Protocol,
    pub facts: ServiceFacts,
    /// What the crate leaves out, in model order of operations.
    pub omitted: Vec<Omitted>,
    pub types: BTreeMap<ShapeId, TypePlan>,
    pub ops: Vec<OpPlan<'a>>,
    boxed: BTreeSet<(ShapeId, String)>,
    /// Shapes a request can hold (written to JSON and validated by the client).
    pub written: BTreeSet<ShapeId>,
    /// Shapes a response can hold (read from JSON by the client).
    pub read: BTreeSet<ShapeId>,
    /// The `@default` expressions members hold (see the `defaults` module), by (shape, member).
    defaults: BTreeMap<(ShapeId, String), TokenStream>,
    /// Operations whose endpoint bindings could not be generated, with why (see [`Plan::new`]).
    failed_endpoints: BTreeMap<ShapeId, String>,
    /// HTTP-bound protocols: where the members of each output and error structure are read
    /// from (headers, status, payload, body).
    pub http_responses: BTreeMap<ShapeId, http::Bindings>,
    /// Input members the client fills when the caller leaves them unset, by (shape, member).
    filled: BTreeMap<(ShapeId, String), Filled>,
    /// The error type of each output event-stream member's operation, by (shape, member).
    event_errors: BTreeMap<(ShapeId, String), TokenStream>,
    /// Input event-stream members, by (shape, member).
    input_streams: BTreeSet<(ShapeId, String)>,
    /// S3's `upload_file` and `download_file` (see [`transfer`]).
    pub transfer: Option<transfer::TransferPlan>,
}

/// A member as the emitters see it: its Rust name and type, with the target's traits folded in.
pub struct Field<'a> {
    pub member: &'a Member,
    pub name: String,
    /// The type without `Option`.
    pub ty: TokenStream,
    /// The type a setter or constructor takes (without `Box`).
    pub arg_ty: TokenStream,
    pub boxed: bool,
    /// The constructor takes it: `@required`, and not something the client fills.
    pub required: bool,
    pub optional: bool,
    pub sensitive: bool,
    pub docs: Option<&'a str>,
    pub constraints: Constraints,
    /// JSON: the codec of the wire form when the model asks for one other than the type's own
    /// (see [`Plan::codec`]).
    pub codec: Option<TokenStream>,
    /// The `@default` value as an expression, when the field holds one (see the `defaults` module).
    pub default: Option<TokenStream>,
    /// What the client puts there when the caller leaves it unset.
    pub filled: Option<Filled>,
}

impl<'a> Plan<'a> {
    pub fn new(svc: &'a Service, forced_protocol: Option<Protocol>) -> Result<Self, Error> {
        let protocol = choose_protocol(svc, forced_protocol)?;
        // An operation whose endpoint bindings cannot be generated is left out; the plan is
        // then made again without it, so none of its types are planned into its module.
        let mut excluded: BTreeMap<String, String> = BTreeMap::new();
        loop {
            let plan = Self::build(svc, protocol, &excluded)?;
            if plan.failed_endpoints.is_empty() {
                return Ok(plan);
            }
            excluded.extend(plan.failed_endpoints);
        }
    }

    fn build(svc: &'a Service, protocol: Protocol, excluded: &BTreeMap<String, String>) -> Result<Self, Error> {
        let mut omitted = Vec::new();
        let mut supported: Vec<&'a Operation> = Vec::new();
        for op in svc.operations.values() {
            let reason = match (excluded.get(&op.id), streaming_member(svc, op, protocol)) {
                (Some(why), _) => Some(why.clone()),
                (None, Some(member)) => Some(member),
                (None, None) => None,
            };
            match reason {
                Some(reason) => omitted.push(Omitted { item: format!("operation {}", op.name), reason }),
                None => supported.push(op),
            }
        }
        let all_io = supported.iter().flat_map(|op| op.input.iter().chain(op.output.iter()).chain(op.errors.iter()));
        let reachable = reachable_from(svc, all_io);
        // A client writes what inputs reach and reads what outputs and errors reach; the other
        // direction is only for tests and fakes (the `test-util` feature).
        let written = reachable_from(svc, supported.iter().flat_map(|op| op.input.iter()));
        let read = reachable_from(svc, supported.iter().flat_map(|op| op.output.iter().chain(op.errors.iter())));
        let mut ops = Vec::new();
        let mut own: BTreeMap<ShapeId, (String, String)> = BTreeMap::new();
        let uses = member_uses(svc, &reachable);
        let mut io_uses: BTreeMap<&str, usize> = BTreeMap::new();
        for op in &supported {
            for t in op.input.iter().chain(op.output.iter()) {
                *io_uses.entry(t.as_str()).or_default() += 1;
            }
        }
        let mut modules = BTreeMap::new();
        let mut event_errors = BTreeMap::new();
        let mut input_streams = BTreeSet::new();
        for op in supported.iter().copied() {
            let module = naming::field_name(&op.name);
            if let Some(other) = modules.insert(module.clone(), op.id.clone()) {
                return Err(Error::model(
                    &op.id,
                    format!("operation module `{module}` would also be used by `{other}`"),
                ));
            }
            let base = naming::type_name(&op.name);
            let (input_name, output_name, error_name) =
                (format!("{base}Input"), format!("{base}Output"), format!("{base}Error"));
            let mut io = |target: &Option<ShapeId>, name: &str| match target {
                None => Io::Empty,
                Some(t)
                    if !uses.contains(t) && io_uses.get(t.as_str()) == Some(&1) && svc.shapes[t].error.is_none() =>
                {
                    own.insert(t.clone(), (module.clone(), name.to_string()));
                    Io::Own(t.clone())
                }
                Some(t) => Io::Shared(t.clone()),
            };
            let input = io(&op.input, &input_name);
            let output = io(&op.output, &output_name);
            // The model's error list is a set; order it by name so both formats agree. An
            // exception the output's event stream may send is one of the operation's errors.
            let mut events = event_stream(svc, &op.output);
            let input_events = input_event_stream(svc, protocol, &op.input);
            if let (Some(member), Some(input)) = (&input_events, &op.input) {
                input_streams.insert((input.clone(), member.clone()));
            }
            let stream_errors = events.iter().flat_map(|e| e.exceptions.iter().map(|(_, id, _)| id));
            let mut error_ids: Vec<&ShapeId> = op.errors.iter().chain(stream_errors).collect();
            error_ids.sort_by(|a, b| shape_name(a).cmp(shape_name(b)).then(a.cmp(b)));
            error_ids.dedup();
            let variants = naming::dedupe(
                error_ids
                    .iter()
                    .map(|e| match naming::variant_name(shape_name(e)) {
                        v if v == "Unhandled" => "UnhandledValue".to_string(),
                        v => v,
                    })
                    .collect(),
            );
            let errors: Vec<(String, ShapeId)> = variants.into_iter().zip(error_ids.into_iter().cloned()).collect();
            for (_, id, variant) in events.iter_mut().flat_map(|e| e.exceptions.iter_mut()) {
                // Every stream exception was added to `errors` above.
                if let Some((v, _)) = errors.iter().find(|(_, e)| e == id) {
                    variant.clone_from(v);
                }
            }
            if let (Some(e), Some(output)) = (&events, &op.output) {
                let (m, err) = (ident(&module), ident(&error_name));
                event_errors
                    .entry((output.clone(), e.member.clone()))
                    .or_insert_with(|| quote!(crate::operation::#m::#err));
            }
            let http = if protocol.is_http_bound() { Some(http::bind(svc, op)?) } else { None };
            ops.push(OpPlan {
                checksum: op.http_checksum.as_ref().map(|c| http::checksum(c, op.checksum_required, http.as_ref())),
                op,
                module,
                input_name,
                output_name,
                error_name,
                mock_name: base,
                input,
                output,
                errors,
                paginator: None,
                waiters: waiter::Waiters::default(),
                endpoint: endpoint::OpEndpoint::default(),
                compress: op.request_compression.iter().any(|e| e == "gzip"),
                idempotency_tokens: Vec::new(),
                rules: customize::operation_rules(svc, op),
                endpoint_field: None,
                trimmed_ids: Vec::new(),
                key_md5s: Vec::new(),
                http,
                upload: streaming_payload(svc, &op.input).or_else(|| input_events.clone()),
                download: streaming_payload(svc, &op.output),
                http2: input_events.is_some() || (svc.event_streams_http2 && events.is_some()),
                input_events,
                events,
            });
        }

        let filled = filled_members(svc, &ops);
        let mut types = BTreeMap::new();
        let mut names_in_types: BTreeMap<String, ShapeId> = BTreeMap::new();
        for id in &reachable {
            let shape = &svc.shapes[id];
            let named = matches!(
                shape.kind,
                ShapeKind::Structure { .. }
                    | ShapeKind::Union { .. }
                    | ShapeKind::Enum { .. }
                    | ShapeKind::IntEnum { .. }
            ) || matches!(shape.kind, ShapeKind::String { values: Some(_) });
            check_supported(svc, shape)?;
            // `smithy.api#Unit` marks a union member without a value; it is not a type.
            if !named || id == UNIT {
                continue;
            }
            let (name, location) = match own.get(id) {
                Some((module, name)) => (name.clone(), Location::Operation(module.clone())),
                None => (naming::type_name(shape_name(id)), Location::Types),
            };
            if location == Location::Types {
                let mut names = vec![name.clone(), naming::field_name(&name)];
                if has_required_struct(shape, &filled) {
                    names.push(naming::required_struct_name(&name));
                }
                for n in names {
                    if let Some(other) = names_in_types.insert(n.clone(), id.clone()) {
                        if &other != id {
                            return Err(Error::model(id, format!("its Rust name `{n}` is also the name of `{other}`")));
                        }
                    }
                }
            }
            let fields = match &shape.kind {
                ShapeKind::Structure { members } => {
                    naming::dedupe(members.iter().map(|m| naming::field_name(&m.name)).collect())
                }
                ShapeKind::Union { members } => {
                    naming::dedupe(members.iter().map(|m| naming::variant_name(&m.name)).collect())
                }
                _ => Vec::new(),
            };
            let variants = match (&shape.kind, shape.kind.enum_values()) {
                (_, Some(values)) => naming::dedupe(
                    values.iter().map(|v| naming::variant_name(v.name.as_deref().unwrap_or(&v.value))).collect(),
                ),
                (ShapeKind::IntEnum { values }, None) => {
                    naming::dedupe(values.iter().map(|v| naming::variant_name(&v.name)).collect())
                }
                _ => Vec::new(),
            };
            types.insert(id.clone(), TypePlan { id: id.clone(), name, location, fields, variants });
        }
        let boxed = boxed_members(svc, &reachable);
        let facts = service_facts(svc, protocol);
        let mut plan = Plan {
            svc,
            protocol,
            facts,
            omitted,
            types,
            ops,
            boxed,
            written,
            read,
            defaults: BTreeMap::new(),
            failed_endpoints: BTreeMap::new(),
            http_responses: BTreeMap::new(),
            filled,
            event_errors,
            input_streams,
            transfer: None,
        };
        if protocol.is_http_bound() {
            let responses = plan.ops.iter().flat_map(|o| o.op.output.iter().chain(o.op.errors.iter()));
            for id in responses {
                // An error of several operations is bound once.
                if plan.http_responses.contains_key(id) {
                    continue;
                }
                let mut bindings = http::response(svc, id).map_err(|why| Error::model(id, why))?;
                bindings.root_member = customize::unwrapped_output(svc, id).filter(|m| bindings.body.contains(m));
                plan.http_responses.insert(id.clone(), bindings);
            }
        }
        // Every default is checked (one that does not fit is refused with the member named);
        // operation inputs and `@clientOptional` members do not apply theirs.
        let inputs: BTreeSet<ShapeId> = plan.ops.iter().filter_map(|o| o.input.shape()).map(str::to_string).collect();
        let mut values = BTreeMap::new();
        for id in plan.types.keys() {
            for m in plan.shape(id).kind.members() {
                if let Some(d) = defaults::expr(&plan, id, m)? {
                    if !inputs.contains(id) && !m.client_optional {
                        values.insert((id.clone(), m.name.clone()), d);
                    }
                }
            }
        }
        plan.defaults = values;
        plan.resolve_operations()?;
        let tokens: Vec<Vec<String>> = plan.ops.iter().map(|op| plan.idempotency_tokens(op)).collect();
        let endpoint_fields: Vec<Option<String>> = plan.ops.iter().map(|op| plan.endpoint_field(op)).collect();
        let trimmed: Vec<Vec<(String, bool)>> = plan.ops.iter().map(|op| plan.trimmed_ids(op)).collect();
        let md5s: Vec<Vec<(String, String)>> = plan.ops.iter().map(|op| plan.key_md5s(op)).collect();
        for ((((op, tokens), endpoint_field), trimmed), md5s) in
            plan.ops.iter_mut().zip(tokens).zip(endpoint_fields).zip(trimmed).zip(md5s)
        {
            op.idempotency_tokens = tokens;
            op.endpoint_field = endpoint_field;
            op.trimmed_ids = trimmed;
            op.key_md5s = md5s;
        }
        let mut retryable: Vec<String> = plan
            .types
            .keys()
            .filter(|id| plan.shape(id).error.as_ref().is_some_and(|e| e.retryable.is_some()))
            .map(|id| plan.error_code(id).to_string())
            .collect();
        retryable.sort();
        plan.facts.retryable_errors = retryable;
        match transfer::plan(&plan) {
            Ok(t) => plan.transfer = t,
            Err(reason) => plan
                .omitted
                .push(Omitted { item: "the transfer helpers (upload_file, download_file)".to_string(), reason }),
        }
        Ok(plan)
    }

    /// Each operation's paginator, waiters and endpoint bindings. A paginator or waiter that
    /// cannot be generated is left out; an operation whose endpoint bindings cannot be is
    /// recorded in `failed_endpoints` (sent without them, it could reach the wrong endpoint).
    fn resolve_operations(&mut self) -> Result<(), Error> {
        let rules = self.svc.endpoint_rules.clone().unwrap_or(serde_json::Value::Null);
        if let Some(f) = endpoint::unsupported_rule_functions(&rules).first() {
            return Err(Error::model(
                &self.svc.id,
                format!("the endpoint rules use the function `{f}`, which is not supported yet"),
            ));
        }
        let mut resolved = Vec::new();
        for op in &self.ops {
            let name = &op.op.name;
            let endpoint = endpoint::resolve(self, op).map_err(|why| (op.op.id.clone(), why));
            let paginator = op.op.paginated.as_ref().map(|p| {
                paginator::resolve(self, op, p)
                    .map_err(|why| Omitted { item: format!("the paginator of {name}"), reason: why })
            });
            let (waiters, left_out) = waiter::resolve(self, op);
            let left_out: Vec<Omitted> = left_out
                .into_iter()
                .map(|(w, why)| Omitted { item: format!("waiter {w} (operation {name})"), reason: why })
                .collect();
            resolved.push((endpoint, paginator, waiters, left_out));
        }
        for (op, (endpoint, paginator, waiters, left_out)) in self.ops.iter_mut().zip(resolved) {
            match endpoint {
                Ok(e) => op.endpoint = e,
                Err((id, why)) => {
                    self.failed_endpoints.insert(id, why);
                }
            }
            match paginator {
                Some(Ok(p)) => op.paginator = Some(p),
                Some(Err(o)) => self.omitted.push(o),
                None => {}
            }
            op.waiters = waiters;
            self.omitted.extend(left_out);
        }
        self.check_method_names()
    }

    /// The input fields that are idempotency tokens the client fills.
    fn idempotency_tokens(&self, op: &OpPlan) -> Vec<String> {
        let Some(id) = op.input.shape() else { return Vec::new() };
        self.fields(id).into_iter().filter(|f| f.filled == Some(Filled::Token)).map(|f| f.name).collect()
    }

    /// The string input fields whose resource paths are trimmed to their last segment.
    fn trimmed_ids(&self, op: &OpPlan) -> Vec<(String, bool)> {
        let Some(id) = op.input.shape() else { return Vec::new() };
        let members = customize::trimmed_id_members(self.svc, op.op, Some(self.shape(id)));
        self.fields(id)
            .into_iter()
            .filter(|f| members.contains(&f.member.name.as_str()) && is_plain_string(self.svc, f.member))
            .map(|f| (f.name, f.optional))
            .collect()
    }

    /// (key field, MD5 field) pairs of the input, both optional plain strings.
    fn key_md5s(&self, op: &OpPlan) -> Vec<(String, String)> {
        let Some(id) = op.input.shape() else { return Vec::new() };
        let fields = self.fields(id);
        let find = |name: &str| {
            fields.iter().find(|f| f.member.name == name && f.optional && is_plain_string(self.svc, f.member))
        };
        customize::key_md5_members(self.svc)
            .iter()
            .filter_map(|(key, md5)| Some((find(key)?.name.clone(), find(md5)?.name.clone())))
            .collect()
    }

    /// The input field giving the call's endpoint URL, when a rule names one that is a string
    /// the caller must give (see [`customize::endpoint_member`]).
    fn endpoint_field(&self, op: &OpPlan) -> Option<String> {
        let member = customize::endpoint_member(self.svc, op.op)?;
        let id = op.input.shape()?;
        self.fields(id)
            .into_iter()
            .find(|f| f.member.name == member && f.required && is_plain_string(self.svc, f.member))
            .map(|f| f.name)
    }

    /// Operations, paginators and waiters are all methods of `Client`: their names must differ.
    fn check_method_names(&self) -> Result<(), Error> {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for op in &self.ops {
            let mut names = vec![naming::file_stem(&op.module).to_string()];
            names.extend(op.paginator.iter().map(|p| p.method.clone()));
            names.extend(op.waiters.waiters.iter().map(|w| w.method.clone()));
            for n in names {
                if let Some(other) = seen.insert(n.clone(), &op.op.id) {
                    return Err(Error::model(
                        &op.op.id,
                        format!("the client method `{n}` would also be generated for `{other}`"),
                    ));
                }
            }
        }
        Ok(())
    }

    pub fn shape(&self, id: &str) -> &'a Shape {
        &self.svc.shapes[id]
    }

    /// `#[cfg(feature = "test-util")]` for an impl of `id` the client does not need: writing
    /// (`write`) a shape no request holds, or reading one no response holds. Fakes and tests
    /// need both directions; the feature gives them.
    pub fn test_util_unless_needed(&self, id: &str, write: bool) -> TokenStream {
        let needed = if write { self.written.contains(id) } else { self.read.contains(id) };
        if needed {
            quote!()
        } else {
            quote!(#[cfg(feature = "test-util")])
        }
    }

    /// The code an error is known by: its shape's name, or, in a query-compatible service, the
    /// code its awsQuery API used (`@awsQueryError`), which is what that service sends.
    pub fn error_code(&self, id: &str) -> &'a str {
        let query = self.shape(id).error.as_ref().and_then(|e| e.query_code.as_deref());
        let query_protocol = matches!(self.protocol, Protocol::AwsQuery | Protocol::Ec2Query);
        match query {
            Some(code) if self.svc.aws_query_compatible || query_protocol => code,
            _ => shape_name(&self.shape(id).id),
        }
    }

    /// The full path of a generated type.
    pub fn type_path(&self, id: &str) -> TokenStream {
        let t = &self.types[id];
        let name = ident(&t.name);
        match &t.location {
            Location::Types => quote!(crate::types::#name),
            Location::Operation(m) => {
                let m = ident(m);
                quote!(crate::operation::#m::#name)
            }
        }
    }

    /// The Rust type of a value of shape `id`.
    pub fn rust_type(&self, id: &str) -> TokenStream {
        if id == UNIT {
            return quote!(());
        }
        let shape = self.shape(id);
        match &shape.kind {
            ShapeKind::String { values: None } => quote!(::std::string::String),
            ShapeKind::Boolean => quote!(bool),
            ShapeKind::Byte => quote!(i8),
            ShapeKind::Short => quote!(i16),
            ShapeKind::Integer => quote!(i32),
            ShapeKind::Long => quote!(i64),
            ShapeKind::Float => quote!(f32),
            ShapeKind::Double => quote!(f64),
            ShapeKind::Timestamp { .. } => quote!(::awsgen_runtime::primitives::DateTime),
            ShapeKind::Blob if shape.streaming => quote!(::awsgen_runtime::primitives::ByteStream),
            ShapeKind::Blob => quote!(::awsgen_runtime::primitives::Blob),
            ShapeKind::Document => quote!(::awsgen_runtime::primitives::Document),
            ShapeKind::BigInteger => quote!(::awsgen_runtime::primitives::BigInteger),
            ShapeKind::BigDecimal => quote!(::awsgen_runtime::primitives::BigDecimal),
            ShapeKind::List { member, sparse } => {
                let inner = self.rust_type(&member.target);
                if *sparse {
                    quote!(::std::vec::Vec<::std::option::Option<#inner>>)
                } else {
                    quote!(::std::vec::Vec<#inner>)
                }
            }
            ShapeKind::Map { value, sparse, .. } => {
                let inner = self.rust_type(&value.target);
                if *sparse {
                    quote!(::std::collections::BTreeMap<::std::string::String, ::std::option::Option<#inner>>)
                } else {
                    quote!(::std::collections::BTreeMap<::std::string::String, #inner>)
                }
            }
            // Everything else is a named type; `check_supported` has rejected the rest.
            _ => self.type_path(id),
        }
    }

    /// The members of a structure or union, resolved.
    pub fn fields(&self, id: &str) -> Vec<Field<'a>> {
        let shape = self.shape(id);
        let names = &self.types[id].fields;
        shape
            .kind
            .members()
            .iter()
            .zip(names)
            .map(|(m, name)| {
                let target = self.shape(&m.target);
                let event_error = self.event_errors.get(&(id.to_string(), m.name.clone()));
                let arg_ty = if is_streaming_blob(self.svc, m) {
                    quote!(::awsgen_runtime::primitives::ByteStream)
                } else if let Some(error) = event_error {
                    let union = self.rust_type(&m.target);
                    quote!(::awsgen_runtime::primitives::EventReceiver<#union, #error>)
                } else if self.input_streams.contains(&(id.to_string(), m.name.clone())) {
                    let union = self.rust_type(&m.target);
                    quote!(::awsgen_runtime::primitives::EventInput<#union>)
                } else {
                    self.rust_type(&m.target)
                };
                let boxed = self.boxed.contains(&(id.to_string(), m.name.clone()));
                let ty = if boxed { quote!(::std::boxed::Box<#arg_ty>) } else { arg_ty.clone() };
                let aggregate = matches!(target.kind, ShapeKind::Structure { .. } | ShapeKind::Union { .. });
                let filled = self.filled.get(&(id.to_string(), m.name.clone())).cloned();
                let default = match &filled {
                    Some(Filled::Default(value)) => Some(quote!(::std::string::String::from(#value))),
                    _ => self.defaults.get(&(id.to_string(), m.name.clone())).cloned(),
                };
                let required = m.required && filled.is_none();
                Field {
                    member: m,
                    name: name.clone(),
                    ty,
                    arg_ty,
                    boxed,
                    required,
                    optional: !required && default.is_none(),
                    // A sensitive structure redacts itself; a sensitive string must be redacted
                    // by whatever holds it.
                    sensitive: m.sensitive || (target.sensitive && !aggregate),
                    docs: m.docs.as_deref().or(target.docs.as_deref().filter(|_| !aggregate)),
                    constraints: target.constraints.refined_by(&m.constraints),
                    codec: self.codec(m),
                    default,
                    filled,
                }
            })
            .collect()
    }

    /// The runtime codec (`::awsgen_runtime::codegen::Codec`) of a member whose wire form is not its type's
    /// own: a timestamp in `date-time` or `http-date` form, or a list or map holding them. The
    /// member's `@timestampFormat` wins over the target's; awsJson's default is epoch seconds.
    pub fn codec(&self, m: &Member) -> Option<TokenStream> {
        match &self.shape(&m.target).kind {
            ShapeKind::Timestamp { format } => match m.timestamp_format.or(*format)? {
                TimestampFormat::DateTime => Some(quote!(::awsgen_runtime::codegen::DateTimeText)),
                TimestampFormat::HttpDate => Some(quote!(::awsgen_runtime::codegen::HttpDate)),
                TimestampFormat::EpochSeconds => None,
            },
            ShapeKind::List { member, sparse } => {
                let c = self.codec(member)?;
                Some(if *sparse {
                    quote!(::awsgen_runtime::codegen::ListOf<::std::option::Option<#c>>)
                } else {
                    quote!(::awsgen_runtime::codegen::ListOf<#c>)
                })
            }
            ShapeKind::Map { value, sparse, .. } => {
                let c = self.codec(value)?;
                Some(if *sparse {
                    quote!(::awsgen_runtime::codegen::MapOf<::std::option::Option<#c>>)
                } else {
                    quote!(::awsgen_runtime::codegen::MapOf<#c>)
                })
            }
            _ => None,
        }
    }
}

pub const UNIT: &str = "smithy.api#Unit";

/// Whether a structure's constructor takes a `<Name>Required` struct (several required members
/// the client does not fill).
pub fn has_required_struct(shape: &Shape, filled: &BTreeMap<(ShapeId, String), Filled>) -> bool {
    let taken = |m: &&Member| m.required && !filled.contains_key(&(shape.id.clone(), m.name.clone()));
    matches!(&shape.kind, ShapeKind::Structure { members } if members.iter().filter(taken).count() > 1)
}

impl Plan<'_> {
    /// [`has_required_struct`] for the structure `id`.
    pub fn has_required_struct(&self, id: &str) -> bool {
        has_required_struct(self.shape(id), &self.filled)
    }
}

fn is_plain_string(svc: &Service, m: &Member) -> bool {
    matches!(svc.shapes[&m.target].kind, ShapeKind::String { values: None })
}

/// The members of operation inputs the client fills when the caller leaves them unset: string
/// idempotency tokens (required or not), and the values of [`customize::input_default`].
fn filled_members(svc: &Service, ops: &[OpPlan]) -> BTreeMap<(ShapeId, String), Filled> {
    let mut out = BTreeMap::new();
    for id in ops.iter().filter_map(|o| o.input.shape()) {
        for m in svc.shapes[id].kind.members().iter().filter(|m| is_plain_string(svc, m)) {
            let filled = match (m.idempotency_token, customize::input_default(svc, m)) {
                (true, _) => Filled::Token,
                (false, Some(value)) => Filled::Default(value),
                (false, None) => continue,
            };
            out.insert((id.to_string(), m.name.clone()), filled);
        }
    }
    out
}

fn check_supported(svc: &Service, shape: &Shape) -> Result<(), Error> {
    let unsupported = match &shape.kind {
        ShapeKind::Map { key, .. } => {
            !matches!(svc.shapes[&key.target].kind, ShapeKind::String { .. } | ShapeKind::Enum { .. })
        }
        _ => false,
    };
    if unsupported {
        return Err(Error::model(&shape.id, format!("{} shapes are not supported yet", shape.kind.type_name())));
    }
    Ok(())
}

/// Whether `m` is a streaming blob (the member's or its target's `@streaming`).
pub fn is_streaming_blob(svc: &Service, m: &Member) -> bool {
    (m.streaming || svc.shapes[&m.target].streaming) && matches!(svc.shapes[&m.target].kind, ShapeKind::Blob)
}

/// The protocols whose output event streams the generator reads: their events are JSON, or
/// XML for restXml (S3's `SelectObjectContent`).
const EVENT_STREAM_PROTOCOLS: &[Protocol] =
    &[Protocol::RestJson1, Protocol::AwsJson1_0, Protocol::AwsJson1_1, Protocol::RestXml];

/// Whether `m` holds an event stream (a `@streaming` union).
pub fn is_event_stream(svc: &Service, m: &Member) -> bool {
    let target = &svc.shapes[&m.target];
    target.streaming && matches!(target.kind, ShapeKind::Union { .. })
}

/// Whether `m` is handed over as it arrives rather than read with the response: a streaming
/// blob or an event stream.
pub fn is_streamed(svc: &Service, m: &Member) -> bool {
    is_streaming_blob(svc, m) || is_event_stream(svc, m)
}

/// The output's event stream: its member, union, and exceptions (each an error variant,
/// named after its shape as the operation's declared errors are).
fn event_stream(svc: &Service, output: &Option<ShapeId>) -> Option<EventStream> {
    let members = output.as_ref().map(|id| svc.shapes[id].kind.members()).unwrap_or(&[]);
    let m = members.iter().find(|m| is_event_stream(svc, m))?;
    let exceptions = svc.shapes[&m.target]
        .kind
        .members()
        .iter()
        .filter(|e| svc.shapes[&e.target].error.is_some())
        .map(|e| (e.name.clone(), e.target.clone(), String::new()))
        .collect();
    Some(EventStream { member: m.name.clone(), union: m.target.clone(), exceptions })
}

/// The input's event-stream member: restJson1 sends it as the whole body (its payload), an RPC
/// protocol after the `initial-request` message.
fn input_event_stream(svc: &Service, protocol: Protocol, input: &Option<ShapeId>) -> Option<String> {
    let members = input.as_ref().map(|id| svc.shapes[id].kind.members()).unwrap_or(&[]);
    let m = members.iter().find(|m| is_event_stream(svc, m))?;
    (m.http == smithy_ir::HttpBinding::Payload || !protocol.is_http_bound()).then(|| m.name.clone())
}

/// Whether `m` is a streaming blob bound to the whole HTTP body: what the generator streams.
fn is_streaming_payload(svc: &Service, m: &Member) -> bool {
    m.http == smithy_ir::HttpBinding::Payload && is_streaming_blob(svc, m)
}

/// The streaming blob payload member of a structure, if it has one.
fn streaming_payload(svc: &Service, io: &Option<ShapeId>) -> Option<String> {
    let members = io.as_ref().map(|id| svc.shapes[id].kind.members()).unwrap_or(&[]);
    members.iter().find(|m| is_streaming_payload(svc, m)).map(|m| m.name.clone())
}

/// Why `op` is left out when one of its input or output members streams in a way the
/// generator does not support: event streams, and streaming blobs other than an HTTP-bound
/// protocol's payload.
fn streaming_member(svc: &Service, op: &Operation, protocol: Protocol) -> Option<String> {
    op.input.iter().chain(op.output.iter()).find_map(|io| {
        svc.shapes[io]
            .kind
            .members()
            .iter()
            .filter(|m| m.streaming || svc.shapes[&m.target].streaming)
            .find(|m| {
                let output = op.output.as_ref() == Some(io);
                let streamed_payload = protocol.is_http_bound() && is_streaming_payload(svc, m);
                let output_events = output && EVENT_STREAM_PROTOCOLS.contains(&protocol) && is_event_stream(svc, m);
                // Input streams: restJson1's, sent as the payload, and awsJson's (after the
                // `initial-request` message).
                let rpc_json = matches!(protocol, Protocol::AwsJson1_0 | Protocol::AwsJson1_1);
                let input_events = !output
                    && is_event_stream(svc, m)
                    && ((protocol == Protocol::RestJson1 && m.http == smithy_ir::HttpBinding::Payload) || rpc_json);
                !streamed_payload && !output_events && !input_events
            })
            .map(|m| {
                let what = match (&svc.shapes[&m.target].kind, op.input.as_ref() == Some(io)) {
                    (ShapeKind::Blob | ShapeKind::String { .. }, _) => "a streaming body outside an HTTP payload",
                    (_, true) => "an input event stream outside restJson1's payload",
                    (_, false) => "an output event stream of a protocol without JSON events",
                };
                format!("{}${} is {what}, which is not supported yet", shape_name(io), m.name)
            })
    })
}

/// Shapes reachable from `roots` (operations' inputs, outputs, errors), in id order.
fn reachable_from<'s>(svc: &'s Service, roots: impl IntoIterator<Item = &'s ShapeId>) -> BTreeSet<ShapeId> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<&ShapeId> = roots.into_iter().collect();
    while let Some(id) = stack.pop() {
        if !seen.insert(id.clone()) {
            continue;
        }
        match &svc.shapes[id].kind {
            ShapeKind::List { member, .. } => stack.push(&member.target),
            ShapeKind::Map { key, value, .. } => {
                stack.push(&key.target);
                stack.push(&value.target);
            }
            ShapeKind::Structure { members } | ShapeKind::Union { members } => {
                stack.extend(members.iter().map(|m| &m.target))
            }
            _ => {}
        }
    }
    seen
}

/// Shapes that some member (of a reachable shape) targets.
fn member_uses(svc: &Service, reachable: &BTreeSet<ShapeId>) -> BTreeSet<ShapeId> {
    let mut out = BTreeSet::new();
    for id in reachable {
        match &svc.shapes[id].kind {
            ShapeKind::List { member, .. } => {
                out.insert(member.target.clone());
            }
            ShapeKind::Map { key, value, .. } => {
                out.insert(key.target.clone());
                out.insert(value.target.clone());
            }
            ShapeKind::Structure { members } | ShapeKind::Union { members } => {
                out.extend(members.iter().map(|m| m.target.clone()))
            }
            _ => {}
        }
    }
    out
}

/// A member needs a `Box` when its target can reach back to the member's shape through
/// structure and union members alone (lists and maps already add indirection). The rule depends
/// only on the graph, so the choice is deterministic.
fn boxed_members(svc: &Service, reachable: &BTreeSet<ShapeId>) -> BTreeSet<(ShapeId, String)> {
    let direct = |id: &str| -> Vec<&str> {
        svc.shapes[id]
            .kind
            .members()
            .iter()
            .filter(|m| matches!(svc.shapes[&m.target].kind, ShapeKind::Structure { .. } | ShapeKind::Union { .. }))
            .map(|m| m.target.as_str())
            .collect()
    };
    let reaches = |from: &str, to: &str| -> bool {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from];
        while let Some(id) = stack.pop() {
            if id == to {
                return true;
            }
            if seen.insert(id) {
                stack.extend(direct(id));
            }
        }
        false
    };
    let mut out = BTreeSet::new();
    for id in reachable {
        for m in svc.shapes[id].kind.members() {
            if matches!(svc.shapes[&m.target].kind, ShapeKind::Structure { .. } | ShapeKind::Union { .. })
                && reaches(&m.target, id)
            {
                out.insert((id.clone(), m.name.clone()));
            }
        }
    }
    out
}

fn service_facts(svc: &Service, protocol: Protocol) -> ServiceFacts {
    ServiceFacts {
        target_prefix: svc.target_prefix.clone().unwrap_or_default(),
        content_type: match protocol {
            Protocol::AwsJson1_0 => "application/x-amz-json-1.0",
            Protocol::RestJson1 => "application/json",
            _ => "application/x-amz-json-1.1",
        },
        env_id: svc
            .sdk_id
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' })
            .collect(),
        retryable_errors: Vec::new(),
        default_headers: customize::default_headers(svc),
        rules_json: endpoint_rules_json(svc),
    }
}

/// `svc`'s endpoint rule set as generated crates embed it (`null` without one).
pub fn endpoint_rules_json(svc: &Service) -> String {
    svc.endpoint_rules.as_ref().map(normalize_rules).unwrap_or(serde_json::Value::Null).to_string()
}

/// The rule set as the runtime reads it: documentation dropped (unused at run time, and worded
/// differently in each model format) and parameter types lower-cased (the formats differ in
/// case; the specification does not care).
fn normalize_rules(v: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Object(o) => Value::Object(
            o.iter()
                .filter(|(k, _)| k.as_str() != "documentation")
                .map(|(k, x)| match (k.as_str(), x) {
                    ("type", Value::String(t)) => (k.clone(), Value::String(t.to_ascii_lowercase())),
                    _ => (k.clone(), normalize_rules(x)),
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(normalize_rules).collect()),
        other => other.clone(),
    }
}
