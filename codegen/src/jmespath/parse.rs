//! A JMESPath parser (the grammar of jmespath.org's specification), producing the [`Ast`] the
//! typed compiler reads. Waiter acceptors, paginator paths and endpoint-parameter paths are all
//! JMESPath; this is the one parser for them.
//!
//! Written as a Pratt parser with the binding powers of the specification's reference
//! implementation, so projections stop and continue where other implementations stop them.

use serde_json::Value;

/// A JMESPath expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Ast {
    /// `@`, and the implicit left side of a leading `[*]`, `*` or `[?...]`.
    Current,
    /// `name` or `"name"`.
    Field(String),
    /// `` `json` `` or `'raw string'`.
    Literal(Value),
    /// `a.b`
    Subexpr(Box<Ast>, Box<Ast>),
    /// `a[n]`
    Index(Box<Ast>, i64),
    /// `a[start:stop:step]` (always the left side of a projection).
    Slice(Box<Ast>, Option<i64>, Option<i64>, Option<i64>),
    /// `lhs[*].rhs`, and what follows `lhs[]`: `rhs` applied to each element of the list `lhs`;
    /// null results dropped.
    Project(Box<Ast>, Box<Ast>),
    /// `lhs.*.rhs`: `rhs` applied to each value of the object `lhs`.
    ProjectValues(Box<Ast>, Box<Ast>),
    /// `lhs[?cond].rhs`
    Filter(Box<Ast>, Box<Ast>, Box<Ast>),
    /// `a[]` (before its projection): one level of nested lists merged.
    Flatten(Box<Ast>),
    Compare(Cmp, Box<Ast>, Box<Ast>),
    Or(Box<Ast>, Box<Ast>),
    And(Box<Ast>, Box<Ast>),
    Not(Box<Ast>),
    /// `a | b`
    Pipe(Box<Ast>, Box<Ast>),
    /// `[a, b]`
    MultiList(Vec<Ast>),
    /// `{k: a, ...}`
    MultiHash(Vec<(String, Ast)>),
    /// `name(args...)`
    Call(String, Vec<Ast>),
    /// `&expr` (an expression argument of `sort_by` and friends).
    ExprRef(Box<Ast>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Quoted(String),
    Literal(Value),
    Number(i64),
    Dot,
    Star,
    Flatten,
    Filter,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    LParen,
    RParen,
    Comma,
    Colon,
    Pipe,
    Or,
    And,
    Not,
    Cmp(Cmp),
    At,
    Amp,
    Eof,
}

impl Tok {
    /// Left binding power (the reference implementation's table).
    fn bp(&self) -> u8 {
        match self {
            Tok::Pipe => 1,
            Tok::Or => 2,
            Tok::And => 3,
            Tok::Cmp(_) => 5,
            Tok::Flatten => 9,
            Tok::Star => 20,
            Tok::Filter => 21,
            Tok::Dot => 40,
            Tok::Not => 45,
            Tok::LBrace => 50,
            Tok::LBracket => 55,
            Tok::LParen => 60,
            _ => 0,
        }
    }
}

fn lex(src: &str) -> Result<Vec<Tok>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    // Reads a delimited run up to an unescaped `end`; `\end` becomes `end` unless `keep` (a
    // quoted identifier is JSON, decoded afterwards).
    let delimited = |i: &mut usize, end: char, keep: bool| -> Result<String, String> {
        let mut s = String::new();
        *i += 1;
        loop {
            match chars.get(*i) {
                None => return Err(format!("unterminated {end}...{end}")),
                Some('\\') if chars.get(*i + 1) == Some(&end) => {
                    if keep {
                        s.push('\\');
                    }
                    s.push(end);
                    *i += 2;
                }
                Some('\\') => {
                    s.push('\\');
                    if let Some(c) = chars.get(*i + 1) {
                        s.push(*c);
                    }
                    *i += 2;
                }
                Some(c) if *c == end => {
                    *i += 1;
                    return Ok(s);
                }
                Some(c) => {
                    s.push(*c);
                    *i += 1;
                }
            }
        }
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let tok = match c {
            ' ' | '\t' | '\n' | '\r' => {
                i += 1;
                continue;
            }
            'a'..='z' | 'A'..='Z' | '_' => {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push(Tok::Ident(chars[start..i].iter().collect()));
                continue;
            }
            '0'..='9' | '-' if c != '-' || next.is_some_and(|n| n.is_ascii_digit()) => {
                let start = i;
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                out.push(Tok::Number(text.parse().map_err(|_| format!("number `{text}` out of range"))?));
                continue;
            }
            '"' => {
                let raw = delimited(&mut i, '"', true)?;
                let s: String = serde_json::from_str(&format!("\"{raw}\""))
                    .map_err(|_| format!("invalid quoted identifier \"{raw}\""))?;
                out.push(Tok::Quoted(s));
                continue;
            }
            '\'' => {
                let raw = delimited(&mut i, '\'', false)?;
                out.push(Tok::Literal(Value::String(raw.replace("\\\\", "\\"))));
                continue;
            }
            '`' => {
                let raw = delimited(&mut i, '`', false)?;
                let v: Value = serde_json::from_str(raw.trim()).map_err(|_| format!("invalid JSON literal `{raw}`"))?;
                out.push(Tok::Literal(v));
                continue;
            }
            '.' => Tok::Dot,
            '*' => Tok::Star,
            '[' if next == Some(']') => {
                i += 1;
                Tok::Flatten
            }
            '[' if next == Some('?') => {
                i += 1;
                Tok::Filter
            }
            '[' => Tok::LBracket,
            ']' => Tok::RBracket,
            '{' => Tok::LBrace,
            '}' => Tok::RBrace,
            '(' => Tok::LParen,
            ')' => Tok::RParen,
            ',' => Tok::Comma,
            ':' => Tok::Colon,
            '@' => Tok::At,
            '|' if next == Some('|') => {
                i += 1;
                Tok::Or
            }
            '|' => Tok::Pipe,
            '&' if next == Some('&') => {
                i += 1;
                Tok::And
            }
            '&' => Tok::Amp,
            '!' if next == Some('=') => {
                i += 1;
                Tok::Cmp(Cmp::Ne)
            }
            '!' => Tok::Not,
            '=' if next == Some('=') => {
                i += 1;
                Tok::Cmp(Cmp::Eq)
            }
            '<' if next == Some('=') => {
                i += 1;
                Tok::Cmp(Cmp::Le)
            }
            '<' => Tok::Cmp(Cmp::Lt),
            '>' if next == Some('=') => {
                i += 1;
                Tok::Cmp(Cmp::Ge)
            }
            '>' => Tok::Cmp(Cmp::Gt),
            other => return Err(format!("unexpected character `{other}`")),
        };
        out.push(tok);
        i += 1;
    }
    out.push(Tok::Eof);
    Ok(out)
}

/// Parses a JMESPath expression.
pub fn parse(src: &str) -> Result<Ast, String> {
    let mut p = Parser { toks: lex(src)?, pos: 0, depth: 0 };
    let ast = p.expr(0)?;
    match p.peek() {
        Tok::Eof => Ok(ast),
        t => Err(format!("unexpected {t:?} after a complete expression")),
    }
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
    /// Nesting depth, bounded so hostile model text cannot overflow the stack.
    depth: usize,
}

const MAX_DEPTH: usize = 64;
/// Binding power below which a projection's right side ends.
const PROJECTION_STOP: u8 = 10;

impl Parser {
    fn peek(&self) -> &Tok {
        &self.toks[self.pos]
    }

    fn peek_at(&self, n: usize) -> &Tok {
        self.toks.get(self.pos + n).unwrap_or(&Tok::Eof)
    }

    fn advance(&mut self) -> Tok {
        let t = self.toks[self.pos].clone();
        if self.pos + 1 < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    fn expect(&mut self, t: Tok) -> Result<(), String> {
        match self.advance() {
            got if got == t => Ok(()),
            got => Err(format!("expected {t:?}, found {got:?}")),
        }
    }

    fn expr(&mut self, rbp: u8) -> Result<Ast, String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("the expression nests too deeply".to_string());
        }
        let tok = self.advance();
        let mut left = self.nud(tok)?;
        while rbp < self.peek().bp() {
            let tok = self.advance();
            left = self.led(tok, left)?;
        }
        self.depth -= 1;
        Ok(left)
    }

    fn nud(&mut self, tok: Tok) -> Result<Ast, String> {
        Ok(match tok {
            Tok::Literal(v) => Ast::Literal(v),
            Tok::Ident(name) => Ast::Field(name),
            Tok::Quoted(name) => {
                if *self.peek() == Tok::LParen {
                    return Err("a quoted identifier cannot name a function".to_string());
                }
                Ast::Field(name)
            }
            Tok::Star => {
                let rhs = self.projection_rhs(Tok::Star.bp())?;
                Ast::ProjectValues(Box::new(Ast::Current), Box::new(rhs))
            }
            Tok::Filter => self.filter(Ast::Current)?,
            Tok::LBrace => self.multi_hash()?,
            Tok::LParen => {
                let e = self.expr(0)?;
                self.expect(Tok::RParen)?;
                e
            }
            Tok::Flatten => {
                let rhs = self.projection_rhs(Tok::Flatten.bp())?;
                Ast::Project(Box::new(Ast::Flatten(Box::new(Ast::Current))), Box::new(rhs))
            }
            Tok::Not => Ast::Not(Box::new(self.expr(Tok::Not.bp())?)),
            Tok::LBracket => match (self.peek().clone(), self.peek_at(1).clone()) {
                (Tok::Number(_) | Tok::Colon, _) => self.index_or_slice(Ast::Current)?,
                (Tok::Star, Tok::RBracket) => {
                    self.advance();
                    self.advance();
                    let rhs = self.projection_rhs(Tok::Star.bp())?;
                    Ast::Project(Box::new(Ast::Current), Box::new(rhs))
                }
                _ => self.multi_list()?,
            },
            Tok::At => Ast::Current,
            Tok::Amp => Ast::ExprRef(Box::new(self.expr(0)?)),
            t => return Err(format!("unexpected {t:?}")),
        })
    }

    fn led(&mut self, tok: Tok, left: Ast) -> Result<Ast, String> {
        Ok(match tok {
            Tok::Dot => {
                if *self.peek() == Tok::Star {
                    self.advance();
                    let rhs = self.projection_rhs(Tok::Dot.bp())?;
                    Ast::ProjectValues(Box::new(left), Box::new(rhs))
                } else {
                    let rhs = self.dot_rhs(Tok::Dot.bp())?;
                    Ast::Subexpr(Box::new(left), Box::new(rhs))
                }
            }
            Tok::Pipe => Ast::Pipe(Box::new(left), Box::new(self.expr(Tok::Pipe.bp())?)),
            Tok::Or => Ast::Or(Box::new(left), Box::new(self.expr(Tok::Or.bp())?)),
            Tok::And => Ast::And(Box::new(left), Box::new(self.expr(Tok::And.bp())?)),
            Tok::LParen => {
                let Ast::Field(name) = left else { return Err("only a name can be called".to_string()) };
                let mut args = Vec::new();
                while *self.peek() != Tok::RParen {
                    args.push(self.expr(0)?);
                    if *self.peek() == Tok::Comma {
                        self.advance();
                    }
                }
                self.expect(Tok::RParen)?;
                Ast::Call(name, args)
            }
            Tok::Filter => self.filter(left)?,
            Tok::Flatten => {
                let rhs = self.projection_rhs(Tok::Flatten.bp())?;
                Ast::Project(Box::new(Ast::Flatten(Box::new(left))), Box::new(rhs))
            }
            Tok::Cmp(op) => Ast::Compare(op, Box::new(left), Box::new(self.expr(Tok::Cmp(op).bp())?)),
            Tok::LBracket => match self.peek() {
                Tok::Number(_) | Tok::Colon => self.index_or_slice(left)?,
                _ => {
                    self.expect(Tok::Star)?;
                    self.expect(Tok::RBracket)?;
                    let rhs = self.projection_rhs(Tok::Star.bp())?;
                    Ast::Project(Box::new(left), Box::new(rhs))
                }
            },
            t => return Err(format!("unexpected {t:?}")),
        })
    }

    /// After `[`: `n]` or `start:stop:step]`. A slice starts a projection.
    fn index_or_slice(&mut self, left: Ast) -> Result<Ast, String> {
        let mut parts: [Option<i64>; 3] = [None, None, None];
        let mut idx = 0;
        loop {
            match self.advance() {
                Tok::Number(n) => parts[idx] = Some(n),
                Tok::Colon if idx < 2 => idx += 1,
                Tok::RBracket => break,
                t => return Err(format!("unexpected {t:?} in an index")),
            }
        }
        if idx == 0 {
            let n = parts[0].ok_or("an empty index")?;
            return Ok(Ast::Index(Box::new(left), n));
        }
        if parts[2] == Some(0) {
            return Err("a slice step cannot be 0".to_string());
        }
        let slice = Ast::Slice(Box::new(left), parts[0], parts[1], parts[2]);
        let rhs = self.projection_rhs(Tok::Star.bp())?;
        Ok(Ast::Project(Box::new(slice), Box::new(rhs)))
    }

    fn filter(&mut self, left: Ast) -> Result<Ast, String> {
        let cond = self.expr(0)?;
        self.expect(Tok::RBracket)?;
        let rhs = if *self.peek() == Tok::Flatten { Ast::Current } else { self.projection_rhs(Tok::Filter.bp())? };
        Ok(Ast::Filter(Box::new(left), Box::new(rhs), Box::new(cond)))
    }

    fn projection_rhs(&mut self, bp: u8) -> Result<Ast, String> {
        match self.peek() {
            t if t.bp() < PROJECTION_STOP => Ok(Ast::Current),
            Tok::LBracket | Tok::Filter => self.expr(bp),
            Tok::Dot => {
                self.advance();
                self.dot_rhs(bp)
            }
            t => Err(format!("unexpected {t:?} after a projection")),
        }
    }

    fn dot_rhs(&mut self, bp: u8) -> Result<Ast, String> {
        match self.peek() {
            Tok::Ident(_) | Tok::Quoted(_) | Tok::Star => self.expr(bp),
            Tok::LBracket => {
                self.advance();
                self.multi_list()
            }
            Tok::LBrace => {
                self.advance();
                self.multi_hash()
            }
            t => Err(format!("unexpected {t:?} after `.`")),
        }
    }

    /// After `[`: `a, b, ...]`.
    fn multi_list(&mut self) -> Result<Ast, String> {
        let mut items = Vec::new();
        loop {
            items.push(self.expr(0)?);
            match self.advance() {
                Tok::Comma => {}
                Tok::RBracket => return Ok(Ast::MultiList(items)),
                t => return Err(format!("unexpected {t:?} in a multi-select list")),
            }
        }
    }

    /// After `{`: `key: a, ...}`.
    fn multi_hash(&mut self) -> Result<Ast, String> {
        let mut items = Vec::new();
        loop {
            let key = match self.advance() {
                Tok::Ident(k) | Tok::Quoted(k) => k,
                t => return Err(format!("unexpected {t:?} as a multi-select key")),
            };
            self.expect(Tok::Colon)?;
            items.push((key, self.expr(0)?));
            match self.advance() {
                Tok::Comma => {}
                Tok::RBrace => return Ok(Ast::MultiHash(items)),
                t => return Err(format!("unexpected {t:?} in a multi-select hash")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(n: &str) -> Box<Ast> {
        Box::new(Ast::Field(n.to_string()))
    }

    #[test]
    fn fields_and_subexpressions() {
        assert_eq!(parse("a.b").unwrap(), Ast::Subexpr(f("a"), f("b")));
        assert_eq!(parse("\"a b\"").unwrap(), Ast::Field("a b".to_string()));
    }

    #[test]
    fn projections_continue_and_stop_where_the_specification_says() {
        // `a[].b[].c`: the second `[]` flattens the first projection's result.
        let ast = parse("a[].b[].c").unwrap();
        let inner = Ast::Project(Box::new(Ast::Flatten(f("a"))), f("b"));
        assert_eq!(ast, Ast::Project(Box::new(Ast::Flatten(Box::new(inner))), f("c")));
        // A pipe ends a projection.
        let ast = parse("a[*].b | [0]").unwrap();
        assert_eq!(
            ast,
            Ast::Pipe(Box::new(Ast::Project(f("a"), f("b"))), Box::new(Ast::Index(Box::new(Ast::Current), 0)))
        );
    }

    #[test]
    fn indexes_slices_and_wildcards() {
        assert_eq!(parse("a[-1].b").unwrap(), Ast::Subexpr(Box::new(Ast::Index(f("a"), -1)), f("b")));
        assert!(
            matches!(parse("a[1:3]").unwrap(), Ast::Project(s, _) if matches!(*s, Ast::Slice(_, Some(1), Some(3), None)))
        );
        assert!(matches!(parse("m.*.s").unwrap(), Ast::ProjectValues(..)));
        assert!(parse("a[::0]").is_err());
    }

    #[test]
    fn filters_comparisons_and_functions() {
        let ecs = "length(services[?!(length(deployments) == `1` && runningCount == desiredCount)]) == `0`";
        let Ast::Compare(Cmp::Eq, lhs, rhs) = parse(ecs).unwrap() else { panic!() };
        assert_eq!(*rhs, Ast::Literal(Value::from(0)));
        let Ast::Call(name, args) = *lhs else { panic!() };
        assert_eq!(name, "length");
        assert!(matches!(&args[0], Ast::Filter(_, _, c) if matches!(**c, Ast::Not(_))));
        let ddb = "length(K) > `0`  && length(K[?S == 'DISABLED' || S == 'ENABLE_FAILED']) ==  length(K)";
        assert!(matches!(parse(ddb).unwrap(), Ast::And(..)));
        assert!(matches!(parse("status != 'DELETING'").unwrap(), Ast::Compare(Cmp::Ne, ..)));
    }

    #[test]
    fn multi_select_and_or() {
        let p = "T[*].[C.N, P.N][]";
        let Ast::Project(flat, rest) = parse(p).unwrap() else { panic!() };
        assert_eq!(*rest, Ast::Current);
        assert!(
            matches!(*flat, Ast::Flatten(ref x) if matches!(**x, Ast::Project(_, ref m) if matches!(**m, Ast::MultiList(ref v) if v.len() == 2)))
        );
        assert!(matches!(parse("NextMarker || Contents[-1].Key").unwrap(), Ast::Or(..)));
        assert!(matches!(parse("{a: b, c: d}").unwrap(), Ast::MultiHash(v) if v.len() == 2));
    }

    #[test]
    fn bad_expressions_are_errors_not_panics() {
        for bad in ["", "a.", "a[", "a[?b", "`{`", "'x", "a b", "f(", "[*", "a..b", "@@", "a[1:2:3:4]", "\"q\"()"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        let deep = "(".repeat(500) + "a" + &")".repeat(500);
        assert!(parse(&deep).is_err());
    }
}
