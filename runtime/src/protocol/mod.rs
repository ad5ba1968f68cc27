//! What differs between protocols at run time: the head of an RPC protocol's request (an
//! HTTP-bound protocol's comes from its generated bindings) and how an error response gives its
//! code, message and modeled error. One module per protocol family; the call loop in
//! `client.rs` is the same for all.

pub(crate) mod aws_json;
pub(crate) mod cbor;
pub(crate) mod query;
pub(crate) mod rest;

/// The wire protocols a generated crate may speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Protocol {
    /// awsJson 1.0 and 1.1.
    AwsJson,
    /// restJson1.
    RestJson,
    /// awsQuery.
    AwsQuery,
    /// ec2Query.
    Ec2Query,
    /// restXml.
    RestXml,
    /// rpcv2Cbor.
    RpcV2Cbor,
}

pub use rest::{FromResponse, HttpParts};

use crate::client::ServiceInfo;
use crate::error::{Error, OperationError, ResponseError, Unhandled};
use crate::http::Response;

/// What an error response says: its code, its message, and the body to read the modeled error
/// from (in the protocol's format).
pub(crate) struct ErrorParts<'a> {
    pub(crate) code: Option<String>,
    /// The body's own code when a query-compatible service's header gave another: SQS's
    /// modeled errors have no `@awsQueryError` code, so only this one selects them.
    pub(crate) body_code: Option<String>,
    pub(crate) message: Option<String>,
    /// The request id the body gives (XML errors carry one).
    pub(crate) request_id: Option<String>,
    pub(crate) body: std::borrow::Cow<'a, [u8]>,
}

/// The code, message and modeled-error body of an error response.
pub(crate) fn error_parts<'r>(service: &ServiceInfo, resp: &'r Response) -> ErrorParts<'r> {
    match service.protocol {
        Protocol::AwsJson | Protocol::RestJson => aws_json::error_parts(service, resp),
        // An error without a body (S3's answer to a HEAD) is named by its status, as the
        // models name those errors (`NotFound`).
        Protocol::RestXml if resp.body.iter().all(u8::is_ascii_whitespace) => ErrorParts {
            code: status_code_name(resp.status).map(str::to_string),
            body_code: None,
            message: None,
            request_id: None,
            body: std::borrow::Cow::Borrowed(&resp.body),
        },
        Protocol::AwsQuery | Protocol::Ec2Query | Protocol::RestXml => query::error_parts(&resp.body),
        Protocol::RpcV2Cbor => cbor::error_parts(service, resp),
    }
}

/// The error code of a bodiless error response: its status's reason phrase in one word.
fn status_code_name(status: u16) -> Option<&'static str> {
    Some(match status {
        301 => "MovedPermanently",
        304 => "NotModified",
        400 => "BadRequest",
        403 => "Forbidden",
        404 => "NotFound",
        405 => "MethodNotAllowed",
        409 => "Conflict",
        412 => "PreconditionFailed",
        416 => "RequestedRangeNotSatisfiable",
        500 => "InternalServerError",
        503 => "ServiceUnavailable",
        _ => return None,
    })
}

/// The longest message kept from an error body that the protocol cannot read.
const MAX_TEXT_MESSAGE: usize = 1024;

/// The message of an error body the protocol cannot read (a proxy's HTML page, say): its text,
/// trimmed and bounded, as botocore reports it; `None` when empty.
pub(crate) fn text_message(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    (!text.is_empty()).then(|| match text.char_indices().nth(MAX_TEXT_MESSAGE) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    })
}

/// The request id of a response: the header AWS sends it in, else what the body says.
fn request_id(resp: &Response, from_body: Option<&str>) -> Option<String> {
    request_id_header(&resp.headers).or(from_body).map(str::to_string)
}

/// The request id in a response's headers (`x-amzn-RequestId`, or S3's `x-amz-request-id`).
pub(crate) fn request_id_header(headers: &[(String, String)]) -> Option<&str> {
    crate::http::header(headers, "x-amzn-requestid").or_else(|| crate::http::header(headers, "x-amz-request-id"))
}

/// A success response whose output does not read. Generic only in its return type: the
/// work is in [`response_error`], compiled once.
pub(crate) fn unreadable<E>(resp: &Response, message: &str, e: crate::json::DeserializeError) -> Error<E> {
    Error::Response(response_error(resp, message, e))
}

fn response_error(resp: &Response, message: &str, e: crate::json::DeserializeError) -> ResponseError {
    ResponseError {
        status: resp.status,
        request_id: request_id(resp, None),
        message: message.to_string(),
        source: Some(Box::new(e)),
    }
}

/// The typed error of a response whose status is not a success.
pub(crate) fn service_error<E: OperationError>(service: &ServiceInfo, resp: Response) -> Error<E> {
    let found = Found::of(service, &resp);
    let codes = [found.parts.code.as_deref().unwrap_or(""), found.parts.body_code.as_deref().unwrap_or("")];
    let error = crate::error::from_response::<E>(codes, &found.parts.body, &resp, found.unhandled);
    Error::Service { error, status: resp.status, request_id: found.request_id }
}

/// What an error response says, before an operation's table picks its type: the part of
/// [`service_error`] that does not depend on the operation, so compiled once.
struct Found<'r> {
    parts: ErrorParts<'r>,
    request_id: Option<String>,
    unhandled: Unhandled,
}

impl<'r> Found<'r> {
    fn of(service: &ServiceInfo, resp: &'r Response) -> Found<'r> {
        let parts = error_parts(service, resp);
        let request_id = request_id(resp, parts.request_id.as_deref());
        let unhandled = Unhandled {
            code: parts.code.clone(),
            message: parts.message.clone(),
            status: Some(resp.status),
            request_id: request_id.clone(),
        };
        Found { parts, request_id, unhandled }
    }
}
