//! Waiters: each model waiter becomes a `wait_until_<name>` client method, an acceptor function
//! and a `Spec` for the runtime's wait loop.
//!
//! Acceptor paths are JMESPath in the model. They are compiled here into typed Rust that walks
//! the output (or input and output) and collects the values the path reaches, so no JMESPath
//! interpreter runs at run time. The supported subset: field names joined by `.`, each optionally
//! followed by `[]` (flatten a list, for `allStringEquals`/`anyStringEquals`), ending at a string,
//! enum, boolean or number. Anything else is rejected with an error naming the waiter.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use smithy_ir::{AcceptorState, Comparator, Matcher, ShapeKind, Waiter};

use crate::naming::{self, ident};
use crate::plan::{OpPlan, Plan};
use crate::Error;

/// Statements that push every value `segments` reaches from `var` (a reference to a value of
/// shape `shape`) into `out`.
fn walk(
    plan: &Plan,
    shape: &str,
    segments: &[&str],
    var: TokenStream,
    depth: usize,
    at: &str,
) -> Result<TokenStream, Error> {
    let Some((seg, rest)) = segments.split_first() else {
        return match &plan.shape(shape).kind {
            ShapeKind::String { values: None } => Ok(quote!(out.push(::std::string::String::clone(#var));)),
            ShapeKind::String { values: Some(_) } | ShapeKind::Enum { .. } => {
                Ok(quote!(out.push(#var.as_str().to_owned());))
            }
            ShapeKind::Boolean | ShapeKind::Byte | ShapeKind::Short | ShapeKind::Integer | ShapeKind::Long => {
                Ok(quote!(out.push(::std::string::ToString::to_string(#var));))
            }
            other => Err(Error::model(
                at,
                format!("the path ends at a {}; only strings, enums, booleans and integers compare", other.type_name()),
            )),
        };
    };
    let (name, project) = match seg.strip_suffix("[]") {
        Some(n) => (n, true),
        None => (*seg, false),
    };
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(Error::model(
            at,
            format!("`{seg}` is outside the supported JMESPath subset (field names, `.` and `[]`)"),
        ));
    }
    if !matches!(plan.shape(shape).kind, ShapeKind::Structure { .. }) {
        return Err(Error::model(
            at,
            format!("`{name}` is looked up in a {}, not a structure", plan.shape(shape).kind.type_name()),
        ));
    }
    let field = plan
        .fields(shape)
        .into_iter()
        .find(|f| f.member.name == name)
        .ok_or_else(|| Error::model(at, format!("`{name}` is not a member of `{shape}`")))?;
    let fname = ident(&field.name);
    let next = format_ident!("v{}", depth);
    let target = field.member.target.clone();
    let optional = field.optional;
    if project {
        let ShapeKind::List { member, .. } = &plan.shape(&target).kind else {
            return Err(Error::model(at, format!("`{seg}` projects `{name}`, which is not a list")));
        };
        let inner = walk(plan, &member.target, rest, quote!(#next), depth + 1, at)?;
        Ok(if optional {
            quote!(if let ::std::option::Option::Some(list) = #var.#fname.as_ref() { for #next in list.iter() { #inner } })
        } else {
            quote!(for #next in #var.#fname.iter() { #inner })
        })
    } else {
        let inner = walk(plan, &target, rest, quote!(#next), depth + 1, at)?;
        Ok(if optional {
            quote!(if let ::std::option::Option::Some(#next) = #var.#fname.as_ref() { #inner })
        } else {
            quote!({ let #next = &#var.#fname; #inner })
        })
    }
}

fn state(s: AcceptorState) -> TokenStream {
    match s {
        AcceptorState::Success => quote!(crate::waiter::State::Success),
        AcceptorState::Failure => quote!(crate::waiter::State::Failure),
        AcceptorState::Retry => quote!(crate::waiter::State::Retry),
    }
}

fn compare(c: Comparator, values: TokenStream, expected: &str) -> TokenStream {
    match c {
        Comparator::StringEquals | Comparator::BooleanEquals => quote!(crate::waiter::equals(&#values, #expected)),
        Comparator::AllStringEquals => quote!(crate::waiter::all_equal(&#values, #expected)),
        Comparator::AnyStringEquals => quote!(crate::waiter::any_equal(&#values, #expected)),
    }
}

fn fn_prefix(name: &str) -> String {
    format!("waiter_{}", naming::file_stem(&naming::field_name(name)))
}

/// The acceptor function, its path walkers and the `Spec` static, for the operation module.
pub fn module_items(plan: &Plan, op: &OpPlan) -> Result<TokenStream, Error> {
    let mut items = Vec::new();
    // One walker per distinct path: several acceptors (and waiters) often read the same field.
    let mut walkers: std::collections::BTreeMap<String, proc_macro2::Ident> = std::collections::BTreeMap::new();
    let (input_ty, output_ty, _) = op.type_paths();
    let error = ident(&op.error_name);
    for (name, w) in &op.op.waiters {
        let at = format!("{} (waiter {name})", op.op.id);
        let prefix = fn_prefix(name);
        let mut checks = Vec::new();
        for (i, a) in w.acceptors.iter().enumerate() {
            let st = state(a.state);
            let check = match &a.matcher {
                Matcher::Output { path, expected, comparator } => {
                    let out_id =
                        op.output.shape().ok_or_else(|| Error::model(&at, "an output matcher needs an output"))?;
                    let path_fn = match walkers.get(&format!("output {path}")) {
                        Some(f) => f.clone(),
                        None => {
                            let segments: Vec<&str> = path.split('.').collect();
                            let body = walk(plan, out_id, &segments, quote!(output), 0, &at)?;
                            let path_fn = format_ident!("path_{}", walkers.len());
                            let doc = format!(" The values `{}` reaches in the output.", path.replace('`', ""));
                            items.push(quote! {
                                #[doc = #doc]
                                fn #path_fn(output: &#output_ty) -> ::std::vec::Vec<::std::string::String> {
                                    let mut out = ::std::vec::Vec::new();
                                    #body
                                    out
                                }
                            });
                            walkers.insert(format!("output {path}"), path_fn.clone());
                            path_fn
                        }
                    };
                    let cmp = compare(*comparator, quote!(#path_fn(output)), expected);
                    quote!(if let ::std::result::Result::Ok(output) = result { if #cmp { return ::std::option::Option::Some(#st); } })
                }
                Matcher::InputOutput { path, expected, comparator } => {
                    let segments: Vec<&str> = path.split('.').collect();
                    let (root, rest) = segments.split_first().ok_or_else(|| Error::model(&at, "empty path"))?;
                    let (root_id, var) = match *root {
                        "input" => (op.input.shape(), quote!(input)),
                        "output" => (op.output.shape(), quote!(output)),
                        other => {
                            return Err(Error::model(
                                &at,
                                format!("an inputOutput path starts with `input` or `output`, not `{other}`"),
                            ))
                        }
                    };
                    let root_id = root_id.ok_or_else(|| Error::model(&at, format!("the operation has no {root}")))?;
                    let body = walk(plan, root_id, rest, var, 0, &at)?;
                    let path_fn = format_ident!("path_{}", walkers.len());
                    walkers.insert(format!("io {path} {i} {name}"), path_fn.clone());
                    items.push(quote! {
                        fn #path_fn(input: &#input_ty, output: &#output_ty) -> ::std::vec::Vec<::std::string::String> {
                            let _ = (input, output);
                            let mut out = ::std::vec::Vec::new();
                            #body
                            out
                        }
                    });
                    let cmp = compare(*comparator, quote!(#path_fn(input, output)), expected);
                    quote!(if let ::std::result::Result::Ok(output) = result { if #cmp { return ::std::option::Option::Some(#st); } })
                }
                Matcher::Success(true) => quote!(if result.is_ok() { return ::std::option::Option::Some(#st); }),
                Matcher::Success(false) => quote!(if result.is_err() { return ::std::option::Option::Some(#st); }),
                Matcher::ErrorType(code) => quote! {
                    if let ::std::result::Result::Err(crate::Error::Service { error, .. }) = result {
                        if error.code() == ::std::option::Option::Some(#code) {
                            return ::std::option::Option::Some(#st);
                        }
                    }
                },
            };
            checks.push(check);
        }
        let classify = format_ident!("{}_classify", prefix);
        let spec = ident(&naming::waiter_static(name));
        let (min, max) = (w.min_delay, w.max_delay.max(w.min_delay));
        items.push(quote! {
            fn #classify(
                input: &#input_ty,
                result: &::std::result::Result<#output_ty, crate::Error<#error>>,
            ) -> ::std::option::Option<crate::waiter::State> {
                let _ = input;
                #(#checks)*
                ::std::option::Option::None
            }

            pub(crate) static #spec: crate::waiter::Spec<#input_ty, #output_ty, #error> = crate::waiter::Spec {
                call: send_boxed,
                classify: #classify,
                min_delay: ::std::time::Duration::from_secs(#min),
                max_delay: ::std::time::Duration::from_secs(#max),
            };
        });
    }
    Ok(quote!(#(#items)*))
}

/// The `wait_until_*` client methods of an operation's waiters.
pub fn client_methods(op: &OpPlan) -> Vec<TokenStream> {
    let m = ident(&op.module);
    let (input, output, error) = op.type_paths();
    op.op
        .waiters
        .iter()
        .map(|(name, w)| {
            let method = ident(&naming::waiter_method(name));
            let spec = ident(&naming::waiter_static(name));
            let docs = super::doc_attrs(&waiter_docs(op, name, w));
            let dep = super::deprecated_attr(op.op.deprecated.as_ref());
            quote! {
                #docs
                #dep
                pub async fn #method(
                    &self,
                    input: #input,
                    max_wait: ::std::time::Duration,
                ) -> ::std::result::Result<::std::option::Option<#output>, crate::waiter::WaiterError<#output, #error>> {
                    crate::waiter::wait(self, input, max_wait, &crate::operation::#m::#spec).await
                }
            }
        })
        .collect()
}

fn waiter_docs(op: &OpPlan, name: &str, w: &Waiter) -> Vec<String> {
    let method = naming::file_stem(&op.module);
    let mut docs = super::model_docs(w.docs.as_deref(), &format!("Waits for `{name}`."));
    docs.push(String::new());
    docs.push(format!(
        "The `{name}` waiter: calls [`{method}`](Self::{method}) (the `{}` operation) until an acceptor decides, waiting {} to {} s between calls, for at most `max_wait` in all.",
        op.op.name, w.min_delay, w.max_delay
    ));
    docs.push(String::new());
    docs.push("Acceptors, in order:".to_string());
    docs.push(String::new());
    for a in &w.acceptors {
        let st = match a.state {
            AcceptorState::Success => "success",
            AcceptorState::Failure => "failure",
            AcceptorState::Retry => "retry",
        };
        let when = match &a.matcher {
            Matcher::Output { path, expected, comparator } | Matcher::InputOutput { path, expected, comparator } => {
                let how = match comparator {
                    Comparator::StringEquals | Comparator::BooleanEquals => "is",
                    Comparator::AllStringEquals => "are all",
                    Comparator::AnyStringEquals => "include",
                };
                format!("{} {how} {}", crate::docs::code(path), crate::docs::code(expected))
            }
            Matcher::Success(true) => "the call succeeds".to_string(),
            Matcher::Success(false) => "the call fails".to_string(),
            Matcher::ErrorType(code) => format!("the call fails with {}", crate::docs::code(code)),
        };
        docs.push(format!("- {st} when {when}"));
    }
    docs.push(String::new());
    docs.push(
        "Returns the last output on success (`None` when an error was the success, as for deletion), or [`WaiterError`](crate::waiter::WaiterError): a failure state, the time running out, or an error no acceptor matched."
            .to_string(),
    );
    docs
}
