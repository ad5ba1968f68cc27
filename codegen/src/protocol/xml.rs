//! XML responses (awsQuery, ec2Query; restXml later): a `FromXml` impl for each structure,
//! union and enum a response can hold. A structure reads its members from its element's
//! children, matched by name (`@xmlName` or the member's own), and from its attributes
//! (`@xmlAttribute`); a wrapped list's items are the children of the member's element named by
//! the list member (`member` unless renamed), a flattened list's items the member's elements
//! themselves, repeated; maps likewise with `entry` elements holding a key and a value.
//! Unknown elements and attributes are ignored; a missing required member takes its zero
//! value.

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::{Member, ShapeKind};

use super::query::{flattened, time_format};
use crate::emit::structure::local;
use crate::naming::ident;
use crate::plan::{Field, Plan};

fn x() -> TokenStream {
    quote!(::awsgen_runtime::codegen::xml)
}

/// A member's element (or attribute) name.
pub fn name(m: &Member) -> &str {
    m.xml.name.as_deref().unwrap_or(&m.name)
}

/// An expression reading a value of shape `target` from the element `node`
/// (`Result<T, DeserializeError>`); `members` as for the query form's writer.
fn read(plan: &Plan, members: &[&Member], target: &str, node: TokenStream) -> TokenStream {
    let x = x();
    match &plan.shape(target).kind {
        ShapeKind::Timestamp { .. } => {
            let f = time_format(plan, members, target);
            quote!(#x::time(#node, #f))
        }
        ShapeKind::List { member, sparse } => {
            let item = name_or(member, "member");
            let inner = read_item(plan, member, *sparse);
            quote!(#x::list(#node, #item, |n| #inner))
        }
        ShapeKind::Map { key, value, sparse } => {
            let (kn, vn) = (name_or(key, "key"), name_or(value, "value"));
            let inner = read_item(plan, value, *sparse);
            quote!(#x::map(#node, (#kn, #vn), |n| #inner))
        }
        _ => quote!(#x::read(#node)),
    }
}

fn name_or<'m>(m: &'m Member, default: &'m str) -> &'m str {
    m.xml.name.as_deref().unwrap_or(default)
}

/// An expression reading one item of a list (or value of a map) whose member is `member` from
/// the element `n`.
fn read_item(plan: &Plan, member: &Member, sparse: bool) -> TokenStream {
    let inner = read(plan, &[member], &member.target, quote!(n));
    if sparse {
        quote!(#inner.map(::std::option::Option::Some))
    } else {
        inner
    }
}

/// The arm of a structure's child loop that reads field `f` from `child`.
fn member_arm(plan: &Plan, f: &Field) -> TokenStream {
    let x = x();
    let v = local(f);
    let n = name(f.member);
    let in_member = quote!(.map_err(|e| e.in_member(#n))?);
    match &plan.shape(&f.member.target).kind {
        ShapeKind::List { member, sparse } if flattened(plan, f.member) => {
            let item = read_item(plan, member, *sparse);
            quote!(#n => #v.get_or_insert_with(::std::vec::Vec::new).push({ let n = child; #item }#in_member),)
        }
        ShapeKind::Map { key, value, sparse } if flattened(plan, f.member) => {
            let (kn, vn) = (name_or(key, "key"), name_or(value, "value"));
            let item = read_item(plan, value, *sparse);
            quote!(#n => #x::map_entry(child, (#kn, #vn), #v.get_or_insert_with(::std::collections::BTreeMap::new), |n| #item)#in_member,)
        }
        ShapeKind::Timestamp { .. } | ShapeKind::List { .. } | ShapeKind::Map { .. } => {
            let value = read(plan, &[f.member], &f.member.target, quote!(child));
            quote!(#n => #v = #x::some(child, #value)?,)
        }
        _ if f.boxed => quote!(#n => #v = #x::member(child)?.map(::std::boxed::Box::new),),
        // The type follows from the field the local is moved into.
        _ => quote!(#n => #v = #x::member(child)?,),
    }
}

/// The statement reading an `@xmlAttribute` field from `node`.
fn attribute(plan: &Plan, f: &Field) -> TokenStream {
    let v = local(f);
    let n = name(f.member);
    let ty = plan.rust_type(&f.member.target);
    let hb = quote!(::awsgen_runtime::codegen::http_binding);
    let x = x();
    let parse = match &plan.shape(&f.member.target).kind {
        ShapeKind::Timestamp { .. } => {
            let fmt = time_format(plan, &[f.member], &f.member.target);
            quote!(|s| #hb::parse_time(s, #fmt))
        }
        ShapeKind::Enum { .. } | ShapeKind::String { values: Some(_) } => {
            quote!(|s| ::std::option::Option::Some(<#ty as ::std::convert::From<&str>>::from(s)))
        }
        ShapeKind::IntEnum { .. } => {
            quote!(|s| <i32 as #hb::FromHttpText>::from_text(s).map(<#ty as ::std::convert::From<i32>>::from))
        }
        _ => quote!(<#ty as #hb::FromHttpText>::from_text),
    };
    quote!(let #v = #x::attribute(node, #n, #parse)?;)
}

/// What a required field takes when the response leaves it out: its type's zero value.
fn zero(plan: &Plan, f: &Field) -> TokenStream {
    let x = x();
    let value = match &plan.shape(&f.member.target).kind {
        ShapeKind::Structure { .. }
        | ShapeKind::Union { .. }
        | ShapeKind::Enum { .. }
        | ShapeKind::IntEnum { .. }
        | ShapeKind::String { values: Some(_) }
        | ShapeKind::BigInteger
        | ShapeKind::BigDecimal => {
            let ty = plan.rust_type(&f.member.target);
            quote!(<#ty as #x::FromXml>::zero_value())
        }
        _ => quote!(::std::default::Default::default()),
    };
    if f.boxed {
        quote!(::std::boxed::Box::new(#value))
    } else {
        value
    }
}

/// The field initializer from a member's local (as JSON's: a default, or the zero value).
fn entry(plan: &Plan, f: &Field) -> TokenStream {
    let fname = ident(&f.name);
    let v = local(f);
    match (&f.default, f.optional) {
        (Some(d), _) => quote!(#fname: #v.unwrap_or_else(|| #d),),
        (None, true) => quote!(#fname: #v,),
        (None, false) => {
            let z = zero(plan, f);
            quote!(#fname: #v.unwrap_or_else(|| #z),)
        }
    }
}

fn zero_entry(plan: &Plan, f: &Field) -> TokenStream {
    let fname = ident(&f.name);
    match (&f.default, f.optional) {
        (Some(d), _) => quote!(#fname: #d,),
        (None, true) => quote!(#fname: ::std::option::Option::None,),
        (None, false) => {
            let z = zero(plan, f);
            quote!(#fname: #z,)
        }
    }
}

/// `FromXml` for structure `id`, when a response can hold it.
pub fn structure(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    if !plan.read.contains(id) {
        return quote!();
    }
    let ty = ident(&plan.types[id].name);
    let x = x();
    let (attrs, elements): (Vec<&Field>, Vec<&Field>) = fields.iter().partition(|f| f.member.xml.attribute);
    let locals = elements.iter().map(|f| {
        let v = local(f);
        quote!(let mut #v = ::std::option::Option::None;)
    });
    let arms: Vec<TokenStream> = elements.iter().map(|f| member_arm(plan, f)).collect();
    let attrs = attrs.iter().map(|f| attribute(plan, f));
    let entries = fields.iter().map(|f| entry(plan, f));
    let zeros = fields.iter().map(|f| zero_entry(plan, f));
    let walk = if arms.is_empty() {
        quote!()
    } else {
        quote! {
            for child in node.children() {
                match child.name() {
                    #(#arms)*
                    _ => {}
                }
            }
        }
    };
    quote! {
        impl #x::FromXml for #ty {
            fn read_xml(node: #x::Node<'_, '_>) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                node.enter()?;
                #(#locals)*
                #walk
                #(#attrs)*
                ::std::result::Result::Ok(Self { #(#entries)* })
            }
            fn zero_value() -> Self {
                Self { #(#zeros)* }
            }
        }
    }
}

/// `FromXml` for union `id`: the first child element that names one of its members; an element
/// the crate does not know is kept as `Unknown` (its name, and its text as the value).
pub fn union(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    if !plan.read.contains(id) {
        return quote!();
    }
    let ty = ident(&plan.types[id].name);
    let x = x();
    let arms = fields.iter().map(|f| {
        let v = ident(&f.name);
        let n = name(f.member);
        if f.member.target == crate::plan::UNIT {
            quote!(#n => return ::std::result::Result::Ok(Self::#v),)
        } else {
            let value = read(plan, &[f.member], &f.member.target, quote!(child));
            let value = if f.boxed { quote!(#value.map(::std::boxed::Box::new)) } else { value };
            quote!(#n => return #value.map(Self::#v).map_err(|e| e.in_member(#n)),)
        }
    });
    quote! {
        impl #x::FromXml for #ty {
            fn read_xml(node: #x::Node<'_, '_>) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                node.enter()?;
                for child in node.children() {
                    match child.name() {
                        #(#arms)*
                        other => {
                            let text = ::awsgen_runtime::codegen::serde_json::Value::String(child.text());
                            return ::std::result::Result::Ok(Self::Unknown(::awsgen_runtime::primitives::UnknownVariant::new(other, text)));
                        }
                    }
                }
                ::std::result::Result::Err(::awsgen_runtime::codegen::DeserializeError::new("an element with one member set", "none"))
            }
            fn zero_value() -> Self {
                Self::Unknown(::awsgen_runtime::primitives::UnknownVariant::new(::std::string::String::new(), ::awsgen_runtime::codegen::serde_json::Value::Null))
            }
        }
    }
}

/// `FromXml` for enum or int enum `id`: its text.
pub fn enumeration(plan: &Plan, id: &str) -> TokenStream {
    if !plan.read.contains(id) {
        return quote!();
    }
    let ty = ident(&plan.types[id].name);
    let x = x();
    let (read, zero) = match plan.shape(id).kind {
        ShapeKind::IntEnum { .. } => (
            quote!(<i32 as #x::FromXml>::read_xml(node).map(Self::from)),
            quote!(Self::Unknown(::awsgen_runtime::primitives::UnknownInt::new(0))),
        ),
        _ => (
            quote!(::std::result::Result::Ok(Self::from(node.text().as_str()))),
            quote!(Self::Unknown(::awsgen_runtime::primitives::UnknownValue::new(::std::string::String::new()))),
        ),
    };
    quote! {
        impl #x::FromXml for #ty {
            fn read_xml(node: #x::Node<'_, '_>) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                #read
            }
            fn zero_value() -> Self {
                #zero
            }
        }
    }
}

/// `FromXml` for an operation's empty output: whatever the element holds is ignored.
pub fn empty(name: &str) -> TokenStream {
    let ty = ident(name);
    let x = x();
    quote! {
        impl #x::FromXml for #ty {
            fn read_xml(_node: #x::Node<'_, '_>) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
                ::std::result::Result::Ok(Self {})
            }
            fn zero_value() -> Self {
                Self {}
            }
        }
    }
}
