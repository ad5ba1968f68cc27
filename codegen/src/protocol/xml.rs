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
            let inner = read_fn(plan, member, *sparse);
            quote!(#x::list(#node, #item, #inner))
        }
        ShapeKind::Map { key, value, sparse } => {
            let (kn, vn) = (name_or(key, "key"), name_or(value, "value"));
            let inner = read_fn(plan, value, *sparse);
            quote!(#x::map(#node, (#kn, #vn), #inner))
        }
        _ => quote!(#x::read(#node)),
    }
}

fn name_or<'m>(m: &'m Member, default: &'m str) -> &'m str {
    m.xml.name.as_deref().unwrap_or(default)
}

/// Whether an item of shape `target` reads itself (`FromXml`), with nothing to say how.
fn reads_itself(plan: &Plan, target: &str) -> bool {
    !matches!(plan.shape(target).kind, ShapeKind::Timestamp { .. } | ShapeKind::List { .. } | ShapeKind::Map { .. })
}

/// A function reading one item of a list (or value of a map) whose member is `member`: the
/// runtime's generic `read` when the item reads itself, so that every list of one item type
/// shares one compiled reader; else a closure that captures nothing (a `fn` pointer).
fn read_fn(plan: &Plan, member: &Member, sparse: bool) -> TokenStream {
    let x = x();
    if !sparse && reads_itself(plan, &member.target) {
        return quote!(#x::read);
    }
    let inner = read(plan, &[member], &member.target, quote!(n));
    if sparse {
        quote!(|n| #inner.map(::std::option::Option::Some))
    } else {
        quote!(|n| #inner)
    }
}

/// The statement of a structure's child loop that reads field `f` from `child`.
fn member_read(plan: &Plan, f: &Field) -> TokenStream {
    let x = x();
    let v = local(f);
    match &plan.shape(&f.member.target).kind {
        ShapeKind::List { member, sparse } if flattened(plan, f.member) => {
            let item = read_fn(plan, member, *sparse);
            quote!(#x::push_item(child, &mut #v, #item)?;)
        }
        ShapeKind::Map { key, value, sparse } if flattened(plan, f.member) => {
            let (kn, vn) = (name_or(key, "key"), name_or(value, "value"));
            let item = read_fn(plan, value, *sparse);
            quote!(#x::push_entry(child, (#kn, #vn), &mut #v, #item)?;)
        }
        ShapeKind::List { member, sparse: false } if reads_itself(plan, &member.target) => {
            let item = name_or(member, "member");
            quote!(#v = #x::member_list(child, #item)?;)
        }
        ShapeKind::Timestamp { .. } | ShapeKind::List { .. } | ShapeKind::Map { .. } => {
            let value = read(plan, &[f.member], &f.member.target, quote!(child));
            quote!(#v = #x::some(child, #value)?;)
        }
        _ if f.boxed => quote!(#v = #x::member(child)?.map(::std::boxed::Box::new);),
        // The type follows from the field the local is moved into.
        _ => quote!(#v = #x::member(child)?;),
    }
}

/// The arms of a structure's child loop, one per element name. Members sharing a name (S3's
/// deprecated `Event` beside its flattened `Events`) each read the element, as botocore reads
/// it into both.
///
/// An error's message member also reads the other spelling of `Message`: services send
/// `<Message>` whatever the model calls the member (Route 53's errors model `message`).
fn member_arms(plan: &Plan, elements: &[&Field], error: bool) -> Vec<TokenStream> {
    let message = if error { crate::emit::structure::message_field(plan, elements) } else { None };
    let names_of = |f: &Field| -> Vec<String> {
        let own = name(f.member).to_string();
        match message {
            Some(m) if m.name == f.name => {
                let other = if own == "Message" { "message" } else { "Message" };
                let taken = elements.iter().any(|o| name(o.member) == other);
                if taken {
                    vec![own]
                } else {
                    vec![own, other.to_string()]
                }
            }
            _ => vec![own],
        }
    };
    let mut names: Vec<String> = Vec::new();
    for f in elements {
        for n in names_of(f) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    names
        .into_iter()
        .map(|n| {
            let reads = elements.iter().filter(|f| names_of(f).contains(&n)).map(|f| member_read(plan, f));
            quote!(#n => { #(#reads)* })
        })
        .collect()
}

/// The expression reading `@xmlAttribute` field `f` from `node` (`Option<T>`, `?` applied).
fn attribute_read(plan: &Plan, f: &Field) -> TokenStream {
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
    quote!(#x::attribute(node, #n, #parse)?)
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
pub fn entry(plan: &Plan, f: &Field) -> TokenStream {
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
    // A streamed body is never inside an XML document: such a member keeps its default.
    let (attrs, elements): (Vec<&Field>, Vec<&Field>) =
        fields.iter().filter(|f| !crate::plan::is_streamed(plan.svc, f.member)).partition(|f| f.member.xml.attribute);
    let streamed = fields.iter().filter(|f| crate::plan::is_streamed(plan.svc, f.member)).map(|f| {
        let v = local(f);
        quote!(let #v = ::std::option::Option::None;)
    });
    let locals = elements.iter().map(|f| {
        let v = local(f);
        quote!(let mut #v = ::std::option::Option::None;)
    });
    let locals = locals.chain(streamed);
    let arms = member_arms(plan, &elements, plan.shape(id).error.is_some());
    let attrs = attrs.iter().map(|f| {
        let v = local(f);
        let read = attribute_read(plan, f);
        quote!(let #v = #read;)
    });
    let entries = fields.iter().map(|f| entry(plan, f));
    let zeros = fields.iter().map(|f| zero_entry(plan, f));
    let zeros = super::zero_struct(fields, zeros);
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
                #zeros
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

/// `Some((prefix, uri))` for a namespace declaration, or `None`.
pub fn ns_tokens(ns: Option<&smithy_ir::XmlNamespace>) -> TokenStream {
    match ns {
        Some(n) => {
            let (prefix, uri) = (n.prefix.as_deref().unwrap_or(""), &n.uri);
            quote!(::std::option::Option::Some((#prefix, #uri)))
        }
        None => quote!(::std::option::Option::None),
    }
}

/// Statements writing `value` (a `&T` of shape `target`) as element `name` declaring `ns`
/// (expressions); `members` as for reading.
fn write(
    plan: &Plan,
    members: &[&Member],
    target: &str,
    value: TokenStream,
    name: TokenStream,
    ns: TokenStream,
) -> TokenStream {
    let x = x();
    match &plan.shape(target).kind {
        ShapeKind::Timestamp { .. } => {
            let f = time_format(plan, members, target);
            quote!(#x::write_time(w, #name, #ns, #value, #f);)
        }
        ShapeKind::List { member, sparse } => {
            let item = if members.first().is_some_and(|m| flattened(plan, m)) {
                quote!(::std::option::Option::None)
            } else {
                let (n, ins) = (name_or(member, "member"), ns_tokens(member.xml.namespace.as_ref()));
                quote!(::std::option::Option::Some((#n, #ins)))
            };
            let inner = write(plan, &[member], &member.target, quote!(v), quote!(n), quote!(ns));
            let inner = if *sparse { quote!(if let ::std::option::Option::Some(v) = v { #inner }) } else { inner };
            quote!(#x::write_list(w, #name, #ns, #value, #item, |w, n, ns, v| { #inner });)
        }
        ShapeKind::Map { key, value: v, sparse } => {
            let flat = members.first().is_some_and(|m| flattened(plan, m));
            let (kn, kns) = (name_or(key, "key"), ns_tokens(key.xml.namespace.as_ref()));
            let (vn, vns) = (name_or(v, "value"), ns_tokens(v.xml.namespace.as_ref()));
            let inner = write(plan, &[v], &v.target, quote!(v), quote!(n), quote!(ns));
            let inner = if *sparse { quote!(if let ::std::option::Option::Some(v) = v { #inner }) } else { inner };
            quote!(#x::write_map(w, #name, #ns, #value, #flat, ((#kn, #kns), (#vn, #vns)), |w, n, ns, v| { #inner });)
        }
        _ => quote!(#x::ToXml::write_xml(#value, w, #name, #ns);),
    }
}

/// The statements writing field `f` of `base` (an expression of the structure holding it):
/// an element, or an attribute when `@xmlAttribute`.
pub fn write_field(plan: &Plan, f: &Field, base: TokenStream) -> TokenStream {
    let fname = ident(&f.name);
    let n = name(f.member);
    if f.member.xml.attribute {
        let text = attribute_text(plan, f);
        return if f.optional {
            quote!(if let ::std::option::Option::Some(v) = &#base.#fname { w.attribute(#n, #text); })
        } else {
            quote!({ let v = &#base.#fname; w.attribute(#n, #text); })
        };
    }
    let ns = ns_tokens(f.member.xml.namespace.as_ref());
    let plain = !matches!(
        plan.shape(&f.member.target).kind,
        ShapeKind::Timestamp { .. } | ShapeKind::List { .. } | ShapeKind::Map { .. }
    );
    match (plain && !f.boxed, f.optional) {
        (true, true) => return quote!(w.optional(#n, #ns, &#base.#fname);),
        (true, false) => return quote!(w.element(#n, #ns, &#base.#fname);),
        _ => {}
    }
    let v = if f.boxed { quote!(&**v) } else { quote!(v) };
    let body = write(plan, &[f.member], &f.member.target, v, quote!(#n), ns);
    if f.optional {
        quote!(if let ::std::option::Option::Some(v) = &#base.#fname { #body })
    } else {
        quote!({ let v = &#base.#fname; #body })
    }
}

/// The text (`&str`) of attribute field `f`'s value `v`.
fn attribute_text(plan: &Plan, f: &Field) -> TokenStream {
    let hb = quote!(::awsgen_runtime::codegen::http_binding);
    match &plan.shape(&f.member.target).kind {
        ShapeKind::Enum { .. } | ShapeKind::String { values: Some(_) } => quote!(v.as_str()),
        ShapeKind::String { values: None } => quote!(v.as_str()),
        ShapeKind::IntEnum { .. } => quote!(&v.value().to_string()),
        ShapeKind::Timestamp { .. } => {
            let fmt = time_format(plan, &[f.member], &f.member.target);
            quote!(&#hb::time(v, #fmt))
        }
        _ => quote!(&#hb::text(v)),
    }
}

/// The attribute fields and the element fields, each in the model's order (the order the
/// elements are written in, as botocore writes them).
fn in_model_order<'f, 'a: 'f>(fields: impl Iterator<Item = &'f Field<'a>>) -> (Vec<&'f Field<'a>>, Vec<&'f Field<'a>>) {
    let mut all: Vec<&Field> = fields.collect();
    all.sort_by_key(|f| f.member.position);
    all.into_iter().partition(|f| f.member.xml.attribute)
}

/// `ToXml` for structure `id`, when a request can hold it: attributes, then a child element
/// per member set.
pub fn write_structure(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    if !plan.written.contains(id) {
        return quote!();
    }
    let ty = ident(&plan.types[id].name);
    let x = x();
    let own = ns_tokens(plan.shape(id).xml.namespace.as_ref());
    let (attrs, elements) = in_model_order(fields.iter().filter(|f| !crate::plan::is_streamed(plan.svc, f.member)));
    let writes = attrs.iter().chain(&elements).map(|f| write_field(plan, f, quote!(self)));
    quote! {
        impl #x::ToXml for #ty {
            fn write_xml(&self, w: &mut #x::XmlWriter, name: &str, ns: #x::Namespace<'_>) {
                w.start(name, ns.or(#own));
                #(#writes)*
                w.end(name);
            }
        }
    }
}

/// `ToXml` for union `id`: the element of its one member.
pub fn write_union(plan: &Plan, id: &str, fields: &[Field]) -> TokenStream {
    if !plan.written.contains(id) {
        return quote!();
    }
    let ty = ident(&plan.types[id].name);
    let x = x();
    let own = ns_tokens(plan.shape(id).xml.namespace.as_ref());
    let arms = fields.iter().map(|f| {
        let v = ident(&f.name);
        let n = name(f.member);
        if f.member.target == crate::plan::UNIT {
            quote!(Self::#v => { w.start(#n, ::std::option::Option::None); w.end(#n); })
        } else {
            let value = if f.boxed { quote!(&**value) } else { quote!(value) };
            let ns = ns_tokens(f.member.xml.namespace.as_ref());
            let body = write(plan, &[f.member], &f.member.target, value, quote!(#n), ns);
            quote!(Self::#v(value) => { #body })
        }
    });
    quote! {
        impl #x::ToXml for #ty {
            fn write_xml(&self, w: &mut #x::XmlWriter, name: &str, ns: #x::Namespace<'_>) {
                w.start(name, ns.or(#own));
                match self {
                    #(#arms)*
                    // A member this crate does not know cannot be sent.
                    Self::Unknown(_) => {}
                }
                w.end(name);
            }
        }
    }
}

/// `ToXml` for enum or int enum `id`: its value as text.
pub fn write_enumeration(plan: &Plan, id: &str) -> TokenStream {
    if !plan.written.contains(id) {
        return quote!();
    }
    let ty = ident(&plan.types[id].name);
    let x = x();
    let text = match plan.shape(id).kind {
        ShapeKind::IntEnum { .. } => quote!(&self.value().to_string()),
        _ => quote!(self.as_str()),
    };
    quote! {
        impl #x::ToXml for #ty {
            fn write_xml(&self, w: &mut #x::XmlWriter, name: &str, ns: #x::Namespace<'_>) {
                w.start(name, ns);
                w.text(#text);
                w.end(name);
            }
        }
    }
}

/// The element name and namespace of a restXml request body that is not a payload member:
/// the input structure's `@xmlName` (or the name botocore gives the input), else its shape
/// name; its namespace, else the input's, else the service's.
pub fn body_root(plan: &Plan, op: &smithy_ir::Operation, input: &str) -> (String, TokenStream) {
    let shape = plan.shape(input);
    let name = shape
        .xml
        .name
        .clone()
        .or_else(|| op.input_xml.name.clone())
        .unwrap_or_else(|| smithy_ir::shape_name(input).to_string());
    let ns = shape.xml.namespace.as_ref().or(op.input_xml.namespace.as_ref()).or(plan.svc.xml_namespace.as_ref());
    (name, ns_tokens(ns))
}

/// The element name and namespace of an `@httpPayload` structure or union: the member's
/// `@xmlName` when it renames the member, else the target's `@xmlName`, else the target's shape
/// name; the member's namespace, else the target's (which its `ToXml` adds).
pub fn payload_root(plan: &Plan, m: &Member) -> (String, TokenStream) {
    let target = plan.shape(&m.target);
    let renamed = m.xml.name.clone().filter(|n| n != &m.name);
    let name =
        renamed.or_else(|| target.xml.name.clone()).unwrap_or_else(|| smithy_ir::shape_name(&m.target).to_string());
    (name, ns_tokens(m.xml.namespace.as_ref()))
}

/// restXml: a structure or union payload `v` as the whole body, its root element named as
/// [`payload_root`] says; an unset one sends no body.
pub fn payload_write(plan: &Plan, f: &Field) -> (TokenStream, TokenStream) {
    let x = x();
    let (root, ns) = payload_root(plan, f.member);
    let put = quote! {
        let mut w = #x::XmlWriter::new();
        #x::ToXml::write_xml(v, &mut w, #root, #ns);
        b.body(w.into_bytes(), "application/xml");
    };
    (put, quote!())
}

/// restXml: the body members of `input` as one element (see [`body_root`]): attributes, then a
/// child per member set.
pub fn body_write(plan: &Plan, op: &crate::plan::OpPlan, body: &[&Field]) -> TokenStream {
    let x = x();
    let Some(input) = op.input.shape() else { return quote!() };
    let (root, ns) = body_root(plan, op.op, input);
    let (attrs, elements) = in_model_order(body.iter().copied());
    let writes = attrs.iter().chain(&elements).map(|f| write_field(plan, f, quote!(input)));
    // With none of its members set, the request has no body, as botocore sends it.
    let set = body.iter().map(|f| {
        let fname = ident(&f.name);
        if f.optional {
            quote!(input.#fname.is_some())
        } else {
            quote!(true)
        }
    });
    quote! {
        if #(#set)||* {
            let mut doc = #x::XmlWriter::new();
            let w = &mut doc;
            w.start(#root, #ns);
            #(#writes)*
            w.end(#root);
            b.body(doc.into_bytes(), "application/xml");
        }
    }
}

/// restXml: the statements reading the `body` members into their locals, from the root
/// element's children and attributes (an error's from its `<Error>` element).
/// The statement reading `f` from the body's root element itself.
pub fn root_read(f: &Field) -> TokenStream {
    let x = x();
    let v = local(f);
    quote! {
        #x::with_body(body, false, |node| {
            if let ::std::option::Option::Some(node) = node {
                #v = #x::member(node)?;
            }
            ::std::result::Result::Ok(())
        })?;
    }
}

pub fn body_read(plan: &Plan, body: &[&Field], error: bool) -> TokenStream {
    let x = x();
    let (attrs, elements): (Vec<&&Field>, Vec<&&Field>) = body.iter().partition(|f| f.member.xml.attribute);
    let elements: Vec<&Field> = elements.into_iter().copied().collect();
    let arms = member_arms(plan, &elements, error);
    let attrs = attrs.iter().map(|f| {
        let v = local(f);
        let read = attribute_read(plan, f);
        quote!(#v = #read;)
    });
    quote! {
        #x::with_body(body, #error, |node| {
            if let ::std::option::Option::Some(node) = node {
                for child in node.children() {
                    match child.name() {
                        #(#arms)*
                        _ => {}
                    }
                }
                #(#attrs)*
            }
            ::std::result::Result::Ok(())
        })?;
    }
}
