//! What an operation adds to endpoint resolution: the rule-set parameters it binds
//! (`staticContextParams`, `@contextParam`, `operationContextParams`, whose JMESPath is compiled
//! over the input's generated type) and its host prefix (`@endpoint(hostPrefix)`).

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;
use smithy_ir::ContextParam;

use super::{OpPlan, Plan};
use crate::jmespath::{self, Compiler};

// `RULE_FUNCTIONS`: the rule functions the runtime evaluates; a rule set using another is refused.
include!("../../../runtime/src/rule_functions.rs");

#[derive(Debug, Clone, Default)]
pub struct OpEndpoint {
    /// (parameter, expression of type `Option<serde_json::Value>` over `input: &Input`), for
    /// the parameters the rule set declares, by name.
    pub bindings: Vec<(String, TokenStream)>,
    /// The host prefix template, checked.
    pub host_prefix: Option<String>,
    /// The template's labels: (label, the input field holding it, whether that is an `Option`).
    pub host_labels: Vec<(String, String, bool)>,
}

/// Resolves `op`'s endpoint bindings and host prefix, or says why they cannot be generated.
pub fn resolve(plan: &Plan, op: &OpPlan) -> Result<OpEndpoint, String> {
    let declared: Vec<&String> = plan
        .svc
        .endpoint_rules
        .as_ref()
        .and_then(|r| r.get("parameters"))
        .and_then(Value::as_object)
        .map(|p| p.keys().collect())
        .unwrap_or_default();
    let members = op.input.shape().map(|id| plan.shape(id).kind.members()).unwrap_or_default();
    let mut paths: BTreeMap<&str, ContextParam> = BTreeMap::new();
    for m in members {
        if let Some(name) = &m.context_param {
            paths.insert(name, ContextParam::Path(jmespath_field(&m.name)));
        }
    }
    // The operation's own bindings are the more specific: they win.
    for (name, p) in &op.op.context_params {
        paths.insert(name, p.clone());
    }
    let compiler = Compiler::new(plan);
    let mut bindings = Vec::new();
    for (name, p) in paths {
        if !declared.iter().any(|d| d.as_str() == name) {
            continue;
        }
        let code = match p {
            ContextParam::Static(v) => {
                let l = jmespath::compile::literal(&v);
                quote!(::std::option::Option::Some(#l))
            }
            ContextParam::Path(path) => {
                let input =
                    op.input.shape().ok_or_else(|| format!("endpoint parameter {name}: the operation has no input"))?;
                let ast = jmespath::parse(&path).map_err(|e| format!("endpoint parameter {name}: `{path}`: {e}"))?;
                let typed = compiler
                    .compile(&ast, &format_ident!("input"), input)
                    .map_err(|e| format!("endpoint parameter {name}: `{path}`: {e}"))?;
                compiler.to_dyn(&typed).map_err(|e| format!("endpoint parameter {name}: `{path}`: {e}"))?
            }
        };
        bindings.push((name.to_string(), code));
    }
    let host_prefix = match &op.op.host_prefix {
        None => None,
        // The rules put the account id in the host themselves (see `customize`).
        Some(_) if super::customize::rules_own_host_prefix(plan.svc) => None,
        Some(t) => Some(check_host_prefix(plan, op, t).map_err(|why| format!("host prefix `{t}`: {why}"))?),
    };
    let mut host_labels = Vec::new();
    if let (Some(template), Some(input)) = (&host_prefix, op.input.shape()) {
        let fields = plan.fields(input);
        for label in template.split(['{', '}']).skip(1).step_by(2) {
            // `check_host_prefix` made sure each label names a member.
            if let Some(f) = fields.iter().find(|f| f.member.name == label) {
                host_labels.push((label.to_string(), f.name.clone(), f.optional));
            }
        }
    }
    Ok(OpEndpoint { bindings, host_prefix, host_labels })
}

/// A member name as a JMESPath field (quoted when it is not a plain identifier).
fn jmespath_field(name: &str) -> String {
    if name.chars().next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    {
        name.to_string()
    } else {
        Value::from(name).to_string()
    }
}

/// Every `{label}` must name a string input member marked `@hostLabel`; the rest must be host
/// name text.
fn check_host_prefix(plan: &Plan, op: &OpPlan, template: &str) -> Result<String, String> {
    let members = op.input.shape().map(|id| plan.shape(id).kind.members()).unwrap_or_default();
    let mut rest = template;
    loop {
        match (rest.find('{'), rest.find('}')) {
            (None, None) => break,
            (Some(open), Some(close)) if open < close => {
                let label = &rest[open + 1..close];
                let member = members.iter().find(|m| m.name == label && m.host_label);
                let is_string = member.is_some_and(|m| {
                    matches!(plan.shape(&m.target).kind, smithy_ir::ShapeKind::String { values: None })
                });
                if !is_string {
                    return Err(format!("`{{{label}}}` is not a string input member marked @hostLabel"));
                }
                rest = &rest[close + 1..];
            }
            _ => return Err("unbalanced braces".to_string()),
        }
    }
    let literal: String = template.split(['{', '}']).step_by(2).collect();
    if !literal.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.') {
        return Err("it has characters a host name cannot".to_string());
    }
    Ok(template.to_string())
}

/// The rule set's functions this generator's runtime does not evaluate.
pub fn unsupported_rule_functions(rules: &Value) -> Vec<String> {
    fn walk(v: &Value, out: &mut std::collections::BTreeSet<String>) {
        match v {
            Value::Object(o) => {
                if let Some(Value::String(f)) = o.get("fn") {
                    out.insert(f.clone());
                }
                o.values().for_each(|x| walk(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut fns = std::collections::BTreeSet::new();
    walk(rules, &mut fns);
    fns.into_iter().filter(|f| !RULE_FUNCTIONS.contains(&f.as_str())).collect()
}
