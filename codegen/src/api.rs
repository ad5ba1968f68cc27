//! The public API a generated crate has, read from its plan, and what changed between two:
//! `cargo xtask api-diff`. Classes are about the generated crate, not the model: a member the
//! model adds is harmless where the struct is `#[non_exhaustive]` and its constructor does not
//! take it, and breaking where the constructor does.
//!
//! Every breaking change comes with a witness: a Rust expression, written against the old
//! crate (as `the_crate`), that compiles with it and not with the new one. The api-diff test
//! compiles them, so a class is called breaking because it breaks a program.

use std::collections::BTreeMap;
use std::fmt;

use proc_macro2::TokenStream;
use smithy_ir::ShapeKind;

use crate::plan::{Io, Location, Plan};

/// A crate's public API, item by item, keyed by path (`types::Service`,
/// `operation::get_service::GetServiceInput`, `Client::get_service`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Surface {
    pub items: BTreeMap<String, Item>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub kind: Kind,
    /// The docs of the item (key `""`) and of its members (with the model's constraints, which
    /// the docs show), to spot docs-only changes.
    pub docs: BTreeMap<String, String>,
    pub deprecated: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A client method calling an operation.
    Method,
    /// A structure: its fields, and its constructor's arguments (the members it takes).
    Struct { fields: BTreeMap<String, String>, constructor: Vec<(String, String)>, required_struct: String },
    /// An operation's input or output that is a type of `types`, re-exported.
    Alias { target: String },
    /// An enum of values (string or int): its variants.
    Enum { variants: Vec<String> },
    /// A union: each variant's type.
    Union { variants: BTreeMap<String, String> },
    /// An operation's error enum: each modeled error's variant and type (as unions' are, a
    /// type's text: `crate::types::NotFound`).
    Errors { variants: BTreeMap<String, String> },
    /// A paginator method: the type of the items it yields, and its tokens.
    Paginator { item: String, input: String, output: String, error: String, tokens: String },
    /// A waiter method: its acceptors and delays.
    Waiter { acceptors: String },
}

/// The public API of the crate `plan` generates.
pub fn surface(plan: &Plan) -> Surface {
    let mut items = BTreeMap::new();
    for t in plan.types.values() {
        let shape = plan.shape(&t.id);
        let key = key(&plan.type_path(&t.id));
        let kind = match &shape.kind {
            ShapeKind::Structure { .. } => struct_kind(plan, &t.id, &t.name, &t.location),
            ShapeKind::Union { .. } => {
                Kind::Union { variants: plan.fields(&t.id).iter().map(|f| (f.name.clone(), text(&f.ty))).collect() }
            }
            _ => Kind::Enum { variants: t.variants.clone() },
        };
        let docs = docs_of(plan, &t.id);
        items.insert(key, Item { kind, docs, deprecated: shape.deprecated.is_some() });
    }
    for op in &plan.ops {
        let module = format!("operation::{}", op.module);
        let deprecated = op.op.deprecated.is_some();
        let method_docs = BTreeMap::from([(String::new(), op.op.docs.clone().unwrap_or_default())]);
        items.insert(format!("Client::{}", op.module), Item { kind: Kind::Method, docs: method_docs, deprecated });
        let item = |kind| Item { kind, docs: BTreeMap::new(), deprecated: false };
        for (io, name) in [(&op.input, &op.input_name), (&op.output, &op.output_name)] {
            let kind = match io {
                Io::Own(_) => continue,
                Io::Shared(id) => Kind::Alias { target: key(&plan.type_path(id)) },
                Io::Empty => {
                    Kind::Struct { fields: BTreeMap::new(), constructor: Vec::new(), required_struct: String::new() }
                }
            };
            items.insert(format!("{module}::{name}"), item(kind));
        }
        let errors = op.errors.iter().map(|(v, id)| (v.clone(), text(&plan.type_path(id)))).collect();
        items.insert(format!("{module}::{}", op.error_name), item(Kind::Errors { variants: errors }));
        if let Some(p) = &op.paginator {
            let item_type = p.items.as_ref().map(|i| text(&i.item_type)).unwrap_or_default();
            let tokens = format!("{:?} -> {:?}", p.input_tokens, p.output_tokens);
            let (i, o, e) = (
                format!("{module}::{}", op.input_name),
                format!("{module}::{}", op.output_name),
                format!("{module}::{}", op.error_name),
            );
            let kind = Kind::Paginator { item: item_type, input: i, output: o, error: e, tokens };
            items.insert(format!("Client::{}", p.method), item(kind));
        }
        for w in &op.waiters.waiters {
            let acceptors = format!("{:?} {}..{} s", w.waiter.acceptors, w.waiter.min_delay, w.waiter.max_delay);
            let item = Item {
                kind: Kind::Waiter { acceptors },
                docs: BTreeMap::from([(String::new(), w.waiter.docs.clone().unwrap_or_default())]),
                deprecated: w.waiter.deprecated,
            };
            items.insert(format!("Client::{}", w.method), item);
        }
    }
    Surface { items }
}

fn struct_kind(plan: &Plan, id: &str, name: &str, location: &Location) -> Kind {
    let fields = plan.fields(id);
    let field_types = fields
        .iter()
        .map(|f| {
            let ty = text(&f.ty);
            (f.name.clone(), if f.optional { format!("::std::option::Option<{ty}>") } else { ty })
        })
        .collect();
    let constructor: Vec<(String, String)> =
        fields.iter().filter(|f| f.required).map(|f| (f.name.clone(), text(&f.arg_ty))).collect();
    let module = match location {
        Location::Types => "types".to_string(),
        Location::Operation(m) => format!("operation::{m}"),
    };
    let required_struct = format!("{module}::{}", crate::naming::required_struct_name(name));
    Kind::Struct { fields: field_types, constructor, required_struct }
}

/// The docs of a shape and its members, with their constraints.
fn docs_of(plan: &Plan, id: &str) -> BTreeMap<String, String> {
    let shape = plan.shape(id);
    let mut docs = BTreeMap::from([(String::new(), format!("{:?} {:?}", shape.docs, shape.constraints))]);
    if let ShapeKind::Structure { members } | ShapeKind::Union { members } = &shape.kind {
        for m in members {
            docs.insert(m.name.clone(), format!("{:?} {:?}", m.docs, m.constraints));
        }
    }
    docs
}

/// A path as this module keys it: without `crate::` and spaces.
fn key(path: &TokenStream) -> String {
    text(path).trim_start_matches("crate::").to_string()
}

fn text(tokens: &TokenStream) -> String {
    tokens.to_string().replace(' ', "")
}

/// How much a change matters to users of the generated crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// Docs, constraints, a waiter's acceptors, a paginator's tokens: behavior, not API.
    Patch,
    /// Something added; code that compiled still does.
    Additive,
    /// Code written against the old crate may no longer compile.
    Breaking,
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Class::Patch => "patch",
            Class::Additive => "additive",
            Class::Breaking => "breaking",
        })
    }
}

/// One change, with its class and, when breaking, the witness.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The item it is about.
    pub item: String,
    /// The kind of change, without names (`member removed`), for counting.
    pub kind: &'static str,
    /// What changed, in words.
    pub what: String,
    pub class: Class,
    /// Breaking only: a statement against the old crate (`the_crate`) the new one rejects.
    pub witness: Option<String>,
}

/// What changed from `old` to `new`, by item, in path order.
pub fn diff(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut out = Vec::new();
    for (path, o) in &old.items {
        match new.items.get(path) {
            None => out.push(removed(path, o)),
            Some(n) => changed(path, resolve(o, old), resolve(n, new), &mut out),
        }
    }
    for (path, n) in &new.items {
        if !old.items.contains_key(path) {
            let what = match &n.kind {
                Kind::Method => "operation added",
                Kind::Paginator { .. } => "paginator added",
                Kind::Waiter { .. } => "waiter added",
                _ => "type added",
            };
            out.push(change(path, what, what.to_string(), Class::Additive, None));
        }
    }
    out.sort_by(|a, b| a.item.cmp(&b.item).then(b.class.cmp(&a.class)));
    out
}

fn change(item: &str, kind: &'static str, what: String, class: Class, witness: Option<String>) -> Change {
    Change { item: item.to_string(), kind, what, class, witness }
}

/// The type inside `Option<...>`, for an optional member's type.
fn option(ty: &str) -> Option<&str> {
    ty.strip_prefix("::std::option::Option<").and_then(|t| t.strip_suffix('>'))
}

/// `the_crate`'s path for a key, or for a type's text.
fn ours(text: &str) -> String {
    text.replace("crate::", "the_crate::").replace("::awsgen_runtime::", "the_crate::")
}

fn removed(path: &str, o: &Item) -> Change {
    let p = ours(&format!("crate::{path}"));
    let (what, witness) = match &o.kind {
        Kind::Method => ("operation removed", format!("let _ = {p};")),
        Kind::Paginator { .. } => ("paginator removed", format!("let _ = {p};")),
        Kind::Waiter { .. } => ("waiter removed", format!("let _ = {p};")),
        _ => ("type removed", format!("let _: ::std::option::Option<{p}> = ::std::option::Option::None;")),
    };
    change(path, what, what.to_string(), Class::Breaking, Some(witness))
}

/// An operation's input or output that re-exports a type of `types` is that type, for users:
/// compared through it, the change from its own struct to the re-export is no change at all.
fn resolve<'a>(item: &'a Item, surface: &'a Surface) -> &'a Item {
    match &item.kind {
        Kind::Alias { target } => surface.items.get(target).unwrap_or(item),
        _ => item,
    }
}

fn changed(path: &str, o: &Item, n: &Item, out: &mut Vec<Change>) {
    let p = ours(&format!("crate::{path}"));
    match (&o.kind, &n.kind) {
        (
            Kind::Struct { fields: of, constructor: oc, required_struct },
            Kind::Struct { fields: nf, constructor: nc, .. },
        ) => {
            struct_fields(path, &p, of, nf, out);
            if oc != nc {
                let what = format!("constructor now takes {} (was {})", names(nc), names(oc));
                let witness = constructor_witness(&p, oc, &ours(&format!("crate::{required_struct}")));
                out.push(change(path, "constructor changed", what, Class::Breaking, Some(witness)));
            }
        }
        (Kind::Enum { variants: ov }, Kind::Enum { variants: nv }) => {
            for v in ov.iter().filter(|v| !nv.contains(v)) {
                let witness = format!("let _ = {p}::{v};");
                out.push(change(path, "value removed", format!("value `{v}` removed"), Class::Breaking, Some(witness)));
            }
            for v in nv.iter().filter(|v| !ov.contains(v)) {
                out.push(change(path, "value added", format!("value `{v}` added"), Class::Additive, None));
            }
        }
        (Kind::Union { variants: ov }, Kind::Union { variants: nv })
        | (Kind::Errors { variants: ov }, Kind::Errors { variants: nv }) => {
            let errors = matches!(o.kind, Kind::Errors { .. });
            let noun = if errors { "error" } else { "variant" };
            let [removed, retyped, added] = match errors {
                true => ["error removed", "error retyped", "error added"],
                false => ["variant removed", "variant retyped", "variant added"],
            };
            for (v, ty) in ov {
                let witness = format!("let _ = |v: {}| {p}::{v}(v);", ours(ty));
                match nv.get(v) {
                    None => {
                        out.push(change(path, removed, format!("{noun} `{v}` removed"), Class::Breaking, Some(witness)))
                    }
                    Some(nt) if nt != ty => {
                        let what = format!("{noun} `{v}` now holds `{}` (was `{}`)", short(nt), short(ty));
                        out.push(change(path, retyped, what, Class::Breaking, Some(witness)));
                    }
                    Some(_) => {}
                }
            }
            for v in nv.keys().filter(|v| !ov.contains_key(*v)) {
                out.push(change(path, added, format!("{noun} `{v}` added"), Class::Additive, None));
            }
        }
        (
            Kind::Paginator { item: oi, input, output, error, tokens: ot },
            Kind::Paginator { item: ni, tokens: nt, .. },
        ) => {
            if oi != ni {
                let method = path.trim_start_matches("Client::");
                let [i, out_ty, e] = [input, output, error].map(|t| ours(&format!("crate::{t}")));
                let witness = format!(
                    "let _ = |c: &the_crate::Client, i: {i}| -> the_crate::paginate::Paginator<the_crate::Client, {i}, {out_ty}, {e}, {}> {{ c.{method}(i) }};",
                    ours(oi)
                );
                let what = format!("items now `{}` (were `{}`)", short(ni), short(oi));
                out.push(change(path, "paginator items retyped", what, Class::Breaking, Some(witness)));
            }
            if ot != nt {
                out.push(change(
                    path,
                    "paginator tokens changed",
                    format!("tokens now {nt} (were {ot})"),
                    Class::Patch,
                    None,
                ));
            }
        }
        (Kind::Waiter { acceptors: oa }, Kind::Waiter { acceptors: na }) if oa != na => {
            out.push(change(path, "waiter changed", "acceptors or delays changed".to_string(), Class::Patch, None));
        }
        (ok, nk) if std::mem::discriminant(ok) != std::mem::discriminant(nk) => {
            let witness = format!("let _: ::std::option::Option<{p}> = ::std::option::Option::None;");
            let what = "a different kind of item now".to_string();
            out.push(change(path, "item kind changed", what, Class::Breaking, Some(witness)));
        }
        _ => {}
    }
    if !o.deprecated && n.deprecated {
        out.push(change(path, "deprecated", "deprecated".to_string(), Class::Additive, None));
    }
    // Members added or removed are changes of their own, not of the docs.
    if o.docs.iter().any(|(k, d)| n.docs.get(k).is_some_and(|nd| nd != d)) {
        out.push(change(path, "docs changed", "docs or constraints changed".to_string(), Class::Patch, None));
    }
}

fn struct_fields(
    path: &str,
    p: &str,
    old: &BTreeMap<String, String>,
    new: &BTreeMap<String, String>,
    out: &mut Vec<Change>,
) {
    for (f, ty) in old {
        let witness = format!("fn read(x: &{p}) -> &{} {{ &x.{f} }}", ours(ty));
        match new.get(f) {
            None => out.push(change(
                path,
                "member removed",
                format!("member `{f}` removed"),
                Class::Breaking,
                Some(witness),
            )),
            Some(nt) if nt != ty => {
                let kind = match (option(ty), option(nt)) {
                    (Some(inner), None) if inner == nt => "member no longer optional",
                    (None, Some(inner)) if inner == ty => "member now optional",
                    _ => "member retyped",
                };
                let what = format!("member `{f}` now `{}` (was `{}`)", short(nt), short(ty));
                out.push(change(path, kind, what, Class::Breaking, Some(witness)));
            }
            Some(_) => {}
        }
    }
    for (f, ty) in new.iter().filter(|(f, _)| !old.contains_key(*f)) {
        out.push(change(path, "member added", format!("member `{f}: {}` added", short(ty)), Class::Additive, None));
    }
}

/// A call of the old constructor with arguments of the old types.
fn constructor_witness(p: &str, args: &[(String, String)], required_struct: &str) -> String {
    match args {
        [] => format!("let _ = {p}::new();"),
        [(_, ty)] => format!("let _ = |a: {}| {p}::new(a);", ours(ty)),
        many => {
            let params: Vec<String> = many.iter().map(|(f, ty)| format!("{f}: {}", ours(ty))).collect();
            let fields: Vec<&str> = many.iter().map(|(f, _)| f.as_str()).collect();
            format!("let _ = |{}| {p}::new({required_struct} {{ {} }});", params.join(", "), fields.join(", "))
        }
    }
}

fn names(args: &[(String, String)]) -> String {
    if args.is_empty() {
        return "nothing".to_string();
    }
    args.iter().map(|(f, _)| format!("`{f}`")).collect::<Vec<_>>().join(", ")
}

/// A type as people write it: without the std and runtime paths.
pub fn short(ty: &str) -> String {
    ty.replace("::std::option::", "")
        .replace("::std::vec::", "")
        .replace("::std::string::", "")
        .replace("::std::boxed::", "")
        .replace("::std::collections::", "")
        .replace("::awsgen_runtime::primitives::", "")
        .replace("crate::types::", "")
}

/// The version a crate at `version` needs after `changes` (semver, with 0.x's shift: a
/// breaking change bumps the minor, anything else the patch).
pub fn next_version(version: &str, changes: &[Change]) -> Option<String> {
    let top = changes.iter().map(|c| c.class).max()?;
    let mut parts = version.split('.').map(|p| p.parse::<u64>().unwrap_or(0));
    let (major, minor, patch) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    Some(match (major, top) {
        (0, Class::Breaking) => format!("0.{}.0", minor + 1),
        (0, _) => format!("0.{minor}.{}", patch + 1),
        (_, Class::Breaking) => format!("{}.0.0", major + 1),
        (_, Class::Additive) => format!("{major}.{}.0", minor + 1),
        (_, Class::Patch) => format!("{major}.{minor}.{}", patch + 1),
    })
}
