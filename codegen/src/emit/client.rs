//! The client: one async method per operation, and the service constants the runtime reads.

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;

use super::{deprecated_attr, doc_attrs, model_docs};
use crate::naming::ident;
use crate::plan::Plan;
use crate::{Config, Error};

/// The rule set as the runtime needs it: documentation dropped (unused at run time, and worded
/// differently in each model format) and parameter types lower-cased (the formats differ in
/// case; the specification does not care).
fn normalize_rules(v: &Value) -> Value {
    match v {
        Value::Object(o) => Value::Object(
            o.iter()
                .filter(|(k, _)| k.as_str() != "documentation")
                .map(|(k, x)| match (k.as_str(), x) {
                    ("type", Value::String(t)) => (k.clone(), Value::String(t.to_ascii_lowercase())),
                    _ => (k.clone(), normalize_rules(x)),
                })
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(normalize_rules).collect()),
        other => other.clone(),
    }
}

/// `src/service.rs`: what the hand-written runtime needs to know about this service.
pub fn service_rs(plan: &Plan, config: &Config) -> Result<TokenStream, Error> {
    let svc = plan.svc;
    let rules = svc.endpoint_rules.clone().unwrap_or(Value::Null);
    let rules = serde_json::to_string(&normalize_rules(&rules)).map_err(|e| Error::Internal(e.to_string()))?;
    let partitions = config.partitions.clone().unwrap_or_else(|| "{\"partitions\":[]}".to_string());
    let target_prefix = svc.target_prefix.as_deref().unwrap_or_default();
    let content_type = match plan.protocol {
        smithy_ir::Protocol::AwsJson1_0 => "application/x-amz-json-1.0",
        _ => "application/x-amz-json-1.1",
    };
    let signing_name = &svc.signing_name;
    let query_compatible = svc.aws_query_compatible;
    let env_id: String =
        svc.sdk_id.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
    let crate_name = crate::emit::crate_files::crate_name(plan, config);
    let version = &config.crate_version;
    let mut retryable: Vec<String> = plan
        .types
        .keys()
        .filter_map(|id| {
            plan.shape(id)
                .error
                .as_ref()
                .filter(|e| e.retryable.is_some())
                .map(|_| smithy_ir::shape_name(id).to_string())
        })
        .collect();
    retryable.sort();
    let endpoint_items = super::endpoint_params::service_items(plan);
    Ok(quote! {
        //! Facts about the service, from its model, for the runtime.
        #![allow(dead_code)]

        pub(crate) const CRATE_NAME: &str = #crate_name;
        pub(crate) const CRATE_VERSION: &str = #version;
        pub(crate) const TARGET_PREFIX: &str = #target_prefix;
        pub(crate) const CONTENT_TYPE: &str = #content_type;
        pub(crate) const SIGNING_NAME: &str = #signing_name;
        /// `@awsQueryCompatible`: send `x-amzn-query-mode`, read `x-amzn-query-error`.
        pub(crate) const QUERY_COMPATIBLE: bool = #query_compatible;
        /// The suffix of `AWS_ENDPOINT_URL_<ID>` for this service.
        pub(crate) const ENV_ID: &str = #env_id;
        /// Error codes the model marks `@retryable`.
        pub(crate) const RETRYABLE_ERRORS: &[&str] = &[#(#retryable),*];
        /// The endpoint rule set, as JSON.
        pub(crate) const ENDPOINT_RULES: &str = #rules;
        /// AWS partitions, as JSON.
        pub(crate) const PARTITIONS: &str = #partitions;
        #endpoint_items
    })
}

/// `src/client.rs`: `Client` and its methods.
pub fn client_rs(plan: &Plan) -> TokenStream {
    let mut paginators = Vec::new();
    let mut waiters = Vec::new();
    for op in &plan.ops {
        paginators.push(super::paginator::client_method(op));
        waiters.extend(super::waiter::client_methods(op));
    }
    let svc = plan.svc;
    let title = svc.title.as_deref().unwrap_or(&svc.sdk_id);
    let client_doc = format!(" A client for {}: one async method per operation.", crate::docs::escape_text(title));
    let methods = plan.ops.iter().map(|op| {
        let o = op.op;
        // The method and the operation's module share the operation's snake_case name.
        let m = ident(&op.module);
        let (input, output, error) = op.type_paths();
        let mut docs = model_docs(o.docs.as_deref(), &format!("Calls `{}`.", o.name));
        docs.push(String::new());
        docs.push(format!(
            "Takes [`{0}`](crate::operation::{1}::{0}); returns [`{2}`](crate::operation::{1}::{2}) or an [`Error`](crate::Error) with [`{3}`](crate::operation::{1}::{3}).",
            op.input_name,
            crate::naming::file_stem(&op.module),
            op.output_name,
            op.error_name
        ));
        let docs = doc_attrs(&docs);
        let dep = deprecated_attr(o.deprecated.as_ref());
        let input_id = op.input.shape();
        let tokens = input_id
            .map(|id| {
                plan.fields(id)
                    .into_iter()
                    .filter(|f| f.member.idempotency_token && f.optional && matches!(plan.shape(&f.member.target).kind, smithy_ir::ShapeKind::String { values: None }))
                    .map(|f| {
                        let fname = ident(&f.name);
                        quote! {
                            if input.#fname.is_none() {
                                input.#fname = ::std::option::Option::Some(crate::invoke::idempotency_token());
                            }
                        }
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        // Only inputs with idempotency tokens to fill need to be mutable.
        let binding = if tokens.is_empty() { quote!() } else { quote!(let mut input = input;) };
        let context = if !op.endpoint.bindings.is_empty() {
            quote!(::std::option::Option::Some(crate::operation::#m::endpoint_context(&input)))
        } else {
            quote!(::std::option::Option::None)
        };
        let validate = input_id.map(|_| {
            quote!(crate::validate::Validate::validate(&input).map_err(|e| crate::Error::Validation(e.under("input")))?;)
        });
        quote! {
            #docs
            #dep
            pub async fn #m(
                &self,
                input: #input,
            ) -> ::std::result::Result<#output, crate::Error<#error>> {
                #binding
                #(#tokens)*
                #validate
                self.runtime.call(&crate::operation::#m::OPERATION, crate::json::ToJson::to_json(&input), #context).await
            }
        }
    });
    quote! {
        //! The client.
        #![allow(deprecated)]

        #[doc = #client_doc]
        ///
        /// Cheap to clone: clones share the connection pool and the retry budget.
        #[derive(Clone, Debug)]
        pub struct Client {
            runtime: ::std::sync::Arc<crate::invoke::Runtime>,
        }

        impl Client {
            /// A client with this configuration.
            pub fn new(config: crate::Config) -> Self {
                Client { runtime: ::std::sync::Arc::new(crate::invoke::Runtime::new(config)) }
            }

            /// A client configured from the environment, the way the AWS CLI is (see
            /// [`Config::from_env`](crate::Config::from_env)).
            pub async fn from_env() -> Self {
                Self::new(crate::Config::from_env().await)
            }

            /// The client's configuration.
            pub fn config(&self) -> &crate::Config {
                &self.runtime.config
            }

            #(#methods)*

            #(#paginators)*

            #(#waiters)*
        }
    }
}
