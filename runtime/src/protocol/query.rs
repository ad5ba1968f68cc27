//! awsQuery and ec2Query: every request a `POST` to `/` whose form body names the action and
//! API version (written by the generated `ToQuery` impls); outputs and errors in XML.
//!
//! An awsQuery output is the `<{Operation}Result>` element of `<{Operation}Response>`; an
//! ec2Query output is the response element itself. Errors are
//! `<ErrorResponse><Error><Code>...` (awsQuery) or `<Response><Errors><Error><Code>...`
//! (ec2Query); a modeled error is read from its `<Error>` element.

use super::{ErrorParts, HttpParts};
use crate::json::DeserializeError;
use crate::wire::xml::{Document, FromXml, Node};

/// The head of a query-form request.
pub(crate) fn parts() -> HttpParts {
    HttpParts {
        method: "POST",
        path: "/".to_string(),
        query: String::new(),
        headers: Vec::new(),
        content_type: Some("application/x-www-form-urlencoded"),
    }
}

/// The `<Error>` element of an XML error body: the root itself (restXml), or below
/// `<ErrorResponse>` (awsQuery, restXml's wrapped form) or `<Response><Errors>` (ec2Query).
pub(crate) fn error_element<'a, 'i>(root: Node<'a, 'i>) -> Option<Node<'a, 'i>> {
    if root.name() == "Error" {
        return Some(root);
    }
    root.child("Error").or_else(|| root.child("Errors").and_then(|e| e.child("Error")))
}

/// The code, message and request id of an XML error body; a body that is not XML gives its
/// text as the message, as for JSON errors.
pub(crate) fn error_parts(body: &[u8]) -> ErrorParts<'_> {
    let parsed = Document::parse(body).ok();
    let root = parsed.as_ref().map(Document::root);
    let error = root.and_then(error_element);
    let text = |n: Option<Node<'_, '_>>, name: &str| {
        n.and_then(|n| n.child(name)).map(|c| c.text().trim().to_string()).filter(|t| !t.is_empty())
    };
    let request_id = text(root, "RequestId").or_else(|| text(root, "RequestID"));
    match error {
        Some(_) => ErrorParts {
            code: text(error, "Code"),
            body_code: None,
            message: text(error, "Message"),
            request_id,
            body: std::borrow::Cow::Borrowed(body),
        },
        None => ErrorParts {
            code: None,
            body_code: None,
            message: super::text_message(body),
            request_id,
            body: std::borrow::Cow::Borrowed(body),
        },
    }
}

/// A modeled error read from the `<Error>` element of `body`; `None` when the body has none
/// or it does not read.
pub fn read_error<T: FromXml>(body: &[u8]) -> Option<T> {
    let doc = Document::parse(body).ok()?;
    let error = error_element(doc.root())?;
    T::read_xml(error).ok()
}

/// The output of a successful call: below `<{operation}Result>` for awsQuery, the root for
/// ec2Query; an empty body is an empty output.
pub(crate) fn output<O: FromXml>(body: &[u8], operation: &str, ec2: bool) -> Result<O, DeserializeError> {
    if ec2 {
        crate::wire::xml::read_at(body, &[])
    } else {
        crate::wire::xml::read_at(body, &[&format!("{operation}Result")])
    }
}
