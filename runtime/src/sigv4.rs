//! AWS Signature Version 4 (`AWS4-HMAC-SHA256`) and 4a (`AWS4-ECDSA-P256-SHA256`, in `v4a.rs`),
//! in headers or in the query (presigning).
//!
//! The crypto (SHA-256, HMAC) comes from `ring`, P-256 from `p256`; this module only builds the
//! canonical request and string to sign that the specification defines.

mod v4a;

pub use v4a::SigV4aKey;

use std::fmt::Write;

use ring::{digest, hmac};

use crate::primitives::DateTime;

/// The credentials a request is signed with.
#[derive(Clone)]
pub struct Credentials {
    access_key_id: String,
    secret_access_key: String,
    session_token: Option<String>,
    expires: Option<DateTime>,
}

impl Credentials {
    /// Long-term credentials, or temporary ones when `session_token` is set.
    pub fn new(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
        session_token: Option<String>,
    ) -> Self {
        Credentials {
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
            session_token,
            expires: None,
        }
    }

    /// The same credentials, valid until `expires`.
    pub fn with_expiry(mut self, expires: DateTime) -> Self {
        self.expires = Some(expires);
        self
    }

    /// The access key id (not secret).
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }

    /// The session token of temporary credentials.
    pub fn session_token(&self) -> Option<&str> {
        self.session_token.as_deref()
    }

    /// When temporary credentials stop working.
    pub fn expires(&self) -> Option<DateTime> {
        self.expires
    }
}

/// Never shows the secret key or the session token.
impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &crate::primitives::Redacted)
            .field("session_token", &self.session_token.as_ref().map(|_| crate::primitives::Redacted))
            .field("expires", &self.expires)
            .finish()
    }
}

/// A request to sign. The path and query are as they will be sent.
pub struct SignableRequest<'a> {
    /// `GET`, `POST`, ...
    pub method: &'a str,
    /// The path as sent (`/` for awsJson; restJson1's already percent-encoded labels). Signing
    /// encodes it once more, as SigV4 asks of every service but S3.
    pub path: &'a str,
    /// The query string without `?`, percent-encoded or not (empty for awsJson).
    pub query: &'a str,
    /// The headers the request carries, including `Host`. All are signed but those SigV4
    /// implementations leave out ([`UNSIGNED_HEADERS`]).
    pub headers: &'a [(String, String)],
    /// The body.
    pub body: &'a [u8],
}

/// Where and when the signature is valid.
pub struct SigningScope<'a> {
    /// The signing region (`us-east-1`).
    pub region: &'a str,
    /// The signing name of the service (`proton`).
    pub service: &'a str,
    /// The time of signing.
    pub time: DateTime,
}

/// The result of signing: headers to add to the request, and the intermediate strings
/// (useful when a service rejects a signature).
#[derive(Debug, Clone)]
pub struct Signature {
    /// `X-Amz-Date` (unless the request had one), `X-Amz-Security-Token` (for temporary
    /// credentials, unless present) and `Authorization`.
    pub headers: Vec<(String, String)>,
    /// The canonical request that was signed.
    pub canonical_request: String,
    /// The string to sign derived from it.
    pub string_to_sign: String,
    /// The hex signature.
    pub signature: String,
}

const UNRESERVED: &[u8] = b"-_.~";

/// Headers never signed, as botocore and the other AWS SDKs leave them out: ones a proxy or the
/// HTTP layer may add, change or drop on the way (`User-Agent`, `Expect`, the trace id, and the
/// hop-by-hop headers of RFC 9110), and the signature itself. Every other header, every
/// `x-amz-*` one in particular, is signed: S3 refuses a request with an unsigned `x-amz-*`
/// header.
pub const UNSIGNED_HEADERS: &[&str] = &[
    "authorization",
    "user-agent",
    "expect",
    "x-amzn-trace-id",
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
];

/// Percent-encodes `s` as SigV4 and RFC 3986 ask: all but unreserved characters (and `/`
/// when `keep_slash`).
pub(crate) fn encode(out: &mut String, s: &str, keep_slash: bool) {
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || UNRESERVED.contains(&b) || (keep_slash && b == b'/') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
}

/// Lower-case hex of `bytes`.
pub(crate) fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// Hex SHA-256 of `data`.
pub fn sha256_hex(data: &[u8]) -> String {
    hex(digest::digest(&digest::SHA256, data).as_ref())
}

fn hmac(key: &[u8], data: &[u8]) -> hmac::Tag {
    hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, key), data)
}

/// Removes `.` and `..` segments and empty segments, keeping a trailing slash.
fn normalize_path(path: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    let mut out = String::from("/");
    out.push_str(&segments.join("/"));
    let ends_with_dir = path.ends_with('/') || path.ends_with("/.") || path.ends_with("/..");
    if !segments.is_empty() && ends_with_dir {
        out.push('/');
    }
    out
}

/// `%XX` sequences decoded; anything else (including a `%` not followed by two hex digits)
/// kept as it is.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).and_then(|b| hex(*b)), bytes.get(i + 2).and_then(|b| hex(*b))) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn canonical_query(query: &str) -> String {
    let mut pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            // Decoded first, so a query already percent-encoded (restJson1 builds them so) is
            // encoded exactly once here.
            let (mut ek, mut ev) = (String::new(), String::new());
            encode(&mut ek, &percent_decode(k), false);
            encode(&mut ev, &percent_decode(v), false);
            (ek, ev)
        })
        .collect();
    pairs.sort();
    pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")
}

fn amz_date(t: DateTime) -> String {
    // `DateTime` displays RFC 3339 (`2015-08-30T12:36:00Z`); SigV4 wants `20150830T123600Z`.
    let whole = DateTime::from_secs(t.secs()).to_string();
    whole.chars().filter(|c| c.is_ascii_alphanumeric()).collect()
}

/// Canonical headers (lower-case names, trimmed values with inner runs of spaces folded,
/// repeated headers joined with commas in the order given), the signed header list, and the
/// `x-amz-content-sha256` value if there is one.
fn canonical_headers<'a>(all: impl Iterator<Item = &'a (String, String)>) -> (String, String, Option<String>) {
    let mut headers: Vec<(String, String)> = Vec::new();
    for (name, value) in all {
        let name = name.to_ascii_lowercase();
        if UNSIGNED_HEADERS.contains(&name.as_str()) {
            continue;
        }
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        match headers.iter_mut().find(|(n, _)| *n == name) {
            Some((_, v)) => {
                v.push(',');
                v.push_str(&value);
            }
            None => headers.push((name, value)),
        }
    }
    headers.sort_by(|a, b| a.0.cmp(&b.0));
    let signed_headers = headers.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(";");
    let mut canonical = String::new();
    for (n, v) in &headers {
        let _ = writeln!(canonical, "{n}:{v}");
    }
    let content_sha256 = headers.iter().find(|(n, _)| n == "x-amz-content-sha256").map(|(_, v)| v.clone());
    (canonical, signed_headers, content_sha256)
}

fn canonical_path(path: &str, rules: Rules) -> String {
    match rules {
        Rules::Standard => {
            let mut out = String::new();
            encode(&mut out, &normalize_path(path), true);
            out
        }
        Rules::S3 if path.is_empty() => "/".to_string(),
        Rules::S3 => path.to_string(),
    }
}

/// Which signature a request carries.
#[derive(Debug, Clone, Copy, Default)]
pub enum Algorithm<'a> {
    /// `AWS4-HMAC-SHA256`: valid in the scope's one region.
    #[default]
    V4,
    /// `AWS4-ECDSA-P256-SHA256` with the credentials' derived key: the scope's region is a
    /// region set (`*`, or regions joined by commas), signed as `X-Amz-Region-Set`, and the
    /// credential scope has no region.
    V4a(&'a SigV4aKey),
}

impl Algorithm<'_> {
    fn name(self) -> &'static str {
        match self {
            Algorithm::V4 => "AWS4-HMAC-SHA256",
            Algorithm::V4a(_) => "AWS4-ECDSA-P256-SHA256",
        }
    }

    /// Where a signature made at `date_time` is valid: `20150830/us-east-1/service/aws4_request`,
    /// or for SigV4a `20150830/service/aws4_request`.
    fn credential_scope(self, date_time: &str, scope: &SigningScope<'_>) -> String {
        match self {
            Algorithm::V4 => format!("{}/{}/{}/aws4_request", &date_time[..8], scope.region, scope.service),
            Algorithm::V4a(_) => format!("{}/{}/aws4_request", &date_time[..8], scope.service),
        }
    }

    /// The region set SigV4a signs, as a header or query parameter.
    fn region_set<'s>(self, scope: &SigningScope<'s>) -> Option<&'s str> {
        matches!(self, Algorithm::V4a(_)).then_some(scope.region)
    }

    /// The string to sign of a canonical request, and its hex signature.
    fn sign(
        self,
        canonical_request: &str,
        date_time: &str,
        credential_scope: &str,
        creds: &Credentials,
        scope: &SigningScope<'_>,
    ) -> (String, String) {
        let string_to_sign =
            format!("{}\n{date_time}\n{credential_scope}\n{}", self.name(), sha256_hex(canonical_request.as_bytes()));
        let signature = match self {
            Algorithm::V4 => {
                hex(hmac(signing_key(creds, &date_time[..8], scope).as_ref(), string_to_sign.as_bytes()).as_ref())
            }
            Algorithm::V4a(key) => key.sign(&string_to_sign),
        };
        (string_to_sign, signature)
    }
}

/// How to presign a request.
#[derive(Debug, Clone)]
pub struct PresignOptions<'a> {
    /// How long the URL is valid: at most 7 days.
    pub expires_in: std::time::Duration,
    /// The payload hash signed: `UNSIGNED-PAYLOAD` (S3), or `None` for the body's SHA-256.
    pub payload_hash: Option<&'a str>,
    /// The canonical request's rules (S3's path as sent, or the standard ones).
    pub rules: Rules,
    /// SigV4 or SigV4a.
    pub algorithm: Algorithm<'a>,
}

/// A presigned request: the query to send (the request's own parameters, then the signing
/// ones and `X-Amz-Signature`), and how it was signed.
#[derive(Debug, Clone)]
pub struct Presigned {
    /// The full query string, without `?`.
    pub query: String,
    /// The canonical request that was signed.
    pub canonical_request: String,
    /// The string to sign derived from it.
    pub string_to_sign: String,
    /// The hex signature.
    pub signature: String,
}

/// The longest validity SigV4 allows a presigned URL.
pub const MAX_PRESIGN_EXPIRY: std::time::Duration = std::time::Duration::from_secs(7 * 24 * 3600);

/// Signs `req` in its query string (a presigned URL) rather than its headers: whoever holds the
/// URL can send the request until it expires. The session token of temporary credentials is
/// signed in the query too. Refuses an expiry over 7 days, which AWS would refuse.
pub fn presign(
    req: &SignableRequest<'_>,
    creds: &Credentials,
    scope: &SigningScope<'_>,
    options: &PresignOptions<'_>,
) -> Result<Presigned, String> {
    if options.expires_in > MAX_PRESIGN_EXPIRY || options.expires_in.as_secs() == 0 {
        return Err(format!("a presigned URL lasts 1 s to 7 days, not {:?}", options.expires_in));
    }
    let alg = options.algorithm;
    let date_time = amz_date(scope.time);
    let credential_scope = alg.credential_scope(&date_time, scope);
    let (canonical_headers, signed_headers, _) = canonical_headers(req.headers.iter());
    let mut added = vec![
        ("X-Amz-Algorithm", alg.name().to_string()),
        ("X-Amz-Credential", format!("{}/{credential_scope}", creds.access_key_id)),
        ("X-Amz-Date", date_time.clone()),
        ("X-Amz-Expires", options.expires_in.as_secs().to_string()),
    ];
    if let Some(set) = alg.region_set(scope) {
        added.push(("X-Amz-Region-Set", set.to_string()));
    }
    // In botocore's order, so that a URL is the same string from either.
    added.push(("X-Amz-SignedHeaders", signed_headers.clone()));
    if let Some(token) = &creds.session_token {
        added.push(("X-Amz-Security-Token", token.clone()));
    }
    let mut query = req.query.to_string();
    for (k, v) in &added {
        if !query.is_empty() {
            query.push('&');
        }
        let mut value = String::new();
        encode(&mut value, v, false);
        query.push_str(&format!("{k}={value}"));
    }
    let canonical_request = format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        req.method,
        canonical_path(req.path, options.rules),
        canonical_query(&query),
        canonical_headers,
        signed_headers,
        options.payload_hash.map(str::to_string).unwrap_or_else(|| sha256_hex(req.body))
    );
    let (string_to_sign, signature) = alg.sign(&canonical_request, &date_time, &credential_scope, creds, scope);
    query.push_str(&format!("&X-Amz-Signature={signature}"));
    Ok(Presigned { query, canonical_request, string_to_sign, signature })
}

/// SigV4's key for a day, region and service.
fn signing_key(creds: &Credentials, date: &str, scope: &SigningScope<'_>) -> hmac::Tag {
    let k_date = hmac(format!("AWS4{}", creds.secret_access_key).as_bytes(), date.as_bytes());
    let k_region = hmac(k_date.as_ref(), scope.region.as_bytes());
    let k_service = hmac(k_region.as_ref(), scope.service.as_bytes());
    hmac(k_service.as_ref(), b"aws4_request")
}

/// One signed event-stream message: what is sent, and how it was signed.
#[derive(Debug, Clone)]
pub struct SignedEvent {
    /// The message to send: `:chunk-signature` and `:date` headers around the event's frame.
    pub message: crate::wire::eventstream::Message,
    /// The string to sign (for a service that rejects the signature).
    pub string_to_sign: String,
    /// The hex signature: the next event's prior signature.
    pub signature: String,
}

/// Signs the event frame `event` (empty for the stream's closing message) of a stream opened
/// with `x-amz-content-sha256: STREAMING-AWS4-HMAC-SHA256-EVENTS`, chained on
/// `prior_signature` (the request's signature for the first event, the previous event's
/// after). The time is taken in whole seconds, as `:date` carries it.
pub fn sign_event(event: &[u8], prior_signature: &str, creds: &Credentials, scope: &SigningScope<'_>) -> SignedEvent {
    use crate::wire::eventstream::{encode_header, Header, HeaderValue, Message};
    let date_header = Header { name: ":date".to_string(), value: HeaderValue::Timestamp(scope.time.secs() * 1000) };
    let mut date_bytes = Vec::new();
    encode_header(&date_header, &mut date_bytes);
    // Chained as an aws-chunked body's chunks are, the `:date` header's hash in place of the
    // empty string's.
    let hashes = format!("{}\n{}", sha256_hex(&date_bytes), sha256_hex(event));
    let (string_to_sign, raw) =
        ChunkSigner::new(creds, scope, prior_signature).sign("AWS4-HMAC-SHA256-PAYLOAD", &hashes);
    let signature_header =
        Header { name: ":chunk-signature".to_string(), value: HeaderValue::ByteArray(raw.as_ref().to_vec()) };
    SignedEvent {
        message: Message { headers: vec![signature_header, date_header], payload: event.to_vec() },
        string_to_sign,
        signature: hex(raw.as_ref()),
    }
}

/// Signs `req` with `creds` for `scope`.
pub fn sign(req: &SignableRequest<'_>, creds: &Credentials, scope: &SigningScope<'_>) -> Signature {
    sign_with(req, creds, scope, Rules::Standard)
}

/// The variant of the canonical request a service expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rules {
    /// Every service but S3: the path normalised (`.`, `..` and empty segments removed) and
    /// percent-encoded once more.
    Standard,
    /// S3 and S3 Control: the path used as it is sent, neither normalised nor encoded again
    /// (an object key may hold `//` or `..`, and is already encoded).
    S3,
}

/// Signs `req` with `creds` for `scope`, canonicalising as `rules` says.
pub fn sign_with(req: &SignableRequest<'_>, creds: &Credentials, scope: &SigningScope<'_>, rules: Rules) -> Signature {
    sign_as(req, creds, scope, rules, Algorithm::V4)
}

/// Signs `req` with `creds` for `scope` in its `Authorization` header, with `algorithm`.
pub fn sign_as(
    req: &SignableRequest<'_>,
    creds: &Credentials,
    scope: &SigningScope<'_>,
    rules: Rules,
    algorithm: Algorithm<'_>,
) -> Signature {
    let date_time = amz_date(scope.time);
    let mut added = Vec::new();
    let has = |name: &str| req.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case(name));
    if !has("x-amz-date") {
        added.push(("X-Amz-Date".to_string(), date_time.clone()));
    }
    if let Some(set) = algorithm.region_set(scope) {
        added.push(("X-Amz-Region-Set".to_string(), set.to_string()));
    }
    if let Some(token) = &creds.session_token {
        if !has("x-amz-security-token") {
            added.push(("X-Amz-Security-Token".to_string(), token.clone()));
        }
    }

    let (canonical_headers, signed_headers, content_sha256) = canonical_headers(req.headers.iter().chain(added.iter()));
    let path = canonical_path(req.path, rules);
    let canonical_request = format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        req.method,
        path,
        canonical_query(req.query),
        canonical_headers,
        signed_headers,
        // A streamed body's hash (or `UNSIGNED-PAYLOAD`) travels in this header, as S3 defines.
        content_sha256.unwrap_or_else(|| sha256_hex(req.body))
    );
    let credential_scope = algorithm.credential_scope(&date_time, scope);
    let (string_to_sign, signature) = algorithm.sign(&canonical_request, &date_time, &credential_scope, creds, scope);

    added.push((
        "Authorization".to_string(),
        format!(
            "{} Credential={}/{credential_scope}, SignedHeaders={signed_headers}, Signature={signature}",
            algorithm.name(),
            creds.access_key_id
        ),
    ));
    Signature { headers: added, canonical_request, string_to_sign, signature }
}

/// Signs the chunks and trailer of an aws-chunked body sent with
/// `x-amz-content-sha256: STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER`: each signature chains on
/// the one before, the first on the request's (the seed).
pub struct ChunkSigner {
    key: hmac::Key,
    date_time: String,
    credential_scope: String,
    prior: String,
}

impl ChunkSigner {
    /// Chains on `seed`, the signature of the request (signed at `scope.time`).
    pub fn new(creds: &Credentials, scope: &SigningScope<'_>, seed: &str) -> ChunkSigner {
        let date_time = amz_date(scope.time);
        let key = hmac::Key::new(hmac::HMAC_SHA256, signing_key(creds, &date_time[..8], scope).as_ref());
        let credential_scope = Algorithm::V4.credential_scope(&date_time, scope);
        ChunkSigner { key, date_time, credential_scope, prior: seed.to_string() }
    }

    /// The signature of the next chunk (empty for the last).
    pub fn chunk(&mut self, data: &[u8]) -> String {
        let hashes = format!("{}\n{}", sha256_hex(b""), sha256_hex(data));
        self.next("AWS4-HMAC-SHA256-PAYLOAD", &hashes)
    }

    /// The signature of the trailer: its `name:value\n` lines.
    pub fn trailer(&mut self, text: &str) -> String {
        self.next("AWS4-HMAC-SHA256-TRAILER", &sha256_hex(text.as_bytes()))
    }

    fn next(&mut self, algorithm: &str, hashes: &str) -> String {
        self.sign(algorithm, hashes);
        self.prior.clone()
    }

    /// The string to sign of the next piece (its hashes after the previous signature) and its
    /// signature, which the piece after chains on.
    fn sign(&mut self, algorithm: &str, hashes: &str) -> (String, hmac::Tag) {
        let string_to_sign =
            format!("{algorithm}\n{}\n{}\n{}\n{hashes}", self.date_time, self.credential_scope, self.prior);
        let raw = hmac::sign(&self.key, string_to_sign.as_bytes());
        self.prior = hex(raw.as_ref());
        (string_to_sign, raw)
    }
}

impl std::fmt::Debug for ChunkSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChunkSigner").field("credential_scope", &self.credential_scope).finish_non_exhaustive()
    }
}
