//! awsJson 1.0 and 1.1: every request a `POST` to `/` naming its operation in `X-Amz-Target`,
//! and the JSON error form restJson1 shares (code from `X-Amzn-ErrorType`, `__type` or `code`).

use serde_json::Value;

use super::{ErrorParts, HttpParts};
use crate::client::ServiceInfo;
use crate::error::{Error, OperationError};
use crate::http::Response;
use crate::json::FromJson;

/// The head of an awsJson request: `/` (after any path the endpoint has: `https://host/custom`
/// sends to `/custom/`), the target, the content type; a query-compatible service also asks for
/// its errors' awsQuery codes (`x-amzn-query-mode`).
pub(crate) fn parts(service: &ServiceInfo, operation: &str) -> HttpParts {
    let mut headers = vec![("X-Amz-Target".to_string(), format!("{}.{}", service.target_prefix, operation))];
    if service.query_compatible {
        headers.push(("x-amzn-query-mode".to_string(), "true".to_string()));
    }
    HttpParts {
        method: "POST",
        path: "/".to_string(),
        query: String::new(),
        headers,
        content_type: Some(service.content_type),
    }
}

/// The code is, per the awsJson specification, the `X-Amzn-ErrorType` header (when not empty;
/// a query-compatible service's `x-amzn-query-error` first), else the body's `__type`, else its
/// `code`; any `namespace#` prefix and `:suffix` removed. The message is the body's `message`,
/// `Message`, `errorMessage` or (OAuth's form, SSO OIDC) `error_description`, the first of them
/// present. A body that is not a JSON object (a proxy's HTML page, say) gives
/// its text, trimmed and bounded, as the message, as botocore does; the modeled error is then
/// read from `{"message": text}`.
pub(crate) fn error_parts<'r>(service: &ServiceInfo, resp: &'r Response) -> ErrorParts<'r> {
    // A query-compatible service names the error as its awsQuery API did: `Code;Fault`.
    let query_code =
        resp.header("x-amzn-query-error").filter(|_| service.query_compatible).and_then(|h| h.split(';').next());
    let header =
        query_code.or_else(|| resp.header("x-amzn-errortype")).filter(|h| !h.trim().is_empty()).map(str::to_string);
    let keys = ["__type", "code", "message", "Message", "errorMessage", "error_description"];
    match crate::json::top_level_strings(&resp.body, keys) {
        Some([ty, code, m1, m2, m3, m4]) => {
            let body_code = ty.or(code).and_then(|c| sanitize_code(&c));
            ErrorParts {
                code: header.and_then(|c| sanitize_code(&c)).or(body_code.clone()),
                body_code,
                message: m1.or(m2).or(m3).or(m4),
                request_id: None,
                body: std::borrow::Cow::Borrowed(&resp.body),
            }
        }
        None => {
            let message = super::text_message(&resp.body);
            let mut object = serde_json::Map::new();
            if let Some(m) = &message {
                object.insert("message".to_string(), Value::String(m.clone()));
            }
            ErrorParts {
                code: header.and_then(|c| sanitize_code(&c)),
                body_code: None,
                message,
                request_id: None,
                body: std::borrow::Cow::Owned(Value::Object(object).to_string().into_bytes()),
            }
        }
    }
}

/// `aws.protocoltests#FooError:http://internal.amazon.com/` → `FooError`.
pub(crate) fn sanitize_code(raw: &str) -> Option<String> {
    let no_suffix = raw.split(':').next().unwrap_or(raw);
    let code = no_suffix.rsplit('#').next().unwrap_or(no_suffix).trim();
    (!code.is_empty()).then(|| code.to_string())
}

/// The output of a response: read from its JSON body when a success, else the typed error.
pub(crate) fn parse<O: FromJson, E: OperationError>(service: &ServiceInfo, resp: Response) -> Result<O, Error<E>> {
    if (200..300).contains(&resp.status) {
        // Nothing to read: whatever the body holds is ignored.
        if O::IGNORES_VALUE {
            return Ok(O::zero_value());
        }
        let body = resp.body.trim_ascii();
        // An empty body, or `null`, is an empty output.
        let body: &[u8] = if body.is_empty() || body == b"null" { b"{}" } else { body };
        return O::from_slice(body)
            .map_err(|e| super::unreadable(&resp, "the body does not match the output shape", e));
    }
    Err(super::service_error(service, resp))
}
