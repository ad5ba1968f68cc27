//! CBOR, the body format of rpcv2Cbor: `ToCbor` for the shapes a request holds and `FromCbor`
//! for those a response holds. The protocol ignores `@jsonName` and `@timestampFormat`
//! (timestamps are always tag 1), so every member is written and read through its type's own
//! impl; structures are maps keyed by member name, unions maps with one key.

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::ShapeKind;

use crate::emit::structure::{local, message_field};
use crate::naming::ident;
use crate::plan::{Field, Plan};

fn c() -> TokenStream {
    quote!(::awsgen_runtime::codegen::cbor)
}

fn is_unit(plan: &Plan, target: &str) -> bool {
    matches!(&plan.shape(target).kind, ShapeKind::Structure { members } if members.is_empty())
        && target == crate::plan::UNIT
}

/// `ToCbor` and `FromCbor` for structure `id`, in the directions the client uses.
pub fn structure(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    let ty = ident(&plan.types[id].name);
    let c = c();
    let write = plan.written.contains(id).then(|| {
        let writes = fields.iter().map(|f| {
            let (fname, key) = (ident(&f.name), &f.member.name);
            if f.optional {
                quote!(w.optional(#key, &self.#fname);)
            } else {
                quote!(w.member(#key, &self.#fname);)
            }
        });
        quote! {
            impl #c::ToCbor for #ty {
                fn write_cbor(&self, w: &mut #c::CborWriter) {
                    w.begin_map();
                    #(#writes)*
                    w.end();
                }
            }
        }
    });
    let read = plan.read.contains(id).then(|| {
        let error = plan.shape(id).error.is_some();
        let all: Vec<&Field> = fields.iter().collect();
        let message = if error { message_field(plan, &all) } else { None };
        let locals = fields.iter().map(|f| {
            let v = local(f);
            quote!(let mut #v = ::std::option::Option::None;)
        });
        let arms = fields.iter().map(|f| {
            let v = local(f);
            let key = f.member.name.as_str();
            // Services spell an error's message either way.
            let taken = |k: &str| fields.iter().any(|o| o.name != f.name && o.member.name == k);
            let keys: Vec<&str> = match message {
                Some(m) if m.name == f.name => ::std::iter::once(key)
                    .chain(["message", "Message"].into_iter().filter(|k| *k != key && !taken(k)))
                    .collect(),
                _ => vec![key],
            };
            quote!(#(#keys)|* => #v = r.member()?,)
        });
        let entries = fields.iter().map(|f| {
            let (fname, v) = (ident(&f.name), local(f));
            match (&f.default, f.optional) {
                (Some(d), _) => quote!(#fname: #v.unwrap_or_else(|| #d),),
                (None, true) => quote!(#fname: #v,),
                (None, false) => quote!(#fname: #v.unwrap_or_else(#c::FromCbor::zero_value),),
            }
        });
        let zeros = fields.iter().map(|f| {
            let fname = ident(&f.name);
            match (&f.default, f.optional) {
                (Some(d), _) => quote!(#fname: #d,),
                (None, true) => quote!(#fname: ::std::option::Option::None,),
                (None, false) => quote!(#fname: #c::FromCbor::zero_value(),),
            }
        });
        let zeros = super::zero_struct(fields, zeros);
        let walk = if fields.is_empty() {
            quote!(r.map(|r, _key| r.skip())?;)
        } else {
            quote! {
                r.map(|r, key| {
                    match key {
                        #(#arms)*
                        _ => r.skip()?,
                    }
                    ::std::result::Result::Ok(())
                })?;
            }
        };
        quote! {
            impl #c::FromCbor for #ty {
                fn read_cbor(r: &mut #c::CborReader<'_>) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                    #(#locals)*
                    #walk
                    ::std::result::Result::Ok(Self { #(#entries)* })
                }
                fn zero_value() -> Self {
                    #zeros
                }
            }
        }
    });
    quote!(#write #read)
}

/// `ToCbor` and `FromCbor` for union `id`: a map with one key.
pub fn union(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    let ty = ident(&plan.types[id].name);
    let c = c();
    let write = plan.written.contains(id).then(|| {
        let arms = fields.iter().map(|f| {
            let (v, key) = (ident(&f.name), &f.member.name);
            if is_unit(plan, &f.member.target) {
                quote!(Self::#v => { w.key(#key); w.begin_map(); w.end(); })
            } else {
                quote!(Self::#v(value) => w.member(#key, value),)
            }
        });
        quote! {
            impl #c::ToCbor for #ty {
                fn write_cbor(&self, w: &mut #c::CborWriter) {
                    w.begin_map();
                    match self {
                        #(#arms)*
                        // A member this crate does not know cannot be sent: its value is not
                        // kept in CBOR.
                        Self::Unknown(_) => {}
                    }
                    w.end();
                }
            }
        }
    });
    let read = plan.read.contains(id).then(|| {
        let arms = fields.iter().map(|f| {
            let (v, key) = (ident(&f.name), &f.member.name);
            if is_unit(plan, &f.member.target) {
                quote!(#key => { r.skip()?; set.push(Self::#v); })
            } else {
                quote!(#key => set.push(Self::#v(#c::FromCbor::read_cbor(r)?)),)
            }
        });
        quote! {
            /// Exactly one member must be set (`__type` is ignored beside it); a lone member this
            /// version does not know is kept as `Unknown`, by name.
            impl #c::FromCbor for #ty {
                fn read_cbor(r: &mut #c::CborReader<'_>) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                    let mut set: ::std::vec::Vec<Self> = ::std::vec::Vec::new();
                    let mut unknown: ::std::option::Option<::awsgen_runtime::primitives::UnknownVariant> = ::std::option::Option::None;
                    r.map(|r, key| {
                        if r.try_null() {
                            return ::std::result::Result::Ok(());
                        }
                        match key {
                            #(#arms)*
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
                        (::std::option::Option::Some(_), false, _) => ::std::result::Result::Err(::awsgen_runtime::codegen::DeserializeError::new("a map with one member set", "several")),
                        (::std::option::Option::None, _, ::std::option::Option::None) => ::std::result::Result::Err(::awsgen_runtime::codegen::DeserializeError::new("a map with one member set", "none")),
                    }
                }
                fn zero_value() -> Self {
                    Self::Unknown(::awsgen_runtime::primitives::UnknownVariant::new(::std::string::String::new(), ::awsgen_runtime::codegen::serde_json::Value::Null))
                }
            }
        }
    });
    quote!(#write #read)
}

/// `ToCbor` and `FromCbor` for enum or int enum `id`: its value.
pub fn enumeration(plan: &Plan, id: &str) -> TokenStream {
    let ty = ident(&plan.types[id].name);
    let c = c();
    let int = matches!(plan.shape(id).kind, ShapeKind::IntEnum { .. });
    let write = plan.written.contains(id).then(|| {
        let value = if int { quote!(&self.value()) } else { quote!(self.as_str()) };
        quote! {
            impl #c::ToCbor for #ty {
                fn write_cbor(&self, w: &mut #c::CborWriter) {
                    #c::ToCbor::write_cbor(#value, w)
                }
            }
        }
    });
    let read = plan.read.contains(id).then(|| {
        let (read, zero) = if int {
            (
                quote!(<i32 as #c::FromCbor>::read_cbor(r).map(Self::from)),
                quote!(Self::Unknown(::awsgen_runtime::primitives::UnknownInt::new(0))),
            )
        } else {
            (
                quote!(r.text("a string").map(|s| Self::from(s.as_str()))),
                quote!(Self::Unknown(::awsgen_runtime::primitives::UnknownValue::new(::std::string::String::new()))),
            )
        };
        quote! {
            impl #c::FromCbor for #ty {
                fn read_cbor(r: &mut #c::CborReader<'_>) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                    #read
                }
                fn zero_value() -> Self {
                    #zero
                }
            }
        }
    });
    quote!(#write #read)
}

/// `ToCbor` (an empty map) and `FromCbor` (whatever the body holds) for an operation's empty
/// input or output.
pub fn empty(name: &str, input: bool) -> TokenStream {
    let ty = ident(name);
    let c = c();
    if input {
        quote! {
            impl #c::ToCbor for #ty {
                fn write_cbor(&self, w: &mut #c::CborWriter) {
                    w.begin_map();
                    w.end();
                }
            }
        }
    } else {
        quote! {
            impl #c::FromCbor for #ty {
                fn read_cbor(r: &mut #c::CborReader<'_>) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                    r.skip()?;
                    ::std::result::Result::Ok(Self {})
                }
                fn zero_value() -> Self {
                    Self {}
                }
            }
        }
    }
}
