//! Where a space goes between two tokens on a line. The same rules measure a group and print
//! it, so a group measured to fit is printed at that width.

use super::tree::{Delim, Node};

/// What the previous token turned out to be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Start,
    Word,
    /// Spaced like a keyword: `&'static ::std::...`.
    Lifetime,
    Kw(&'static str),
    Close(Delim),
    Binary,
    /// `&`, `*`, `-`, `!` before their operand, `..`, `::`, `.`, `#`, a macro's `!`, a
    /// closure's opening `|`: nothing follows them with a space.
    Glue,
    /// `,` `;` `:`
    Separator,
    Question,
    /// A closure's closing `|` (or the `||` of one without parameters).
    ClosureEnd,
}

#[derive(Debug)]
pub struct Spacer {
    prev: Role,
    /// Between a closure's two `|`.
    in_params: bool,
}

impl Default for Spacer {
    fn default() -> Self {
        Spacer { prev: Role::Start, in_params: false }
    }
}

impl Spacer {
    /// Whether a space goes before `next`; remembers `next` for the token after it.
    pub fn space_before(&mut self, next: &Node) -> bool {
        let prev = self.prev;
        let operand_before = matches!(prev, Role::Word | Role::Close(_) | Role::Question);
        let role = self.role(next, operand_before);
        let space = match prev {
            Role::Start | Role::Glue => false,
            _ => space_between(prev, next, role),
        };
        self.prev = role;
        space
    }

    fn role(&mut self, n: &Node, operand_before: bool) -> Role {
        match n {
            Node::Word(w) if w.starts_with('\'') => Role::Lifetime,
            Node::Word(_) | Node::Lit(_) => Role::Word,
            Node::Kw(k) => Role::Kw(k),
            Node::Group(g) => Role::Close(g.delim),
            Node::Op(op) => match *op {
                "," | ";" | ":" => Role::Separator,
                "?" => Role::Question,
                "::" | "." | "#" | ".." | "..=" | "!" => Role::Glue,
                "&" | "*" | "-" | "&&" if !operand_before => Role::Glue,
                "|" if self.in_params => {
                    self.in_params = false;
                    Role::ClosureEnd
                }
                "|" if !operand_before => {
                    self.in_params = true;
                    Role::Glue
                }
                "||" if !operand_before => Role::ClosureEnd,
                _ => Role::Binary,
            },
        }
    }
}

fn space_between(prev: Role, next: &Node, role: Role) -> bool {
    match next {
        Node::Op(op) => match *op {
            "," | ";" | ":" | "." | "?" => false,
            ".." | "..=" => !matches!(prev, Role::Word | Role::Close(_)),
            "::" => matches!(prev, Role::Lifetime | Role::Kw(_) | Role::Binary | Role::Separator | Role::ClosureEnd),
            // A macro's `!` sits on its name; `!x` is spaced like any operand.
            "!" => prev != Role::Word,
            "|" if role == Role::ClosureEnd => false,
            _ => true,
        },
        Node::Group(g) => match g.delim {
            // `pub(crate)` and `fn(u8)` stay tight like a call.
            Delim::Paren => !matches!(prev, Role::Word | Role::Close(_) | Role::Kw("pub" | "fn")),
            Delim::Bracket => !matches!(prev, Role::Word | Role::Close(Delim::Paren | Delim::Bracket)),
            Delim::Angle => !matches!(prev, Role::Word | Role::Kw("impl" | "for")),
            Delim::Brace => true,
        },
        _ => true,
    }
}

/// The width of `nodes` on one line, spaced as printed; `None` when one of them never goes on
/// one line (a block, an attribute).
pub fn line_width<'a>(nodes: impl IntoIterator<Item = &'a Node>) -> Option<usize> {
    let mut spacer = Spacer::default();
    let mut width = 0;
    for n in nodes {
        if n.is_op("#") {
            return None;
        }
        if spacer.space_before(n) {
            width += 1;
        }
        width += n.flat()?;
    }
    Some(width)
}
