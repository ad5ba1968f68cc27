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
        pub(crate) fn endpoint_context(#param: &#input) -> ::std::vec::Vec<(&'static str, ::awsgen_runtime::codegen::serde_json::Value)> {
            let mut params = ::std::vec::Vec::new();
            #(#pushes)*
            params
        }
    }
}

/// For `service.rs`: the endpoint parameters of a call, by operation name, for checking a
/// model's endpoint tests against the generated bindings (behind `test-util`: it reads inputs
/// from JSON, which a client never does).
pub fn service_items(plan: &Plan) -> TokenStream {
    let mut ops: Vec<&OpPlan> = plan.ops.iter().filter(|o| !o.endpoint.bindings.is_empty()).collect();
    ops.sort_by(|a, b| a.op.name.cmp(&b.op.name));
    let arms = ops.iter().map(|op| {
        let name = &op.op.name;
        let m = ident(&op.module);
        quote!(#name => crate::operation::#m::endpoint_context(&::awsgen_runtime::codegen::FromJson::from_json(input).ok()?),)
    });
    let context = if ops.is_empty() {
        quote!(::std::vec::Vec::new())
    } else {
        quote! {
            match operation {
                #(#arms)*
                _ => ::std::vec::Vec::new(),
            }
        }
    };
    let (op_param, input_param) =
        if ops.is_empty() { (quote!(_operation), quote!(_input)) } else { (quote!(operation), quote!(input)) };
    quote! {
        /// The endpoint parameters of a call of `operation` with `input` (its wire JSON): `base`
        /// with what the operation binds from the input added; `None` when the JSON is not the
        /// operation's input.
        #[cfg(feature = "test-util")]
        #[allow(deprecated)]
        pub fn endpoint_params(
            #op_param: &str,
            #input_param: &::awsgen_runtime::codegen::serde_json::Value,
            base: &::awsgen_runtime::endpoint::Params,
        ) -> ::std::option::Option<::awsgen_runtime::endpoint::Params> {
            let context: ::std::vec::Vec<(&'static str, ::awsgen_runtime::codegen::serde_json::Value)> = #context;
            let mut params = base.clone();
            for (name, value) in context {
                params.context.insert(::std::string::ToString::to_string(name), value);
            }
            ::std::option::Option::Some(params)
        }
    }
}
