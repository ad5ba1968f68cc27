//! Loader for the Smithy JSON AST (versions 1.0 and 2.0).

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use crate::error::{LoadError, Result};
use crate::ir::*;
use crate::json::*;

const PRELUDE: &str = "smithy.api#";

type Traits = Map<String, Value>;

/// One shape of the AST after `apply` has merged its traits in.
struct RawShape<'a> {
    body: &'a Map<String, Value>,
    traits: Traits,
    member_traits: BTreeMap<String, Traits>,
}

pub fn load(root: &Value, source: &str) -> Result<Service> {
    let root = object(root, "")?;
    let version = req_str(root, "smithy", "")?;
    if !matches!(version, "1.0" | "1.1" | "2" | "2.0") {
        return Err(LoadError::new("smithy", format!("unsupported Smithy IDL version \"{version}\"")));
    }
    let smithy1 = version.starts_with('1');
    let shapes = opt_object(root, "shapes", "")?.ok_or_else(|| LoadError::new("", "missing required key `shapes`"))?;

    let mut raw: BTreeMap<&str, RawShape> = BTreeMap::new();
    let mut applies = Vec::new();
    for (id, v) in shapes {
        let at = format!("shapes.{id}");
        let body = object(v, &at)?;
        if !id.contains('#') {
            return Err(LoadError::new(at, "shape id must be absolute (namespace#Name)"));
        }
        let ty = req_str(body, "type", &at)?;
        let traits = opt_object(body, "traits", &at)?.cloned().unwrap_or_default();
        if ty == "apply" {
            applies.push((id.as_str(), traits));
            continue;
        }
        let mut member_traits = BTreeMap::new();
        if let Some(members) = opt_object(body, "members", &at)? {
            for (name, m) in members {
                let mat = format!("{at}.members.{name}");
                let t = opt_object(object(m, &mat)?, "traits", &mat)?.cloned().unwrap_or_default();
                member_traits.insert(name.clone(), t);
            }
        }
        for key in ["member", "key", "value"] {
            if let Some(m) = opt_object(body, key, &at)? {
                let t = opt_object(m, "traits", &join(&at, key))?.cloned().unwrap_or_default();
                member_traits.insert(key.to_string(), t);
            }
        }
        raw.insert(id, RawShape { body, traits, member_traits });
    }
    for (id, traits) in applies {
        let (shape_id, member) = match id.split_once('$') {
            Some((s, m)) => (s, Some(m)),
            None => (id, None),
        };
        let target = raw.get_mut(shape_id).ok_or_else(|| {
            LoadError::new(format!("shapes.{id}"), format!("`apply` targets unknown shape `{shape_id}`"))
        })?;
        let dest = match member {
            None => &mut target.traits,
            Some(m) => target.member_traits.get_mut(m).ok_or_else(|| {
                LoadError::new(format!("shapes.{id}"), format!("`apply` targets unknown member `{m}`"))
            })?,
        };
        for (k, v) in traits {
            dest.insert(k, v);
        }
    }

    let services: Vec<_> = raw.iter().filter(|(_, s)| s.body.get("type") == Some(&Value::from("service"))).collect();
    let (service_id, service) = match services.as_slice() {
        [one] => *one,
        [] => return Err(LoadError::new("shapes", "the model has no service shape")),
        many => {
            let ids: Vec<&str> = many.iter().map(|(id, _)| **id).collect();
            return Err(LoadError::new(
                "shapes",
                format!("expected one service shape, found {}: {}", ids.len(), ids.join(", ")),
            ));
        }
    };
    let sat = format!("shapes.{service_id}");
    // Trait order carries no meaning in Smithy: offer them in botocore's order of preference.
    let protocols: Vec<Protocol> =
        Protocol::ALL.into_iter().filter(|p| service.traits.contains_key(p.smithy_trait())).collect();
    if protocols.is_empty() {
        let found: Vec<_> = service.traits.keys().filter(|k| k.contains("protocols#")).cloned().collect();
        return Err(LoadError::new(
            sat,
            format!(
                "no known protocol ({})",
                if found.is_empty() { "none declared".to_string() } else { found.join(", ") }
            ),
        ));
    }
    let aws_service = match service.traits.get("aws.api#service") {
        Some(v) => Some(object(v, &format!("{sat}.traits.aws.api#service"))?),
        None => None,
    };
    let sdk_id = match aws_service {
        Some(s) => opt_str(s, "sdkId", &sat)?.map(str::to_string),
        None => None,
    }
    .unwrap_or_else(|| shape_name(service_id).to_string());
    let endpoint_prefix = match aws_service {
        Some(s) => opt_str(s, "endpointPrefix", &sat)?.map(str::to_string),
        None => None,
    };
    let signing_name = match service.traits.get("aws.auth#sigv4") {
        Some(v) => req_str(object(v, &sat)?, "name", &format!("{sat}.traits.aws.auth#sigv4"))?.to_string(),
        None => endpoint_prefix.clone().unwrap_or_else(|| sdk_id.to_lowercase()),
    };
    let endpoint_tests = match service.traits.get("smithy.rules#endpointTests") {
        Some(v) => opt_array(object(v, &sat)?, "testCases", &sat)?.to_vec(),
        None => Vec::new(),
    };
    let service_paginated = match service.traits.get("smithy.api#paginated") {
        Some(v) => paginated(object(v, &sat)?, &sat)?,
        None => PaginatedTrait { input_token: None, output_token: None, items: None, page_size: None },
    };

    // Operations bound to the service directly or through (nested) resources.
    let mut op_ids = BTreeSet::new();
    let mut stack: Vec<&str> = vec![service_id];
    let mut seen_resources = BTreeSet::new();
    while let Some(id) = stack.pop() {
        let at = format!("shapes.{id}");
        let shape = raw.get(id).ok_or_else(|| LoadError::new(&at, format!("unknown shape `{id}`")))?;
        for key in ["operations", "collectionOperations"] {
            for t in opt_array(shape.body, key, &at)? {
                op_ids.insert(target_of(t, &join(&at, key))?);
            }
        }
        for key in ["create", "put", "read", "update", "delete", "list"] {
            if let Some(t) = shape.body.get(key) {
                op_ids.insert(target_of(t, &join(&at, key))?);
            }
        }
        for t in opt_array(shape.body, "resources", &at)? {
            let r = target_of(t, &join(&at, "resources"))?;
            if seen_resources.insert(r) {
                let rs =
                    raw.get(r).ok_or_else(|| LoadError::new(&at, format!("resource target `{r}` does not exist")))?;
                if rs.body.get("type") != Some(&Value::from("resource")) {
                    return Err(LoadError::new(&at, format!("`{r}` is bound as a resource but is not one")));
                }
                stack.push(r);
            }
        }
    }

    let mut out_shapes = BTreeMap::new();
    for (id, s) in &raw {
        let ty = s.body.get("type").and_then(Value::as_str).unwrap_or_default();
        if matches!(ty, "service" | "resource" | "operation") {
            continue;
        }
        out_shapes.insert(id.to_string(), shape(id, ty, s, smithy1)?);
    }
    for (name, kind) in prelude() {
        out_shapes.entry(format!("{PRELUDE}{name}")).or_insert(Shape {
            id: format!("{PRELUDE}{name}"),
            kind,
            docs: None,
            sensitive: false,
            deprecated: None,
            constraints: Constraints::default(),
            error: None,
            streaming: false,
            media_type: None,
            xml: Xml::default(),
        });
    }

    let mut operations = BTreeMap::new();
    for id in op_ids {
        let at = format!("shapes.{id}");
        let s = raw.get(id).ok_or_else(|| LoadError::new(&at, format!("operation `{id}` does not exist")))?;
        if s.body.get("type") != Some(&Value::from("operation")) {
            return Err(LoadError::new(
                &at,
                format!(
                    "`{id}` is bound as an operation but is a {}",
                    s.body.get("type").and_then(Value::as_str).unwrap_or("?")
                ),
            ));
        }
        operations.insert(id.to_string(), operation(id, s, &service_paginated)?);
    }

    let svc = Service {
        id: service_id.to_string(),
        sdk_id,
        version: opt_str(service.body, "version", &sat)?.unwrap_or_default().to_string(),
        title: trait_str(&service.traits, "smithy.api#title", &sat)?,
        docs: trait_str(&service.traits, "smithy.api#documentation", &sat)?,
        protocols,
        target_prefix: Some(shape_name(service_id).to_string()),
        aws_query_compatible: service.traits.contains_key("aws.protocols#awsQueryCompatible"),
        event_streams_http2: Protocol::ALL.iter().any(|p| {
            let first = service.traits.get(p.smithy_trait()).and_then(|t| t.get("eventStreamHttp")?.get(0)?.as_str());
            first == Some("h2")
        }),
        signing_name,
        endpoint_prefix,
        operations,
        shapes: out_shapes,
        endpoint_rules: service.traits.get("smithy.rules#endpointRuleSet").cloned(),
        endpoint_tests,
        source: source.to_string(),
        xml_namespace: xml_namespace(&service.traits, &sat)?,
    };
    crate::validate::validate(&svc)?;
    Ok(svc)
}

fn target_of<'a>(v: &'a Value, at: &str) -> Result<&'a str> {
    req_str(object(v, at)?, "target", at)
}

fn prelude() -> Vec<(&'static str, ShapeKind)> {
    vec![
        ("String", ShapeKind::String { values: None }),
        ("Blob", ShapeKind::Blob),
        ("BigInteger", ShapeKind::BigInteger),
        ("BigDecimal", ShapeKind::BigDecimal),
        ("Timestamp", ShapeKind::Timestamp { format: None }),
        ("Document", ShapeKind::Document),
        ("Boolean", ShapeKind::Boolean),
        ("PrimitiveBoolean", ShapeKind::Boolean),
        ("Byte", ShapeKind::Byte),
        ("PrimitiveByte", ShapeKind::Byte),
        ("Short", ShapeKind::Short),
        ("PrimitiveShort", ShapeKind::Short),
        ("Integer", ShapeKind::Integer),
        ("PrimitiveInteger", ShapeKind::Integer),
        ("Long", ShapeKind::Long),
        ("PrimitiveLong", ShapeKind::Long),
        ("Float", ShapeKind::Float),
        ("PrimitiveFloat", ShapeKind::Float),
        ("Double", ShapeKind::Double),
        ("PrimitiveDouble", ShapeKind::Double),
        ("Unit", ShapeKind::Structure { members: Vec::new() }),
    ]
}

fn trait_str(traits: &Traits, key: &str, at: &str) -> Result<Option<String>> {
    match traits.get(key) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(v) => Err(LoadError::new(format!("{at}.traits.{key}"), format!("expected a string, found {}", kind(v)))),
    }
}

fn deprecated(traits: &Traits, at: &str) -> Result<Option<Deprecated>> {
    match traits.get("smithy.api#deprecated") {
        None => Ok(None),
        Some(v) => {
            let tat = format!("{at}.traits.smithy.api#deprecated");
            let o = object(v, &tat)?;
            Ok(Some(Deprecated {
                message: opt_str(o, "message", &tat)?.map(str::to_string),
                since: opt_str(o, "since", &tat)?.map(str::to_string),
            }))
        }
    }
}

fn range_trait(traits: &Traits, key: &str, at: &str) -> Result<Option<Range>> {
    match traits.get(key) {
        None => Ok(None),
        Some(v) => {
            let tat = format!("{at}.traits.{key}");
            let o = object(v, &tat)?;
            Ok(Some(Range { min: opt_f64(o, "min", &tat)?, max: opt_f64(o, "max", &tat)? }))
        }
    }
}

fn constraints(traits: &Traits, at: &str) -> Result<Constraints> {
    Ok(Constraints {
        length: range_trait(traits, "smithy.api#length", at)?,
        range: range_trait(traits, "smithy.api#range", at)?,
        pattern: trait_str(traits, "smithy.api#pattern", at)?,
    })
}

fn timestamp_format(traits: &Traits, at: &str) -> Result<Option<TimestampFormat>> {
    Ok(match trait_str(traits, "smithy.api#timestampFormat", at)?.as_deref() {
        None => None,
        Some("epoch-seconds") => Some(TimestampFormat::EpochSeconds),
        Some("date-time") => Some(TimestampFormat::DateTime),
        Some("http-date") => Some(TimestampFormat::HttpDate),
        Some(other) => {
            return Err(LoadError::new(
                format!("{at}.traits.smithy.api#timestampFormat"),
                format!("unknown timestamp format \"{other}\""),
            ))
        }
    })
}

fn member(id: &str, name: &str, body: &Map<String, Value>, traits: &Traits, smithy1: bool) -> Result<Member> {
    let at = format!("{id}${name}");
    let target = req_str(body, "target", &at)?.to_string();
    let mut default = traits.get("smithy.api#default").cloned();
    // Smithy 1.0: primitive prelude shapes are non-nullable with a zero default.
    if smithy1 && default.is_none() && !traits.contains_key("smithy.api#box") {
        default = match target.strip_prefix(PRELUDE) {
            Some("PrimitiveBoolean") => Some(Value::Bool(false)),
            Some(p) if p.starts_with("Primitive") => Some(Value::from(0)),
            _ => None,
        };
    }
    Ok(Member {
        name: name.to_string(),
        target,
        docs: trait_str(traits, "smithy.api#documentation", &at)?,
        required: traits.contains_key("smithy.api#required"),
        default,
        client_optional: traits.contains_key("smithy.api#clientOptional"),
        sensitive: traits.contains_key("smithy.api#sensitive"),
        deprecated: deprecated(traits, &at)?,
        idempotency_token: traits.contains_key("smithy.api#idempotencyToken"),
        constraints: constraints(traits, &at)?,
        json_name: trait_str(traits, "smithy.api#jsonName", &at)?,
        context_param: match traits.get("smithy.rules#contextParam") {
            Some(v) => {
                let cat = format!("{at}.traits.smithy.rules#contextParam");
                Some(req_str(object(v, &cat)?, "name", &cat)?.to_string())
            }
            None => None,
        },
        host_label: traits.contains_key("smithy.api#hostLabel"),
        event: if traits.contains_key("smithy.api#eventHeader") {
            EventBinding::Header
        } else if traits.contains_key("smithy.api#eventPayload") {
            EventBinding::Payload
        } else {
            EventBinding::Body
        },
        timestamp_format: timestamp_format(traits, &at)?,
        streaming: traits.contains_key("smithy.api#streaming"),
        http: http_binding(traits, name, &at)?,
        media_type: None,
        xml: xml_traits(traits, &at)?,
        ec2_query_name: match traits.get("aws.protocols#ec2QueryName") {
            Some(v) => Some(
                v.as_str()
                    .ok_or_else(|| {
                        LoadError::new(format!("{at}.traits.aws.protocols#ec2QueryName"), "expected a string")
                    })?
                    .to_string(),
            ),
            None => None,
        },
        position: 0,
    })
}

/// `@xmlName`, `@xmlAttribute`, `@xmlFlattened` and `@xmlNamespace`.
fn xml_traits(traits: &Traits, at: &str) -> Result<Xml> {
    Ok(Xml {
        name: trait_str(traits, "smithy.api#xmlName", at)?,
        attribute: traits.contains_key("smithy.api#xmlAttribute"),
        flattened: traits.contains_key("smithy.api#xmlFlattened"),
        namespace: xml_namespace(traits, at)?,
    })
}

fn xml_namespace(traits: &Traits, at: &str) -> Result<Option<XmlNamespace>> {
    let Some(v) = traits.get("smithy.api#xmlNamespace") else { return Ok(None) };
    let nat = format!("{at}.traits.smithy.api#xmlNamespace");
    let o = object(v, &nat)?;
    Ok(Some(XmlNamespace {
        uri: req_str(o, "uri", &nat)?.to_string(),
        prefix: opt_str(o, "prefix", &nat)?.map(str::to_string),
    }))
}

/// The member's HTTP binding trait; a member with two is invalid.
fn http_binding(traits: &Traits, name: &str, at: &str) -> Result<HttpBinding> {
    let mut found = Vec::new();
    if traits.contains_key("smithy.api#httpLabel") {
        found.push(HttpBinding::Label(name.to_string()));
    }
    for (key, make) in [
        ("smithy.api#httpQuery", HttpBinding::Query as fn(String) -> HttpBinding),
        ("smithy.api#httpHeader", HttpBinding::Header),
        ("smithy.api#httpPrefixHeaders", HttpBinding::PrefixHeaders),
    ] {
        if let Some(v) = trait_str(traits, key, at)? {
            found.push(make(v));
        }
    }
    for (key, binding) in [
        ("smithy.api#httpQueryParams", HttpBinding::QueryParams),
        ("smithy.api#httpPayload", HttpBinding::Payload),
        ("smithy.api#httpResponseCode", HttpBinding::ResponseCode),
    ] {
        if traits.contains_key(key) {
            found.push(binding);
        }
    }
    match found.len() {
        0 => Ok(HttpBinding::Body),
        1 => Ok(found.remove(0)),
        _ => Err(LoadError::new(format!("{at}.traits"), "more than one HTTP binding trait")),
    }
}

fn members(id: &str, s: &RawShape, smithy1: bool) -> Result<Vec<Member>> {
    let at = format!("shapes.{id}");
    let mut out = Vec::new();
    if let Some(ms) = opt_object(s.body, "members", &at)? {
        // serde_json's map is sorted, so members come out in name order. That is deterministic
        // and the same for both formats, which the cross-format test relies on.
        for (name, m) in ms {
            let body = object(m, &format!("{at}.members.{name}"))?;
            let traits = s.member_traits.get(name).cloned().unwrap_or_default();
            out.push(member(id, name, body, &traits, smithy1)?);
        }
    }
    Ok(out)
}

fn enum_values(id: &str, s: &RawShape) -> Result<Vec<EnumValue>> {
    let at = format!("shapes.{id}");
    let mut out = Vec::new();
    if let Some(ms) = opt_object(s.body, "members", &at)? {
        for name in ms.keys() {
            let traits = s.member_traits.get(name).cloned().unwrap_or_default();
            let mat = format!("{id}${name}");
            let value = match traits.get("smithy.api#enumValue") {
                None => name.clone(),
                Some(Value::String(v)) => v.clone(),
                Some(v) => return Err(LoadError::new(&mat, format!("enumValue must be a string, found {}", kind(v)))),
            };
            out.push(EnumValue {
                value,
                name: Some(name.clone()),
                docs: trait_str(&traits, "smithy.api#documentation", &mat)?,
                deprecated: deprecated(&traits, &mat)?,
            });
        }
    }
    Ok(out)
}

fn shape(id: &str, ty: &str, s: &RawShape, smithy1: bool) -> Result<Shape> {
    let at = format!("shapes.{id}");
    let member_of = |key: &str| -> Result<Member> {
        let body =
            opt_object(s.body, key, &at)?.ok_or_else(|| LoadError::new(&at, format!("{ty} shape needs a `{key}`")))?;
        let traits = s.member_traits.get(key).cloned().unwrap_or_default();
        member(id, key, body, &traits, smithy1)
    };
    let kind = match ty {
        "blob" => ShapeKind::Blob,
        "boolean" => ShapeKind::Boolean,
        "string" => ShapeKind::String { values: legacy_enum(&s.traits, &at)? },
        "enum" => ShapeKind::Enum { values: enum_values(id, s)? },
        "intEnum" => {
            let mut values = Vec::new();
            if let Some(ms) = opt_object(s.body, "members", &at)? {
                for name in ms.keys() {
                    let traits = s.member_traits.get(name).cloned().unwrap_or_default();
                    let mat = format!("{id}${name}");
                    let value = traits
                        .get("smithy.api#enumValue")
                        .and_then(Value::as_i64)
                        .and_then(|v| i32::try_from(v).ok())
                        .ok_or_else(|| LoadError::new(&mat, "intEnum member needs an integer enumValue"))?;
                    values.push(IntEnumValue {
                        value,
                        name: name.clone(),
                        docs: trait_str(&traits, "smithy.api#documentation", &mat)?,
                        deprecated: deprecated(&traits, &mat)?,
                    });
                }
            }
            ShapeKind::IntEnum { values }
        }
        "timestamp" => ShapeKind::Timestamp { format: timestamp_format(&s.traits, &at)? },
        "document" => ShapeKind::Document,
        "list" | "set" => ShapeKind::List {
            member: Box::new(member_of("member")?),
            sparse: s.traits.contains_key("smithy.api#sparse"),
        },
        "map" => ShapeKind::Map {
            key: Box::new(member_of("key")?),
            value: Box::new(member_of("value")?),
            sparse: s.traits.contains_key("smithy.api#sparse"),
        },
        "structure" => ShapeKind::Structure { members: members(id, s, smithy1)? },
        "union" => ShapeKind::Union { members: members(id, s, smithy1)? },
        other => ShapeKind::numeric(other)
            .ok_or_else(|| LoadError::new(format!("{at}.type"), format!("unknown shape type \"{other}\"")))?,
    };
    let error = match trait_str(&s.traits, "smithy.api#error", &at)?.as_deref() {
        None => None,
        Some(f) => Some(ErrorInfo {
            fault: match f {
                "client" => ErrorFault::Client,
                "server" => ErrorFault::Server,
                other => {
                    return Err(LoadError::new(
                        format!("{at}.traits.smithy.api#error"),
                        format!("expected \"client\" or \"server\", found \"{other}\""),
                    ))
                }
            },
            http_status: s
                .traits
                .get("smithy.api#httpError")
                .and_then(Value::as_u64)
                .and_then(|v| u16::try_from(v).ok()),
            retryable: match s.traits.get("smithy.api#retryable") {
                None => None,
                Some(v) => Some(Retryable { throttling: opt_bool(object(v, &at)?, "throttling", &at)? }),
            },
            query_code: match s.traits.get("aws.protocols#awsQueryError") {
                None => None,
                Some(v) => {
                    let qat = format!("{at}.traits.aws.protocols#awsQueryError");
                    Some(req_str(object(v, &qat)?, "code", &qat)?.to_string())
                }
            },
        }),
    };
    Ok(Shape {
        id: id.to_string(),
        kind,
        docs: trait_str(&s.traits, "smithy.api#documentation", &at)?,
        sensitive: s.traits.contains_key("smithy.api#sensitive"),
        deprecated: deprecated(&s.traits, &at)?,
        constraints: constraints(&s.traits, &at)?,
        error,
        streaming: s.traits.contains_key("smithy.api#streaming"),
        media_type: trait_str(&s.traits, "smithy.api#mediaType", &at)?,
        xml: xml_traits(&s.traits, &at)?,
    })
}

fn legacy_enum(traits: &Traits, at: &str) -> Result<Option<Vec<EnumValue>>> {
    let Some(v) = traits.get("smithy.api#enum") else { return Ok(None) };
    let tat = format!("{at}.traits.smithy.api#enum");
    let list = v.as_array().ok_or_else(|| LoadError::new(&tat, "expected an array"))?;
    let mut out = Vec::new();
    for (i, e) in list.iter().enumerate() {
        let eat = format!("{tat}[{i}]");
        let o = object(e, &eat)?;
        out.push(EnumValue {
            value: req_str(o, "value", &eat)?.to_string(),
            name: opt_str(o, "name", &eat)?.map(str::to_string),
            docs: opt_str(o, "documentation", &eat)?.map(str::to_string),
            deprecated: opt_bool(o, "deprecated", &eat)?.then_some(Deprecated { message: None, since: None }),
        });
    }
    Ok(Some(out))
}

/// The `@paginated` trait's members (each may be missing: the service's trait supplies defaults).
struct PaginatedTrait {
    input_token: Option<String>,
    output_token: Option<String>,
    items: Option<String>,
    page_size: Option<String>,
}

fn paginated(o: &Map<String, Value>, at: &str) -> Result<PaginatedTrait> {
    Ok(PaginatedTrait {
        input_token: opt_str(o, "inputToken", at)?.map(str::to_string),
        output_token: opt_str(o, "outputToken", at)?.map(str::to_string),
        items: opt_str(o, "items", at)?.map(str::to_string),
        page_size: opt_str(o, "pageSize", at)?.map(str::to_string),
    })
}

fn operation(id: &str, s: &RawShape, service_paginated: &PaginatedTrait) -> Result<Operation> {
    let at = format!("shapes.{id}");
    let io = |key: &str| -> Result<Option<String>> {
        match s.body.get(key) {
            None => Ok(None),
            Some(v) => {
                let t = target_of(v, &join(&at, key))?;
                Ok((t != "smithy.api#Unit").then(|| t.to_string()))
            }
        }
    };
    let mut errors = Vec::new();
    for e in opt_array(s.body, "errors", &at)? {
        errors.push(target_of(e, &join(&at, "errors"))?.to_string());
    }
    let paginated = match s.traits.get("smithy.api#paginated") {
        None => None,
        Some(v) => {
            let p = paginated(object(v, &at)?, &at)?;
            let or = |own: Option<String>, service: &Option<String>| own.or_else(|| service.clone());
            Some(Paginated {
                input_tokens: or(p.input_token, &service_paginated.input_token).into_iter().collect(),
                output_tokens: or(p.output_token, &service_paginated.output_token).into_iter().collect(),
                items: or(p.items, &service_paginated.items).into_iter().collect(),
                page_size: or(p.page_size, &service_paginated.page_size),
                more_results: None,
            })
        }
    };
    let mut waiters = BTreeMap::new();
    if let Some(v) = s.traits.get("smithy.waiters#waitable") {
        let wat = format!("{at}.traits.smithy.waiters#waitable");
        for (name, w) in object(v, &wat)? {
            waiters.insert(name.clone(), waiter(w, &join(&wat, name))?);
        }
    }
    let context_params = context_params(
        s.traits.get("smithy.rules#staticContextParams"),
        s.traits.get("smithy.rules#operationContextParams"),
        &format!("{at}.traits.smithy.rules#"),
    )?;
    Ok(Operation {
        id: id.to_string(),
        name: shape_name(id).to_string(),
        input: io("input")?,
        output: io("output")?,
        errors,
        docs: trait_str(&s.traits, "smithy.api#documentation", &at)?,
        deprecated: deprecated(&s.traits, &at)?,
        idempotent: s.traits.contains_key("smithy.api#idempotent"),
        readonly: s.traits.contains_key("smithy.api#readonly"),
        paginated,
        waiters,
        streaming: false,
        context_params,
        request_compression: match s.traits.get("smithy.api#requestCompression") {
            None => Vec::new(),
            Some(v) => {
                let cat = format!("{at}.traits.smithy.api#requestCompression");
                strings(opt_array(object(v, &cat)?, "encodings", &cat)?, &format!("{cat}.encodings"))?
            }
        },
        unsigned_payload: s.traits.contains_key("aws.auth#unsignedPayload"),
        input_xml: Xml::default(),
        anonymous: s.traits.contains_key("smithy.api#optionalAuth")
            || s.traits.get("smithy.api#auth").and_then(serde_json::Value::as_array).is_some_and(Vec::is_empty),
        checksum_required: s.traits.contains_key("smithy.api#httpChecksumRequired")
            || s.traits
                .get("aws.protocols#httpChecksum")
                .and_then(|c| c.get("requestChecksumRequired"))
                .and_then(serde_json::Value::as_bool)
                .unwrap_or(false),
        http_checksum: match s.traits.get("aws.protocols#httpChecksum") {
            Some(v) => {
                let cat = format!("{at}.traits.aws.protocols#httpChecksum");
                Some(crate::botocore::http_checksum(object(v, &cat)?, &cat)?)
            }
            None => None,
        },
        host_prefix: match s.traits.get("smithy.api#endpoint") {
            Some(v) => {
                let eat = format!("{at}.traits.smithy.api#endpoint");
                Some(req_str(object(v, &eat)?, "hostPrefix", &eat)?.to_string())
            }
            None => None,
        },
        http: match s.traits.get("smithy.api#http") {
            Some(v) => {
                let hat = format!("{at}.traits.smithy.api#http");
                let h = object(v, &hat)?;
                Some(Http {
                    method: req_str(h, "method", &hat)?.to_string(),
                    uri: req_str(h, "uri", &hat)?.to_string(),
                    code: opt_u64(h, "code", &hat)?
                        .map(|c| {
                            u16::try_from(c).map_err(|_| LoadError::new(format!("{hat}.code"), "not an HTTP status"))
                        })
                        .transpose()?,
                })
            }
            None => None,
        },
    })
}

/// An operation's endpoint parameters, from `staticContextParams` (`{name: {value}}`) and
/// `operationContextParams` (`{name: {path}}`); both formats spell them the same way. `at` is
/// the path prefix the two keys are appended to.
pub(crate) fn context_params(
    statics: Option<&Value>,
    paths: Option<&Value>,
    at: &str,
) -> Result<BTreeMap<String, ContextParam>> {
    let mut out = BTreeMap::new();
    if let Some(v) = statics {
        let sat = format!("{at}staticContextParams");
        for (name, p) in object(v, &sat)? {
            let pat = join(&sat, name);
            let value = object(p, &pat)?.get("value").cloned().unwrap_or(Value::Null);
            if !(value.is_string() || value.is_boolean()) {
                return Err(LoadError::new(
                    join(&pat, "value"),
                    "a static context parameter must be a string or a boolean",
                ));
            }
            out.insert(name.clone(), ContextParam::Static(value));
        }
    }
    if let Some(v) = paths {
        let pat = format!("{at}operationContextParams");
        for (name, p) in object(v, &pat)? {
            let path = req_str(object(p, &join(&pat, name))?, "path", &join(&pat, name))?;
            out.insert(name.clone(), ContextParam::Path(path.to_string()));
        }
    }
    Ok(out)
}

fn waiter(v: &Value, at: &str) -> Result<Waiter> {
    let o = object(v, at)?;
    let mut acceptors = Vec::new();
    for (i, a) in opt_array(o, "acceptors", at)?.iter().enumerate() {
        let aat = format!("{at}.acceptors[{i}]");
        let ao = object(a, &aat)?;
        let state = req_str(ao, "state", &aat)?;
        let state = AcceptorState::parse(state)
            .ok_or_else(|| LoadError::new(&aat, format!("unknown acceptor state \"{state}\"")))?;
        let mo = opt_object(ao, "matcher", &aat)?.ok_or_else(|| LoadError::new(&aat, "acceptor needs a matcher"))?;
        let mat = join(&aat, "matcher");
        let path_matcher = |key: &str| -> Result<(String, Value, Comparator)> {
            let p = opt_object(mo, key, &mat)?.ok_or_else(|| LoadError::new(&mat, "bad matcher"))?;
            let pat = join(&mat, key);
            let expected = req_str(p, "expected", &pat)?;
            let (comparator, expected) = match req_str(p, "comparator", &pat)? {
                "stringEquals" => (Comparator::Equals, Value::from(expected)),
                "booleanEquals" => match expected {
                    "true" => (Comparator::Equals, Value::Bool(true)),
                    "false" => (Comparator::Equals, Value::Bool(false)),
                    other => {
                        return Err(LoadError::new(
                            &pat,
                            format!("booleanEquals expects \"true\" or \"false\", not \"{other}\""),
                        ))
                    }
                },
                "allStringEquals" => (Comparator::AllEqual, Value::from(expected)),
                "anyStringEquals" => (Comparator::AnyEqual, Value::from(expected)),
                other => return Err(LoadError::new(&pat, format!("unknown comparator \"{other}\""))),
            };
            Ok((req_str(p, "path", &pat)?.to_string(), expected, comparator))
        };
        let matcher = if mo.contains_key("output") {
            let (path, expected, comparator) = path_matcher("output")?;
            Matcher::Output { path, expected, comparator }
        } else if mo.contains_key("inputOutput") {
            let (path, expected, comparator) = path_matcher("inputOutput")?;
            Matcher::InputOutput { path, expected, comparator }
        } else if let Some(b) = mo.get("success") {
            Matcher::Success(b.as_bool().ok_or_else(|| LoadError::new(&mat, "success matcher must be a boolean"))?)
        } else if let Some(e) = mo.get("errorType") {
            let e = e.as_str().ok_or_else(|| LoadError::new(&mat, "errorType matcher must be a string"))?;
            Matcher::ErrorType(shape_name(e).to_string())
        } else {
            return Err(LoadError::new(&mat, "unknown matcher kind"));
        };
        acceptors.push(Acceptor { state, matcher });
    }
    Ok(Waiter {
        docs: opt_str(o, "documentation", at)?.map(str::to_string),
        min_delay: opt_u64(o, "minDelay", at)?.unwrap_or(2),
        max_delay: opt_u64(o, "maxDelay", at)?.unwrap_or(120),
        acceptors,
        deprecated: opt_bool(o, "deprecated", at)?,
    })
}
