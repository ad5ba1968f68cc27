//! Support for the AWS protocol compliance tests generated into a crate (`codegen`'s
//! `protocol_tests`): a transport that records the request and answers with a canned response,
//! and the comparisons the Smithy protocol tests define.

use std::sync::{Arc, Mutex};

use crate::http::{BoxFuture, HttpClient, HttpError, Request, Response};

/// Records the last request; answers every request with one response.
#[derive(Debug, Clone)]
pub(crate) struct Capture {
    last: Arc<Mutex<Option<Request>>>,
    reply: Response,
}

impl HttpClient for Capture {
    fn send(&self, request: Request) -> BoxFuture<'_, Result<Response, HttpError>> {
        if let Ok(mut last) = self.last.lock() {
            *last = Some(request);
        }
        let reply = self.reply.clone();
        Box::pin(async move { Ok(reply) })
    }
}

impl Capture {
    /// The last request sent, if any.
    pub(crate) fn request(&self) -> Option<Request> {
        self.last.lock().ok().and_then(|r| r.clone())
    }
}

/// A client for `endpoint` whose transport answers `status`, `headers` and `body`; one attempt
/// per call, so error responses are not retried.
pub(crate) fn client(endpoint: &str, status: u16, headers: &[(&str, &str)], body: &[u8]) -> (crate::Client, Capture) {
    let reply = Response {
        status,
        headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        body: body.to_vec(),
    };
    let capture = Capture { last: Arc::new(Mutex::new(None)), reply };
    let config = crate::Config::builder()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .credentials(crate::sigv4::Credentials::new("AKID", "SECRET", None))
        .max_attempts(1)
        .idempotency_token_provider(|| "00000000-0000-4000-8000-000000000000".to_string())
        .http_client(capture.clone())
        .build();
    (crate::Client::new(&config), capture)
}

/// What a request test expects (`httpRequestTests`).
pub(crate) struct Expected<'a> {
    pub(crate) method: &'a str,
    /// Path and query.
    pub(crate) uri: &'a str,
    pub(crate) headers: &'a [(&'a str, &'a str)],
    pub(crate) forbid_headers: &'a [&'a str],
    pub(crate) require_headers: &'a [&'a str],
    /// The body: JSON compared as JSON values, with types strict (`1` is not `1.0`).
    pub(crate) body: Option<&'a str>,
    /// The `Host` header.
    pub(crate) host: Option<&'a str>,
}

fn header<'r>(request: &'r Request, name: &str) -> Option<&'r str> {
    request.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

/// Every difference between `request` and `expected`; empty when they agree.
pub(crate) fn differences(request: &Request, expected: &Expected<'_>) -> Vec<String> {
    let mut out = Vec::new();
    if request.method != expected.method {
        out.push(format!("method {} (expected {})", request.method, expected.method));
    }
    let uri = request.url.split_once("://").map(|(_, rest)| rest).and_then(|rest| rest.find('/').map(|i| &rest[i..])).unwrap_or("");
    // The path must match exactly; query parameters in any order (as Smithy's `queryParams`).
    let split = |u: &str| -> (String, Vec<String>) {
        let (path, query) = u.split_once('?').unwrap_or((u, ""));
        let mut pairs: Vec<String> = query.split('&').filter(|p| !p.is_empty()).map(str::to_string).collect();
        pairs.sort();
        (path.to_string(), pairs)
    };
    if split(uri) != split(expected.uri) {
        out.push(format!("uri {uri:?} (expected {:?})", expected.uri));
    }
    for (name, value) in expected.headers {
        match header(request, name) {
            Some(v) if v == *value => {}
            other => out.push(format!("header {name}: {other:?} (expected {value:?})")),
        }
    }
    for name in expected.forbid_headers {
        if let Some(v) = header(request, name) {
            out.push(format!("header {name}: {v:?} (forbidden)"));
        }
    }
    for name in expected.require_headers {
        if header(request, name).is_none() {
            out.push(format!("header {name} missing (required)"));
        }
    }
    if let Some(host) = expected.host {
        if header(request, "host") != Some(host) {
            out.push(format!("host {:?} (expected {host:?})", header(request, "host")));
        }
    }
    if let Some(body) = expected.body {
        let sent = if header(request, "content-encoding") == Some("gzip") { gunzip(&request.body) } else { request.body.clone() };
        // CBOR (given in base64) compares as the values it holds.
        if header(request, "content-type") == Some("application/cbor") {
            let want = ::awsgen_runtime::codegen::http_binding::from_base64(body).unwrap_or_default();
            let (got, want) = (::awsgen_runtime::codegen::cbor::to_json(&sent), ::awsgen_runtime::codegen::cbor::to_json(&want));
            if got.is_none() || got != want {
                out.push(format!("body {got:?} (expected {want:?})"));
            }
            return out;
        }
        // A query form compares as its decoded parameters, in any order.
        if header(request, "content-type") == Some("application/x-www-form-urlencoded") {
            let (got, want) = (form(&String::from_utf8_lossy(&sent)), form(body));
            if got != want {
                out.push(format!("body parameters {got:?} (expected {want:?})"));
            }
            return out;
        }
        // XML compares as documents: namespaces resolved, attributes in any order, whitespace
        // between elements ignored.
        if let (Some(got), Some(want)) =
            (::awsgen_runtime::codegen::xml::canonical(&sent), ::awsgen_runtime::codegen::xml::canonical(body.as_bytes()))
        {
            if got != want {
                out.push(format!("body {:?}\n(expected {body:?})", String::from_utf8_lossy(&sent)));
            }
            return out;
        }
        match (serde_json::from_slice::<serde_json::Value>(&sent), serde_json::from_str::<serde_json::Value>(body)) {
            (Ok(got), Ok(want)) if got == want => {}
            (Ok(got), Ok(want)) => out.push(format!("body {got} (expected {want})")),
            _ if sent == body.as_bytes() => {}
            _ => out.push(format!("body {:?} (expected {body:?})", String::from_utf8_lossy(&sent))),
        }
    }
    out
}

/// The decoded `key=value` pairs of a form body, sorted.
fn form(body: &str) -> Vec<(String, String)> {
    let decode = |s: &str| {
        let bytes = s.replace('+', " ").into_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            match (bytes[i], bytes.get(i + 1).and_then(|b| hex(*b)), bytes.get(i + 2).and_then(|b| hex(*b))) {
                (b'%', Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                }
                (b, _, _) => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    };
    let mut pairs: Vec<(String, String)> = body
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    pairs.sort();
    pairs
}

/// A gzipped body's bytes (empty when it is not gzip).
pub(crate) fn gunzip(body: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    match flate2::read::GzDecoder::new(body).read_to_end(&mut out) {
        Ok(_) => out,
        Err(_) => Vec::new(),
    }
}

/// Whether two parsed values agree (`NaN` agreeing with `NaN`).
#[allow(dead_code)] // A suite with no response cases has no use for it.
pub(crate) fn same<T: PartialEq + std::fmt::Debug>(got: &T, want: &T) -> bool {
    if got == want {
        return true;
    }
    let (a, b) = (format!("{got:?}"), format!("{want:?}"));
    a.contains("NaN") && a == b
}
