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
        operation: &'static str,
        input: Value,
        context: Option<Vec<(&'static str, Value)>>,
    ) -> Result<O, Error<E>> {
        let mut endpoint = match context {
            Some(context) => crate::endpoint::resolve(&crate::endpoint::with_context(&self.params, context)),
            None => self.endpoint.clone(),
        };
        // A custom endpoint (a local emulator, a proxy) is taken as given: `sync-localhost`
        // would not resolve.
        if self.config.endpoint_url.is_none() {
            endpoint = endpoint.and_then(|e| crate::endpoint::with_host_prefix(e, operation, &input));
        }
        let body = serde_json::to_vec(&input).unwrap_or_else(|_| b"{}".to_vec());
        let sent = self.send(operation, body, endpoint);
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
        body: Vec<u8>,
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
        let mut spent = 0;
        let mut attempt = 1;
        loop {
            let creds = credentials.provide().await.map_err(Error::Credentials)?;
            let request = build_request(&endpoint, &region, operation, &body, &creds, self.config.app_name.as_deref());
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
    let body: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Null);
    match error_code(resp, &body) {
        Some(code) => {
            THROTTLING.contains(&code.as_str())
                || TRANSIENT.contains(&code.as_str())
                || service::RETRYABLE_ERRORS.contains(&code.as_str())
        }
        None => false,
    }
}

fn user_agent(app: Option<&str>) -> String {
    let mut ua = format!("{}/{} lang/rust", service::CRATE_NAME, service::CRATE_VERSION);
    if let Some(app) = app {
        ua.push_str(" app/");
        ua.extend(app.chars().filter(|c| c.is_ascii_graphic()));
    }
    ua
}

fn build_request(
    endpoint: &crate::endpoint::Endpoint,
    region: &str,
    operation: &str,
    body: &[u8],
    creds: &crate::sigv4::Credentials,
    app: Option<&str>,
) -> Request {
    let mut headers = vec![
        ("Host".to_string(), endpoint.authority.clone()),
        ("Content-Type".to_string(), service::CONTENT_TYPE.to_string()),
        ("X-Amz-Target".to_string(), format!("{}.{operation}", service::TARGET_PREFIX)),
    ];
    let signed = crate::sigv4::sign(
        &crate::sigv4::SignableRequest { method: "POST", path: &endpoint.path, query: "", headers: &headers, body },
        creds,
        &crate::sigv4::SigningScope { region, service: service::SIGNING_NAME, time: DateTime::now() },
    );
    headers.extend(signed.headers);
    headers.push(("User-Agent".to_string(), user_agent(app)));
    headers.push(("Content-Length".to_string(), body.len().to_string()));
    Request { method: "POST", url: endpoint.url.clone(), headers, body: body.to_vec() }
}

/// The error code of an error response, per the awsJson specification: the
/// `X-Amzn-ErrorType` header, else `__type`, else `code`; with any `namespace#` prefix and
/// `:suffix` removed.
pub(crate) fn error_code(resp: &Response, body: &Value) -> Option<String> {
    let raw = resp
        .header("x-amzn-errortype")
        .or_else(|| body.get("__type").and_then(Value::as_str))
        .or_else(|| body.get("code").and_then(Value::as_str))?;
    let no_suffix = raw.split(':').next().unwrap_or(raw);
    let code = no_suffix.rsplit('#').next().unwrap_or(no_suffix).trim();
    (!code.is_empty()).then(|| code.to_string())
}

fn parse<O: FromJson, E: OperationError>(resp: Response) -> Result<O, Error<E>> {
    let request_id = resp.header("x-amzn-requestid").map(str::to_string);
    let status = resp.status;
    let empty = resp.body.iter().all(u8::is_ascii_whitespace);
    if (200..300).contains(&status) {
        if O::IGNORES_VALUE {
            return O::from_json(&Value::Null).map_err(|e| {
                Error::Response(ResponseError { status, request_id, message: "no output".to_string(), source: Some(Box::new(e)) })
            });
        }
        let value = if empty {
            Value::Object(Default::default())
        } else {
            serde_json::from_slice(&resp.body).map_err(|e| {
                Error::Response(ResponseError {
                    status,
                    request_id: request_id.clone(),
                    message: "the body is not JSON".to_string(),
                    source: Some(Box::new(e)),
                })
            })?
        };
        return O::from_json(&value).map_err(|e| {
            Error::Response(ResponseError {
                status,
                request_id,
                message: "the body does not match the output shape".to_string(),
                source: Some(Box::new(e)),
            })
        });
    }
    // Error bodies are not always JSON (a proxy's HTML page, say): keep what can be kept.
    let mut body: Value = serde_json::from_slice(&resp.body).unwrap_or(Value::Object(Default::default()));
    // Services send the message as `message` or `Message`; give the error shape both spellings
    // so a modeled `message` member is filled either way.
    if let Some(obj) = body.as_object_mut() {
        for (from, to) in [("Message", "message"), ("message", "Message")] {
            if let (Some(v), false) = (obj.get(from).cloned(), obj.contains_key(to)) {
                obj.insert(to.to_string(), v);
            }
        }
    }
    let code = error_code(&resp, &body);
    let message = ["message", "Message", "errorMessage"].iter().find_map(|k| body.get(*k).and_then(Value::as_str)).map(str::to_string);
    let unhandled = Unhandled { code: code.clone(), message, status: Some(status), request_id: request_id.clone() };
    let error = E::from_response(code.as_deref().unwrap_or(""), &body, unhandled);
    Err(Error::Service { error, status, request_id })
}
