// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! Client configuration: region, credentials, endpoint, retries, timeouts, transport.

use std::sync::Arc;
use std::time::Duration;

use crate::credentials::ProvideCredentials;
use crate::http::HttpClient;

/// How failed attempts are retried (the AWS "standard" retry mode).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryConfig {
    /// Attempts in all, the first included (default 3; 1 disables retries).
    pub max_attempts: u32,
    /// The longest wait between attempts (default 20 s).
    pub max_backoff: Duration,
    /// The first wait's upper bound before jitter (default 1 s; doubles per attempt).
    pub initial_backoff: Duration,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig { max_attempts: 3, max_backoff: Duration::from_secs(20), initial_backoff: Duration::from_secs(1) }
    }
}

/// Timeouts; `None` means no limit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimeoutConfig {
    /// Making a connection (default 3.1 s, like the AWS SDKs).
    pub connect: Option<Duration>,
    /// One attempt: sending the request and reading the whole response.
    pub attempt: Option<Duration>,
    /// The whole call, retries and waits included.
    pub operation: Option<Duration>,
}

/// Request compression (`@requestCompression` operations), as the AWS SDKs configure it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompressionConfig {
    /// Never compress (`AWS_DISABLE_REQUEST_COMPRESSION`).
    pub disabled: bool,
    /// Bodies smaller than this many bytes are sent as they are (default 10240;
    /// `AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES`, at most 10485760).
    pub min_size: u32,
}

impl Default for CompressionConfig {
    fn default() -> Self {
        CompressionConfig { disabled: false, min_size: 10_240 }
    }
}

/// The largest minimum compression size the AWS SDKs accept.
pub const MAX_MIN_COMPRESSION_SIZE: u32 = 10_485_760;

/// Everything a [`Client`](crate::Client) needs. Build one with [`Config::builder`], or load
/// it the way the AWS CLI does with [`Config::from_env`].
#[derive(Clone, Debug)]
pub struct Config {
    pub(crate) region: Option<String>,
    pub(crate) credentials: Option<Arc<dyn ProvideCredentials>>,
    pub(crate) endpoint_url: Option<String>,
    pub(crate) use_fips: bool,
    pub(crate) use_dual_stack: bool,
    pub(crate) account_id: Option<String>,
    pub(crate) account_id_endpoint_mode: Option<String>,
    pub(crate) retry: RetryConfig,
    pub(crate) timeouts: TimeoutConfig,
    pub(crate) http_client: Option<Arc<dyn HttpClient>>,
    pub(crate) app_name: Option<String>,
    pub(crate) compression: CompressionConfig,
    pub(crate) disable_host_prefix: bool,
}

impl Config {
    /// An empty builder: set at least a region and credentials.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder {
            config: Config {
                region: None,
                credentials: None,
                endpoint_url: None,
                use_fips: false,
                use_dual_stack: false,
                account_id: None,
                account_id_endpoint_mode: None,
                retry: RetryConfig::default(),
                timeouts: TimeoutConfig { connect: Some(Duration::from_millis(3100)), attempt: None, operation: None },
                http_client: None,
                app_name: None,
                compression: CompressionConfig::default(),
                disable_host_prefix: false,
            },
        }
    }

    /// A builder starting from this configuration.
    pub fn to_builder(&self) -> ConfigBuilder {
        ConfigBuilder { config: self.clone() }
    }

    /// The region requests go to.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// The endpoint URL set explicitly or through `AWS_ENDPOINT_URL*`, if any.
    pub fn endpoint_url(&self) -> Option<&str> {
        self.endpoint_url.as_deref()
    }

    /// The retry settings.
    pub fn retry(&self) -> &RetryConfig {
        &self.retry
    }

    /// The timeout settings.
    pub fn timeouts(&self) -> &TimeoutConfig {
        &self.timeouts
    }

    /// The request compression settings.
    pub fn compression(&self) -> &CompressionConfig {
        &self.compression
    }
}

/// Builds a [`Config`].
#[derive(Clone, Debug)]
pub struct ConfigBuilder {
    config: Config,
}

impl ConfigBuilder {
    /// The region, for example `us-east-1`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.config.region = Some(region.into());
        self
    }

    /// Where credentials come from: fixed [`Credentials`](crate::sigv4::Credentials), or any
    /// provider (the default chain of [`Config::from_env`], or your own).
    pub fn credentials(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.config.credentials = Some(Arc::new(crate::credentials::Cached::new(provider)));
        self
    }

    /// Sends every request to this URL instead of the resolved AWS endpoint (a local fake, a
    /// proxy, a VPC endpoint).
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.config.endpoint_url = Some(url.into());
        self
    }

    /// Use FIPS endpoints.
    pub fn use_fips(mut self, on: bool) -> Self {
        self.config.use_fips = on;
        self
    }

    /// Use dual-stack (IPv4 and IPv6) endpoints.
    pub fn use_dual_stack(mut self, on: bool) -> Self {
        self.config.use_dual_stack = on;
        self
    }

    /// The AWS account id, for services whose endpoints can include it (DynamoDB).
    pub fn account_id(mut self, id: impl Into<String>) -> Self {
        self.config.account_id = Some(id.into());
        self
    }

    /// Whether account-based endpoints are used: `preferred` (the default: when the account is
    /// known), `required` or `disabled`. Only services whose rules use it are affected.
    pub fn account_id_endpoint_mode(mut self, mode: impl Into<String>) -> Self {
        self.config.account_id_endpoint_mode = Some(mode.into());
        self
    }

    /// Retry settings.
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.config.retry = retry;
        self
    }

    /// Attempts in all (shorthand for the retry setting).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.config.retry.max_attempts = attempts.max(1);
        self
    }

    /// Timeout settings.
    pub fn timeouts(mut self, timeouts: TimeoutConfig) -> Self {
        self.config.timeouts = timeouts;
        self
    }

    /// The HTTP transport (default: hyper with rustls).
    pub fn http_client(mut self, client: impl HttpClient + 'static) -> Self {
        self.config.http_client = Some(Arc::new(client));
        self
    }

    /// Request compression settings; a minimum size above [`MAX_MIN_COMPRESSION_SIZE`] is
    /// lowered to it.
    pub fn compression(mut self, compression: CompressionConfig) -> Self {
        self.config.compression =
            CompressionConfig { min_size: compression.min_size.min(MAX_MIN_COMPRESSION_SIZE), ..compression };
        self
    }

    /// Sends operations with a host prefix (`@endpoint`) to the endpoint's host as it is. For
    /// local emulators reached by a custom endpoint URL that cannot take the prefix
    /// (`sync-localhost` does not resolve); AWS itself needs the prefix.
    pub fn disable_host_prefix(mut self, disable: bool) -> Self {
        self.config.disable_host_prefix = disable;
        self
    }

    /// An application name added to the `User-Agent`.
    pub fn app_name(mut self, name: impl Into<String>) -> Self {
        self.config.app_name = Some(name.into());
        self
    }

    /// The configuration.
    pub fn build(self) -> Config {
        self.config
    }
}
