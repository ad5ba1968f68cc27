//! Lays the tree out in lines: blocks and bodies one statement per line, lists on one line
//! when they fit in `WIDTH` columns, else their last argument spilled (`f(|x| {`,
//! `Ok(Self {`) or one element per line with a trailing comma.

use super::space::Spacer;
use super::tree::{Delim, Group, Layout, Node};

const WIDTH: usize = 100;
const INDENT: &str = "    ";

pub struct Printer<'a> {
    out: String,
    line_start: usize,
    indent: usize,
    docs: &'a [Vec<String>],
}

impl<'a> Printer<'a> {
    pub fn new(capacity: usize, docs: &'a [Vec<String>]) -> Self {
        Printer { out: String::with_capacity(capacity), line_start: 0, indent: 0, docs }
    }

    pub fn finish(mut self) -> String {
        self.trim_line();
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out
    }

    /// A file or a block's contents: one unit per line.
    pub fn units(&mut self, nodes: &[Node], layout: Layout) {
        let mut first = true;
        for unit in split(nodes, layout) {
            if !(first && self.out.is_empty()) {
                self.newline();
            }
            first = false;
            self.unit(unit);
        }
    }

    fn col(&self) -> usize {
        self.out.len() - self.line_start
    }

    fn trim_line(&mut self) {
        let kept = self.out.trim_end_matches(' ').len().max(self.line_start);
        self.out.truncate(kept);
    }

    fn newline(&mut self) {
        self.trim_line();
        self.out.push('\n');
        self.line_start = self.out.len();
        for _ in 0..self.indent {
            self.out.push_str(INDENT);
        }
    }

    fn unit(&mut self, nodes: &[Node]) {
        if let Some((inner, text)) = doc_attribute(nodes) {
            self.doc(inner, &text);
        } else if let Some(w) = nodes.iter().position(|n| n.is_kw("where")) {
            self.inline(&nodes[..w]);
            self.where_clause(&nodes[w + 1..]);
        } else {
            self.inline(nodes);
        }
    }

    /// `where` on a line of its own, a bound per line, then the body (or `;`) on its own line.
    fn where_clause(&mut self, rest: &[Node]) {
        let ends_item = |n: &Node| n.is_op(";") || n.group().is_some_and(|g| g.delim == Delim::Brace);
        let (bounds, body) = match rest.last() {
            Some(last) if ends_item(last) => rest.split_at(rest.len() - 1),
            _ => (rest, &[][..]),
        };
        self.newline();
        self.out.push_str("where");
        self.indent += 1;
        for bound in split(bounds, Layout::List) {
            let bound = match bound.split_last() {
                Some((last, init)) if last.is_op(",") => init,
                _ => bound,
            };
            self.newline();
            self.inline(bound);
            self.out.push(',');
        }
        self.indent -= 1;
        if !body.is_empty() {
            self.newline();
            self.inline(body);
        }
    }

    /// A `#[doc]` attribute as `///` lines (or `//!`), its placeholder's lines in its place.
    fn doc(&mut self, inner: bool, text: &str) {
        let style = if inner { "//!" } else { "///" };
        let block = text.strip_prefix('\u{1}').and_then(|n| self.docs.get(n.parse::<usize>().ok()?));
        match block {
            Some(lines) => {
                for (i, line) in lines.iter().enumerate() {
                    if i > 0 {
                        self.newline();
                    }
                    self.out.push_str(style);
                    let line = line.trim_end_matches(' ');
                    if !line.is_empty() {
                        self.out.push(' ');
                        self.out.push_str(line);
                    }
                }
            }
            None => {
                self.out.push_str(style);
                self.out.push_str(text.trim_end_matches(' '));
            }
        }
    }

    /// Nodes on the current line, groups laid out as they fit.
    fn inline(&mut self, nodes: &[Node]) {
        let mut spacer = Spacer::default();
        for (i, n) in nodes.iter().enumerate() {
            if spacer.space_before(n) {
                self.out.push(' ');
            }
            match n {
                Node::Word(s) | Node::Lit(s) => self.out.push_str(s),
                Node::Kw(s) | Node::Op(s) => self.out.push_str(s),
                Node::Group(g) => self.group(g, tail(&nodes[i + 1..])),
            }
        }
    }

    fn group(&mut self, g: &Group, tail: usize) {
        if g.nodes.is_empty() {
            self.out.push_str(g.delim.open());
            self.out.push_str(g.delim.close());
            return;
        }
        match g.layout {
            Layout::Items | Layout::Definition | Layout::Arms => self.block(g),
            Layout::Attribute => self.spill(g),
            Layout::List | Layout::Fields => {
                let fits = g.flat.is_some_and(|w| self.col() + w + tail <= WIDTH);
                // Breaking `pub(crate)` or `(x)` would gain nothing.
                let plain =
                    g.flat.is_some_and(|w| w <= 16) && !g.nodes.iter().any(|n| n.is_op(",") || n.group().is_some());
                if fits || plain {
                    self.flat(g);
                } else if self.spills(g) {
                    self.spill(g);
                } else {
                    self.broken(g);
                }
            }
        }
    }

    fn block(&mut self, g: &Group) {
        self.out.push('{');
        self.indent += 1;
        for unit in split(&g.nodes, g.layout) {
            self.newline();
            self.unit(unit);
            if g.layout == Layout::Definition && !unit.last().is_some_and(|n| n.is_op(",")) {
                // A field or variant without its comma: the last one.
                if !unit.first().is_some_and(|n| n.is_op("#")) {
                    self.out.push(',');
                }
            }
        }
        self.indent -= 1;
        self.newline();
        self.out.push('}');
    }

    fn flat(&mut self, g: &Group) {
        self.out.push_str(g.delim.open());
        let pad = g.layout == Layout::Fields;
        if pad {
            self.out.push(' ');
        }
        // One line has no trailing comma, except the one that makes `(x,)` a tuple.
        let nodes = match g.nodes.split_last() {
            Some((last, rest)) if last.is_op(",") && !one_tuple(g) => rest,
            _ => &g.nodes[..],
        };
        self.inline(nodes);
        if pad {
            self.out.push(' ');
        }
        self.out.push_str(g.delim.close());
    }

    /// Whether all but the last element fit on this line and the last ends with a group that
    /// can open here and break below: `f(a, |x| {`, `Ok(Self {`.
    fn spills(&self, g: &Group) -> bool {
        if g.delim == Delim::Angle || g.layout == Layout::Fields {
            return false;
        }
        let elements = split(&g.nodes, Layout::List);
        let Some((last, head)) = elements.split_last() else { return false };
        if !ends_breakable(last) {
            return false;
        }
        let (_, prefix) = last.split_last().expect("elements are not empty");
        let first_line = super::space::line_width(head.iter().flat_map(|e| e.iter()).chain(prefix));
        first_line.is_some_and(|w| self.col() + 1 + w + 2 <= WIDTH)
    }

    fn spill(&mut self, g: &Group) {
        self.out.push_str(g.delim.open());
        self.inline(&g.nodes);
        self.out.push_str(g.delim.close());
    }

    /// One element per line.
    fn broken(&mut self, g: &Group) {
        self.out.push_str(g.delim.open());
        self.indent += 1;
        let elements = split(&g.nodes, g.layout);
        let count = elements.iter().filter(|e| !e.first().is_some_and(|n| n.is_op("#"))).count();
        for (i, e) in elements.iter().enumerate() {
            self.newline();
            let has_comma = e.last().is_some_and(|n| n.is_op(","));
            let body = if has_comma { &e[..e.len() - 1] } else { e };
            self.unit(body);
            let attribute = e.first().is_some_and(|n| n.is_op("#")) && e.len() == 2;
            if has_comma || (i + 1 == elements.len() && !attribute && trailing_comma(g, body, count)) {
                self.out.push(',');
            }
        }
        self.indent -= 1;
        self.newline();
        self.out.push_str(g.delim.close());
    }
}

/// Whether a trailing comma can go after the last element of a broken group without changing
/// what it means: not in `(x)` (a tuple then), `a[i]`, `[x; N]` or after `..base`.
fn trailing_comma(g: &Group, last: &[Node], count: usize) -> bool {
    if last.first().is_some_and(|n| n.is_op("..")) {
        return false;
    }
    match g.delim {
        Delim::Paren => count > 1 || g.after_operand,
        Delim::Bracket => !g.after_operand && !g.nodes.iter().any(|n| n.is_op(";")),
        // `<T as Trait,>` would not parse; generic arguments take one.
        Delim::Angle => count > 1 || g.after_operand,
        Delim::Brace => true,
    }
}

/// `(x,)`.
fn one_tuple(g: &Group) -> bool {
    g.delim == Delim::Paren && !g.after_operand && g.nodes.iter().filter(|n| n.is_op(",")).count() == 1
}

/// The width of what follows a group on its line, up to where the line can break: the next
/// group but a type's generic arguments (so a signature breaks its parameters before its return
/// type), or a match arm's `=>` or a `let`'s `=` (so a pattern stays on one line).
fn tail(rest: &[Node]) -> usize {
    let mut width = 0;
    for n in rest {
        match n {
            Node::Group(g) if g.delim != Delim::Angle || g.flat.is_none() => return width + 1 + g.delim.open().len(),
            n if n.is_op("=>") || n.is_op("=") => return width + 2 + n.flat().unwrap_or(0),
            n => width += n.flat().unwrap_or(0) + 1,
        }
    }
    width
}

/// Whether an element ends with a group that may open on this line and break below.
fn ends_breakable(element: &[Node]) -> bool {
    match element.last() {
        Some(Node::Group(g)) if !g.nodes.is_empty() => match g.delim {
            Delim::Brace => true,
            Delim::Paren | Delim::Bracket => split(&g.nodes, Layout::List).last().is_some_and(|e| ends_breakable(e)),
            Delim::Angle => false,
        },
        _ => false,
    }
}

/// `#[doc = "..."]` (or `#![doc = ...]`) whose text can be a comment line: its text.
fn doc_attribute(nodes: &[Node]) -> Option<(bool, String)> {
    let (inner, attr) = match nodes {
        [pound, bracket] if pound.is_op("#") => (false, bracket),
        [pound, bang, bracket] if pound.is_op("#") && bang.is_op("!") => (true, bracket),
        _ => return None,
    };
    let g = attr.group().filter(|g| g.delim == Delim::Bracket)?;
    let [Node::Word(name), eq, Node::Lit(lit)] = g.nodes.as_slice() else { return None };
    if &**name != "doc" || !eq.is_op("=") {
        return None;
    }
    let text = unescape(lit)?;
    // A line that would end the comment or read as a different comment stays an attribute.
    if text.contains(['\n', '\r']) || text.starts_with('/') || (!inner && text.starts_with('!')) {
        return None;
    }
    Some((inner, text))
}

/// The value of a string literal as proc-macro2 writes it (`///` comments in `quote!` become
/// raw strings).
fn unescape(lit: &str) -> Option<String> {
    if let Some(raw) = lit.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let body = raw[hashes..].strip_prefix('"')?.strip_suffix(&raw[..hashes])?.strip_suffix('"')?;
        return Some(body.to_string());
    }
    let body = lit.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            '0' => out.push('\0'),
            '\\' => out.push('\\'),
            '"' => out.push('"'),
            '\'' => out.push('\''),
            'u' => {
                let rest = chars.as_str().strip_prefix('{')?;
                let end = rest.find('}')?;
                out.push(char::from_u32(u32::from_str_radix(&rest[..end], 16).ok()?)?);
                chars = rest[end + 1..].chars();
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Splits a sequence into what goes on a line each: statements and items (after `;`, an
/// attribute, or a block nothing continues), match arms and list elements (after `,`).
fn split(nodes: &[Node], layout: Layout) -> Vec<&[Node]> {
    let mut units = Vec::new();
    let mut start = 0;
    let by_comma = layout != Layout::Items;
    // Between a closure's `|`s, where commas separate its parameters.
    let mut in_params = false;
    let mut i = 0;
    while i < nodes.len() {
        let n = &nodes[i];
        let next = nodes.get(i + 1);
        if n.is_op("|") {
            in_params = !in_params && (i == start || !nodes[i - 1].ends_operand());
        }
        let end = if n.is_op(";") {
            layout == Layout::Items
        } else if n.is_op(",") {
            by_comma && !in_params
        } else if let Some(g) = n.group() {
            g.layout == Layout::Attribute && layout != Layout::List
                || g.delim == Delim::Brace && matches!(layout, Layout::Items | Layout::Arms) && !continues(next)
        } else {
            false
        };
        if end {
            units.push(&nodes[start..=i]);
            start = i + 1;
        }
        i += 1;
    }
    if start < nodes.len() {
        units.push(&nodes[start..]);
    }
    units
}

/// Whether what follows a `{}` group goes on with the same statement: a method, `?`, a binary
/// operator; not what can only begin one (a path, an attribute, a unary operator).
fn continues(next: Option<&Node>) -> bool {
    match next {
        None => false,
        Some(Node::Op(op)) => !matches!(*op, "::" | "#" | "&" | "*" | "-" | "!" | "|" | "||" | ".." | "<"),
        Some(Node::Kw(k)) => *k == "else" || *k == "as",
        Some(_) => false,
    }
}
