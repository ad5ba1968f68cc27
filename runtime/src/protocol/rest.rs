//! The HTTP-bound protocols (restJson1, restXml): the request's head comes from the
//! operation's generated bindings, and outputs and errors are read from the whole response.

use crate::client::Input;
use crate::http::Response;

/// What a request carries outside its body: built by the operation's generated bindings for
/// the HTTP-bound protocols, by the runtime for the RPC ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpParts {
    /// `GET`, `PUT`, ...
    pub method: &'static str,
    /// The path with its labels filled in, percent-encoded (`/functions/my%20fn/invocations`),
    /// appended to any path of the endpoint.
    pub path: String,
    /// The query string without `?`, percent-encoded; empty for none.
    pub query: String,
    /// Headers the input binds.
    pub headers: Vec<(String, String)>,
    /// The body's media type; `None` sends no `Content-Type` (a request without a body).
    pub content_type: Option<&'static str>,
}

/// Reads an HTTP-bound operation's output, or a modeled error, from the whole response:
/// status, headers and body.
pub trait FromResponse: Sized {
    /// The value, or where the response does not fit it. `body` is the response's body, or for
    /// an error whose body is not JSON, a JSON object holding its text as the message.
    fn from_response(body: &[u8], response: &Response) -> Result<Self, crate::json::DeserializeError>;
}

/// CloudSearch Domain's rule for `Search` (botocore's and the AWS SDK for Java's): a `GET`
/// whose query string could outgrow a URL goes as a `POST` with that query as its form body.
pub(crate) fn query_as_form_body<'a>(mut input: Input<'a>, mut parts: HttpParts) -> (Input<'a>, HttpParts) {
    if parts.method == "GET" && !parts.query.is_empty() {
        parts.method = "POST";
        input.body = std::mem::take(&mut parts.query).into_bytes();
        parts.content_type = Some("application/x-www-form-urlencoded");
    }
    (input, parts)
}
