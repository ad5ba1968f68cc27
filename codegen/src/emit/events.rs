//! Output event streams: how an operation's stream union reads each message (`EventUnion`),
//! emitted in the operation's module since a stream's exceptions are that operation's errors.
//! Events travel as JSON payloads (XML for restXml); `@eventHeader` members come from the
//! message's headers and an `@eventPayload` member is the whole payload.

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::{EventBinding, ShapeKind};

use crate::naming::ident;
use crate::plan::{Field, OpPlan, Plan, UNIT};

pub fn event_union(plan: &Plan, op: &OpPlan) -> TokenStream {
    let Some(stream) = &op.events else { return quote!() };
    let union = plan.rust_type(&stream.union);
    let error = ident(&op.error_name);
    let variants = &plan.types[&stream.union].fields;
    let members = plan.shape(&stream.union).kind.members();
    let event_arms =
        members.iter().zip(variants).filter(|(m, _)| plan.shape(&m.target).error.is_none()).map(|(m, v)| {
            let (wire, v) = (&m.name, ident(v));
            if m.target == UNIT {
                quote!(#wire => Self::#v,)
            } else {
                let read = read_event(plan, &m.target);
                quote!(#wire => Self::#v(#read),)
            }
        });
    let exception_arms = stream.exceptions.iter().map(|(wire, id, variant)| {
        let (read, v) = (document(plan, &plan.type_path(id)), ident(variant));
        quote!(#wire => ::std::option::Option::Some(#read.map(#error::#v)),)
    });
    let (kind, message, exceptions) = match stream.exceptions.is_empty() {
        true => (quote!(_exception_type), quote!(_message), quote!(::std::option::Option::None)),
        false => (
            quote!(exception_type),
            quote!(message),
            quote!(match exception_type {
                #(#exception_arms)*
                _ => ::std::option::Option::None,
            }),
        ),
    };
    quote! {
        impl ::awsgen_runtime::codegen::EventUnion<#error> for #union {
            fn event(
                event_type: &str,
                message: &::awsgen_runtime::codegen::eventstream::Message,
            ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                ::std::result::Result::Ok(match event_type {
                    #(#event_arms)*
                    _ => Self::Unknown(::awsgen_runtime::codegen::unknown_event(event_type, message)),
                })
            }

            fn exception(
                #kind: &str,
                #message: &::awsgen_runtime::codegen::eventstream::Message,
            ) -> ::std::option::Option<::std::result::Result<#error, ::awsgen_runtime::codegen::DeserializeError>> {
                #exceptions
            }
        }
    }
}

/// The expression reading event structure `id` from `message` (`?` applied).
fn read_event(plan: &Plan, id: &str) -> TokenStream {
    let path = plan.type_path(id);
    let fields = plan.fields(id);
    let bound: Vec<&Field> = fields.iter().filter(|f| f.member.event != EventBinding::Body).collect();
    let whole = document(plan, &path);
    if bound.is_empty() {
        return quote!(#whole?);
    }
    // With an `@eventPayload` member the payload is that member alone, not the others' document.
    let base = match (bound.iter().any(|f| f.member.event == EventBinding::Payload), xml(plan)) {
        (true, false) => quote!(<#path as ::awsgen_runtime::codegen::FromJson>::zero_value()),
        (true, true) => quote!(<#path as ::awsgen_runtime::codegen::xml::FromXml>::zero_value()),
        (false, _) => quote!(#whole?),
    };
    let sets = bound.iter().filter_map(|f| {
        let value = match f.member.event {
            EventBinding::Payload => payload(plan, f)?,
            _ => header(plan, f)?,
        };
        let name = ident(&f.name);
        let value = if f.boxed { quote!(#value.map(::std::boxed::Box::new)) } else { value };
        Some(if f.optional {
            quote!(event.#name = #value;)
        } else {
            quote!(if let ::std::option::Option::Some(v) = #value { event.#name = v; })
        })
    });
    quote!({
        let mut event = #base;
        #(#sets)*
        event
    })
}

/// An `@eventPayload` member's value (`Option`), or `None` for a type a payload cannot hold.
fn payload(plan: &Plan, f: &Field) -> Option<TokenStream> {
    let ty = plan.rust_type(&f.member.target);
    let value = match &plan.shape(&f.member.target).kind {
        ShapeKind::Blob => quote!(::awsgen_runtime::codegen::event_blob(message)),
        ShapeKind::String { values: None } => quote!(::awsgen_runtime::codegen::event_text(message)?),
        ShapeKind::Structure { .. } | ShapeKind::Union { .. } => {
            let read = document(plan, &ty);
            quote!(#read?)
        }
        _ => return None,
    };
    Some(quote!(::std::option::Option::Some(#value)))
}

fn xml(plan: &Plan) -> bool {
    plan.protocol == smithy_ir::Protocol::RestXml
}

/// The expression reading a `ty` from the whole payload, in the protocol's document format
/// (a `Result`).
fn document(plan: &Plan, ty: &TokenStream) -> TokenStream {
    match xml(plan) {
        true => quote!(::awsgen_runtime::codegen::event_xml::<#ty>(message)),
        false => quote!(::awsgen_runtime::codegen::event_json::<#ty>(message)),
    }
}

/// How a member's type travels in an event header: as itself, or (an enum) as its string;
/// `None` for a type a header cannot hold.
fn header_kind(plan: &Plan, f: &Field) -> Option<HeaderKind> {
    match &plan.shape(&f.member.target).kind {
        ShapeKind::String { values: None }
        | ShapeKind::Boolean
        | ShapeKind::Byte
        | ShapeKind::Short
        | ShapeKind::Integer
        | ShapeKind::Long
        | ShapeKind::Blob
        | ShapeKind::Timestamp { .. } => Some(HeaderKind::Plain),
        ShapeKind::Enum { .. } | ShapeKind::String { values: Some(_) } => Some(HeaderKind::Enum),
        _ => None,
    }
}

enum HeaderKind {
    Plain,
    Enum,
}

/// An `@eventHeader` member's value (`Option`), or `None` for a type a header cannot hold.
fn header(plan: &Plan, f: &Field) -> Option<TokenStream> {
    let name = &f.member.name;
    let ty = plan.rust_type(&f.member.target);
    Some(match header_kind(plan, f)? {
        HeaderKind::Plain => quote!(::awsgen_runtime::codegen::event_header::<#ty>(message, #name)?),
        HeaderKind::Enum => quote! {
            ::awsgen_runtime::codegen::event_header::<::std::string::String>(message, #name)?
                .map(|s| <#ty as ::std::convert::From<&str>>::from(&s))
        },
    })
}

/// `ToEvent` for an input event-stream union: each variant as the message the service reads.
pub fn to_event(plan: &Plan, id: &str) -> TokenStream {
    let name = ident(&plan.types[id].name);
    let members = plan.shape(id).kind.members();
    let arms = members.iter().zip(&plan.types[id].fields).filter(|(m, _)| plan.shape(&m.target).error.is_none()).map(
        |(m, v)| {
            let (wire, v) = (&m.name, ident(v));
            if m.target == UNIT {
                return quote!(Self::#v => ::awsgen_runtime::codegen::event_message(#wire, "application/json", ::std::vec::Vec::new()),);
            }
            let message = write_event(plan, &m.target, wire);
            quote!(Self::#v(value) => #message,)
        },
    );
    quote! {
        impl ::awsgen_runtime::codegen::ToEvent for #name {
            fn to_message(&self) -> ::awsgen_runtime::codegen::eventstream::Message {
                match self {
                    #(#arms)*
                    // An event the crate does not know has no form to send: its JSON, as kept.
                    Self::Unknown(unknown) => ::awsgen_runtime::codegen::event_message(
                        unknown.name(),
                        "application/json",
                        ::awsgen_runtime::codegen::ToJson::to_json_bytes(unknown.value()),
                    ),
                }
            }
        }
    }
}

/// The message of event structure `id` held in `value`, named `wire`.
fn write_event(plan: &Plan, id: &str, wire: &str) -> TokenStream {
    let fields = plan.fields(id);
    let payload = fields.iter().find(|f| f.member.event == EventBinding::Payload);
    // Members that travel as headers are not in the JSON body (those that can be unset).
    let in_headers: Vec<_> = fields
        .iter()
        .filter(|f| f.member.event == EventBinding::Header && f.optional)
        .map(|f| ident(&f.name))
        .collect();
    let (content_type, body) = match payload {
        None if in_headers.is_empty() => {
            ("application/json", quote!(::awsgen_runtime::codegen::ToJson::to_json_bytes(value)))
        }
        None => (
            "application/json",
            quote!({
                let mut body = value.clone();
                #(body.#in_headers = ::std::option::Option::None;)*
                ::awsgen_runtime::codegen::ToJson::to_json_bytes(&body)
            }),
        ),
        Some(f) => {
            let name = ident(&f.name);
            let get = if f.optional {
                quote!(value.#name.as_ref())
            } else {
                quote!(::std::option::Option::Some(&value.#name))
            };
            match &plan.shape(&f.member.target).kind {
                ShapeKind::Blob => {
                    ("application/octet-stream", quote!(#get.map(|b| b.as_bytes().to_vec()).unwrap_or_default()))
                }
                ShapeKind::String { values: None } => {
                    ("text/plain", quote!(#get.map(|s| s.as_bytes().to_vec()).unwrap_or_default()))
                }
                _ => (
                    "application/json",
                    quote!(#get.map(::awsgen_runtime::codegen::ToJson::to_json_bytes).unwrap_or_default()),
                ),
            }
        }
    };
    let headers: Vec<TokenStream> = fields
        .iter()
        .filter(|f| f.member.event == EventBinding::Header)
        .filter_map(|f| {
            let (name, wire) = (ident(&f.name), &f.member.name);
            let value = match header_kind(plan, f)? {
                HeaderKind::Plain => quote!(v),
                HeaderKind::Enum => quote!(v.as_str()),
            };
            Some(if f.optional {
                quote! {
                    if let ::std::option::Option::Some(v) = &value.#name {
                        ::awsgen_runtime::codegen::push_event_header(&mut message, #wire, #value);
                    }
                }
            } else {
                quote!({
                    let v = &value.#name;
                    ::awsgen_runtime::codegen::push_event_header(&mut message, #wire, #value);
                })
            })
        })
        .collect();
    let message = quote!(::awsgen_runtime::codegen::event_message(#wire, #content_type, #body));
    if headers.is_empty() {
        return message;
    }
    quote!({
        let mut message = #message;
        #(#headers)*
        message
    })
}
