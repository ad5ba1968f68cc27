//! What differs between protocols at run time: the head of an RPC protocol's request (an
//! HTTP-bound protocol's comes from its generated bindings) and how an error response gives its
//! code, message and modeled error. One module per protocol family; the call loop in
//! `client.rs` is the same for all.

pub(crate) mod aws_json;
pub(crate) mod rest;

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
    pub(crate) body: std::borrow::Cow<'a, [u8]>,
}

/// The code, message and modeled-error body of an error response.
pub(crate) fn error_parts<'r>(service: &ServiceInfo, resp: &'r Response) -> ErrorParts<'r> {
    aws_json::error_parts(service, resp)
}

/// A success response whose output does not read.
pub(crate) fn unreadable<E>(resp: &Response, message: &str, e: crate::json::DeserializeError) -> Error<E> {
    Error::Response(ResponseError {
        status: resp.status,
        request_id: resp.header("x-amzn-requestid").map(str::to_string),
        message: message.to_string(),
        source: Some(Box::new(e)),
    })
}

/// The typed error of a response whose status is not a success.
pub(crate) fn service_error<E: OperationError>(service: &ServiceInfo, resp: Response) -> Error<E> {
    let request_id = resp.header("x-amzn-requestid").map(str::to_string);
    let status = resp.status;
    let parts = error_parts(service, &resp);
    let unhandled = Unhandled {
        code: parts.code.clone(),
        message: parts.message.clone(),
        status: Some(status),
        request_id: request_id.clone(),
    };
    let codes = [parts.code.as_deref().unwrap_or(""), parts.body_code.as_deref().unwrap_or("")];
    let error = crate::error::from_response::<E>(codes, &parts.body, &resp, unhandled);
    Error::Service { error, status, request_id }
}
