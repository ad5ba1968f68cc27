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
        f.write_str(self.code.as_deref().unwrap_or("unhandled error"))?;
        if let Some(status) = self.status {
            write!(f, " (HTTP {status})")?;
        }
        if let Some(message) = &self.message {
            write!(f, ": {message}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Unhandled {}
