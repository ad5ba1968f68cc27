//! Endpoint resolution: the service's endpoint rule set (from its model) evaluated for the
//! client's region, FIPS, dual-stack and custom-endpoint settings.
//!
//! The rules are data, embedded from the model; this module is the evaluator the Smithy rules
//! engine specification describes, with the functions AWS rule sets use.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::{Map, Value};

use crate::error::EndpointError;

include!("rule_functions.rs");

/// The inputs of the rule set: its built-in parameters, and those an operation binds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params {
    /// `AWS::Region`.
    pub region: Option<String>,
    /// `AWS::UseFIPS`.
    pub use_fips: bool,
    /// `AWS::UseDualStack`.
    pub use_dual_stack: bool,
    /// `SDK::Endpoint`: a custom endpoint URL.
    pub endpoint: Option<String>,
    /// `AWS::Auth::AccountId`.
    pub account_id: Option<String>,
    /// `AWS::Auth::AccountIdEndpointMode` (`preferred`, `required` or `disabled`).
    pub account_id_endpoint_mode: Option<String>,
    /// Parameters without a built-in, by name: what an operation binds from its input or
    /// constants (`ResourceArn`, `OperationType`, ...). Strings, booleans or string arrays.
    pub context: BTreeMap<String, Value>,
    /// The other built-ins, by name: S3's, S3 Control's and STS's own
    /// (`AWS::S3::ForcePathStyle`, ...). One that is missing takes the rule set's default.
    pub builtins: BTreeMap<String, Value>,
}

/// A resolved endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// The URL requests go to.
    pub url: String,
    /// `host[:port]`, for the `Host` header.
    pub authority: String,
    /// The path requests are sent to (`/` unless the URL has one).
    pub path: String,
    /// How requests to it are signed, in the rules' order of preference
    /// (`properties.authSchemes`); empty when the rules say nothing (the service's SigV4).
    pub auth_schemes: Vec<AuthScheme>,
}

/// An auth scheme an endpoint names: `sigv4` with the name and region to sign with, `sigv4a`
/// with its region set, `sigv4-s3express`, ...
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuthScheme {
    /// `sigv4`, `sigv4a`, `sigv4-s3express`.
    pub name: String,
    /// The service name to sign with, when not the service's own (`s3-object-lambda`).
    pub signing_name: Option<String>,
    /// The region to sign with, when not the client's (`us-east-1` for a global endpoint).
    pub signing_region: Option<String>,
    /// SigV4a's regions (`*` for Multi-Region Access Points).
    pub signing_region_set: Vec<String>,
    /// The path is signed as sent rather than encoded twice (S3).
    pub disable_double_encoding: bool,
}

impl AuthScheme {
    fn from_json(v: &Value) -> Option<AuthScheme> {
        let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        Some(AuthScheme {
            name: text("name")?,
            signing_name: text("signingName"),
            signing_region: text("signingRegion"),
            signing_region_set: v
                .get("signingRegionSet")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
                .unwrap_or_default(),
            disable_double_encoding: v.get("disableDoubleEncoding").and_then(Value::as_bool).unwrap_or(false),
        })
    }
}

/// Partitions with their region patterns compiled.
type Partitions = Vec<(Value, Option<regex_lite::Regex>)>;

fn parse_partitions(json: &str) -> Partitions {
    let all: Value = serde_json::from_str(json).unwrap_or(Value::Null);
    all.get("partitions")
        .and_then(Value::as_array)
        .map(|ps| {
            ps.iter()
                .map(|p| {
                    (
                        p.clone(),
                        p.get("regionRegex").and_then(Value::as_str).and_then(|r| regex_lite::Regex::new(r).ok()),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// AWS partition data (botocore's `partitions.json`), parsed on first use.
fn partitions() -> &'static Partitions {
    static PARTITIONS: OnceLock<Partitions> = OnceLock::new();
    PARTITIONS.get_or_init(|| parse_partitions(include_str!("partitions.json")))
}

/// `endpoint` with a host prefix (`@endpoint(hostPrefix)`) in front of its host, the
/// template's `{labels}` filled from `labels` (the input's `@hostLabel` members).
pub(crate) fn with_host_prefix(
    endpoint: Endpoint,
    template: &str,
    labels: &[(&str, &str)],
) -> Result<Endpoint, EndpointError> {
    let mut prefix = String::new();
    // The generator checked the template: balanced braces, labels naming string members.
    for (n, part) in template.split(['{', '}']).enumerate() {
        if n % 2 == 0 {
            prefix.push_str(part);
            continue;
        }
        let value = labels.iter().find(|(l, _)| *l == part).map_or("", |(_, v)| *v);
        let valid = !value.is_empty()
            && value.len() <= 63
            && !value.starts_with('-')
            && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !valid {
            return Err(EndpointError(format!("the host label {part} ({value:?}) cannot be part of a host name")));
        }
        prefix.push_str(value);
    }
    let Some((scheme, rest)) = endpoint.url.split_once("://") else {
        return Ok(endpoint);
    };
    Ok(Endpoint {
        url: format!("{scheme}://{prefix}{rest}"),
        authority: format!("{prefix}{}", endpoint.authority),
        path: endpoint.path,
        auth_schemes: endpoint.auth_schemes,
    })
}

/// Resolves `service`'s endpoint for `params`, or the rule set's error for them.
pub fn resolve(service: &crate::client::ServiceInfo, params: &Params) -> Result<Endpoint, EndpointError> {
    resolve_in(service.rules(), params, partitions())
}

/// Resolves with other AWS partition data (botocore's `partitions.json` format) than the data
/// built into this crate: for checking a rule set against the partition data its tests were
/// written for.
pub fn resolve_with_partitions(
    service: &crate::client::ServiceInfo,
    params: &Params,
    partitions_json: &str,
) -> Result<Endpoint, EndpointError> {
    resolve_in(service.rules(), params, &parse_partitions(partitions_json))
}

fn resolve_in(rules: &Value, params: &Params, parts: &Partitions) -> Result<Endpoint, EndpointError> {
    if rules.is_null() {
        // The model has no rule set: only an explicit endpoint can work.
        return match &params.endpoint {
            Some(url) => split_url(url),
            None => Err(EndpointError("the service model has no endpoint rules; set an endpoint URL".to_string())),
        };
    }
    let mut scope: BTreeMap<String, Value> = BTreeMap::new();
    if let Some(declared) = rules.get("parameters").and_then(Value::as_object) {
        for (name, p) in declared {
            let value = match p.get("builtIn").and_then(Value::as_str) {
                Some("AWS::Region") => params.region.clone().map(Value::String),
                Some("AWS::UseFIPS") => Some(Value::Bool(params.use_fips)),
                Some("AWS::UseDualStack") => Some(Value::Bool(params.use_dual_stack)),
                Some("SDK::Endpoint") => params.endpoint.clone().map(Value::String),
                Some("AWS::Auth::AccountId") => params.account_id.clone().map(Value::String),
                Some("AWS::Auth::AccountIdEndpointMode") => params.account_id_endpoint_mode.clone().map(Value::String),
                Some(other) => params.builtins.get(other).cloned(),
                None => params.context.get(name).cloned(),
            }
            .or_else(|| p.get("default").cloned());
            match value {
                Some(v) => {
                    scope.insert(name.clone(), v);
                }
                None if p.get("required").and_then(Value::as_bool) == Some(true) => {
                    return Err(EndpointError(format!("the endpoint parameter {name} is required")));
                }
                None => {}
            }
        }
    }
    let (url, properties) =
        eval_rules(rules.get("rules").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]), &mut scope, parts)?
            .ok_or_else(|| EndpointError("no endpoint rule matched this configuration".to_string()))?;
    let mut endpoint = split_url(&url)?;
    endpoint.auth_schemes = properties
        .get("authSchemes")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(AuthScheme::from_json).collect())
        .unwrap_or_default();
    Ok(endpoint)
}

fn split_url(url: &str) -> Result<Endpoint, EndpointError> {
    let (_, rest) = url.split_once("://").ok_or_else(|| EndpointError(format!("`{url}` is not an absolute URL")))?;
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    if authority.is_empty() {
        return Err(EndpointError(format!("`{url}` has no host")));
    }
    Ok(Endpoint {
        url: url.to_string(),
        authority: authority.to_string(),
        path: path.to_string(),
        auth_schemes: Vec::new(),
    })
}

/// Evaluates rules in order: the first whose conditions all hold decides.
/// The URL and the evaluated `properties` of the first endpoint rule that holds.
fn eval_rules(
    rules: &[Value],
    scope: &mut BTreeMap<String, Value>,
    parts: &Partitions,
) -> Result<Option<(String, Value)>, EndpointError> {
    for rule in rules {
        let mut local = scope.clone();
        if !conditions_hold(rule, &mut local, parts) {
            continue;
        }
        match rule.get("type").and_then(Value::as_str) {
            Some("endpoint") => {
                let url = rule
                    .get("endpoint")
                    .and_then(|e| e.get("url"))
                    .map(|u| eval(u, &local, parts))
                    .unwrap_or(Value::Null);
                let properties = rule
                    .get("endpoint")
                    .and_then(|e| e.get("properties"))
                    .map(|p| eval(p, &local, parts))
                    .unwrap_or(Value::Null);
                return match url {
                    Value::String(s) => Ok(Some((s, properties))),
                    _ => Err(EndpointError("the endpoint rule produced no URL".to_string())),
                };
            }
            Some("error") => {
                let msg = rule.get("error").map(|e| eval(e, &local, parts)).unwrap_or(Value::Null);
                return Err(EndpointError(
                    msg.as_str().unwrap_or("endpoint rules rejected the configuration").to_string(),
                ));
            }
            Some("tree") => {
                let inner = rule.get("rules").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]);
                // A tree whose conditions hold is final: its rules must decide.
                return match eval_rules(inner, &mut local, parts)? {
                    Some(found) => Ok(Some(found)),
                    None => Err(EndpointError("no endpoint rule matched this configuration".to_string())),
                };
            }
            _ => return Err(EndpointError("unknown rule type in the endpoint rule set".to_string())),
        }
    }
    Ok(None)
}

fn conditions_hold(rule: &Value, scope: &mut BTreeMap<String, Value>, parts: &Partitions) -> bool {
    for cond in rule.get("conditions").and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[]) {
        let v = eval(cond, scope, parts);
        if v.is_null() || v == Value::Bool(false) {
            return false;
        }
        if let Some(name) = cond.get("assign").and_then(Value::as_str) {
            scope.insert(name.to_string(), v);
        }
    }
    true
}

/// Evaluates an expression; `Null` stands for "unset".
fn eval(expr: &Value, scope: &BTreeMap<String, Value>, parts: &Partitions) -> Value {
    match expr {
        Value::String(s) => Value::String(template(s, scope)),
        Value::Object(o) if o.contains_key("ref") => {
            o.get("ref").and_then(Value::as_str).and_then(|r| scope.get(r)).cloned().unwrap_or(Value::Null)
        }
        Value::Object(o) if o.contains_key("fn") => {
            let args: Vec<Value> = o
                .get("argv")
                .and_then(Value::as_array)
                .map(|a| a.iter().map(|x| eval(x, scope, parts)).collect())
                .unwrap_or_default();
            call(o.get("fn").and_then(Value::as_str).unwrap_or(""), &args, parts).unwrap_or(Value::Null)
        }
        Value::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (k.clone(), eval(v, scope, parts))).collect::<Map<_, _>>())
        }
        Value::Array(a) => Value::Array(a.iter().map(|x| eval(x, scope, parts)).collect()),
        other => other.clone(),
    }
}

/// `{Name}` and `{Name#attr}` substitution in template strings; `{{`/`}}` are literal braces.
fn template(s: &str, scope: &BTreeMap<String, Value>) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let c = &rest[i..];
        if c.starts_with("{{") || c.starts_with("}}") {
            out.push_str(&c[..1]);
            rest = &c[2..];
        } else if let (true, Some(end)) = (c.starts_with('{'), c.find('}')) {
            let name = &c[1..end];
            let value = match name.split_once('#') {
                Some((var, path)) => scope.get(var).map(|v| get_attr(v, path)).unwrap_or(Value::Null),
                None => scope.get(name).cloned().unwrap_or(Value::Null),
            };
            match value {
                Value::String(v) => out.push_str(&v),
                Value::Null => {}
                other => out.push_str(&other.to_string()),
            }
            rest = &c[end + 1..];
        } else {
            out.push_str(&c[..1]);
            rest = &c[1..];
        }
    }
    out.push_str(rest);
    out
}

fn get_attr(v: &Value, path: &str) -> Value {
    let mut cur = v.clone();
    for part in path.split('.') {
        let (key, index) = match part.split_once('[') {
            Some((k, i)) => (k, i.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        if !key.is_empty() {
            cur = cur.get(key).cloned().unwrap_or(Value::Null);
        }
        if let Some(i) = index {
            cur = cur.get(i).cloned().unwrap_or(Value::Null);
        }
    }
    cur
}

/// The value of rule function `name` for `args`; `None` for a function not in
/// [`RULE_FUNCTIONS`].
fn call(name: &str, args: &[Value], parts: &Partitions) -> Option<Value> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Null);
    let s = |i: usize| args.get(i).and_then(Value::as_str);
    Some(match name {
        "isSet" => Value::Bool(!arg(0).is_null()),
        "not" => Value::Bool(arg(0) != Value::Bool(true)),
        "booleanEquals" | "stringEquals" => match (arg(0), arg(1)) {
            (Value::Null, _) | (_, Value::Null) => Value::Null,
            (a, b) => Value::Bool(a == b),
        },
        "getAttr" => s(1).map(|p| get_attr(&arg(0), p)).unwrap_or(Value::Null),
        "aws.partition" => s(0).map(|r| partition(r, parts)).unwrap_or(Value::Null),
        "aws.isVirtualHostableS3Bucket" => match s(0) {
            Some(bucket) => Value::Bool(virtual_hostable_bucket(bucket, arg(1) == Value::Bool(true))),
            None => Value::Null,
        },
        "isValidHostLabel" => match s(0) {
            Some(label) => Value::Bool(valid_host_label(label, arg(1) == Value::Bool(true))),
            None => Value::Null,
        },
        "substring" => match (s(0), args.get(1).and_then(Value::as_u64), args.get(2).and_then(Value::as_u64)) {
            (Some(text), Some(start), Some(stop))
                if text.is_ascii() && start < stop && (stop as usize) <= text.len() =>
            {
                let (start, stop) = (start as usize, stop as usize);
                let (a, b) =
                    if arg(3) == Value::Bool(true) { (text.len() - stop, text.len() - start) } else { (start, stop) };
                Value::String(text[a..b].to_string())
            }
            _ => Value::Null,
        },
        "uriEncode" => s(0).map(|t| Value::String(uri_encode(t))).unwrap_or(Value::Null),
        "parseURL" => s(0).map(parse_url).unwrap_or(Value::Null),
        "aws.parseArn" => s(0).map(parse_arn).unwrap_or(Value::Null),
        _ => return None,
    })
}

/// The name of the partition `region` is in (`aws`, `aws-cn`, ...).
pub(crate) fn partition_name(region: &str) -> Option<String> {
    partition(region, partitions()).get("name").and_then(Value::as_str).map(str::to_string)
}

fn partition(region: &str, ps: &Partitions) -> Value {
    let outputs = |p: &Value| {
        let mut o = p.get("outputs").cloned().unwrap_or(Value::Null);
        if let (Some(obj), Some(overrides)) =
            (o.as_object_mut(), p.get("regions").and_then(|r| r.get(region)).and_then(Value::as_object))
        {
            for (k, v) in overrides {
                if k != "description" {
                    obj.insert(k.clone(), v.clone());
                }
            }
        }
        o
    };
    if let Some((p, _)) = ps.iter().find(|(p, _)| p.get("regions").and_then(|r| r.get(region)).is_some()) {
        return outputs(p);
    }
    if let Some((p, _)) = ps.iter().find(|(_, re)| re.as_ref().is_some_and(|re| re.is_match(region))) {
        return outputs(p);
    }
    // An unknown region belongs to the `aws` partition, as in every AWS SDK.
    ps.iter()
        .find(|(p, _)| p.get("id").and_then(Value::as_str) == Some("aws"))
        .map(|(p, _)| outputs(p))
        .unwrap_or(Value::Null)
}

/// Whether an S3 bucket name can be the first label of a virtual-hosted host: every label (or
/// the name alone, without `allow_dots`) a host label of 3 to 63 lower-case characters, and the
/// name not an IPv4 address.
fn virtual_hostable_bucket(name: &str, allow_dots: bool) -> bool {
    let label = |l: &str| {
        valid_host_label(l, false) && (3..=63).contains(&l.len()) && !l.bytes().any(|b| b.is_ascii_uppercase())
    };
    let ipv4 =
        name.split('.').count() == 4 && name.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    !ipv4 && if allow_dots { name.split('.').all(label) } else { label(name) }
}

fn valid_host_label(label: &str, allow_dots: bool) -> bool {
    let one = |l: &str| {
        !l.is_empty()
            && l.len() <= 63
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && l.as_bytes()[0].is_ascii_alphanumeric()
    };
    if allow_dots {
        label.split('.').all(one)
    } else {
        one(label)
    }
}

fn uri_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn parse_url(url: &str) -> Value {
    let Some((scheme, rest)) = url.split_once("://") else { return Value::Null };
    if !matches!(scheme, "http" | "https") || rest.contains(['?', '#']) {
        return Value::Null;
    }
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let host = authority.rsplit_once(':').map_or(authority, |(h, _)| h);
    let is_ip = host.starts_with('[') || host.parse::<std::net::Ipv4Addr>().is_ok();
    let normalized = if path.ends_with('/') { path.to_string() } else { format!("{path}/") };
    let mut o = Map::new();
    o.insert("scheme".into(), scheme.into());
    o.insert("authority".into(), authority.into());
    o.insert("path".into(), path.into());
    o.insert("normalizedPath".into(), normalized.into());
    o.insert("isIp".into(), is_ip.into());
    Value::Object(o)
}

/// `arn:partition:service:region:account:resource`; the resource id is split on `:` and `/`.
fn parse_arn(arn: &str) -> Value {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    let [prefix, partition, service, region, account, resource] = parts.as_slice() else { return Value::Null };
    if *prefix != "arn" || partition.is_empty() || service.is_empty() || resource.is_empty() {
        return Value::Null;
    }
    let mut o = Map::new();
    o.insert("partition".into(), (*partition).into());
    o.insert("service".into(), (*service).into());
    o.insert("region".into(), (*region).into());
    o.insert("accountId".into(), (*account).into());
    o.insert("resourceId".into(), Value::Array(resource.split([':', '/']).map(Value::from).collect()));
    Value::Object(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_rule_function_is_evaluated() {
        let parts = Partitions::new();
        for f in RULE_FUNCTIONS {
            assert!(call(f, &[], &parts).is_some(), "{f} is listed but not evaluated");
        }
        assert_eq!(call("aws.isS3Anything", &[], &parts), None);
    }
}
