//! Where credentials come from, and caching them until shortly before they expire.

use std::fmt;
use std::sync::Mutex;
use std::time::Duration;

use crate::error::CredentialsError;
use crate::http::BoxFuture;
use crate::primitives::DateTime;
use crate::sigv4::Credentials;

/// Supplies credentials for each request.
pub trait ProvideCredentials: Send + Sync + fmt::Debug {
    /// Current credentials.
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>>;
}

/// Fixed credentials.
impl ProvideCredentials for Credentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        let c = self.clone();
        Box::pin(async move { Ok(c) })
    }
}

/// Refresh this long before credentials expire, so a request never carries ones that expire
/// in flight.
const REFRESH_BEFORE: Duration = Duration::from_secs(5 * 60);

/// Caches another provider's credentials until five minutes before they expire.
pub struct Cached<P> {
    inner: P,
    cached: Mutex<Option<Credentials>>,
    refresh: tokio::sync::Mutex<()>,
}

impl<P> Cached<P> {
    /// Wraps `inner`.
    pub fn new(inner: P) -> Self {
        Cached { inner, cached: Mutex::new(None), refresh: tokio::sync::Mutex::new(()) }
    }

    fn fresh(&self) -> Option<Credentials> {
        let guard = self.cached.lock().ok()?;
        let c = guard.as_ref()?;
        match c.expires() {
            None => Some(c.clone()),
            Some(exp) if exp.secs() - DateTime::now().secs() > REFRESH_BEFORE.as_secs() as i64 => Some(c.clone()),
            Some(_) => None,
        }
    }
}

impl<P: fmt::Debug> fmt::Debug for Cached<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cached").field("inner", &self.inner).finish()
    }
}

impl<P: ProvideCredentials> ProvideCredentials for Cached<P> {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            if let Some(c) = self.fresh() {
                return Ok(c);
            }
            // One refresh at a time; callers that waited find the new credentials cached.
            let _one = self.refresh.lock().await;
            if let Some(c) = self.fresh() {
                return Ok(c);
            }
            let c = self.inner.provide().await?;
            if let Ok(mut guard) = self.cached.lock() {
                *guard = Some(c.clone());
            }
            Ok(c)
        })
    }
}

/// The AWS default credential chain, provided by the `reqsign-aws-core` crate: environment
/// variables (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`), the shared
/// `config` and `credentials` files with `AWS_PROFILE` (static keys, SSO, `credential_process`),
/// web identity tokens (`AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN`), ECS container
/// credentials, and EC2 instance metadata (IMDSv2). Its HTTP requests go through this crate's
/// [`DefaultHttpClient`](crate::http::DefaultHttpClient). Wrap it in [`Cached`] (the config
/// builder does) so it runs only when credentials near expiry.
pub struct DefaultChain {
    chain: reqsign_aws_core::DefaultCredentialProvider,
    context: reqsign_core::Context,
}

impl DefaultChain {
    /// The default chain.
    pub fn new() -> Self {
        let context = reqsign_core::Context::new()
            .with_file_read(FileReader)
            .with_http_send(HttpSender(crate::http::DefaultHttpClient::new(Some(Duration::from_secs(1)))))
            .with_env(reqsign_core::OsEnv);
        DefaultChain { chain: reqsign_aws_core::DefaultCredentialProvider::new(), context }
    }
}

impl Default for DefaultChain {
    fn default() -> Self {
        Self::new()
    }
}

impl fmt::Debug for DefaultChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DefaultChain")
    }
}

impl ProvideCredentials for DefaultChain {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(async move {
            use reqsign_core::ProvideCredential;
            match self.chain.provide_credential(&self.context).await {
                Ok(Some(c)) => {
                    let creds = Credentials::new(c.access_key_id, c.secret_access_key, c.session_token);
                    Ok(match c.expires_in {
                        Some(t) => creds.with_expiry(DateTime::from_secs(t.as_second())),
                        None => creds,
                    })
                }
                Ok(None) => Err(CredentialsError::new(
                    "none found in the environment, the shared config and credentials files, web identity, ECS or EC2 instance metadata",
                    None,
                )),
                Err(e) => Err(CredentialsError::new("loading them failed", Some(Box::new(e)))),
            }
        })
    }
}

#[derive(Debug)]
struct FileReader;

impl reqsign_core::FileRead for FileReader {
    async fn file_read(&self, path: &str) -> reqsign_core::Result<Vec<u8>> {
        std::fs::read(path).map_err(|e| reqsign_core::Error::unexpected(format!("reading {path}")).with_source(e))
    }
}

#[derive(Debug)]
struct HttpSender(crate::http::DefaultHttpClient);

impl reqsign_core::HttpSend for HttpSender {
    async fn http_send(&self, req: http::Request<bytes::Bytes>) -> reqsign_core::Result<http::Response<bytes::Bytes>> {
        use crate::http::HttpClient;
        let method = match req.method().as_str() {
            "GET" => "GET",
            "PUT" => "PUT",
            "POST" => "POST",
            "DELETE" => "DELETE",
            _ => "HEAD",
        };
        let request = crate::http::Request {
            method,
            url: req.uri().to_string(),
            headers: req
                .headers()
                .iter()
                .map(|(k, v)| (k.to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
                .collect(),
            body: req.body().to_vec(),
        };
        let resp = self
            .0
            .send(request)
            .await
            .map_err(|e| reqsign_core::Error::unexpected("credential request failed").with_source(e))?;
        let mut builder = http::Response::builder().status(resp.status);
        for (k, v) in &resp.headers {
            builder = builder.header(k.as_str(), v.as_str());
        }
        builder
            .body(bytes::Bytes::from(resp.body))
            .map_err(|e| reqsign_core::Error::unexpected("bad credential response").with_source(e))
    }
}

/// The settings of the active profile (`AWS_PROFILE`, default `default`) in the shared config
/// file (`AWS_CONFIG_FILE`, default `~/.aws/config`): region, endpoint URL and the like.
pub(crate) fn profile_settings() -> std::collections::BTreeMap<String, String> {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let home = env("HOME").or_else(|| env("USERPROFILE"));
    let path = env("AWS_CONFIG_FILE").or_else(|| home.map(|h| format!("{h}/.aws/config")));
    let profile = env("AWS_PROFILE").unwrap_or_else(|| "default".to_string());
    let text = path.and_then(|p| std::fs::read_to_string(p).ok()).unwrap_or_default();
    parse_profile(&text, &profile)
}

fn parse_profile(text: &str, profile: &str) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    let mut active = false;
    for line in text.lines() {
        let line = line.split(['#', ';']).next().unwrap_or("").trim();
        if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let name = section.trim();
            let name = name.strip_prefix("profile ").map(str::trim).unwrap_or(name);
            active = name == profile;
        } else if let (true, Some((k, v))) = (active, line.split_once('=')) {
            out.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    out
}
