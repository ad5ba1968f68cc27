//! Loader for botocore's JSON (`service-2.json` plus `paginators-1.json`, `waiters-2.json` and
//! `endpoint-rule-set-1.json`).

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::error::{LoadError, Result};
use crate::ir::*;
use crate::json::*;

/// The companion files of a botocore service model; each is optional.
#[derive(Debug, Default)]
pub struct Companions {
    pub paginators: Option<Value>,
    pub waiters: Option<Value>,
    pub endpoint_rules: Option<Value>,
}

pub fn load(root: &Value, companions: &Companions, source: &str) -> Result<Service> {
    let root = object(root, "")?;
    let meta =
        opt_object(root, "metadata", "")?.ok_or_else(|| LoadError::new("", "missing required key `metadata`"))?;
    let mat = "metadata";
    let protocols = protocols(meta)?;
    let aws_query_compatible = opt_object(meta, "awsQueryCompatible", mat)?.is_some();
    let event_streams_http2 = match opt_object(meta, "protocolSettings", mat)? {
        Some(settings) => opt_str(settings, "h2", "metadata.protocolSettings")? == Some("eventstream"),
        None => false,
    };
    let target_prefix = opt_str(meta, "targetPrefix", mat)?.map(str::to_string);
    let endpoint_prefix = opt_str(meta, "endpointPrefix", mat)?.map(str::to_string);
    let sdk_id = req_str(meta, "serviceId", mat)?.to_string();
    let signing_name = opt_str(meta, "signingName", mat)?
        .map(str::to_string)
        .or_else(|| endpoint_prefix.clone())
        .unwrap_or_else(|| sdk_id.to_lowercase());

    let raw_shapes =
        opt_object(root, "shapes", "")?.ok_or_else(|| LoadError::new("", "missing required key `shapes`"))?;
    let mut shapes = BTreeMap::new();
    for (name, v) in raw_shapes {
        shapes.insert(name.clone(), shape(name, v)?);
    }

    let paginators = match &companions.paginators {
        Some(p) => paginators(p)?,
        None => BTreeMap::new(),
    };
    let mut waiters = match &companions.waiters {
        Some(w) => waiters(w)?,
        None => BTreeMap::new(),
    };

    let raw_ops =
        opt_object(root, "operations", "")?.ok_or_else(|| LoadError::new("", "missing required key `operations`"))?;
    let mut operations = BTreeMap::new();
    for (name, v) in raw_ops {
        let at = format!("operations.{name}");
        let o = object(v, &at)?;
        let io = |key: &str| -> Result<Option<String>> {
            Ok(match opt_object(o, key, &at)? {
                Some(r) => Some(req_str(r, "shape", &join(&at, key))?.to_string()),
                None => None,
            })
        };
        let mut errors = Vec::new();
        for (i, e) in opt_array(o, "errors", &at)?.iter().enumerate() {
            let eat = format!("{at}.errors[{i}]");
            errors.push(req_str(object(e, &eat)?, "shape", &eat)?.to_string());
        }
        let deprecated = opt_bool(o, "deprecated", &at)?.then(|| Deprecated {
            message: opt_str(o, "deprecatedMessage", &at).ok().flatten().map(str::to_string),
            since: None,
        });
        operations.insert(
            name.clone(),
            Operation {
                id: name.clone(),
                name: name.clone(),
                input: io("input")?,
                output: io("output")?,
                errors,
                docs: opt_str(o, "documentation", &at)?.map(str::to_string),
                deprecated,
                idempotent: opt_bool(o, "idempotent", &at)?,
                readonly: false,
                paginated: paginators.get(name).cloned(),
                waiters: waiters.remove(name).unwrap_or_default(),
                streaming: false,
                context_params: crate::smithy::context_params(
                    o.get("staticContextParams"),
                    o.get("operationContextParams"),
                    &format!("{at}."),
                )?,
                host_prefix: match opt_object(o, "endpoint", &at)? {
                    Some(e) => Some(req_str(e, "hostPrefix", &join(&at, "endpoint"))?.to_string()),
                    None => None,
                },
                request_compression: match opt_object(o, "requestcompression", &at)? {
                    Some(c) => {
                        let cat = join(&at, "requestcompression");
                        strings(opt_array(c, "encodings", &cat)?, &join(&cat, "encodings"))?
                    }
                    None => Vec::new(),
                },
                input_xml: match opt_object(o, "input", &at)? {
                    Some(i) => {
                        let iat = join(&at, "input");
                        Xml {
                            name: opt_str(i, "locationName", &iat)?.map(str::to_string),
                            namespace: xml_namespace(i, &iat)?,
                            ..Xml::default()
                        }
                    }
                    None => Xml::default(),
                },
                anonymous: opt_str(o, "authtype", &at)? == Some("none")
                    || matches!(opt_array(o, "auth", &at)?, [only] if only.as_str() == Some("smithy.api#noAuth")),
                unsigned_payload: opt_bool(o, "unsignedPayload", &at)?
                    || opt_str(o, "authtype", &at)? == Some("v4-unsigned-body"),
                checksum_required: opt_bool(o, "httpChecksumRequired", &at)?
                    || match opt_object(o, "httpChecksum", &at)? {
                        Some(c) => opt_bool(c, "requestChecksumRequired", &join(&at, "httpChecksum"))?,
                        None => false,
                    },
                http_checksum: match opt_object(o, "httpChecksum", &at)? {
                    Some(c) => Some(http_checksum(c, &join(&at, "httpChecksum"))?),
                    None => None,
                },
                http: match opt_object(o, "http", &at)? {
                    Some(h) => {
                        let hat = join(&at, "http");
                        Some(Http {
                            method: req_str(h, "method", &hat)?.to_string(),
                            uri: req_str(h, "requestUri", &hat)?.to_string(),
                            code: opt_u64(h, "responseCode", &hat)?
                                .map(|c| {
                                    u16::try_from(c)
                                        .map_err(|_| LoadError::new(join(&hat, "responseCode"), "not an HTTP status"))
                                })
                                .transpose()?,
                        })
                    }
                    None => None,
                },
            },
        );
    }
    if let Some(op) = waiters.keys().next() {
        return Err(LoadError::new("waiters", format!("waiter refers to unknown operation `{op}`")));
    }
    if let Some(op) = paginators.keys().find(|op| !operations.contains_key(*op)) {
        return Err(LoadError::new(format!("pagination.{op}"), "paginator for an unknown operation"));
    }

    let svc = Service {
        id: sdk_id.clone(),
        sdk_id,
        version: opt_str(meta, "apiVersion", mat)?.unwrap_or_default().to_string(),
        title: opt_str(meta, "serviceFullName", mat)?.map(str::to_string),
        docs: opt_str(root, "documentation", "")?.map(str::to_string),
        protocols,
        target_prefix,
        aws_query_compatible,
        event_streams_http2,
        signing_name,
        endpoint_prefix,
        operations,
        shapes,
        endpoint_rules: companions.endpoint_rules.clone(),
        endpoint_tests: Vec::new(),
        source: source.to_string(),
        xml_namespace: xml_namespace(meta, mat)?,
    };
    crate::validate::validate(&svc)?;
    Ok(svc)
}

/// The protocols of `metadata.protocols` (or the single `metadata.protocol`), in the model's
/// order; `json` is awsJson 1.0 or 1.1 by `jsonVersion`. Names this loader does not know are
/// skipped: a newer protocol next to a known one must not make the model unusable.
fn protocols(meta: &Map<String, Value>) -> Result<Vec<Protocol>> {
    let mat = "metadata";
    let mut names: Vec<String> = Vec::new();
    for (i, p) in opt_array(meta, "protocols", mat)?.iter().enumerate() {
        names.push(
            p.as_str().ok_or_else(|| LoadError::new(format!("{mat}.protocols[{i}]"), "expected a string"))?.to_string(),
        );
    }
    if names.is_empty() {
        names.extend(opt_str(meta, "protocol", mat)?.map(str::to_string));
    }
    let json = match opt_str(meta, "jsonVersion", mat)? {
        Some("1.0") => Some(Protocol::AwsJson1_0),
        Some("1.1") | None => Some(Protocol::AwsJson1_1),
        Some(_) => None,
    };
    let mut out = Vec::new();
    for name in &names {
        let p = match name.as_str() {
            "json" => json,
            "rest-json" => Some(Protocol::RestJson1),
            "rest-xml" => Some(Protocol::RestXml),
            "query" => Some(Protocol::AwsQuery),
            "ec2" => Some(Protocol::Ec2Query),
            "smithy-rpc-v2-cbor" => Some(Protocol::RpcV2Cbor),
            _ => None,
        };
        if let Some(p) = p.filter(|p| !out.contains(p)) {
            out.push(p);
        }
    }
    if out.is_empty() {
        return Err(LoadError::new(
            "metadata.protocols",
            format!("no known protocol among {names:?} (jsonVersion {:?})", opt_str(meta, "jsonVersion", mat)?),
        ));
    }
    Ok(out)
}

/// `httpChecksum` (botocore) or `@aws.protocols#httpChecksum` (Smithy): the same fields.
pub(crate) fn http_checksum(c: &Map<String, Value>, at: &str) -> Result<HttpChecksum> {
    Ok(HttpChecksum {
        request_algorithm_member: opt_str(c, "requestAlgorithmMember", at)?.map(str::to_string),
        request_validation_mode_member: opt_str(c, "requestValidationModeMember", at)?.map(str::to_string),
        response_algorithms: strings(opt_array(c, "responseAlgorithms", at)?, &join(at, "responseAlgorithms"))?,
    })
}

fn deprecated(o: &Map<String, Value>, at: &str) -> Result<Option<Deprecated>> {
    Ok(opt_bool(o, "deprecated", at)?.then(|| Deprecated {
        message: o.get("deprecatedMessage").and_then(Value::as_str).map(str::to_string),
        since: None,
    }))
}

fn min_max(o: &Map<String, Value>, at: &str) -> Result<Option<Range>> {
    let (min, max) = (opt_f64(o, "min", at)?, opt_f64(o, "max", at)?);
    Ok((min.is_some() || max.is_some()).then_some(Range { min, max }))
}

fn member(shape: &str, name: &str, v: &Value, required: bool) -> Result<Member> {
    let at = format!("shapes.{shape}.members.{name}");
    let o = object(v, &at)?;
    Ok(Member {
        name: name.to_string(),
        target: req_str(o, "shape", &at)?.to_string(),
        docs: opt_str(o, "documentation", &at)?.map(str::to_string),
        required,
        default: None,
        client_optional: false,
        sensitive: false,
        deprecated: deprecated(o, &at)?,
        idempotency_token: opt_bool(o, "idempotencyToken", &at)?,
        constraints: Constraints::default(),
        // A body member's `locationName` is its JSON key (restJson1's `@jsonName`).
        json_name: match o.get("location") {
            None => opt_str(o, "locationName", &at)?.map(str::to_string),
            Some(_) => None,
        },
        context_param: match opt_object(o, "contextParam", &at)? {
            Some(c) => Some(req_str(c, "name", &join(&at, "contextParam"))?.to_string()),
            None => None,
        },
        host_label: opt_bool(o, "hostLabel", &at)?,
        timestamp_format: timestamp_format(o, &at)?,
        streaming: opt_bool(o, "streaming", &at)? || opt_bool(o, "eventstream", &at)?,
        event: match (opt_bool(o, "eventheader", &at)?, opt_bool(o, "eventpayload", &at)?) {
            (true, _) => EventBinding::Header,
            (_, true) => EventBinding::Payload,
            _ => EventBinding::Body,
        },
        http: http_binding(o, name, &at)?,
        media_type: opt_bool(o, "jsonvalue", &at)?.then(|| "application/json".to_string()),
        xml: Xml {
            // A body member's `locationName` is its element (and query) name too.
            name: match o.get("location") {
                None => opt_str(o, "locationName", &at)?.map(str::to_string),
                Some(_) => None,
            },
            attribute: opt_bool(o, "xmlAttribute", &at)?,
            flattened: opt_bool(o, "flattened", &at)?,
            namespace: xml_namespace(o, &at)?,
        },
        ec2_query_name: opt_str(o, "queryName", &at)?.map(str::to_string),
        position: 0,
    })
}

/// `xmlNamespace`: `{"uri": ..., "prefix": ...}`, or (in `metadata`) the URI alone.
fn xml_namespace(o: &Map<String, Value>, at: &str) -> Result<Option<XmlNamespace>> {
    let nat = join(at, "xmlNamespace");
    Ok(match o.get("xmlNamespace") {
        None | Some(Value::Null) => None,
        Some(Value::String(uri)) => Some(XmlNamespace { uri: uri.clone(), prefix: None }),
        Some(v) => {
            let n = object(v, &nat)?;
            Some(XmlNamespace {
                uri: req_str(n, "uri", &nat)?.to_string(),
                prefix: opt_str(n, "prefix", &nat)?.map(str::to_string),
            })
        }
    })
}

/// botocore's `location` and `locationName`. A query member without a name is a map whose
/// entries are the parameters (Smithy's `@httpQueryParams`).
fn http_binding(o: &Map<String, Value>, name: &str, at: &str) -> Result<HttpBinding> {
    let location_name = opt_str(o, "locationName", at)?;
    let named = |what: &str| {
        location_name
            .map(str::to_string)
            .ok_or_else(|| LoadError::new(join(at, "locationName"), format!("a {what} needs a name")))
    };
    Ok(match opt_str(o, "location", at)? {
        None => HttpBinding::Body,
        Some("uri") => HttpBinding::Label(location_name.unwrap_or(name).to_string()),
        Some("querystring") => match location_name {
            Some(q) => HttpBinding::Query(q.to_string()),
            None => HttpBinding::QueryParams,
        },
        Some("header") => HttpBinding::Header(named("header")?),
        Some("headers") => HttpBinding::PrefixHeaders(location_name.unwrap_or("").to_string()),
        Some("statusCode") => HttpBinding::ResponseCode,
        Some(other) => return Err(LoadError::new(join(at, "location"), format!("unknown location \"{other}\""))),
    })
}

fn timestamp_format(o: &Map<String, Value>, at: &str) -> Result<Option<TimestampFormat>> {
    Ok(match opt_str(o, "timestampFormat", at)? {
        None => None,
        Some("unixTimestamp") => Some(TimestampFormat::EpochSeconds),
        Some("iso8601") => Some(TimestampFormat::DateTime),
        Some("rfc822") => Some(TimestampFormat::HttpDate),
        Some(other) => {
            return Err(LoadError::new(join(at, "timestampFormat"), format!("unknown timestamp format \"{other}\"")))
        }
    })
}

fn nested(shape: &str, o: &Map<String, Value>, key: &str) -> Result<Member> {
    let at = format!("shapes.{shape}");
    let v = o.get(key).ok_or_else(|| LoadError::new(&at, format!("missing required key `{key}`")))?;
    let mut m = member(shape, key, v, false)?;
    m.docs = None;
    Ok(m)
}

fn shape(name: &str, v: &Value) -> Result<Shape> {
    let at = format!("shapes.{name}");
    let o = object(v, &at)?;
    let ty = req_str(o, "type", &at)?;
    let range = min_max(o, &at)?;
    let mut constraints =
        Constraints { pattern: opt_str(o, "pattern", &at)?.map(str::to_string), ..Default::default() };
    let kind = match ty {
        "structure" => {
            let mut required = Vec::new();
            for (i, r) in opt_array(o, "required", &at)?.iter().enumerate() {
                required.push(
                    r.as_str().ok_or_else(|| LoadError::new(format!("{at}.required[{i}]"), "expected a string"))?,
                );
            }
            let mut members = Vec::new();
            if let Some(ms) = opt_object(o, "members", &at)? {
                for (m, mv) in ms {
                    members.push(member(name, m, mv, required.contains(&m.as_str()))?);
                }
            }
            if let Some(r) = required.iter().find(|r| !members.iter().any(|m| m.name == **r)) {
                return Err(LoadError::new(format!("{at}.required"), format!("`{r}` is not a member")));
            }
            if let Some(payload) = opt_str(o, "payload", &at)? {
                let m = members
                    .iter_mut()
                    .find(|m| m.name == payload)
                    .ok_or_else(|| LoadError::new(format!("{at}.payload"), format!("`{payload}` is not a member")))?;
                m.http = HttpBinding::Payload;
            }
            if opt_bool(o, "document", &at)? {
                ShapeKind::Document
            } else if opt_bool(o, "union", &at)? || opt_bool(o, "eventstream", &at)? {
                // botocore writes an event stream as a structure; it is a Smithy `@streaming`
                // union: each message is one member.
                ShapeKind::Union { members }
            } else {
                ShapeKind::Structure { members }
            }
        }
        "string" => {
            let values = match o.get("enum") {
                None => None,
                Some(Value::Array(vals)) => {
                    let mut out = Vec::new();
                    for (i, e) in vals.iter().enumerate() {
                        let value =
                            e.as_str().ok_or_else(|| LoadError::new(format!("{at}.enum[{i}]"), "expected a string"))?;
                        out.push(EnumValue { value: value.to_string(), name: None, docs: None, deprecated: None });
                    }
                    Some(out)
                }
                Some(_) => return Err(LoadError::new(format!("{at}.enum"), "expected an array")),
            };
            constraints.length = range;
            ShapeKind::String { values }
        }
        "list" => {
            constraints.length = range;
            ShapeKind::List { member: Box::new(nested(name, o, "member")?), sparse: opt_bool(o, "sparse", &at)? }
        }
        "map" => {
            constraints.length = range;
            ShapeKind::Map {
                key: Box::new(nested(name, o, "key")?),
                value: Box::new(nested(name, o, "value")?),
                sparse: opt_bool(o, "sparse", &at)?,
            }
        }
        "blob" => {
            constraints.length = range;
            ShapeKind::Blob
        }
        "boolean" => ShapeKind::Boolean,
        "timestamp" => ShapeKind::Timestamp { format: timestamp_format(o, &at)? },
        other => {
            constraints.range = range;
            ShapeKind::numeric(other)
                .ok_or_else(|| LoadError::new(format!("{at}.type"), format!("unknown shape type \"{other}\"")))?
        }
    };
    let error = if opt_bool(o, "exception", &at)? {
        let e = opt_object(o, "error", &at)?;
        let http_status = match e {
            Some(e) => opt_u64(e, "httpStatusCode", &join(&at, "error"))?.and_then(|s| u16::try_from(s).ok()),
            None => None,
        };
        let sender = match e {
            Some(e) => opt_bool(e, "senderFault", &join(&at, "error"))?,
            None => false,
        };
        let query_code = match e {
            Some(e) => opt_str(e, "code", &join(&at, "error"))?.map(str::to_string),
            None => None,
        };
        let fault = if opt_bool(o, "fault", &at)? || (!sender && http_status.is_some_and(|s| s >= 500)) {
            ErrorFault::Server
        } else {
            ErrorFault::Client
        };
        let retryable = match opt_object(o, "retryable", &at)? {
            Some(r) => Some(Retryable { throttling: opt_bool(r, "throttling", &join(&at, "retryable"))? }),
            None => None,
        };
        Some(ErrorInfo { fault, http_status, retryable, query_code })
    } else {
        None
    };
    Ok(Shape {
        id: name.to_string(),
        kind,
        docs: opt_str(o, "documentation", &at)?.map(str::to_string),
        sensitive: opt_bool(o, "sensitive", &at)?,
        deprecated: deprecated(o, &at)?,
        constraints,
        error,
        streaming: opt_bool(o, "eventstream", &at)? || opt_bool(o, "streaming", &at)?,
        media_type: None,
        xml: Xml {
            name: opt_str(o, "locationName", &at)?.map(str::to_string),
            attribute: false,
            flattened: opt_bool(o, "flattened", &at)?,
            namespace: xml_namespace(o, &at)?,
        },
    })
}

fn paginators(v: &Value) -> Result<BTreeMap<String, Paginated>> {
    let root = object(v, "pagination")?;
    let p =
        opt_object(root, "pagination", "")?.ok_or_else(|| LoadError::new("paginators", "missing key `pagination`"))?;
    let mut out = BTreeMap::new();
    for (op, cfg) in p {
        let at = format!("pagination.{op}");
        let c = object(cfg, &at)?;
        // Each key holds a string or a list of strings.
        let many = |key: &str| -> Result<Vec<String>> {
            match c.get(key) {
                None | Some(Value::Null) => Ok(Vec::new()),
                Some(Value::String(s)) => Ok(vec![s.clone()]),
                Some(Value::Array(a)) => strings(a, &join(&at, key)),
                Some(other) => Err(LoadError::new(join(&at, key), format!("expected a string, found {}", kind(other)))),
            }
        };
        let one = |key: &str| -> Result<Option<String>> {
            let mut v = many(key)?;
            match v.len() {
                0 | 1 => Ok(v.pop()),
                _ => Err(LoadError::new(join(&at, key), "expected one string")),
            }
        };
        let p = Paginated {
            input_tokens: many("input_token")?,
            output_tokens: many("output_token")?,
            items: many("result_key")?,
            page_size: one("limit_key")?,
            more_results: one("more_results")?,
        };
        if p.input_tokens.len() != p.output_tokens.len() {
            return Err(LoadError::new(&at, "input_token and output_token must pair up"));
        }
        out.insert(op.clone(), p);
    }
    Ok(out)
}

/// botocore waiters use a fixed `delay` and `maxAttempts`; they map onto Smithy's
/// `minDelay`/`maxDelay` with the total budget as the upper bound.
fn waiters(v: &Value) -> Result<BTreeMap<String, BTreeMap<String, Waiter>>> {
    let root = object(v, "waiters")?;
    let ws = opt_object(root, "waiters", "")?.ok_or_else(|| LoadError::new("waiters", "missing key `waiters`"))?;
    let mut out: BTreeMap<String, BTreeMap<String, Waiter>> = BTreeMap::new();
    for (name, w) in ws {
        let at = format!("waiters.{name}");
        let o = object(w, &at)?;
        let op = req_str(o, "operation", &at)?;
        let delay = opt_u64(o, "delay", &at)?.unwrap_or(2);
        let attempts = opt_u64(o, "maxAttempts", &at)?.unwrap_or(25);
        let mut acceptors = Vec::new();
        for (i, a) in opt_array(o, "acceptors", &at)?.iter().enumerate() {
            let aat = format!("{at}.acceptors[{i}]");
            let ao = object(a, &aat)?;
            let state = req_str(ao, "state", &aat)?;
            let state = AcceptorState::parse(state)
                .ok_or_else(|| LoadError::new(&aat, format!("unknown acceptor state \"{state}\"")))?;
            let expected = ao.get("expected").cloned().unwrap_or(Value::Null);
            let path = || -> Result<String> { Ok(req_str(ao, "argument", &aat)?.to_string()) };
            let output = |comparator| -> Result<Matcher> {
                Ok(Matcher::Output { path: path()?, expected: expected.clone(), comparator })
            };
            let matcher = match req_str(ao, "matcher", &aat)? {
                "path" => output(Comparator::Equals)?,
                "pathAll" => output(Comparator::AllEqual)?,
                "pathAny" => output(Comparator::AnyEqual)?,
                "error" => match &expected {
                    Value::String(s) => Matcher::ErrorType(s.clone()),
                    Value::Bool(b) => Matcher::Success(!b),
                    _ => return Err(LoadError::new(&aat, "error matcher needs a string or boolean")),
                },
                "status" => Matcher::Status(
                    expected
                        .as_u64()
                        .and_then(|s| u16::try_from(s).ok())
                        .ok_or_else(|| LoadError::new(&aat, "status matcher needs an HTTP status"))?,
                ),
                other => {
                    return Err(LoadError::new(
                        join(&aat, "matcher"),
                        format!("unsupported waiter matcher \"{other}\""),
                    ))
                }
            };
            acceptors.push(Acceptor { state, matcher });
        }
        out.entry(op.to_string()).or_default().insert(
            name.clone(),
            Waiter {
                docs: opt_str(o, "description", &at)?.map(str::to_string),
                min_delay: delay,
                max_delay: delay.saturating_mul(attempts),
                acceptors,
                deprecated: false,
            },
        );
    }
    Ok(out)
}
