//! HTTP bindings for the HTTP-bound protocols (restJson1 now, restXml later): an operation's
//! URI pattern parsed, and every input and output member placed (label, query, header, payload,
//! body, status code), checked once against the Smithy rules so emitters only write.
//!
//! The check over every restJson1 model of the pinned botocore release is
//! `tests/tests/it/http_bindings.rs`.

use std::collections::BTreeSet;

use smithy_ir::{HttpBinding, Member, Operation, Service, ShapeKind};

use crate::Error;

/// A parsed `@http` URI pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct UriPattern {
    /// The path, segment by segment (the leading `/` implied).
    pub segments: Vec<Segment>,
    /// Literal query parameters (`?uploads`, `?x-id=GetObject`): name, and value if any.
    pub query: Vec<(String, Option<String>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Segment {
    Literal(String),
    /// `{Name}`, or `{Name+}` (greedy: the value keeps its `/`).
    Label {
        name: String,
        greedy: bool,
    },
}

/// Parses a URI pattern as the Smithy specification defines it: a path starting with `/`, labels
/// spanning whole segments, at most one greedy label, no label twice, literal query parameters.
pub fn parse_uri(uri: &str) -> Result<UriPattern, String> {
    let (path, query) = uri.split_once('?').unwrap_or((uri, ""));
    let rest = path.strip_prefix('/').ok_or("must start with `/`")?;
    if uri.contains('#') {
        return Err("must not contain `#`".to_string());
    }
    let mut segments = Vec::new();
    let mut names = BTreeSet::new();
    let mut greedy_seen = false;
    // `/` alone is the root; a trailing `/` after a segment is kept as an empty literal.
    let parts: Vec<&str> = if rest.is_empty() { Vec::new() } else { rest.split('/').collect() };
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        if part.is_empty() && !last {
            return Err("has an empty path segment (`//`)".to_string());
        }
        match part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
            Some(inner) => {
                let (name, greedy) = match inner.strip_suffix('+') {
                    Some(n) => (n, true),
                    None => (inner, false),
                };
                // botocore names labels by `locationName`, which may hold `-` (`{resource-arn}`).
                if name.is_empty()
                    || name.contains(['{', '}', '+', '?', '&', '='])
                    || name.contains(char::is_whitespace)
                {
                    return Err(format!("has a label `{{{inner}}}` that is not a name"));
                }
                if greedy && std::mem::replace(&mut greedy_seen, true) {
                    return Err("has more than one greedy label".to_string());
                }
                if !names.insert(name.to_string()) {
                    return Err(format!("uses the label `{name}` twice"));
                }
                segments.push(Segment::Label { name: name.to_string(), greedy });
            }
            None if part.contains(['{', '}']) => {
                return Err(format!("has a label that does not span the whole segment `{part}`"));
            }
            None => segments.push(Segment::Literal(part.to_string())),
        }
    }
    let mut literals = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        if pair.contains(['{', '}']) {
            return Err(format!("has a label in its query `{pair}`"));
        }
        let (k, v) = match pair.split_once('=') {
            Some((k, v)) => (k, Some(v.to_string())),
            None => (pair, None),
        };
        if literals.iter().any(|(name, _)| name == k) {
            return Err(format!("repeats the query parameter `{k}`"));
        }
        literals.push((k.to_string(), v));
    }
    Ok(UriPattern { segments, query: literals })
}

/// Where the members of one structure travel, by member name.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bindings {
    /// (label, member): every label of the URI pattern, once (input only).
    pub labels: Vec<(String, String)>,
    /// (parameter, member) (input only).
    pub query: Vec<(String, String)>,
    /// The `@httpQueryParams` map (input only); explicit query members win over its entries.
    pub query_params: Option<String>,
    /// (header, member).
    pub headers: Vec<(String, String)>,
    /// (prefix, member).
    pub prefix_headers: Vec<(String, String)>,
    /// The `@httpPayload` member: the whole body.
    pub payload: Option<String>,
    /// Members in the body document (none when there is a payload member).
    pub body: Vec<String>,
    /// The `@httpResponseCode` member (output only).
    pub response_code: Option<String>,
    /// The body member whose element is the body's root (S3's `GetBucketLocation`: the
    /// model wraps it, the service does not).
    pub root_member: Option<String>,
}

/// One operation's HTTP request and response shape.
#[derive(Debug, Clone, PartialEq)]
pub struct HttpOperation {
    pub method: String,
    pub uri: UriPattern,
    /// The success status (200 unless the model says otherwise).
    pub code: u16,
    pub input: Bindings,
    pub output: Bindings,
}

/// An operation's `@httpChecksum` as the runtime reads it: the caller's algorithm and the
/// response checksum mode are read from the headers their members bind (a member not bound to
/// a header is not read: the client then computes its default), and the response algorithms
/// are those the runtime implements.
#[derive(Debug, Clone, PartialEq)]
pub struct ChecksumPlan {
    pub algorithm_header: Option<String>,
    pub required: bool,
    pub mode_header: Option<String>,
    /// The runtime's `checksum::Algorithm` variants, in the model's order.
    pub response: Vec<&'static str>,
}

/// Resolves `@httpChecksum` against the input's header bindings.
pub fn checksum(c: &smithy_ir::ir::HttpChecksum, required: bool, http: Option<&HttpOperation>) -> ChecksumPlan {
    let header = |member: &Option<String>| {
        let (member, http) = (member.as_ref()?, http?);
        http.input.headers.iter().find(|(_, m)| m == member).map(|(h, _)| h.clone())
    };
    let implemented =
        [("CRC32", "Crc32"), ("CRC32C", "Crc32c"), ("CRC64NVME", "Crc64Nvme"), ("SHA1", "Sha1"), ("SHA256", "Sha256")];
    ChecksumPlan {
        algorithm_header: header(&c.request_algorithm_member),
        required,
        mode_header: header(&c.request_validation_mode_member),
        response: c
            .response_algorithms
            .iter()
            .filter_map(|a| implemented.iter().find(|(name, _)| a.eq_ignore_ascii_case(name)).map(|(_, v)| *v))
            .collect(),
    }
}

fn members<'a>(svc: &'a Service, id: &Option<String>) -> &'a [Member] {
    match id.as_ref().and_then(|id| svc.shapes.get(id)).map(|s| &s.kind) {
        Some(ShapeKind::Structure { members }) => members,
        _ => &[],
    }
}

/// Resolves and checks `op`'s bindings. Errors name the operation and what is wrong.
pub fn bind(svc: &Service, op: &Operation) -> Result<HttpOperation, Error> {
    let fail = |message: String| Error::model(&op.id, message);
    let http = op.http.as_ref().ok_or_else(|| fail("has no @http trait (method and URI)".to_string()))?;
    let mut uri = parse_uri(&http.uri).map_err(|why| fail(format!("URI pattern `{}` {why}", http.uri)))?;
    let mut input = structure(svc, members(svc, &op.input), true).map_err(|why| fail(format!("input: {why}")))?;
    // S3's rules put the bucket in the endpoint (its host, or its path): the URI's leading
    // `{Bucket}` is not added again (botocore removes it from the model too).
    if let (true, Some(Segment::Label { name, .. })) = (super::customize::bucket_in_endpoint(svc), uri.segments.first())
    {
        if name == "Bucket" {
            uri.segments.remove(0);
            input.labels.retain(|(label, _)| label != "Bucket");
        }
    }
    let output = structure(svc, members(svc, &op.output), false).map_err(|why| fail(format!("output: {why}")))?;
    let pattern_labels: BTreeSet<&str> = uri
        .segments
        .iter()
        .filter_map(|s| match s {
            Segment::Label { name, .. } => Some(name.as_str()),
            Segment::Literal(_) => None,
        })
        .collect();
    let bound: BTreeSet<&str> = input.labels.iter().map(|(l, _)| l.as_str()).collect();
    if let Some(missing) = pattern_labels.difference(&bound).next() {
        return Err(fail(format!("URI label `{{{missing}}}` has no input member bound to it")));
    }
    if let Some(extra) = bound.difference(&pattern_labels).next() {
        return Err(fail(format!("input member bound to label `{extra}`, which the URI pattern lacks")));
    }
    if let Some((name, _)) = input.query.iter().find(|(q, _)| uri.query.iter().any(|(l, _)| l == q)) {
        return Err(fail(format!("query parameter `{name}` is both a literal of the URI and a member")));
    }
    Ok(HttpOperation { method: http.method.clone(), uri, code: http.code.unwrap_or(200), input, output })
}

/// Where the members of an output or error structure are read from.
pub fn response(svc: &Service, id: &str) -> Result<Bindings, String> {
    structure(svc, members(svc, &Some(id.to_string())), false)
}

fn structure(svc: &Service, members: &[Member], input: bool) -> Result<Bindings, String> {
    let mut b = Bindings::default();
    let mut headers = BTreeSet::new();
    for m in members {
        let target = svc.shapes.get(&m.target).map(|s| &s.kind);
        let name = m.name.clone();
        match &m.http {
            // Labels and query parameters mean nothing in a response: such members are read
            // from the body like any other, as the Smithy specification says they are ignored.
            HttpBinding::Label(_) | HttpBinding::Query(_) | HttpBinding::QueryParams if !input => b.body.push(name),
            HttpBinding::Label(label) => {
                if !matches!(target, Some(k) if is_simple(k)) {
                    return Err(format!(
                        "label member `{}` must target a string, number, boolean or timestamp",
                        m.name
                    ));
                }
                if b.labels.iter().any(|(other, _)| other == label) {
                    return Err(format!("two members are the label `{label}`"));
                }
                b.labels.push((label.clone(), name));
            }
            HttpBinding::Query(q) => {
                if b.query.iter().any(|(other, _)| other == q) {
                    return Err(format!("two members are the query parameter `{q}`"));
                }
                b.query.push((q.clone(), name));
            }
            HttpBinding::QueryParams => {
                if b.query_params.replace(name).is_some() {
                    return Err("two members are @httpQueryParams".to_string());
                }
            }
            HttpBinding::Header(h) => {
                if !headers.insert(h.to_ascii_lowercase()) {
                    return Err(format!("two members are the header `{h}`"));
                }
                b.headers.push((h.clone(), name));
            }
            HttpBinding::PrefixHeaders(p) => b.prefix_headers.push((p.clone(), name)),
            HttpBinding::Payload => {
                if b.payload.replace(name).is_some() {
                    return Err("two members are @httpPayload".to_string());
                }
            }
            HttpBinding::ResponseCode if input => b.body.push(name),
            HttpBinding::ResponseCode => b.response_code = Some(name),
            HttpBinding::Body => b.body.push(name),
        }
    }
    if let (Some(payload), false) = (&b.payload, b.body.is_empty()) {
        return Err(format!("`{payload}` is the payload, so `{}` has no place in the body", b.body[0]));
    }
    Ok(b)
}

fn is_simple(kind: &ShapeKind) -> bool {
    !matches!(
        kind,
        ShapeKind::Structure { .. }
            | ShapeKind::Union { .. }
            | ShapeKind::List { .. }
            | ShapeKind::Map { .. }
            | ShapeKind::Document
            | ShapeKind::Blob
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(name: &str, greedy: bool) -> Segment {
        Segment::Label { name: name.to_string(), greedy }
    }

    #[test]
    fn parses_paths_labels_and_query_literals() {
        let p = parse_uri("/2015-03-31/functions/{FunctionName}/invocations").expect("valid");
        assert_eq!(
            p.segments,
            [
                Segment::Literal("2015-03-31".into()),
                Segment::Literal("functions".into()),
                label("FunctionName", false),
                Segment::Literal("invocations".into())
            ]
        );
        let p = parse_uri("/{Bucket}/{Key+}?uploads&x-id=CreateMultipartUpload").expect("valid");
        assert_eq!(p.segments, [label("Bucket", false), label("Key", true)]);
        assert_eq!(
            p.query,
            [("uploads".to_string(), None), ("x-id".to_string(), Some("CreateMultipartUpload".to_string()))]
        );
        assert_eq!(parse_uri("/").expect("root").segments, []);
        assert_eq!(
            parse_uri("/a/").expect("trailing").segments,
            [Segment::Literal("a".into()), Segment::Literal(String::new())]
        );
    }

    #[test]
    fn refuses_what_the_specification_forbids() {
        for (uri, why) in [
            ("functions", "start with `/`"),
            ("/a//b", "empty path segment"),
            ("/{a}/{a}", "twice"),
            ("/{a+}/{b+}", "more than one greedy"),
            ("/x{a}", "whole segment"),
            ("/{}", "not a name"),
            ("/{a b}", "not a name"),
            ("/a?{q}", "label in its query"),
            ("/a?x&x", "repeats"),
            ("/a#frag", "`#`"),
        ] {
            let err = parse_uri(uri).expect_err(uri);
            assert!(err.contains(why), "{uri}: {err}");
        }
    }

    fn service(json: &str) -> Service {
        smithy_ir::load_str(json, "test.json", &Default::default()).expect("loads")
    }

    const SHAPES: &str = r#"
        "Name": {"type": "string"},
        "Names": {"type": "list", "member": {"shape": "Name"}},
        "Tags": {"type": "map", "key": {"shape": "Name"}, "value": {"shape": "Name"}},
        "Data": {"type": "blob"},
        "Code": {"type": "integer"}"#;

    fn model(uri: &str, input: &str, output: &str) -> Service {
        service(&format!(
            r#"{{"metadata": {{"protocol": "rest-json", "apiVersion": "2020-01-01", "endpointPrefix": "x",
                "serviceId": "X", "signatureVersion": "v4", "uid": "x-2020-01-01"}},
              "operations": {{"Op": {{"name": "Op", "http": {{"method": "PUT", "requestUri": "{uri}", "responseCode": 201}},
                  "input": {{"shape": "In"}}, "output": {{"shape": "Out"}}}}}},
              "shapes": {{{SHAPES},
                "In": {{"type": "structure", {input}}},
                "Out": {{"type": "structure", {output}}}}}}}"#
        ))
    }

    #[test]
    fn places_every_member() {
        let svc = model(
            "/things/{ThingName}/{Path+}?fixed=1",
            r#""required": ["Thing", "Path"], "members": {
                "Thing": {"shape": "Name", "location": "uri", "locationName": "ThingName"},
                "Path": {"shape": "Name", "location": "uri"},
                "Filter": {"shape": "Names", "location": "querystring", "locationName": "filter"},
                "Extra": {"shape": "Tags", "location": "querystring"},
                "Token": {"shape": "Name", "location": "header", "locationName": "X-Token"},
                "Meta": {"shape": "Tags", "location": "headers", "locationName": "x-meta-"},
                "Body": {"shape": "Data"}}, "payload": "Body""#,
            r#""members": {"Status": {"shape": "Code", "location": "statusCode"},
                "ETag": {"shape": "Name", "location": "header", "locationName": "ETag"},
                "Items": {"shape": "Names"}}"#,
        );
        let op = bind(&svc, &svc.operations["Op"]).expect("binds");
        assert_eq!((op.method.as_str(), op.code), ("PUT", 201));
        let i = &op.input;
        assert_eq!(
            i.labels,
            [("Path".to_string(), "Path".to_string()), ("ThingName".to_string(), "Thing".to_string())]
        );
        assert_eq!(i.query, [("filter".to_string(), "Filter".to_string())]);
        assert_eq!(i.query_params.as_deref(), Some("Extra"));
        assert_eq!(i.headers, [("X-Token".to_string(), "Token".to_string())]);
        assert_eq!(i.prefix_headers, [("x-meta-".to_string(), "Meta".to_string())]);
        assert_eq!((i.payload.as_deref(), i.body.len()), (Some("Body"), 0));
        let o = &op.output;
        assert_eq!(o.response_code.as_deref(), Some("Status"));
        assert_eq!(o.headers, [("ETag".to_string(), "ETag".to_string())]);
        assert_eq!(o.body, ["Items"]);
    }

    #[test]
    fn refuses_bindings_that_do_not_fit_and_names_the_operation() {
        let m = |s: &str| format!(r#""members": {{{s}}}"#);
        let cases = [
            ("/t/{A}", m(""), "`{A}` has no input member"),
            ("/t", m(r#""A": {"shape": "Name", "location": "uri"}"#), "which the URI pattern lacks"),
            ("/t/{A}", m(r#""A": {"shape": "Names", "location": "uri"}"#), "must target a string"),
            (
                "/t?q=1",
                m(r#""A": {"shape": "Name", "location": "querystring", "locationName": "q"}"#),
                "both a literal",
            ),
            (
                "/t",
                m(
                    r#""A": {"shape": "Name", "location": "header", "locationName": "X-A"}, "B": {"shape": "Name", "location": "header", "locationName": "x-a"}"#,
                ),
                "two members are the header",
            ),
            (
                "/t",
                format!(r#"{}, "payload": "A""#, m(r#""A": {"shape": "Data"}, "B": {"shape": "Name"}"#)),
                "no place in the body",
            ),
            ("/a//b", m(""), "empty path segment"),
            (
                "/t/{A}",
                m(
                    r#""A": {"shape": "Name", "location": "uri"}, "B": {"shape": "Name", "location": "uri", "locationName": "A"}"#,
                ),
                "two members are the label `A`",
            ),
        ];
        for (uri, input, why) in cases {
            let svc = model(uri, &input, r#""members": {}"#);
            let err = bind(&svc, &svc.operations["Op"]).expect_err(why).to_string();
            assert!(err.contains("Op") && err.contains(why), "{uri} {input}: {err}");
        }
    }
}
