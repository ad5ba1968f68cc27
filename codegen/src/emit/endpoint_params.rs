//! What operations add to endpoint resolution, as the plan resolved it: each operation's
//! `endpoint_context` function (the rule-set parameters it binds, read from its typed input),
//! the dispatch over them by operation name, and the host-prefix table.

use proc_macro2::TokenStream;
use quote::quote;

use crate::naming::ident;
use crate::plan::{OpPlan, Plan};

/// `fn endpoint_context(input) -> Vec<(param, value)>` for the operation module, when the
/// operation binds parameters.
pub fn module_items(op: &OpPlan) -> TokenStream {
    if op.endpoint.bindings.is_empty() {
        return quote!();
    }
    let (input, _, _) = op.type_paths();
    let pushes = op.endpoint.bindings.iter().map(|(name, code)| {
        quote! {
            if let ::std::option::Option::Some(value) = #code {
                params.push((#name, value));
            }
        }
    });
    let reads_input = op.endpoint.bindings.iter().any(|(_, c)| crate::jmespath::compile::mentions(c, "input"));
    let param = if reads_input { quote!(input) } else { quote!(_input) };
    quote! {
        /// The endpoint rule-set parameters this operation binds, from its input.
        pub(crate) fn endpoint_context(#param: &#input) -> ::std::vec::Vec<(&'static str, ::serde_json::Value)> {
            let mut params = ::std::vec::Vec::new();
            #(#pushes)*
            params
        }
    }
}

/// For `service.rs`: the dispatch by operation name (for `endpoint::operation_params`, which
/// checks a model's endpoint tests against the generated bindings).
pub fn service_items(plan: &Plan) -> TokenStream {
    let mut ops: Vec<&OpPlan> = plan.ops.iter().filter(|o| !o.endpoint.bindings.is_empty()).collect();
    ops.sort_by(|a, b| a.op.name.cmp(&b.op.name));
    let arms = ops.iter().map(|op| {
        let name = &op.op.name;
        let m = ident(&op.module);
        quote!(#name => ::std::option::Option::Some(crate::operation::#m::endpoint_context(&crate::json::FromJson::from_json(input).ok()?)),)
    });
    let dispatch = if ops.is_empty() {
        quote!(::std::option::Option::None)
    } else {
        quote! {
            match operation {
                #(#arms)*
                _ => ::std::option::Option::None,
            }
        }
    };
    let (op_param, input_param) =
        if ops.is_empty() { (quote!(_operation), quote!(_input)) } else { (quote!(operation), quote!(input)) };
    quote! {
        /// The endpoint parameters `operation` binds from `input` (its wire JSON); `None` when it
        /// binds none or the JSON is not its input.
        #[allow(deprecated)]
        pub(crate) fn endpoint_context(
            #op_param: &str,
            #input_param: &::serde_json::Value,
        ) -> ::std::option::Option<::std::vec::Vec<(&'static str, ::serde_json::Value)>> {
            #dispatch
        }
    }
}
