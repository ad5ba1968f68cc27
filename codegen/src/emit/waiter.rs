//! Waiters: each model waiter becomes a `wait_until_<name>` client method, an acceptor function
//! and a `Spec` for the runtime's wait loop. The acceptors' checks, with their JMESPath
//! compiled, come from [`crate::plan::waiter`]; this only writes them out.

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::{AcceptorState, Comparator, Matcher, Waiter};

use crate::naming::{self, ident};
use crate::plan::OpPlan;

/// The path functions, acceptor functions and `Spec` statics, for the operation module.
pub fn module_items(op: &OpPlan) -> TokenStream {
    let (input_ty, output_ty, _) = op.type_paths();
    let error = ident(&op.error_name);
    let paths = &op.waiters.paths;
    let waiters = op.waiters.waiters.iter().map(|w| {
        let classify = ident(&w.classify);
        let spec = ident(&w.spec);
        let checks = &w.checks;
        // `input` is read only by inputOutput matchers.
        let reads_input = checks.iter().any(|c| crate::jmespath::compile::mentions(c, "input"));
        let input = if reads_input { quote!(input) } else { quote!(_input) };
        let (min, max) = (w.waiter.min_delay, w.waiter.max_delay.max(w.waiter.min_delay));
        quote! {
            fn #classify(
                #input: &#input_ty,
                result: &::std::result::Result<#output_ty, ::awsgen_runtime::Error<#error>>,
            ) -> ::std::option::Option<::awsgen_runtime::codegen::State> {
                #(#checks)*
                ::std::option::Option::None
            }

            pub(crate) static #spec: ::awsgen_runtime::codegen::WaiterSpec<crate::Client, #input_ty, #output_ty, #error> = ::awsgen_runtime::codegen::WaiterSpec {
                call: send_boxed,
                classify: #classify,
                min_delay: ::std::time::Duration::from_secs(#min),
                max_delay: ::std::time::Duration::from_secs(#max),
            };
        }
    });
    quote!(#(#paths)* #(#waiters)*)
}

/// The `wait_until_*` client methods of an operation's waiters.
pub fn client_methods(op: &OpPlan) -> Vec<TokenStream> {
    let m = ident(&op.module);
    let (input, output, error) = op.type_paths();
    op.waiters
        .waiters
        .iter()
        .map(|w| {
            let method = ident(&w.method);
            let spec = ident(&w.spec);
            let docs = super::doc_attrs(&waiter_docs(op, &w.name, w.waiter));
            let dep = super::deprecated_attr(op.op.deprecated.as_ref());
            quote! {
                #docs
                #dep
                pub async fn #method(
                    &self,
                    input: #input,
                    max_wait: ::std::time::Duration,
                ) -> ::std::result::Result<::std::option::Option<#output>, crate::waiter::WaiterError<#output, #error>> {
                    ::awsgen_runtime::codegen::wait(self, input, max_wait, &crate::operation::#m::#spec).await
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
                    Comparator::Equals => "is",
                    Comparator::AllEqual => "are all",
                    Comparator::AnyEqual => "include",
                };
                let expected = match expected {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                format!("{} {how} {}", crate::docs::code(path), crate::docs::code(&expected))
            }
            Matcher::Success(true) => "the call succeeds".to_string(),
            Matcher::Success(false) => "the call fails".to_string(),
            Matcher::ErrorType(code) => format!("the call fails with {}", crate::docs::code(code)),
            Matcher::Status(status) => format!("the response has HTTP status {status}"),
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
