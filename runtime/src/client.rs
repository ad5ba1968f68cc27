//! One call, whatever the protocol: the request built (its head from the protocol), signed, sent
//! with retries and timeouts, the response parsed.
//!
//! Every generated client wraps a [`ServiceClient`]: its service's facts ([`ServiceInfo`]), the
//! shared [`Config`] (one credential cache and one connection pool for every client built from
//! it), and what was derived from them once (the resolved endpoint, the retry budget). The loop
//! is written once, without generics, so hundreds of operations do not mean hundreds of copies
//! of it; only parsing into the operation's types is generic.

use std::convert::Infallible;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use serde_json::Value;
use tracing::Instrument;

use crate::config::{Config, Overrides, RetryConfig, TimeoutConfig};
use crate::error::{CredentialsError, EndpointError, Error, OperationError, TimeoutError};
use crate::http::{HttpErrorKind, Request, Response, StreamingResponse};
use crate::json::FromJson;
use crate::mock::Answer;
use crate::primitives::DateTime;
use crate::protocol::{FromResponse, HttpParts};
use crate::stream::ByteStream;

mod checksums;
mod head;
use head::RequestHead;

/// What the runtime needs to know about a service (one static per generated crate).
#[derive(Debug)]
pub struct ServiceInfo {
    /// The generated crate's version, for `x-amz-user-agent`.
    pub crate_version: &'static str,
    /// The protocol the crate speaks.
    pub protocol: crate::protocol::Protocol,
    /// awsJson's `X-Amz-Target` prefix.
    pub target_prefix: &'static str,
    /// `application/x-amz-json-1.0` or `1.1`.
    pub content_type: &'static str,
    /// SigV4's service name.
    pub signing_name: &'static str,
    /// The suffix of `AWS_ENDPOINT_URL_<ID>` (`PROTON`), and in lower case with `-` the
    /// service in user agents.
    pub env_id: &'static str,
    /// `@awsQueryCompatible`: send `x-amzn-query-mode`, read `x-amzn-query-error`.
    pub query_compatible: bool,
    /// Error codes the model marks `@retryable`.
    pub retryable_errors: &'static [&'static str],
    /// Headers AWS's SDKs send with every request of this service though its model does not
    /// say so (API Gateway's `Accept`, Glacier's API version), unless the request sets them.
    pub default_headers: &'static [(&'static str, &'static str)],
    /// S3's signing rules (S3, S3 Control): every request carries `x-amz-content-sha256`, and
    /// the path is signed as it is sent.
    pub s3_signing: bool,
    /// The endpoint rule set, as JSON (parsed on first use).
    pub endpoint_rules: &'static str,
    #[doc(hidden)]
    pub rules: OnceLock<Value>,
}

impl ServiceInfo {
    /// The parsed rule set (`Null` without one).
    pub(crate) fn rules(&self) -> &Value {
        self.rules.get_or_init(|| serde_json::from_str(self.endpoint_rules).unwrap_or(Value::Null))
    }
}

/// What the runtime needs to know about an operation (one static per operation).
#[derive(Debug)]
pub struct Operation {
    /// The name sent in `X-Amz-Target`.
    pub name: &'static str,
    /// `@endpoint(hostPrefix)`; its `{labels}` are filled from the input.
    pub host_prefix: Option<&'static str>,
    /// `@requestCompression` with gzip: large bodies are sent gzipped.
    pub compress: bool,
    /// `@httpChecksumRequired`: the request carries the body's `Content-MD5`.
    pub content_md5: bool,
    /// `@unsignedPayload`: a streamed body is sent as `UNSIGNED-PAYLOAD` rather than hashed.
    pub unsigned_payload: bool,
    /// No authentication (`@auth([])`, `@optionalAuth`, botocore's `authtype: none`): sent
    /// unsigned, and callable without credentials (Cognito's sign-in calls, SSO's
    /// `GetRoleCredentials`).
    pub anonymous: bool,
    /// What AWS's SDKs do for this operation beyond its model.
    pub customizations: &'static [Customization],
    /// AWS serves the operation over HTTP/2 only (an event stream of a service whose model
    /// says `h2`): the default HTTP client then speaks HTTP/2.
    pub http2: bool,
    /// `@httpChecksum`: the flexible checksums of requests and responses.
    pub checksum: Option<crate::checksum::HttpChecksum>,
}

/// A rule AWS's SDKs apply to an operation beyond what its model says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Customization {
    /// Glacier's uploads: `x-amz-sha256-tree-hash` (unless the input sets it) and
    /// `x-amz-content-sha256`, computed from the body in one reading, a file without holding it
    /// in memory.
    GlacierChecksums,
    /// CloudSearch Domain's `Search`: a `GET` with a query string goes as a `POST` whose
    /// form-encoded body is that query, so long queries fit.
    QueryAsFormBody,
    /// S3: a 200 whose body is an `<Error>` document (or XML cut short) is a 500: retried,
    /// then the error it holds.
    ErrorIn200,
}

/// A request about to be sent: the serialized input and what the operation binds from it.
pub struct Input<'a> {
    /// The JSON body.
    pub body: Vec<u8>,
    /// Values of the host prefix's `{labels}`, by label.
    pub host_labels: &'a [(&'static str, &'a str)],
    /// Endpoint rule-set parameters the operation binds, if it binds any.
    pub context: Option<Vec<(&'static str, Value)>>,
    /// An endpoint URL the input gives for this call (Machine Learning's `PredictEndpoint`),
    /// used instead of any other.
    pub endpoint_url: Option<&'a str>,
    /// The typed input, for a [`Mock`](crate::mock::Mock) to answer (a mocked configuration's
    /// calls are answered by the mock instead of the transport).
    pub typed: &'a dyn crate::mock::AnyInput,
}

/// What a generated client wraps: the runtime's loops (waiters) reach its configuration
/// through it.
pub trait AsServiceClient {
    /// The client's [`ServiceClient`].
    fn service_client(&self) -> &ServiceClient;
}

/// A service's client: cheap to clone; clones share the configuration (credentials, connection
/// pool), the resolved endpoint and the retry budget.
#[derive(Clone, Debug)]
pub struct ServiceClient {
    inner: Arc<Inner>,
    overrides: Option<Arc<Overrides>>,
    /// Set while presigning: calls stop at their request, which is left here.
    presign: Option<Arc<crate::presign::Slot>>,
}

#[derive(Debug)]
struct Inner {
    config: Config,
    service: &'static ServiceInfo,
    /// The endpoint parameters from the configuration, and the endpoint they resolve to: what
    /// serves every operation that binds no parameters of its own.
    params: crate::endpoint::Params,
    endpoint: Result<crate::endpoint::Endpoint, EndpointError>,
    budget: Mutex<u32>,
    /// `User-Agent` and `x-amz-user-agent`: the same on every call of this client.
    user_agents: (String, String),
}

/// Standard retry mode's budget: every retry spends tokens, successes earn a few back, so a
/// failing service is not hammered by every caller's retries.
const BUDGET: u32 = 500;
const RETRY_COST: u32 = 5;
const TIMEOUT_COST: u32 = 10;

impl ServiceClient {
    /// A client of `service` with `config` (shared: its credential cache and connection pool
    /// serve every client built from it).
    pub fn new(config: &Config, service: &'static ServiceInfo) -> Self {
        let config = config.clone();
        let mut params = crate::endpoint::Params {
            region: config.region.clone(),
            use_fips: config.use_fips,
            use_dual_stack: config.use_dual_stack,
            endpoint: config.endpoint_for(service.env_id),
            account_id: config.account_id.clone(),
            account_id_endpoint_mode: Some(
                config.account_id_endpoint_mode.clone().unwrap_or_else(|| "preferred".to_string()),
            ),
            context: Default::default(),
            builtins: Default::default(),
        };
        service_settings(&config, &config.s3, service, &mut params);
        let endpoint = crate::endpoint::resolve(service, &params);
        let user_agents = user_agents(service, config.app_name.as_deref());
        ServiceClient {
            inner: Arc::new(Inner { config, service, params, endpoint, budget: Mutex::new(BUDGET), user_agents }),
            overrides: None,
            presign: None,
        }
    }

    /// The same client with per-call settings replacing the configuration's (it shares the
    /// credential cache, connection pool and retry budget).
    pub fn with_overrides(&self, overrides: Overrides) -> Self {
        ServiceClient { inner: self.inner.clone(), overrides: Some(Arc::new(overrides)), presign: self.presign.clone() }
    }

    /// The request `call` makes with a client like this one, presigned instead of sent (see
    /// [`crate::presign`]). The call's own error when it fails before its request is built
    /// (validation, endpoint, credentials).
    pub async fn presigned<O, E, F>(
        &self,
        config: crate::presign::PresignConfig,
        call: impl FnOnce(ServiceClient) -> F,
    ) -> Result<crate::presign::PresignedRequest, Error<E>>
    where
        F: std::future::Future<Output = Result<O, Error<E>>>,
    {
        let slot = Arc::new(crate::presign::Slot::new(config));
        let client =
            ServiceClient { inner: self.inner.clone(), overrides: self.overrides.clone(), presign: Some(slot.clone()) };
        let result = call(client).await;
        match (slot.take(), result) {
            (Some(request), _) => Ok(request),
            (None, Err(e)) => Err(e),
            (None, Ok(_)) => Err(Error::Dispatch(crate::http::HttpError::new(
                HttpErrorKind::Other,
                "a mock answered the call: there is no request to presign",
            ))),
        }
    }

    /// The configuration the client was built with.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// A token for an idempotency-token member the caller left unset.
    pub fn idempotency_token(&self) -> String {
        match &self.inner.config.idempotency_tokens {
            Some(tokens) => tokens.token(),
            None => idempotency_token(),
        }
    }

    fn retry(&self) -> RetryConfig {
        let mut retry =
            self.overrides.as_ref().and_then(|o| o.retry.clone()).unwrap_or_else(|| self.inner.config.retry.clone());
        if let Some(n) = self.overrides.as_ref().and_then(|o| o.max_attempts) {
            retry.max_attempts = n;
        }
        retry
    }

    fn timeouts(&self) -> &TimeoutConfig {
        self.overrides.as_ref().and_then(|o| o.timeouts.as_ref()).unwrap_or(&self.inner.config.timeouts)
    }

    /// The endpoint for one call: the client's, unless the operation binds parameters or the
    /// call overrides the endpoint URL.
    fn endpoint(
        &self,
        operation: &str,
        context: Option<Vec<(&'static str, Value)>>,
        input_url: Option<&str>,
    ) -> Result<crate::endpoint::Endpoint, EndpointError> {
        let url =
            input_url.map(str::to_string).or_else(|| self.overrides.as_ref().and_then(|o| o.endpoint_url.clone()));
        let s3 = self.overrides.as_ref().and_then(|o| o.s3.as_ref());
        if context.is_none() && url.is_none() && s3.is_none() && self.presign.is_none() {
            return self.inner.endpoint.clone();
        }
        let mut params = self.inner.params.clone();
        if let Some(url) = url {
            params.endpoint = Some(url);
        }
        for (name, value) in context.into_iter().flatten() {
            params.context.insert(name.to_string(), value);
        }
        // A custom endpoint changes how S3 addresses buckets; the call's S3 settings may differ
        // from the configuration's; S3's per-call rules read the bucket.
        let config = &self.inner.config;
        let s3 = s3.unwrap_or(&config.s3);
        service_settings(config, s3, self.inner.service, &mut params);
        if self.inner.service.env_id == "S3" {
            crate::config::s3_call(&mut params, operation, s3, self.presign.is_some());
        }
        let mut endpoint = crate::endpoint::resolve(self.inner.service, &params);
        let arn_bucket = params.context.get("Bucket").and_then(Value::as_str).is_some_and(|b| b.starts_with("arn:"));
        if let (Some(_), false, Ok(e)) = (&self.presign, arn_bucket, &mut endpoint) {
            // As botocore presigns: with the client's region, whatever region the endpoint's
            // rules sign with (S3's global endpoint for presigned URLs says us-east-1).
            e.auth_schemes.iter_mut().for_each(|s| s.signing_region = None);
        }
        endpoint
    }

    /// Sends `input` as `operation` and parses the result.
    pub async fn call<O: FromJson + 'static, E: OperationError>(
        &self,
        operation: &'static Operation,
        input: Input<'_>,
    ) -> Result<O, Error<E>> {
        self.json_call(operation, input, None).await
    }

    /// [`call`](Self::call) for an operation whose output holds an event stream: a success's
    /// body is the stream, its first message (`initial-response`) the output's other members.
    /// A mock's answer holds its own stream: then none is returned.
    pub async fn call_json_events<O, E, T>(
        &self,
        operation: &'static Operation,
        input: Input<'_>,
        upload: Option<ByteStream>,
    ) -> Result<(O, Option<crate::stream::EventReceiver<T, E>>), Error<E>>
    where
        O: FromJson + 'static,
        E: OperationError,
        T: crate::stream::receiver::EventUnion<E>,
    {
        use crate::stream::events::Received;
        let parts = self.json_stream_parts(operation, upload.is_some());
        let span = self.span(operation);
        let response = match self.dispatch(operation, input, &parts, upload, true).instrument(span).await {
            Ok(Reply::Mocked(answer)) => return answer.into_result().map(|output| (output, None)),
            Ok(Reply::Streaming(r)) => r,
            Ok(reply) => {
                let response = reply.into_full().await.map_err(infallible)?;
                return crate::protocol::aws_json::parse(self.inner.service, response).map(|o| (o, None));
            }
            Err(e) => return Err(infallible(e)),
        };
        let mut rx = self.receiver(response.body);
        let first = rx.recv().await;
        let (output, first) = match first {
            Ok(Some(Received::Event { event_type, message })) if event_type == "initial-response" => {
                (crate::stream::receiver::event_json::<O>(&message), None)
            }
            Ok(first) => (O::from_slice(b"{}"), first),
            Err(e) => return Err(crate::stream::receiver::stream_error(e)),
        };
        let output = output.map_err(|e| {
            let head = Response { status: response.status, headers: response.headers, body: Vec::new() };
            crate::protocol::unreadable(&head, "the initial response does not match the output shape", e)
        })?;
        Ok((output, Some(crate::stream::EventReceiver::resume(rx, first))))
    }

    /// [`call`](Self::call) for an operation whose input is an event stream (`upload`, its
    /// first message the `initial-request`) and whose output is not.
    pub async fn call_json_upload<O: FromJson + 'static, E: OperationError>(
        &self,
        operation: &'static Operation,
        input: Input<'_>,
        upload: ByteStream,
    ) -> Result<O, Error<E>> {
        self.json_call(operation, input, Some(upload)).await
    }

    /// [`call`](Self::call), with an input event stream or without.
    async fn json_call<O: FromJson + 'static, E: OperationError>(
        &self,
        operation: &'static Operation,
        input: Input<'_>,
        upload: Option<ByteStream>,
    ) -> Result<O, Error<E>> {
        // Only the parsing depends on the operation's types: everything else is one function
        // compiled once in this crate, not once per operation in every service crate.
        let parts = self.json_stream_parts(operation, upload.is_some());
        let response = match self.full_response(operation, input, &parts, upload).await.map_err(infallible)? {
            Ok(response) => response,
            Err(mocked) => return mocked.into_result(),
        };
        crate::protocol::aws_json::parse(self.inner.service, response)
    }

    /// awsJson's request parts; a body that is an input event stream says so.
    fn json_stream_parts(&self, operation: &'static Operation, events: bool) -> HttpParts {
        let mut parts = crate::protocol::aws_json::parts(self.inner.service, operation.name);
        if events {
            parts.content_type = Some("application/vnd.amazon.eventstream");
        }
        parts
    }

    /// Sends `input` (a query-form body) as `operation` of an awsQuery or ec2Query service and
    /// reads the output from the XML response.
    pub async fn call_query<O: crate::wire::xml::FromXml + 'static, E: OperationError>(
        &self,
        operation: &'static Operation,
        input: Input<'_>,
    ) -> Result<O, Error<E>> {
        let parts = crate::protocol::query::parts();
        let response = match self.full_response(operation, input, &parts, None).await.map_err(infallible)? {
            Ok(response) => response,
            Err(mocked) => return mocked.into_result(),
        };
        if !(200..300).contains(&response.status) {
            return Err(crate::protocol::service_error(self.inner.service, response));
        }
        let ec2 = self.inner.service.protocol == crate::protocol::Protocol::Ec2Query;
        crate::protocol::query::output(&response.body, operation.name, ec2)
            .map_err(|e| crate::protocol::unreadable(&response, "the body does not match the output shape", e))
    }

    /// Sends `input` (a CBOR body, empty for an operation without input) as `operation` of an
    /// rpcv2Cbor service and reads the output from the CBOR response.
    pub async fn call_cbor<O: crate::wire::cbor::FromCbor + 'static, E: OperationError>(
        &self,
        operation: &'static Operation,
        input: Input<'_>,
    ) -> Result<O, Error<E>> {
        let parts = crate::protocol::cbor::parts(self.inner.service, operation.name, !input.body.is_empty());
        let response = match self.full_response(operation, input, &parts, None).await.map_err(infallible)? {
            Ok(response) => response,
            Err(mocked) => return mocked.into_result(),
        };
        if !(200..300).contains(&response.status) {
            return Err(crate::protocol::service_error(self.inner.service, response));
        }
        crate::wire::cbor::read_body(&response.body)
            .map_err(|e| crate::protocol::unreadable(&response, "the body does not match the output shape", e))
    }

    /// The whole response of a call whose response does not stream (its request may: an
    /// `upload`), or a mock's answer. Not generic, so that each operation's own future (generic
    /// over its output and error) stays small: EC2 has 830.
    async fn full_response(
        &self,
        operation: &'static Operation,
        input: Input<'_>,
        parts: &HttpParts,
        upload: Option<ByteStream>,
    ) -> Result<Result<Response, Answer>, Error<Infallible>> {
        let span = self.span(operation);
        match self.dispatch(operation, input, parts, upload, false).instrument(span).await? {
            Reply::Mocked(answer) => Ok(Err(answer)),
            reply => reply.into_full().await.map(Ok),
        }
    }

    /// The span of one call: every event of the call (retries, credentials, endpoint) is in it.
    /// Its fields say what was called and how it went, never what was sent.
    fn span(&self, operation: &'static Operation) -> tracing::Span {
        use tracing::field::Empty;
        tracing::debug_span!(
            "aws_call",
            service = self.inner.service.env_id,
            operation = operation.name,
            attempts = Empty,
            status = Empty,
            request_id = Empty,
            duration_ms = Empty,
        )
    }

    /// Sends an HTTP-bound operation (restJson1, restXml): `parts` carries the method, path,
    /// query and headers, `input.body` the body; the output is read from the whole response.
    pub async fn call_http<O: FromResponse + 'static, E: OperationError>(
        &self,
        operation: &'static Operation,
        input: Input<'_>,
        parts: HttpParts,
    ) -> Result<O, Error<E>> {
        self.call_http_stream(operation, input, parts, None, false).await.map(|(output, _)| output)
    }

    /// [`call_http`](Self::call_http) for an operation with a streaming member: `upload` is
    /// sent as the body (instead of `input.body`), and with `download` a successful response's
    /// body is handed back as it arrives (the output's other members come from the status and
    /// headers); without, it is read whole and the stream returned is empty. A mock's answer
    /// holds its own stream: then none is returned.
    pub async fn call_http_stream<O: FromResponse + 'static, E: OperationError>(
        &self,
        operation: &'static Operation,
        input: Input<'_>,
        parts: HttpParts,
        upload: Option<ByteStream>,
        download: bool,
    ) -> Result<(O, Option<ByteStream>), Error<E>> {
        let reply = self.http_reply(operation, input, parts, upload, download).await.map_err(infallible)?;
        match reply {
            Reply::Mocked(answer) => answer.into_result().map(|output| (output, None)),
            Reply::Streaming(r) => {
                let head = Response { status: r.status, headers: r.headers, body: Vec::new() };
                let output = O::from_response(&[], &head).map_err(|e| {
                    crate::protocol::unreadable(&head, "the response headers do not match the output shape", e)
                })?;
                Ok((output, Some(r.body)))
            }
            Reply::Full(response) => {
                if !(200..300).contains(&response.status) {
                    return Err(crate::protocol::service_error(self.inner.service, response));
                }
                let output = O::from_response(&response.body, &response).map_err(|e| {
                    crate::protocol::unreadable(&response, "the response does not match the output shape", e)
                })?;
                Ok((output, Some(ByteStream::default())))
            }
        }
    }

    /// The events of a response body `call_http_stream` handed over, waiting at most the
    /// configured `stream_idle` for each.
    pub fn event_receiver<T, E>(&self, body: ByteStream) -> crate::stream::EventReceiver<T, E> {
        crate::stream::EventReceiver::resume(self.receiver(body), None)
    }

    /// A response body's messages, waiting at most the configured `stream_idle` for each.
    fn receiver(&self, body: ByteStream) -> crate::stream::events::Receiver {
        crate::stream::events::Receiver::new(body, self.timeouts().stream_idle)
    }

    /// The reply to an HTTP-bound call: streaming only for a success whose body is to be
    /// handed over as it arrives, read whole otherwise. Not generic, as `full_response`.
    async fn http_reply(
        &self,
        operation: &'static Operation,
        input: Input<'_>,
        parts: HttpParts,
        upload: Option<ByteStream>,
        download: bool,
    ) -> Result<Reply, Error<Infallible>> {
        let (input, mut parts) = match operation.customizations.contains(&Customization::QueryAsFormBody) {
            true => crate::protocol::rest::query_as_form_body(input, parts),
            false => (input, parts),
        };
        let when = self.inner.config.checksums.response;
        let presigning = self.presign.is_some();
        let check = operation
            .checksum
            .as_ref()
            .and_then(|c| checksums::response_algorithms(c, &mut parts.headers, when, presigning));
        let span = self.span(operation);
        match (self.dispatch(operation, input, &parts, upload, download).instrument(span).await?, check) {
            (Reply::Streaming(r), Some(algorithms)) if download => {
                Ok(Reply::Streaming(checksums::validated(r, algorithms)))
            }
            (Reply::Streaming(r), _) if download => Ok(Reply::Streaming(r)),
            (Reply::Mocked(answer), _) => Ok(Reply::Mocked(answer)),
            (reply, check) => {
                let full = reply.into_full().await?;
                if let (Some(algorithms), true) = (check, (200..300).contains(&full.status)) {
                    checksums::check_full(&full, algorithms)
                        .map_err(|e| Error::Dispatch(crate::http::HttpError::new(HttpErrorKind::Other, e)))?;
                }
                Ok(Reply::Full(full))
            }
        }
    }

    /// Everything of a call but parsing: endpoint, compression, retries, timeouts. With
    /// `download`, a success's body is left to arrive (`Reply::Streaming`).
    async fn dispatch(
        &self,
        operation: &'static Operation,
        input: Input<'_>,
        parts: &HttpParts,
        upload: Option<ByteStream>,
        download: bool,
    ) -> Result<Reply, Error<Infallible>> {
        let config = &self.inner.config;
        let mut endpoint = self.endpoint(operation.name, input.context, input.endpoint_url);
        // The host prefix applies to custom endpoints too, as in every AWS SDK; a local
        // emulator that cannot take it sets `disable_host_prefix`.
        if let (Some(template), false) = (operation.host_prefix, config.disable_host_prefix) {
            endpoint = endpoint.and_then(|e| crate::endpoint::with_host_prefix(e, template, input.host_labels));
        }
        let mut body = Body {
            bytes: input.body,
            gzip: false,
            md5: None,
            stream: None,
            sha256: None,
            tree_hash: None,
            download,
            headers: Vec::new(),
            chunked: None,
        };
        let compression = &config.compression;
        if operation.compress && !compression.disabled && body.bytes.len() >= compression.min_size as usize {
            body.bytes = gzip(&body.bytes);
            body.gzip = true;
        }
        // Of the body as sent, compressed or not.
        if operation.content_md5 {
            body.md5 = Some(crate::http_binding::base64(&crate::md5::digest(&body.bytes)));
        }
        let checksum = match &operation.checksum {
            Some(c) => {
                let when = config.checksums.request;
                checksums::request_algorithm(c, &parts.headers, when, self.presign.is_some()).map_err(|message| {
                    Error::Validation(crate::error::ValidationError { path: "checksum_algorithm".to_string(), message })
                })?
            }
            None => None,
        };
        if let Some((_, chosen)) = &checksum {
            // The flexible checksum replaces Content-MD5, as in botocore.
            body.md5 = None;
            body.headers.extend(chosen.clone());
        }
        let checksum = checksum.map(|(a, _)| a);
        let glacier = operation.customizations.contains(&Customization::GlacierChecksums);
        let content_sha256 = glacier || self.inner.service.s3_signing;
        let tree_hash_set = parts.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case(TREE_HASH));
        if let Some(mut stream) = upload {
            // Signed with the body's hash unless the operation allows an unsigned payload and
            // TLS protects the body (botocore's rule: over plain HTTP the payload is signed);
            // a file is read once for it (and Glacier's tree hash), before it is sent. A
            // checksum of a body of known length goes as an aws-chunked trailer, computed as
            // the body is sent: its chunks unsigned over TLS, signed over plain HTTP.
            let tls = endpoint.as_ref().is_ok_and(|e| e.url.starts_with("https://"));
            let trailer = checksum.filter(|_| !stream.is_events() && !glacier);
            if stream.is_events() {
                // Each message is signed as it goes, chained on the request's signature.
                body.sha256 = Some(EVENTS_PAYLOAD.to_string());
            } else if let (Some(algorithm), Some(len)) = (trailer, stream.len()) {
                // An unsigned request (`anonymous`) cannot sign its chunks either.
                let signed = !tls && !operation.anonymous;
                let chunked = crate::stream::chunked::Upload::new(algorithm, signed, len, &mut body.headers);
                body.sha256 = Some(chunked.payload_hash().to_string());
                body.chunked = Some(chunked);
            } else if operation.unsigned_payload && tls && !glacier && checksum.is_none() {
                body.sha256 = Some("UNSIGNED-PAYLOAD".to_string());
            } else {
                let (linear, tree, sum) = stream
                    .digests(glacier && !tree_hash_set, checksum)
                    .await
                    .map_err(|e| Error::Dispatch(crate::http::HttpError::new(HttpErrorKind::Other, e)))?;
                body.sha256 = Some(linear);
                body.tree_hash = tree;
                body.headers.extend(checksum.zip(sum).map(|(a, v)| (a.header().to_string(), v)));
            }
            body.stream = Some(stream);
        } else {
            if let Some(algorithm) = checksum {
                body.headers.push((algorithm.header().to_string(), algorithm.of(&body.bytes)));
            }
            if content_sha256 {
                body.sha256 = Some(crate::sigv4::sha256_hex(&body.bytes));
            }
            if glacier && !tree_hash_set {
                body.tree_hash = Some(crate::tree_hash::tree_hash_hex(&body.bytes));
            }
        }
        if let Ok(e) = &endpoint {
            tracing::debug!(url = %without_userinfo(&e.url), "endpoint resolved");
        }
        let sent = self.send(operation, body, endpoint, parts, input.typed);
        let started = std::time::Instant::now();
        let result = match self.timeouts().operation {
            Some(limit) => match tokio::time::timeout(limit, sent).await {
                Ok(r) => r,
                Err(_) => Err(Error::Timeout(TimeoutError { what: "operation", after: limit })),
            },
            None => sent.await,
        };
        finished(&result, started);
        result
    }

    fn spend(&self, cost: u32) -> bool {
        match self.inner.budget.lock() {
            Ok(mut left) if *left >= cost => {
                *left -= cost;
                true
            }
            _ => false,
        }
    }

    fn refund(&self, amount: u32) {
        if let Ok(mut left) = self.inner.budget.lock() {
            *left = (*left + amount).min(BUDGET);
        }
    }

    /// The retry loop. Returns the last response (success or error) or the last failure.
    async fn send(
        &self,
        operation: &'static Operation,
        body: Body,
        endpoint: Result<crate::endpoint::Endpoint, EndpointError>,
        parts: &HttpParts,
        typed: &dyn crate::mock::AnyInput,
    ) -> Result<Reply, Error<Infallible>> {
        let endpoint = endpoint.map_err(Error::Endpoint)?;
        let config = &self.inner.config;
        // An anonymous operation is sent unsigned: it needs no credentials at all.
        let credentials = match (&config.credentials, operation.anonymous) {
            (_, true) => None,
            // A mocked call is signed with the mock's own keys: whatever provider the
            // configuration has (a profile, IMDS) is never asked, so it cannot reach out.
            (_, false) if config.mock.is_some() => Some(crate::mock::credentials()),
            (Some(c), false) => Some(c.clone()),
            (None, false) => {
                return Err(Error::Credentials(CredentialsError::new("no credentials are configured", None)))
            }
        };
        let region = config.region.clone().unwrap_or_default();
        let signing = Signing::of(&endpoint, &region, self.inner.service).map_err(Error::Endpoint)?;
        if let Some(slot) = &self.presign {
            let creds = match &credentials {
                Some(provider) => provider.provide().await.map_err(Error::Credentials)?,
                None => {
                    return Err(Error::Credentials(CredentialsError::new(
                        "an unsigned operation cannot be presigned",
                        None,
                    )))
                }
            };
            let head = RequestHead::new(&endpoint, self.inner.service, parts);
            let key = signing.v4a_key(Some(&creds))?;
            let presigned = head.presign(&signing, key.as_ref(), &body.bytes, &creds, slot).map_err(|e| {
                Error::Validation(crate::error::ValidationError { path: "expires_in".to_string(), message: e })
            })?;
            slot.put(presigned);
            return Err(Error::Dispatch(crate::http::HttpError::new(HttpErrorKind::Other, "presigned, not sent")));
        }
        let retry = self.retry();
        let attempt_timeout = self.timeouts().attempt;
        // One id for every attempt of this call, so the service can tell retries apart.
        let invocation_id = idempotency_token();
        let mut spent = 0;
        let mut attempt = 1;
        loop {
            tracing::Span::current().record("attempts", attempt);
            let creds = match &credentials {
                Some(provider) => Some(provider.provide().await.map_err(Error::Credentials)?),
                None => None,
            };
            let call = Call {
                service: self.inner.service,
                body: &body,
                invocation_id: &invocation_id,
                attempt,
                max_attempts: retry.max_attempts,
                user_agents: &self.inner.user_agents,
                http2: operation.http2,
                time: DateTime::now(),
            };
            let key = signing.v4a_key(creds.as_ref())?;
            let algorithm = signing.algorithm(key.as_ref());
            let (request, signature) =
                build_request(&endpoint, &signing, &call, creds.as_ref().map(|c| (c, algorithm)), parts);
            let sent = async {
                let mut request = request;
                let upload = match &body.stream {
                    Some(stream) if stream.is_events() => {
                        let signer = creds.as_ref().map(|c| crate::stream::sender::Signer {
                            prior: signature,
                            credentials: c.clone(),
                            region: signing.region.clone(),
                            service: signing.name.clone(),
                        });
                        match stream.signed_events(signer) {
                            Some(Ok(signed)) => signed,
                            Some(Err(e)) => return Err(crate::http::HttpError::new(HttpErrorKind::Other, e)),
                            None => stream.clone(),
                        }
                    }
                    Some(stream) => match &body.chunked {
                        Some(chunked) => {
                            let scope = crate::sigv4::SigningScope {
                                region: &signing.region,
                                service: &signing.name,
                                time: call.time,
                            };
                            let signer = creds
                                .as_ref()
                                .filter(|_| chunked.signed)
                                .map(|c| crate::sigv4::ChunkSigner::new(c, &scope, &signature));
                            chunked
                                .encode(stream, signer)
                                .map_err(|e| crate::http::HttpError::new(HttpErrorKind::Other, e))?
                        }
                        None => stream.clone(),
                    },
                    None if body.download => ByteStream::from(std::mem::take(&mut request.body)),
                    None => return config.http.send(request).await.map(Reply::Full),
                };
                match config.http.send_streaming(request, upload).await? {
                    r if (200..300).contains(&r.status) => Ok(Reply::Streaming(r)),
                    // Error bodies are small: read them for the error code.
                    r => Ok(Reply::Full(r.read_whole().await?)),
                }
            };
            let outcome = match (&config.mock, attempt_timeout) {
                // The request was built and signed as it would be; the mock answers it instead.
                (Some(mock), _) => mock
                    .answer(self.inner.service.env_id, operation.name, typed, attempt)
                    .map(Reply::Mocked)
                    .map_err(Failure::Http),
                (None, Some(limit)) => match tokio::time::timeout(limit, sent).await {
                    Ok(r) => r.map_err(Failure::Http),
                    Err(_) => Err(Failure::Timeout(limit)),
                },
                (None, None) => sent.await.map_err(Failure::Http),
            };
            let outcome = match outcome {
                Ok(Reply::Full(mut r)) if operation.customizations.contains(&Customization::ErrorIn200) => {
                    if r.status == 200 && error_in_200(&r.body) {
                        r.status = 500;
                    }
                    Ok(Reply::Full(r))
                }
                other => other,
            };
            let cost = match &outcome {
                Ok(Reply::Streaming(_)) => None,
                Ok(Reply::Full(resp)) if (200..300).contains(&resp.status) => None,
                Ok(Reply::Full(resp)) => retryable_response(self.inner.service, resp).then_some(RETRY_COST),
                Ok(Reply::Mocked(answer)) if answer.status() < 300 => None,
                Ok(Reply::Mocked(answer)) => {
                    retryable(self.inner.service, answer.status(), answer.code()).then_some(RETRY_COST)
                }
                Err(Failure::Timeout(_)) => Some(TIMEOUT_COST),
                Err(Failure::Http(e)) => (e.kind() != HttpErrorKind::Other).then_some(RETRY_COST),
            };
            // A one-shot upload cannot be sent again.
            let replayable = body.stream.as_ref().is_none_or(ByteStream::is_replayable);
            match cost {
                Some(cost) if replayable && attempt < retry.max_attempts && self.spend(cost) => {
                    spent += cost;
                    let delay = backoff(&retry, attempt);
                    tracing::debug!(attempt, delay_ms = delay.as_millis() as u64, reason = %RetryReason(self.inner.service, &outcome), "retrying");
                    crate::mock::pause(config.mock.as_ref(), delay).await;
                    attempt += 1;
                }
                _ => {
                    if matches!(&outcome, Ok(r) if (200..300).contains(&r.status())) {
                        // A success returns what its retries spent, or earns one token.
                        self.refund(if spent > 0 { spent } else { 1 });
                    }
                    return match outcome {
                        Ok(resp) => Ok(resp),
                        Err(Failure::Http(e)) => Err(Error::Dispatch(e)),
                        Err(Failure::Timeout(after)) => Err(Error::Timeout(TimeoutError { what: "attempt", after })),
                    };
                }
            }
        }
    }
}

enum Failure {
    Http(crate::http::HttpError),
    Timeout(Duration),
}

/// Why an attempt is retried, for the `retrying` event: the status and error code, the
/// timeout, or the transport's error (which never holds credentials or a proxy's password).
struct RetryReason<'a>(&'static ServiceInfo, &'a Result<Reply, Failure>);

impl std::fmt::Display for RetryReason<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.1 {
            Ok(Reply::Full(r)) => {
                write!(f, "HTTP {}", r.status)?;
                match crate::protocol::error_parts(self.0, r).code {
                    Some(code) => write!(f, " {code}"),
                    None => Ok(()),
                }
            }
            Ok(Reply::Streaming(r)) => write!(f, "HTTP {}", r.status),
            Ok(Reply::Mocked(answer)) => match answer.code() {
                Some(code) => write!(f, "HTTP {} {code} (mocked)", answer.status()),
                None => write!(f, "HTTP {} (mocked)", answer.status()),
            },
            Err(Failure::Timeout(after)) => write!(f, "attempt timed out after {after:?}"),
            Err(Failure::Http(e)) => write!(f, "{e}"),
        }
    }
}

/// `url` without a `user:password@` part, should a custom endpoint carry one.
fn without_userinfo(url: &str) -> std::borrow::Cow<'_, str> {
    let Some((scheme, rest)) = url.split_once("://") else { return url.into() };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}://{}", &rest[at + 1..]).into(),
        None => url.into(),
    }
}

/// Records how a call ended on its span, and says so at debug level.
fn finished(result: &Result<Reply, Error<Infallible>>, started: std::time::Instant) {
    let span = tracing::Span::current();
    span.record("duration_ms", started.elapsed().as_millis() as u64);
    match result {
        Ok(reply) => {
            let (status, headers) = match reply {
                Reply::Full(r) => (r.status, Some(&r.headers)),
                Reply::Streaming(r) => (r.status, Some(&r.headers)),
                Reply::Mocked(answer) => (answer.status(), None),
            };
            span.record("status", status);
            if let Some(id) = headers.and_then(|h| crate::protocol::request_id_header(h)) {
                span.record("request_id", id);
            }
            tracing::debug!(status, "call answered");
        }
        Err(e) => tracing::debug!(error = %e, "call failed"),
    }
}

/// A response: read whole, or (a success of a streaming call) with its body still arriving;
/// or a mock's typed answer.
enum Reply {
    Full(Response),
    Streaming(StreamingResponse),
    Mocked(Answer),
}

impl Reply {
    fn status(&self) -> u16 {
        match self {
            Reply::Full(r) => r.status,
            Reply::Streaming(r) => r.status,
            Reply::Mocked(answer) => answer.status(),
        }
    }

    /// The response read whole (never called with a mock's answer: callers take that first).
    async fn into_full(self) -> Result<Response, Error<Infallible>> {
        match self {
            Reply::Full(r) => Ok(r),
            Reply::Streaming(r) => r.read_whole().await.map_err(Error::Dispatch),
            Reply::Mocked(answer) => Err(Error::Response(crate::error::ResponseError::new(
                answer.status(),
                None,
                "a mock's answer where a response was needed",
            ))),
        }
    }
}

/// A failure before any operation error could be read, as the operation's error type.
fn infallible<E>(e: Error<Infallible>) -> Error<E> {
    e.map_service(|never| match never {})
}

/// A request body, gzipped or not.
struct Body {
    bytes: Vec<u8>,
    gzip: bool,
    /// Its `Content-MD5`, when the operation requires one.
    md5: Option<String>,
    /// A streamed body, sent instead of `bytes`.
    stream: Option<ByteStream>,
    /// The payload hash sent as `x-amz-content-sha256` (`UNSIGNED-PAYLOAD` or hex SHA-256), when
    /// the request carries one (streamed bodies, Glacier), rather than computed by signing.
    sha256: Option<String>,
    /// Glacier's `x-amz-sha256-tree-hash`, when the client computes it.
    tree_hash: Option<String>,
    /// Whether a success's body is handed over as it arrives rather than read whole.
    download: bool,
    /// Headers the body adds: its checksum, or the aws-chunked ones.
    headers: Vec<(String, String)>,
    /// The stream goes aws-chunked, its checksum in the trailer.
    chunked: Option<crate::stream::chunked::Upload>,
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder =
        flate2::write::GzEncoder::new(Vec::with_capacity(bytes.len() / 2), flate2::Compression::default());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// One attempt of a call, as the request shows it.
struct Call<'a> {
    service: &'static ServiceInfo,
    body: &'a Body,
    invocation_id: &'a str,
    attempt: u32,
    max_attempts: u32,
    user_agents: &'a (String, String),
    http2: bool,
    /// When the request is signed (its chunks are signed at the same time).
    time: DateTime,
}

/// Full jitter: a random wait up to `initial * 2^(attempt-1)`, capped at `max_backoff`.
fn backoff(retry: &RetryConfig, attempt: u32) -> Duration {
    let cap = retry.initial_backoff.saturating_mul(1u32 << (attempt - 1).min(20)).min(retry.max_backoff);
    cap.mul_f64(random_fraction())
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The system RNG failing is not something a caller can act on; fall back to the clock.
    if ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes).is_err() {
        let nanos = DateTime::now().subsec_nanos().to_le_bytes();
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = nanos[i % 4] ^ (i as u8);
        }
    }
    bytes
}

pub(crate) fn random_fraction() -> f64 {
    (u64::from_le_bytes(random_bytes::<8>()) >> 11) as f64 / (1u64 << 53) as f64
}

/// The `...-key-MD5` of an S3 customer-provided key given base64-encoded, as S3 wants it:
/// the base64 MD5 of the key's bytes. `None` when the key is not base64 (S3 then says so).
pub fn key_md5(key: &str) -> Option<String> {
    let raw = crate::http_binding::from_base64(key.trim())?;
    Some(crate::http_binding::base64(&crate::md5::digest(&raw)))
}

/// The last `/`-separated segment of a resource path (`/hostedzone/Z1D633PJN98FT9` is
/// `Z1D633PJN98FT9`); an id without `/` as it is. Route 53 takes the ids its own answers give
/// in that form.
pub fn last_segment(id: String) -> String {
    match id.rsplit_once('/') {
        Some((_, last)) => last.to_string(),
        None => id,
    }
}

/// A random UUID (version 4): idempotency tokens the caller left unset, invocation ids.
pub fn idempotency_token() -> String {
    let mut b = random_bytes::<16>();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = crate::sigv4::hex(&b);
    format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32])
}

/// Error codes the AWS SDKs retry as throttling or transient, whatever the model says.
const THROTTLING: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];
const TRANSIENT: &[&str] = &["RequestTimeout", "RequestTimeoutException", "InternalError"];

fn retryable_response(service: &ServiceInfo, resp: &Response) -> bool {
    matches!(resp.status, 500 | 502 | 503 | 504)
        || retryable(service, resp.status, crate::protocol::error_parts(service, resp).code.as_deref())
}

/// Whether an error answer with `status` and `code` is retried.
fn retryable(service: &ServiceInfo, status: u16, code: Option<&str>) -> bool {
    matches!(status, 500 | 502 | 503 | 504)
        || code.is_some_and(|code| {
            THROTTLING.contains(&code) || TRANSIENT.contains(&code) || service.retryable_errors.contains(&code)
        })
}

/// This runtime's name and version in user agents.
const RUNTIME: &str = concat!("awsgen-rust/", env!("CARGO_PKG_VERSION"));

/// The operating system family, as AWS's user agents name it.
fn os_family() -> &'static str {
    match std::env::consts::OS {
        "linux" => "linux",
        "macos" => "macos",
        "windows" => "windows",
        "ios" => "ios",
        "android" => "android",
        _ => "other",
    }
}

/// `User-Agent` and `x-amz-user-agent`, in the form AWS's SDKs use (`sdk/version`, `ua/2.1`,
/// `api/service#version`, `os/...`, `lang/rust`, `app/...`).
fn user_agents(service: &ServiceInfo, app: Option<&str>) -> (String, String) {
    let app: Option<String> =
        app.map(|a| a.chars().filter(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(*c)).collect());
    let app = app.filter(|a| !a.is_empty()).map(|a| format!(" app/{a}")).unwrap_or_default();
    let os = os_family();
    let api = format!("api/{}#{}", service.env_id.to_ascii_lowercase().replace('_', "-"), service.crate_version);
    (format!("{RUNTIME} os/{os} lang/rust{app}"), format!("{RUNTIME} ua/2.1 {api} os/{os} lang/rust{app}"))
}

/// Whether a 200's body is an S3 `<Error>` document, or XML that does not parse (a response
/// cut short).
fn error_in_200(body: &[u8]) -> bool {
    !body.is_empty() && crate::wire::xml::Document::parse(body).map_or(true, |d| d.root().name() == "Error")
}

/// S3's, S3 Control's and STS's built-ins for `params`' region and endpoint.
/// What S3's, S3 Control's and STS's settings give the endpoint rules: their built-ins, and
/// S3's own dual-stack setting for S3 and S3 Control.
fn service_settings(
    config: &Config,
    s3: &crate::config::S3Config,
    service: &ServiceInfo,
    params: &mut crate::endpoint::Params,
) {
    let b =
        crate::config::builtins(s3, config.sts_global_endpoint, params.region.as_deref(), params.endpoint.as_deref());
    params.builtins = b.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    let s3_dual_stack = s3.dual_stack && matches!(service.env_id, "S3" | "S3_CONTROL");
    params.use_dual_stack = config.use_dual_stack || s3_dual_stack;
}

/// The service name and region requests are signed with.
pub(crate) struct Signing {
    pub(crate) name: String,
    /// The region, or for SigV4a the region set (regions joined by commas, or `*`).
    pub(crate) region: String,
    /// SigV4a rather than SigV4.
    pub(crate) v4a: bool,
}

impl Signing {
    /// The first of the endpoint's auth schemes this client implements (SigV4, SigV4a), with
    /// the name and region (or region set) it gives; the service's own name and the client's
    /// region when the endpoint names none. An endpoint that only takes a scheme not
    /// implemented (S3 Express sessions) is an error naming it, before anything is sent.
    fn of(endpoint: &crate::endpoint::Endpoint, region: &str, service: &ServiceInfo) -> Result<Signing, EndpointError> {
        let own = || Signing { name: service.signing_name.to_string(), region: region.to_string(), v4a: false };
        if endpoint.auth_schemes.is_empty() {
            return Ok(own());
        }
        let scheme = endpoint.auth_schemes.iter().find(|s| matches!(s.name.as_str(), "sigv4" | "sigv4a"));
        match scheme {
            Some(s) => {
                let v4a = s.name == "sigv4a";
                let region = match (v4a, &s.signing_region) {
                    (true, _) if !s.signing_region_set.is_empty() => s.signing_region_set.join(","),
                    (_, Some(r)) => r.clone(),
                    (_, None) => region.to_string(),
                };
                let name = s.signing_name.clone().unwrap_or_else(|| service.signing_name.to_string());
                Ok(Signing { name, region, v4a })
            }
            None => {
                let names: Vec<&str> = endpoint.auth_schemes.iter().map(|s| s.name.as_str()).collect();
                // S3 Express One Zone's directory buckets sign with a session from
                // `CreateSession`; the bucket is the host's first label.
                let express = match names.contains(&"sigv4-s3express") {
                    true => format!(
                        "the S3 Express One Zone directory bucket {} takes session auth (CreateSession), which this \
                         client does not implement; ",
                        endpoint.authority.split('.').next().unwrap_or_default()
                    ),
                    false => String::new(),
                };
                Err(EndpointError(format!(
                    "{express}{} must be signed with {}, which this client does not implement",
                    endpoint.authority,
                    names.join(" or ")
                )))
            }
        }
    }

    /// The SigV4a key of `creds` when this endpoint takes SigV4a.
    fn v4a_key<E>(
        &self,
        creds: Option<&crate::sigv4::Credentials>,
    ) -> Result<Option<crate::sigv4::SigV4aKey>, Error<E>> {
        match creds {
            Some(c) if self.v4a => crate::sigv4::SigV4aKey::derive(c)
                .map(Some)
                .map_err(|e| Error::Credentials(CredentialsError::new(e, None))),
            _ => Ok(None),
        }
    }

    fn algorithm<'k>(&self, key: Option<&'k crate::sigv4::SigV4aKey>) -> crate::sigv4::Algorithm<'k> {
        key.map_or(crate::sigv4::Algorithm::V4, crate::sigv4::Algorithm::V4a)
    }
}

/// The request of one attempt, and its signature when signed (an input event stream's first
/// message chains on it).
fn build_request(
    endpoint: &crate::endpoint::Endpoint,
    signing: &Signing,
    call: &Call<'_>,
    creds: Option<(&crate::sigv4::Credentials, crate::sigv4::Algorithm<'_>)>,
    parts: &HttpParts,
) -> (Request, String) {
    let service = call.service;
    let body = &call.body.bytes;
    let mut head = RequestHead::new(endpoint, service, parts);
    let (method, query) = (head.method, head.query);
    let headers = &mut head.headers;
    // An encoding the input already binds stays first: gzip and aws-chunked apply after it.
    let encodings = [(call.body.gzip, "gzip"), (call.body.chunked.is_some(), "aws-chunked")];
    for (_, encoding) in encodings.into_iter().filter(|(on, _)| *on) {
        match headers.iter_mut().find(|(k, _)| k.eq_ignore_ascii_case("content-encoding")) {
            Some((_, v)) => v.push_str(&format!(", {encoding}")),
            None => headers.push(("Content-Encoding".to_string(), encoding.to_string())),
        }
    }
    headers.extend(call.body.headers.iter().cloned());
    if let Some(md5) = &call.body.md5 {
        headers.push(("Content-MD5".to_string(), md5.clone()));
    }
    if let Some(hash) = &call.body.sha256 {
        headers.push(("x-amz-content-sha256".to_string(), hash.clone()));
    }
    if let Some(hash) = &call.body.tree_hash {
        headers.push((TREE_HASH.to_string(), hash.clone()));
    }
    head.add_defaults();
    let headers = &mut head.headers;
    headers.push(("User-Agent".to_string(), call.user_agents.0.clone()));
    headers.push(("x-amz-user-agent".to_string(), call.user_agents.1.clone()));
    headers.push(("amz-sdk-invocation-id".to_string(), call.invocation_id.to_string()));
    headers.push(("amz-sdk-request".to_string(), format!("attempt={}; max={}", call.attempt, call.max_attempts)));
    if let Some(trace) = lambda_trace_id() {
        headers.push(("X-Amzn-Trace-Id".to_string(), trace));
    }
    // A request without a body says so only where the method expects one.
    let length = match (&call.body.chunked, &call.body.stream) {
        (Some(chunked), _) => Some(chunked.encoded_len),
        (None, Some(stream)) => stream.len(),
        (None, None) => Some(body.len() as u64),
    };
    if let Some(n) = length.filter(|n| *n > 0 || !matches!(method, "GET" | "HEAD" | "DELETE" | "OPTIONS")) {
        headers.push(("Content-Length".to_string(), n.to_string()));
    }
    // Signed last, over every header the request carries (but those SigV4 leaves out).
    let mut signature = String::new();
    if let Some((creds, algorithm)) = creds {
        let rules = if service.s3_signing { crate::sigv4::Rules::S3 } else { crate::sigv4::Rules::Standard };
        let signed = crate::sigv4::sign_as(
            &crate::sigv4::SignableRequest { method, path: &head.path, query, headers: &head.headers, body },
            creds,
            &crate::sigv4::SigningScope { region: &signing.region, service: &signing.name, time: call.time },
            rules,
            algorithm,
        );
        head.headers.extend(signed.headers);
        signature = signed.signature;
    }
    let url = head.url(query);
    (Request { method, url, headers: head.headers, body: body.clone(), http2: call.http2 }, signature)
}

/// `x-amz-content-sha256` of a request whose body is an input event stream.
const EVENTS_PAYLOAD: &str = "STREAMING-AWS4-HMAC-SHA256-EVENTS";

/// Glacier's tree hash header.
const TREE_HASH: &str = "x-amz-sha256-tree-hash";

/// Inside AWS Lambda, the invocation's trace id (`_X_AMZN_TRACE_ID`), sent as `X-Amzn-Trace-Id`
/// so X-Ray links the calls a function makes, as every AWS SDK does (recursion detection). Read
/// per call: Lambda sets it anew for each invocation. Percent-encoded but for the characters the
/// trace header format uses.
fn lambda_trace_id() -> Option<String> {
    crate::env::var("AWS_LAMBDA_FUNCTION_NAME")?;
    let id = crate::env::var("_X_AMZN_TRACE_ID")?;
    let mut out = String::with_capacity(id.len());
    for c in id.chars() {
        if c.is_ascii_alphanumeric() || "-=;:+&[]{}\"',_.~".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{error_in_200, key_md5, without_userinfo};

    #[test]
    fn an_s3_key_md5_is_of_the_decoded_key() {
        // Python: base64(hashlib.md5(bytes(range(32))).digest()).
        assert_eq!(
            key_md5("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=").as_deref(),
            Some("tP/LI3N87DFaSk0aoqYgzg==")
        );
        assert_eq!(key_md5("not base64!"), None);
    }

    #[test]
    fn a_200_is_an_error_when_its_body_is_one() {
        assert!(error_in_200(b"<Error><Code>SlowDown</Code></Error>"));
        assert!(error_in_200(b"<CopyObjectResult><ETag>"), "cut short");
        assert!(!error_in_200(b"<CopyObjectResult><ETag>x</ETag></CopyObjectResult>"));
        assert!(!error_in_200(b""));
    }

    #[test]
    fn endpoints_are_traced_without_their_userinfo() {
        assert_eq!(without_userinfo("https://u:p@host:1/x?y@z"), "https://host:1/x?y@z");
        assert_eq!(without_userinfo("http://127.0.0.1:9/a@b"), "http://127.0.0.1:9/a@b");
        assert_eq!(without_userinfo("not a url"), "not a url");
    }
}
