//! Enums: `enum` shapes and `@enum` strings.

use proc_macro2::TokenStream;
use quote::quote;

use super::{deprecated_attr, doc_attrs, model_docs};
use crate::docs;
use crate::naming::ident;
use crate::plan::Plan;

pub fn emit(plan: &Plan, id: &str) -> TokenStream {
    let shape = plan.shape(id);
    let t = &plan.types[id];
    let name = ident(&t.name);
    let values = shape.kind.enum_values().unwrap_or_default();
    let docs = doc_attrs(&model_docs(shape.docs.as_deref(), &format!("The values of `{}`.", t.name)));
    let dep = deprecated_attr(shape.deprecated.as_ref());
    let variants: Vec<_> = t.variants.iter().map(|v| ident(v)).collect();
    let wire: Vec<&str> = values.iter().map(|v| v.value.as_str()).collect();
    let variant_defs = values.iter().zip(&variants).map(|(v, var)| {
        let d = doc_attrs(&model_docs(v.docs.as_deref(), &format!("The value {}.", docs::code(&v.value))));
        let dep = deprecated_attr(v.deprecated.as_ref());
        quote!(#d #dep #var,)
    });
    let debug = if shape.sensitive {
        quote! {
            impl ::std::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    ::std::fmt::Debug::fmt(&::awsgen_runtime::codegen::Redacted, f)
                }
            }
        }
    } else {
        quote!()
    };
    let derive_debug = if shape.sensitive { quote!() } else { quote!(Debug,) };
    let cfg_write = plan.test_util_unless_needed(id, true);
    let codecs = crate::protocol::enum_codecs(plan, id);
    quote! {
        #docs
        #dep
        #[non_exhaustive]
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, #derive_debug)]
        pub enum #name {
            #(#variant_defs)*
            /// A value this version of the crate does not know; it is kept as received.
            Unknown(::awsgen_runtime::primitives::UnknownValue),
        }

        impl #name {
            /// The known values, as sent on the wire.
            pub const VALUES: &'static [&'static str] = &[#(#wire),*];

            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(Self::#variants => #wire,)*
                    Self::Unknown(value) => value.as_str(),
                }
            }
        }

        impl ::std::convert::From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #(#wire => Self::#variants,)*
                    other => Self::Unknown(::awsgen_runtime::primitives::UnknownValue::new(other)),
                }
            }
        }

        /// Parsing never fails: an unrecognised value becomes [`Unknown`](Self::Unknown).
        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(Self::from(value))
            }
        }

        impl ::std::convert::AsRef<str> for #name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #debug

        #codecs

        #cfg_write
        impl ::awsgen_runtime::codegen::Validate for #name {}
    }
}
