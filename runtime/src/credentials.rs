//! Where credentials come from, and caching them until shortly before they expire.

use std::fmt;
use std::sync::{Arc, Mutex};
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
            let c = match self.inner.provide().await {
                Ok(c) => c,
                Err(e) => {
                    tracing::debug!(error = %e, "credentials could not be refreshed");
                    return Err(e);
                }
            };
            // Never the keys or the token: only that it happened, and until when.
            match c.expires() {
                Some(expires) => tracing::debug!(%expires, "credentials refreshed"),
                None => tracing::debug!("credentials loaded (no expiry)"),
            }
            if let Ok(mut guard) = self.cached.lock() {
                *guard = Some(c.clone());
            }
            Ok(c)
        })
    }
}

mod profile;
mod remote;

pub(crate) use profile::Files;

/// A credentials error that has no underlying cause.
fn fail(what: String) -> CredentialsError {
    CredentialsError::new(what, None)
}

/// The AWS default credential chain, in the order the AWS SDKs use:
///
/// 1. environment variables: `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`;
/// 2. the active profile (`AWS_PROFILE`, default `default`) of the shared `credentials` and
///    `config` files (`AWS_SHARED_CREDENTIALS_FILE`, `AWS_CONFIG_FILE`): static keys, a web
///    identity token (`web_identity_token_file` + `role_arn`), IAM Identity Center
///    (`sso_session` or the legacy `sso_start_url`, with the token `aws sso login` cached), or
///    `credential_process`;
/// 3. a web identity token from `AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN` (EKS);
/// 4. ECS container credentials (`AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` or `_FULL_URI`, with
///    `AWS_CONTAINER_AUTHORIZATION_TOKEN[_FILE]`);
/// 5. EC2 instance metadata (IMDSv2), unless `AWS_EC2_METADATA_DISABLED=true`.
///
/// A source that is configured but fails (an expired SSO login, a refused role) is an error
/// naming it; the chain does not silently fall through to the next. Nor does it when
/// `AWS_PROFILE` names a profile that exists in neither file: that is an error before any source
/// is tried. The chain's STS and SSO calls go to the endpoint a client of those services would
/// use (`AWS_ENDPOINT_URL_STS`, the profile's `services` section, `AWS_ENDPOINT_URL`, the
/// profile's `endpoint_url`; see [`Config::from_env`](crate::Config::from_env)). Its requests go through this
/// crate's [`DefaultHttpClient`](crate::http::DefaultHttpClient), giving up on a connection
/// after one second; STS, SSO and ECS calls with the proxy and trust settings of
/// [`with_network`](Self::with_network) (those of the environment for `Config::from_env`),
/// instance metadata (a link-local address) always directly. Wrap it in [`Cached`] (the config
/// builder does) so it runs only when credentials near expiry.
pub struct DefaultChain {
    http: Arc<dyn crate::http::HttpClient>,
    /// Never through a proxy: it must not leave the instance.
    imds: crate::http::DefaultHttpClient,
}

impl DefaultChain {
    /// The default chain: direct connections, the default trust.
    pub fn new() -> Self {
        Self::with_network(crate::http::ProxyConfig::none(), &crate::http::TrustConfig::default())
    }

    /// The default chain, its STS, SSO and ECS calls going through `proxy` where it says so, and
    /// every TLS connection trusting `trust`.
    pub fn with_network(proxy: crate::http::ProxyConfig, trust: &crate::http::TrustConfig) -> Self {
        let connect = Some(Duration::from_secs(1));
        DefaultChain {
            http: Arc::new(crate::http::DefaultHttpClient::with_network(connect, proxy, trust)),
            imds: crate::http::DefaultHttpClient::with_network(connect, crate::http::ProxyConfig::none(), trust),
        }
    }

    /// A chain whose every remote source fails with `error` (a setting that cannot be used).
    pub(crate) fn unusable(error: crate::error::ConfigError) -> Self {
        DefaultChain { http: Arc::new(crate::http::Unusable(error)), imds: crate::http::DefaultHttpClient::new(None) }
    }

    async fn find(&self) -> Result<Option<Credentials>, CredentialsError> {
        let files = profile::Files::load();
        files.check_named_profile()?;
        if let Some(c) = profile::from_env_vars() {
            return Ok(Some(c));
        }
        if let Some(c) = profile::from_profile(&files, &*self.http).await? {
            return Ok(Some(c));
        }
        if let Some(c) = remote::web_identity_from_env(&files, &*self.http).await? {
            return Ok(Some(c));
        }
        if let Some(c) = remote::container(&*self.http).await? {
            return Ok(Some(c));
        }
        remote::instance_metadata(&files, &self.imds).await
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
            self.find().await?.ok_or_else(|| {
                CredentialsError::new(
                    "none found in the environment, the shared config and credentials files, web identity, ECS or EC2 instance metadata",
                    None,
                )
            })
        })
    }
}
