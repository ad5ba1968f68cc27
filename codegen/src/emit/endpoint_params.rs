//! The endpoint rule-set parameters each operation binds (`staticContextParams`,
//! `@contextParam`, `operationContextParams`), and its host prefix (`@endpoint`), as tables the
//! runtime reads before resolving an operation's endpoint. Paths are compiled here, so a path outside the subset is a generation
//! error naming the operation rather than a parameter silently left unset at run time.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;
use serde_json::Value;
use smithy_ir::ContextParam;

use crate::plan::{OpPlan, Plan};
use crate::Error;

/// The members of `op`'s input (none without one).
fn input_members<'a>(plan: &Plan<'a>, op: &OpPlan) -> &'a [smithy_ir::Member] {
    op.input.shape().map(|id| plan.shape(id).kind.members()).unwrap_or_default()
}

/// `CONTEXT_PARAMS` for `service.rs`: sorted by operation name (the runtime binary-searches it),
/// only parameters the rule set declares.
pub fn table(plan: &Plan) -> Result<TokenStream, Error> {
    let declared: Vec<&String> = plan
        .svc
        .endpoint_rules
        .as_ref()
        .and_then(|r| r.get("parameters"))
        .and_then(Value::as_object)
        .map(|p| p.keys().collect())
        .unwrap_or_default();
    let mut ops: Vec<_> = plan.ops.iter().collect();
    ops.sort_by(|a, b| a.op.name.cmp(&b.op.name));
    let mut rows = Vec::new();
    for op in ops {
        let mut bindings: BTreeMap<&str, TokenStream> = BTreeMap::new();
        for m in input_members(plan, op) {
            if let Some(name) = &m.context_param {
                let field = &m.name;
                bindings.insert(name, quote!(crate::endpoint::Binding::Path(&[crate::endpoint::Step::Field(#field)])));
            }
        }
        // The operation's own bindings are the more specific: they win.
        for (name, p) in &op.op.context_params {
            let binding = match p {
                ContextParam::Static(Value::Bool(b)) => quote!(crate::endpoint::Binding::Bool(#b)),
                ContextParam::Static(v) => {
                    let s = v.as_str().unwrap_or_default();
                    quote!(crate::endpoint::Binding::Str(#s))
                }
                ContextParam::Path(path) => {
                    let steps = compile(path).map_err(|why| {
                        Error::model(&op.op.id, format!("endpoint parameter {name}: path `{path}` {why}"))
                    })?;
                    quote!(crate::endpoint::Binding::Path(&[#(#steps),*]))
                }
            };
            bindings.insert(name, binding);
        }
        bindings.retain(|name, _| declared.iter().any(|d| d.as_str() == *name));
        if bindings.is_empty() {
            continue;
        }
        let op_name = &op.op.name;
        let entries = bindings.iter().map(|(name, b)| quote!((#name, #b)));
        rows.push(quote!((#op_name, &[#(#entries),*])));
    }
    Ok(quote! {
        /// The endpoint parameters each operation binds, by operation name (sorted).
        pub(crate) const CONTEXT_PARAMS: &[(&str, &[(&str, crate::endpoint::Binding)])] = &[#(#rows),*];
    })
}

/// `HOST_PREFIXES` for `service.rs`: each operation's `@endpoint(hostPrefix)` template, sorted by
/// operation name. Every `{label}` must name a string input member marked `@hostLabel`.
pub fn host_prefixes(plan: &Plan) -> Result<TokenStream, Error> {
    let mut rows: Vec<(&str, &str)> = Vec::new();
    for op in &plan.ops {
        let Some(template) = &op.op.host_prefix else { continue };
        let members = input_members(plan, op);
        let mut rest = template.as_str();
        loop {
            let bad = |why: String| Error::model(&op.op.id, format!("host prefix `{template}`: {why}"));
            match (rest.find('{'), rest.find('}')) {
                (None, None) => break,
                (Some(open), Some(close)) if open < close => {
                    let label = &rest[open + 1..close];
                    let member = members.iter().find(|m| m.name == label && m.host_label);
                    let is_string = member.is_some_and(|m| {
                        matches!(plan.shape(&m.target).kind, smithy_ir::ShapeKind::String { values: None })
                    });
                    if !is_string {
                        return Err(bad(format!("`{{{label}}}` is not a string input member marked @hostLabel")));
                    }
                    rest = &rest[close + 1..];
                }
                _ => return Err(bad("unbalanced braces".to_string())),
            }
        }
        // The rest is literal host text; a character outside a host name would make a bad URL.
        let literal: String = template.split(['{', '}']).step_by(2).collect();
        if !literal.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.') {
            return Err(Error::model(&op.op.id, format!("host prefix `{template}` has characters a host name cannot")));
        }
        rows.push((&op.op.name, template));
    }
    rows.sort();
    let entries = rows.iter().map(|(op, t)| quote!((#op, #t)));
    Ok(quote! {
        /// Each operation's host prefix template (`@endpoint`), by operation name (sorted).
        pub(crate) const HOST_PREFIXES: &[(&str, &str)] = &[#(#entries),*];
    })
}

/// Compiles `a.b`, `a[*].b` and `keys(a.b)` to steps.
fn compile(path: &str) -> Result<Vec<TokenStream>, &'static str> {
    let (inner, keys) = match path.strip_prefix("keys(").and_then(|r| r.strip_suffix(')')) {
        Some(inner) => (inner, true),
        None => (path, false),
    };
    let mut steps = Vec::new();
    for segment in inner.split('.') {
        let (name, each) = match segment.strip_suffix("[*]") {
            Some(name) => (name, true),
            None => (segment, false),
        };
        let ident = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !ident {
            return Err("is outside the supported JMESPath subset (fields, `[*]`, `keys()`)");
        }
        steps.push(quote!(crate::endpoint::Step::Field(#name)));
        if each {
            steps.push(quote!(crate::endpoint::Step::Each));
        }
    }
    if keys {
        steps.push(quote!(crate::endpoint::Step::Keys));
    }
    Ok(steps)
}

#[cfg(test)]
mod tests {
    use super::compile;

    #[test]
    fn paths_compile_to_steps() {
        let text = |p: &str| compile(p).map(|s| s.iter().map(ToString::to_string).collect::<Vec<_>>().join(" "));
        assert_eq!(text("keys(RequestItems)").unwrap().matches("Step").count(), 2);
        assert!(text("TransactItems[*].Get.TableName").unwrap().contains("Each"));
        assert!(text("a.b").unwrap().contains("\"b\""));
        for bad in ["a[0]", "a || b", "length(a)", "", "a.", "[*]", "keys(a"] {
            assert!(compile(bad).is_err(), "{bad}");
        }
    }
}
