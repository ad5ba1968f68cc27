//! Formats the emitters' token streams as Rust source, without parsing them as Rust.
//!
//! Parsing every emitted file with syn and printing it with prettyplease was more than half of
//! the time to generate all of AWS. The emitters' output is a small subset of Rust, so the
//! layout can be read from the tokens: `tree` joins operators, finds generic arguments and
//! tells blocks from struct literals; `space` places spaces; `print` breaks lines. Tokens are
//! never added or dropped but trailing commas (added where a list breaks, dropped where it stays
//! on one line), which [`same_tokens`] checks on every file in debug builds.

mod print;
mod space;
mod tree;

use proc_macro2::TokenStream;

/// `tokens` as formatted source; `docs` holds the lines of each doc placeholder
/// (`#[doc = "\u{1}N"]`), printed as `///` lines in its place.
pub fn format(tokens: TokenStream, docs: &[Vec<String>]) -> String {
    let nodes = tree::build(tokens);
    let mut printer = print::Printer::new(nodes.len() * 16, docs);
    printer.units(&nodes, tree::Layout::Items);
    printer.finish()
}

/// Checks that `text` holds the tokens of `original`, but for what formatting may change: doc
/// attributes (placeholders before, lines after) and trailing commas. Debug builds run it on
/// every file, so each test that generates a crate checks the formatter.
#[cfg(any(debug_assertions, test))]
pub fn same_tokens(original: TokenStream, text: &str) -> Result<(), String> {
    let printed: TokenStream = text.parse().map_err(|e| format!("the output does not lex: {e}"))?;
    let (a, b) = (comparable(original), comparable(printed));
    match a.iter().zip(&b).position(|(x, y)| x != y) {
        None if a.len() == b.len() => Ok(()),
        at => {
            let at = at.unwrap_or(a.len().min(b.len()));
            let around = |v: &[String]| v[at.saturating_sub(8)..(at + 8).min(v.len())].join(" ");
            Err(format!("tokens differ at {at}: formatted `{}`, printed `{}`", around(&a), around(&b)))
        }
    }
}

#[cfg(any(debug_assertions, test))]
fn comparable(tokens: TokenStream) -> Vec<String> {
    let mut out = Vec::new();
    flatten(tokens, &mut out);
    out
}

#[cfg(any(debug_assertions, test))]
fn flatten(tokens: TokenStream, out: &mut Vec<String>) {
    use proc_macro2::{Delimiter, TokenTree};
    let tts: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while i < tts.len() {
        let is_doc = |g: &TokenTree| {
            matches!(g, TokenTree::Group(g) if g.delimiter() == Delimiter::Bracket
                && matches!(g.stream().into_iter().next(), Some(TokenTree::Ident(id)) if id == "doc"))
        };
        match &tts[i] {
            TokenTree::Punct(p) if p.as_char() == '#' => {
                let bang = matches!(tts.get(i + 1), Some(TokenTree::Punct(q)) if q.as_char() == '!');
                let attr = i + 1 + usize::from(bang);
                if tts.get(attr).is_some_and(is_doc) {
                    i = attr + 1;
                    continue;
                }
                out.push("#".into());
            }
            TokenTree::Punct(p) => {
                // A trailing comma in generic arguments, which are not token groups.
                if p.as_char() == '>' && out.last().is_some_and(|t| t == ",") {
                    out.pop();
                }
                out.push(p.as_char().to_string())
            }
            TokenTree::Ident(id) => out.push(id.to_string()),
            TokenTree::Literal(l) => out.push(l.to_string()),
            TokenTree::Group(g) => {
                let (open, close) = match g.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                if !open.is_empty() {
                    out.push(open.into());
                }
                flatten(g.stream(), out);
                if out.last().is_some_and(|t| t == ",") {
                    out.pop();
                }
                if !close.is_empty() {
                    out.push(close.into());
                }
            }
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    fn fmt(tokens: proc_macro2::TokenStream) -> String {
        let text = super::format(tokens.clone(), &[vec!["Line one.".into(), String::new(), "Line two.".into()]]);
        super::same_tokens(tokens, &text).unwrap();
        text
    }

    #[test]
    fn closures_spill_and_comparisons_stay_binary() {
        let text = fmt(quote! {
            fn read(r: &mut Reader<'_>) -> Result<Self, Error> {
                r.object(|r, key| { match key { "a" => out.a = r.member()?, _ => r.skip()?, } Ok(()) })?;
                if a < b && c > d { return Ok(Self { a: 1, b: 2, }); }
                let t = (x,);
                let v: Vec<Option<u8>> = Vec::new();
                v.iter().map(|x| x.len()).sum::<usize>()
            }
        });
        assert_eq!(
            text,
            "fn read(r: &mut Reader<'_>) -> Result<Self, Error> {
    r.object(|r, key| {
        match key {
            \"a\" => out.a = r.member()?,
            _ => r.skip()?,
        }
        Ok(())
    })?;
    if a < b && c > d {
        return Ok(Self { a: 1, b: 2 });
    }
    let t = (x,);
    let v: Vec<Option<u8>> = Vec::new();
    v.iter().map(|x| x.len()).sum::<usize>()
}
"
        );
    }

    #[test]
    fn long_lines_break_where_meaning_allows() {
        let text = fmt(quote! {
            #[doc = "\u{1}0"]
            pub fn with_a_rather_long_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
                let x = Self { first_member: ::std::option::Option::None, second_member: ::std::option::Option::None, ..other };
                call_something_long(first_argument_value, second_argument_value, third_argument_value, fourth_argument);
                (single_parenthesised_expression_that_is_long + another_long_operand_here + yet_another_one_xyz_abc)
            }
        });
        assert_eq!(
            text,
            "/// Line one.
///
/// Line two.
pub fn with_a_rather_long_name(
    mut self,
    value: impl ::std::convert::Into<::std::string::String>,
) -> Self {
    let x = Self {
        first_member: ::std::option::Option::None,
        second_member: ::std::option::Option::None,
        ..other
    };
    call_something_long(
        first_argument_value,
        second_argument_value,
        third_argument_value,
        fourth_argument,
    );
    (
        single_parenthesised_expression_that_is_long + another_long_operand_here + yet_another_one_xyz_abc
    )
}
"
        );
    }

    #[test]
    fn a_changed_token_is_caught() {
        let tokens = quote!(
            fn f() -> u8 {
                1
            }
        );
        assert!(super::same_tokens(tokens.clone(), "fn f() -> u8 { 2 }").is_err());
        assert!(super::same_tokens(tokens.clone(), "fn f() -> u8 {").is_err());
        assert!(super::same_tokens(tokens, "fn f() -> u8 { 1 }").is_ok());
    }
}
