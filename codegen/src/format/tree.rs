//! Token streams as a tree the printer can lay out: operators joined, lifetimes joined, generic
//! arguments as groups of their own, and each `{}` group told what it is (a block, a body, a
//! match, a struct literal), all from the tokens around it.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Delim {
    Paren,
    Bracket,
    Brace,
    /// Generic arguments or a qualified path's `<T as Trait>`.
    Angle,
}

impl Delim {
    pub fn open(self) -> &'static str {
        match self {
            Delim::Paren => "(",
            Delim::Bracket => "[",
            Delim::Brace => "{",
            Delim::Angle => "<",
        }
    }

    pub fn close(self) -> &'static str {
        match self {
            Delim::Paren => ")",
            Delim::Bracket => "]",
            Delim::Brace => "}",
            Delim::Angle => ">",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// Parentheses, brackets, generic arguments, `use` lists: on one line when they fit, else
    /// one element per line.
    List,
    /// A struct literal or pattern: `Self { a, b }` when it fits, else one field per line.
    Fields,
    /// A block or an item body: one statement or item per line, always.
    Items,
    /// A struct's or enum's definition: one field or variant per line, always.
    Definition,
    /// A `match` body: one arm per line, always.
    Arms,
    /// An attribute's brackets: never broken (a comma added there would not parse).
    Attribute,
}

pub struct Group {
    pub delim: Delim,
    pub layout: Layout,
    pub nodes: Vec<Node>,
    /// Its width on one line, or `None` when it never goes on one line.
    pub flat: Option<usize>,
    /// It follows an operand: a call's arguments or an index, not a tuple or an array.
    pub after_operand: bool,
}

pub enum Node {
    /// An identifier, a lifetime, or a keyword that stands for a value or path (`self`).
    Word(Box<str>),
    Lit(Box<str>),
    Kw(&'static str),
    Op(&'static str),
    Group(Group),
}

impl Node {
    pub fn is_op(&self, op: &str) -> bool {
        matches!(self, Node::Op(o) if *o == op)
    }

    pub fn is_kw(&self, kw: &str) -> bool {
        matches!(self, Node::Kw(k) if *k == kw)
    }

    pub fn group(&self) -> Option<&Group> {
        match self {
            Node::Group(g) => Some(g),
            _ => None,
        }
    }

    /// Its width on one line, `None` if it never goes on one line.
    pub fn flat(&self) -> Option<usize> {
        match self {
            Node::Word(s) | Node::Lit(s) => Some(s.len()),
            Node::Kw(s) | Node::Op(s) => Some(s.len()),
            Node::Group(g) => g.flat,
        }
    }

    /// Whether a value ends here, so that what follows is a binary operator, call or index.
    pub fn ends_operand(&self) -> bool {
        match self {
            Node::Word(_) | Node::Lit(_) => true,
            Node::Group(g) => g.delim != Delim::Angle || g.after_operand,
            Node::Op(o) => *o == "?",
            Node::Kw(_) => false,
        }
    }
}

/// Keywords that open or join syntax; `self`, `Self`, `crate`, `super`, `true` and `false` act
/// as words.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "fn", "for", "if", "impl",
    "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static", "struct", "trait", "type",
    "union", "unsafe", "use", "where", "while",
];

/// Operators of more than one character, longest first.
const OPS: &[&str] = &[
    "..=", "...", "<<=", ">>=", "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "..", "+=", "-=", "*=", "/=",
    "%=", "^=", "&=", "|=", "<<", ">>",
];

/// One-character operators, as static strings.
const SINGLE: &[&str] =
    &["=", "<", ">", "!", "~", "+", "-", "*", "/", "%", "^", "&", "|", "@", ".", ",", ";", ":", "#", "$", "?", "'"];

pub fn build(tokens: TokenStream) -> Vec<Node> {
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    seq(&tts)
}

fn seq(tts: &[TokenTree]) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::with_capacity(tts.len());
    let mut i = 0;
    while i < tts.len() {
        match &tts[i] {
            TokenTree::Group(g) => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                let delim = match g.delimiter() {
                    Delimiter::Parenthesis => Delim::Paren,
                    Delimiter::Bracket => Delim::Bracket,
                    Delimiter::Brace => Delim::Brace,
                    Delimiter::None => {
                        out.extend(seq(&inner));
                        i += 1;
                        continue;
                    }
                };
                out.push(group(delim, seq(&inner)));
                i += 1;
            }
            TokenTree::Ident(id) => {
                let s = id.to_string();
                out.push(match KEYWORDS.iter().find(|k| **k == s) {
                    Some(k) => Node::Kw(k),
                    None => Node::Word(s.into_boxed_str()),
                });
                i += 1;
            }
            TokenTree::Literal(l) => {
                out.push(Node::Lit(l.to_string().into_boxed_str()));
                i += 1;
            }
            TokenTree::Punct(p) => {
                let joint = p.spacing() == Spacing::Joint;
                if p.as_char() == '\'' && joint {
                    if let Some(TokenTree::Ident(id)) = tts.get(i + 1) {
                        out.push(Node::Word(format!("'{id}").into_boxed_str()));
                        i += 2;
                        continue;
                    }
                }
                if p.as_char() == '<' && opens_generics(&out) {
                    if let Some(end) = matching_angle(tts, i) {
                        out.push(group(Delim::Angle, seq(&tts[i + 1..end])));
                        i = end + 1;
                        continue;
                    }
                }
                let (op, len) = operator(tts, i);
                out.push(Node::Op(op));
                i += len;
            }
        }
    }
    classify(&mut out);
    for n in &mut out {
        if let Node::Group(g) = n {
            g.flat = flat_width(g);
        }
    }
    out
}

fn group(delim: Delim, nodes: Vec<Node>) -> Node {
    let layout = if delim == Delim::Brace { Layout::Items } else { Layout::List };
    Node::Group(Group { delim, layout, nodes, flat: None, after_operand: false })
}

/// A `<` opens generic arguments after a type-like name, `::`, `impl` or a function's name,
/// and a qualified path where no operand precedes it; after a value it compares.
fn opens_generics(before: &[Node]) -> bool {
    match before.last() {
        None => true,
        Some(Node::Word(w)) => {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                || matches!(before.len().checked_sub(2).map(|i| &before[i]), Some(n) if n.is_kw("fn"))
        }
        Some(Node::Kw(k)) => *k == "impl" || *k == "for" || *k == "as" || *k == "dyn",
        Some(n @ Node::Op(_)) => !n.ends_operand(),
        Some(Node::Lit(_)) => false,
        Some(Node::Group(_)) => false,
    }
}

/// The index of the `>` closing the `<` at `start`, if the tokens between can be generic
/// arguments (no `;`, `&&` or `||` at this level).
fn matching_angle(tts: &[TokenTree], start: usize) -> Option<usize> {
    let mut depth = 1usize;
    for (k, tt) in tts.iter().enumerate().skip(start + 1) {
        let TokenTree::Punct(p) = tt else { continue };
        let after_joint =
            |c: char| matches!(&tts[k - 1], TokenTree::Punct(q) if q.as_char() == c && q.spacing() == Spacing::Joint);
        match p.as_char() {
            '<' => depth += 1,
            // `->` and `=>` are not closers.
            '>' if after_joint('-') || after_joint('=') => {}
            '>' => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            ';' => return None,
            '&' | '|' if after_joint(p.as_char()) => return None,
            _ => {}
        }
    }
    None
}

/// The operator starting at `i` (joined with the punctuation glued to it) and how many tokens it
/// took.
fn operator(tts: &[TokenTree], i: usize) -> (&'static str, usize) {
    let mut text = String::new();
    let mut best: Option<(&'static str, usize)> = None;
    let mut k = i;
    while let Some(TokenTree::Punct(p)) = tts.get(k) {
        text.push(p.as_char());
        if let Some(op) = OPS.iter().find(|o| **o == text) {
            best = Some((op, k - i + 1));
        } else if k > i && !OPS.iter().any(|o| o.starts_with(&text)) {
            break;
        }
        if p.spacing() != Spacing::Joint {
            break;
        }
        k += 1;
    }
    best.unwrap_or_else(|| {
        let TokenTree::Punct(p) = &tts[i] else { unreachable!("operator() is called on punctuation") };
        let c = p.as_char();
        (SINGLE.iter().find(|s| s.starts_with(c)).copied().unwrap_or("?"), 1)
    })
}

/// Decides what each `{}` group of a sequence is, from the tokens before it.
fn classify(nodes: &mut [Node]) {
    // What the next brace at this level is, once a keyword has said so.
    let mut pending: Option<Layout> = None;
    // Inside an `if`/`while`/`match`/`for` head, where a struct literal cannot stand.
    let mut head = false;
    for i in 0..nodes.len() {
        let (before, rest) = nodes.split_at_mut(i);
        let before: &[Node] = before;
        let prev = before.last();
        let after_operand = prev.is_some_and(Node::ends_operand);
        let next_is_eq = rest.get(1).is_some_and(|n| n.is_op("="));
        match &mut rest[0] {
            Node::Kw(k) => match *k {
                "struct" | "enum" | "union" => pending = Some(Layout::Definition),
                "impl" | "trait" | "mod" if pending.is_none() => pending = Some(Layout::Items),
                "fn" if pending.is_none() => pending = Some(Layout::Items),
                "match" if pending.is_none() => {
                    pending = Some(Layout::Arms);
                    head = true;
                }
                "if" | "while" | "for" | "loop" | "else" | "unsafe" | "async" if pending.is_none() => {
                    pending = Some(Layout::Items);
                    head = true;
                }
                _ => {}
            },
            Node::Op(";") | Node::Op(",") => {
                pending = None;
                head = false;
            }
            Node::Group(g) => {
                g.after_operand = after_operand;
                let attribute = matches!(before, [.., p] if p.is_op("#"))
                    || matches!(before, [.., p, b] if p.is_op("#") && b.is_op("!"));
                if g.delim == Delim::Bracket && attribute {
                    g.layout = Layout::Attribute;
                }
                if g.delim != Delim::Brace {
                    continue;
                }
                let struct_like = matches!(prev, Some(Node::Word(_)))
                    || matches!(prev, Some(Node::Group(p)) if p.delim == Delim::Angle);
                g.layout = if head && struct_like && next_is_eq {
                    // `if let Foo { a } = x {`: a pattern in the head.
                    Layout::Fields
                } else if let Some(layout) = pending.take() {
                    head = false;
                    layout
                } else if matches!(prev, Some(n) if n.is_op("::")) {
                    Layout::List
                } else if struct_like {
                    Layout::Fields
                } else {
                    Layout::Items
                };
            }
            _ => {}
        }
    }
}

/// A group's width on one line, or `None` when it holds a block, a body or an attribute.
fn flat_width(g: &Group) -> Option<usize> {
    if g.nodes.is_empty() {
        return Some(2);
    }
    if matches!(g.layout, Layout::Items | Layout::Definition | Layout::Arms) {
        return None;
    }
    let pad = if g.layout == Layout::Fields { 2 } else { 0 };
    // Attributes inside a group (`#[cfg]` on a field) put it on several lines.
    Some(2 + pad + super::space::line_width(&g.nodes)?)
}
