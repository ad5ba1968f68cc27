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
    let docs =
        doc_attrs(&model_docs(shape.docs.as_deref(), &format!("The `{}` union: exactly one member is set.", t.name)));
    let dep = deprecated_attr(shape.deprecated.as_ref());
    let fields = plan.fields(id);
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
    let to_json_arms = fields.iter().map(|f| {
        let v = ident(&f.name);
        let wire = &f.member.name;
        if is_unit(&f.member.target) {
            quote!(Self::#v => (#wire, ::serde_json::Value::Object(::serde_json::Map::new())),)
        } else {
            let encode = f.encode_fn();
            quote!(Self::#v(value) => (#wire, #encode(value)),)
        }
    });
    let from_json_arms = fields.iter().map(|f| {
        let v = ident(&f.name);
        let wire = &f.member.name;
        if is_unit(&f.member.target) {
            quote!(#wire => { r.skip()?; set.push(Self::#v); })
        } else {
            let decode = f.decode_fn();
            quote!(#wire => set.push(Self::#v(#decode(r)?)),)
        }
    });
    let any_sensitive = shape.sensitive || fields.iter().any(|f| f.sensitive);
    let (derive_debug, debug_impl) = if any_sensitive {
        let arms = fields.iter().map(|f| {
            let v = ident(&f.name);
            let wire = &f.member.name;
            let pat = if is_unit(&f.member.target) { quote!(Self::#v) } else { quote!(Self::#v(_)) };
            quote!(#pat => f.debug_tuple(#wire).field(&crate::primitives::Redacted).finish(),)
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
            quote!(Self::#v(value) => crate::validate::Validate::validate(value).map_err(|e| e.under(#wire)),)
        }
    });
    quote! {
        impl crate::validate::Validate for #name {
            fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
                match self {
                    #(#validate_arms)*
                    Self::Unknown(_) => ::std::result::Result::Ok(()),
                }
            }
        }

        #docs
        #dep
        #[non_exhaustive]
        #[derive(Clone, PartialEq, #derive_debug)]
        pub enum #name {
            #(#variants)*
            /// A member this version of the crate does not know; its name and value are kept.
            Unknown(crate::primitives::UnknownVariant),
        }

        #debug_impl

        impl crate::json::ToJson for #name {
            fn to_json(&self) -> ::serde_json::Value {
                let (key, value) = match self {
                    #(#to_json_arms)*
                    Self::Unknown(unknown) => (unknown.name.as_str(), unknown.value.clone()),
                };
                let mut map = ::serde_json::Map::new();
                map.insert(key.to_owned(), value);
                ::serde_json::Value::Object(map)
            }
        }

        /// Exactly one member must be set. `__type` (which some services add) and members
        /// this version does not know are ignored next to a known one; a lone unknown member is
        /// kept as `Unknown`.
        impl crate::json::FromJson for #name {
            fn read(r: &mut crate::json::Reader<'_>) -> ::std::result::Result<Self, crate::json::DeserializeError> {
                let mut set: ::std::vec::Vec<Self> = ::std::vec::Vec::new();
                let mut unknown: ::std::option::Option<crate::primitives::UnknownVariant> = ::std::option::Option::None;
                r.object(|r, key| {
                    if r.try_null() {
                        return ::std::result::Result::Ok(());
                    }
                    match key {
                        #(#from_json_arms)*
                        "__type" => r.skip()?,
                        _ => {
                            let value = r.value_or_null()?;
                            unknown.get_or_insert(crate::primitives::UnknownVariant { name: key.to_owned(), value });
                        }
                    }
                    ::std::result::Result::Ok(())
                })?;
                match (set.pop(), set.is_empty(), unknown) {
                    (::std::option::Option::Some(one), true, _) => ::std::result::Result::Ok(one),
                    (::std::option::Option::None, _, ::std::option::Option::Some(u)) => ::std::result::Result::Ok(Self::Unknown(u)),
                    (::std::option::Option::Some(_), false, _) => ::std::result::Result::Err(crate::json::DeserializeError::new("an object with one member set", "several")),
                    (::std::option::Option::None, _, ::std::option::Option::None) => ::std::result::Result::Err(crate::json::DeserializeError::new("an object with one member set", "none")),
                }
            }
            fn zero_value() -> Self {
                Self::Unknown(crate::primitives::UnknownVariant { name: ::std::string::String::new(), value: ::serde_json::Value::Null })
            }
        }
    }
}
