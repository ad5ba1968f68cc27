//! Presigned requests for any operation: the call is built as it would be sent, then signed in
//! its query string instead of sent, so that whoever holds the URL can send it until it expires.
//!
//! Every generated client has `presigned(config, |client| async move { client.op(input).await })`:
//! the call inside runs up to the request, which is handed back as a [`PresignedRequest`].

use std::sync::Mutex;
use std::time::Duration;

use crate::primitives::DateTime;

/// How a request is presigned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresignConfig {
    expires_in: Duration,
    start: Option<DateTime>,
}

impl PresignConfig {
    /// Valid for `expires_in` from now (1 s to 7 days; longer is refused when presigning).
    pub fn expires_in(expires_in: Duration) -> Self {
        PresignConfig { expires_in, start: None }
    }

    /// Valid from `start` rather than from now (for a URL handed out later, or for tests).
    pub fn start_time(mut self, start: DateTime) -> Self {
        self.start = Some(start);
        self
    }
}

/// A request signed in its URL. Send it with its method, its headers (besides `Host`) and its
/// body; for S3 and the query protocols (IAM, STS, EC2, ...) the URL alone carries everything,
/// and a `GET` URL can be handed to a browser.
#[derive(Clone, PartialEq, Eq)]
pub struct PresignedRequest {
    /// `GET`, `PUT`, `POST`, ...
    pub method: &'static str,
    /// The URL with the signature in its query.
    pub url: String,
    /// Headers that were signed and must be sent as they are (`Host` aside).
    pub headers: Vec<(String, String)>,
    /// The body to send: empty for S3 (the object goes in whatever is sent) and the query
    /// protocols (their parameters are in the URL).
    pub body: Vec<u8>,
}

/// Never shows the query: it holds the signature and any session token.
impl std::fmt::Debug for PresignedRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = self.url.split_once('?').map_or(self.url.as_str(), |(base, _)| base);
        f.debug_struct("PresignedRequest")
            .field("method", &self.method)
            .field("url", &format_args!("{shown}?<signed query>"))
            .field("headers", &self.headers.iter().map(|(k, _)| k).collect::<Vec<_>>())
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// Where a call in presigning mode leaves its request.
#[derive(Debug)]
pub(crate) struct Slot {
    pub(crate) config: PresignConfig,
    request: Mutex<Option<PresignedRequest>>,
}

impl Slot {
    pub(crate) fn new(config: PresignConfig) -> Self {
        Slot { config, request: Mutex::new(None) }
    }

    pub(crate) fn put(&self, request: PresignedRequest) {
        *self.request.lock().unwrap_or_else(|p| p.into_inner()) = Some(request);
    }

    pub(crate) fn take(&self) -> Option<PresignedRequest> {
        self.request.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    pub(crate) fn start(&self) -> DateTime {
        self.config.start.unwrap_or_else(DateTime::now)
    }

    pub(crate) fn expires_in(&self) -> Duration {
        self.config.expires_in
    }
}
