//! JSON, the body format of awsJson 1.0/1.1 and restJson1, and the form every generated type
//! can be written in and read from (behind `test-util` where the protocol is not JSON: tests,
//! fakes and endpoint test cases use it). `ToJson`/`FromJson` impls for structures, unions and
//! enums, the statements that write and read one member, and the HTTP body and payload pieces
//! of restJson1.
//!
//! Reading is lenient where Smithy asks clients to be: unknown members are skipped, `null` is
//! absent, a missing required member takes its zero value, and a modeled error's message is
//! read from whichever spelling the body has.

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::{Member, Protocol, ShapeKind};

use crate::emit::structure::{local, message_field, MESSAGE_KEYS};
use crate::naming::ident;
use crate::plan::{Field, Plan};

/// A member's key in JSON: its `@jsonName` where the protocol honours it (restJson1), else its
/// name.
pub fn key<'m>(plan: &Plan, m: &'m Member) -> &'m str {
    match (&m.json_name, plan.protocol) {
        (Some(name), Protocol::RestJson1) => name,
        _ => &m.name,
    }
}

/// `#[cfg(feature = "test-util")]` on a JSON impl the client does not need: every JSON impl
/// where the protocol is not JSON, else the direction the client does not use.
fn cfg(plan: &Plan, id: &str, write: bool) -> TokenStream {
    if super::body_format(plan.protocol) == super::BodyFormat::Json {
        plan.test_util_unless_needed(id, write)
    } else {
        quote!(#[cfg(feature = "test-util")])
    }
}

/// The statement that writes field `f` of `value` (a structure holding it) as the member `key`
/// (nothing when unset).
pub fn write_member_of(f: &Field, value: TokenStream, key: &str) -> TokenStream {
    let name = ident(&f.name);
    match (&f.codec, f.optional) {
        (Some(c), true) => quote!(w.optional_as::<#c, _>(#key, &#value.#name);),
        (Some(c), false) => quote!(w.member_as::<#c, _>(#key, &#value.#name);),
        (None, true) => quote!(w.optional(#key, &#value.#name);),
        (None, false) => quote!(w.member(#key, &#value.#name);),
    }
}

/// The statement that writes `value` (a `&T` of field `f`'s type) as the member `key`.
fn write_value(f: &Field, key: &str, value: TokenStream) -> TokenStream {
    match &f.codec {
        Some(c) => quote!(w.member_as::<#c, _>(#key, #value);),
        None => quote!(w.member(#key, #value);),
    }
}

/// The expression that reads field `f`'s value from `r` (`None` for `null`).
fn read_member(f: &Field) -> TokenStream {
    match &f.codec {
        Some(c) => quote!(r.member_as::<#c, _>()),
        None => quote!(r.member()),
    }
}

/// The function that reads a value of field `f` from JSON: its codec's, or `FromJson`'s.
fn decode_fn(f: &Field) -> TokenStream {
    match &f.codec {
        Some(c) => quote!(::awsgen_runtime::codegen::decode::<#c, _>),
        None => quote!(::awsgen_runtime::codegen::FromJson::read),
    }
}

/// `ToJson` and `FromJson` for the structure `id`.
pub fn structure(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    let name = ident(&plan.types[id].name);
    let error = plan.shape(id).error.is_some();
    // A member bound outside the body (a label, say) may share its JSON key with a body member
    // (API Gateway's `httpMethod`): the JSON form keeps the body member.
    let in_json: Vec<&Field> = fields
        .iter()
        .filter(|f| {
            f.member.http == smithy_ir::HttpBinding::Body
                || !fields.iter().any(|o| {
                    o.member.http == smithy_ir::HttpBinding::Body && key(plan, o.member) == key(plan, f.member)
                })
        })
        .collect();
    let write_entries = in_json.iter().map(|f| write_member_of(f, quote!(self), key(plan, f.member)));
    // The value starts as its zero value (defaults, `None`, zeros) and each member read
    // replaces its field: no local per member, and no second list of them to build `Self`.
    let message = message_field(plan, &in_json).filter(|_| error);
    let arms = in_json.iter().map(|f| match message {
        Some(m) if m.name == f.name => read_arm(plan, f, &in_json, error),
        _ => read_into(plan, f),
    });
    let rank = message_rank_local(plan, &in_json, error);
    let (message_local, message_set) = match message {
        None => (quote!(), quote!()),
        Some(m) => {
            let (v, fname) = (local(m), ident(&m.name));
            let set = if m.optional && m.default.is_none() {
                quote!(out.#fname = #v;)
            } else {
                quote!(if let ::std::option::Option::Some(value) = #v { out.#fname = value; })
            };
            (quote!(let mut #v = ::std::option::Option::None;), set)
        }
    };
    let out = if in_json.is_empty() { quote!(out) } else { quote!(mut out) };
    let read_members = if in_json.is_empty() {
        quote!(r.object(|r, _key| r.skip())?;)
    } else {
        quote! {
            r.object(|r, key| {
                match key {
                    #(#arms)*
                    _ => r.skip()?,
                }
                ::std::result::Result::Ok(())
            })?;
        }
    };
    let zero_entries = fields.iter().map(|f| {
        let fname = ident(&f.name);
        match (&f.default, f.optional) {
            (Some(d), _) => quote!(#fname: #d,),
            (None, true) => quote!(#fname: ::std::option::Option::None,),
            (None, false) => quote!(#fname: ::awsgen_runtime::codegen::FromJson::zero_value(),),
        }
    });
    let zero_entries = super::zero_struct(fields, zero_entries);
    let (cfg_write, cfg_read) = (cfg(plan, id, true), cfg(plan, id, false));
    quote! {
        #cfg_write
        impl ::awsgen_runtime::codegen::ToJson for #name {
            fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
                w.begin_object();
                #(#write_entries)*
                w.end_object();
            }
        }

        #cfg_read
        impl ::awsgen_runtime::codegen::FromJson for #name {
            fn read(r: &mut ::awsgen_runtime::codegen::Reader<'_>) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                let #out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
                #rank
                #message_local
                #read_members
                #message_set
                ::std::result::Result::Ok(out)
            }
            fn zero_value() -> Self {
                #zero_entries
            }
        }

    }
}

/// `ToJson` and `FromJson` for the union `id`: an object with one member set.
pub fn union(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    let name = ident(&plan.types[id].name);
    let is_unit = |target: &str| {
        matches!(&plan.shape(target).kind, ShapeKind::Structure { members } if members.is_empty())
            && target == crate::plan::UNIT
    };
    let write_arms = fields.iter().map(|f| {
        let v = ident(&f.name);
        let wire = key(plan, f.member);
        if is_unit(&f.member.target) {
            quote!(Self::#v => {
                w.key(#wire);
                w.begin_object();
                w.end_object();
            })
        } else {
            let write = write_value(f, wire, quote!(value));
            quote!(Self::#v(value) => { #write })
        }
    });
    let from_json_arms = fields.iter().map(|f| {
        let v = ident(&f.name);
        let wire = key(plan, f.member);
        if is_unit(&f.member.target) {
            quote!(#wire => { r.skip()?; set.push(Self::#v); })
        } else {
            let decode = decode_fn(f);
            quote!(#wire => set.push(Self::#v(#decode(r)?)),)
        }
    });
    let (cfg_write, cfg_read) = (cfg(plan, id, true), cfg(plan, id, false));
    quote! {
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

    }
}

/// The `match` arm reading member `f` of a JSON object (of which `fields` are read from the
/// body) into its local.
pub(crate) fn read_arm(plan: &Plan, f: &Field, fields: &[&Field], error: bool) -> TokenStream {
    let v = local(f);
    let read = read_member(f);
    let wire = key(plan, f.member);
    if error && message_field(plan, fields).is_some_and(|m| m.name == f.name) {
        // Services spell an error's message several ways, and some send two: whatever the
        // order, the best spelling wins, as for errors the model does not declare.
        let others: Vec<&str> = fields.iter().filter(|o| o.name != f.name).map(|o| key(plan, o.member)).collect();
        let keys =
            ::std::iter::once(wire).chain(MESSAGE_KEYS.iter().copied().filter(|k| *k != wire && !others.contains(k)));
        return quote!(key @ (#(#keys)|*) => r.message_member(key, &mut message_rank, &mut #v)?,);
    }
    quote!(#wire => #v = #read?,)
}

/// The match arm that reads member `f` into its field of `out`, which holds its zero value or
/// default until then.
fn read_into(plan: &Plan, f: &Field) -> TokenStream {
    let (fname, wire) = (ident(&f.name), key(plan, f.member));
    match (&f.codec, f.optional && f.default.is_none()) {
        (_, true) => {
            let read = read_member(f);
            quote!(#wire => out.#fname = #read?,)
        }
        (Some(c), false) => quote!(#wire => r.set_as::<#c, _>(&mut out.#fname)?,),
        (None, false) => quote!(#wire => r.set(&mut out.#fname)?,),
    }
}

/// The local [`read_arm`] keeps the rank of the message's spelling in, when it needs one.
pub(crate) fn message_rank_local(plan: &Plan, fields: &[&Field], error: bool) -> TokenStream {
    if error && message_field(plan, fields).is_some() {
        quote!(let mut message_rank = usize::MAX;)
    } else {
        quote!()
    }
}

/// The field initializer from a member's local: a member the response leaves out takes its
/// default, or (required) its type's zero value.
pub(crate) fn entry(f: &Field) -> TokenStream {
    let fname = ident(&f.name);
    let v = local(f);
    match (&f.default, f.optional) {
        (Some(d), _) => quote!(#fname: #v.unwrap_or_else(|| #d),),
        (None, true) => quote!(#fname: #v,),
        (None, false) => quote!(#fname: #v.unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),),
    }
}

/// `ToJson` and `FromJson` for the enum `id`: its value as a JSON string.
pub fn string_enum(plan: &Plan, id: &str) -> TokenStream {
    let name = ident(&plan.types[id].name);
    let (cfg_write, cfg_read) = (cfg(plan, id, true), cfg(plan, id, false));
    quote! {
        #cfg_write
        impl ::awsgen_runtime::codegen::ToJson for #name {
            fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
                w.string(self.as_str())
            }
        }

        #cfg_read
        impl ::awsgen_runtime::codegen::FromJson for #name {
            fn read(r: &mut ::awsgen_runtime::codegen::Reader<'_>) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                r.string().map(|s| Self::from(s.as_str()))
            }
            fn zero_value() -> Self {
                Self::Unknown(::awsgen_runtime::primitives::UnknownValue::new(::std::string::String::new()))
            }
        }

    }
}

/// `ToJson` and `FromJson` for the int enum `id`: its value as a JSON number.
pub fn int_enum(plan: &Plan, id: &str) -> TokenStream {
    let name = ident(&plan.types[id].name);
    let (cfg_write, cfg_read) = (cfg(plan, id, true), cfg(plan, id, false));
    quote! {
        #cfg_write
        impl ::awsgen_runtime::codegen::ToJson for #name {
            fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
                ::awsgen_runtime::codegen::ToJson::write(&self.value(), w)
            }
        }

        #cfg_read
        impl ::awsgen_runtime::codegen::FromJson for #name {
            fn read(r: &mut ::awsgen_runtime::codegen::Reader<'_>) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                <i32 as ::awsgen_runtime::codegen::FromJson>::read(r).map(Self::from)
            }
            fn zero_value() -> Self {
                Self::Unknown(::awsgen_runtime::primitives::UnknownInt::new(0))
            }
        }

    }
}

/// restJson1: a structure, union or document payload `v` as the whole JSON body, and what an
/// unset one sends (an unset structure is `{}`; an unset union or document, no body).
pub fn payload_write(plan: &Plan, f: &Field) -> (TokenStream, TokenStream) {
    let put = quote!(b.body(::awsgen_runtime::codegen::ToJson::to_json_bytes(v), "application/json"););
    match plan.shape(&f.member.target).kind {
        ShapeKind::Structure { .. } => {
            (put, quote!(else { b.body(::std::vec::Vec::from(*b"{}"), "application/json"); }))
        }
        _ => (put, quote!()),
    }
}

/// restJson1: the body members of `input` as a JSON object.
pub fn body_write(plan: &Plan, body: &[&Field]) -> TokenStream {
    let writes = body.iter().map(|f| write_member_of(f, quote!(input), key(plan, f.member)));
    quote! {
        let mut w = ::awsgen_runtime::codegen::Writer::default();
        w.begin_object();
        #(#writes)*
        w.end_object();
        b.body(w.into_bytes(), "application/json");
    }
}

/// restJson1: the statements reading the `body` members from the JSON body into their locals.
pub fn body_read(plan: &Plan, body: &[&Field], error: bool) -> TokenStream {
    let arms = body.iter().map(|f| read_arm(plan, f, body, error));
    let rank = message_rank_local(plan, body, error);
    quote! {
        #rank
        ::awsgen_runtime::codegen::http_binding::read_body(body, |r, key| {
            match key {
                #(#arms)*
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
    }
}
