//! The AWS protocol compliance tests (Smithy's `httpRequestTests`/`httpResponseTests`) as a test
//! module of a generated crate: each case builds its input (or expected output or error) from
//! the case's parameters through the crate's own constructors and setters, sends it through a
//! transport that records the request and answers with the case's response, and compares what
//! the protocol test specifies. A test harness adds the module to the crate and runs its
//! `cargo test`.

use proc_macro2::{Literal, TokenStream};
use quote::quote;
use serde_json::Value;
use smithy_ir::{Service, ShapeKind};

use crate::naming::{self, ident};
use crate::plan::{Io, Location, OpPlan, Plan};
use crate::{Config, Error};

/// A request case: what the client must send for `params`.
#[derive(Debug, Clone)]
pub struct RequestCase {
    pub id: String,
    pub operation: String,
    /// The input, with member names as in the model, timestamps as epoch seconds and blobs as
    /// text (botocore's form).
    pub params: Value,
    /// The endpoint URL the client is given.
    pub endpoint: String,
    pub method: String,
    pub uri: String,
    pub headers: Vec<(String, String)>,
    pub forbid_headers: Vec<String>,
    /// Headers that must be present, whatever their value.
    pub require_headers: Vec<String>,
    pub body: Option<String>,
    pub host: Option<String>,
}

/// A response case: what the client must make of a response.
#[derive(Debug, Clone)]
pub struct ResponseCase {
    pub id: String,
    pub operation: String,
    pub status: u16,
    pub headers: Vec<(String, String)>,
    /// The body's bytes (a CBOR body is given in base64 by the test files; the runner decodes
    /// it).
    pub body: Vec<u8>,
    pub expected: Expected,
}

#[derive(Debug, Clone)]
pub enum Expected {
    /// The parsed output (botocore's form, as `params`).
    Output(Value),
    /// A modeled error: its shape's name, the code and message the error must report, and its
    /// members.
    Error { shape: String, code: String, message: Option<String>, members: Value },
}

/// A crate's protocol test module.
pub struct Module {
    /// `src/protocol_tests.rs`: one test per case.
    pub tests: String,
    /// `src/protocol_test_support.rs`, which the tests use.
    pub support: String,
    /// (case id, test function name), in the order given.
    pub names: Vec<(String, String)>,
}

/// The test module for `requests` and `responses`. The crate generated for `svc` with `config`
/// runs it once `lib.rs` declares `#[cfg(test)] mod protocol_test_support;` and
/// `#[cfg(test)] mod protocol_tests;`.
pub fn module(
    svc: &Service,
    config: &Config,
    requests: &[RequestCase],
    responses: &[ResponseCase],
) -> Result<Module, Error> {
    let plan = Plan::new(svc, config.protocol)?;
    let op = |name: &str| {
        plan.ops.iter().find(|o| o.op.name == name).ok_or_else(|| Error::model(name, "no such operation in the crate"))
    };
    let mut names = Vec::new();
    let mut tests = Vec::new();
    for case in requests {
        let op = op(&case.operation)?;
        let input = input_value(&plan, op, &case.params)?;
        let method = ident(naming::file_stem(&op.module));
        let (m, e, u) = (&case.method, &case.endpoint, &case.uri);
        let headers = case.headers.iter().map(|(k, v)| quote!((#k, #v)));
        let forbid = &case.forbid_headers;
        let require = &case.require_headers;
        let body = option_str(case.body.as_deref());
        let host = option_str(case.host.as_deref());
        names.push(case.id.clone());
        tests.push(quote! {
            let (client, capture) = crate::protocol_test_support::client(#e, 200, &[], b"{}");
            let input = #input;
            let _ = client.#method(input).await;
            let request = capture.request().expect("a request was sent");
            let expected = crate::protocol_test_support::Expected {
                method: #m,
                uri: #u,
                headers: &[#(#headers),*],
                forbid_headers: &[#(#forbid),*],
                require_headers: &[#(#require),*],
                body: #body,
                host: #host,
            };
            let differences = crate::protocol_test_support::differences(&request, &expected);
            assert!(differences.is_empty(), "{}", differences.join("\n"));
        });
    }
    for case in responses {
        let op = op(&case.operation)?;
        let input = input_value(&plan, op, &Value::Object(Default::default()))?;
        let method = ident(naming::file_stem(&op.module));
        let status = case.status;
        let body = Literal::byte_string(&case.body);
        let headers = case.headers.iter().map(|(k, v)| quote!((#k, #v)));
        let check = match &case.expected {
            Expected::Output(result) => {
                let expected = match op.output.shape() {
                    Some(id) => value(&plan, id, result)?,
                    None => {
                        let (_, output, _) = op.type_paths();
                        quote!(#output::new())
                    }
                };
                quote! {
                    let output = result.expect("the response parses to the output");
                    let expected = #expected;
                    assert!(crate::protocol_test_support::same(&output, &expected), "{output:#?}\nexpected {expected:#?}");
                }
            }
            Expected::Error { shape, code, message, members } => {
                let (variant, id) =
                    op.errors.iter().find(|(_, id)| smithy_ir::shape_name(id) == shape).ok_or_else(|| {
                        Error::model(&case.id, format!("`{shape}` is not an error of {}", op.op.name))
                    })?;
                let expected = value(&plan, id, members)?;
                let variant = ident(variant);
                let (_, _, error_ty) = op.type_paths();
                let message = match message {
                    Some(m) => quote!(assert_eq!(error.message(), ::std::option::Option::Some(#m), "message");),
                    None => quote!(),
                };
                quote! {
                    let error = match result {
                        ::std::result::Result::Err(::awsgen_runtime::Error::Service { error, .. }) => error,
                        other => panic!("expected a service error, got {other:?}"),
                    };
                    assert_eq!(error.code(), ::std::option::Option::Some(#code), "code");
                    #message
                    match error {
                        #error_ty::#variant(got) => {
                            let expected = #expected;
                            assert!(crate::protocol_test_support::same(&got, &expected), "{got:#?}\nexpected {expected:#?}");
                        }
                        other => panic!("expected {}, got {other:?}", #shape),
                    }
                }
            }
        };
        names.push(case.id.clone());
        tests.push(quote! {
            let (client, _capture) = crate::protocol_test_support::client("https://example.com", #status, &[#(#headers),*], #body);
            let result = client.#method(#input).await;
            #check
        });
    }
    let fn_names = naming::dedupe(names.iter().map(|n| naming::field_name(n)).collect());
    let fns = fn_names.iter().zip(tests).zip(&names).map(|((name, body), id)| {
        let name = ident(name);
        let doc = format!(" `{}`", id.replace('`', ""));
        quote! {
            #[doc = #doc]
            #[tokio::test]
            async fn #name() {
                #body
            }
        }
    });
    let tokens = quote! {
        //! The protocol compliance tests of this crate's model (generated by `codegen`'s
        //! `protocol_tests`).
        #![allow(deprecated, clippy::all)]
        #(#fns)*
    };
    let tests = crate::emit::file("", tokens);
    let names = names.into_iter().zip(fn_names.iter().map(|n| naming::file_stem(n).to_string())).collect();
    Ok(Module { tests, support: include_str!("../runtime/protocol_test_support.rs").to_string(), names })
}

fn option_str(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => quote!(::std::option::Option::Some(#s)),
        None => quote!(::std::option::Option::None),
    }
}

/// The operation's input built from `params` (required members missing from them take their
/// zero values).
fn input_value(plan: &Plan, op: &OpPlan, params: &Value) -> Result<TokenStream, Error> {
    match &op.input {
        Io::Own(id) | Io::Shared(id) => value(plan, id, params),
        Io::Empty => {
            let (input, _, _) = op.type_paths();
            Ok(quote!(#input::new()))
        }
    }
}

/// An expression building a value of shape `id` from `v` through the crate's public API.
fn value(plan: &Plan, id: &str, v: &Value) -> Result<TokenStream, Error> {
    let bad = |what: &str| Error::model(id, format!("protocol test value {v} is not {what}"));
    let shape = plan.shape(id);
    Ok(match &shape.kind {
        ShapeKind::Structure { .. } => {
            let empty = serde_json::Map::new();
            let obj = if v.is_null() { &empty } else { v.as_object().ok_or_else(|| bad("an object"))? };
            let path = plan.type_path(id);
            let fields = plan.fields(id);
            let mut required = Vec::new();
            let mut setters = Vec::new();
            for f in &fields {
                let given = obj.get(&f.member.name).filter(|x| !x.is_null());
                if f.required {
                    let x = match given {
                        Some(x) => value(plan, &f.member.target, x)?,
                        None => zero(plan, &f.member.target)?,
                    };
                    required.push((f, x));
                } else if let Some(x) = given {
                    let x = value(plan, &f.member.target, x)?;
                    let setter = ident(&naming::setter_name(&f.name));
                    setters.push(quote!(.#setter(#x)));
                }
            }
            let ctor = match required.as_slice() {
                [] => quote!(#path::new()),
                [(_, x)] => quote!(#path::new(#x)),
                many => {
                    let req = required_path(plan, id);
                    let entries = many.iter().map(|(f, x)| {
                        let n = ident(&f.name);
                        quote!(#n: #x)
                    });
                    quote!(#path::new(#req { #(#entries),* }))
                }
            };
            quote!(#ctor #(#setters)*)
        }
        ShapeKind::Union { members } => {
            let obj = v.as_object().ok_or_else(|| bad("an object"))?;
            let (key, x) = obj.iter().find(|(_, x)| !x.is_null()).ok_or_else(|| bad("a union value"))?;
            let path = plan.type_path(id);
            match members.iter().position(|m| &m.name == key) {
                Some(i) => {
                    let f = plan.fields(id).swap_remove(i);
                    let variant = ident(&f.name);
                    if f.member.target == crate::plan::UNIT {
                        quote!(#path::#variant)
                    } else {
                        let x = value(plan, &f.member.target, x)?;
                        let x = if f.boxed { quote!(::std::boxed::Box::new(#x)) } else { x };
                        quote!(#path::#variant(#x))
                    }
                }
                None => {
                    let x = crate::jmespath::compile::literal(x);
                    quote!(#path::Unknown(::awsgen_runtime::primitives::UnknownVariant::new(#key, #x)))
                }
            }
        }
        ShapeKind::Enum { .. } | ShapeKind::String { values: Some(_) } => {
            let s = v.as_str().ok_or_else(|| bad("a string"))?;
            let path = plan.type_path(id);
            quote!(<#path as ::std::convert::From<&str>>::from(#s))
        }
        ShapeKind::IntEnum { .. } => {
            let n = v.as_i64().and_then(|n| i32::try_from(n).ok()).ok_or_else(|| bad("an integer"))?;
            let path = plan.type_path(id);
            quote!(<#path as ::std::convert::From<i32>>::from(#n))
        }
        ShapeKind::String { values: None } => {
            let s = v.as_str().ok_or_else(|| bad("a string"))?;
            quote!(::std::string::String::from(#s))
        }
        ShapeKind::Boolean => {
            let b = v.as_bool().ok_or_else(|| bad("a boolean"))?;
            quote!(#b)
        }
        ShapeKind::Byte | ShapeKind::Short | ShapeKind::Integer | ShapeKind::Long => {
            let n = v.as_i64().ok_or_else(|| bad("an integer"))?;
            let lit = match shape.kind {
                ShapeKind::Byte => Literal::i8_suffixed(i8::try_from(n).map_err(|_| bad("a byte"))?),
                ShapeKind::Short => Literal::i16_suffixed(i16::try_from(n).map_err(|_| bad("a short"))?),
                ShapeKind::Integer => Literal::i32_suffixed(i32::try_from(n).map_err(|_| bad("an integer"))?),
                _ => Literal::i64_suffixed(n),
            };
            quote!(#lit)
        }
        ShapeKind::Float | ShapeKind::Double => {
            let f32_ty = matches!(shape.kind, ShapeKind::Float);
            match v {
                Value::String(s) => {
                    let c = match s.as_str() {
                        "NaN" => quote!(NAN),
                        "Infinity" => quote!(INFINITY),
                        "-Infinity" => quote!(NEG_INFINITY),
                        _ => return Err(bad("a number")),
                    };
                    if f32_ty {
                        quote!(f32::#c)
                    } else {
                        quote!(f64::#c)
                    }
                }
                _ => {
                    let f = v.as_f64().ok_or_else(|| bad("a number"))?;
                    let lit = if f32_ty { Literal::f32_suffixed(f as f32) } else { Literal::f64_suffixed(f) };
                    quote!(#lit)
                }
            }
        }
        ShapeKind::Timestamp { .. } => {
            let n = v.as_number().ok_or_else(|| bad("epoch seconds"))?;
            let (secs, nanos) = exact_seconds(&n.to_string()).ok_or_else(|| bad("epoch seconds"))?;
            quote!(::awsgen_runtime::primitives::DateTime::from_secs_and_nanos(#secs, #nanos))
        }
        ShapeKind::Blob => {
            let s = v.as_str().ok_or_else(|| bad("blob text"))?;
            let bytes = Literal::byte_string(s.as_bytes());
            if shape.streaming {
                quote!(::awsgen_runtime::primitives::ByteStream::from(#bytes.to_vec()))
            } else {
                quote!(::awsgen_runtime::primitives::Blob::new(#bytes.to_vec()))
            }
        }
        ShapeKind::Document => crate::jmespath::compile::literal(v),
        ShapeKind::BigInteger | ShapeKind::BigDecimal => {
            let text = v.to_string();
            let ty = plan.rust_type(id);
            quote!(#ty::parse(#text).expect("a number"))
        }
        ShapeKind::List { member, sparse } => {
            let items = v.as_array().ok_or_else(|| bad("a list"))?;
            let items = items
                .iter()
                .map(|x| match (sparse, x.is_null()) {
                    (true, true) => Ok(quote!(::std::option::Option::None)),
                    (true, false) => value(plan, &member.target, x).map(|x| quote!(::std::option::Option::Some(#x))),
                    (false, _) => value(plan, &member.target, x),
                })
                .collect::<Result<Vec<_>, _>>()?;
            quote!(::std::vec::Vec::from([#(#items),*]))
        }
        ShapeKind::Map { value: val, sparse, .. } => {
            let entries = v.as_object().ok_or_else(|| bad("a map"))?;
            let entries = entries
                .iter()
                .map(|(k, x)| {
                    let x = match (sparse, x.is_null()) {
                        (true, true) => quote!(::std::option::Option::None),
                        (true, false) => {
                            let x = value(plan, &val.target, x)?;
                            quote!(::std::option::Option::Some(#x))
                        }
                        (false, _) => value(plan, &val.target, x)?,
                    };
                    Ok(quote!((::std::string::String::from(#k), #x)))
                })
                .collect::<Result<Vec<_>, Error>>()?;
            quote!(::std::collections::BTreeMap::from([#(#entries),*]))
        }
    })
}

/// The zero value of a required member the case leaves out (what a response without it parses
/// to).
fn zero(plan: &Plan, id: &str) -> Result<TokenStream, Error> {
    Ok(match &plan.shape(id).kind {
        ShapeKind::Structure { .. } => value(plan, id, &Value::Object(Default::default()))?,
        ShapeKind::Union { .. } => {
            let path = plan.type_path(id);
            quote!(#path::Unknown(::awsgen_runtime::primitives::UnknownVariant::new("", ::awsgen_runtime::codegen::serde_json::Value::Null)))
        }
        _ => {
            let ty = plan.rust_type(id);
            quote!(<#ty as ::awsgen_runtime::codegen::FromJson>::zero_value())
        }
    })
}

/// `<Name>Required`, beside the structure.
fn required_path(plan: &Plan, id: &str) -> TokenStream {
    let t = &plan.types[id];
    let name = ident(&naming::required_struct_name(&t.name));
    match &t.location {
        Location::Types => quote!(crate::types::#name),
        Location::Operation(m) => {
            let m = ident(m);
            quote!(crate::operation::#m::#name)
        }
    }
}

/// Seconds and nanoseconds from a decimal number's text, exactly.
fn exact_seconds(text: &str) -> Option<(i64, u32)> {
    if text.contains(['e', 'E']) {
        let f: f64 = text.parse().ok()?;
        return Some((f.floor() as i64, ((f - f.floor()) * 1e9).round() as u32));
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let secs: i64 = int.parse().ok()?;
    let mut nanos = 0u32;
    for (i, d) in frac.bytes().take(9).enumerate() {
        nanos += u32::from(d.checked_sub(b'0')?) * 10u32.pow(8 - i as u32);
    }
    Some(match (negative, nanos) {
        (false, n) => (secs, n),
        (true, 0) => (-secs, 0),
        (true, n) => (-secs - 1, 1_000_000_000 - n),
    })
}
