//! Configuration shared by every client: region, credentials, endpoint, retries, timeouts,
//! transport.
//!
//! Load it once ([`Config::from_env`] or [`Config::builder`]) and build any number of clients
//! of any services from it: they share its credential provider (one cache, one refresh at a
//! time) and its HTTP client (one connection pool). A client that needs other settings builds
//! from [`Config::to_builder`], which keeps sharing both.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use crate::credentials::ProvideCredentials;
use crate::http::{HttpClient, ProxyConfig, TrustConfig};

mod s3;

pub(crate) use s3::{builtins, s3_call};
pub use s3::{AddressingStyle, S3Config};

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
    /// The whole call, retries and waits included. For an operation whose output streams
    /// (a download, an event stream), the call ends when the response's headers arrive; the
    /// stream itself is not cut, however long it runs.
    pub operation: Option<Duration>,
    /// An event stream's longest silence: waiting longer for its next message is an
    /// `Error::Timeout` from `recv` (none by default: a model may think for minutes).
    pub stream_idle: Option<Duration>,
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

/// Endpoint URLs configured outside code: the environment and the shared config file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct EndpointUrls {
    /// `AWS_ENDPOINT_URL`.
    pub(crate) general: Option<String>,
    /// `AWS_ENDPOINT_URL_<ID>`, by service id (`PROTON`, `DYNAMODB`).
    pub(crate) services: BTreeMap<String, String>,
    /// The profile's `endpoint_url`.
    pub(crate) profile_general: Option<String>,
    /// The `endpoint_url` of each service in the profile's `services` section, by the section's
    /// key (`dynamodb`, `elastic_beanstalk`: the service id in lower case).
    pub(crate) profile_services: BTreeMap<String, String>,
}

impl EndpointUrls {
    /// The URL for the service whose `AWS_ENDPOINT_URL_<ID>` suffix is `env_id`, in the AWS
    /// SDKs' order: its variable, its entry in the profile's `services` section,
    /// `AWS_ENDPOINT_URL`, the profile's `endpoint_url`.
    pub(crate) fn for_service(&self, env_id: &str) -> Option<String> {
        self.services
            .get(env_id)
            .or_else(|| self.profile_services.get(&env_id.to_ascii_lowercase()))
            .or(self.general.as_ref())
            .or(self.profile_general.as_ref())
            .cloned()
    }

    /// The URL configured for every service, if any.
    pub(crate) fn general(&self) -> Option<&str> {
        self.general.as_deref().or(self.profile_general.as_deref())
    }
}

/// Everything a client needs, for every service. Build one with [`Config::builder`], or load it
/// the way the AWS CLI does with [`Config::from_env`]. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Config {
    pub(crate) region: Option<String>,
    pub(crate) credentials: Option<Arc<dyn ProvideCredentials>>,
    /// Set in code: wins over the environment's.
    pub(crate) endpoint_url: Option<String>,
    pub(crate) env_endpoints: Arc<EndpointUrls>,
    pub(crate) use_fips: bool,
    pub(crate) use_dual_stack: bool,
    pub(crate) account_id: Option<String>,
    pub(crate) account_id_endpoint_mode: Option<String>,
    pub(crate) retry: RetryConfig,
    pub(crate) timeouts: TimeoutConfig,
    pub(crate) http: Arc<dyn HttpClient>,
    pub(crate) proxy: ProxyConfig,
    pub(crate) trust: TrustConfig,
    pub(crate) app_name: Option<String>,
    pub(crate) compression: CompressionConfig,
    pub(crate) disable_host_prefix: bool,
    pub(crate) s3: S3Config,
    pub(crate) sts_global_endpoint: bool,
    pub(crate) checksums: crate::checksum::ChecksumConfig,
    pub(crate) idempotency_tokens: Option<TokenSource>,
    /// Answers every call instead of the transport (tests only: see [`crate::mock`]).
    pub(crate) mock: Option<crate::mock::Mock>,
}

/// Where idempotency tokens the caller left unset come from (random UUIDs unless set).
#[derive(Clone)]
pub(crate) struct TokenSource(Arc<dyn Fn() -> String + Send + Sync>);

impl std::fmt::Debug for TokenSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenSource")
    }
}

impl TokenSource {
    pub(crate) fn token(&self) -> String {
        (self.0)()
    }
}

impl Config {
    /// An empty builder: set at least a region and credentials.
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder {
            region: None,
            credentials: None,
            endpoint_url: None,
            env_endpoints: Arc::default(),
            use_fips: false,
            use_dual_stack: false,
            account_id: None,
            account_id_endpoint_mode: None,
            retry: RetryConfig::default(),
            timeouts: TimeoutConfig {
                connect: Some(Duration::from_millis(3100)),
                attempt: None,
                operation: None,
                stream_idle: None,
            },
            http: None,
            proxy: ProxyConfig::none(),
            trust: TrustConfig::default(),
            app_name: None,
            compression: CompressionConfig::default(),
            disable_host_prefix: false,
            s3: S3Config::default(),
            sts_global_endpoint: false,
            checksums: crate::checksum::ChecksumConfig::default(),
            idempotency_tokens: None,
            mock: None,
        }
    }

    /// A builder starting from this configuration; what it builds shares this configuration's
    /// credential provider and HTTP client.
    pub fn to_builder(&self) -> ConfigBuilder {
        let c = self.clone();
        ConfigBuilder {
            region: c.region,
            credentials: c.credentials,
            endpoint_url: c.endpoint_url,
            env_endpoints: c.env_endpoints,
            use_fips: c.use_fips,
            use_dual_stack: c.use_dual_stack,
            account_id: c.account_id,
            account_id_endpoint_mode: c.account_id_endpoint_mode,
            retry: c.retry,
            timeouts: c.timeouts,
            http: Some(c.http),
            proxy: c.proxy,
            trust: c.trust,
            app_name: c.app_name,
            compression: c.compression,
            disable_host_prefix: c.disable_host_prefix,
            s3: c.s3,
            sts_global_endpoint: c.sts_global_endpoint,
            checksums: c.checksums,
            idempotency_tokens: c.idempotency_tokens,
            mock: c.mock,
        }
    }

    /// The endpoint URL for the service whose `AWS_ENDPOINT_URL_<ID>` suffix is `env_id`: set
    /// in code, else the service's own (`AWS_ENDPOINT_URL_<ID>`, then the profile's `services`
    /// section), else the general one (`AWS_ENDPOINT_URL`, then the profile's `endpoint_url`).
    pub fn endpoint_for(&self, env_id: &str) -> Option<String> {
        self.endpoint_url.clone().or_else(|| self.env_endpoints.for_service(env_id))
    }

    /// When request checksums are computed and response checksums checked.
    pub fn checksums(&self) -> crate::checksum::ChecksumConfig {
        self.checksums
    }

    /// S3's and S3 Control's settings.
    pub fn s3(&self) -> &S3Config {
        &self.s3
    }

    /// The region requests go to.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// The endpoint URL set in code, or through `AWS_ENDPOINT_URL` (or the profile) for every
    /// service, if any ([`Config::endpoint_for`] gives a service's).
    pub fn endpoint_url(&self) -> Option<&str> {
        self.endpoint_url.as_deref().or(self.env_endpoints.general())
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

    /// The proxy settings of the default HTTP client.
    pub fn proxy(&self) -> &ProxyConfig {
        &self.proxy
    }

    /// The certificate authorities the default HTTP client trusts.
    pub fn trust(&self) -> &TrustConfig {
        &self.trust
    }
}

/// Builds a [`Config`].
#[derive(Clone, Debug)]
pub struct ConfigBuilder {
    region: Option<String>,
    credentials: Option<Arc<dyn ProvideCredentials>>,
    endpoint_url: Option<String>,
    env_endpoints: Arc<EndpointUrls>,
    use_fips: bool,
    use_dual_stack: bool,
    account_id: Option<String>,
    account_id_endpoint_mode: Option<String>,
    retry: RetryConfig,
    timeouts: TimeoutConfig,
    http: Option<Arc<dyn HttpClient>>,
    proxy: ProxyConfig,
    trust: TrustConfig,
    app_name: Option<String>,
    compression: CompressionConfig,
    disable_host_prefix: bool,
    s3: S3Config,
    sts_global_endpoint: bool,
    checksums: crate::checksum::ChecksumConfig,
    idempotency_tokens: Option<TokenSource>,
    mock: Option<crate::mock::Mock>,
}

impl ConfigBuilder {
    /// The region, for example `us-east-1`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }

    /// Where credentials come from: fixed [`Credentials`](crate::sigv4::Credentials), or any
    /// provider (the default chain of [`Config::from_env`], or your own). They are cached until
    /// shortly before they expire, for every client built from the configuration.
    pub fn credentials(mut self, provider: impl ProvideCredentials + 'static) -> Self {
        self.credentials = Some(Arc::new(crate::credentials::Cached::new(provider)));
        self
    }

    /// Sends every request to this URL instead of the resolved AWS endpoint (a local fake, a
    /// proxy, a VPC endpoint).
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.endpoint_url = Some(url.into());
        self
    }

    /// No custom endpoint URL, neither set in code nor from the environment: every service's
    /// endpoint comes from its rules.
    pub fn clear_endpoint_url(mut self) -> Self {
        self.endpoint_url = None;
        self.env_endpoints = Arc::default();
        self
    }

    pub(crate) fn env_endpoints(mut self, urls: EndpointUrls) -> Self {
        self.env_endpoints = Arc::new(urls);
        self
    }

    /// Use FIPS endpoints.
    pub fn use_fips(mut self, on: bool) -> Self {
        self.use_fips = on;
        self
    }

    /// Use dual-stack (IPv4 and IPv6) endpoints.
    pub fn use_dual_stack(mut self, on: bool) -> Self {
        self.use_dual_stack = on;
        self
    }

    /// The AWS account id, for services whose endpoints can include it (DynamoDB).
    pub fn account_id(mut self, id: impl Into<String>) -> Self {
        self.account_id = Some(id.into());
        self
    }

    /// Whether account-based endpoints are used: `preferred` (the default: when the account is
    /// known), `required` or `disabled`. Only services whose rules use it are affected.
    pub fn account_id_endpoint_mode(mut self, mode: impl Into<String>) -> Self {
        self.account_id_endpoint_mode = Some(mode.into());
        self
    }

    /// Retry settings.
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = retry;
        self
    }

    /// Attempts in all (shorthand for the retry setting).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.retry.max_attempts = attempts.max(1);
        self
    }

    /// Timeout settings. The connect timeout is the default HTTP client's, set when
    /// [`build`](Self::build) creates it.
    pub fn timeouts(mut self, timeouts: TimeoutConfig) -> Self {
        self.timeouts = timeouts;
        self
    }

    /// Where idempotency tokens the caller leaves unset come from: random UUIDs by default; a
    /// fixed sequence makes requests reproducible in tests.
    pub fn idempotency_token_provider(mut self, tokens: impl Fn() -> String + Send + Sync + 'static) -> Self {
        self.idempotency_tokens = Some(TokenSource(Arc::new(tokens)));
        self
    }

    /// The HTTP transport (default: hyper with rustls, created by [`build`](Self::build)).
    pub fn http_client(mut self, client: impl HttpClient + 'static) -> Self {
        self.http = Some(Arc::new(client));
        self
    }

    /// The proxy of the default HTTP client (default: none; [`Config::from_env`] reads
    /// `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY`). Does nothing with a client set by
    /// [`http_client`](Self::http_client), nor for one kept by [`Config::to_builder`]: set it
    /// there, or [`clear_http_client`](Self::clear_http_client) first.
    pub fn proxy(mut self, proxy: ProxyConfig) -> Self {
        self.proxy = proxy;
        self
    }

    /// The certificate authorities the default HTTP client trusts (default: the bundled
    /// Mozilla roots and the platform's store; [`Config::from_env`] reads `AWS_CA_BUNDLE` and
    /// the profile's `ca_bundle`). Like [`proxy`](Self::proxy), for the default client only.
    pub fn trust(mut self, trust: TrustConfig) -> Self {
        self.trust = trust;
        self
    }

    /// Forgets the HTTP client (one kept by [`Config::to_builder`] or set in code), so that
    /// [`build`](Self::build) creates a default one with this builder's proxy, trust and connect
    /// timeout. The clients built from the two configurations then have their own pools.
    pub fn clear_http_client(mut self) -> Self {
        self.http = None;
        self
    }

    /// Request compression settings; a minimum size above [`MAX_MIN_COMPRESSION_SIZE`] is
    /// lowered to it.
    pub fn compression(mut self, compression: CompressionConfig) -> Self {
        self.compression =
            CompressionConfig { min_size: compression.min_size.min(MAX_MIN_COMPRESSION_SIZE), ..compression };
        self
    }

    /// Sends operations with a host prefix (`@endpoint`) to the endpoint's host as it is. For
    /// local emulators reached by a custom endpoint URL that cannot take the prefix
    /// (`sync-localhost` does not resolve); AWS itself needs the prefix.
    pub fn disable_host_prefix(mut self, disable: bool) -> Self {
        self.disable_host_prefix = disable;
        self
    }

    /// S3's and S3 Control's settings: addressing style, acceleration, ARN regions (see
    /// [`S3Config`]). Other services ignore them.
    pub fn s3(mut self, s3: S3Config) -> Self {
        self.s3 = s3;
        self
    }

    /// When request checksums are computed and response checksums checked (by default
    /// whenever an operation supports them, as AWS's SDKs since 2025; `When::Required` for a
    /// store that refuses checksums it does not know).
    pub fn checksums(mut self, checksums: crate::checksum::ChecksumConfig) -> Self {
        self.checksums = checksums;
        self
    }

    /// STS calls in the regions where STS was global go to `sts.amazonaws.com` (the AWS CLI's
    /// `sts_regional_endpoints = legacy`); by default every region's STS is its own.
    pub fn sts_global_endpoint(mut self, global: bool) -> Self {
        self.sts_global_endpoint = global;
        self
    }

    /// Calls are answered by `mock` instead of being sent, and [`build`](Self::build) gives
    /// the configuration an HTTP client that refuses every request (unless one is set), so
    /// nothing reaches the network. See [`Mock::config`](crate::mock::Mock::config).
    pub fn mock(mut self, mock: &crate::mock::Mock) -> Self {
        self.mock = Some(mock.clone());
        self
    }

    /// An application name added to the user agents.
    pub fn app_name(mut self, name: impl Into<String>) -> Self {
        self.app_name = Some(name.into());
        self
    }

    /// The configuration. Without an HTTP client set, this creates the default one (and its
    /// connection pool), which every client built from the configuration shares.
    pub fn build(self) -> Config {
        let connect = self.timeouts.connect;
        Config {
            region: self.region,
            credentials: self.credentials,
            endpoint_url: self.endpoint_url,
            env_endpoints: self.env_endpoints,
            use_fips: self.use_fips,
            use_dual_stack: self.use_dual_stack,
            account_id: self.account_id,
            account_id_endpoint_mode: self.account_id_endpoint_mode,
            retry: self.retry,
            timeouts: self.timeouts,
            http: match (self.http, &self.mock) {
                (Some(http), _) => http,
                (None, Some(_)) => Arc::new(crate::http::Unusable(crate::error::ConfigError::new(
                    "ConfigBuilder::mock",
                    "a mocked configuration never reaches the network",
                ))),
                (None, None) => {
                    Arc::new(crate::http::DefaultHttpClient::with_network(connect, self.proxy.clone(), &self.trust))
                }
            },
            proxy: self.proxy,
            trust: self.trust,
            app_name: self.app_name,
            compression: self.compression,
            disable_host_prefix: self.disable_host_prefix,
            s3: self.s3,
            sts_global_endpoint: self.sts_global_endpoint,
            checksums: self.checksums,
            idempotency_tokens: self.idempotency_tokens,
            mock: self.mock,
        }
    }
}

/// Settings for some calls only, replacing the configuration's: see the generated clients'
/// `with_overrides`. What is not set keeps the configuration's value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Overrides {
    /// Retry settings.
    pub retry: Option<RetryConfig>,
    /// Attempts in all, over whichever retry settings apply.
    pub max_attempts: Option<u32>,
    /// Attempt and operation timeouts (the connect timeout belongs to the HTTP client).
    pub timeouts: Option<TimeoutConfig>,
    /// An endpoint URL for these calls.
    pub endpoint_url: Option<String>,
    /// S3's settings for these calls (path style for one call, ...).
    pub s3: Option<S3Config>,
}

impl Overrides {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// Attempts in all, the first included.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = Some(attempts.max(1));
        self
    }

    /// Retry settings.
    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = Some(retry);
        self
    }

    /// Attempt and operation timeouts.
    pub fn timeouts(mut self, timeouts: TimeoutConfig) -> Self {
        self.timeouts = Some(timeouts);
        self
    }

    /// An endpoint URL.
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.endpoint_url = Some(url.into());
        self
    }

    /// S3's settings.
    pub fn s3(mut self, s3: S3Config) -> Self {
        self.s3 = Some(s3);
        self
    }
}
