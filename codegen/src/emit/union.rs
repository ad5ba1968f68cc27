//! Unions: a Rust enum with one variant per member, and `Unknown` for members this version of
//! the crate does not know (kept with their name and JSON, so they round-trip).

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::ShapeKind;

use super::{deprecated_attr, doc_attrs, model_docs};
use crate::docs;
use crate::naming::ident;
use crate::plan::Plan;

pub fn emit(plan: &Plan, id: &str) -> TokenStream {
    let shape = plan.shape(id);
    let t = &plan.types[id];
    let name = ident(&t.name);
    let fallback = match shape.streaming {
        true => format!("An event of the `{}` stream.", t.name),
        false => format!("The `{}` union: exactly one member is set.", t.name),
    };
    let docs = doc_attrs(&model_docs(shape.docs.as_deref(), &fallback));
    let dep = deprecated_attr(shape.deprecated.as_ref());
    let mut fields = plan.fields(id);
    // An event stream's exceptions arrive as the operation's errors, not as events.
    if shape.streaming {
        fields.retain(|f| plan.shape(&f.member.target).error.is_none());
    }
    let is_unit = |target: &str| {
        matches!(&plan.shape(target).kind, ShapeKind::Structure { members } if members.is_empty())
            && target == "smithy.api#Unit"
    };

    let variants = fields.iter().map(|f| {
        let v = ident(&f.name);
        let d = doc_attrs(&model_docs(f.docs, &format!("The {} member.", docs::code(&f.member.name))));
        let fdep = deprecated_attr(f.member.deprecated.as_ref());
        let ty = &f.ty;
        if is_unit(&f.member.target) {
            quote!(#d #fdep #v,)
        } else {
            quote!(#d #fdep #v(#ty),)
        }
    });
    let cfg_write = plan.test_util_unless_needed(id, true);
    let codecs = crate::protocol::union_codecs(plan, id, &fields);
    let to_event = match shape.streaming && plan.written.contains(id) {
        true => super::events::to_event(plan, id),
        false => quote!(),
    };
    let any_sensitive = shape.sensitive || fields.iter().any(|f| f.sensitive);
    let (derive_debug, debug_impl) = if any_sensitive {
        let arms = fields.iter().map(|f| {
            let v = ident(&f.name);
            let wire = &f.member.name;
            let pat = if is_unit(&f.member.target) { quote!(Self::#v) } else { quote!(Self::#v(_)) };
            quote!(#pat => f.debug_tuple(#wire).field(&::awsgen_runtime::codegen::Redacted).finish(),)
        });
        (
            quote!(),
            quote! {
                /// Redacts sensitive members.
                impl ::std::fmt::Debug for #name {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        match self {
                            #(#arms)*
                            Self::Unknown(value) => f.debug_tuple("Unknown").field(&value.name()).finish(),
                        }
                    }
                }
            },
        )
    } else {
        (quote!(Debug,), quote!())
    };

    let validate_arms = fields.iter().map(|f| {
        let v = ident(&f.name);
        let wire = &f.member.name;
        if is_unit(&f.member.target) {
            quote!(Self::#v => ::std::result::Result::Ok(()),)
        } else {
            quote!(Self::#v(value) => ::awsgen_runtime::codegen::under(::awsgen_runtime::codegen::Validate::validate(value), #wire),)
        }
    });
    quote! {
        #docs
        #dep
        #[non_exhaustive]
        #[derive(Clone, PartialEq, #derive_debug)]
        pub enum #name {
            #(#variants)*
            /// A member this version of the crate does not know; its name and value are kept.
            Unknown(::awsgen_runtime::primitives::UnknownVariant),
        }

        #debug_impl

        #codecs

        #to_event

        #cfg_write
        impl ::awsgen_runtime::codegen::Validate for #name {
            fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
                match self {
                    #(#validate_arms)*
                    Self::Unknown(_) => ::std::result::Result::Ok(()),
                }
            }
        }
    }
}
