//! Protocols: how an operation's input goes on the wire and its output and errors come back.
//!
//! A protocol is a body format and a framing. The body formats each have a module here that
//! writes the per-shape code (serializers and parsers, smithy-rs's `*SerializerGenerator` and
//! `*ParserGenerator`); the framing is either RPC (one path; the operation named by a header or
//! the body: awsJson, awsQuery, ec2Query) or HTTP-bound (the `@http` bindings, resolved in
//! `plan::http` and written by `emit::http`: restJson1). The shape emitters ask this registry
//! for a shape's codecs, the operation and client emitters for how a request is sent and an
//! error read; adding a protocol adds its format modules and its arms here (ARCHITECTURE.md,
//! "Add a protocol").

pub mod cbor;
pub mod json;
pub mod query;
pub mod xml;

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::{Protocol, ShapeKind};

use crate::naming::ident;
use crate::plan::{Field, OpPlan, Plan};

/// The formats of request and response bodies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyFormat {
    /// JSON both ways (awsJson, restJson1).
    Json,
    /// The query form out, XML back (awsQuery, ec2Query).
    QueryXml,
    /// XML both ways (restXml).
    Xml,
    /// CBOR both ways (rpcv2Cbor).
    Cbor,
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

/// The body formats of `protocol`.
pub fn body_format(protocol: Protocol) -> BodyFormat {
    match protocol {
        Protocol::AwsQuery | Protocol::Ec2Query => BodyFormat::QueryXml,
        Protocol::RestXml => BodyFormat::Xml,
        Protocol::RpcV2Cbor => BodyFormat::Cbor,
        // The plan refuses the protocols not implemented (`SUPPORTED_PROTOCOLS`).
        _ => BodyFormat::Json,
    }
}

/// The codecs of structure `id`: JSON (which every type has), and the protocol's own formats.
pub fn structure_codecs(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    let json = json::structure(plan, id, fields);
    match body_format(plan.protocol) {
        BodyFormat::Json => json,
        BodyFormat::QueryXml => {
            let (write, read) = (query::structure(plan, id, fields), xml::structure(plan, id, fields));
            quote!(#json #write #read)
        }
        BodyFormat::Xml => {
            let (write, read) = (xml::write_structure(plan, id, fields), xml::structure(plan, id, fields));
            quote!(#json #write #read)
        }
        BodyFormat::Cbor => {
            let both = cbor::structure(plan, id, fields);
            quote!(#json #both)
        }
    }
}

/// The codecs of union `id`.
pub fn union_codecs(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    let json = json::union(plan, id, fields);
    match body_format(plan.protocol) {
        BodyFormat::Json => json,
        BodyFormat::QueryXml => {
            let (write, read) = (query::union(plan, id, fields), xml::union(plan, id, fields));
            quote!(#json #write #read)
        }
        BodyFormat::Xml => {
            let (write, read) = (xml::write_union(plan, id, fields), xml::union(plan, id, fields));
            quote!(#json #write #read)
        }
        BodyFormat::Cbor => {
            let both = cbor::union(plan, id, fields);
            quote!(#json #both)
        }
    }
}

/// The codecs of enum or int enum `id`.
pub fn enum_codecs(plan: &Plan, id: &str) -> TokenStream {
    let json = match plan.shape(id).kind {
        ShapeKind::IntEnum { .. } => json::int_enum(plan, id),
        _ => json::string_enum(plan, id),
    };
    match body_format(plan.protocol) {
        BodyFormat::Json => json,
        BodyFormat::QueryXml => {
            let (write, read) = (query::enumeration(plan, id), xml::enumeration(plan, id));
            quote!(#json #write #read)
        }
        BodyFormat::Xml => {
            let (write, read) = (xml::write_enumeration(plan, id), xml::enumeration(plan, id));
            quote!(#json #write #read)
        }
        BodyFormat::Cbor => {
            let both = cbor::enumeration(plan, id);
            quote!(#json #both)
        }
    }
}

/// The codecs, beyond JSON's, of the empty structure standing for an operation's missing input
/// (`input`) or output.
pub fn empty_codecs(plan: &Plan, name: &str, input: bool) -> TokenStream {
    match (body_format(plan.protocol), input) {
        (BodyFormat::Json | BodyFormat::Xml, _) => quote!(),
        (BodyFormat::QueryXml, true) => query::empty(name),
        (BodyFormat::QueryXml, false) => xml::empty(name),
        (BodyFormat::Cbor, input) => cbor::empty(name, input),
    }
}

/// What a request carries besides its body, as expressions over `input`: the values of the
/// host prefix's labels, the endpoint parameters the operation binds, an endpoint URL.
pub struct RequestExtras {
    pub host_labels: Vec<TokenStream>,
    pub context: TokenStream,
    pub endpoint_url: TokenStream,
}

/// Whether `send` changes the input (so it must be bound `mut`): for an RPC input stream, whose
/// stream is taken out while the rest is written as the `initial-request`.
pub fn send_mutates_input(plan: &Plan, op: &OpPlan) -> bool {
    framing(plan.protocol) == Framing::Rpc && op.input_events.is_some()
}

/// The client method's statements after validation: the request built from `input`, sent, and
/// the output (or error) returned.
pub fn send(plan: &Plan, op: &OpPlan, extras: &RequestExtras) -> TokenStream {
    if framing(plan.protocol) == Framing::Http {
        return crate::emit::http::send(plan, op, extras);
    }
    let m = ident(&op.module);
    let RequestExtras { host_labels, context, endpoint_url } = extras;
    if body_format(plan.protocol) == BodyFormat::Json && (op.events.is_some() || op.input_events.is_some()) {
        return json_events(plan, op, extras);
    }
    let (body, call) = match body_format(plan.protocol) {
        BodyFormat::Json => (quote!(::awsgen_runtime::codegen::ToJson::to_json_bytes(&input)), quote!(call)),
        BodyFormat::QueryXml => (query::request_body(plan, &op.op.name), quote!(call_query)),
        // An operation without input sends no body at all.
        BodyFormat::Cbor if op.input.shape().is_none() => (
            quote!({
                let _ = &input;
                ::std::vec::Vec::new()
            }),
            quote!(call_cbor),
        ),
        BodyFormat::Cbor => (quote!(::awsgen_runtime::codegen::cbor::ToCbor::to_cbor_bytes(&input)), quote!(call_cbor)),
        // HTTP-bound: sent above.
        BodyFormat::Xml => return quote!(),
    };
    quote! {
        let request = ::awsgen_runtime::codegen::Input {
            body: #body,
            host_labels: &[#(#host_labels),*],
            context: #context,
            endpoint_url: #endpoint_url,
            typed: &input,
        };
        self.inner.#call(&crate::operation::#m::OPERATION, request).await
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
        // From the `<Error>` element.
        (Framing::Rpc, BodyFormat::QueryXml | BodyFormat::Xml) => {
            quote!(|b, _| ::awsgen_runtime::codegen::xml_error::<#path>(b).map(Self::#variant))
        }
        (Framing::Rpc, BodyFormat::Cbor) => {
            quote!(|b, _| ::awsgen_runtime::codegen::cbor::read_body::<#path>(b).ok().map(Self::#variant))
        }
    }
}

/// HTTP-bound: a structure, union or document `@httpPayload` `v` sent as the body, and what an
/// unset one sends.
pub fn payload_write(plan: &Plan, f: &Field) -> (TokenStream, TokenStream) {
    match body_format(plan.protocol) {
        BodyFormat::Xml => xml::payload_write(plan, f),
        _ => json::payload_write(plan, f),
    }
}

/// HTTP-bound: the statements sending `input`'s body members as the body.
pub fn body_write(plan: &Plan, op: &OpPlan, body: &[&Field]) -> TokenStream {
    match body_format(plan.protocol) {
        BodyFormat::Xml => xml::body_write(plan, op, body),
        _ => json::body_write(plan, body),
    }
}

/// HTTP-bound: the expression reading a structure, union or document payload of type `ty`
/// from `body` (`Option<T>`, `?` applied).
pub fn payload_read(plan: &Plan, ty: &TokenStream) -> TokenStream {
    match body_format(plan.protocol) {
        BodyFormat::Xml => quote!(::awsgen_runtime::codegen::xml::payload::<#ty>(body)?),
        _ => quote!(::awsgen_runtime::codegen::http_binding::json_payload::<#ty>(body)?),
    }
}

/// HTTP-bound: the statements reading the body members of an output (or an `error`) from
/// `body` into their locals.
pub fn body_read(plan: &Plan, body: &[&Field], error: bool) -> TokenStream {
    match body_format(plan.protocol) {
        BodyFormat::Xml => xml::body_read(plan, body, error),
        _ => json::body_read(plan, body, error),
    }
}

/// HTTP-bound XML: the statement reading body member `f` from the body's root element itself
/// (see `Bindings::root_member`).
pub fn root_read(f: &Field) -> TokenStream {
    xml::root_read(f)
}

/// awsJson: the client call of an operation with an event stream. An output stream's first
/// message carries the output's other members; an input stream's first message
/// (`initial-request`) the input's.
fn json_events(plan: &Plan, op: &OpPlan, extras: &RequestExtras) -> TokenStream {
    let m = ident(&op.module);
    let (_, output, error) = op.type_paths();
    let RequestExtras { host_labels, context, endpoint_url } = extras;
    let upload = match (&op.input_events, op.input.shape()) {
        (Some(member), Some(id)) => {
            let f = plan.fields(id).into_iter().find(|f| &f.member.name == member);
            f.map(|f| {
                let name = ident(&f.name);
                // The input's other members, the stream taken out for the moment (and put back,
                // so that a mock sees the input as given).
                let (take, stream) = match f.optional {
                    true => (quote!(input.#name.take()), quote!(input.#name.as_ref())),
                    false => (quote!(::std::mem::take(&mut input.#name)), quote!(::std::option::Option::Some(&input.#name))),
                };
                quote! {{
                    let stream = #take;
                    let first = ::awsgen_runtime::codegen::initial_request(::awsgen_runtime::codegen::ToJson::to_json_bytes(&input));
                    input.#name = stream;
                    #stream.map(|s| s.to_byte_stream_after(::std::option::Option::Some(first)))
                }}
            })
        }
        _ => None,
    };
    // With an input stream the body is the stream; the input's members went in its first message.
    let body = match upload {
        Some(_) => quote!(::std::vec::Vec::new()),
        None => quote!(::awsgen_runtime::codegen::ToJson::to_json_bytes(&input)),
    };
    let request = quote! {
        let request = ::awsgen_runtime::codegen::Input {
            body: #body,
            host_labels: &[#(#host_labels),*],
            context: #context,
            endpoint_url: #endpoint_url,
            typed: &input,
        };
    };
    let events = op.events.as_ref().zip(op.output.shape());
    match (events, upload) {
        (Some((events, output_id)), upload) => {
            let union = plan.rust_type(&events.union);
            let upload = upload.unwrap_or_else(|| quote!(::std::option::Option::None));
            let set = crate::emit::put_stream(plan, output_id, &events.member, quote!(stream));
            quote! {
                let upload = #upload;
                #request
                let (mut output, stream) = self
                    .inner
                    .call_json_events::<#output, #error, #union>(&crate::operation::#m::OPERATION, request, upload)
                    .await?;
                #set
                ::std::result::Result::Ok(output)
            }
        }
        (None, Some(upload)) => quote! {
            let upload = #upload.unwrap_or_default();
            #request
            self.inner.call_json_upload(&crate::operation::#m::OPERATION, request, upload).await
        },
        (None, None) => quote!(),
    }
}

/// HTTP-bound: the initializer of field `f` of an output or error from its local (a member the
/// response leaves out takes its default, or its type's zero value).
pub fn field_entry(plan: &Plan, f: &Field) -> TokenStream {
    match body_format(plan.protocol) {
        BodyFormat::Xml => xml::entry(plan, f),
        _ => json::entry(f),
    }
}

/// A structure's zero value (what a required member the response leaves out takes): its
/// `Default` when every member is simply unset (the structure derives it then), else `entries`.
pub fn zero_struct(fields: &[crate::plan::Field], entries: impl Iterator<Item = TokenStream>) -> TokenStream {
    if fields.iter().all(|f| f.optional && f.default.is_none() && !f.required) {
        quote::quote!(::std::default::Default::default())
    } else {
        quote::quote!(Self { #(#entries)* })
    }
}
