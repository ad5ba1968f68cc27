//! HTTP(S) proxies: which connections go through one, and the connector that takes them there.
//!
//! HTTPS goes through a `CONNECT` tunnel (hyper-util's), TLS to the service inside it; plain
//! HTTP is sent to the proxy in absolute form. The variables are read as curl and botocore read
//! them (hyper-util's matcher): `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` (either case) and
//! `NO_PROXY` (domains and their subdomains, IPs, CIDRs, `*`), plus `host:port` entries in
//! `NO_PROXY`, which apply to that port only.

use std::fmt;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use http::Uri;
use hyper_rustls::{HttpsConnector, MaybeHttpsStream};
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::legacy::connect::{Connected, Connection, HttpConnector};
use hyper_util::client::proxy::matcher::{Intercept, Matcher};
use hyper_util::rt::TokioIo;
use tower_service::Service;

use crate::error::ConfigError;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Which requests go through a proxy, and which proxy. Cheap to clone; its `Debug` never shows
/// a proxy's credentials.
#[derive(Clone, Default)]
pub struct ProxyConfig {
    rules: Option<std::sync::Arc<Rules>>,
}

struct Rules {
    matcher: Matcher,
    /// `NO_PROXY` entries with a port: (port, a matcher that intercepts every host but those).
    by_port: Vec<(u16, Matcher)>,
    /// The settings as given, passwords removed, for `Debug`.
    shown: Vec<String>,
}

impl ProxyConfig {
    /// No proxy: every connection is direct (the default of [`Config::builder`](crate::Config::builder)).
    pub fn none() -> Self {
        ProxyConfig { rules: None }
    }

    /// A builder for proxies set in code.
    pub fn builder() -> ProxyConfigBuilder {
        ProxyConfigBuilder::default()
    }

    /// The proxy variables of the environment: `HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY` and
    /// `NO_PROXY` (upper case first, then lower case). In a CGI program (`REQUEST_METHOD` set)
    /// the HTTP ones are ignored: there `HTTP_PROXY` can come from a request's `Proxy:` header.
    /// A value that is not an `http://` or `https://` URL is an error naming the variable.
    pub fn from_env() -> Result<Self, ConfigError> {
        let var = |names: [&str; 2]| names.into_iter().find_map(|n| crate::env::var(n).map(|v| (n.to_string(), v)));
        let cgi = std::env::var_os("REQUEST_METHOD").is_some();
        ProxyConfigBuilder {
            https: var(["HTTPS_PROXY", "https_proxy"]),
            http: if cgi { None } else { var(["HTTP_PROXY", "http_proxy"]) },
            all: var(["ALL_PROXY", "all_proxy"]),
            no_proxy: var(["NO_PROXY", "no_proxy"]).map(|(_, v)| v),
        }
        .build()
    }

    /// The proxy for a request to `uri`, if it goes through one.
    pub(crate) fn intercept(&self, uri: &Uri) -> Option<Intercept> {
        let rules = self.rules.as_ref()?;
        let port = uri.port_u16().unwrap_or(if uri.scheme_str() == Some("https") { 443 } else { 80 });
        if rules.by_port.iter().any(|(p, m)| *p == port && m.intercept(uri).is_none()) {
            return None;
        }
        rules.matcher.intercept(uri)
    }

    /// The `Proxy-Authorization` header of a plain-HTTP request to `uri` sent to its proxy in
    /// absolute form (HTTPS sends it on the `CONNECT` instead).
    pub(crate) fn authorization(&self, uri: &Uri) -> Option<http::HeaderValue> {
        if uri.scheme_str() != Some("http") {
            return None;
        }
        self.intercept(uri).and_then(|i| i.basic_auth().cloned())
    }

    pub(crate) fn is_none(&self) -> bool {
        self.rules.is_none()
    }
}

impl fmt::Debug for ProxyConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.rules {
            None => f.write_str("ProxyConfig(none)"),
            Some(rules) => write!(f, "ProxyConfig({})", rules.shown.join(", ")),
        }
    }
}

/// Builds a [`ProxyConfig`]; [`build`](Self::build) checks the URLs.
#[derive(Clone, Default)]
pub struct ProxyConfigBuilder {
    /// (setting, URL) pairs; the setting names the URL in errors.
    https: Option<(String, String)>,
    http: Option<(String, String)>,
    all: Option<(String, String)>,
    no_proxy: Option<String>,
}

impl fmt::Debug for ProxyConfigBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ProxyConfigBuilder")
    }
}

impl ProxyConfigBuilder {
    /// The proxy for HTTPS requests (every AWS endpoint): `http://[user:password@]host:port`.
    pub fn https(mut self, url: impl Into<String>) -> Self {
        self.https = Some(("https proxy".into(), url.into()));
        self
    }

    /// The proxy for plain-HTTP requests (local endpoints, instance metadata never).
    pub fn http(mut self, url: impl Into<String>) -> Self {
        self.http = Some(("http proxy".into(), url.into()));
        self
    }

    /// The proxy for requests of either scheme without their own.
    pub fn all(mut self, url: impl Into<String>) -> Self {
        self.all = Some(("proxy".into(), url.into()));
        self
    }

    /// Hosts reached directly, as `NO_PROXY` lists them: comma-separated domains (each with
    /// its subdomains; a leading dot is allowed), IP addresses, CIDR blocks, `*` for all, and
    /// any of them with `:port` for that port only.
    pub fn no_proxy(mut self, list: impl Into<String>) -> Self {
        self.no_proxy = Some(list.into());
        self
    }

    /// The configuration, or an error naming the first setting that is not an `http://` or
    /// `https://` proxy URL.
    pub fn build(self) -> Result<ProxyConfig, ConfigError> {
        let mut shown = Vec::new();
        let mut check = |given: &Option<(String, String)>| -> Result<String, ConfigError> {
            let Some((setting, url)) = given else { return Ok(String::new()) };
            let without_password = checked_url(setting, url)?;
            shown.push(format!("{setting} {without_password}"));
            Ok(url.clone())
        };
        let (https, http, all) = (check(&self.https)?, check(&self.http)?, check(&self.all)?);
        if shown.is_empty() {
            return Ok(ProxyConfig::none());
        }
        let list = self.no_proxy.unwrap_or_default();
        let (plain, by_port) = split_ports(&list);
        if !list.trim().is_empty() {
            shown.push(format!("no proxy for {}", list.trim()));
        }
        let matcher = Matcher::builder().https(https).http(http).all(all).no(plain.join(",")).build();
        let by_port = by_port
            .into_iter()
            // A proxy that is never contacted: only whether it would be matters.
            .map(|(port, hosts)| (port, Matcher::builder().all("http://0.0.0.0:1").no(hosts.join(",")).build()))
            .collect();
        Ok(ProxyConfig { rules: Some(std::sync::Arc::new(Rules { matcher, by_port, shown })) })
    }
}

/// Checks a proxy URL; returns it without its user and password, for messages.
fn checked_url(setting: &str, url: &str) -> Result<String, ConfigError> {
    let uri: Uri = url.trim().parse().map_err(|_| ConfigError::new(setting, "not a URL"))?;
    let scheme = uri.scheme_str().unwrap_or("http");
    if !matches!(scheme, "http" | "https") {
        return Err(ConfigError::new(
            setting,
            format!("`{scheme}` proxies are not supported; use http:// or https://"),
        ));
    }
    let authority = uri.authority().ok_or_else(|| ConfigError::new(setting, "no host in the URL"))?;
    let host = authority.as_str().rsplit_once('@').map_or(authority.as_str(), |(_, host)| host);
    if host.is_empty() {
        return Err(ConfigError::new(setting, "no host in the URL"));
    }
    Ok(format!("{scheme}://{host}"))
}

/// `NO_PROXY` entries without a port, and those with one grouped by port (hosts with IPv6
/// brackets removed, as the matcher compares them).
fn split_ports(list: &str) -> (Vec<&str>, Vec<(u16, Vec<&str>)>) {
    let mut plain = Vec::new();
    let mut by_port: Vec<(u16, Vec<&str>)> = Vec::new();
    for entry in list.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        match with_port(entry) {
            Some((host, port)) => match by_port.iter_mut().find(|(p, _)| *p == port) {
                Some((_, hosts)) => hosts.push(host),
                None => by_port.push((port, vec![host])),
            },
            None => plain.push(entry),
        }
    }
    (plain, by_port)
}

/// `host:port`, `[v6]:port` or `1.2.3.4:port`; a bare IPv6 address has colons but no port.
fn with_port(entry: &str) -> Option<(&str, u16)> {
    if entry.parse::<std::net::IpAddr>().is_ok() {
        return None;
    }
    let (host, port) = entry.rsplit_once(':')?;
    let port = port.parse().ok()?;
    let host = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host);
    (!host.is_empty() && (host.parse::<std::net::Ipv6Addr>().is_ok() || !host.contains(':'))).then_some((host, port))
}

/// A connection failure on the way to or through a proxy. Its message names the proxy (never
/// its password); its source says what went wrong.
#[derive(Debug)]
pub(crate) struct ProxyError {
    proxy: String,
    source: BoxError,
}

impl fmt::Display for ProxyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "through the proxy {}", self.proxy)
    }
}

/// What went wrong is the cause, which the transport's error message tells with the rest of
/// the chain.
impl std::error::Error for ProxyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

/// The connection to a proxy, or to a service directly; HTTPS to the service is layered on it.
#[derive(Clone)]
pub(crate) struct Route {
    direct: HttpConnector,
    /// To the proxy itself, with TLS when its URL is `https://`.
    to_proxy: HttpsConnector<HttpConnector>,
    proxy: ProxyConfig,
}

impl Route {
    pub(crate) fn new(direct: HttpConnector, to_proxy: HttpsConnector<HttpConnector>, proxy: ProxyConfig) -> Self {
        Route { direct, to_proxy, proxy }
    }
}

type Connecting = Pin<Box<dyn Future<Output = Result<RouteStream, BoxError>> + Send>>;

impl Service<Uri> for Route {
    type Response = RouteStream;
    type Error = BoxError;
    type Future = Connecting;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        // Both connectors are always ready: they start their work in `call`.
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, dst: Uri) -> Connecting {
        let Some(proxy) = self.proxy.intercept(&dst) else {
            let connecting = self.direct.call(dst);
            return Box::pin(async move {
                Ok(RouteStream { io: MaybeHttpsStream::Http(connecting.await?), proxied: false })
            });
        };
        let name = proxy.uri().to_string().trim_end_matches('/').to_string();
        let failed = move |e: BoxError| -> BoxError { Box::new(ProxyError { proxy: name, source: e }) };
        if dst.scheme_str() == Some("https") {
            let mut tunnel = Tunnel::new(proxy.uri().clone(), self.to_proxy.clone());
            if let Some(auth) = proxy.basic_auth() {
                tunnel = tunnel.with_auth(auth.clone());
            }
            let connecting = tunnel.call(dst);
            Box::pin(async move {
                let io = connecting.await.map_err(|e| failed(Box::new(e)))?;
                Ok(RouteStream { io, proxied: false })
            })
        } else {
            let connecting = self.to_proxy.call(proxy.uri().clone());
            Box::pin(async move {
                let io = connecting.await.map_err(failed)?;
                // hyper then writes the request line in absolute form.
                Ok(RouteStream { io, proxied: true })
            })
        }
    }
}

/// A connection made by [`Route`].
pub(crate) struct RouteStream {
    io: MaybeHttpsStream<TokioIo<tokio::net::TcpStream>>,
    /// Plain HTTP sent to a proxy.
    proxied: bool,
}

impl Connection for RouteStream {
    fn connected(&self) -> Connected {
        self.io.connected().proxy(self.proxied)
    }
}

impl hyper::rt::Read for RouteStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_read(cx, buf)
    }
}

impl hyper::rt::Write for RouteStream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }

    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write_vectored(cx, bufs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(no_proxy: &str) -> ProxyConfig {
        ProxyConfig::builder().https("http://u:p@proxy.test:3128").no_proxy(no_proxy).build().expect("valid")
    }

    fn proxied(c: &ProxyConfig, url: &str) -> bool {
        c.intercept(&url.parse().expect("URI")).is_some()
    }

    #[test]
    fn no_proxy_takes_domains_ips_cidrs_stars_and_ports() {
        let c = config("amazonaws.com, 10.0.0.0/8,::1, 192.168.1.7, localhost:8443, [fd00::1]:443");
        for direct in [
            "https://amazonaws.com",
            "https://sts.us-east-1.amazonaws.com",
            "https://10.1.2.3",
            "https://[::1]",
            "https://192.168.1.7:9000",
            "https://localhost:8443",
            "https://[fd00::1]",
        ] {
            assert!(!proxied(&c, direct), "{direct} is direct");
        }
        for through in [
            "https://notamazonaws.com",
            "https://11.1.2.3",
            "https://localhost",
            "https://localhost:9443",
            "https://[fd00::1]:8443",
        ] {
            assert!(proxied(&c, through), "{through} goes through the proxy");
        }
        assert!(!proxied(&config("*"), "https://anything.example"));
        // Only HTTPS has a proxy here.
        assert!(!proxied(&config(""), "http://example.com"));
    }

    #[test]
    fn bad_urls_are_errors_naming_the_setting_without_the_password() {
        let err = ProxyConfig::builder().https("socks5://u:secret@h:1").build().expect_err("socks");
        assert_eq!(err.setting, "https proxy");
        assert!(err.message.contains("socks5") && !err.to_string().contains("secret"), "{err}");
        assert!(ProxyConfig::builder().http("http://").build().is_err());
        assert!(ProxyConfig::builder().all("not a url").build().is_err());
        let shown = format!("{:?}", ProxyConfig::builder().https("http://user:secret@proxy:3128").build().expect("ok"));
        assert_eq!(shown, "ProxyConfig(https proxy http://proxy:3128)");
        assert!(ProxyConfig::builder().build().expect("empty").is_none());
    }

    #[test]
    fn the_proxy_authorization_goes_on_plain_http_only() {
        let c = ProxyConfig::builder().all("http://user:pa%40ss@proxy:3128").build().expect("ok");
        let auth = c.authorization(&"http://10.0.0.1/x".parse().expect("URI")).expect("basic");
        // base64("user:pa@ss")
        assert_eq!(auth.to_str().expect("ascii"), "Basic dXNlcjpwYUBzcw==");
        assert!(auth.is_sensitive());
        assert!(c.authorization(&"https://10.0.0.1/x".parse().expect("URI")).is_none());
    }
}
