//! Paginators: for each paginated operation, the functions the runtime's generic paginator
//! needs (in the operation module) and a `<operation>_paginator` method on the client. Every
//! decision is in [`PaginatorPlan`]; this only writes it out.

use proc_macro2::TokenStream;
use quote::quote;

use crate::naming::ident;
use crate::plan::paginator::PaginatorPlan;
use crate::plan::OpPlan;

fn item_type(p: &PaginatorPlan) -> TokenStream {
    p.items.as_ref().map_or(quote!(()), |i| i.item_type.clone())
}

/// The paginator's functions and its `Spec` static, for the operation module.
pub fn module_items(op: &OpPlan) -> TokenStream {
    let Some(p) = &op.paginator else { return quote!() };
    let (input, output, error) = op.type_paths();
    let item = item_type(p);
    let (next, token_key) = (&p.next, &p.token_key);
    let items = match &p.items {
        None => quote!({
            let _ = output;
            ::std::vec::Vec::new()
        }),
        Some(i) => i.body.clone(),
    };
    let page_size = match &p.page_size {
        None => quote!(::std::option::Option::None),
        Some((_, body)) => quote!(::std::option::Option::Some(|input: &mut #input, size: i32| { #body })),
    };
    quote! {
        fn paginator_next(input: &#input, output: &#output) -> ::std::option::Option<#input> {
            #next
        }

        fn paginator_token_key(input: &#input) -> ::std::string::String {
            #token_key
        }

        fn paginator_items(output: #output) -> ::std::vec::Vec<#item> {
            #items
        }

        pub(crate) static PAGINATOR: ::awsgen_runtime::codegen::PaginatorSpec<crate::Client, #input, #output, #error, #item> = ::awsgen_runtime::codegen::PaginatorSpec {
            call: send_boxed,
            next: paginator_next,
            token_key: paginator_token_key,
            set_page_size: #page_size,
            items: paginator_items,
        };
    }
}

/// The client method that starts a paginator.
pub fn client_method(op: &OpPlan) -> TokenStream {
    let Some(p) = &op.paginator else { return quote!() };
    let (input, output, error) = op.type_paths();
    let item = item_type(p);
    let m = ident(&op.module);
    let name = ident(&p.method);
    let method = crate::naming::file_stem(&op.module);
    let list = |v: &[String]| v.iter().map(|s| crate::docs::code(s)).collect::<Vec<_>>().join(", ");
    let mut docs = vec![
        format!(
            "Pages of [`{method}`](Self::{method}) (the `{}` operation): sends it once per page, passing each page's {} on as {}.",
            op.op.name,
            list(&p.output_tokens),
            list(&p.input_tokens)
        ),
        String::new(),
        "Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.".to_string(),
    ];
    if let Some(i) = &p.items {
        docs.push(format!("`.items()` yields the {} of every page.", crate::docs::code(&i.path)));
    }
    if !p.other_results.is_empty() {
        docs.push(format!("The model also pages {}: read them from each page.", list(&p.other_results)));
    }
    if let Some((name, _)) = &p.page_size {
        docs.push(format!("`.page_size(n)` sets {}.", crate::docs::code(name)));
    }
    let docs = super::doc_attrs(&docs);
    let dep = super::deprecated_attr(op.op.deprecated.as_ref());
    quote! {
        #docs
        #dep
        pub fn #name(&self, input: #input) -> crate::paginate::Paginator<crate::Client, #input, #output, #error, #item> {
            crate::paginate::Paginator::new(self.clone(), input, &crate::operation::#m::PAGINATOR)
        }
    }
}
