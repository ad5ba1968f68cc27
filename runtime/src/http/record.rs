//! Record real exchanges to a file, and replay them in tests without the network.
//!
//! [`Recorder`] wraps a transport and appends each exchange to a JSON Lines file, without
//! what proves identity: the `Authorization` and `X-Amz-Security-Token` headers, presigned
//! URLs' signing parameters, and response members named like credentials (`SecretAccessKey`,
//! `SessionToken`, `Token`...) are replaced by `REDACTED`. [`Replayer`] answers from such a
//! file: a request matches a recorded one with the same method, path and query (signing
//! parameters aside, the host ignored, so the endpoint may change), `X-Amz-Target` and body;
//! each recording answers once, in order. Bodies must be equal: give the client a fixed
//! idempotency token source (`ConfigBuilder::idempotency_token_provider`) when an operation
//! has one. Bodies are kept as text when they are UTF-8, as base64 otherwise (objects,
//! images), so a replay gives back the same bytes.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde_json::{json, Value};

use super::{BoxFuture, HttpClient, HttpError, HttpErrorKind, Request, Response};

const REDACTED: &str = "REDACTED";

/// Request headers that prove identity: never written.
const SECRET_HEADERS: &[&str] = &["authorization", "x-amz-security-token", "proxy-authorization"];

/// Query parameters of a presigned URL that prove identity: never written, nor matched.
const SECRET_QUERY: &[&str] = &["X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token"];

/// Members of a response body that hold credentials (STS, SSO, ECS, Cognito).
const SECRET_MEMBERS: &[&str] =
    &["SecretAccessKey", "secretAccessKey", "SessionToken", "sessionToken", "Token", "accessToken", "SecretKey"];

/// A transport that records each exchange of `inner` to a file.
pub struct Recorder<C> {
    inner: C,
    path: PathBuf,
    file: Mutex<()>,
}

impl<C: HttpClient> Recorder<C> {
    /// Records to `path`, appending (the file is created when missing).
    pub fn new(inner: C, path: impl Into<PathBuf>) -> Self {
        Recorder { inner, path: path.into(), file: Mutex::new(()) }
    }

    fn append(&self, request: &Request, response: &Response) -> std::io::Result<()> {
        use std::io::Write;
        let line = json!({
            "method": request.method,
            "target": key_target(request),
            "path": key_path(&request.url),
            "headers": request.headers.iter()
                .filter(|(k, _)| !SECRET_HEADERS.contains(&k.to_ascii_lowercase().as_str()))
                .map(|(k, v)| json!([k, v])).collect::<Vec<_>>(),
            "body": body_value(&request.body, false),
            "response": {
                "status": response.status,
                "headers": response.headers.iter().map(|(k, v)| json!([k, v])).collect::<Vec<_>>(),
                "body": body_value(&response.body, true),
            },
        });
        let _one = self.file.lock().map_err(|_| std::io::Error::other("a recording thread panicked"))?;
        let mut file = std::fs::OpenOptions::new().create(true).append(true).open(&self.path)?;
        writeln!(file, "{line}")
    }
}

impl<C> fmt::Debug for Recorder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Recorder({})", self.path.display())
    }
}

impl<C: HttpClient> HttpClient for Recorder<C> {
    fn send(&self, request: Request) -> BoxFuture<'_, Result<Response, HttpError>> {
        Box::pin(async move {
            let sent = request.clone();
            let response = self.inner.send(request).await?;
            self.append(&sent, &response).map_err(|e| {
                HttpError::new(HttpErrorKind::Other, format!("recording to {}: {e}", self.path.display()))
            })?;
            Ok(response)
        })
    }
}

/// A transport that answers from a file [`Recorder`] wrote, and never reaches the network.
pub struct Replayer {
    path: PathBuf,
    /// The recordings, and whether each has answered.
    recorded: Mutex<Vec<(Value, bool)>>,
}

impl Replayer {
    /// Reads the recordings of `path`; a line that is not one is an error naming it.
    pub fn from_file(path: impl AsRef<Path>) -> Result<Self, crate::error::ConfigError> {
        let path = path.as_ref();
        let setting = format!("recording {}", path.display());
        let text =
            std::fs::read_to_string(path).map_err(|e| crate::error::ConfigError::new(&setting, e.to_string()))?;
        let mut recorded = Vec::new();
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let value: Value = serde_json::from_str(line)
                .map_err(|e| crate::error::ConfigError::new(&setting, format!("line {}: {e}", n + 1)))?;
            if value["method"].as_str().is_none() || value["response"]["status"].as_u64().is_none() {
                return Err(crate::error::ConfigError::new(&setting, format!("line {}: not a recording", n + 1)));
            }
            recorded.push((value, false));
        }
        Ok(Replayer { path: path.to_path_buf(), recorded: Mutex::new(recorded) })
    }

    fn answer(&self, request: &Request) -> Option<Response> {
        let (target, path) = (key_target(request), key_path(&request.url));
        let mut recorded = self.recorded.lock().ok()?;
        let (value, used) = recorded.iter_mut().find(|(v, used)| {
            !*used
                && v["method"] == request.method
                && v["target"].as_str() == target.as_deref()
                && v["path"] == path
                && body_bytes(&v["body"]).as_deref() == Some(&request.body[..])
        })?;
        *used = true;
        let r = &value["response"];
        let pairs = |v: &Value| -> Vec<(String, String)> {
            v.as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| Some((p[0].as_str()?.to_string(), p[1].as_str()?.to_string())))
                .collect()
        };
        Some(Response {
            status: r["status"].as_u64().and_then(|s| u16::try_from(s).ok()).unwrap_or(500),
            headers: pairs(&r["headers"]),
            body: body_bytes(&r["body"]).unwrap_or_default(),
        })
    }
}

impl fmt::Debug for Replayer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Replayer({})", self.path.display())
    }
}

impl HttpClient for Replayer {
    fn send(&self, request: Request) -> BoxFuture<'_, Result<Response, HttpError>> {
        Box::pin(async move {
            self.answer(&request).ok_or_else(|| {
                let target = key_target(&request).map(|t| format!(" ({t})")).unwrap_or_default();
                HttpError::new(
                    HttpErrorKind::Other,
                    format!(
                        "no recording in {} left for {} {}{target} with this body",
                        self.path.display(),
                        request.method,
                        key_path(&request.url)
                    ),
                )
            })
        })
    }
}

/// A body as recorded: its text when it is UTF-8 (a response's with credentials redacted),
/// else base64 (an object, an image), so that replay gives back the same bytes.
fn body_value(body: &[u8], response: bool) -> Value {
    match std::str::from_utf8(body) {
        Ok(text) if response => json!({ "text": redact_body(text) }),
        Ok(text) => json!({ "text": text }),
        Err(_) => json!({ "base64": crate::http_binding::base64(body) }),
    }
}

fn body_bytes(value: &Value) -> Option<Vec<u8>> {
    match (value["text"].as_str(), value["base64"].as_str()) {
        (Some(text), _) => Some(text.as_bytes().to_vec()),
        (None, Some(b64)) => crate::http_binding::from_base64(b64),
        (None, None) => None,
    }
}

/// The operation of an awsJson request.
fn key_target(request: &Request) -> Option<String> {
    super::header(&request.headers, "x-amz-target").map(str::to_string)
}

/// The URL's path and query without the host and without signing parameters.
fn key_path(url: &str) -> String {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    let Some((path, query)) = path.split_once('?') else { return path.to_string() };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let name = pair.split('=').next().unwrap_or("");
            !SECRET_QUERY.iter().any(|s| s.eq_ignore_ascii_case(name))
        })
        .collect();
    if kept.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

/// A response body with credential members' values replaced: JSON members, and XML elements.
fn redact_body(body: &str) -> String {
    if let Ok(mut value) = serde_json::from_str::<Value>(body) {
        redact_json(&mut value);
        return value.to_string();
    }
    let mut out = body.to_string();
    for name in SECRET_MEMBERS {
        let (open, close) = (format!("<{name}>"), format!("</{name}>"));
        let mut from = 0;
        while let Some(start) = out[from..].find(&open).map(|i| from + i + open.len()) {
            let Some(end) = out[start..].find(&close).map(|i| start + i) else { break };
            out.replace_range(start..end, REDACTED);
            from = start + REDACTED.len() + close.len();
        }
    }
    out
}

fn redact_json(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                if SECRET_MEMBERS.contains(&k.as_str()) && v.is_string() {
                    *v = Value::from(REDACTED);
                } else {
                    redact_json(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(redact_json),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_the_host_and_signing_parameters() {
        assert_eq!(key_path("https://a.example/x/y?b=1&X-Amz-Signature=abc&c=2"), "/x/y?b=1&c=2");
        assert_eq!(key_path("http://127.0.0.1:9/?X-Amz-Credential=k"), "/");
        assert_eq!(key_path("https://host"), "/");
    }

    #[test]
    fn binary_bodies_come_back_byte_for_byte() {
        let bytes = vec![0u8, 159, 146, 150, 255];
        let value = body_value(&bytes, true);
        assert!(value["base64"].is_string());
        assert_eq!(body_bytes(&value), Some(bytes));
        assert_eq!(body_bytes(&body_value(b"{}", false)), Some(b"{}".to_vec()));
    }

    #[test]
    fn credential_members_are_redacted_in_json_and_xml() {
        let json =
            redact_body(r#"{"Credentials":{"AccessKeyId":"AKID","SecretAccessKey":"s3cr3t","SessionToken":"tok"}}"#);
        assert!(!json.contains("s3cr3t") && !json.contains("tok\"") && json.contains("AKID"), "{json}");
        let xml = redact_body(
            "<Credentials><SecretAccessKey>s3cr3t</SecretAccessKey><SessionToken>tok</SessionToken></Credentials>",
        );
        assert_eq!(xml, "<Credentials><SecretAccessKey>REDACTED</SecretAccessKey><SessionToken>REDACTED</SessionToken></Credentials>");
    }
}
