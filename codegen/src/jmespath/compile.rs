//! Compiles a JMESPath [`Ast`] against the model's shapes into Rust code over the generated types.
//!
//! Every expression becomes a Rust expression of type `Option<R>`, where `None` is JMESPath's
//! `null` and `R` depends on the expression's static type ([`Ty`]):
//! - a value of a model shape stays typed, as a reference to its generated Rust value
//!   (`&Service`, `&Vec<Deployment>`, `&String`), so walking fields is plain field access;
//! - a computed value (a comparison, a function result, a literal, a multi-select) is a
//!   `serde_json::Value`, with the runtime's `jmespath` module supplying JMESPath's semantics
//!   (equality, ordering, truthiness, the built-in functions);
//! - a projection is a `Vec` of its elements' representation.
//!
//! Model values become `Value`s only where an operation needs them (comparing, calling a
//! function), and never structures: comparing a structure is refused at generation time, as is
//! a field a shape does not have. Nothing interprets JMESPath at run time.
//!
//! A value known to be present (the root, and required members reached from it) is kept as a
//! place (`output.environment.status`) rather than an `Option`, so a path of required members
//! compiles to plain field access.

use std::cell::Cell;

use proc_macro2::{Ident, TokenStream, TokenTree};
use quote::{format_ident, quote};
use serde_json::Value;
use smithy_ir::{ShapeId, ShapeKind};

use super::parse::{Ast, Cmp};
use crate::naming::ident;
use crate::plan::Plan;

/// The static type of an expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Ty {
    /// A value of a model shape: `&T`, `T` its generated type.
    Shape(ShapeId),
    /// A computed value: `serde_json::Value` (never `Value::Null`: that is `None`).
    Dyn,
    /// A projection: `Vec<R>`. Elements of a `List(Dyn)` may be `Value::Null` (a multi-select's
    /// nulls, an array's); a projection over it drops them.
    List(Box<Ty>),
    /// The `{input, output}` object of an `inputOutput` waiter matcher.
    InputOutput { input: Option<ShapeId>, output: Option<ShapeId> },
}

/// A place expression whose value, a reference, is statically present: `base.f1.f2` (field
/// access auto-dereferences `base` and any boxes on the way).
#[derive(Debug, Clone)]
struct Place {
    base: TokenStream,
    fields: Vec<Ident>,
    /// The last field holds a `Box`, so the reference is `&*base.f1.f2`.
    boxed: bool,
}

impl Place {
    /// The place itself, for field access and method calls (`base.f1.f2`).
    fn chain(&self) -> TokenStream {
        let (base, fields) = (&self.base, &self.fields);
        quote!(#base #(.#fields)*)
    }

    /// The reference to the value (`&T`).
    fn value(&self) -> TokenStream {
        let chain = self.chain();
        match (self.fields.is_empty(), self.boxed) {
            (true, _) => chain,
            (false, true) => quote!(&*#chain),
            (false, false) => quote!(&#chain),
        }
    }
}

/// A compiled expression: `code` has type `Option<R>` for `ty`'s representation `R`.
#[derive(Debug, Clone)]
pub struct Typed {
    pub code: TokenStream,
    pub ty: Ty,
    place: Option<Place>,
    /// Its truthiness as `bool` code, when that is known more directly than from `code` (a
    /// negation).
    test: Option<TokenStream>,
    /// For a list of references into a model list or map: the container (`Option<&C>` code)
    /// and the iterator over it (`iter()`, `values()`), so a projection over it iterates once.
    source: Option<(TokenStream, TokenStream)>,
}

impl Typed {
    /// A value that may be null: `code` is an `Option`.
    pub fn maybe(code: TokenStream, ty: Ty) -> Self {
        Typed { code, ty, place: None, test: None, source: None }
    }

    fn present(place: Place, ty: Ty) -> Self {
        let value = place.value();
        Typed { code: quote!(::std::option::Option::Some(#value)), ty, place: Some(place), test: None, source: None }
    }
}

/// `code` after `bind` statements, as a block only when there are any.
fn block(bind: &TokenStream, code: &TokenStream) -> TokenStream {
    if bind.is_empty() {
        code.clone()
    } else {
        quote!({ #bind #code })
    }
}

/// Compiles expressions for one generated function whose parameters are the roots.
pub struct Compiler<'p, 'a> {
    plan: &'p Plan<'a>,
    next_var: Cell<usize>,
}

type R<T> = Result<T, String>;

fn jp() -> TokenStream {
    quote!(::awsgen_runtime::jmespath)
}

/// Whether `tokens` mention the identifier `name` (so a function knows which of its
/// parameters a compiled body uses).
pub fn mentions(tokens: &TokenStream, name: &str) -> bool {
    tokens.clone().into_iter().any(|t| match t {
        TokenTree::Ident(i) => i == name,
        TokenTree::Group(g) => mentions(&g.stream(), name),
        _ => false,
    })
}

/// The code of a JSON value as a `serde_json::Value`.
pub fn literal(v: &Value) -> TokenStream {
    match v {
        Value::Null => quote!(::awsgen_runtime::codegen::serde_json::Value::Null),
        Value::Bool(b) => quote!(::awsgen_runtime::codegen::serde_json::Value::Bool(#b)),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => quote!(::awsgen_runtime::codegen::serde_json::Value::from(#i)),
            // Finite: JSON has no other numbers.
            (None, Some(f)) => quote!(::awsgen_runtime::codegen::serde_json::Value::from(#f)),
            (None, None) => quote!(::awsgen_runtime::codegen::serde_json::Value::Null),
        },
        Value::String(s) => {
            quote!(::awsgen_runtime::codegen::serde_json::Value::String(::std::string::String::from(#s)))
        }
        Value::Array(items) => {
            let items = items.iter().map(literal);
            quote!(::awsgen_runtime::codegen::serde_json::Value::Array(::std::vec::Vec::from([#(#items),*])))
        }
        Value::Object(o) => {
            let entries = o.iter().map(|(k, v)| {
                let v = literal(v);
                quote!((::std::string::String::from(#k), #v))
            });
            quote!(::awsgen_runtime::codegen::serde_json::Value::Object(::awsgen_runtime::codegen::serde_json::Map::from_iter([#(#entries),*])))
        }
    }
}

/// Whether a representation is `Copy` (references), so it is read without cloning.
fn is_copy(ty: &Ty) -> bool {
    matches!(ty, Ty::Shape(_) | Ty::InputOutput { .. })
}

impl<'p, 'a> Compiler<'p, 'a> {
    pub fn new(plan: &'p Plan<'a>) -> Self {
        Compiler { plan, next_var: Cell::new(0) }
    }

    fn var(&self, prefix: &str) -> Ident {
        let n = self.next_var.get();
        self.next_var.set(n + 1);
        format_ident!("{}{}", prefix, n)
    }

    /// `ast` evaluated against a root value: `root` is a `&T` of shape `shape`.
    pub fn compile(&self, ast: &Ast, root: &Ident, shape: &str) -> R<Typed> {
        let place = Place { base: quote!(#root), fields: Vec::new(), boxed: false };
        self.node(ast, Typed::present(place, Ty::Shape(shape.to_string())))
    }

    /// `ast` evaluated against `{input, output}` (the parameters `input` and `output`).
    pub fn compile_input_output(&self, ast: &Ast, input: Option<&str>, output: Option<&str>) -> R<Typed> {
        let ty = Ty::InputOutput { input: input.map(str::to_string), output: output.map(str::to_string) };
        self.node(ast, Typed::maybe(quote!(::std::option::Option::Some(())), ty))
    }

    fn kind(&self, id: &str) -> &'a ShapeKind {
        &self.plan.shape(id).kind
    }

    /// For expressions that read `cur` more than once: a statement binding it to a fresh
    /// variable, and a reader of it. A present place is read again instead (it is a pure,
    /// cheap expression).
    fn bind(&self, cur: &Typed) -> (TokenStream, Typed) {
        if cur.place.is_some() {
            return (quote!(), cur.clone());
        }
        let v = self.var("_c");
        let code = &cur.code;
        let read = if is_copy(&cur.ty) { quote!(#v) } else { quote!(#v.clone()) };
        (quote!(let #v = #code;), Typed::maybe(read, cur.ty.clone()))
    }

    fn node(&self, ast: &Ast, cur: Typed) -> R<Typed> {
        let jp = jp();
        match ast {
            Ast::Current => Ok(cur),
            Ast::Field(name) => self.field(cur, name),
            Ast::Literal(Value::Null) => Ok(Typed::maybe(
                quote!(::std::option::Option::<::awsgen_runtime::codegen::serde_json::Value>::None),
                Ty::Dyn,
            )),
            Ast::Literal(v) => {
                let l = literal(v);
                Ok(Typed::maybe(quote!(::std::option::Option::Some(#l)), Ty::Dyn))
            }
            Ast::Subexpr(a, b) | Ast::Pipe(a, b) => {
                let left = self.node(a, cur)?;
                self.node(b, left)
            }
            Ast::Index(a, n) => {
                let left = self.node(a, cur)?;
                self.index(left, *n)
            }
            Ast::Slice(a, start, stop, step) => {
                let list = self.as_list(self.node(a, cur)?)?;
                let code = &list.code;
                let opt = |v: &Option<i64>| match v {
                    Some(n) => quote!(::std::option::Option::Some(#n)),
                    None => quote!(::std::option::Option::None),
                };
                let (s, e, st) = (opt(start), opt(stop), opt(step));
                Ok(Typed::maybe(quote!(#code.map(|l| #jp::slice(l, #s, #e, #st))), list.ty))
            }
            Ast::Project(lhs, rhs) => {
                let list = self.as_list(self.node(lhs, cur)?)?;
                self.project(list, rhs)
            }
            Ast::ProjectValues(lhs, rhs) => {
                let values = self.values(self.node(lhs, cur)?)?;
                self.project(values, rhs)
            }
            Ast::Filter(lhs, rhs, cond) => {
                let list = self.as_list(self.node(lhs, cur)?)?;
                let Ty::List(elem) = &list.ty else { return Err("internal: a filter over a non-list".to_string()) };
                let e = self.var("_e");
                // The closure gets `&element`; a reference element is taken by pattern.
                let (param, elem_cur) = match &**elem {
                    Ty::Dyn => (quote!(#e), Typed::maybe(quote!(#jp::non_null(#e.clone())), Ty::Dyn)),
                    t if is_copy(t) => {
                        let place = Place { base: quote!(#e), fields: Vec::new(), boxed: false };
                        (quote!(&#e), Typed::present(place, t.clone()))
                    }
                    t => (quote!(#e), Typed::maybe(quote!(::std::option::Option::Some(#e.clone())), t.clone())),
                };
                let test = self.truthy(&self.node(cond, elem_cur)?)?;
                let filtered = self.over_elements(&list, quote!(.filter(|#param| #test)), list.ty.clone());
                self.project(filtered, rhs)
            }
            Ast::Flatten(x) => {
                let list = self.as_list(self.node(x, cur)?)?;
                self.flatten(list)
            }
            Ast::Compare(op, a, b) => {
                let (bind, read) = self.bind(&cur);
                let da = self.to_dyn(&self.node(a, read.clone())?)?;
                let db = self.to_dyn(&self.node(b, read)?)?;
                let op = match op {
                    Cmp::Eq => quote!(Eq),
                    Cmp::Ne => quote!(Ne),
                    Cmp::Lt => quote!(Lt),
                    Cmp::Le => quote!(Le),
                    Cmp::Gt => quote!(Gt),
                    Cmp::Ge => quote!(Ge),
                };
                Ok(Typed::maybe(block(&bind, &quote!(#jp::compare(#jp::Cmp::#op, #da, #db))), Ty::Dyn))
            }
            Ast::Or(a, b) | Ast::And(a, b) => {
                let (bind, read) = self.bind(&cur);
                let mut left = self.node(a, read.clone())?;
                let mut right = self.node(b, read)?;
                if self.repr_key(&left.ty) != self.repr_key(&right.ty) {
                    left = Typed::maybe(self.to_dyn(&left)?, Ty::Dyn);
                    right = Typed::maybe(self.to_dyn(&right)?, Ty::Dyn);
                }
                let x = self.var("_x");
                let test = self.truthy(&Typed::maybe(quote!(#x), left.ty.clone()))?;
                let (lc, rc) = (&left.code, &right.code);
                let body = if matches!(ast, Ast::Or(..)) {
                    quote!(if #test { #x } else { #rc })
                } else {
                    quote!(if #test { #rc } else { #x })
                };
                Ok(Typed::maybe(quote!({ #bind let #x = #lc; #body }), left.ty))
            }
            Ast::Not(x) => {
                let test = self.truthy(&self.node(x, cur)?)?;
                let mut t = Typed::maybe(
                    quote!(::std::option::Option::Some(::awsgen_runtime::codegen::serde_json::Value::Bool(!#test))),
                    Ty::Dyn,
                );
                t.test = Some(quote!(!#test));
                Ok(t)
            }
            Ast::MultiList(items) => {
                let (bind, read) = self.bind(&cur);
                let mut values = Vec::new();
                for item in items {
                    let d = self.to_dyn(&self.node(item, read.clone())?)?;
                    values.push(quote!(#d.unwrap_or(::awsgen_runtime::codegen::serde_json::Value::Null)));
                }
                let value =
                    quote!(::awsgen_runtime::codegen::serde_json::Value::Array(::std::vec::Vec::from([#(#values),*])));
                Ok(self.unless_null(&cur, bind, &read, value))
            }
            Ast::MultiHash(items) => {
                let (bind, read) = self.bind(&cur);
                let mut entries = Vec::new();
                for (key, item) in items {
                    let d = self.to_dyn(&self.node(item, read.clone())?)?;
                    entries.push(quote!((::std::string::String::from(#key), #d.unwrap_or(::awsgen_runtime::codegen::serde_json::Value::Null))));
                }
                let value = quote!(::awsgen_runtime::codegen::serde_json::Value::Object(::awsgen_runtime::codegen::serde_json::Map::from_iter([#(#entries),*])));
                Ok(self.unless_null(&cur, bind, &read, value))
            }
            Ast::Call(name, args) => self.call(name, args, cur),
            Ast::ExprRef(_) => Err("`&expression` is only an argument of a function".to_string()),
        }
    }

    /// `Some(value)` unless the current node is null (a multi-select of null is null).
    fn unless_null(&self, cur: &Typed, bind: TokenStream, read: &Typed, value: TokenStream) -> Typed {
        let code = if cur.place.is_some() {
            block(&bind, &quote!(::std::option::Option::Some(#value)))
        } else {
            let r = &read.code;
            quote!({ #bind if #r.is_none() { ::std::option::Option::None } else { ::std::option::Option::Some(#value) } })
        };
        Typed::maybe(code, Ty::Dyn)
    }

    /// The Rust type text of a representation, to tell whether two can share a variable.
    fn repr_key(&self, ty: &Ty) -> String {
        match ty {
            Ty::Shape(id) => self.plan.rust_type(id).to_string(),
            Ty::Dyn => "dyn".to_string(),
            Ty::List(t) => format!("list {}", self.repr_key(t)),
            Ty::InputOutput { .. } => "io".to_string(),
        }
    }

    fn field(&self, cur: Typed, name: &str) -> R<Typed> {
        let code = &cur.code;
        let jp = jp();
        let shape = match &cur.ty {
            Ty::InputOutput { input, output } => {
                let (shape, var) = match name {
                    "input" => (input, quote!(input)),
                    "output" => (output, quote!(output)),
                    other => return Err(format!("an inputOutput path starts with `input` or `output`, not `{other}`")),
                };
                let shape = shape.clone().ok_or_else(|| format!("the operation has no {name}"))?;
                return Ok(Typed::present(Place { base: var, fields: Vec::new(), boxed: false }, Ty::Shape(shape)));
            }
            Ty::Dyn => return Ok(Typed::maybe(quote!(#code.and_then(|v| #jp::field(v, #name))), Ty::Dyn)),
            Ty::List(_) => return Err(format!("`{name}` is looked up in a list, which has no members")),
            Ty::Shape(id) => id,
        };
        let not_member = || format!("`{name}` is not a member of `{}`", smithy_ir::shape_name(shape));
        match self.kind(shape) {
            ShapeKind::Structure { members } => {
                let index = members.iter().position(|m| m.name == name).ok_or_else(not_member)?;
                let f = self.plan.fields(shape).swap_remove(index);
                let fname = ident(&f.name);
                let ty = Ty::Shape(f.member.target.clone());
                let opt = if f.boxed { quote!(as_deref) } else { quote!(as_ref) };
                Ok(match (&cur.place, f.optional) {
                    (Some(place), false) => {
                        let mut fields = place.fields.clone();
                        fields.push(fname);
                        Typed::present(Place { base: place.base.clone(), fields, boxed: f.boxed }, ty)
                    }
                    (Some(place), true) => {
                        let chain = place.chain();
                        Typed::maybe(quote!(#chain.#fname.#opt()), ty)
                    }
                    (None, false) if f.boxed => Typed::maybe(quote!(#code.map(|v| &*v.#fname)), ty),
                    (None, false) => Typed::maybe(quote!(#code.map(|v| &v.#fname)), ty),
                    (None, true) => Typed::maybe(quote!(#code.and_then(|v| v.#fname.#opt())), ty),
                })
            }
            ShapeKind::Union { members } => {
                let index = members.iter().position(|m| m.name == name).ok_or_else(not_member)?;
                let f = self.plan.fields(shape).swap_remove(index);
                if f.member.target == crate::plan::UNIT {
                    return Err(format!("`{name}` is a member without a value"));
                }
                let path = self.plan.type_path(shape);
                let variant = ident(&f.name);
                let value = if f.boxed { quote!(&**x) } else { quote!(x) };
                let arms =
                    quote!(#path::#variant(x) => ::std::option::Option::Some(#value), _ => ::std::option::Option::None);
                let code = match &cur.place {
                    Some(place) => {
                        let v = place.value();
                        quote!(match #v { #arms })
                    }
                    None => quote!(#code.and_then(|v| match v { #arms })),
                };
                Ok(Typed::maybe(code, Ty::Shape(f.member.target.clone())))
            }
            ShapeKind::Map { value, sparse, .. } => {
                let flat = if *sparse { quote!(.and_then(|x| x.as_ref())) } else { quote!() };
                let code = match &cur.place {
                    Some(place) => {
                        let chain = place.chain();
                        quote!(#chain.get(#name) #flat)
                    }
                    None => quote!(#code.and_then(|m| m.get(#name)) #flat),
                };
                Ok(Typed::maybe(code, Ty::Shape(value.target.clone())))
            }
            ShapeKind::Document => self.field(Typed::maybe(self.to_dyn(&cur)?, Ty::Dyn), name),
            other => Err(format!("`{name}` is looked up in a {}, which has no members", other.type_name())),
        }
    }

    fn index(&self, list: Typed, n: i64) -> R<Typed> {
        let (code, jp) = (&list.code, jp());
        match &list.ty {
            Ty::Shape(id) => match self.kind(id) {
                ShapeKind::List { member, sparse } => {
                    let get = match &list.place {
                        Some(place) => {
                            let v = place.value();
                            quote!(#jp::index(#v, #n))
                        }
                        None => quote!(#code.and_then(|l| #jp::index(l, #n))),
                    };
                    let get = if *sparse { quote!(#get.and_then(|x| x.as_ref())) } else { get };
                    Ok(Typed::maybe(get, Ty::Shape(member.target.clone())))
                }
                ShapeKind::Document => self.index(Typed::maybe(self.to_dyn(&list)?, Ty::Dyn), n),
                other => Err(format!("`[{n}]` indexes a {}, not a list", other.type_name())),
            },
            Ty::List(elem) => {
                let take = quote!(#code.and_then(|l| #jp::take(l, #n)));
                let take = if **elem == Ty::Dyn { quote!(#take.and_then(#jp::non_null)) } else { take };
                Ok(Typed::maybe(take, (**elem).clone()))
            }
            Ty::Dyn => Ok(Typed::maybe(quote!(#code.and_then(|v| #jp::index_value(v, #n))), Ty::Dyn)),
            Ty::InputOutput { .. } => Err(format!("`[{n}]` indexes an object")),
        }
    }

    /// The elements of a model list or map values, as a `Vec` of references: `iter` is
    /// `iter()` or `values()`.
    fn collect_refs(&self, t: &Typed, iter: TokenStream, sparse: bool, elem: &str) -> Typed {
        let iter = if sparse { quote!(#iter.flatten()) } else { iter };
        let container = match &t.place {
            Some(place) => {
                let value = place.value();
                quote!(::std::option::Option::Some(#value))
            }
            None => t.code.clone(),
        };
        let code = quote!(#container.map(|l| l.#iter.collect::<::std::vec::Vec<_>>()));
        let mut out = Typed::maybe(code, Ty::List(Box::new(Ty::Shape(elem.to_string()))));
        out.source = Some((container, iter));
        out
    }

    /// `list` (a `Ty::List`) with `step` applied to its element iterator (`.map(...)`,
    /// `.filter(...)`), collected again.
    fn over_elements(&self, list: &Typed, step: TokenStream, ty: Ty) -> Typed {
        let code = match &list.source {
            Some((container, iter)) => quote!(#container.map(|l| l.#iter #step.collect::<::std::vec::Vec<_>>())),
            None => {
                let code = &list.code;
                quote!(#code.map(|l| l.into_iter() #step.collect::<::std::vec::Vec<_>>()))
            }
        };
        Typed::maybe(code, ty)
    }

    /// A list-typed expression as a `Vec` projection (`Ty::List`).
    fn as_list(&self, t: Typed) -> R<Typed> {
        let (code, jp) = (&t.code, jp());
        match &t.ty {
            Ty::List(_) => Ok(t),
            Ty::Dyn => Ok(Typed::maybe(quote!(#code.and_then(#jp::array)), Ty::List(Box::new(Ty::Dyn)))),
            Ty::Shape(id) => match self.kind(id) {
                ShapeKind::List { member, sparse } => {
                    Ok(self.collect_refs(&t, quote!(iter()), *sparse, &member.target))
                }
                ShapeKind::Document => self.as_list(Typed::maybe(self.to_dyn(&t)?, Ty::Dyn)),
                other => Err(format!("a projection over a {}, which is not a list", other.type_name())),
            },
            Ty::InputOutput { .. } => Err("a projection over the inputOutput object".to_string()),
        }
    }

    /// The values of an object (`.*`, `values()`) as a `Vec` projection.
    fn values(&self, t: Typed) -> R<Typed> {
        let (code, jp) = (&t.code, jp());
        match &t.ty {
            Ty::Dyn => Ok(Typed::maybe(quote!(#code.and_then(#jp::values)), Ty::List(Box::new(Ty::Dyn)))),
            Ty::Shape(id) => match self.kind(id) {
                ShapeKind::Map { value, sparse, .. } => {
                    Ok(self.collect_refs(&t, quote!(values()), *sparse, &value.target))
                }
                ShapeKind::Document => self.values(Typed::maybe(self.to_dyn(&t)?, Ty::Dyn)),
                other => Err(format!("`*` over a {}: only maps are supported", other.type_name())),
            },
            _ => Err("`*` over a value that is not an object".to_string()),
        }
    }

    /// `rhs` applied to each element of `list` (a `Ty::List`), nulls dropped.
    fn project(&self, list: Typed, rhs: &Ast) -> R<Typed> {
        let Ty::List(elem) = &list.ty else { return Err("internal: a projection over a non-list".to_string()) };
        let jp = jp();
        if *rhs == Ast::Current {
            return Ok(if **elem == Ty::Dyn {
                self.over_elements(&list, quote!(.filter(|e| !e.is_null())), list.ty.clone())
            } else {
                list
            });
        }
        let e = self.var("_e");
        let elem_cur = match &**elem {
            Ty::Dyn => Typed::maybe(quote!(#jp::non_null(#e)), Ty::Dyn),
            t if is_copy(t) => Typed::present(Place { base: quote!(#e), fields: Vec::new(), boxed: false }, t.clone()),
            t => Typed::maybe(quote!(::std::option::Option::Some(#e)), t.clone()),
        };
        let out = self.node(rhs, elem_cur)?;
        // A value that is always present needs no `filter_map`.
        let step = match &out.place {
            Some(place) => {
                let value = place.value();
                quote!(.map(|#e| #value))
            }
            None => {
                let body = &out.code;
                quote!(.filter_map(|#e| #body))
            }
        };
        Ok(self.over_elements(&list, step, Ty::List(Box::new(out.ty))))
    }

    fn flatten(&self, list: Typed) -> R<Typed> {
        let Ty::List(elem) = &list.ty else { return Err("internal: flattening a non-list".to_string()) };
        let (code, jp) = (&list.code, jp());
        match &**elem {
            Ty::List(inner) => Ok(self.over_elements(&list, quote!(.flatten()), Ty::List(inner.clone()))),
            Ty::Dyn => Ok(Typed::maybe(quote!(#code.map(#jp::flatten)), list.ty.clone())),
            Ty::Shape(id) => match self.kind(id) {
                ShapeKind::List { member, sparse } => {
                    let inner = if *sparse { quote!(i.iter().flatten()) } else { quote!(i.iter()) };
                    let ty = Ty::List(Box::new(Ty::Shape(member.target.clone())));
                    Ok(self.over_elements(&list, quote!(.flat_map(|i| #inner)), ty))
                }
                ShapeKind::Document => Err("flattening documents is not supported".to_string()),
                // Elements that are not lists are kept as they are.
                _ => Ok(list.clone()),
            },
            Ty::InputOutput { .. } => Err("internal: flattening the inputOutput object".to_string()),
        }
    }

    /// `Option<Value>` code for an expression (model values converted; structures refused).
    pub fn to_dyn(&self, t: &Typed) -> R<TokenStream> {
        if t.ty == Ty::Dyn {
            return Ok(t.code.clone());
        }
        let v = self.var("_v");
        let lifted = self.lift(&t.ty, quote!(#v))?;
        Ok(match &t.place {
            Some(place) => {
                let value = place.value();
                quote!({ let #v = #value; ::std::option::Option::Some(#lifted) })
            }
            None => {
                let code = &t.code;
                quote!(#code.map(|#v| #lifted))
            }
        })
    }

    /// A `Value` from `var`, a value of `ty`'s representation.
    fn lift(&self, ty: &Ty, var: TokenStream) -> R<TokenStream> {
        let jp = jp();
        let id = match ty {
            Ty::Dyn => return Ok(var),
            Ty::List(elem) => {
                let e = self.var("_e");
                let inner = self.lift(elem, quote!(#e))?;
                return Ok(
                    quote!(::awsgen_runtime::codegen::serde_json::Value::Array(#var.into_iter().map(|#e| #inner).collect())),
                );
            }
            Ty::InputOutput { .. } => return Err("the inputOutput object cannot be compared".to_string()),
            Ty::Shape(id) => id,
        };
        Ok(match self.kind(id) {
            ShapeKind::String { values: None } => {
                quote!(::awsgen_runtime::codegen::serde_json::Value::String(::std::string::String::clone(#var)))
            }
            ShapeKind::String { values: Some(_) } | ShapeKind::Enum { .. } => {
                quote!(::awsgen_runtime::codegen::serde_json::Value::String(#var.as_str().to_owned()))
            }
            ShapeKind::IntEnum { .. } => quote!(::awsgen_runtime::codegen::serde_json::Value::from(#var.value())),
            ShapeKind::Boolean => quote!(::awsgen_runtime::codegen::serde_json::Value::Bool(*#var)),
            ShapeKind::Byte | ShapeKind::Short | ShapeKind::Integer | ShapeKind::Long => {
                quote!(::awsgen_runtime::codegen::serde_json::Value::from(*#var))
            }
            ShapeKind::Float | ShapeKind::Double => quote!(#jp::number(f64::from(*#var))),
            ShapeKind::Timestamp { .. } => quote!(#jp::number(#var.as_secs_f64())),
            ShapeKind::BigInteger | ShapeKind::BigDecimal => quote!(#jp::big_number(#var.as_str())),
            ShapeKind::Document => quote!(::awsgen_runtime::codegen::serde_json::Value::clone(#var)),
            ShapeKind::Blob => quote!(#jp::blob(#var.as_bytes())),
            ShapeKind::List { member, sparse } => {
                let e = self.var("_e");
                let inner = self.lift(&Ty::Shape(member.target.clone()), quote!(#e))?;
                if *sparse {
                    quote!(::awsgen_runtime::codegen::serde_json::Value::Array(#var.iter().map(|x| x.as_ref().map_or(::awsgen_runtime::codegen::serde_json::Value::Null, |#e| #inner)).collect()))
                } else {
                    quote!(::awsgen_runtime::codegen::serde_json::Value::Array(#var.iter().map(|#e| #inner).collect()))
                }
            }
            ShapeKind::Map { value, sparse, .. } => {
                let e = self.var("_e");
                let inner = self.lift(&Ty::Shape(value.target.clone()), quote!(#e))?;
                if *sparse {
                    quote!(::awsgen_runtime::codegen::serde_json::Value::Object(#var.iter().map(|(k, x)| (k.clone(), x.as_ref().map_or(::awsgen_runtime::codegen::serde_json::Value::Null, |#e| #inner))).collect()))
                } else {
                    quote!(::awsgen_runtime::codegen::serde_json::Value::Object(#var.iter().map(|(k, #e)| (k.clone(), #inner)).collect()))
                }
            }
            other => {
                return Err(format!(
                    "a {} (`{}`) cannot be compared or passed to a function here",
                    other.type_name(),
                    smithy_ir::shape_name(id)
                ))
            }
        })
    }

    /// `bool` code: JMESPath truthiness (false, null, and empty strings, lists and objects are
    /// false).
    pub fn truthy(&self, t: &Typed) -> R<TokenStream> {
        let jp = jp();
        if let Some(test) = &t.test {
            return Ok(test.clone());
        }
        if t.ty == Ty::Dyn {
            let code = &t.code;
            return Ok(quote!(#jp::truthy(&#code)));
        }
        Ok(match &t.place {
            // `value` is the place itself (`output.enabled`), or `*var` for a bare reference.
            Some(place) => {
                let value = if place.fields.is_empty() { place.value() } else { place.chain() };
                let by_value = if place.fields.is_empty() { quote!(*#value) } else { value.clone() };
                self.truthy_test(&t.ty, &place.chain(), &by_value)?.unwrap_or(quote!(true))
            }
            None => {
                let code = &t.code;
                let v = self.var("_v");
                match self.truthy_test(&t.ty, &quote!(#v), &quote!(*#v))? {
                    None => quote!(#code.is_some()),
                    Some(test) => quote!(#code.is_some_and(|#v| #test)),
                }
            }
        })
    }

    /// The truthiness test of a present value of `ty`: `v` reaches it for method calls and
    /// field access, `by_value` is its value (for booleans). `None` when it is always true.
    fn truthy_test(&self, ty: &Ty, v: &TokenStream, by_value: &TokenStream) -> R<Option<TokenStream>> {
        let jp = jp();
        Ok(Some(match ty {
            Ty::Dyn => {
                quote!(#jp::truthy(&::std::option::Option::Some(::awsgen_runtime::codegen::serde_json::Value::clone(#v))))
            }
            Ty::List(_) => quote!(!#v.is_empty()),
            Ty::InputOutput { .. } => return Ok(None),
            Ty::Shape(id) => match self.kind(id) {
                ShapeKind::String { values: None } | ShapeKind::List { .. } | ShapeKind::Map { .. } => {
                    quote!(!#v.is_empty())
                }
                ShapeKind::String { values: Some(_) } | ShapeKind::Enum { .. } => quote!(!#v.as_str().is_empty()),
                ShapeKind::Boolean => by_value.clone(),
                ShapeKind::Blob => quote!(!#v.as_bytes().is_empty()),
                ShapeKind::Document => {
                    quote!(#jp::truthy(&::std::option::Option::Some(::awsgen_runtime::codegen::serde_json::Value::clone(&#v))))
                }
                // An object is false when it has no members: a structure whose every member is
                // unset.
                ShapeKind::Structure { .. } => {
                    let fields = self.plan.fields(id);
                    if fields.iter().any(|f| !f.optional) {
                        return Ok(None);
                    }
                    if fields.is_empty() {
                        quote!(false)
                    } else {
                        let set = fields.iter().map(|f| {
                            let n = ident(&f.name);
                            quote!(#v.#n.is_some())
                        });
                        quote!(#(#set)||*)
                    }
                }
                _ => return Ok(None),
            },
        }))
    }

    fn call(&self, name: &str, args: &[Ast], cur: Typed) -> R<Typed> {
        let (bind, read) = self.bind(&cur);
        let mut compiled = Vec::new();
        for a in args {
            if matches!(a, Ast::ExprRef(_)) {
                return Err(format!("`{name}` with an `&expression` argument is not supported"));
            }
            compiled.push(self.node(a, read.clone())?);
        }
        let (min, max) = match name {
            "abs" | "ceil" | "floor" | "keys" | "values" | "length" | "reverse" | "sort" | "sum" | "avg" | "max"
            | "min" | "to_string" | "to_number" | "to_array" | "type" => (1, 1),
            "contains" | "starts_with" | "ends_with" | "join" => (2, 2),
            "not_null" => (1, usize::MAX),
            "merge" => (0, usize::MAX),
            other => return Err(format!("the function `{other}` is not supported")),
        };
        if compiled.len() < min || compiled.len() > max {
            return Err(format!("`{name}` does not take {} argument(s)", compiled.len()));
        }
        let jp = jp();
        let wrap = |t: Typed| Typed::maybe(block(&bind, &t.code), t.ty);
        let map_kind = |t: &Typed| matches!(&t.ty, Ty::Shape(id) if matches!(self.kind(id), ShapeKind::Map { .. }));
        match name {
            "length" => {
                let a = &compiled[0];
                let x = self.var("_x");
                let by_len = |len: TokenStream| -> R<TokenStream> {
                    let value = quote!(::awsgen_runtime::codegen::serde_json::Value::from(#len));
                    Ok(match &a.place {
                        Some(place) => {
                            let v = place.value();
                            quote!({ let #x = #v; ::std::option::Option::Some(#value) })
                        }
                        None => {
                            let code = &a.code;
                            quote!(#code.map(|#x| #value))
                        }
                    })
                };
                let dynamic = || -> R<TokenStream> {
                    let d = self.to_dyn(a)?;
                    Ok(quote!(#d.and_then(#jp::length)))
                };
                let out = match &a.ty {
                    Ty::List(_) => by_len(quote!(#x.len()))?,
                    Ty::Dyn => dynamic()?,
                    Ty::InputOutput { .. } => return Err("`length` of the inputOutput object".to_string()),
                    Ty::Shape(id) => match self.kind(id) {
                        ShapeKind::List { .. } | ShapeKind::Map { .. } => by_len(quote!(#x.len()))?,
                        ShapeKind::String { values: None } => by_len(quote!(#x.chars().count()))?,
                        ShapeKind::Document => dynamic()?,
                        other => return Err(format!("`length` of a {}", other.type_name())),
                    },
                };
                Ok(wrap(Typed::maybe(out, Ty::Dyn)))
            }
            "values" => Ok(wrap(self.values(compiled.remove(0))?)),
            "keys" if map_kind(&compiled[0]) => {
                let x = self.var("_x");
                let keys = quote!(::awsgen_runtime::codegen::serde_json::Value::Array(#x.keys().cloned().map(::awsgen_runtime::codegen::serde_json::Value::String).collect()));
                let code = &compiled[0].code;
                Ok(wrap(Typed::maybe(quote!(#code.map(|#x| #keys)), Ty::Dyn)))
            }
            _ => {
                let f = ident(&crate::naming::field_name(name));
                let dyns = compiled.iter().map(|a| self.to_dyn(a)).collect::<R<Vec<_>>>()?;
                let code = if max == usize::MAX {
                    quote!(#jp::#f(::std::vec::Vec::from([#(#dyns),*])))
                } else {
                    quote!(#jp::#f(#(#dyns),*))
                };
                Ok(wrap(Typed::maybe(code, Ty::Dyn)))
            }
        }
    }
}
