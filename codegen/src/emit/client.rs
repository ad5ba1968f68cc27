//! The client: one async method per operation, and the service's facts the runtime reads.

use proc_macro2::TokenStream;
use quote::quote;

use super::{deprecated_attr, doc_attrs, model_docs};
use crate::naming::ident;
use crate::plan::Plan;
use crate::Config;

/// `src/service.rs`: what the runtime needs to know about this service, as one static.
pub fn service_rs(plan: &Plan, config: &Config) -> TokenStream {
    let f = &plan.facts;
    let (target_prefix, content_type, env_id, rules) = (&f.target_prefix, f.content_type, &f.env_id, &f.rules_json);
    let signing_name = &plan.svc.signing_name;
    let query_compatible = plan.svc.aws_query_compatible;
    let version = &config.crate_version;
    let retryable = &f.retryable_errors;
    let default_headers = f.default_headers.iter().map(|(k, v)| quote!((#k, #v)));
    let s3_signing = crate::plan::customize::s3_signing(plan.svc);
    let protocol = ident(match plan.protocol {
        smithy_ir::Protocol::RestJson1 => "RestJson",
        smithy_ir::Protocol::RestXml => "RestXml",
        smithy_ir::Protocol::RpcV2Cbor => "RpcV2Cbor",
        smithy_ir::Protocol::AwsQuery => "AwsQuery",
        smithy_ir::Protocol::Ec2Query => "Ec2Query",
        _ => "AwsJson",
    });
    let endpoint_items = super::endpoint_params::service_items(plan);
    quote! {
        //! Facts about the service, from its model, for the runtime.

        /// What the runtime needs to know about this service.
        pub static SERVICE: ::awsgen_runtime::codegen::ServiceInfo = ::awsgen_runtime::codegen::ServiceInfo {
            crate_version: #version,
            protocol: ::awsgen_runtime::codegen::Protocol::#protocol,
            target_prefix: #target_prefix,
            content_type: #content_type,
            signing_name: #signing_name,
            env_id: #env_id,
            query_compatible: #query_compatible,
            retryable_errors: &[#(#retryable),*],
            default_headers: &[#(#default_headers),*],
            s3_signing: #s3_signing,
            endpoint_rules: #rules,
            rules: ::std::sync::OnceLock::new(),
        };

        #endpoint_items
    }
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
        let tokens = op.idempotency_tokens.iter().map(|f| {
            let f = ident(f);
            quote! {
                if input.#f.is_none() {
                    input.#f = ::std::option::Option::Some(self.inner.idempotency_token());
                }
            }
        });
        let trims = op.trimmed_ids.iter().map(|(f, optional)| {
            let f = ident(f);
            if *optional {
                quote!(input.#f = input.#f.map(::awsgen_runtime::codegen::last_segment);)
            } else {
                quote!(input.#f = ::awsgen_runtime::codegen::last_segment(input.#f);)
            }
        });
        let mut trims: Vec<TokenStream> = trims.collect();
        trims.extend(op.key_md5s.iter().map(|(key, md5)| {
            let (key, md5) = (ident(key), ident(md5));
            quote! {
                if input.#md5.is_none() {
                    input.#md5 = input.#key.as_deref().and_then(::awsgen_runtime::codegen::key_md5);
                }
            }
        }));
        // Only inputs with members to fill or trim, or a stream to take out, need to be mutable.
        let mutated = crate::protocol::send_mutates_input(plan, op);
        let binding = if op.idempotency_tokens.is_empty() && trims.is_empty() && !mutated {
            quote!()
        } else {
            quote!(let mut input = input;)
        };
        let context = if op.endpoint.bindings.is_empty() {
            quote!(::std::option::Option::None)
        } else {
            quote!(::std::option::Option::Some(crate::operation::#m::endpoint_context(&input)))
        };
        let labels = op.endpoint.host_labels.iter().map(|(label, field, optional)| {
            let f = ident(field);
            if *optional {
                quote!((#label, input.#f.as_deref().unwrap_or_default()))
            } else {
                quote!((#label, input.#f.as_str()))
            }
        });
        let labels: Vec<TokenStream> = labels.collect();
        let endpoint_url = match &op.endpoint_field {
            Some(f) => {
                let f = ident(f);
                quote!(::std::option::Option::Some(input.#f.as_str()))
            }
            None => quote!(::std::option::Option::None),
        };
        let extras = crate::protocol::RequestExtras { host_labels: labels, context, endpoint_url };
        let send = crate::protocol::send(plan, op, &extras);
        let validate = op.input.shape().map(|_| {
            quote!(::awsgen_runtime::codegen::Validate::validate(&input).map_err(|e| ::awsgen_runtime::Error::Validation(e.under("input")))?;)
        });
        quote! {
            #docs
            #dep
            pub async fn #m(
                &self,
                input: #input,
            ) -> ::std::result::Result<#output, ::awsgen_runtime::Error<#error>> {
                #binding
                #(#tokens)*
                #(#trims)*
                #validate
                #send
            }
        }
    });
    quote! {
        //! The client.
        #![allow(deprecated)]

        #[doc = #client_doc]
        ///
        /// Cheap to clone. Clients built from one [`Config`](crate::Config), of this service or
        /// any other, share its credential cache and connection pool.
        #[derive(Clone, Debug)]
        pub struct Client {
            inner: ::awsgen_runtime::codegen::ServiceClient,
        }

        impl ::awsgen_runtime::codegen::AsServiceClient for Client {
            fn service_client(&self) -> &::awsgen_runtime::codegen::ServiceClient {
                &self.inner
            }
        }

        impl Client {
            /// A client with this configuration (shared, not copied: build every service's
            /// client from the same one).
            pub fn new(config: &crate::Config) -> Self {
                Client { inner: ::awsgen_runtime::codegen::ServiceClient::new(config, &crate::service::SERVICE) }
            }

            /// A client configured from the environment, the way the AWS CLI is (see
            /// [`Config::from_env`](crate::Config::from_env)).
            pub async fn from_env() -> Self {
                Self::new(&crate::Config::from_env().await)
            }

            /// This client with some settings replaced for the calls made through it (retries,
            /// timeouts, endpoint); it shares everything else, so it is cheap to make per call.
            pub fn with_overrides(&self, overrides: crate::Overrides) -> Self {
                Client { inner: self.inner.with_overrides(overrides) }
            }

            /// The request of the call `call` makes, presigned rather than sent: any operation,
            /// valid for as long as `config` says (at most 7 days), with the credentials'
            /// session token. `client.presigned(config, |c| async move { c.get_object(input).await })`.
            pub async fn presigned<O, E, F>(
                &self,
                config: ::awsgen_runtime::presign::PresignConfig,
                call: impl ::std::ops::FnOnce(Client) -> F,
            ) -> ::std::result::Result<::awsgen_runtime::presign::PresignedRequest, ::awsgen_runtime::Error<E>>
            where
                F: ::std::future::Future<Output = ::std::result::Result<O, ::awsgen_runtime::Error<E>>>,
            {
                self.inner.presigned(config, |inner| call(Client { inner })).await
            }

            /// The client's configuration.
            pub fn config(&self) -> &crate::Config {
                self.inner.config()
            }

            #(#methods)*

            #(#paginators)*

            #(#waiters)*
        }
    }
}
