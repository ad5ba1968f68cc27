//! Waiters, resolved: each acceptor's matcher becomes a check over the call's result, with the
//! JMESPath of path matchers compiled into functions over the generated types.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use smithy_ir::{AcceptorState, Comparator, Matcher, Waiter};

use super::{OpPlan, Plan};
use crate::jmespath::{self, compile::mentions, Compiler};
use crate::naming;

/// One waiter of an operation.
#[derive(Debug, Clone)]
pub struct WaiterPlan<'a> {
    /// The waiter's name in the model.
    pub name: String,
    pub waiter: &'a Waiter,
    /// The client method (`wait_until_environment_deployed`).
    pub method: String,
    /// The `Spec` static in the operation module.
    pub spec: String,
    /// The acceptor function in the operation module.
    pub classify: String,
    /// One statement per acceptor, in model order: each returns `Some(state)` from the acceptor
    /// function when its matcher matches `result` (and `input`).
    pub checks: Vec<TokenStream>,
}

/// The waiters of one operation: the path functions their acceptors share, and each waiter.
#[derive(Debug, Clone, Default)]
pub struct Waiters<'a> {
    /// `fn path_<n>(...) -> Option<serde_json::Value>` items, one per distinct path.
    pub paths: Vec<TokenStream>,
    pub waiters: Vec<WaiterPlan<'a>>,
}

/// Resolves `op`'s waiters; each one that cannot be generated is returned with the reason.
pub fn resolve<'a>(plan: &Plan<'a>, op: &OpPlan<'a>) -> (Waiters<'a>, Vec<(String, String)>) {
    let mut out = Waiters::default();
    let mut left_out = Vec::new();
    // Several acceptors (and waiters) read the same path: one function each.
    let mut path_fns: BTreeMap<(bool, String), proc_macro2::Ident> = BTreeMap::new();
    let operation = op.op;
    for (name, w) in &operation.waiters {
        let mut checks = Vec::new();
        let mut new_paths = Vec::new();
        let result: Result<(), String> = w.acceptors.iter().try_for_each(|a| {
            checks.push(check(plan, op, a.state, &a.matcher, &mut path_fns, &mut new_paths, out.paths.len())?);
            Ok(())
        });
        match result {
            Ok(()) => {
                out.paths.extend(new_paths.into_iter().map(|(_, f)| f));
                out.waiters.push(WaiterPlan {
                    name: name.clone(),
                    waiter: w,
                    method: naming::waiter_method(name),
                    spec: naming::waiter_static(name),
                    classify: format!("waiter_{}_classify", naming::file_stem(&naming::field_name(name))),
                    checks,
                });
            }
            Err(why) => {
                // Forget the paths this waiter added.
                path_fns.retain(|_, f| new_paths.iter().all(|(n, _)| n != f));
                left_out.push((name.clone(), why));
            }
        }
    }
    (out, left_out)
}

fn state_tokens(s: AcceptorState) -> TokenStream {
    match s {
        AcceptorState::Success => quote!(::awsgen_runtime::codegen::State::Success),
        AcceptorState::Failure => quote!(::awsgen_runtime::codegen::State::Failure),
        AcceptorState::Retry => quote!(::awsgen_runtime::codegen::State::Retry),
    }
}

fn check(
    plan: &Plan,
    op: &OpPlan,
    state: AcceptorState,
    matcher: &Matcher,
    path_fns: &mut BTreeMap<(bool, String), proc_macro2::Ident>,
    new_paths: &mut Vec<(proc_macro2::Ident, TokenStream)>,
    existing: usize,
) -> Result<TokenStream, String> {
    let st = state_tokens(state);
    let then = quote!(return ::std::option::Option::Some(#st););
    Ok(match matcher {
        Matcher::Output { path, expected, comparator } | Matcher::InputOutput { path, expected, comparator } => {
            let io = matches!(matcher, Matcher::InputOutput { .. });
            let f = match path_fns.get(&(io, path.clone())) {
                Some(f) => f.clone(),
                None => {
                    let f = format_ident!("path_{}", existing + new_paths.len());
                    let item = path_fn(plan, op, &f, path, io)?;
                    new_paths.push((f.clone(), item));
                    path_fns.insert((io, path.clone()), f.clone());
                    f
                }
            };
            let args = if io { quote!(input, output) } else { quote!(output) };
            let expected = jmespath::compile::literal(expected);
            let cmp = match comparator {
                Comparator::Equals => quote!(::awsgen_runtime::jmespath::equals),
                Comparator::AllEqual => quote!(::awsgen_runtime::jmespath::all_equal),
                Comparator::AnyEqual => quote!(::awsgen_runtime::jmespath::any_equal),
            };
            quote! {
                if let ::std::result::Result::Ok(output) = result {
                    if #cmp(#f(#args), &#expected) { #then }
                }
            }
        }
        Matcher::Success(true) => quote!(if result.is_ok() { #then }),
        Matcher::Success(false) => quote!(if result.is_err() { #then }),
        Matcher::ErrorType(code) => quote! {
            if let ::std::result::Result::Err(::awsgen_runtime::Error::Service { error, .. }) = result {
                if error.code() == ::std::option::Option::Some(#code) { #then }
            }
        },
        Matcher::Status(status) => {
            quote!(if ::awsgen_runtime::codegen::status(result) == ::std::option::Option::Some(#status) { #then })
        }
    })
}

/// `fn <name>(output) -> Option<Value>` (or `(input, output)` for `inputOutput` paths).
fn path_fn(plan: &Plan, op: &OpPlan, name: &proc_macro2::Ident, path: &str, io: bool) -> Result<TokenStream, String> {
    let ast = jmespath::parse(path).map_err(|e| format!("`{path}`: {e}"))?;
    let compiler = Compiler::new(plan);
    let (input_ty, output_ty, _) = op.type_paths();
    let typed = if io {
        compiler.compile_input_output(&ast, op.input.shape(), op.output.shape())
    } else {
        let out = op.output.shape().ok_or("an output matcher on an operation without output")?;
        compiler.compile(&ast, &format_ident!("output"), out)
    }
    .map_err(|e| format!("`{path}`: {e}"))?;
    let body = compiler.to_dyn(&typed).map_err(|e| format!("`{path}`: {e}"))?;
    let doc = format!(" The value of `{}` (JMESPath).", path.replace('`', "'"));
    // A parameter the path does not read is named `_...`, so it raises no warning.
    let param = |n: &str| if mentions(&body, n) { format_ident!("{}", n) } else { format_ident!("_{}", n) };
    let (i, o) = (param("input"), param("output"));
    let params = if io { quote!(#i: &#input_ty, #o: &#output_ty) } else { quote!(#o: &#output_ty) };
    Ok(quote! {
        #[doc = #doc]
        fn #name(#params) -> ::std::option::Option<::awsgen_runtime::codegen::serde_json::Value> {
            #body
        }
    })
}
