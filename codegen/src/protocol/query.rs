//! The query form of awsQuery and ec2Query requests: a `ToQuery` impl for each structure,
//! union and enum a request can hold, writing every member under its name below the key it is
//! given (`Nested.StringArg`). The two protocols differ in names and lists:
//!
//! - awsQuery: a member's name is its `@xmlName` or its own; a list is `Key.member.N` (the
//!   list member's `@xmlName` for `member`), or `Key.N` when `@xmlFlattened`; an empty list is
//!   `Key=`; a map is `Key.entry.N.key` and `.value` (`Key.N.key` when flattened).
//! - ec2Query: a member's name is its `@ec2QueryName`, else its `@xmlName` or own name with the
//!   first letter capitalised; every list is `Key.N`, and an empty one is left out.
//!
//! Timestamps are date-time unless `@timestampFormat` says otherwise; blobs are base64.

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::{Member, Protocol, ShapeKind, TimestampFormat};

use crate::naming::ident;
use crate::plan::{Field, Plan};

fn q() -> TokenStream {
    quote!(::awsgen_runtime::codegen::query)
}

fn ec2(plan: &Plan) -> bool {
    plan.protocol == Protocol::Ec2Query
}

/// A member's name in the query.
pub fn name(plan: &Plan, m: &Member) -> String {
    let own = m.xml.name.as_deref().unwrap_or(&m.name);
    if !ec2(plan) {
        return own.to_string();
    }
    match &m.ec2_query_name {
        Some(n) => n.clone(),
        None => {
            let mut chars = own.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        }
    }
}

/// The text form of a timestamp: the model's format, else date-time.
pub fn time_format(plan: &Plan, members: &[&Member], target: &str) -> TokenStream {
    let model = members.iter().find_map(|m| m.timestamp_format).or(match &plan.shape(target).kind {
        ShapeKind::Timestamp { format } => *format,
        _ => None,
    });
    let hb = quote!(::awsgen_runtime::codegen::http_binding);
    match model {
        Some(TimestampFormat::EpochSeconds) => quote!(#hb::TimeFormat::EpochSeconds),
        Some(TimestampFormat::HttpDate) => quote!(#hb::TimeFormat::HttpDate),
        Some(TimestampFormat::DateTime) | None => quote!(#hb::TimeFormat::DateTime),
    }
}

/// Whether the list or map that `m` holds is written flattened.
pub fn flattened(plan: &Plan, m: &Member) -> bool {
    m.xml.flattened || plan.shape(&m.target).xml.flattened
}

/// Whether a value of shape `target` writes itself (`ToQuery`), rather than needing its
/// member's traits (timestamps, lists, maps).
fn plain(plan: &Plan, target: &str) -> bool {
    !matches!(plan.shape(target).kind, ShapeKind::Timestamp { .. } | ShapeKind::List { .. } | ShapeKind::Map { .. })
}

/// The name of a list's items (`Key.member.N`), or `None` when they are numbered directly
/// (`Key.N`: ec2Query, and flattened lists); `holder` is the member holding the list.
fn list_item(plan: &Plan, holder: &Member, member: &Member) -> TokenStream {
    list_item_named(plan, flattened(plan, holder), member)
}

fn list_item_named(plan: &Plan, flat: bool, member: &Member) -> TokenStream {
    if ec2(plan) || flat {
        quote!(::std::option::Option::None)
    } else {
        let n = member.xml.name.as_deref().unwrap_or("member");
        quote!(::std::option::Option::Some(#n))
    }
}

/// Statements writing `value` (a `&T` of shape `target`) under `key` (a `&str`); `members`
/// are the member holding it and, for a list's items or a map's values, the list's or map's
/// member, whose traits apply.
fn write(plan: &Plan, members: &[&Member], target: &str, value: TokenStream, key: TokenStream) -> TokenStream {
    let q = q();
    match &plan.shape(target).kind {
        ShapeKind::Timestamp { .. } => {
            let f = time_format(plan, members, target);
            quote!(#q::time(w, #key, #value, #f);)
        }
        ShapeKind::List { member, sparse } => {
            let item = match members.first() {
                Some(m) => list_item(plan, m, member),
                None => list_item_named(plan, false, member),
            };
            let blank = !ec2(plan);
            if plain(plan, &member.target) && !sparse {
                return quote!(w.list(#key, #value, #item, #blank););
            }
            let inner = write(plan, &[member], &member.target, quote!(v), quote!(k));
            let inner = if *sparse { quote!(if let ::std::option::Option::Some(v) = v { #inner }) } else { inner };
            quote!(#q::list_with(w, #key, #value, #item, #blank, |w, k, v| { #inner });)
        }
        ShapeKind::Map { key: k, value: v, sparse } => {
            let flat = members.first().is_some_and(|m| flattened(plan, m));
            let (kn, vn) = (k.xml.name.as_deref().unwrap_or("key"), v.xml.name.as_deref().unwrap_or("value"));
            if plain(plan, &v.target) && !sparse {
                return quote!(w.map(#key, #value, #flat, (#kn, #vn)););
            }
            let inner = write(plan, &[v], &v.target, quote!(v), quote!(k));
            let inner = if *sparse { quote!(if let ::std::option::Option::Some(v) = v { #inner }) } else { inner };
            quote!(#q::map_with(w, #key, #value, #flat, (#kn, #vn), |w, k, v| { #inner });)
        }
        _ => quote!(#q::ToQuery::write_query(#value, w, #key);),
    }
}

/// The statement writing field `f` of `self` under `prefix`'s child named for it.
fn write_field(plan: &Plan, f: &Field) -> TokenStream {
    let q = q();
    let fname = ident(&f.name);
    let n = name(plan, f.member);
    match (plain(plan, &f.member.target) && !f.boxed, f.optional) {
        (true, true) => return quote!(w.optional(key, #n, &self.#fname);),
        (true, false) => return quote!(w.member(key, #n, &self.#fname);),
        _ => {}
    }
    // The common list member in one call (EC2's inputs have hundreds).
    if let ShapeKind::List { member, sparse: false } = &plan.shape(&f.member.target).kind {
        if f.optional && !f.boxed && plain(plan, &member.target) {
            let item = list_item(plan, f.member, member);
            let blank = !ec2(plan);
            return quote!(w.optional_list(key, #n, &self.#fname, #item, #blank););
        }
    }
    let key = quote!(&#q::key(key, #n));
    let v = if f.boxed { quote!(&**v) } else { quote!(v) };
    let body = write(plan, &[f.member], &f.member.target, v, key);
    if f.optional {
        quote!(if let ::std::option::Option::Some(v) = &self.#fname { #body })
    } else {
        quote!({ let v = &self.#fname; #body })
    }
}

/// `ToQuery` for structure `id`, when a request can hold it.
pub fn structure(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    if !plan.written.contains(id) {
        return quote!();
    }
    let ty = ident(&plan.types[id].name);
    let q = q();
    let writes = fields.iter().map(|f| write_field(plan, f));
    let params = if fields.is_empty() {
        quote!(_w: &mut #q::QueryWriter, _key: &str)
    } else {
        quote!(w: &mut #q::QueryWriter, key: &str)
    };
    quote! {
        impl #q::ToQuery for #ty {
            fn write_query(&self, #params) {
                #(#writes)*
            }
        }
    }
}

/// `ToQuery` for union `id`: its one member, as a structure's.
pub fn union(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    if !plan.written.contains(id) {
        return quote!();
    }
    let ty = ident(&plan.types[id].name);
    let q = q();
    let arms = fields.iter().map(|f| {
        let v = ident(&f.name);
        let n = name(plan, f.member);
        if f.member.target == crate::plan::UNIT {
            quote!(Self::#v => w.pair(&#q::key(key, #n), ""),)
        } else {
            let value = if f.boxed { quote!(&**value) } else { quote!(value) };
            let body = write(plan, &[f.member], &f.member.target, value, quote!(&#q::key(key, #n)));
            quote!(Self::#v(value) => { #body })
        }
    });
    quote! {
        impl #q::ToQuery for #ty {
            fn write_query(&self, w: &mut #q::QueryWriter, key: &str) {
                match self {
                    #(#arms)*
                    // A member this crate does not know cannot be sent: its value is not kept in a
                    // form the query can write.
                    Self::Unknown(_) => {}
                }
            }
        }
    }
}

/// `ToQuery` for enum or int enum `id`: its value.
pub fn enumeration(plan: &Plan, id: &str) -> TokenStream {
    if !plan.written.contains(id) {
        return quote!();
    }
    let ty = ident(&plan.types[id].name);
    let q = q();
    let text = match plan.shape(id).kind {
        ShapeKind::IntEnum { .. } => quote!(&self.value().to_string()),
        _ => quote!(self.as_str()),
    };
    quote! {
        impl #q::ToQuery for #ty {
            fn write_query(&self, w: &mut #q::QueryWriter, key: &str) {
                w.pair(key, #text);
            }
        }
    }
}

/// `ToQuery` for an operation's empty input.
pub fn empty(name: &str) -> TokenStream {
    let ty = ident(name);
    let q = q();
    quote! {
        impl #q::ToQuery for #ty {
            fn write_query(&self, _w: &mut #q::QueryWriter, _key: &str) {}
        }
    }
}

/// The body of an operation's request: the action, the API version and the input.
pub fn request_body(plan: &Plan, operation: &str) -> TokenStream {
    let q = q();
    let version = &plan.svc.version;
    quote! {
        {
            let mut w = #q::QueryWriter::new(#operation, #version);
            #q::ToQuery::write_query(&input, &mut w, "");
            w.into_bytes()
        }
    }
}
