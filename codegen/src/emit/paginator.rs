//! Paginators: for each paginated operation, the accessors the runtime's generic paginator
//! needs (in the operation module) and a `<operation>_paginator` method on the client.
//!
//! Supported: input token, output token, items and page size that are top-level members of the
//! input and output (all Proton paginators, and most AWS ones). Nested paths are rejected with
//! an error naming the operation.

use proc_macro2::TokenStream;
use quote::quote;
use smithy_ir::{Paginated, ShapeKind};

use crate::naming::ident;
use crate::plan::{Field, Io, OpPlan, Plan};
use crate::Error;

struct Resolved<'a> {
    input_token: Field<'a>,
    output_token: Field<'a>,
    items: Option<Field<'a>>,
    page_size: Option<Field<'a>>,
    item_type: TokenStream,
}

fn resolve<'a>(plan: &Plan<'a>, op: &OpPlan<'a>, p: &Paginated) -> Result<Resolved<'a>, Error> {
    let at = &op.op.id;
    let member = |io: &Io, path: &Option<String>, what: &str| -> Result<Option<Field<'a>>, Error> {
        let Some(path) = path else { return Ok(None) };
        if path.contains(['.', '[']) {
            return Err(Error::model(
                at,
                format!("paginated {what} `{path}` is a nested path, which is not supported yet"),
            ));
        }
        let id = io.shape().ok_or_else(|| {
            Error::model(at, format!("paginated {what} `{path}`: the operation has no such structure"))
        })?;
        plan.fields(id)
            .into_iter()
            .find(|f| &f.member.name == path)
            .map(Some)
            .ok_or_else(|| Error::model(at, format!("paginated {what} `{path}` is not a member of `{id}`")))
    };
    let input_token = member(&op.input, &p.input_token, "inputToken")?
        .ok_or_else(|| Error::model(at, "paginated without inputToken"))?;
    let output_token = member(&op.output, &p.output_token, "outputToken")?
        .ok_or_else(|| Error::model(at, "paginated without outputToken"))?;
    if !input_token.optional {
        return Err(Error::model(at, format!("paginated inputToken `{}` must be optional", input_token.member.name)));
    }
    let items = member(&op.output, &p.items, "items")?;
    let item_type = match &items {
        None => quote!(()),
        Some(f) => match &plan.shape(&f.member.target).kind {
            ShapeKind::List { member, sparse: false } => plan.rust_type(&member.target),
            _ => return Err(Error::model(at, format!("paginated items `{}` must be a dense list", f.member.name))),
        },
    };
    let page_size = member(&op.input, &p.page_size, "pageSize")?;
    if let Some(f) = &page_size {
        if !matches!(plan.shape(&f.member.target).kind, ShapeKind::Integer) || !f.optional {
            return Err(Error::model(
                at,
                format!("paginated pageSize `{}` must be an optional integer", f.member.name),
            ));
        }
    }
    Ok(Resolved { input_token, output_token, items, page_size, item_type })
}

/// The accessors and the `Spec` static, for the operation module.
pub fn module_items(plan: &Plan, op: &OpPlan) -> Result<TokenStream, Error> {
    let Some(p) = &op.op.paginated else { return Ok(quote!()) };
    let r = resolve(plan, op, p)?;
    let (input, output, error) = op.type_paths();
    let item = &r.item_type;
    let in_token = ident(&r.input_token.name);
    let out_token = ident(&r.output_token.name);
    let token_expr = if r.output_token.optional {
        quote!(output.#out_token.as_ref().map(crate::json::ToJson::to_json))
    } else {
        quote!(::std::option::Option::Some(crate::json::ToJson::to_json(&output.#out_token)))
    };
    let items_expr = match &r.items {
        None => quote!({
            let _ = output;
            ::std::vec::Vec::new()
        }),
        Some(f) => {
            let name = ident(&f.name);
            if f.optional {
                quote!(output.#name.unwrap_or_default())
            } else {
                quote!(output.#name)
            }
        }
    };
    let page_size = match &r.page_size {
        None => quote!(::std::option::Option::None),
        Some(f) => {
            let name = ident(&f.name);
            quote!(::std::option::Option::Some(|input: &mut #input, size: i32| input.#name = ::std::option::Option::Some(size)))
        }
    };
    Ok(quote! {
        fn paginator_set_token(input: &mut #input, token: ::std::option::Option<::serde_json::Value>) {
            input.#in_token = token.and_then(|t| crate::json::FromJson::from_json(&t).ok());
        }

        fn paginator_token(output: &#output) -> ::std::option::Option<::serde_json::Value> {
            #token_expr
        }

        fn paginator_items(output: #output) -> ::std::vec::Vec<#item> {
            #items_expr
        }

        pub(crate) static PAGINATOR: crate::paginate::Spec<#input, #output, #error, #item> = crate::paginate::Spec {
            call: send_boxed,
            set_token: paginator_set_token,
            token: paginator_token,
            set_page_size: #page_size,
            items: paginator_items,
        };
    })
}

/// The client method that starts a paginator.
pub fn client_method(plan: &Plan, op: &OpPlan) -> Result<TokenStream, Error> {
    let Some(p) = &op.op.paginated else { return Ok(quote!()) };
    let r = resolve(plan, op, p)?;
    let (input, output, error) = op.type_paths();
    let item = &r.item_type;
    let m = ident(&op.module);
    let name = ident(&format!("{}_paginator", crate::naming::file_stem(&op.module)));
    let method = crate::naming::file_stem(&op.module);
    let mut docs = vec![
        format!("Pages of [`{method}`](Self::{method}) (the `{}` operation): sends it once per page, passing each page's `{}` on as `{}`.", op.op.name, r.output_token.member.name, r.input_token.member.name),
        String::new(),
        "Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.".to_string(),
    ];
    if let Some(f) = &r.items {
        docs.push(format!("`.items()` yields the `{}` of every page.", f.member.name));
    }
    if let Some(f) = &r.page_size {
        docs.push(format!("`.page_size(n)` sets `{}`.", f.member.name));
    }
    let docs = super::doc_attrs(&docs);
    let dep = super::deprecated_attr(op.op.deprecated.as_ref());
    Ok(quote! {
        #docs
        #dep
        pub fn #name(&self, input: #input) -> crate::paginate::Paginator<#input, #output, #error, #item> {
            crate::paginate::Paginator::new(self.clone(), input, &crate::operation::#m::PAGINATOR)
        }
    })
}
