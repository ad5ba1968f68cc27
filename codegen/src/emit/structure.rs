//! Structures: fields, constructor and setters, `Debug` with redaction, JSON conversion.
//!
//! Construction: required members are plain (non-`Option`) fields. `new` takes them: directly
//! when there is one, or as a `<Name>Required` struct literal when there are several, so each
//! value is named at the call site. Optional members start unset and have `with_*` setters.
//! Structs are `#[non_exhaustive]`, so a new optional member in a later model is not a breaking
//! change for callers.

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::ShapeKind;

use super::{deprecated_attr, doc_attrs, model_docs};
use crate::docs;
use crate::naming::{self, ident};
use crate::plan::{Field, Plan};

/// An empty structure (for operations without input or output).
pub fn emit_empty(name: &str, docs: &str) -> TokenStream {
    let name = ident(name);
    let docs = doc_attrs(&[docs.to_string()]);
    quote! {
        #docs
        #[non_exhaustive]
        #[derive(Clone, PartialEq, Debug, Default)]
        pub struct #name {}

        impl #name {
            /// Creates the (empty) value.
            pub fn new() -> Self {
                Self {}
            }
        }

        impl ::awsgen_runtime::codegen::ToJson for #name {
            fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
                w.begin_object();
                w.end_object();
            }
        }

        /// There is nothing to read: any value (a `null` body, say) is accepted.
        impl ::awsgen_runtime::codegen::FromJson for #name {
            fn read(r: &mut ::awsgen_runtime::codegen::Reader<'_>) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                r.skip()?;
                ::std::result::Result::Ok(Self {})
            }
            fn zero_value() -> Self {
                Self {}
            }
            const IGNORES_VALUE: bool = true;
        }

        impl ::awsgen_runtime::codegen::Validate for #name {}
    }
}

fn field_docs(f: &Field) -> Vec<String> {
    let mut lines = model_docs(f.docs, &format!("The {} member.", docs::code(&f.member.name)));
    let mut notes = Vec::new();
    if let Some(l) = &f.constraints.length {
        notes.push(format!("length {}", range_text(l)));
    }
    if let Some(r) = &f.constraints.range {
        notes.push(format!("value {}", range_text(r)));
    }
    if let Some(p) = &f.constraints.pattern {
        notes.push(format!("pattern {}", docs::code(p)));
    }
    if let Some(d) = crate::plan::defaults::text(f.member) {
        notes.push(format!("default {}", docs::code(&d)));
    }
    match (&f.filled, f.member.idempotency_token) {
        (Some(crate::plan::Filled::Token), _) => notes.push(
            "an idempotency token: the client fills it with a fresh UUID when unset, the same on every attempt"
                .to_string(),
        ),
        (Some(crate::plan::Filled::Default(value)), _) => {
            notes.push(format!("the client sends {} when unset, as AWS's SDKs do", docs::code(value)))
        }
        (None, true) => notes.push("an idempotency token".to_string()),
        (None, false) => {}
    }
    if f.sensitive {
        notes.push("sensitive: redacted in `Debug` output".to_string());
    }
    if !notes.is_empty() {
        lines.push(String::new());
        lines.push(format!("*Model:* {}.", notes.join("; ")));
    }
    lines
}

fn range_text(r: &smithy_ir::Range) -> String {
    let n = |v: f64| if v.fract() == 0.0 && v.abs() < 1e15 { format!("{}", v as i64) } else { format!("{v}") };
    match (r.min, r.max) {
        (Some(a), Some(b)) => format!("{} to {}", n(a), n(b)),
        (Some(a), None) => format!("at least {}", n(a)),
        (None, Some(b)) => format!("at most {}", n(b)),
        (None, None) => "unconstrained".to_string(),
    }
}

/// Emits the structure `id` under its planned name (an operation's name for its own input or
/// output). `inherited` is a deprecation that applies when the shape has none of its own (the
/// operation's, for its input): a struct takes one `#[deprecated]`.
pub fn emit(plan: &Plan, id: &str, inherited: Option<&smithy_ir::Deprecated>) -> TokenStream {
    let shape = plan.shape(id);
    let type_name = plan.types[id].name.as_str();
    let fields = plan.fields(id);
    let fields = fields.as_slice();
    let (docs_html, sensitive, deprecated) = (shape.docs.as_deref(), shape.sensitive, shape.deprecated.as_ref());
    let error_of = shape.error.is_some().then_some(id);
    let name = ident(type_name);
    let docs = doc_attrs(&model_docs(docs_html, &format!("The `{type_name}` structure.")));
    let dep = deprecated_attr(deprecated.or(inherited));
    let required: Vec<&Field> = fields.iter().filter(|f| f.required).collect();
    // Members the constructor does not take: unset (`None`) or at their default.
    let optional: Vec<&Field> = fields.iter().filter(|f| !f.required).collect();

    let field_defs = fields.iter().map(|f| {
        let fname = ident(&f.name);
        let fdocs = doc_attrs(&field_docs(f));
        let fdep = deprecated_attr(f.member.deprecated.as_ref());
        let ty = &f.ty;
        let ty = if f.optional { quote!(::std::option::Option<#ty>) } else { quote!(#ty) };
        quote!(#fdocs #fdep pub #fname: #ty,)
    });

    let boxed = |f: &Field, v: TokenStream| if f.boxed { quote!(::std::boxed::Box::new(#v)) } else { v };
    let unset = optional.iter().map(|f| {
        let fname = ident(&f.name);
        match &f.default {
            Some(d) => quote!(#fname: #d,),
            None => quote!(#fname: ::std::option::Option::None,),
        }
    });
    let defaulted = fields.iter().any(|f| f.default.is_some() && !f.required);
    let start = if defaulted { "unset or at their model default" } else { "unset" };
    let empty_doc = if defaulted {
        " Creates a value with the optional members unset or at their model default."
    } else {
        " Creates a value with every (optional) member unset."
    };
    let many_doc = format!(" Creates a value from its required members; optional members start {start}.");
    let (ctor, required_struct) = match required.as_slice() {
        [] => (
            quote! {
                #[doc = #empty_doc]
                pub fn new() -> Self {
                    Self { #(#unset)* }
                }
            },
            quote!(),
        ),
        [one] => {
            let fname = ident(&one.name);
            let arg = &one.arg_ty;
            let value = boxed(one, quote!(#fname.into()));
            let doc = format!(
                " Creates a value from its required member `{}`; optional members start {start}.",
                naming::file_stem(&one.name)
            );
            (
                quote! {
                    #[doc = #doc]
                    pub fn new(#fname: impl ::std::convert::Into<#arg>) -> Self {
                        Self { #fname: #value, #(#unset)* }
                    }
                },
                quote!(),
            )
        }
        many => {
            let req_name = ident(&naming::required_struct_name(type_name));
            let req_fields = many.iter().map(|f| {
                let fname = ident(&f.name);
                let fdocs = doc_attrs(&field_docs(f));
                let ty = &f.arg_ty;
                quote!(#fdocs pub #fname: #ty,)
            });
            let values = many.iter().map(|f| {
                let fname = ident(&f.name);
                let v = boxed(f, quote!(required.#fname));
                quote!(#fname: #v,)
            });
            let req_doc = format!(" The required members of [`{type_name}`], named, for [`{type_name}::new`].");
            (
                quote! {
                    #[doc = #many_doc]
                    pub fn new(required: #req_name) -> Self {
                        Self { #(#values)* #(#unset)* }
                    }
                },
                quote! {
                    #[doc = #req_doc]
                    #[derive(Clone)]
                    pub struct #req_name {
                        #(#req_fields)*
                    }
                },
            )
        }
    };
    let setters = optional.iter().map(|f| {
        let fname = ident(&f.name);
        let setter = ident(&naming::setter_name(&f.name));
        let arg = &f.arg_ty;
        let value = boxed(f, quote!(value.into()));
        let value = if f.optional { quote!(::std::option::Option::Some(#value)) } else { value };
        let doc = format!(" Sets [`{0}`](Self::{0}).", naming::file_stem(&f.name));
        let fdep = deprecated_attr(f.member.deprecated.as_ref());
        quote! {
            #[doc = #doc]
            #fdep
            pub fn #setter(mut self, value: impl ::std::convert::Into<#arg>) -> Self {
                self.#fname = #value;
                self
            }
        }
    });

    let any_sensitive = sensitive || fields.iter().any(|f| f.sensitive);
    let (derive_debug, debug_impl) = if any_sensitive {
        let entries = fields.iter().map(|f| {
            let fname = ident(&f.name);
            let wire = naming::file_stem(&f.name);
            if sensitive || f.sensitive {
                quote!(s.field(#wire, &::awsgen_runtime::codegen::Redacted);)
            } else {
                quote!(s.field(#wire, &self.#fname);)
            }
        });
        let tn = type_name;
        (
            quote!(),
            quote! {
                /// Redacts sensitive members.
                impl ::std::fmt::Debug for #name {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        let mut s = f.debug_struct(#tn);
                        #(#entries)*
                        s.finish()
                    }
                }
            },
        )
    } else {
        (quote!(Debug,), quote!())
    };
    // With defaults, `Default` must give what `new` gives, not zeros.
    let derive_default = if required.is_empty() && !defaulted { quote!(Default,) } else { quote!() };
    let default_impl = if required.is_empty() && defaulted {
        quote! {
            /// The same as [`Self::new`]: members at their model defaults, the others unset.
            impl ::std::default::Default for #name {
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    } else {
        quote!()
    };

    let codecs = crate::protocol::structure_codecs(plan, id, fields);
    let cfg_write = plan.test_util_unless_needed(id, true);
    let error_impls = error_of.map(|id| error_impls(plan, id, type_name, fields)).unwrap_or_default();
    let from_response = super::http::from_response(plan, id, fields);
    let checks: Vec<TokenStream> = fields.iter().map(|f| validate_field(plan, f)).filter(|c| !c.is_empty()).collect();
    // Nothing to check: the trait's default method.
    let validate = if checks.is_empty() {
        quote!()
    } else {
        quote! {
            fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
                #(#checks)*
                ::std::result::Result::Ok(())
            }
        }
    };

    quote! {
        #docs
        #dep
        #[non_exhaustive]
        #[derive(Clone, PartialEq, #derive_debug #derive_default)]
        pub struct #name {
            #(#field_defs)*
        }

        #required_struct

        impl #name {
            #ctor
            #(#setters)*
        }

        #debug_impl
        #default_impl

        #codecs
        #error_impls
        #from_response

        #cfg_write
        impl ::awsgen_runtime::codegen::Validate for #name {
            #validate
        }
    }
}

/// The local a member is read into (`v_<field>`, so no member name can shadow the reader's `r`
/// and `key`), then moved into the value. Its type follows from the field it is moved into.
pub(crate) fn local(f: &Field) -> proc_macro2::Ident {
    quote::format_ident!("v_{}", naming::file_stem(&f.name))
}

/// The spellings of an error message, best first, as the runtime ranks them.
pub(crate) const MESSAGE_KEYS: [&str; 4] = ["message", "Message", "errorMessage", "error_description"];

/// An error structure's message member: a string member named `message` in any case.
pub(crate) fn message_field<'f, 'a>(plan: &Plan, fields: &[&'f Field<'a>]) -> Option<&'f Field<'a>> {
    fields.iter().copied().find(|f| {
        f.member.name.eq_ignore_ascii_case("message")
            && matches!(plan.shape(&f.member.target).kind, ShapeKind::String { values: None })
    })
}

/// The checks of one member (see the runtime's `validate` module for which constraints).
fn validate_field(plan: &Plan, f: &Field) -> TokenStream {
    let fname = ident(&f.name);
    let wire = &f.member.name;
    let target = plan.shape(&f.member.target);
    let min_len = f.constraints.length.as_ref().and_then(|l| l.min).filter(|m| *m > 0.0).map(|m| m as u64);
    // The loader only lets finite bounds through; a literal must be finite all the same.
    let min_val = f.constraints.range.as_ref().and_then(|r| r.min).filter(|m| m.is_finite());
    let check = match &target.kind {
        ShapeKind::String { values: None } => {
            min_len.map(|m| quote!(::awsgen_runtime::codegen::min_length(value.chars().count(), #m)))
        }
        ShapeKind::List { .. } | ShapeKind::Map { .. } => {
            min_len.map(|m| quote!(::awsgen_runtime::codegen::min_length(value.len(), #m)))
        }
        ShapeKind::Byte
        | ShapeKind::Short
        | ShapeKind::Integer
        | ShapeKind::Long
        | ShapeKind::Float
        | ShapeKind::Double => min_val.map(|m| quote!(::awsgen_runtime::codegen::min_value(*value as f64, #m))),
        _ => None,
    };
    let nested = matches!(
        target.kind,
        ShapeKind::Structure { .. } | ShapeKind::Union { .. } | ShapeKind::List { .. } | ShapeKind::Map { .. }
    );
    if check.is_none() && nested {
        // `Option` validates what it holds, if anything.
        return quote!(::awsgen_runtime::codegen::nested(&self.#fname, #wire)?;);
    }
    let mut steps = Vec::new();
    if let Some(check) = check {
        steps.push(quote!(::awsgen_runtime::codegen::under(#check, #wire)?;));
    }
    if nested {
        steps.push(
            quote!(::awsgen_runtime::codegen::under(::awsgen_runtime::codegen::Validate::validate(value), #wire)?;),
        );
    }
    if steps.is_empty() {
        return quote!();
    }
    if f.optional {
        quote!(if let ::std::option::Option::Some(value) = &self.#fname { #(#steps)* })
    } else {
        quote!({ let value = &self.#fname; #(#steps)* })
    }
}

/// `Display`, `std::error::Error` and accessors for error structures.
fn error_impls(plan: &Plan, id: &str, type_name: &str, fields: &[Field]) -> TokenStream {
    let shape = plan.shape(id);
    let info = shape.error.as_ref();
    let name = ident(type_name);
    let code = plan.error_code(id);
    // Without a `message` member, the other spellings a member may have (OAuth's
    // `error_description` in SSO OIDC) are the message.
    let message = message_field(plan, &fields.iter().collect::<Vec<_>>()).or_else(|| {
        fields.iter().find(|f| MESSAGE_KEYS[2..].contains(&f.member.name.as_str()) && is_string(plan, &f.member.target))
    });
    let message_expr = match message {
        Some(f) => {
            let fname = ident(&f.name);
            if f.optional {
                quote!(self.#fname.as_deref())
            } else {
                quote!(::std::option::Option::Some(self.#fname.as_str()))
            }
        }
        None => quote!(::std::option::Option::None),
    };
    let shown = match message {
        Some(f) if !f.sensitive && !shape.sensitive => quote! {
            if let ::std::option::Option::Some(message) = self.message() {
                f.write_str(": ")?;
                f.write_str(message)?;
            }
        },
        // The model marks the message sensitive: say so rather than print it, so logs stay
        // clean and a reader still learns where the message is.
        Some(_) => quote!(f.write_str(": (message withheld: sensitive in the model; see `.message()`)")?;),
        None => quote!(),
    };
    let retryable = info.and_then(|i| i.retryable).is_some();
    let throttling = info.and_then(|i| i.retryable).is_some_and(|r| r.throttling);
    let server = info.is_some_and(|i| i.fault == smithy_ir::ErrorFault::Server);
    quote! {
        impl #name {
            /// The error code, as the service sends it.
            pub const CODE: &'static str = #code;

            /// The message the service sent, if any.
            pub fn message(&self) -> ::std::option::Option<&str> {
                #message_expr
            }

            /// Whether the model marks this error retryable.
            pub fn is_retryable(&self) -> bool {
                #retryable
            }

            /// Whether the model marks this error as throttling.
            pub fn is_throttling(&self) -> bool {
                #throttling
            }

            /// Whether the fault lies with the service (`true`) or the caller (`false`).
            pub fn is_server_fault(&self) -> bool {
                #server
            }

        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(Self::CODE)?;
                #shown
                ::std::result::Result::Ok(())
            }
        }

        impl ::std::error::Error for #name {}

        impl ::awsgen_runtime::error::ServiceError for #name {
            fn code(&self) -> ::std::option::Option<&str> {
                ::std::option::Option::Some(Self::CODE)
            }

            fn message(&self) -> ::std::option::Option<&str> {
                Self::message(self)
            }
        }
    }
}

fn is_string(plan: &Plan, target: &str) -> bool {
    matches!(plan.shape(target).kind, ShapeKind::String { values: None })
}
