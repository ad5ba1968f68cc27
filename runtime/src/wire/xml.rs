//! XML: the response bodies of awsQuery and ec2Query, and restXml's bodies both ways. Writing
//! is an [`XmlWriter`] that generated `ToXml` impls drive: elements, attributes, namespace
//! declarations, text escaped.
//!
//! Reading parses the body into a tree with `roxmltree` (a maintained parser: namespaces
//! resolved, no DTD allowed, so no entity expansion of any kind) and generated `FromXml` impls
//! walk it: elements are matched by local name, unknown elements and attributes are ignored, a
//! missing required member takes its zero value. What the client reads is bounded: structures
//! nested deeper than [`MAX_DEPTH`](crate::json::MAX_DEPTH) are an error, never a stack
//! overflow, and a body of more than [`MAX_NODES`] nodes is refused before it is walked.

// Which helpers a crate uses depends on its model.
#![allow(dead_code)]

use std::collections::BTreeMap;

use crate::http_binding::{FromHttpText, TimeFormat};
use crate::json::{DeserializeError, MAX_DEPTH};
use crate::primitives::{BigDecimal, BigInteger, Blob, DateTime};

type R<T> = Result<T, DeserializeError>;

/// The most nodes (elements, text, attributes) a response body may have: far above any AWS
/// answer (a `ListObjectsV2` page of 1,000 keys has about 20,000), far below what would
/// exhaust memory.
pub const MAX_NODES: u32 = 4_000_000;

/// A parsed XML body.
pub struct Document<'i> {
    doc: roxmltree::Document<'i>,
}

impl<'i> Document<'i> {
    /// Parses `body`; an error says what is wrong with it (not UTF-8, not XML, a DTD).
    pub fn parse(body: &'i [u8]) -> R<Document<'i>> {
        let text = std::str::from_utf8(body)
            .map_err(|_| DeserializeError::new("an XML document", "bytes that are not UTF-8"))?;
        let options = roxmltree::ParsingOptions { allow_dtd: false, nodes_limit: MAX_NODES, ..Default::default() };
        let doc = roxmltree::Document::parse_with_options(text, options)
            .map_err(|e| DeserializeError::new("an XML document", xml_error(&e)))?;
        Ok(Document { doc })
    }

    /// The root element.
    pub fn root(&self) -> Node<'_, 'i> {
        Node { node: self.doc.root_element(), depth: 0 }
    }
}

/// What a parse error was, in words (the error's own text holds the position).
fn xml_error(e: &roxmltree::Error) -> &'static str {
    match e {
        roxmltree::Error::DtdDetected => "a DTD, which is refused",
        roxmltree::Error::NodesLimitReached => "more nodes than a response may have",
        roxmltree::Error::UnexpectedEndOfStream => "a truncated document",
        _ => "malformed XML",
    }
}

/// An element of a parsed body, and how deep it is.
#[derive(Clone, Copy)]
pub struct Node<'a, 'i> {
    node: roxmltree::Node<'a, 'i>,
    depth: usize,
}

impl<'a, 'i> Node<'a, 'i> {
    /// The element's name without its namespace prefix.
    pub fn name(&self) -> &'a str {
        self.node.tag_name().name()
    }

    /// An error unless the element is within the depth a client reads: structures and unions
    /// call it first.
    pub fn enter(&self) -> R<()> {
        if self.depth > MAX_DEPTH {
            return Err(DeserializeError::new("values nested at most 128 deep", "deeper nesting"));
        }
        Ok(())
    }

    /// The child elements, in order.
    pub fn children(&self) -> impl Iterator<Item = Node<'a, 'i>> {
        let depth = self.depth + 1;
        self.node.children().filter(|n| n.is_element()).map(move |node| Node { node, depth })
    }

    /// The first child element named `name`.
    pub fn child(&self, name: &str) -> Option<Node<'a, 'i>> {
        self.children().find(|c| c.name() == name)
    }

    /// The element's text: its text children joined (entities and CDATA decoded); empty when
    /// it has none.
    pub fn text(&self) -> String {
        self.node.children().filter(|n| n.is_text()).filter_map(|n| n.text()).collect()
    }

    /// The value of attribute `name` (matched by local name).
    pub fn attribute(&self, name: &str) -> Option<&'a str> {
        self.node.attributes().find(|a| a.name() == name).map(|a| a.value())
    }

    fn bad(&self, expected: &'static str) -> DeserializeError {
        DeserializeError::new(expected, "other text").in_member(self.name())
    }
}

/// A value read from an element.
pub trait FromXml: Sized {
    /// The value the element holds.
    fn read_xml(node: Node<'_, '_>) -> R<Self>;
    /// What a required member the response leaves out takes.
    fn zero_value() -> Self;
}

/// Scalars are the element's text in the text form the HTTP bindings use.
macro_rules! scalars {
    ($($t:ty => $what:literal),*) => {$(
        impl FromXml for $t {
            fn read_xml(node: Node<'_, '_>) -> R<Self> {
                <$t as FromHttpText>::from_text(&node.text()).ok_or_else(|| node.bad($what))
            }
            fn zero_value() -> Self {
                Default::default()
            }
        }
    )*};
}
scalars!(bool => "true or false", i8 => "an integer", i16 => "an integer", i32 => "an integer",
    i64 => "an integer", f32 => "a number", f64 => "a number");

impl FromXml for String {
    fn read_xml(node: Node<'_, '_>) -> R<Self> {
        Ok(node.text())
    }
    fn zero_value() -> Self {
        String::new()
    }
}

impl FromXml for Blob {
    fn read_xml(node: Node<'_, '_>) -> R<Self> {
        let text = node.text();
        crate::http_binding::from_base64(text.trim()).map(Blob::new).ok_or_else(|| node.bad("base64"))
    }
    fn zero_value() -> Self {
        Blob::new(Vec::new())
    }
}

impl FromXml for BigInteger {
    fn read_xml(node: Node<'_, '_>) -> R<Self> {
        BigInteger::parse(node.text().trim()).map_err(|_| node.bad("an integer"))
    }
    fn zero_value() -> Self {
        BigInteger::from(0i64)
    }
}

impl FromXml for BigDecimal {
    fn read_xml(node: Node<'_, '_>) -> R<Self> {
        BigDecimal::parse(node.text().trim()).map_err(|_| node.bad("a number"))
    }
    fn zero_value() -> Self {
        BigDecimal::from(0i64)
    }
}

/// A value of any `FromXml` type read from `node` (inference picks the type).
pub fn read<T: FromXml>(node: Node<'_, '_>) -> R<T> {
    T::read_xml(node)
}

/// A member's value, as its local holds it: `read`'s result, with an error naming the member.
pub fn some<T>(node: Node<'_, '_>, read: R<T>) -> R<Option<T>> {
    // A match, not `map` and `map_err` with closures: this is compiled once per member type.
    match read {
        Ok(v) => Ok(Some(v)),
        Err(e) => Err(e.in_member(node.name())),
    }
}

/// A member whose type reads itself.
pub fn member<T: FromXml>(node: Node<'_, '_>) -> R<Option<T>> {
    some(node, T::read_xml(node))
}

/// The value of `node`'s attribute `name` parsed by `parse`; `None` when it has no such
/// attribute, an error naming it when `parse` cannot make a value of it.
pub fn attribute<T>(node: Node<'_, '_>, name: &str, parse: impl FnOnce(&str) -> Option<T>) -> R<Option<T>> {
    match node.attribute(name) {
        None => Ok(None),
        Some(text) => parse(text)
            .map(Some)
            .ok_or_else(|| DeserializeError::new("a value of the attribute's type", "other text").in_member(name)),
    }
}

/// A timestamp in `format` (XML's default is date-time).
pub fn time(node: Node<'_, '_>, format: TimeFormat) -> R<DateTime> {
    crate::http_binding::parse_time(&node.text(), format).ok_or_else(|| node.bad("a timestamp"))
}

/// A wrapped list: the items are `node`'s children named `item` (others are ignored).
///
/// `read` is a function pointer, not a closure type, and the loop is plain, so that this is
/// compiled once per item type rather than once per list member of every service crate.
pub fn list<T>(node: Node<'_, '_>, item: &str, read: fn(Node<'_, '_>) -> R<T>) -> R<Vec<T>> {
    node.enter()?;
    let mut out = Vec::new();
    for child in node.children() {
        if child.name() == item {
            out.push(read(child)?);
        }
    }
    Ok(out)
}

/// A wrapped list member whose items read themselves: [`list`] of [`read`], for [`some`].
pub fn member_list<T: FromXml>(node: Node<'_, '_>, item: &str) -> R<Option<Vec<T>>> {
    some(node, list(node, item, T::read_xml))
}

/// A map: the entries are `node`'s children named `entry` (or, flattened, the elements that
/// are `node` and its like, one entry each: pass the entry itself to [`map_entry`]), each with
/// a key and a value child named by `names`.
pub fn map<V>(node: Node<'_, '_>, names: (&str, &str), read: fn(Node<'_, '_>) -> R<V>) -> R<BTreeMap<String, V>> {
    node.enter()?;
    let mut out = BTreeMap::new();
    for entry in node.children() {
        if entry.name() == "entry" {
            map_entry(entry, names, &mut out, read)?;
        }
    }
    Ok(out)
}

/// One entry of a map (an `entry` element, or a flattened map's element) added to `out`.
pub fn map_entry<V>(
    entry: Node<'_, '_>,
    names: (&str, &str),
    out: &mut BTreeMap<String, V>,
    read: fn(Node<'_, '_>) -> R<V>,
) -> R<()> {
    let key = entry.child(names.0).map(|k| k.text()).ok_or_else(|| entry.bad("a map entry with a key"))?;
    if let Some(value) = entry.child(names.1) {
        out.insert(key, read(value)?);
    }
    Ok(())
}

/// A flattened map's entry (the member's element itself) added to `out`.
pub fn push_entry<V>(
    entry: Node<'_, '_>,
    names: (&str, &str),
    out: &mut Option<BTreeMap<String, V>>,
    read: fn(Node<'_, '_>) -> R<V>,
) -> R<()> {
    map_entry(entry, names, out.get_or_insert_with(BTreeMap::new), read).map_err(|e| e.in_member(entry.name()))
}

/// A flattened list's item (the member's element itself) read and added to `out`.
pub fn push_item<T>(node: Node<'_, '_>, out: &mut Option<Vec<T>>, read: fn(Node<'_, '_>) -> R<T>) -> R<()> {
    let value = read(node).map_err(|e| e.in_member(node.name()))?;
    out.get_or_insert_with(Vec::new).push(value);
    Ok(())
}

/// `T` read from the element `path` names below the root (`["GetUserResult"]`), or from the root
/// itself for an empty path; a missing element gives `T`'s zero value, as does an empty body.
pub fn read_at<T: FromXml>(body: &[u8], path: &[&str]) -> R<T> {
    if body.trim_ascii().is_empty() {
        return Ok(T::zero_value());
    }
    let doc = Document::parse(body)?;
    let mut node = doc.root();
    for name in path {
        match node.child(name) {
            Some(c) => node = c,
            None => return Ok(T::zero_value()),
        }
    }
    T::read_xml(node)
}

/// A body of an HTTP-bound protocol, parsed: its root element (for an error, its `<Error>`
/// element), or `None` for an empty body.
pub fn with_body<T>(body: &[u8], error: bool, read: impl FnOnce(Option<Node<'_, '_>>) -> R<T>) -> R<T> {
    if body.trim_ascii().is_empty() {
        return read(None);
    }
    let doc = Document::parse(body)?;
    let root = doc.root();
    let node = if error { crate::protocol::query::error_element(root).unwrap_or(root) } else { root };
    read(Some(node))
}

/// An `@httpPayload` structure or union read from the whole body (its root element); `None`
/// for an empty body.
pub fn payload<T: FromXml>(body: &[u8]) -> R<Option<T>> {
    with_body(body, false, |node| node.map(T::read_xml).transpose())
}

/// An XML namespace declaration: `xmlns="uri"` (prefix `""`) or `xmlns:prefix="uri"`.
pub type Namespace<'a> = Option<(&'a str, &'a str)>;

/// An XML document being written: elements, their attributes and their text, escaped.
#[derive(Debug, Default)]
pub struct XmlWriter {
    out: String,
    /// A start tag is open for attributes (`<name a="1"`, without its `>`).
    open: bool,
}

impl XmlWriter {
    /// An empty document.
    pub fn new() -> Self {
        Self::default()
    }

    fn close_start(&mut self) {
        if self.open {
            self.out.push('>');
            self.open = false;
        }
    }

    /// Opens element `name`, declaring `ns`; attributes may follow until content is written.
    pub fn start(&mut self, name: &str, ns: Namespace<'_>) {
        self.close_start();
        self.out.push('<');
        self.out.push_str(name);
        if let Some((prefix, uri)) = ns {
            match prefix {
                "" => self.attribute("xmlns", uri),
                p => self.attribute(&format!("xmlns:{p}"), uri),
            }
        }
        self.open = true;
    }

    /// An attribute of the element just opened.
    pub fn attribute(&mut self, name: &str, value: &str) {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        escape(&mut self.out, value, true);
        self.out.push('"');
    }

    /// Text content.
    pub fn text(&mut self, text: &str) {
        self.close_start();
        escape(&mut self.out, text, false);
    }

    /// Closes element `name`.
    pub fn end(&mut self, name: &str) {
        self.close_start();
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// Element `name` holding `value`.
    pub fn element<T: ToXml + ?Sized>(&mut self, name: &str, ns: Namespace<'_>, value: &T) {
        value.write_xml(self, name, ns);
    }

    /// Element `name` holding `value`, when set.
    pub fn optional<T: ToXml>(&mut self, name: &str, ns: Namespace<'_>, value: &Option<T>) {
        if let Some(v) = value {
            v.write_xml(self, name, ns);
        }
    }

    /// The document.
    pub fn into_bytes(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

/// Escapes what XML requires: `&`, `<`, `>` always, quotes in attributes, and the carriage
/// returns and line feeds a parser would otherwise normalise.
fn escape(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\'' if attribute => out.push_str("&apos;"),
            '\r' => out.push_str("&#xD;"),
            '\n' if attribute => out.push_str("&#xA;"),
            c => out.push(c),
        }
    }
}

/// A value written as an element.
pub trait ToXml {
    /// Writes element `name` (declaring `ns`) holding the value.
    fn write_xml(&self, w: &mut XmlWriter, name: &str, ns: Namespace<'_>);
}

impl<T: crate::http_binding::HttpValue> ToXml for T {
    fn write_xml(&self, w: &mut XmlWriter, name: &str, ns: Namespace<'_>) {
        w.start(name, ns);
        w.text(&crate::http_binding::text(self));
        w.end(name);
    }
}

/// A timestamp element in `format` (XML's default is date-time).
pub fn write_time(w: &mut XmlWriter, name: &str, ns: Namespace<'_>, value: &DateTime, format: TimeFormat) {
    w.start(name, ns);
    w.text(&crate::http_binding::time(value, format));
    w.end(name);
}

/// A list: wrapped, element `name` holding one `item` element per value (`item` is the list
/// member's name and namespace); flattened (`item` `None`), one `name` element per value.
pub fn write_list<T>(
    w: &mut XmlWriter,
    name: &str,
    ns: Namespace<'_>,
    items: &[T],
    item: Option<(&str, Namespace<'_>)>,
    mut write: impl FnMut(&mut XmlWriter, &str, Namespace<'_>, &T),
) {
    match item {
        Some((item, item_ns)) => {
            w.start(name, ns);
            for v in items {
                write(w, item, item_ns, v);
            }
            w.end(name);
        }
        None => {
            for v in items {
                write(w, name, ns, v);
            }
        }
    }
}

/// The key and value element names (and namespaces) of a map.
pub type EntryNames<'a> = ((&'a str, Namespace<'a>), (&'a str, Namespace<'a>));

/// A map: wrapped, element `name` holding an `entry` per pair with its key and value; flattened,
/// one `name` element per pair holding the key and value.
pub fn write_map<V>(
    w: &mut XmlWriter,
    name: &str,
    ns: Namespace<'_>,
    entries: &BTreeMap<String, V>,
    flattened: bool,
    names: EntryNames<'_>,
    mut write: impl FnMut(&mut XmlWriter, &str, Namespace<'_>, &V),
) {
    let ((key, key_ns), (value, value_ns)) = names;
    if !flattened {
        w.start(name, ns);
    }
    for (k, v) in entries {
        let entry = if flattened { name } else { "entry" };
        w.start(entry, if flattened { ns } else { None });
        k.write_xml(w, key, key_ns);
        write(w, value, value_ns, v);
        w.end(entry);
    }
    if !flattened {
        w.end(name);
    }
}

/// A document in a canonical form for comparing two documents that say the same: element
/// names with their namespaces, attributes sorted, whitespace-only text between elements
/// dropped. `None` when `body` is not XML or nests deeper than responses are read. For tests.
pub fn canonical(body: &[u8]) -> Option<String> {
    fn walk(n: roxmltree::Node<'_, '_>, out: &mut String, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        if n.is_text() {
            let t = n.text().unwrap_or("");
            if !t.trim().is_empty() || n.parent().is_some_and(|p| p.children().all(|c| c.is_text())) {
                out.push_str(&format!("{t:?}"));
            }
            return Some(());
        }
        if !n.is_element() {
            return Some(());
        }
        let tag = n.tag_name();
        out.push_str(&format!("<{}|{}", tag.namespace().unwrap_or(""), tag.name()));
        let mut attrs: Vec<String> =
            n.attributes().map(|a| format!("{}|{}={:?}", a.namespace().unwrap_or(""), a.name(), a.value())).collect();
        let mut spaces: Vec<String> =
            n.namespaces().map(|ns| format!("xmlns:{}={}", ns.name().unwrap_or(""), ns.uri())).collect();
        attrs.append(&mut spaces);
        attrs.sort();
        out.push_str(&attrs.join(" "));
        out.push('>');
        for c in n.children() {
            walk(c, out, depth + 1)?;
        }
        out.push_str("</>");
        Some(())
    }
    let text = std::str::from_utf8(body).ok()?;
    let doc = roxmltree::Document::parse(text).ok()?;
    let mut out = String::new();
    walk(doc.root_element(), &mut out, 0)?;
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Item {
        name: String,
        n: i32,
        inner: Option<Box<Item>>,
    }

    impl FromXml for Item {
        fn read_xml(node: Node<'_, '_>) -> R<Self> {
            node.enter()?;
            let mut item = Item::zero_value();
            for c in node.children() {
                match c.name() {
                    "Name" => item.name = String::read_xml(c)?,
                    "N" => item.n = i32::read_xml(c)?,
                    "Inner" => item.inner = Some(Box::new(Item::read_xml(c)?)),
                    _ => {}
                }
            }
            Ok(item)
        }
        fn zero_value() -> Self {
            Item { name: String::new(), n: 0, inner: None }
        }
    }

    #[test]
    fn reads_names_text_entities_and_ignores_the_unknown() {
        let body = br#"<?xml version="1.0"?><R xmlns="https://x/"><Name>a &amp; b &#x41;<![CDATA[<c>]]></Name><Other><Deep/></Other><N> 7 </N></R>"#;
        let item: Item = read_at(body, &[]).unwrap();
        assert_eq!(item, Item { name: "a & b A<c>".to_string(), n: 7, inner: None });
        let wrapped: Item = read_at(b"<X><YResult><N>1</N></YResult></X>", &["YResult"]).unwrap();
        assert_eq!(wrapped.n, 1);
        // A missing wrapper or an empty body is an empty value.
        assert_eq!(read_at::<Item>(b"<X/>", &["YResult"]).unwrap(), Item::zero_value());
        assert_eq!(read_at::<Item>(b"  ", &[]).unwrap(), Item::zero_value());
    }

    #[test]
    fn hostile_bodies_are_errors_not_expansions_or_overflows() {
        let laughs = br#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><R><Name>&lol2;</Name></R>"#;
        let err = read_at::<Item>(laughs, &[]).unwrap_err();
        assert!(err.to_string().contains("DTD"), "{err}");
        for bad in [&b"<R><Name>x</Na"[..], b"<R><N>1</N>", b"not xml", b"<R>&unknown;</R>", b"\xff\xfe<R/>"] {
            assert!(read_at::<Item>(bad, &[]).is_err(), "{}", String::from_utf8_lossy(bad));
        }
        // Recursion the model allows is read up to the bound, never to a stack overflow.
        let deep = |n: usize| format!("<R>{}{}</R>", "<Inner>".repeat(n), "</Inner>".repeat(n));
        assert!(read_at::<Item>(deep(100).as_bytes(), &[]).is_ok());
        let err = read_at::<Item>(deep(100_000).as_bytes(), &[]).unwrap_err();
        assert!(err.to_string().contains("nested at most 128"), "{err}");
        assert!(read_at::<Item>(b"<R><N>seven</N></R>", &[]).unwrap_err().to_string().contains('N'));
    }

    #[test]
    fn lists_and_maps_wrapped_and_flattened() {
        let doc = Document::parse(b"<R><L><member>1</member><x>9</x><member>2</member></L><M><entry><key>a</key><value>1</value></entry><entry><key>b</key></entry></M><F><k>z</k><v>3</v></F></R>").unwrap();
        let root = doc.root();
        assert_eq!(list(root.child("L").unwrap(), "member", i32::read_xml).unwrap(), [1, 2]);
        let m = map(root.child("M").unwrap(), ("key", "value"), i32::read_xml).unwrap();
        assert_eq!(m, BTreeMap::from([("a".to_string(), 1)]));
        let mut flat = BTreeMap::new();
        map_entry(root.child("F").unwrap(), ("k", "v"), &mut flat, i32::read_xml).unwrap();
        assert_eq!(flat, BTreeMap::from([("z".to_string(), 3)]));
        assert_eq!(
            time(Document::parse(b"<T>2014-04-29T18:30:38Z</T>").unwrap().root(), TimeFormat::DateTime).unwrap(),
            DateTime::from_secs(1_398_796_238)
        );
    }
}
