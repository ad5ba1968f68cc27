//! Configuration from the environment, the way the AWS CLI finds it.

use crate::config::Config;
use crate::error::ConfigError;
use crate::http::{ProxyConfig, TrustConfig};

/// An environment variable, unless unset or blank.
pub(crate) fn var(key: &str) -> Option<String> {
    std::env::var(key).ok().filter(|v| !v.trim().is_empty())
}

/// Endpoint URLs configured outside code, for service clients and the credential chain's own
/// STS and SSO calls alike: `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, and the active
/// profile's `endpoint_url` and `services` section; none when `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`
/// (or the profile's `ignore_configured_endpoint_urls`) is true.
pub(crate) fn endpoint_urls(files: &crate::credentials::Files) -> crate::config::EndpointUrls {
    let ignore = var("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")
        .or_else(|| files.get("ignore_configured_endpoint_urls").map(str::to_string));
    if ignore.is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
        return crate::config::EndpointUrls::default();
    }
    let mut urls = crate::config::EndpointUrls {
        general: var("AWS_ENDPOINT_URL"),
        profile_general: files.get("endpoint_url").map(str::to_string),
        profile_services: files.service_endpoints(),
        ..Default::default()
    };
    // Every service's variable, whichever clients are built from this configuration.
    for (key, value) in std::env::vars_os() {
        let (Some(key), Some(value)) = (key.to_str(), value.to_str()) else { continue };
        if let (Some(id), false) = (key.strip_prefix("AWS_ENDPOINT_URL_"), value.trim().is_empty()) {
            urls.services.insert(id.to_string(), value.to_string());
        }
    }
    urls
}

/// The region: `AWS_REGION`, `AWS_DEFAULT_REGION`, then the profile's `region`.
pub(crate) fn region(profile_region: Option<&str>) -> Option<String> {
    var("AWS_REGION").or_else(|| var("AWS_DEFAULT_REGION")).or_else(|| profile_region.map(str::to_string))
}

impl Config {
    /// Loads the configuration the AWS CLI would use:
    ///
    /// - region: `AWS_REGION`, `AWS_DEFAULT_REGION`, then the profile's `region`;
    /// - endpoint: `AWS_ENDPOINT_URL_<SERVICE>` for a service (`AWS_ENDPOINT_URL_DYNAMODB`),
    ///   then the service's `endpoint_url` in the profile's `services` section, then
    ///   `AWS_ENDPOINT_URL`, then the profile's `endpoint_url` (none of them with
    ///   `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` or the profile's
    ///   `ignore_configured_endpoint_urls`); one configuration serves every service;
    /// - FIPS and dual-stack: `AWS_USE_FIPS_ENDPOINT`, `AWS_USE_DUALSTACK_ENDPOINT`;
    /// - account-based endpoints: `AWS_ACCOUNT_ID` (or the profile's `aws_account_id`) and
    ///   `AWS_ACCOUNT_ID_ENDPOINT_MODE` (or `account_id_endpoint_mode`);
    /// - S3: the profile's `s3` section (`addressing_style`, `use_accelerate_endpoint`,
    ///   `use_dualstack_endpoint`, `use_arn_region`, `us_east_1_regional_endpoint`,
    ///   `s3_disable_multiregion_access_points`), `AWS_S3_USE_ARN_REGION` (or
    ///   `s3_use_arn_region`), `AWS_S3_US_EAST_1_REGIONAL_ENDPOINT` (or
    ///   `s3_us_east_1_regional_endpoint`), `AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS`;
    /// - STS: `AWS_STS_REGIONAL_ENDPOINTS` (or `sts_regional_endpoints`): `legacy` sends the
    ///   regions where STS was global to `sts.amazonaws.com`;
    /// - attempts: `AWS_MAX_ATTEMPTS`;
    /// - request compression: `AWS_DISABLE_REQUEST_COMPRESSION`,
    ///   `AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES` (or the profile's
    ///   `disable_request_compression`, `request_min_compression_size_bytes`);
    /// - credentials: the default chain (see [`crate::credentials`]);
    /// - proxies: `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, `NO_PROXY` (see
    ///   [`ProxyConfig::from_env`](crate::http::ProxyConfig::from_env)), for the services' calls
    ///   and the credential chain's STS, SSO and ECS calls (never instance metadata);
    /// - trusted CAs: `AWS_CA_BUNDLE`, then the profile's `ca_bundle`: a PEM file whose
    ///   certificates replace the default roots, as for the AWS CLI; without either, the
    ///   bundled Mozilla roots and the platform's store.
    ///
    /// A proxy or CA bundle setting that cannot be used (an unreadable file, a URL that is not
    /// one) makes every call fail with an error naming it; [`Config::try_from_env`] reports it
    /// here instead.
    ///
    /// The profile is `AWS_PROFILE` (default `default`) in `AWS_CONFIG_FILE` (default
    /// `~/.aws/config`) and `AWS_SHARED_CREDENTIALS_FILE`. A profile `AWS_PROFILE` names that
    /// neither file has makes the default credential chain fail with an error naming it, as
    /// the AWS CLI does, rather than run as whatever identity the next source gives.
    pub async fn from_env() -> Config {
        let files = crate::credentials::Files::load();
        match network(&files) {
            Ok((proxy, trust)) => Self::load(&files, proxy, trust),
            Err(e) => Self::load(&files, ProxyConfig::none(), TrustConfig::bundled())
                .to_builder()
                .http_client(crate::http::Unusable(e.clone()))
                .credentials(crate::credentials::DefaultChain::unusable(e))
                .build(),
        }
    }

    /// [`Config::from_env`], with a proxy or CA bundle setting that cannot be used reported
    /// now, as an error naming the setting.
    pub async fn try_from_env() -> Result<Config, ConfigError> {
        let files = crate::credentials::Files::load();
        let (proxy, trust) = network(&files)?;
        Ok(Self::load(&files, proxy, trust))
    }

    fn load(files: &crate::credentials::Files, proxy: ProxyConfig, trust: TrustConfig) -> Config {
        let setting = |k: &str| files.get(k).map(str::to_string);
        let mut b = Config::builder();
        if let Some(region) = region(files.get("region")) {
            b = b.region(region);
        }
        b = b.env_endpoints(endpoint_urls(files));
        let flag = |k: &str, p: &str| var(k).or_else(|| setting(p)).is_some_and(|v| v.eq_ignore_ascii_case("true"));
        b = b.use_fips(flag("AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint"));
        b = b.use_dual_stack(flag("AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint"));
        if let Some(id) = var("AWS_ACCOUNT_ID").or_else(|| setting("aws_account_id")) {
            b = b.account_id(id);
        }
        if let Some(mode) = var("AWS_ACCOUNT_ID_ENDPOINT_MODE").or_else(|| setting("account_id_endpoint_mode")) {
            b = b.account_id_endpoint_mode(mode);
        }
        if let Some(n) = var("AWS_MAX_ATTEMPTS").or_else(|| setting("max_attempts")).and_then(|v| v.trim().parse().ok())
        {
            b = b.max_attempts(n);
        }
        let mut compression = crate::config::CompressionConfig {
            disabled: flag("AWS_DISABLE_REQUEST_COMPRESSION", "disable_request_compression"),
            ..Default::default()
        };
        let min_size =
            var("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES").or_else(|| setting("request_min_compression_size_bytes"));
        if let Some(n) = min_size
            .and_then(|v| v.trim().parse::<u32>().ok())
            .filter(|n| *n <= crate::config::MAX_MIN_COMPRESSION_SIZE)
        {
            compression.min_size = n;
        }
        b = b.compression(compression);
        let lookup = |variable: &str, keys: &[&str]| {
            Some(variable).filter(|v| !v.is_empty()).and_then(var).or_else(|| keys.iter().find_map(|k| setting(k)))
        };
        b = b.s3(crate::config::S3Config::from_env(&lookup));
        let when = |variable: &str, key: &str| {
            var(variable).or_else(|| setting(key)).and_then(|v| crate::checksum::When::parse(&v)).unwrap_or_default()
        };
        b = b.checksums(crate::checksum::ChecksumConfig {
            request: when("AWS_REQUEST_CHECKSUM_CALCULATION", "request_checksum_calculation"),
            response: when("AWS_RESPONSE_CHECKSUM_VALIDATION", "response_checksum_validation"),
        });
        let sts = var("AWS_STS_REGIONAL_ENDPOINTS").or_else(|| setting("sts_regional_endpoints"));
        b = b.sts_global_endpoint(sts.is_some_and(|v| v.trim().eq_ignore_ascii_case("legacy")));
        let chain = crate::credentials::DefaultChain::with_network(proxy.clone(), &trust);
        b.proxy(proxy).trust(trust).credentials(chain).build()
    }
}

/// The proxy and trust settings of the environment and the profile.
fn network(files: &crate::credentials::Files) -> Result<(ProxyConfig, TrustConfig), ConfigError> {
    let proxy = ProxyConfig::from_env()?;
    let bundle = match var("AWS_CA_BUNDLE") {
        Some(path) => Some(("AWS_CA_BUNDLE", path)),
        None => files.get("ca_bundle").map(|path| ("ca_bundle (profile)", path.to_string())),
    };
    let trust = match bundle {
        Some((setting, path)) => TrustConfig::from_pem_file_as(setting, std::path::Path::new(path.trim()))?,
        None => TrustConfig::default(),
    };
    Ok((proxy, trust))
}
