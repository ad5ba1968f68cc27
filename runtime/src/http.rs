//! The HTTP transport, behind a small trait so callers and tests can plug in their own.
//!
//! The default, [`DefaultHttpClient`], is hyper over rustls (ring): no OpenSSL, no native TLS.
//! It trusts the bundled Mozilla roots and the platform's store unless told otherwise
//! ([`TrustConfig`]), and goes through a proxy when one is configured ([`ProxyConfig`]).

mod proxy;
mod record;
mod trust;

pub use proxy::{ProxyConfig, ProxyConfigBuilder};
pub use record::{Recorder, Replayer};
pub use trust::TrustConfig;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use crate::stream::ByteStream;

/// A boxed, sendable future (the trait stays object safe without extra crates).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A request as the client sends it.
#[derive(Debug, Clone)]
pub struct Request {
    /// `POST` for every awsJson operation.
    pub method: &'static str,
    /// The full URL.
    pub url: String,
    /// Headers, in order.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
    /// The operation must go over HTTP/2 (see `Operation::http2`): the default client then
    /// negotiates it with ALPN over TLS, or speaks it from the start over plain HTTP.
    pub http2: bool,
}

/// A response as the transport received it.
#[derive(Debug, Clone)]
pub struct Response {
    /// The HTTP status.
    pub status: u16,
    /// Headers, in order.
    pub headers: Vec<(String, String)>,
    /// The whole body.
    pub body: Vec<u8>,
}

impl Response {
    /// The first value of a header (names compare case-insensitively).
    pub fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }
}

/// The first value of header `name` in `headers` (names compare case-insensitively).
pub(crate) fn header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

/// What went wrong sending a request or reading its response.
#[derive(Debug)]
pub struct HttpError {
    kind: HttpErrorKind,
    source: Box<dyn std::error::Error + Send + Sync>,
}

/// The kind of an [`HttpError`]; all are worth retrying except `Other`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum HttpErrorKind {
    /// The connection could not be made (refused, DNS, TLS handshake, connect timeout).
    Connect,
    /// The connection failed while the request or response was in flight (reset, closed).
    Io,
    /// Anything else (an invalid URL, for example).
    Other,
}

impl HttpError {
    /// Wraps a transport error.
    pub fn new(kind: HttpErrorKind, source: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> Self {
        HttpError { kind, source: source.into() }
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> HttpErrorKind {
        self.kind
    }
}

impl fmt::Display for HttpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            HttpErrorKind::Connect => "could not connect",
            HttpErrorKind::Io => "connection failed",
            HttpErrorKind::Other => "request failed",
        };
        write!(f, "{what}: {}", self.source)
    }
}

impl std::error::Error for HttpError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

/// A response whose body is read as it arrives (operations with a streaming output).
#[derive(Debug)]
pub struct StreamingResponse {
    /// The HTTP status.
    pub status: u16,
    /// Headers, in order.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: ByteStream,
}

impl StreamingResponse {
    /// The response with its body read whole.
    pub async fn read_whole(self) -> Result<Response, HttpError> {
        let body = self.body.collect().await.map_err(|e| HttpError::new(HttpErrorKind::Io, e))?;
        Ok(Response { status: self.status, headers: self.headers, body })
    }
}

/// Sends requests. Implement it to use another HTTP stack or to fake a service in tests.
pub trait HttpClient: Send + Sync + fmt::Debug {
    /// Sends `request` and reads the whole response.
    fn send(&self, request: Request) -> BoxFuture<'_, Result<Response, HttpError>>;

    /// Sends `request` with `body` as its body (`request.body` is empty), handing the response
    /// body back as it arrives. The default reads both into memory and calls
    /// [`send`](Self::send); the default client streams.
    fn send_streaming(
        &self,
        request: Request,
        body: ByteStream,
    ) -> BoxFuture<'_, Result<StreamingResponse, HttpError>> {
        Box::pin(async move {
            let mut request = request;
            request.body = body.collect().await.map_err(|e| HttpError::new(HttpErrorKind::Other, e))?;
            let response = self.send(request).await?;
            Ok(StreamingResponse {
                status: response.status,
                headers: response.headers,
                body: ByteStream::from(response.body),
            })
        })
    }
}

type Connector = hyper_rustls::HttpsConnector<proxy::Route>;
type Body = crate::stream::BoxBody;

/// hyper over rustls, with connection pooling; HTTP and HTTPS URLs, directly or through a proxy.
#[derive(Clone)]
pub struct DefaultHttpClient {
    client: hyper_util::client::legacy::Client<Connector, Body>,
    /// For the operations AWS serves over HTTP/2 only; its own pool, as a connection's protocol
    /// is settled when it opens.
    http2: hyper_util::client::legacy::Client<Connector, Body>,
    proxy: ProxyConfig,
}

impl fmt::Debug for DefaultHttpClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DefaultHttpClient({:?})", self.proxy)
    }
}

impl DefaultHttpClient {
    /// A client whose connection attempts give up after `connect_timeout`: direct connections,
    /// the default trust (bundled roots and the platform's store).
    pub fn new(connect_timeout: Option<Duration>) -> Self {
        Self::with_network(connect_timeout, ProxyConfig::none(), &TrustConfig::default())
    }

    /// A client that goes through `proxy` where it says so and trusts the CAs of `trust`.
    pub fn with_network(connect_timeout: Option<Duration>, proxy: ProxyConfig, trust: &TrustConfig) -> Self {
        let mut http = hyper_util::client::legacy::connect::HttpConnector::new();
        http.enforce_http(false);
        http.set_connect_timeout(connect_timeout);
        http.set_nodelay(true);
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            // Fails only for a provider without TLS 1.2 and 1.3; ring has both.
            .expect("ring supports the default TLS versions")
            .with_root_certificates(trust.roots())
            .with_no_client_auth();
        let route = proxy::Route::new(http.clone(), with_tls(&tls, http.clone(), false), proxy.clone());
        let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(60))
            .build(with_tls(&tls, route.clone(), false));
        let http2 = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
            .pool_idle_timeout(Duration::from_secs(60))
            .http2_only(true)
            .timer(hyper_util::rt::TokioTimer::new())
            .build(with_tls(&tls, route, true));
        DefaultHttpClient { client, http2, proxy }
    }

    /// Sends `request` with `body`; the response's status, headers and body still to read.
    async fn exchange(
        &self,
        request: Request,
        body: Body,
    ) -> Result<(u16, Vec<(String, String)>, hyper::body::Incoming), HttpError> {
        let mut builder = http::Request::builder().method(request.method).uri(&request.url);
        for (k, v) in &request.headers {
            builder = builder.header(k.as_str(), v.as_str());
        }
        if !self.proxy.is_none() {
            if let Some(auth) = request.url.parse().ok().and_then(|uri| self.proxy.authorization(&uri)) {
                builder = builder.header(http::header::PROXY_AUTHORIZATION, auth);
            }
        }
        let client = if request.http2 {
            builder = builder.version(http::Version::HTTP_2);
            &self.http2
        } else {
            &self.client
        };
        let req = builder.body(body).map_err(|e| HttpError::new(HttpErrorKind::Other, e))?;
        let resp = client.request(req).await.map_err(|e| {
            if e.is_connect() {
                HttpError::new(HttpErrorKind::Connect, connect_failure(&e))
            } else {
                HttpError::new(HttpErrorKind::Io, e)
            }
        })?;
        let status = resp.status().as_u16();
        let headers = resp
            .headers()
            .iter()
            .map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect();
        Ok((status, headers, resp.into_body()))
    }
}

impl HttpClient for DefaultHttpClient {
    fn send(&self, request: Request) -> BoxFuture<'_, Result<Response, HttpError>> {
        Box::pin(async move {
            use http_body_util::BodyExt;
            let mut request = request;
            let bytes = bytes::Bytes::from(std::mem::take(&mut request.body));
            let body = http_body_util::Full::new(bytes).map_err(|never| match never {}).boxed_unsync();
            let (status, headers, incoming) = self.exchange(request, body).await?;
            let body = incoming.collect().await.map_err(|e| HttpError::new(HttpErrorKind::Io, e))?.to_bytes().to_vec();
            Ok(Response { status, headers, body })
        })
    }

    fn send_streaming(
        &self,
        request: Request,
        body: ByteStream,
    ) -> BoxFuture<'_, Result<StreamingResponse, HttpError>> {
        Box::pin(async move {
            use http_body_util::BodyExt;
            let body = body.to_body().map_err(|e| HttpError::new(HttpErrorKind::Other, e))?;
            let (status, headers, incoming) = self.exchange(request, body).await?;
            let len = headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
                .and_then(|(_, v)| v.parse().ok());
            let stream = incoming.map_err(|e| -> crate::stream::BoxError { Box::new(e) }).boxed_unsync();
            Ok(StreamingResponse { status, headers, body: ByteStream::from_body(stream, len) })
        })
    }
}

/// The transport of a configuration loaded with a setting that cannot be used
/// ([`Config::from_env`](crate::Config::from_env) with an unreadable `AWS_CA_BUNDLE`): every
/// request fails with that setting's error rather than going out with other trust or no proxy.
#[derive(Debug)]
pub(crate) struct Unusable(pub(crate) crate::error::ConfigError);

impl HttpClient for Unusable {
    fn send(&self, _: Request) -> BoxFuture<'_, Result<Response, HttpError>> {
        let error = self.0.clone();
        Box::pin(async move { Err(HttpError::new(HttpErrorKind::Other, error)) })
    }
}

/// `inner` with TLS on top for `https://` URIs, offering HTTP/1.1 or (ALPN) HTTP/2 only.
fn with_tls<C>(tls: &rustls::ClientConfig, inner: C, http2: bool) -> hyper_rustls::HttpsConnector<C> {
    let builder = hyper_rustls::HttpsConnectorBuilder::new().with_tls_config(tls.clone()).https_or_http();
    match http2 {
        true => builder.enable_http2().wrap_connector(inner),
        false => builder.enable_http1().wrap_connector(inner),
    }
}

/// What made a connection fail. hyper says only "client error (Connect)"; the cause (refused,
/// an unknown CA, the proxy and what it said) is further down the chain.
fn connect_failure(e: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut cause = e.source();
    while let Some(c) = cause {
        let text = c.to_string();
        if !parts.iter().any(|p| p == &text) {
            parts.push(text);
        }
        cause = c.source();
    }
    if parts.is_empty() {
        e.to_string()
    } else {
        parts.join(": ")
    }
}
