//! HTTP-bound protocols (restJson1): each operation's request built from its input's bindings
//! (path, query, headers, payload or body), and outputs and errors read from the status,
//! headers and body. What goes where was decided in `plan::http`; this only writes it out.

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::{Member, ShapeKind, TimestampFormat};

use crate::naming::ident;
use crate::plan::http::Segment;
use crate::plan::{Field, OpPlan, Plan};

fn hb() -> TokenStream {
    quote!(::awsgen_runtime::codegen::http_binding)
}

/// Where a timestamp goes, which decides its default text form.
#[derive(Clone, Copy)]
enum Place {
    /// Labels and query parameters: date-time.
    Uri,
    /// Headers: http-date.
    Header,
}

fn time_format(plan: &Plan, members: &[&Member], target: &str, place: Place) -> TokenStream {
    let model = members.iter().find_map(|m| m.timestamp_format).or(match &plan.shape(target).kind {
        ShapeKind::Timestamp { format } => *format,
        _ => None,
    });
    let hb = hb();
    match (model, place) {
        (Some(TimestampFormat::EpochSeconds), _) => quote!(#hb::TimeFormat::EpochSeconds),
        (Some(TimestampFormat::HttpDate), _) | (None, Place::Header) => quote!(#hb::TimeFormat::HttpDate),
        (Some(TimestampFormat::DateTime), _) | (None, Place::Uri) => quote!(#hb::TimeFormat::DateTime),
    }
}

fn has_media_type(plan: &Plan, m: &Member) -> bool {
    m.media_type.is_some() || plan.shape(&m.target).media_type.is_some()
}

/// Whether a string travels base64-encoded: in a header, with a `@mediaType`.
fn base64_string(plan: &Plan, members: &[&Member], place: Place) -> bool {
    matches!(place, Place::Header) && members.iter().any(|m| has_media_type(plan, m))
}

/// `v` (a `&T` of shape `target`) as a `&str`, when its text is its own string: plain strings
/// (but not base64 ones) and enums.
fn as_str(plan: &Plan, members: &[&Member], target: &str, v: TokenStream, place: Place) -> Option<TokenStream> {
    match &plan.shape(target).kind {
        ShapeKind::Enum { .. } | ShapeKind::String { values: Some(_) } => Some(quote!(#v.as_str())),
        ShapeKind::String { values: None } if !base64_string(plan, members, place) => Some(quote!(#v.as_str())),
        _ => None,
    }
}

/// The text (a `String`) of `v`, a `&T` of shape `target` for which [`as_str`] has none;
/// `members` are the member and, for a list's items, the list's member, whose traits apply.
fn text(plan: &Plan, members: &[&Member], target: &str, v: TokenStream, place: Place) -> TokenStream {
    let hb = hb();
    match &plan.shape(target).kind {
        ShapeKind::IntEnum { .. } => quote!(#hb::text(&#v.value())),
        ShapeKind::Timestamp { .. } => {
            let f = time_format(plan, members, target, place);
            quote!(#hb::time(#v, #f))
        }
        // Blobs, and the strings `as_str` leaves out: those with a `@mediaType` in a header.
        ShapeKind::Blob | ShapeKind::String { values: None } => quote!(#hb::base64(#v.as_bytes())),
        _ => quote!(#hb::text(#v)),
    }
}

/// `Some(&str)` of `v` for a query parameter.
fn query_value(plan: &Plan, members: &[&Member], target: &str) -> TokenStream {
    match as_str(plan, members, target, quote!(v), Place::Uri) {
        Some(s) => quote!(::std::option::Option::Some(#s)),
        None => {
            let t = text(plan, members, target, quote!(v), Place::Uri);
            quote!(::std::option::Option::Some(&#t))
        }
    }
}

/// The `String` of `v` for a header.
fn header_value(plan: &Plan, members: &[&Member], target: &str) -> TokenStream {
    match as_str(plan, members, target, quote!(v), Place::Header) {
        Some(s) => quote!(#s.to_string()),
        None => text(plan, members, target, quote!(v), Place::Header),
    }
}

fn list_item(plan: &Plan, target: &str) -> Option<(Member, bool)> {
    match &plan.shape(target).kind {
        ShapeKind::List { member, sparse } => Some(((**member).clone(), *sparse)),
        _ => None,
    }
}

fn field<'f, 'a>(fields: &'f [Field<'a>], member: &str) -> &'f Field<'a> {
    // The plan bound every member by name, so each is found.
    fields.iter().find(|f| f.member.name == member).unwrap_or(&fields[0])
}

/// `if let Some(v) = &input.f { body }`, or `{ let v = &input.f; body }` for a required member.
fn with_value(f: &Field, body: TokenStream) -> TokenStream {
    let fname = ident(&f.name);
    if f.optional {
        quote!(if let ::std::option::Option::Some(v) = &input.#fname { #body })
    } else {
        quote!({ let v = &input.#fname; #body })
    }
}

/// `fn http_request(input) -> (HttpParts, body)` for an operation of an HTTP-bound protocol.
pub fn request_fn(plan: &Plan, op: &OpPlan) -> TokenStream {
    let Some(http) = &op.http else { return quote!() };
    let hb = hb();
    let fields = op.input.shape().map(|id| plan.fields(id)).unwrap_or_default();
    let b = &http.input;
    let mut steps = Vec::new();
    for seg in &http.uri.segments {
        match seg {
            Segment::Literal(s) => steps.push(quote!(b.literal(#s);)),
            Segment::Label { name, greedy } => {
                let member = &b.labels.iter().find(|(l, _)| l == name).map(|(_, m)| m.clone()).unwrap_or_default();
                let f = field(&fields, member);
                let fname = ident(&f.name);
                let wire = &f.member.name;
                let value =
                    match (as_str(plan, &[f.member], &f.member.target, quote!(input.#fname), Place::Uri), f.optional) {
                        (Some(s), false) => quote!(::std::option::Option::Some(#s)),
                        (Some(_), true) => quote!(input.#fname.as_ref().map(|v| v.as_str())),
                        (None, optional) => {
                            let t = text(plan, &[f.member], &f.member.target, quote!(v), Place::Uri);
                            let owned = if optional {
                                quote!(input.#fname.as_ref().map(|v| #t))
                            } else {
                                quote!({ let v = &input.#fname; ::std::option::Option::Some(#t) })
                            };
                            quote!(#owned.as_deref())
                        }
                    };
                steps.push(quote!(b.label(#wire, #value, #greedy)?;));
            }
        }
    }
    for (k, v) in &http.uri.query {
        let v = match v {
            Some(v) => quote!(::std::option::Option::Some(#v)),
            None => quote!(::std::option::Option::None),
        };
        steps.push(quote!(b.query(#k, #v);));
    }
    for (name, member) in &b.query {
        let f = field(&fields, member);
        let body = match list_item(plan, &f.member.target) {
            Some((item, sparse)) => {
                let q = query_value(plan, &[f.member, &item], &item.target);
                let items = if sparse { quote!(v.iter().flatten()) } else { quote!(v.iter()) };
                quote!(for v in #items { b.query(#name, #q); })
            }
            None => {
                let q = query_value(plan, &[f.member], &f.member.target);
                quote!(b.query(#name, #q);)
            }
        };
        steps.push(with_value(f, body));
    }
    if let Some(member) = &b.query_params {
        let f = field(&fields, member);
        // Explicit query parameters win over the map's entries of the same name.
        let taken: Vec<&str> =
            b.query.iter().map(|(q, _)| q.as_str()).chain(http.uri.query.iter().map(|(q, _)| q.as_str())).collect();
        let value = match &plan.shape(&f.member.target).kind {
            ShapeKind::Map { value, .. } => Some((**value).clone()),
            _ => None,
        };
        if let Some(value) = value {
            let put = match list_item(plan, &value.target) {
                Some((item, _)) => {
                    let q = query_value(plan, &[&item], &item.target);
                    quote!(for v in v { b.query(k, #q); })
                }
                None => {
                    let q = query_value(plan, &[&value], &value.target);
                    quote!(b.query(k, #q);)
                }
            };
            steps.push(with_value(
                f,
                quote! {
                    for (k, v) in v {
                        if ![#(#taken),*].contains(&k.as_str()) {
                            #put
                        }
                    }
                },
            ));
        }
    }
    for (name, member) in &b.headers {
        let f = field(&fields, member);
        let body = match list_item(plan, &f.member.target) {
            Some((item, sparse)) => {
                let members = [f.member, &item];
                let t = as_str(plan, &members, &item.target, quote!(v), Place::Header)
                    .unwrap_or_else(|| text(plan, &members, &item.target, quote!(v), Place::Header));
                let items = if sparse { quote!(v.iter().flatten()) } else { quote!(v.iter()) };
                // Strings are quoted where needed; http-dates hold commas but are never quoted.
                let quoted = !matches!(plan.shape(&item.target).kind, ShapeKind::Timestamp { .. });
                quote!(b.header(#name, #hb::header_list(#items.map(|v| #t), #quoted));)
            }
            None => {
                let t = header_value(plan, &[f.member], &f.member.target);
                quote!(b.header(#name, #t);)
            }
        };
        steps.push(with_value(f, body));
    }
    for (prefix, member) in &b.prefix_headers {
        let f = field(&fields, member);
        if let ShapeKind::Map { value, .. } = &plan.shape(&f.member.target).kind {
            let t = header_value(plan, &[value], &value.target);
            steps.push(with_value(
                f,
                quote! {
                    for (k, v) in v {
                        b.header([#prefix, k.as_str()].concat(), #t);
                    }
                },
            ));
        }
    }
    if let Some(member) = &b.payload {
        let f = field(&fields, member);
        let target = plan.shape(&f.member.target);
        let media = f.member.media_type.as_deref().or(target.media_type.as_deref());
        let streaming = crate::plan::is_streaming_blob(plan.svc, f.member);
        let (put, unset) = match &target.kind {
            // Sent as the caller pushes events: the runtime signs each message.
            _ if crate::plan::is_event_stream(plan.svc, f.member) => {
                (quote!(b.upload(v.to_byte_stream(), "application/vnd.amazon.eventstream");), quote!())
            }
            // Sent as it is read: the runtime hashes or streams it.
            ShapeKind::Blob if streaming => {
                let ct = media.unwrap_or("application/octet-stream");
                (quote!(b.upload(v.clone(), #ct);), quote!())
            }
            ShapeKind::Blob => {
                let ct = media.unwrap_or("application/octet-stream");
                (quote!(b.body(v.as_bytes().to_vec(), #ct);), quote!())
            }
            ShapeKind::String { values: None } => {
                let ct = media.unwrap_or("text/plain");
                (quote!(b.body(v.as_bytes().to_vec(), #ct);), quote!())
            }
            ShapeKind::Enum { .. } | ShapeKind::String { values: Some(_) } => {
                (quote!(b.body(v.as_str().as_bytes().to_vec(), "text/plain");), quote!())
            }
            // Structures, unions and documents in the protocol's format.
            _ => crate::protocol::payload_write(plan, f),
        };
        let fname = ident(&f.name);
        steps.push(if f.optional {
            quote!(if let ::std::option::Option::Some(v) = &input.#fname { #put } #unset)
        } else {
            quote!({ let v = &input.#fname; #put })
        });
    } else if !b.body.is_empty() {
        let body: Vec<&Field> = b.body.iter().map(|m| field(&fields, m)).collect();
        steps.push(crate::protocol::body_write(plan, op, &body));
    }
    let (i, _, _) = op.type_paths();
    let method = &http.method;
    let param = if fields.is_empty() { quote!(_input) } else { quote!(input) };
    let (ret, finish) = if op.upload.is_some() {
        (
            quote!((
                ::awsgen_runtime::codegen::HttpParts,
                ::std::vec::Vec<u8>,
                ::std::option::Option<::awsgen_runtime::primitives::ByteStream>
            )),
            quote!(b.finish_streaming()),
        )
    } else {
        (quote!((::awsgen_runtime::codegen::HttpParts, ::std::vec::Vec<u8>)), quote!(b.finish()))
    };
    quote! {
        /// The request's path, query, headers and body, from the input's HTTP bindings.
        pub(crate) fn http_request(
            #param: &#i,
        ) -> ::std::result::Result<#ret, ::awsgen_runtime::codegen::ValidationError> {
            let mut b = #hb::RequestParts::new(#method);
            #(#steps)*
            ::std::result::Result::Ok(#finish)
        }
    }
}

/// `Option<T>` from `s: &str`, the text of one value of shape `target` (`members` as for
/// [`text`]).
fn from_text(plan: &Plan, members: &[&Member], target: &str, place: Place) -> TokenStream {
    let hb = hb();
    let ty = plan.rust_type(target);
    match &plan.shape(target).kind {
        ShapeKind::Enum { .. } | ShapeKind::String { values: Some(_) } => {
            quote!(::std::option::Option::Some(<#ty as ::std::convert::From<&str>>::from(s)))
        }
        ShapeKind::IntEnum { .. } => {
            quote!(<i32 as #hb::FromHttpText>::from_text(s).map(<#ty as ::std::convert::From<i32>>::from))
        }
        ShapeKind::Timestamp { .. } => {
            let f = time_format(plan, members, target, place);
            quote!(#hb::parse_time(s, #f))
        }
        _ => quote!(<#ty as #hb::FromHttpText>::from_text(s)),
    }
}

/// The expression reading a header member (`Result<Option<T>, _>`, `?` applied).
fn read_header(plan: &Plan, f: &Field, name: &str) -> TokenStream {
    let hb = hb();
    let m = f.member;
    let ty = plan.rust_type(&m.target);
    match &plan.shape(&m.target).kind {
        ShapeKind::Timestamp { .. } => {
            let fmt = time_format(plan, &[m], &m.target, Place::Header);
            quote!(#hb::header_time(response, #name, #fmt)?)
        }
        ShapeKind::Blob => {
            quote!(#hb::header_base64(response, #name)?.map(::awsgen_runtime::primitives::Blob::new))
        }
        ShapeKind::String { values: None } if has_media_type(plan, m) => {
            quote!(#hb::header_base64(response, #name)?.map(|b| ::std::string::String::from_utf8_lossy(&b).into_owned()))
        }
        ShapeKind::Enum { .. } | ShapeKind::String { values: Some(_) } => {
            quote!(response.header(#name).map(<#ty as ::std::convert::From<&str>>::from))
        }
        ShapeKind::IntEnum { .. } => {
            quote!(#hb::header::<i32>(response, #name)?.map(<#ty as ::std::convert::From<i32>>::from))
        }
        ShapeKind::List { member, sparse } => {
            if matches!(plan.shape(&member.target).kind, ShapeKind::Timestamp { .. }) && !sparse {
                let fmt = time_format(plan, &[m, member], &member.target, Place::Header);
                return quote!(#hb::header_times(response, #name, #fmt)?);
            }
            let item = from_text(plan, &[m, member], &member.target, Place::Header);
            let item = if *sparse { quote!(#item.map(::std::option::Option::Some)) } else { item };
            quote!(#hb::header_list_of(response, #name, |s| #item)?)
        }
        _ => quote!(#hb::header::<#ty>(response, #name)?),
    }
}

/// The expression reading the payload member from `body` (`Option<T>`, `?` applied).
fn read_payload(plan: &Plan, f: &Field) -> TokenStream {
    let ty = plan.rust_type(&f.member.target);
    let value = match &plan.shape(&f.member.target).kind {
        // The client hands the body over as it arrives.
        _ if crate::plan::is_streamed(plan.svc, f.member) => quote!(::std::option::Option::None),
        ShapeKind::Blob => {
            quote!((!body.is_empty()).then(|| ::awsgen_runtime::primitives::Blob::new(body.to_vec())))
        }
        ShapeKind::String { values: None } => {
            quote!((!body.is_empty()).then(|| ::std::string::String::from_utf8_lossy(body).into_owned()))
        }
        ShapeKind::Enum { .. } | ShapeKind::String { values: Some(_) } => quote! {
            (!body.is_empty()).then(|| <#ty as ::std::convert::From<&str>>::from(&*::std::string::String::from_utf8_lossy(body)))
        },
        _ => crate::protocol::payload_read(plan, &ty),
    };
    if f.boxed {
        quote!(#value.map(::std::boxed::Box::new))
    } else {
        value
    }
}

/// `FromResponse` for an output or error structure of an HTTP-bound protocol: body members from
/// the JSON body (or the payload member from the whole body), the others from the status and
/// headers.
pub fn from_response(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    let Some(b) = plan.http_responses.get(id) else { return quote!() };
    let hb = hb();
    let name = ident(&plan.types[id].name);
    let error = plan.shape(id).error.is_some();
    // Body members are read into locals the JSON reader sets; the others are read directly.
    let locals = b.body.iter().filter(|_| b.payload.is_none()).map(|m| {
        let v = super::structure::local(field(fields, m));
        quote!(let mut #v = ::std::option::Option::None;)
    });
    let mut steps = Vec::new();
    if let Some(member) = &b.payload {
        let f = field(fields, member);
        let v = super::structure::local(f);
        let read = read_payload(plan, f);
        steps.push(quote!(let #v = #read;));
    } else if let Some(member) = &b.root_member {
        steps.push(crate::protocol::root_read(field(fields, member)));
    } else if !b.body.is_empty() {
        let body: Vec<&Field> = b.body.iter().map(|m| field(fields, m)).collect();
        steps.push(crate::protocol::body_read(plan, &body, error));
    }
    for (h, member) in &b.headers {
        let f = field(fields, member);
        let v = super::structure::local(f);
        let read = read_header(plan, f, h);
        steps.push(quote!(let #v = #read;));
    }
    for (prefix, member) in &b.prefix_headers {
        let f = field(fields, member);
        let v = super::structure::local(f);
        // The plan's loaders give prefix headers only to maps.
        steps.push(match &plan.shape(&f.member.target).kind {
            ShapeKind::Map { value, .. } => {
                let item = from_text(plan, &[value], &value.target, Place::Header);
                quote!(let #v = #hb::prefix_headers(response, #prefix, |s| #item)?;)
            }
            _ => quote!(let #v = ::std::option::Option::None;),
        });
    }
    if let Some(member) = &b.response_code {
        let v = super::structure::local(field(fields, member));
        steps.push(quote!(let #v = ::std::option::Option::Some(i32::from(response.status));));
    }
    let entries = fields.iter().map(|f| crate::protocol::field_entry(plan, f));
    let streamed = b.payload.as_ref().is_some_and(|m| crate::plan::is_streamed(plan.svc, field(fields, m).member));
    let reads_body = (b.payload.is_some() && !streamed) || (b.payload.is_none() && !b.body.is_empty());
    let (body_param, response_param) = (
        if reads_body { quote!(body) } else { quote!(_body) },
        if b.headers.is_empty() && b.prefix_headers.is_empty() && b.response_code.is_none() {
            quote!(_response)
        } else {
            quote!(response)
        },
    );
    quote! {
        impl ::awsgen_runtime::codegen::FromResponse for #name {
            fn from_response(
                #body_param: &[u8],
                #response_param: &::awsgen_runtime::http::Response,
            ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                #(#locals)*
                #(#steps)*
                ::std::result::Result::Ok(Self { #(#entries)* })
            }
        }
    }
}

/// `FromResponse` for the empty output of an operation without one: nothing is read.
pub fn empty_from_response(name: &str) -> TokenStream {
    let name = ident(name);
    quote! {
        impl ::awsgen_runtime::codegen::FromResponse for #name {
            fn from_response(
                _body: &[u8],
                _response: &::awsgen_runtime::http::Response,
            ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                ::std::result::Result::Ok(Self {})
            }
        }
    }
}

/// The client method's statements that build an HTTP-bound request from the input's bindings,
/// send it and return the output (with a streamed body where the operation has one).
pub fn send(plan: &Plan, op: &OpPlan, extras: &crate::protocol::RequestExtras) -> TokenStream {
    let m = ident(&op.module);
    let (_, output, error) = op.type_paths();
    let crate::protocol::RequestExtras { host_labels: labels, context, endpoint_url } = extras;
    let (bound, upload) = if op.upload.is_some() {
        (quote!((parts, body, upload)), quote!(upload))
    } else {
        (quote!((parts, body)), quote!(::std::option::Option::None))
    };
    let http_prelude = {
        quote! {
            let #bound = crate::operation::#m::http_request(&input)
                .map_err(|e| ::awsgen_runtime::Error::Validation(e.under("input")))?;
            let request = ::awsgen_runtime::codegen::Input {
                body,
                host_labels: &[#(#labels),*],
                context: #context,
                endpoint_url: #endpoint_url,
                typed: &input,
            };
        }
    };
    let events = op.events.as_ref().map(|e| &e.member);
    if op.upload.is_some() || op.download.is_some() || events.is_some() {
        let download = op.download.is_some() || events.is_some();
        let set = op.download.as_ref().or(events).and_then(|member| {
            let value = match events {
                Some(_) => quote!(self.inner.event_receiver(stream)),
                None => quote!(stream),
            };
            super::put_stream(plan, op.output.shape()?, member, value)
        });
        let bind_output = match &set {
            Some(_) => quote!(let (mut output, stream)),
            None => quote!(let (output, _stream)),
        };
        quote! {
            #http_prelude
            #bind_output = self.inner.call_http_stream::<#output, #error>(&crate::operation::#m::OPERATION, request, parts, #upload, #download).await?;
            #set
            ::std::result::Result::Ok(output)
        }
    } else {
        quote! {
            #http_prelude
            self.inner.call_http(&crate::operation::#m::OPERATION, request, parts).await
        }
    }
}
