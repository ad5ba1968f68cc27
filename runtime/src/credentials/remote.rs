//! Credentials fetched over HTTP: STS web identity, ECS containers, EC2 instance metadata.

use std::time::Duration;

use super::fail;
use super::profile::Files;
use crate::env::var as env;
use crate::error::CredentialsError;
use crate::http::{HttpClient, HttpErrorKind, Request};
use crate::primitives::DateTime;
use crate::sigv4::Credentials;

/// The longest a credentials request may take, connection included.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);

/// Why a fetch failed: the endpoint could not be reached, or it answered with an error.
pub(super) enum FetchError {
    Unreachable(CredentialsError),
    Failed(CredentialsError),
}

impl From<FetchError> for CredentialsError {
    fn from(e: FetchError) -> Self {
        match e {
            FetchError::Unreachable(e) | FetchError::Failed(e) => e,
        }
    }
}

/// One credentials request, bounded in time; `?` turns its error into a `CredentialsError`.
pub(super) async fn fetch(
    http: &dyn HttpClient,
    method: &'static str,
    url: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    what: &str,
) -> Result<Vec<u8>, FetchError> {
    let sent = http.send(Request { method, url, headers, body, http2: false });
    let resp = match tokio::time::timeout(REQUEST_TIMEOUT, sent).await {
        Err(_) => return Err(FetchError::Unreachable(fail(format!("{what}: no answer in {REQUEST_TIMEOUT:?}")))),
        Ok(Err(e)) if e.kind() == HttpErrorKind::Connect => {
            return Err(FetchError::Unreachable(CredentialsError::new(
                format!("{what}: unreachable"),
                Some(Box::new(e)),
            )))
        }
        Ok(Err(e)) => {
            return Err(FetchError::Failed(CredentialsError::new(format!("{what}: request failed"), Some(Box::new(e)))))
        }
        Ok(Ok(resp)) => resp,
    };
    if !(200..300).contains(&resp.status) {
        // The body may explain (STS's XML error, a JSON message); bounded, it never holds secrets.
        let text = String::from_utf8_lossy(&resp.body);
        let text: String = text.chars().take(300).collect();
        return Err(FetchError::Failed(fail(format!("{what}: HTTP {}: {}", resp.status, text.trim()))));
    }
    Ok(resp.body)
}

/// Credentials from the three members of a JSON object named in `keys` (the token optional).
pub(super) fn credentials_from(
    json: &serde_json::Value,
    keys: [&str; 3],
    what: &str,
) -> Result<Credentials, CredentialsError> {
    let get = |k: &str| json.get(k).and_then(|v| v.as_str()).filter(|v| !v.is_empty());
    match (get(keys[0]), get(keys[1])) {
        (Some(id), Some(secret)) => Ok(Credentials::new(id, secret, get(keys[2]).map(str::to_string))),
        _ => Err(fail(format!("{what}: the answer has no `{}` and `{}`", keys[0], keys[1]))),
    }
}

/// Adds the `Expiration` (RFC 3339) of a credentials answer; an unreadable one is an error, as
/// credentials kept past their end would fail every call.
pub(super) fn with_expiration(creds: Credentials, json: &serde_json::Value) -> Result<Credentials, CredentialsError> {
    match json.get("Expiration").and_then(|v| v.as_str()) {
        None => Ok(creds),
        Some(text) => DateTime::from_rfc3339(text)
            .map(|t| creds.with_expiry(t))
            .ok_or_else(|| fail(format!("credentials expiration `{text}` is not an RFC 3339 time"))),
    }
}

fn parse_json(body: &[u8], what: &str) -> Result<serde_json::Value, CredentialsError> {
    serde_json::from_slice(body)
        .map_err(|e| CredentialsError::new(format!("{what}: the answer is not JSON"), Some(Box::new(e))))
}

pub(super) async fn web_identity_from_env(
    files: &Files,
    http: &dyn HttpClient,
) -> Result<Option<Credentials>, CredentialsError> {
    let (Some(token_file), Some(role)) = (env("AWS_WEB_IDENTITY_TOKEN_FILE"), env("AWS_ROLE_ARN")) else {
        return Ok(None);
    };
    let session = env("AWS_ROLE_SESSION_NAME");
    assume_role_with_web_identity(files, http, &token_file, &role, session.as_deref()).await.map(Some)
}

/// STS `AssumeRoleWithWebIdentity`, an unsigned call.
pub(super) async fn assume_role_with_web_identity(
    files: &Files,
    http: &dyn HttpClient,
    token_file: &str,
    role: &str,
    session: Option<&str>,
) -> Result<Credentials, CredentialsError> {
    let token = std::fs::read_to_string(token_file)
        .map_err(|e| CredentialsError::new(format!("web identity token file {token_file}"), Some(Box::new(e))))?;
    let session = session.map(str::to_string).unwrap_or_else(|| format!("awsgen-{}", DateTime::now().secs()));
    let params =
        [("RoleArn", role.to_string()), ("RoleSessionName", session), ("WebIdentityToken", token.trim().to_string())];
    sts(files, http, "AssumeRoleWithWebIdentity", &params, None).await
}

/// An STS call returning credentials (awsQuery, XML answer) at the endpoint an STS client would
/// use (a configured one, else the regional endpoint), signed with `signer` when given.
pub(super) async fn sts(
    files: &Files,
    http: &dyn HttpClient,
    action: &str,
    params: &[(&str, String)],
    signer: Option<&Credentials>,
) -> Result<Credentials, CredentialsError> {
    let what = format!("STS {action}");
    let region = crate::env::region(files.get("region")).unwrap_or_else(|| "us-east-1".to_string());
    let url = files.endpoints.for_service("STS").unwrap_or_else(|| format!("https://sts.{region}.amazonaws.com"));
    let url = format!("{}/", url.trim_end_matches('/'));
    let mut body = format!("Action={action}&Version=2011-06-15");
    for (key, value) in params {
        crate::http_binding::query_pair(&mut body, key, value);
    }
    let authority = url.split_once("://").map_or("", |(_, rest)| rest).split('/').next().unwrap_or("").to_string();
    let mut headers = vec![
        ("Host".to_string(), authority),
        ("Content-Type".to_string(), "application/x-www-form-urlencoded".to_string()),
        ("Content-Length".to_string(), body.len().to_string()),
    ];
    if let Some(creds) = signer {
        let request = crate::sigv4::SignableRequest {
            method: "POST",
            path: "/",
            query: "",
            headers: &headers,
            body: body.as_bytes(),
        };
        let scope = crate::sigv4::SigningScope { region: &region, service: "sts", time: DateTime::now() };
        let signed = crate::sigv4::sign(&request, creds, &scope);
        headers.extend(signed.headers);
    }
    let answer = fetch(http, "POST", url, headers, body.into_bytes(), &what).await?;
    let text = String::from_utf8_lossy(&answer);
    let field = |tag: &str| xml_text(&text, tag).ok_or_else(|| fail(format!("{what}: the answer has no <{tag}>")));
    let creds = Credentials::new(field("AccessKeyId")?, field("SecretAccessKey")?, Some(field("SessionToken")?));
    let expiration = field("Expiration")?;
    let expires = DateTime::from_rfc3339(&expiration).ok_or_else(|| fail(format!("{what}: bad <Expiration>")))?;
    Ok(creds.with_expiry(expires))
}

/// The text of the first `<tag>...</tag>`, with XML's predefined entities decoded. Enough for
/// STS's flat credentials answer; the client's XML protocols use a real parser.
fn xml_text(xml: &str, tag: &str) -> Option<String> {
    let start = xml.find(&format!("<{tag}>"))? + tag.len() + 2;
    let len = xml[start..].find(&format!("</{tag}>"))?;
    let raw = xml[start..start + len].trim();
    Some(
        raw.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&"),
    )
}

/// Hosts a full container-credentials URI may name over plain HTTP, as the AWS SDKs allow: the
/// loopback addresses and the ECS and EKS Pod Identity agents.
fn allowed_http_host(url: &str) -> bool {
    let rest = url.strip_prefix("http://").unwrap_or("");
    let authority = rest.split(['/', '?']).next().unwrap_or("");
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.rsplit_once(':').map_or(authority, |(h, _)| h),
    };
    let agents: [std::net::IpAddr; 3] = [
        std::net::Ipv4Addr::new(169, 254, 170, 2).into(),
        std::net::Ipv4Addr::new(169, 254, 170, 23).into(),
        std::net::Ipv6Addr::new(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x23).into(),
    ];
    match host.parse::<std::net::IpAddr>() {
        Ok(ip) => ip.is_loopback() || agents.contains(&ip),
        Err(_) => host.eq_ignore_ascii_case("localhost"),
    }
}

pub(super) async fn container(http: &dyn HttpClient) -> Result<Option<Credentials>, CredentialsError> {
    let what = "ECS container credentials";
    let url = match (env("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"), env("AWS_CONTAINER_CREDENTIALS_FULL_URI")) {
        (Some(relative), _) => format!("http://169.254.170.2{relative}"),
        (None, Some(full)) if full.starts_with("https://") || allowed_http_host(&full) => full,
        (None, Some(full)) => return Err(fail(format!("{what}: {full} must be https or a loopback address"))),
        (None, None) => return Ok(None),
    };
    let token = match env("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
        Some(path) => Some(
            std::fs::read_to_string(&path)
                .map_err(|e| CredentialsError::new(format!("{what}: token file {path}"), Some(Box::new(e))))?
                .trim()
                .to_string(),
        ),
        None => env("AWS_CONTAINER_AUTHORIZATION_TOKEN"),
    };
    let headers = token.into_iter().map(|t| ("Authorization".to_string(), t)).collect();
    let json = parse_json(&fetch(http, "GET", url, headers, Vec::new(), what).await?, what)?;
    with_expiration(credentials_from(&json, ["AccessKeyId", "SecretAccessKey", "Token"], what)?, &json).map(Some)
}

/// EC2 instance metadata, IMDSv2: a session token, the instance role's name, its credentials.
/// An unreachable service means this is not an EC2 instance: no credentials, not an error.
pub(super) async fn instance_metadata(
    files: &Files,
    http: &dyn HttpClient,
) -> Result<Option<Credentials>, CredentialsError> {
    if env("AWS_EC2_METADATA_DISABLED").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
        return Ok(None);
    }
    let what = "EC2 instance metadata";
    let base = env("AWS_EC2_METADATA_SERVICE_ENDPOINT")
        .or_else(|| files.get("ec2_metadata_service_endpoint").map(str::to_string))
        .unwrap_or_else(|| "http://169.254.169.254".to_string());
    let base = base.trim_end_matches('/');
    let ttl = vec![("x-aws-ec2-metadata-token-ttl-seconds".to_string(), "21600".to_string())];
    let token = match fetch(http, "PUT", format!("{base}/latest/api/token"), ttl, Vec::new(), what).await {
        Ok(t) => String::from_utf8_lossy(&t).trim().to_string(),
        Err(FetchError::Unreachable(_)) => return Ok(None),
        Err(FetchError::Failed(e)) => return Err(e),
    };
    let auth = || vec![("x-aws-ec2-metadata-token".to_string(), token.clone())];
    let path = format!("{base}/latest/meta-data/iam/security-credentials/");
    let roles = fetch(http, "GET", path.clone(), auth(), Vec::new(), what).await?;
    let roles = String::from_utf8_lossy(&roles);
    let role = roles
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .ok_or_else(|| fail(format!("{what}: the instance has no role")))?;
    let mut url = path;
    crate::sigv4::encode(&mut url, role, false);
    let json = parse_json(&fetch(http, "GET", url, auth(), Vec::new(), what).await?, what)?;
    if let Some(code) = json.get("Code").and_then(|c| c.as_str()).filter(|c| *c != "Success") {
        return Err(fail(format!("{what}: {code}")));
    }
    with_expiration(credentials_from(&json, ["AccessKeyId", "SecretAccessKey", "Token"], what)?, &json).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sts_fields_and_decodes_entities() {
        let xml = "<R><Credentials><AccessKeyId>AK</AccessKeyId><SessionToken> a&amp;b&lt;c </SessionToken></Credentials></R>";
        assert_eq!(xml_text(xml, "AccessKeyId").as_deref(), Some("AK"));
        assert_eq!(xml_text(xml, "SessionToken").as_deref(), Some("a&b<c"));
        assert_eq!(xml_text(xml, "Expiration"), None);
    }

    #[test]
    fn full_container_uris_over_http_only_to_local_agents() {
        for ok in ["http://127.0.0.1:8080/creds", "http://localhost/x", "http://[::1]:9/x", "http://169.254.170.23/v1"]
        {
            assert!(allowed_http_host(ok), "{ok}");
        }
        for bad in
            ["http://example.com/creds", "http://10.0.0.1/x", "http://127.evil.com.example/x", "ftp://127.0.0.1/"]
        {
            assert!(!allowed_http_host(bad), "{bad}");
        }
    }
}
