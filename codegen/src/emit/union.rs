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
    let write_arms = fields.iter().map(|f| {
        let v = ident(&f.name);
        let wire = plan.json_key(f.member);
        if is_unit(&f.member.target) {
            quote!(Self::#v => {
                w.key(#wire);
                w.begin_object();
                w.end_object();
            })
        } else {
            let write = f.write_value(wire, quote!(value));
            quote!(Self::#v(value) => { #write })
        }
    });
    let from_json_arms = fields.iter().map(|f| {
        let v = ident(&f.name);
        let wire = plan.json_key(f.member);
        if is_unit(&f.member.target) {
            quote!(#wire => { r.skip()?; set.push(Self::#v); })
        } else {
            let decode = f.decode_fn();
            quote!(#wire => set.push(Self::#v(#decode(r)?)),)
        }
    });
    let (cfg_write, cfg_read) = (plan.test_util_unless_needed(id, true), plan.test_util_unless_needed(id, false));
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
            quote!(Self::#v(value) => ::awsgen_runtime::codegen::Validate::validate(value).map_err(|e| e.under(#wire)),)
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

        #cfg_write
        impl ::awsgen_runtime::codegen::ToJson for #name {
            fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
                w.begin_object();
                match self {
                    #(#write_arms)*
                    Self::Unknown(unknown) => {
                        w.key(unknown.name());
                        ::awsgen_runtime::codegen::ToJson::write(unknown.value(), w);
                    }
                }
                w.end_object();
            }
        }

        #cfg_read
        /// Exactly one member must be set. `__type` (which some services add) and members
        /// this version does not know are ignored next to a known one; a lone unknown member is
        /// kept as `Unknown`.
        impl ::awsgen_runtime::codegen::FromJson for #name {
            fn read(r: &mut ::awsgen_runtime::codegen::Reader<'_>) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                let mut set: ::std::vec::Vec<Self> = ::std::vec::Vec::new();
                let mut unknown: ::std::option::Option<::awsgen_runtime::primitives::UnknownVariant> = ::std::option::Option::None;
                r.object(|r, key| {
                    if r.try_null() {
                        return ::std::result::Result::Ok(());
                    }
                    match key {
                        #(#from_json_arms)*
                        "__type" => r.skip()?,
                        _ => {
                            let value = r.value_or_null()?;
                            unknown.get_or_insert(::awsgen_runtime::primitives::UnknownVariant::new(key, value));
                        }
                    }
                    ::std::result::Result::Ok(())
                })?;
                match (set.pop(), set.is_empty(), unknown) {
                    (::std::option::Option::Some(one), true, _) => ::std::result::Result::Ok(one),
                    (::std::option::Option::None, _, ::std::option::Option::Some(u)) => ::std::result::Result::Ok(Self::Unknown(u)),
                    (::std::option::Option::Some(_), false, _) => ::std::result::Result::Err(::awsgen_runtime::codegen::DeserializeError::new("an object with one member set", "several")),
                    (::std::option::Option::None, _, ::std::option::Option::None) => ::std::result::Result::Err(::awsgen_runtime::codegen::DeserializeError::new("an object with one member set", "none")),
                }
            }
            fn zero_value() -> Self {
                Self::Unknown(::awsgen_runtime::primitives::UnknownVariant::new(::std::string::String::new(), ::awsgen_runtime::codegen::serde_json::Value::Null))
            }
        }

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
