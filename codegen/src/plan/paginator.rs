//! Paginators, resolved: which input members carry the tokens, how each token is read from a
//! page (compiled JMESPath), when pages end, where the items are, and how the page size is set.
//!
//! botocore's semantics: tokens pair up in order (`input_token[i]` takes `output_token[i]`); a
//! token that is absent or empty counts as absent; pages end when every token is absent or
//! `more_results` is false. The first result key is the items; the others are read per page.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use smithy_ir::{Paginated, ShapeKind};

use super::{OpPlan, Plan};
use crate::jmespath::{self, Compiler, Ty};
use crate::naming::ident;

/// What the emitters write for one paginated operation.
#[derive(Debug, Clone)]
pub struct PaginatorPlan {
    /// The client method (`list_things_paginator`).
    pub method: String,
    /// The model's token members and paths, for the docs.
    pub input_tokens: Vec<String>,
    pub output_tokens: Vec<String>,
    /// Body of `fn(input: &I, output: &O) -> Option<I>`: the next page's input, or `None`.
    pub next: TokenStream,
    /// Body of `fn(input: &I) -> String`: the tokens of an input, to spot a repeated one.
    pub token_key: TokenStream,
    /// The items: the first result key.
    pub items: Option<Items>,
    /// The other result keys (read from each page).
    pub other_results: Vec<String>,
    /// The page-size member and the body of `fn(input: &mut I, size: i32)`.
    pub page_size: Option<(String, TokenStream)>,
}

#[derive(Debug, Clone)]
pub struct Items {
    /// The result key, as the model writes it.
    pub path: String,
    /// The Rust type of one item.
    pub item_type: TokenStream,
    /// Body of `fn(output: O) -> Vec<Item>` (moves the items out of the page).
    pub body: TokenStream,
}

/// Resolves `op`'s paginator, or says why it cannot be generated.
pub fn resolve(plan: &Plan, op: &OpPlan, p: &Paginated) -> Result<PaginatorPlan, String> {
    let input_id = op.input.shape().ok_or("the operation has no input to carry a token")?;
    let output_id = op.output.shape().ok_or("the operation has no output to read a token from")?;
    if p.input_tokens.is_empty() {
        return Err("it names no token".to_string());
    }
    let compiler = Compiler::new(plan);
    let output_var = format_ident!("output");
    let input_fields = plan.fields(input_id);
    let mut reads = Vec::new();
    let mut any_set = Vec::new();
    let mut assigns = Vec::new();
    let mut key_parts = Vec::new();
    for (i, (in_name, out_path)) in p.input_tokens.iter().zip(&p.output_tokens).enumerate() {
        let field = input_fields
            .iter()
            .find(|f| &f.member.name == in_name)
            .ok_or_else(|| format!("the input token `{in_name}` is not an input member"))?;
        let ast = jmespath::parse(out_path).map_err(|e| format!("output token `{out_path}`: {e}"))?;
        let token =
            compiler.compile(&ast, &output_var, output_id).map_err(|e| format!("output token `{out_path}`: {e}"))?;
        let Ty::Shape(token_shape) = &token.ty else {
            return Err(format!("output token `{out_path}` does not end at a member"));
        };
        if plan.rust_type(token_shape).to_string() != plan.rust_type(&field.member.target).to_string() {
            return Err(format!("output token `{out_path}` and input token `{in_name}` have different types"));
        }
        let t = format_ident!("token{}", i);
        let code = &token.code;
        reads.push(quote!(let #t = #code;));
        let truthy = compiler
            .truthy(&jmespath::Typed::maybe(quote!(#t), token.ty.clone()))
            .map_err(|e| format!("output token `{out_path}`: {e}"))?;
        // An empty token counts as absent, as in botocore.
        let set = format_ident!("set{}", i);
        reads.push(quote!(let #set = #truthy;));
        any_set.push(quote!(#set));
        let fname = ident(&field.name);
        // With one token, the pages have ended unless it is set.
        let single = p.input_tokens.len() == 1;
        assigns.push(match (field.optional, single) {
            (true, true) => quote!(next.#fname = #t.cloned();),
            (true, false) => quote!(next.#fname = if #set { #t.cloned() } else { ::std::option::Option::None };),
            (false, true) => quote!(if let ::std::option::Option::Some(t) = #t { next.#fname = t.clone(); }),
            (false, false) => {
                quote!(if let (true, ::std::option::Option::Some(t)) = (#set, #t) { next.#fname = t.clone(); })
            }
        });
        let is_string = matches!(plan.shape(&field.member.target).kind, ShapeKind::String { values: None });
        key_parts.push((is_string, field.optional, quote!(input.#fname)));
    }
    let more = match &p.more_results {
        None => quote!(),
        Some(path) => {
            let ast = jmespath::parse(path).map_err(|e| format!("more_results `{path}`: {e}"))?;
            let typed =
                compiler.compile(&ast, &output_var, output_id).map_err(|e| format!("more_results `{path}`: {e}"))?;
            let test = compiler.truthy(&typed).map_err(|e| format!("more_results `{path}`: {e}"))?;
            quote!(if !#test { return ::std::option::Option::None; })
        }
    };
    let ended = if any_set.len() == 1 { quote!(#(#any_set)*) } else { quote!((#(#any_set)||*)) };
    let next = quote! {
        #more
        #(#reads)*
        if !#ended {
            return ::std::option::Option::None;
        }
        let mut next = input.clone();
        #(#assigns)*
        ::std::option::Option::Some(next)
    };
    // A string token reads as itself in `Error::Pagination`; others (and several) as JSON.
    let token_key = match key_parts.as_slice() {
        [(true, true, one)] => quote!(#one.clone().unwrap_or_default()),
        [(true, false, one)] => quote!(#one.clone()),
        // Types of a JSON protocol have their JSON; the others (whose JSON is only behind
        // `test-util`) their `Debug` text, which no token of theirs redacts.
        many if crate::protocol::body_format(plan.protocol) != crate::protocol::BodyFormat::Json => {
            let parts = many.iter().map(|(_, _, t)| quote!(&#t));
            quote!(::std::format!("{:?}", (#(#parts,)*)))
        }
        many => {
            let json = many.iter().map(|(_, _, t)| quote!(::awsgen_runtime::codegen::ToJson::to_json(&#t)));
            if many.len() == 1 {
                quote!(#(#json)*.to_string())
            } else {
                quote!(::awsgen_runtime::codegen::serde_json::Value::Array(::std::vec::Vec::from([#(#json),*])).to_string())
            }
        }
    };
    let items = match p.items.first() {
        None => None,
        Some(path) => Some(items(plan, output_id, path)?),
    };
    let page_size = match &p.page_size {
        None => None,
        Some(name) => {
            let f = input_fields
                .iter()
                .find(|f| &f.member.name == name)
                .ok_or_else(|| format!("the page size `{name}` is not an input member"))?;
            let value = match &plan.shape(&f.member.target).kind {
                ShapeKind::Integer => quote!(size),
                ShapeKind::Long => quote!(i64::from(size)),
                ShapeKind::Short => quote!(i16::try_from(size).unwrap_or(i16::MAX)),
                ShapeKind::Byte => quote!(i8::try_from(size).unwrap_or(i8::MAX)),
                ShapeKind::Float => quote!(size as f32),
                ShapeKind::Double => quote!(f64::from(size)),
                ShapeKind::String { values: None } => quote!(size.to_string()),
                other => return Err(format!("the page size `{name}` is a {}", other.type_name())),
            };
            let fname = ident(&f.name);
            let value = if f.optional { quote!(::std::option::Option::Some(#value)) } else { value };
            Some((name.clone(), quote!(input.#fname = #value;)))
        }
    };
    Ok(PaginatorPlan {
        method: format!("{}_paginator", crate::naming::file_stem(&op.module)),
        input_tokens: p.input_tokens.clone(),
        output_tokens: p.output_tokens.clone(),
        next,
        token_key,
        items,
        other_results: p.items.iter().skip(1).cloned().collect(),
        page_size,
    })
}

/// The items at `path` (member names joined by `.`), moved out of the page.
fn items(plan: &Plan, output_id: &str, path: &str) -> Result<Items, String> {
    let mut shape = output_id.to_string();
    let mut code = quote!(output);
    let mut is_option = false;
    for seg in path.split('.') {
        let members = plan.shape(&shape).kind.members();
        let index = members.iter().position(|m| m.name == seg).ok_or_else(|| {
            format!("result key `{path}`: `{seg}` is not a member of `{}`", smithy_ir::shape_name(&shape))
        })?;
        if !matches!(plan.shape(&shape).kind, ShapeKind::Structure { .. }) {
            return Err(format!("result key `{path}` goes through a {}", plan.shape(&shape).kind.type_name()));
        }
        let f = plan.fields(&shape).swap_remove(index);
        let fname = ident(&f.name);
        let value = if f.boxed { quote!(*v.#fname) } else { quote!(v.#fname) };
        code = match (is_option, f.optional, f.boxed) {
            (false, _, false) => quote!(#code.#fname),
            (false, true, true) => quote!(#code.#fname.map(|b| *b)),
            (false, false, true) => quote!(*#code.#fname),
            (true, true, false) => quote!(#code.and_then(|v| v.#fname)),
            (true, true, true) => quote!(#code.and_then(|v| v.#fname.map(|b| *b))),
            (true, false, _) => quote!(#code.map(|v| #value)),
        };
        is_option = is_option || f.optional;
        shape = f.member.target.clone();
    }
    let (body, item_type) = match &plan.shape(&shape).kind {
        ShapeKind::List { member, sparse } => {
            let t = plan.rust_type(&member.target);
            let flat = if *sparse { quote!(.into_iter().flatten().collect()) } else { quote!() };
            let body = match (is_option, sparse) {
                (true, false) => quote!(#code.unwrap_or_default()),
                (true, true) => quote!(#code.map(|l| l #flat).unwrap_or_default()),
                (false, false) => code,
                (false, true) => quote!(#code #flat),
            };
            (body, t)
        }
        ShapeKind::Map { value, sparse, .. } => {
            let v = plan.rust_type(&value.target);
            let (t, entries) = if *sparse {
                (
                    quote!((::std::string::String, #v)),
                    quote!(.into_iter().filter_map(|(k, v)| v.map(|v| (k, v))).collect()),
                )
            } else {
                (quote!((::std::string::String, #v)), quote!(.into_iter().collect()))
            };
            let body =
                if is_option { quote!(#code.map(|m| m #entries).unwrap_or_default()) } else { quote!(#code #entries) };
            (body, t)
        }
        // A single value (a structure, say): one item per page.
        _ => {
            let t = plan.rust_type(&shape);
            let body =
                if is_option { quote!(#code.into_iter().collect()) } else { quote!(::std::vec::Vec::from([#code])) };
            (body, t)
        }
    };
    Ok(Items { path: path.to_string(), item_type, body })
}
