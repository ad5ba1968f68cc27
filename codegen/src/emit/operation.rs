//! One module per operation: its input, output and error types.

use proc_macro2::TokenStream;
use quote::quote;

use super::{deprecated_attr, doc_attrs, inner_doc_attrs, model_docs, structure};
use crate::naming::ident;
use crate::plan::{Io, OpPlan, Plan};

pub fn emit(plan: &Plan, op: &OpPlan) -> TokenStream {
    let o = op.op;
    let mut module_docs = vec![format!("The `{}` operation.", o.name), String::new()];
    module_docs.extend(model_docs(o.docs.as_deref(), ""));
    if let Some(d) = &o.deprecated {
        module_docs.push(String::new());
        module_docs.push(format!(
            "**Deprecated:** {}",
            d.message
                .as_deref()
                .map(crate::docs::escape_text)
                .unwrap_or_else(|| "this operation is deprecated.".to_string())
        ));
    }
    let module_docs = inner_doc_attrs(&module_docs);
    let input =
        io(plan, &op.input, &op.input_name, &format!("The input of `{}`.", o.name), o.deprecated.as_ref(), false, true);
    // An output is read from the whole response in HTTP-bound protocols, even an empty one.
    let http = op.http.is_some();
    let output = io(plan, &op.output, &op.output_name, &format!("The output of `{}`.", o.name), None, http, false);
    let request = super::http::request_fn(plan, op);
    let error = error_enum(plan, op);
    let events = super::events::event_union(plan, op);
    let paginator = super::paginator::module_items(op);
    let waiters = super::waiter::module_items(op);
    let endpoint = super::endpoint_params::module_items(op);
    // Paginators and waiters call the operation through a plain function pointer.
    let send_boxed = if op.paginator.is_some() || !op.waiters.waiters.is_empty() {
        let method = crate::naming::ident(&op.module);
        let (i, o, e) = (
            crate::naming::ident(&op.input_name),
            crate::naming::ident(&op.output_name),
            crate::naming::ident(&op.error_name),
        );
        quote! {
            fn send_boxed(
                client: &crate::Client,
                input: #i,
            ) -> ::awsgen_runtime::http::BoxFuture<'_, ::std::result::Result<#o, ::awsgen_runtime::Error<#e>>> {
                ::std::boxed::Box::pin(client.#method(input))
            }
        }
    } else {
        quote!()
    };
    let name = &o.name;
    let host_prefix = match &op.endpoint.host_prefix {
        Some(t) => quote!(::std::option::Option::Some(#t)),
        None => quote!(::std::option::Option::None),
    };
    let compress = op.compress;
    let content_md5 = o.checksum_required;
    let unsigned_payload = o.unsigned_payload;
    let anonymous = o.anonymous;
    let http2 = op.http2;
    let checksum = match &op.checksum {
        None => quote!(::std::option::Option::None),
        Some(c) => {
            let header = |h: &Option<String>| match h {
                Some(h) => quote!(::std::option::Option::Some(#h)),
                None => quote!(::std::option::Option::None),
            };
            let (algorithm, mode, required) = (header(&c.algorithm_header), header(&c.mode_header), c.required);
            let response = c.response.iter().map(|v| {
                let v = crate::naming::ident(v);
                quote!(::awsgen_runtime::checksum::Algorithm::#v)
            });
            quote! {
                ::std::option::Option::Some(::awsgen_runtime::checksum::HttpChecksum {
                    algorithm_header: #algorithm,
                    required: #required,
                    mode_header: #mode,
                    response_algorithms: &[#(#response),*],
                })
            }
        }
    };
    let customizations = op.rules.iter().map(|r| match r {
        crate::plan::customize::OpRule::GlacierChecksums => {
            quote!(::awsgen_runtime::codegen::Customization::GlacierChecksums)
        }
        crate::plan::customize::OpRule::QueryAsFormBody => {
            quote!(::awsgen_runtime::codegen::Customization::QueryAsFormBody)
        }
        crate::plan::customize::OpRule::ErrorIn200 => quote!(::awsgen_runtime::codegen::Customization::ErrorIn200),
    });
    quote! {
        #module_docs
        #![allow(deprecated)]

        /// The operation's name, as the model gives it.
        pub const OPERATION_NAME: &str = #name;

        /// What the runtime needs to know about the operation.
        pub(crate) static OPERATION: ::awsgen_runtime::codegen::Operation = ::awsgen_runtime::codegen::Operation {
            name: OPERATION_NAME,
            host_prefix: #host_prefix,
            compress: #compress,
            content_md5: #content_md5,
            unsigned_payload: #unsigned_payload,
            anonymous: #anonymous,
            customizations: &[#(#customizations),*],
            http2: #http2,
            checksum: #checksum,
        };

        #input
        #output
        #request
        #error
        #events
        #send_boxed
        #paginator
        #waiters
        #endpoint
    }
}

/// The input or output type; `dep` is the operation's deprecation, which an input inherits.
fn io(
    plan: &Plan,
    io: &Io,
    name: &str,
    fallback_doc: &str,
    dep: Option<&smithy_ir::Deprecated>,
    http: bool,
    input: bool,
) -> TokenStream {
    match io {
        Io::Own(id) => structure::emit(plan, id, dep),
        Io::Shared(id) => {
            let path = plan.type_path(id);
            let alias = ident(name);
            let doc = format!(" {fallback_doc} The model shares this shape, so it lives in `types`.");
            quote!(#[doc = #doc] pub use #path as #alias;)
        }
        Io::Empty => {
            let dep = deprecated_attr(dep);
            let s = structure::emit_empty(name, fallback_doc);
            let read = if http { super::http::empty_from_response(name) } else { quote!() };
            let codecs = crate::protocol::empty_codecs(plan, name, input);
            quote!(#dep #s #read #codecs)
        }
    }
}

fn error_enum(plan: &Plan, op: &OpPlan) -> TokenStream {
    let name = ident(&op.error_name);
    let doc = format!(" The errors `{}` can return.", op.op.name);
    let variants: Vec<_> = op.errors.iter().map(|(v, _)| ident(v)).collect();
    // A response names an error by its shape's name, or (query-compatible services) by its
    // awsQuery code: either selects the variant.
    let mut table = Vec::new();
    for ((_, id), variant) in op.errors.iter().zip(&variants) {
        let (shape, code) = (smithy_ir::shape_name(id), plan.error_code(id));
        let path = plan.type_path(id);
        let codes = if shape == code { vec![shape] } else { vec![shape, code] };
        for c in codes {
            let read = crate::protocol::error_reader(plan, &path, variant);
            table.push(quote!((#c, #read),));
        }
    }
    let defs = op.errors.iter().map(|(v, id)| {
        let shape = plan.shape(id);
        let d = doc_attrs(&model_docs(shape.docs.as_deref(), &format!("The `{}` error.", smithy_ir::shape_name(id))));
        let v = ident(v);
        let path = plan.type_path(id);
        quote!(#d #v(#path),)
    });
    quote! {
        #[doc = #doc]
        #[non_exhaustive]
        #[derive(Debug)]
        // Mocks answer with copies of a stubbed error.
        #[cfg_attr(feature = "test-util", derive(Clone))]
        pub enum #name {
            #(#defs)*
            /// An error the model does not declare for this operation.
            Unhandled(::awsgen_runtime::error::Unhandled),
        }

        impl #name {
            /// The error inside, whichever variant, as every service's errors are: with a code
            /// and a message.
            pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
                match self {
                    #(Self::#variants(e) => e,)*
                    Self::Unhandled(e) => e,
                }
            }

            /// The error code, when the service sent one.
            pub fn code(&self) -> ::std::option::Option<&str> {
                self.inner().code()
            }

            /// The error message, when the service sent one.
            pub fn message(&self) -> ::std::option::Option<&str> {
                self.inner().message()
            }
        }

        impl ::awsgen_runtime::codegen::OperationError for #name {
            const ERRORS: &'static ::awsgen_runtime::codegen::ErrorTable<Self> = &[#(#table)*];

            fn unhandled(unhandled: ::awsgen_runtime::error::Unhandled) -> Self {
                Self::Unhandled(unhandled)
            }
        }

        impl ::awsgen_runtime::error::ServiceError for #name {
            fn code(&self) -> ::std::option::Option<&str> {
                #name::code(self)
            }

            fn message(&self) -> ::std::option::Option<&str> {
                #name::message(self)
            }
        }

        // Transparent: the variant's text and its cause, so a reporter printing the chain says
        // each thing once.
        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(self.inner(), f)
            }
        }

        impl ::std::error::Error for #name {
            fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
                self.inner().source()
            }
        }
    }
}
