//! rpcv2Cbor (Smithy RPC v2 CBOR): every request a `POST` to
//! `/service/{Service}/operation/{Operation}` with `smithy-protocol: rpc-v2-cbor`, bodies in
//! CBOR, errors named by the body's `__type` (or, for a query-compatible service, the
//! `x-amzn-query-error` header, as for awsJson).

use super::{ErrorParts, HttpParts};
use crate::client::ServiceInfo;
use crate::http::Response;

/// The head of a request: `body` says whether it has one (an operation without input sends
/// none, and then no `Content-Type`).
pub(crate) fn parts(service: &ServiceInfo, operation: &str, body: bool) -> HttpParts {
    let mut path = String::from("/service/");
    crate::http_binding::encode(&mut path, service.target_prefix, false);
    path.push_str("/operation/");
    crate::http_binding::encode(&mut path, operation, false);
    let mut headers = vec![
        ("smithy-protocol".to_string(), "rpc-v2-cbor".to_string()),
        ("Accept".to_string(), "application/cbor".to_string()),
    ];
    if service.query_compatible {
        headers.push(("x-amzn-query-mode".to_string(), "true".to_string()));
    }
    HttpParts { method: "POST", path, query: String::new(), headers, content_type: body.then_some("application/cbor") }
}

/// The code (the query-compatible header's, else `__type`'s, without namespace) and message of
/// an error body; a body that is not a CBOR map gives its text as the message.
pub(crate) fn error_parts<'r>(service: &ServiceInfo, resp: &'r Response) -> ErrorParts<'r> {
    let query_code =
        resp.header("x-amzn-query-error").filter(|_| service.query_compatible).and_then(|h| h.split(';').next());
    let keys = ["__type", "message", "Message", "errorMessage"];
    match crate::wire::cbor::top_level_strings(&resp.body, keys) {
        Some([ty, m1, m2, m3]) => {
            let body_code = ty.and_then(|c| super::aws_json::sanitize_code(&c));
            ErrorParts {
                code: query_code.and_then(super::aws_json::sanitize_code).or(body_code.clone()),
                body_code,
                message: m1.or(m2).or(m3),
                request_id: None,
                body: std::borrow::Cow::Borrowed(&resp.body),
            }
        }
        None => ErrorParts {
            code: query_code.and_then(super::aws_json::sanitize_code),
            body_code: None,
            message: super::text_message(&resp.body),
            request_id: None,
            body: std::borrow::Cow::Borrowed(&resp.body),
        },
    }
}
