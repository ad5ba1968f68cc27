//! Credentials from the environment and the shared `config` and `credentials` files: static
//! keys, IAM Identity Center (SSO) and `credential_process`.

use std::collections::BTreeMap;

use super::{fail, remote};
use crate::env::var as env;
use crate::error::CredentialsError;
use crate::http::HttpClient;
use crate::primitives::DateTime;
use crate::sigv4::Credentials;

fn home() -> Option<String> {
    env("HOME").or_else(|| env("USERPROFILE"))
}

pub(super) fn from_env_vars() -> Option<Credentials> {
    let id = env("AWS_ACCESS_KEY_ID")?;
    let secret = env("AWS_SECRET_ACCESS_KEY")?;
    Some(Credentials::new(id, secret, env("AWS_SESSION_TOKEN")))
}

/// One profile's settings (keys lower-cased).
pub(super) type Settings = BTreeMap<String, String>;

/// The sections of a shared file: `[default]`, `[profile dev]` (or `[dev]`), `[sso-session x]`,
/// `[services x]`. A setting with no value followed by indented lines holds sub-settings
/// (`dynamodb =` then `  endpoint_url = ...`), kept as `dynamodb.endpoint_url`.
fn sections(text: &str) -> Vec<(String, Settings)> {
    let mut out: Vec<(String, Settings)> = Vec::new();
    // The setting whose sub-settings indented lines give.
    let mut parent: Option<String> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with(['#', ';']) || trimmed.is_empty() {
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        if let Some(section) = trimmed.strip_prefix('[').and_then(|l| l.split_once(']')).map(|(s, _)| s.trim()) {
            out.push((section.split_whitespace().collect::<Vec<_>>().join(" "), Settings::new()));
            parent = None;
        } else if let (Some((_, settings)), Some((k, v))) = (out.last_mut(), trimmed.split_once('=')) {
            // An inline comment needs whitespace before it, so a `#` inside a value stays.
            let v = v.split(" #").next().unwrap_or("").split(" ;").next().unwrap_or("").trim();
            let k = k.trim().to_ascii_lowercase();
            match (&parent, indented) {
                (Some(p), true) => {
                    settings.insert(format!("{p}.{k}"), v.to_string());
                }
                _ => {
                    parent = v.is_empty().then(|| k.clone());
                    settings.insert(k, v.to_string());
                }
            }
        }
    }
    out
}

/// The sections of the file `variable` names, else of `~/.aws/<default>`; none if unreadable.
fn read_sections(variable: &str, default: &str) -> Vec<(String, Settings)> {
    let path = env(variable).or_else(|| home().map(|h| format!("{h}/.aws/{default}")));
    sections(&path.and_then(|p| std::fs::read_to_string(p).ok()).unwrap_or_default())
}

/// The shared files, read once per credentials lookup and once by `Config::from_env`.
pub(crate) struct Files {
    /// The active profile's name.
    pub(super) profile: String,
    /// Whether `AWS_PROFILE` named it (the default profile may be missing; a named one may not).
    explicit: bool,
    /// Its settings: the config file's, with the credentials file's on top.
    pub(super) settings: Settings,
    config: Vec<(String, Settings)>,
    credentials: Vec<(String, Settings)>,
    /// The endpoint URLs the active profile and the environment configure: the chain's own STS
    /// and SSO calls go where a client of those services would.
    pub(super) endpoints: std::sync::Arc<crate::config::EndpointUrls>,
}

impl Files {
    pub(crate) fn load() -> Files {
        let named = env("AWS_PROFILE");
        let explicit = named.is_some();
        let profile = named.unwrap_or_else(|| "default".to_string());
        let config = read_sections("AWS_CONFIG_FILE", "config");
        let credentials = read_sections("AWS_SHARED_CREDENTIALS_FILE", "credentials");
        let empty = Files {
            profile: String::new(),
            explicit,
            settings: Settings::new(),
            config,
            credentials,
            endpoints: Default::default(),
        };
        let mut files = empty.select(&profile);
        files.endpoints = std::sync::Arc::new(crate::env::endpoint_urls(&files));
        files
    }

    /// The same files with `profile` active (the endpoints stay the active profile's).
    fn select(&self, profile: &str) -> Files {
        let mut settings = config_profile(&self.config, profile);
        if let Some((_, s)) = self.credentials.iter().find(|(name, _)| name == profile) {
            settings.extend(s.clone());
        }
        Files {
            profile: profile.to_string(),
            explicit: self.explicit,
            settings,
            config: self.config.clone(),
            credentials: self.credentials.clone(),
            endpoints: self.endpoints.clone(),
        }
    }

    fn exists(&self, profile: &str) -> bool {
        let prefixed = format!("profile {profile}");
        self.config.iter().chain(&self.credentials).any(|(n, _)| n == profile || *n == prefixed)
    }

    /// An error when `AWS_PROFILE` names a profile neither file has: carrying on would run as
    /// whatever identity the next source gives (an instance's role), as botocore and the AWS
    /// CLI refuse to.
    pub(super) fn check_named_profile(&self) -> Result<(), CredentialsError> {
        if !self.explicit || self.exists(&self.profile) {
            return Ok(());
        }
        Err(fail(format!(
            "the profile {} that AWS_PROFILE names is in neither the config nor the credentials file",
            self.profile
        )))
    }

    /// The `endpoint_url` of each service in the `[services NAME]` section the profile's
    /// `services` setting names, by service key (`dynamodb`).
    pub(crate) fn service_endpoints(&self) -> BTreeMap<String, String> {
        let Some(name) = self.get("services") else { return BTreeMap::new() };
        let wanted = format!("services {name}");
        let section = self.config.iter().find(|(n, _)| *n == wanted).map(|(_, s)| s);
        section
            .into_iter()
            .flatten()
            .filter_map(|(k, v)| Some((k.strip_suffix(".endpoint_url")?.to_string(), v.clone())))
            .filter(|(_, v)| !v.is_empty())
            .collect()
    }

    pub(crate) fn get(&self, key: &str) -> Option<&str> {
        self.settings.get(key).map(String::as_str).filter(|v| !v.is_empty())
    }

    fn sso_session(&self, name: &str) -> Option<&Settings> {
        let wanted = format!("sso-session {name}");
        self.config.iter().find(|(n, _)| *n == wanted).map(|(_, s)| s)
    }
}

/// A profile in the config file: `[profile NAME]`, or `[NAME]` (the only form for `default`).
fn config_profile(config: &[(String, Settings)], profile: &str) -> Settings {
    let prefixed = format!("profile {profile}");
    let found = config.iter().find(|(n, _)| *n == prefixed).or_else(|| config.iter().find(|(n, _)| n == profile));
    found.map(|(_, s)| s.clone()).unwrap_or_default()
}

pub(super) async fn from_profile(
    files: &Files,
    http: &dyn HttpClient,
) -> Result<Option<Credentials>, CredentialsError> {
    resolve(files, http, 0).await
}

/// How many profiles a role may be assumed through (`source_profile` pointing at a profile that
/// assumes a role itself, ...): enough for real chains, and a stop for a loop.
const MAX_ROLE_CHAIN: usize = 4;

/// One profile's credentials. A role with a source (`role_arn` + `source_profile` or
/// `credential_source`) comes first, except in a source profile that also has static keys: those
/// are the source (the AWS CLI's rule, so a profile may name itself as its source).
fn resolve<'a>(
    files: &'a Files,
    http: &'a dyn HttpClient,
    depth: usize,
) -> crate::http::BoxFuture<'a, Result<Option<Credentials>, CredentialsError>> {
    Box::pin(async move {
        let keys = (files.get("aws_access_key_id"), files.get("aws_secret_access_key"));
        let static_keys = |(id, secret): (Option<&str>, Option<&str>)| {
            Some(Credentials::new(id?, secret?, files.get("aws_session_token").map(str::to_string)))
        };
        let source = files.get("source_profile").or(files.get("credential_source"));
        if let (Some(role), Some(_), false) = (files.get("role_arn"), source, depth > 0 && keys.0.is_some()) {
            return assume_role(files, http, role, depth).await.map(Some);
        }
        if let Some(c) = static_keys(keys) {
            return Ok(Some(c));
        }
        if let (Some(token_file), Some(role)) = (files.get("web_identity_token_file"), files.get("role_arn")) {
            let session = files.get("role_session_name");
            return remote::assume_role_with_web_identity(files, http, token_file, role, session).await.map(Some);
        }
        if files.get("sso_session").is_some() || files.get("sso_start_url").is_some() {
            return sso(files, http).await.map(Some);
        }
        if let Some(command) = files.get("credential_process") {
            return process(command.to_string()).await.map(Some);
        }
        Ok(None)
    })
}

/// STS `AssumeRole` for `role`, signed with the credentials of the profile's source.
async fn assume_role(
    files: &Files,
    http: &dyn HttpClient,
    role: &str,
    depth: usize,
) -> Result<Credentials, CredentialsError> {
    let profile = &files.profile;
    if depth >= MAX_ROLE_CHAIN {
        return Err(fail(format!("profile {profile}: role chain longer than {MAX_ROLE_CHAIN} (a loop?)")));
    }
    let source = match (files.get("source_profile"), files.get("credential_source")) {
        (Some(name), _) if !files.exists(name) => {
            return Err(fail(format!("profile {profile}: source_profile {name} does not exist")))
        }
        (Some(name), _) => resolve(&files.select(name), http, depth + 1).await?,
        (None, Some("Environment")) => from_env_vars(),
        (None, Some("EcsContainer")) => remote::container(http).await?,
        (None, Some("Ec2InstanceMetadata")) => remote::instance_metadata(files, http).await?,
        (None, Some(other)) => return Err(fail(format!("profile {profile}: unknown credential_source {other}"))),
        (None, None) => None,
    };
    let source = source.ok_or_else(|| fail(format!("profile {profile}: the role's source has no credentials")))?;
    let mut params = vec![("RoleArn", role.to_string())];
    let session = files.get("role_session_name").map(str::to_string);
    params.push(("RoleSessionName", session.unwrap_or_else(|| format!("awsgen-{}", DateTime::now().secs()))));
    for (key, setting) in [("ExternalId", "external_id"), ("DurationSeconds", "duration_seconds")] {
        if let Some(v) = files.get(setting) {
            params.push((key, v.to_string()));
        }
    }
    remote::sts(files, http, "AssumeRole", &params, Some(&source)).await
}

/// IAM Identity Center: the access token `aws sso login` cached, exchanged for role credentials.
async fn sso(files: &Files, http: &dyn HttpClient) -> Result<Credentials, CredentialsError> {
    let profile = &files.profile;
    let need = |key: &str| files.get(key).ok_or_else(|| fail(format!("profile {profile}: SSO needs `{key}`")));
    let (account, role) = (need("sso_account_id")?, need("sso_role_name")?);
    // The token cache is named by the SHA-1 of the session name (or, for the legacy form, of the
    // start URL), as the AWS CLI writes it.
    let (cache_key, region) = match files.get("sso_session") {
        Some(name) => {
            let session =
                files.sso_session(name).ok_or_else(|| fail(format!("profile {profile}: no [sso-session {name}]")))?;
            let region = session.get("sso_region").ok_or_else(|| fail(format!("sso-session {name}: no sso_region")))?;
            (name.to_string(), region.clone())
        }
        None => (need("sso_start_url")?.to_string(), need("sso_region")?.to_string()),
    };
    let digest = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, cache_key.as_bytes());
    let name = crate::sigv4::hex(digest.as_ref());
    let home = home().ok_or_else(|| fail("SSO: no home folder for the token cache".to_string()))?;
    let path = format!("{home}/.aws/sso/cache/{name}.json");
    let stale = || fail(format!("profile {profile}: the SSO login is missing or expired; run `aws sso login`"));
    let cached: serde_json::Value =
        std::fs::read(&path).ok().and_then(|b| serde_json::from_slice(&b).ok()).ok_or_else(stale)?;
    let token = cached["accessToken"].as_str().ok_or_else(stale)?;
    let expires = cached["expiresAt"].as_str().and_then(DateTime::from_rfc3339).ok_or_else(stale)?;
    if expires.secs() <= DateTime::now().secs() {
        return Err(stale());
    }
    let base =
        files.endpoints.for_service("SSO").unwrap_or_else(|| format!("https://portal.sso.{region}.amazonaws.com"));
    let mut query = String::new();
    crate::http_binding::query_pair(&mut query, "account_id", account);
    crate::http_binding::query_pair(&mut query, "role_name", role);
    let url = format!("{}/federation/credentials?{query}", base.trim_end_matches('/'));
    let headers = vec![("x-amz-sso_bearer_token".to_string(), token.to_string())];
    let body = remote::fetch(http, "GET", url, headers, Vec::new(), "IAM Identity Center").await?;
    let json: serde_json::Value = serde_json::from_slice(&body)
        .map_err(|e| CredentialsError::new("IAM Identity Center: not JSON", Some(Box::new(e))))?;
    let c = &json["roleCredentials"];
    let creds = remote::credentials_from(c, ["accessKeyId", "secretAccessKey", "sessionToken"], "IAM Identity Center")?;
    Ok(match c["expiration"].as_i64() {
        Some(ms) => creds.with_expiry(DateTime::from_secs(ms / 1000)),
        None => creds,
    })
}

/// `credential_process`: a command printing `{"Version": 1, "AccessKeyId": ..., ...}`.
async fn process(command: String) -> Result<Credentials, CredentialsError> {
    let what = format!("credential_process `{command}`");
    let run = move || {
        let mut cmd = if cfg!(windows) { std::process::Command::new("cmd") } else { std::process::Command::new("sh") };
        cmd.arg(if cfg!(windows) { "/C" } else { "-c" }).arg(&command);
        cmd.stdin(std::process::Stdio::null()).stderr(std::process::Stdio::inherit()).output()
    };
    let output = tokio::task::spawn_blocking(run)
        .await
        .map_err(|e| CredentialsError::new(format!("{what}: did not finish"), Some(Box::new(e))))?
        .map_err(|e| CredentialsError::new(format!("{what}: could not run"), Some(Box::new(e))))?;
    if !output.status.success() {
        return Err(fail(format!("{what}: exited with {}", output.status)));
    }
    let json: serde_json::Value = serde_json::from_slice(&output.stdout)
        .map_err(|e| CredentialsError::new(format!("{what}: did not print JSON"), Some(Box::new(e))))?;
    if json["Version"].as_i64() != Some(1) {
        return Err(fail(format!("{what}: printed a version other than 1")));
    }
    remote::with_expiration(
        remote::credentials_from(&json, ["AccessKeyId", "SecretAccessKey", "SessionToken"], &what)?,
        &json,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sections_comments_and_both_profile_forms() {
        let text = "# top\n[default]\nregion = eu-west-1 # inline\n\n[profile  dev]\nregion=us-east-2\nkey = a#b\n[sso-session s]\nsso_region = eu-north-1\n";
        let s = sections(text);
        assert_eq!(s.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["default", "profile dev", "sso-session s"]);
        assert_eq!(s[0].1["region"], "eu-west-1");
        assert_eq!(config_profile(&s, "dev")["key"], "a#b");
        assert_eq!(config_profile(&s, "default")["region"], "eu-west-1");
        assert!(config_profile(&s, "missing").is_empty());
    }

    #[test]
    fn reads_sub_settings_under_an_empty_setting() {
        let text = "[services local]\ndynamodb =\n  endpoint_url = http://127.0.0.1:8000\nsts =\n\tendpoint_url = http://sts\n[profile p]\nendpoint_url = http://general\ns3 =\n  addressing_style = path\nregion = eu-west-1\n";
        let s = sections(text);
        assert_eq!(s[0].1["dynamodb.endpoint_url"], "http://127.0.0.1:8000");
        assert_eq!(s[0].1["sts.endpoint_url"], "http://sts");
        let p = config_profile(&s, "p");
        // A sub-setting never overwrites the profile's own setting of the same name.
        assert_eq!((p["endpoint_url"].as_str(), p["s3.addressing_style"].as_str()), ("http://general", "path"));
        assert_eq!(p["region"], "eu-west-1");
        assert!(!p.contains_key("addressing_style"));
    }
}
