//! Errors shared by every operation.

use std::fmt;

/// An error response that the model does not declare for the operation (or that could not be
/// matched to a declared one). It keeps what the service sent.
#[derive(Clone, PartialEq, Eq)]
pub struct Unhandled {
    pub(crate) code: Option<String>,
    pub(crate) message: Option<String>,
    pub(crate) status: Option<u16>,
    pub(crate) request_id: Option<String>,
}

impl Unhandled {
    /// Builds one from its parts (useful in tests of code that handles errors).
    pub fn new(code: Option<String>, message: Option<String>, status: Option<u16>, request_id: Option<String>) -> Self {
        Unhandled { code, message, status, request_id }
    }

    /// The error code the service sent, if any.
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The message the service sent, if any.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The HTTP status of the response, if there was one.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The request id (`x-amzn-RequestId`), if the service sent one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }
}

impl fmt::Debug for Unhandled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Unhandled")
            .field("code", &self.code)
            .field("message", &self.message)
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .finish()
    }
}

impl fmt::Display for Unhandled {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The status and request id are shown by `Error::Service`, which wraps this.
        f.write_str(self.code.as_deref().unwrap_or("unhandled error"))?;
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Unhandled {}

/// What every error a service returns tells, whichever service and operation: its code and
/// message. Every modeled error type, every operation's error enum and [`Unhandled`] implement
/// it, so code handling errors of several services can take `&dyn ServiceError`.
pub trait ServiceError: std::error::Error + Send + Sync + 'static {
    /// The error code (`ResourceNotFoundException`), when the service sent one.
    fn code(&self) -> Option<&str>;

    /// The message, when the service sent one.
    fn message(&self) -> Option<&str>;
}

impl ServiceError for Unhandled {
    fn code(&self) -> Option<&str> {
        Unhandled::code(self)
    }

    fn message(&self) -> Option<&str> {
        Unhandled::message(self)
    }
}

/// The error of every client call: `E` is the operation's own error enum.
///
/// Each variant says who is at fault and what to do: a [`Service`](Error::Service) error came
/// from the service (match on `E` for the modeled ones); the others happened before or while
/// talking to it.
#[non_exhaustive]
#[derive(Debug)]
pub enum Error<E> {
    /// The service answered with an error.
    Service {
        /// The operation's error: a modeled one, or `Unhandled` with the code and message.
        error: E,
        /// The HTTP status of the response.
        status: u16,
        /// The request id (`x-amzn-RequestId`), for AWS support.
        request_id: Option<String>,
    },
    /// The input broke a constraint of the model; nothing was sent.
    Validation(ValidationError),
    /// No credentials could be found or refreshed; nothing was sent.
    Credentials(CredentialsError),
    /// No endpoint could be resolved for the configuration; nothing was sent.
    Endpoint(EndpointError),
    /// The request could not be sent or the response not received (after any retries).
    Dispatch(crate::http::HttpError),
    /// An attempt or the whole operation took longer than its configured timeout.
    Timeout(TimeoutError),
    /// The service answered, but the response does not fit the model.
    Response(ResponseError),
    /// A paginator got a page token it had already been given; it stopped instead of looping.
    Pagination(PaginationError),
}

impl<E> Error<E> {
    /// The operation's error, if the service answered with one.
    pub fn as_service_error(&self) -> Option<&E> {
        match self {
            Error::Service { error, .. } => Some(error),
            _ => None,
        }
    }

    /// The operation's error, if the service answered with one.
    pub fn into_service_error(self) -> Option<E> {
        match self {
            Error::Service { error, .. } => Some(error),
            _ => None,
        }
    }

    /// The request id of the response, when there was one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Service { request_id, .. } => request_id.as_deref(),
            Error::Response(r) => r.request_id.as_deref(),
            _ => None,
        }
    }

    pub(crate) fn map_service<F>(self, f: impl FnOnce(E) -> F) -> Error<F> {
        match self {
            Error::Service { error, status, request_id } => Error::Service { error: f(error), status, request_id },
            Error::Validation(e) => Error::Validation(e),
            Error::Credentials(e) => Error::Credentials(e),
            Error::Endpoint(e) => Error::Endpoint(e),
            Error::Dispatch(e) => Error::Dispatch(e),
            Error::Timeout(e) => Error::Timeout(e),
            Error::Response(e) => Error::Response(e),
            Error::Pagination(e) => Error::Pagination(e),
        }
    }
}

impl<E: fmt::Display> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Service { error, status, request_id } => {
                write!(f, "{error} (HTTP {status}")?;
                if let Some(id) = request_id {
                    write!(f, ", request id {id}")?;
                }
                f.write_str(")")
            }
            Error::Validation(e) => write!(f, "invalid input: {e}"),
            Error::Credentials(e) => write!(f, "no credentials: {e}"),
            Error::Endpoint(e) => write!(f, "no endpoint: {e}"),
            Error::Dispatch(e) => write!(f, "{e}"),
            Error::Timeout(e) => write!(f, "{e}"),
            Error::Response(e) => write!(f, "{e}"),
            Error::Pagination(e) => write!(f, "{e}"),
        }
    }
}

/// `Display` already says what the variant's error says, so `source` skips that error and
/// goes on to its cause: a reporter that prints the chain says each thing once.
impl<E: std::error::Error + 'static> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Service { error, .. } => error.source(),
            Error::Validation(e) => e.source(),
            Error::Credentials(e) => e.source(),
            Error::Endpoint(e) => e.source(),
            Error::Dispatch(e) => e.source(),
            Error::Timeout(e) => e.source(),
            Error::Response(e) => e.source(),
            Error::Pagination(e) => e.source(),
        }
    }
}

/// An input value outside what the model allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// Where, as a path from the input (`input.tags[0].key`).
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for ValidationError {}

/// Credentials could not be loaded.
#[derive(Debug)]
pub struct CredentialsError {
    message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl CredentialsError {
    /// An error with a message and, optionally, its cause.
    pub fn new(message: impl Into<String>, source: Option<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        CredentialsError { message: message.into(), source }
    }
}

impl fmt::Display for CredentialsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CredentialsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// The endpoint rules rejected the configuration (for example FIPS with a custom endpoint).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EndpointError(pub(crate) String);

impl fmt::Display for EndpointError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for EndpointError {}

/// A timeout: of one attempt, or of the whole operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeoutError {
    pub(crate) what: &'static str,
    pub(crate) after: std::time::Duration,
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} timed out after {:?}", self.what, self.after)
    }
}

impl std::error::Error for TimeoutError {}

/// A response that does not fit the model (not JSON, wrong types, truncated).
#[derive(Debug)]
pub struct ResponseError {
    pub(crate) status: u16,
    pub(crate) request_id: Option<String>,
    pub(crate) message: String,
    pub(crate) source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl ResponseError {
    pub(crate) fn new(status: u16, request_id: Option<String>, message: impl Into<String>) -> Self {
        ResponseError { status, request_id, message: message.into(), source: None }
    }

    /// The HTTP status of the response.
    pub fn status(&self) -> u16 {
        self.status
    }
}

impl fmt::Display for ResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "malformed response (HTTP {}): {}", self.status, self.message)
    }
}

impl std::error::Error for ResponseError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// A service repeated a pagination token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaginationError {
    pub(crate) token: String,
}

impl PaginationError {
    /// The repeated token.
    pub fn token(&self) -> &str {
        &self.token
    }
}

impl fmt::Display for PaginationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the service returned the page token {:?} a second time; stopping instead of looping", self.token)
    }
}

impl std::error::Error for PaginationError {}

/// Implemented by every operation's error enum: its modeled errors, and how to hold one that
/// is not modeled.
#[doc(hidden)]
pub trait OperationError: Sized + 'static {
    /// Each modeled error's code and its reader (of a JSON object: the response's body, or one
    /// holding only the message when the body was not JSON). A query-compatible service's
    /// errors appear under both their names and their awsQuery codes.
    const ERRORS: &'static ErrorTable<Self>;

    /// An error the operation does not model.
    fn unhandled(unhandled: Unhandled) -> Self;
}

/// An operation's table of modeled errors: each error's code and its reader.
#[doc(hidden)]
pub type ErrorTable<E> = [(&'static str, fn(&[u8], &crate::http::Response) -> Option<E>)];

/// The error the first of `codes` the table holds names (the code the response gives, then
/// its body's own when that differs), read from `body`; an error the table does not hold, or
/// whose body does not read, is unhandled (it still has the code and message).
pub(crate) fn from_response<E: OperationError>(
    codes: [&str; 2],
    body: &[u8],
    response: &crate::http::Response,
    unhandled: Unhandled,
) -> E {
    // Plain loops: this is compiled once per operation of every service crate.
    for code in codes {
        if code.is_empty() {
            continue;
        }
        for (c, read) in E::ERRORS {
            if *c == code {
                return match read(body, response) {
                    Some(e) => e,
                    None => E::unhandled(unhandled),
                };
            }
        }
    }
    E::unhandled(unhandled)
}

pub use crate::json::DeserializeError;

/// A setting that cannot be used, found while building the configuration (a CA bundle that
/// cannot be read, a proxy URL that is not one), so that it fails before any call is made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The setting, as the user gave it: `AWS_CA_BUNDLE`, `HTTPS_PROXY`, the profile's
    /// `ca_bundle`, or the builder method.
    pub setting: String,
    /// What is wrong with it. Never holds a proxy's password.
    pub message: String,
}

impl ConfigError {
    pub(crate) fn new(setting: impl Into<String>, message: impl Into<String>) -> Self {
        ConfigError { setting: setting.into(), message: message.into() }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.setting, self.message)
    }
}

impl std::error::Error for ConfigError {}
