//! `intEnum` shapes: a variant per named value, and `Unknown` for integers this version of the
//! crate does not know (kept, so they round-trip).

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::ShapeKind;

use super::{deprecated_attr, doc_attrs, model_docs};
use crate::naming::ident;
use crate::plan::Plan;

pub fn emit(plan: &Plan, id: &str) -> TokenStream {
    let shape = plan.shape(id);
    let t = &plan.types[id];
    let name = ident(&t.name);
    let ShapeKind::IntEnum { values } = &shape.kind else { return quote!() };
    let docs = doc_attrs(&model_docs(shape.docs.as_deref(), &format!("The values of `{}`.", t.name)));
    let dep = deprecated_attr(shape.deprecated.as_ref());
    let variants: Vec<_> = t.variants.iter().map(|v| ident(v)).collect();
    let nums: Vec<i32> = values.iter().map(|v| v.value).collect();
    let defs = values.iter().zip(&variants).map(|(v, var)| {
        let d = doc_attrs(&model_docs(v.docs.as_deref(), &format!("The value `{}`.", v.value)));
        let dep = deprecated_attr(v.deprecated.as_ref());
        quote!(#d #dep #var,)
    });
    let cfg_write = plan.test_util_unless_needed(id, true);
    let codecs = crate::protocol::enum_codecs(plan, id);
    quote! {
        #docs
        #dep
        #[non_exhaustive]
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        pub enum #name {
            #(#defs)*
            /// A value this version of the crate does not know; it is kept as received.
            Unknown(::awsgen_runtime::primitives::UnknownInt),
        }

        impl #name {
            /// The known values, as sent on the wire.
            pub const VALUES: &'static [i32] = &[#(#nums),*];

            /// The value as sent on the wire.
            pub fn value(&self) -> i32 {
                match self {
                    #(Self::#variants => #nums,)*
                    Self::Unknown(v) => v.value(),
                }
            }
        }

        impl ::std::convert::From<i32> for #name {
            fn from(value: i32) -> Self {
                match value {
                    #(#nums => Self::#variants,)*
                    other => Self::Unknown(::awsgen_runtime::primitives::UnknownInt::new(other)),
                }
            }
        }

        #codecs

        #cfg_write
        impl ::awsgen_runtime::codegen::Validate for #name {}
    }
}
