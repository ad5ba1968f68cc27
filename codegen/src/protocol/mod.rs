//! Protocols: how an operation's input goes on the wire and its output and errors come back.
//!
//! A protocol is a body format and a framing. The body formats each have a module here that
//! writes the per-shape code (serializers and parsers, smithy-rs's `*SerializerGenerator` and
//! `*ParserGenerator`); the framing is either RPC (one path; the operation named by a header or
//! the body: awsJson) or HTTP-bound (the `@http` bindings, resolved in `plan::http` and written
//! by `emit::http`: restJson1). The shape emitters ask this registry for a shape's codecs, the
//! operation and client emitters for how a request is sent and an error read; adding a protocol
//! adds its format module and its arms here (ARCHITECTURE.md, "Add a protocol").

pub mod json;

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::{Protocol, ShapeKind};

use crate::naming::ident;
use crate::plan::{Field, OpPlan, Plan};

/// The format of request and response bodies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyFormat {
    Json,
}

/// How a request names its operation and places its members.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// One path for every operation; the operation named in a header or the body.
    Rpc,
    /// The `@http` bindings: method, path, query, headers, payload.
    Http,
}

/// The framing of `protocol`.
pub fn framing(protocol: Protocol) -> Framing {
    if protocol.is_http_bound() {
        Framing::Http
    } else {
        Framing::Rpc
    }
}

/// The body format of `protocol`.
pub fn body_format(protocol: Protocol) -> BodyFormat {
    match protocol {
        Protocol::AwsJson1_0 | Protocol::AwsJson1_1 | Protocol::RestJson1 => BodyFormat::Json,
        // The plan refuses the others (`SUPPORTED_PROTOCOLS`).
        _ => BodyFormat::Json,
    }
}

/// The codecs of structure `id`: JSON (which every type has), and the protocol's own format.
pub fn structure_codecs(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    json::structure(plan, id, fields)
}

/// The codecs of union `id`.
pub fn union_codecs(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    json::union(plan, id, fields)
}

/// The codecs of enum or int enum `id`.
pub fn enum_codecs(plan: &Plan, id: &str) -> TokenStream {
    match plan.shape(id).kind {
        ShapeKind::IntEnum { .. } => json::int_enum(plan, id),
        _ => json::string_enum(plan, id),
    }
}

/// What a request carries besides its body, as expressions over `input`: the values of the
/// host prefix's labels, the endpoint parameters the operation binds, an endpoint URL.
pub struct RequestExtras {
    pub host_labels: Vec<TokenStream>,
    pub context: TokenStream,
    pub endpoint_url: TokenStream,
}

/// The client method's statements after validation: the request built from `input`, sent, and
/// the output (or error) returned.
pub fn send(plan: &Plan, op: &OpPlan, extras: &RequestExtras) -> TokenStream {
    if framing(plan.protocol) == Framing::Http {
        return crate::emit::http::send(plan, op, extras);
    }
    let m = ident(&op.module);
    let RequestExtras { host_labels, context, endpoint_url } = extras;
    let body = match body_format(plan.protocol) {
        BodyFormat::Json => quote!(::awsgen_runtime::codegen::ToJson::to_json_bytes(&input)),
    };
    quote! {
        let request = ::awsgen_runtime::codegen::Input {
            body: #body,
            host_labels: &[#(#host_labels),*],
            context: #context,
            endpoint_url: #endpoint_url,
        };
        self.inner.call(&crate::operation::#m::OPERATION, request).await
    }
}

/// The function of an error table's entry that reads error `path` (a variant of the
/// operation's error enum) from the response's body and head.
pub fn error_reader(plan: &Plan, path: &TokenStream, variant: &proc_macro2::Ident) -> TokenStream {
    match (framing(plan.protocol), body_format(plan.protocol)) {
        // HTTP-bound errors read some members from headers.
        (Framing::Http, _) => {
            quote!(|b, r| <#path as ::awsgen_runtime::codegen::FromResponse>::from_response(b, r).ok().map(Self::#variant))
        }
        (Framing::Rpc, BodyFormat::Json) => quote!(|b, _| ::awsgen_runtime::codegen::read(b).map(Self::#variant)),
    }
}
