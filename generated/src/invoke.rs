// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! One call: build the awsJson request, sign it, send it with retries, parse the response.
//!
//! The loop is written once, without generics, so 87 operations do not mean 87 copies of it;
//! only the last step (parsing into the operation's types) is generic.

use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;

use crate::config::Config;
use crate::error::{CredentialsError, Error, OperationError, ResponseError, TimeoutError, Unhandled};
use crate::http::{HttpClient, HttpError, HttpErrorKind, Request, Response};
use crate::json::FromJson;
use crate::primitives::DateTime;
use crate::service;

/// What the runtime needs to know about an operation (generated per operation).
#[derive(Debug)]
pub(crate) struct Operation {
    /// The name sent in `X-Amz-Target`.
    pub(crate) name: &'static str,
    /// `@endpoint(hostPrefix)`, with `{label}`s filled from the input.
    pub(crate) host_prefix: Option<&'static str>,
    /// `@requestCompression` with gzip: large bodies are sent gzipped.
    pub(crate) compress: bool,
}

/// What a client holds: its configuration and what was derived from it once.
#[derive(Debug)]
pub(crate) struct Runtime {
    pub(crate) config: Config,
    http: Arc<dyn HttpClient>,
    /// The endpoint parameters from the configuration, and the endpoint they resolve to: what
    /// serves every operation that binds no parameters of its own.
    params: crate::endpoint::Params,
    endpoint: Result<crate::endpoint::Endpoint, crate::error::EndpointError>,
    budget: Mutex<u32>,
}

/// Standard retry mode's budget: every retry spends tokens, successes earn a few back, so a
/// failing service is not hammered by every caller's retries.
const BUDGET: u32 = 500;
const RETRY_COST: u32 = 5;
const TIMEOUT_COST: u32 = 10;

impl Runtime {
    pub(crate) fn new(config: Config) -> Self {
        let http = config.http_client.clone().unwrap_or_else(|| Arc::new(crate::http::DefaultHttpClient::new(config.timeouts.connect)));
        let params = crate::endpoint::Params {
            region: config.region.clone(),
            use_fips: config.use_fips,
            use_dual_stack: config.use_dual_stack,
            endpoint: config.endpoint_url.clone(),
            account_id: config.account_id.clone(),
            account_id_endpoint_mode: Some(config.account_id_endpoint_mode.clone().unwrap_or_else(|| "preferred".to_string())),
            context: Default::default(),
        };
        let endpoint = crate::endpoint::resolve(&params);
        Runtime { config, http, params, endpoint, budget: Mutex::new(BUDGET) }
    }

    /// Sends `input` as `operation` and parses the result. `context` holds the endpoint
    /// parameters the operation binds, if it binds any.
    pub(crate) async fn call<O: FromJson, E: OperationError>(
        &self,
        operation: &'static Operation,
        input: Value,
        context: Option<Vec<(&'static str, Value)>>,
    ) -> Result<O, Error<E>> {
        let mut endpoint = match context {
            Some(context) => crate::endpoint::resolve(&crate::endpoint::with_context(&self.params, context)),
            None => self.endpoint.clone(),
        };
        // The host prefix applies to custom endpoints too, as in every AWS SDK; a local
        // emulator that cannot take it sets `disable_host_prefix`.
        if let (Some(template), false) = (operation.host_prefix, self.config.disable_host_prefix) {
            endpoint = endpoint.and_then(|e| crate::endpoint::with_host_prefix(e, template, &input));
        }
        let mut body = Body { bytes: serde_json::to_vec(&input).unwrap_or_else(|_| b"{}".to_vec()), gzip: false };
        let compression = &self.config.compression;
        if operation.compress && !compression.disabled && body.bytes.len() >= compression.min_size as usize {
            body = Body { bytes: gzip(&body.bytes), gzip: true };
        }
        let sent = self.send(operation.name, body, endpoint);
        let response = match self.config.timeouts.operation {
            Some(limit) => match tokio::time::timeout(limit, sent).await {
                Ok(r) => r,
                Err(_) => Err(Error::Timeout(TimeoutError { what: "operation", after: limit })),
            },
            None => sent.await,
        }
        .map_err(|e| e.map_service(|never: Infallible| match never {}))?;
        parse(response)
    }

    fn spend(&self, cost: u32) -> bool {
        match self.budget.lock() {
            Ok(mut left) if *left >= cost => {
                *left -= cost;
                true
            }
            _ => false,
        }
    }

    fn refund(&self, amount: u32) {
        if let Ok(mut left) = self.budget.lock() {
            *left = (*left + amount).min(BUDGET);
        }
    }

    /// The retry loop. Returns the last response (success or error) or the last failure.
    async fn send(
        &self,
        operation: &'static str,
        body: Body,
        endpoint: Result<crate::endpoint::Endpoint, crate::error::EndpointError>,
    ) -> Result<Response, Error<Infallible>> {
        let endpoint = endpoint.map_err(Error::Endpoint)?;
        let credentials = self
            .config
            .credentials
            .clone()
            .ok_or_else(|| Error::Credentials(CredentialsError::new("no credentials are configured", None)))?;
        let region = self.config.region.clone().unwrap_or_default();
        let retry = &self.config.retry;
        // One id for every attempt of this call, so the service can tell retries apart.
        let invocation_id = idempotency_token();
        let mut spent = 0;
        let mut attempt = 1;
        loop {
            let creds = credentials.provide().await.map_err(Error::Credentials)?;
            let call = Call {
                operation,
                body: &body,
                invocation_id: &invocation_id,
                attempt,
                max_attempts: retry.max_attempts,
                app: self.config.app_name.as_deref(),
            };
            let request = build_request(&endpoint, &region, &call, &creds);
            let sent = self.http.send(request);
            let outcome = match self.config.timeouts.attempt {
                Some(limit) => match tokio::time::timeout(limit, sent).await {
                    Ok(r) => r.map_err(Failure::Http),
                    Err(_) => Err(Failure::Timeout(limit)),
                },
                None => sent.await.map_err(Failure::Http),
            };
            let cost = match &outcome {
                Ok(resp) if (200..300).contains(&resp.status) => None,
                Ok(resp) => retryable_response(resp).then_some(RETRY_COST),
                Err(Failure::Timeout(_)) => Some(TIMEOUT_COST),
                Err(Failure::Http(e)) => (e.kind() != HttpErrorKind::Other).then_some(RETRY_COST),
            };
            match cost {
                Some(cost) if attempt < retry.max_attempts && self.spend(cost) => {
                    spent += cost;
                    tokio::time::sleep(backoff(retry, attempt)).await;
                    attempt += 1;
                }
                _ => {
                    if matches!(&outcome, Ok(r) if (200..300).contains(&r.status)) {
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
    Http(HttpError),
    Timeout(Duration),
}

/// A request body, gzipped or not.
struct Body {
    bytes: Vec<u8>,
    gzip: bool,
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::with_capacity(bytes.len() / 2), flate2::Compression::default());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// One attempt of a call, as the request shows it.
struct Call<'a> {
    operation: &'a str,
    body: &'a Body,
    invocation_id: &'a str,
    attempt: u32,
    max_attempts: u32,
    app: Option<&'a str>,
}

/// Full jitter: a random wait up to `initial * 2^(attempt-1)`, capped at `max_backoff`.
fn backoff(retry: &crate::config::RetryConfig, attempt: u32) -> Duration {
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

/// A random UUID (version 4), for idempotency tokens the caller left unset.
// Unused by services without idempotency tokens.
#[allow(dead_code)]
pub(crate) fn idempotency_token() -> String {
    let mut b = random_bytes::<16>();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
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

fn retryable_response(resp: &Response) -> bool {
    if matches!(resp.status, 500 | 502 | 503 | 504) {
        return true;
    }
    match error_parts(resp).code {
        Some(code) => {
            THROTTLING.contains(&code.as_str())
                || TRANSIENT.contains(&code.as_str())
                || service::RETRYABLE_ERRORS.contains(&code.as_str())
        }
        None => false,
    }
}

/// This runtime's name and version in user agents.
const RUNTIME: &str = "awsgen-rust/0.1.0";

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
fn user_agents(app: Option<&str>) -> (String, String) {
    let app: Option<String> = app.map(|a| a.chars().filter(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(*c)).collect());
    let app = app.filter(|a| !a.is_empty()).map(|a| format!(" app/{a}")).unwrap_or_default();
    let os = os_family();
    let api = format!("api/{}#{}", service::ENV_ID.to_ascii_lowercase().replace('_', "-"), service::CRATE_VERSION);
    (format!("{RUNTIME} os/{os} lang/rust{app}"), format!("{RUNTIME} ua/2.1 {api} os/{os} lang/rust{app}"))
}

fn build_request(endpoint: &crate::endpoint::Endpoint, region: &str, call: &Call<'_>, creds: &crate::sigv4::Credentials) -> Request {
    // awsJson requests go to `/`, after any path the endpoint has (`https://host/custom` sends
    // to `/custom/`).
    let path = if endpoint.path.ends_with('/') { endpoint.path.clone() } else { format!("{}/", endpoint.path) };
    let scheme = endpoint.url.split_once("://").map_or("https", |(s, _)| s);
    let mut headers = vec![
        ("Host".to_string(), endpoint.authority.clone()),
        ("Content-Type".to_string(), service::CONTENT_TYPE.to_string()),
        ("X-Amz-Target".to_string(), format!("{}.{}", service::TARGET_PREFIX, call.operation)),
    ];
    if call.body.gzip {
        headers.push(("Content-Encoding".to_string(), "gzip".to_string()));
    }
    if service::QUERY_COMPATIBLE {
        headers.push(("x-amzn-query-mode".to_string(), "true".to_string()));
    }
    let body = &call.body.bytes;
    let signed = crate::sigv4::sign(
        &crate::sigv4::SignableRequest { method: "POST", path: &path, query: "", headers: &headers, body },
        creds,
        &crate::sigv4::SigningScope { region, service: service::SIGNING_NAME, time: DateTime::now() },
    );
    headers.extend(signed.headers);
    let (user_agent, amz_user_agent) = user_agents(call.app);
    headers.push(("User-Agent".to_string(), user_agent));
    headers.push(("x-amz-user-agent".to_string(), amz_user_agent));
    headers.push(("amz-sdk-invocation-id".to_string(), call.invocation_id.to_string()));
    headers.push(("amz-sdk-request".to_string(), format!("attempt={}; max={}", call.attempt, call.max_attempts)));
    headers.push(("Content-Length".to_string(), body.len().to_string()));
    Request { method: "POST", url: format!("{scheme}://{}{path}", endpoint.authority), headers, body: body.clone() }
}

/// What an error response says: its code, its message, and a JSON object to read the modeled
/// error from.
struct ErrorParts<'a> {
    code: Option<String>,
    message: Option<String>,
    json: std::borrow::Cow<'a, [u8]>,
}

/// The longest message kept from an error body that is not JSON.
const MAX_TEXT_MESSAGE: usize = 1024;

/// The code is, per the awsJson specification, the `X-Amzn-ErrorType` header (when not empty;
/// a query-compatible service's `x-amzn-query-error` first),
/// else the body's `__type`, else its `code`; any `namespace#` prefix and `:suffix` removed. The
/// message is the body's `message`, `Message` or `errorMessage`. A body that is not a JSON object
/// (a proxy's HTML page, say) gives its text, trimmed and bounded, as the message, as botocore
/// does; the modeled error is then read from `{"message": text}`.
fn error_parts(resp: &Response) -> ErrorParts<'_> {
    // A query-compatible service names the error as its awsQuery API did: `Code;Fault`.
    let query_code = resp.header("x-amzn-query-error").filter(|_| service::QUERY_COMPATIBLE).and_then(|h| h.split(';').next());
    let header = query_code
        .or_else(|| resp.header("x-amzn-errortype"))
        .filter(|h| !h.trim().is_empty())
        .map(str::to_string);
    match crate::json::top_level_strings(&resp.body, ["__type", "code", "message", "Message", "errorMessage"]) {
        Some([ty, code, m1, m2, m3]) => ErrorParts {
            code: header.or(ty).or(code).and_then(|c| sanitize_code(&c)),
            message: m1.or(m2).or(m3),
            json: std::borrow::Cow::Borrowed(&resp.body),
        },
        None => {
            let text = String::from_utf8_lossy(&resp.body);
            let text = text.trim();
            let message = (!text.is_empty()).then(|| match text.char_indices().nth(MAX_TEXT_MESSAGE) {
                Some((cut, _)) => format!("{}…", &text[..cut]),
                None => text.to_string(),
            });
            let mut object = serde_json::Map::new();
            if let Some(m) = &message {
                object.insert("message".to_string(), Value::String(m.clone()));
            }
            ErrorParts {
                code: header.and_then(|c| sanitize_code(&c)),
                message,
                json: std::borrow::Cow::Owned(Value::Object(object).to_string().into_bytes()),
            }
        }
    }
}

/// `aws.protocoltests#FooError:http://internal.amazon.com/` → `FooError`.
fn sanitize_code(raw: &str) -> Option<String> {
    let no_suffix = raw.split(':').next().unwrap_or(raw);
    let code = no_suffix.rsplit('#').next().unwrap_or(no_suffix).trim();
    (!code.is_empty()).then(|| code.to_string())
}

fn parse<O: FromJson, E: OperationError>(resp: Response) -> Result<O, Error<E>> {
    let request_id = resp.header("x-amzn-requestid").map(str::to_string);
    let status = resp.status;
    if (200..300).contains(&status) {
        // Nothing to read: whatever the body holds is ignored.
        if O::IGNORES_VALUE {
            return Ok(O::zero_value());
        }
        let body = resp.body.trim_ascii();
        // An empty body, or `null`, is an empty output.
        let body: &[u8] = if body.is_empty() || body == b"null" { b"{}" } else { body };
        return O::from_slice(body).map_err(|e| {
            Error::Response(ResponseError {
                status,
                request_id,
                message: "the body does not match the output shape".to_string(),
                source: Some(Box::new(e)),
            })
        });
    }
    let parts = error_parts(&resp);
    let unhandled = Unhandled { code: parts.code.clone(), message: parts.message.clone(), status: Some(status), request_id: request_id.clone() };
    let error = E::from_response(parts.code.as_deref().unwrap_or(""), &parts.json, unhandled);
    Err(Error::Service { error, status, request_id })
}
