//! Emitters: each turns part of the plan into token streams; `file` formats them.

pub mod client;
pub mod crate_files;
pub mod endpoint_params;
pub mod enums;
pub mod events;
pub mod http;
pub mod int_enum;
pub mod mocks;
pub mod operation;
pub mod paginator;
pub mod structure;
pub mod transfer;
pub mod union;
pub mod waiter;

use proc_macro2::TokenStream;
use quote::quote;

use crate::docs;

// Docs do not go through the token stream line by line: a `#[doc]` attribute per line was a
// tenth of the time to generate all of AWS. A block of lines becomes one attribute holding a
// placeholder (`\u{1}` and the block's number here), and the formatter writes the lines in
// its place (`///` and the line, trailing spaces trimmed). Model text never holds `\u{1}`: the
// Markdown renderer turns control characters into spaces.
thread_local! {
    static DOC_BLOCKS: std::cell::RefCell<Vec<Vec<String>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Forgets the doc blocks of the previous crate generated on this thread.
pub fn reset_docs() {
    DOC_BLOCKS.with(|d| d.borrow_mut().clear());
}

/// A placeholder for `lines`, or `None` when a line could not be printed as a `///` line (it
/// holds a line break): those stay attributes.
fn doc_placeholder(lines: &[String]) -> Option<String> {
    if lines.is_empty() || lines.iter().any(|l| l.contains(['\n', '\r'])) {
        return None;
    }
    Some(DOC_BLOCKS.with(|d| {
        let mut blocks = d.borrow_mut();
        blocks.push(lines.to_vec());
        format!("\u{1}{}", blocks.len() - 1)
    }))
}

/// `#[doc]` attributes for Markdown lines (outer docs).
pub fn doc_attrs(lines: &[String]) -> TokenStream {
    if let Some(placeholder) = doc_placeholder(lines) {
        return quote!(#[doc = #placeholder]);
    }
    let attrs = lines.iter().map(|l| {
        let s = if l.is_empty() { String::new() } else { format!(" {l}") };
        quote!(#[doc = #s])
    });
    quote!(#(#attrs)*)
}

/// `#![doc]` attributes (inner docs, for modules).
pub fn inner_doc_attrs(lines: &[String]) -> TokenStream {
    if let Some(placeholder) = doc_placeholder(lines) {
        return quote!(#![doc = #placeholder]);
    }
    let attrs = lines.iter().map(|l| {
        let s = if l.is_empty() { String::new() } else { format!(" {l}") };
        quote!(#![doc = #s])
    });
    quote!(#(#attrs)*)
}

/// Docs from model HTML, or `fallback` (plain text) when the model has none.
pub fn model_docs(html: Option<&str>, fallback: &str) -> Vec<String> {
    let lines = html.map(docs::to_markdown).unwrap_or_default();
    if lines.is_empty() {
        vec![fallback.to_string()]
    } else {
        lines
    }
}

/// The statement that puts a stream the call handed back (`stream`, an `Option`) into the
/// output's member `member`, as `value` makes it of `stream`. None comes back when a mock
/// answered: its output holds its own.
pub fn put_stream(plan: &crate::plan::Plan, output: &str, member: &str, value: TokenStream) -> Option<TokenStream> {
    let f = plan.fields(output).into_iter().find(|f| f.member.name == member)?;
    let name = crate::naming::ident(&f.name);
    let value = if f.optional { quote!(::std::option::Option::Some(#value)) } else { value };
    Some(quote!(if let ::std::option::Option::Some(stream) = stream { output.#name = #value; }))
}

/// `#[deprecated]` with the model's message, if any.
pub fn deprecated_attr(dep: Option<&smithy_ir::Deprecated>) -> TokenStream {
    match dep {
        None => quote!(),
        Some(d) => match (&d.message, &d.since) {
            (Some(m), _) => quote!(#[deprecated(note = #m)]),
            (None, Some(s)) => quote!(#[deprecated(since = #s)]),
            (None, None) => quote!(#[deprecated]),
        },
    }
}

/// Formats a Rust file, separates its items with blank lines and prepends the header.
pub fn file(header: &str, tokens: TokenStream) -> String {
    #[cfg(debug_assertions)]
    let original = tokens.clone();
    let text = DOC_BLOCKS.with(|d| crate::format::format(tokens, &d.borrow()));
    #[cfg(debug_assertions)]
    if let Err(e) = crate::format::same_tokens(original, &text) {
        panic!("the formatter changed what the emitters wrote: {e}");
    }
    format!("{header}{}", spaced(&text))
}

/// The formatter's output with a blank line after the module's inner docs and attributes, and
/// between an item and the next (documented or multi-line) item at its level, as rustfmt'd
/// code is usually written. Runs of one-line items (`mod x; pub use x::X;`) stay together.
fn spaced(text: &str) -> String {
    const STARTS: &[&str] = &[
        "///", "#[", "pub ", "pub(", "impl ", "impl<", "fn ", "struct ", "enum ", "mod ", "const ", "static ", "use ",
        "type ", "trait ",
    ];
    const ONE_LINE: &[&str] = &["pub ", "pub(", "mod ", "use ", "const ", "static ", "type "];
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut prev: Option<&str> = None;
    for line in text.lines() {
        if let Some(p) = prev {
            let (pt, ct) = (p.trim_start(), line.trim_start());
            let same_level = p.len() - pt.len() == line.len() - ct.len();
            let item_next = STARTS.iter().any(|s| ct.starts_with(s));
            let inner_done =
                (pt.starts_with("//!") || pt.starts_with("#![")) && !ct.starts_with("//!") && !ct.starts_with("#![");
            let block_done = pt == "}" || pt == "};" || pt == "];";
            let one_liner_done = pt.ends_with(';') && ONE_LINE.iter().any(|s| pt.starts_with(s));
            let documented_next = ct.starts_with("///") || ct.starts_with("#[");
            if inner_done || (same_level && item_next && (block_done || (one_liner_done && documented_next))) {
                out.push('\n');
            }
        }
        out.push_str(line);
        out.push('\n');
        prev = Some(line);
    }
    out
}
