#![allow(deprecated)] // the Proton model deprecates every operation

//! Proxies, trust and HTTP/2, on loopback only: a TLS service whose certificate a CA made here
//! signed (offering `h2` or `http/1.1` by ALPN), and an HTTP proxy that records what it is
//! asked (tests/src/net.rs). Settings come from the
//! builder here; from the environment in `tests/tests/environment.rs` and in `examples.rs`.

use proton_client::http::{ProxyConfig, TrustConfig};
use proton_client::operation::list_services::ListServicesInput;
use proton_client::sigv4::Credentials;
use proton_client::{Client, Config};
use tests::fake::{FakeServer, Reply};
use tests::net::{closed_port, Proxy, TestCa};

const LISTED: &str = r#"{"services":[{"name":"frontend","status":"ACTIVE","arn":"a","templateName":"t","createdAt":1,"lastModifiedAt":1}]}"#;

async fn service() -> FakeServer {
    FakeServer::start(|_, _| Reply::json(200, LISTED)).await
}

/// The service behind TLS: its `https://localhost:port` URL.
async fn tls_service(ca: &TestCa, server: &FakeServer) -> String {
    let plain = server.url.strip_prefix("http://").and_then(|a| a.parse().ok()).expect("loopback address");
    format!("https://localhost:{}", ca.front(plain).await)
}

fn client(endpoint: &str, proxy: ProxyConfig, trust: TrustConfig) -> Client {
    Client::new(
        &Config::builder()
            .region("us-east-1")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .endpoint_url(endpoint)
            .max_attempts(1)
            .proxy(proxy)
            .trust(trust)
            .build(),
    )
}

async fn list(client: &Client) -> Result<String, String> {
    match client.list_services(ListServicesInput::new()).await {
        Ok(out) => Ok(out.services.first().map(|s| s.name.clone()).unwrap_or_default()),
        Err(e) => Err(e.to_string()),
    }
}

fn https_proxy(url: &str, no_proxy: &str) -> ProxyConfig {
    ProxyConfig::builder().https(url).no_proxy(no_proxy).build().expect("valid proxy")
}

fn ca_trust(ca: &TestCa) -> TrustConfig {
    TrustConfig::from_pem(ca.ca_pem.as_bytes()).expect("the test CA")
}

#[tokio::test]
async fn https_goes_through_a_connect_tunnel_and_no_proxy_bypasses_it() {
    let (ca, server, proxy) = (TestCa::new(), service().await, Proxy::start(None).await);
    let url = tls_service(&ca, &server).await;
    let port = url.rsplit(':').next().expect("port");

    let through = client(&url, https_proxy(&proxy.url, ""), ca_trust(&ca));
    assert_eq!(list(&through).await.as_deref(), Ok("frontend"));
    let asked = proxy.asked();
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert_eq!(asked[0].line, format!("CONNECT localhost:{port} HTTP/1.1"));
    assert_eq!(asked[0].authorization, None);
    // The signed request arrived inside the tunnel, unchanged by it.
    assert!(server.requests()[0].header("authorization").is_some_and(|a| a.starts_with("AWS4-HMAC-SHA256")));

    for bypass in ["localhost", ".localhost", "*", &format!("localhost:{port}"), "example.com, localhost"] {
        let direct = client(&url, https_proxy(&proxy.url, bypass), ca_trust(&ca));
        assert_eq!(list(&direct).await.as_deref(), Ok("frontend"), "NO_PROXY={bypass}");
        assert_eq!(proxy.asked().len(), 1, "NO_PROXY={bypass} bypasses the proxy");
    }
    // A proxy reached over TLS itself (`https://`), trusted through the same CA.
    let secure_proxy = format!("https://localhost:{}", ca.front(proxy.url[7..].parse().expect("address")).await);
    let over_tls = client(&url, https_proxy(&secure_proxy, ""), ca_trust(&ca));
    assert_eq!(list(&over_tls).await.as_deref(), Ok("frontend"));
    assert_eq!(proxy.asked().len(), 2);
    // Another port of the same host is not bypassed.
    let other_port = client(&url, https_proxy(&proxy.url, "localhost:1"), ca_trust(&ca));
    assert_eq!(list(&other_port).await.as_deref(), Ok("frontend"));
    assert_eq!(proxy.asked().len(), 3);
}

#[tokio::test]
async fn proxy_credentials_are_sent_and_a_wrong_password_is_a_clear_error() {
    let (ca, server, proxy) = (TestCa::new(), service().await, Proxy::start(Some("alice:s3cr@t")).await);
    let url = tls_service(&ca, &server).await;
    let with = |password: &str| {
        let address = proxy.url.strip_prefix("http://").expect("http");
        https_proxy(&format!("http://alice:{password}@{address}"), "")
    };

    let good = client(&url, with("s3cr%40t"), ca_trust(&ca));
    assert_eq!(list(&good).await.as_deref(), Ok("frontend"));
    // base64("alice:s3cr@t"): the password percent-decoded, as curl does.
    assert_eq!(proxy.asked()[0].authorization.as_deref(), Some("Basic YWxpY2U6czNjckB0"));

    let bad = client(&url, with("hunter2"), ca_trust(&ca));
    let err = list(&bad).await.expect_err("407");
    assert!(err.contains(&proxy.url) && err.contains("proxy authorization required"), "{err}");
    assert!(!err.contains("hunter2"), "the password stays out of errors: {err}");
    assert!(!format!("{:?}", bad.config()).contains("hunter2"), "and out of Debug");
    assert_eq!(server.requests().len(), 1, "nothing reached the service without credentials");
}

#[tokio::test]
async fn an_unreachable_proxy_is_an_error_naming_it() {
    let (ca, server) = (TestCa::new(), service().await);
    let url = tls_service(&ca, &server).await;
    let port = closed_port().await;
    let c = client(&url, https_proxy(&format!("http://bob:pw123@127.0.0.1:{port}"), ""), ca_trust(&ca));
    let err = list(&c).await.expect_err("refused");
    assert!(err.contains(&format!("http://127.0.0.1:{port}")) && err.contains("refused"), "{err}");
    assert!(!err.contains("pw123"), "{err}");
}

#[tokio::test]
async fn plain_http_goes_to_the_proxy_in_absolute_form_with_its_credentials() {
    let (server, proxy) = (service().await, Proxy::start(Some("u:p")).await);
    let address = proxy.url.strip_prefix("http://").expect("http");
    let config = ProxyConfig::builder().http(format!("http://u:p@{address}")).build().expect("valid");
    let c = client(&server.url, config, TrustConfig::bundled());
    assert_eq!(list(&c).await.as_deref(), Ok("frontend"));
    let asked = proxy.asked();
    assert_eq!(asked[0].line, format!("POST {}/ HTTP/1.1", server.url));
    assert_eq!(asked[0].authorization.as_deref(), Some("Basic dTpw"));
    // The proxy's header is the proxy's: it is not part of what was signed.
    let signed = server.requests()[0].signed_headers();
    assert!(!signed.iter().any(|h| h == "proxy-authorization"), "{signed:?}");
}

#[tokio::test]
async fn a_server_signed_by_a_private_ca_is_trusted_only_with_its_bundle() {
    let (ca, server) = (TestCa::new(), service().await);
    let url = tls_service(&ca, &server).await;

    let default = client(&url, ProxyConfig::none(), TrustConfig::default());
    let err = list(&default).await.expect_err("unknown CA");
    assert!(err.contains("could not connect") && err.contains("certificate"), "{err}");

    let dir = tests::scratch("network-ca");
    let bundle = dir.join("ca.pem");
    std::fs::write(&bundle, &ca.ca_pem).expect("write bundle");
    let only = client(&url, ProxyConfig::none(), TrustConfig::from_pem_file(&bundle).expect("bundle"));
    assert_eq!(list(&only).await.as_deref(), Ok("frontend"));
    let added = TrustConfig::bundled().add_pem_file(&bundle).expect("bundle");
    assert_eq!(list(&client(&url, ProxyConfig::none(), added)).await.as_deref(), Ok("frontend"));

    // Another CA's bundle does not do.
    let other = TrustConfig::from_pem(TestCa::new().ca_pem.as_bytes()).expect("other CA");
    assert!(list(&client(&url, ProxyConfig::none(), other)).await.is_err());
}

/// HTTP/2 as AWS serves it for event streams: negotiated by ALPN over TLS, its own pool;
/// other requests stay on HTTP/1.1 and a server that does not offer `h2` is an error, not a
/// silent downgrade.
#[tokio::test]
async fn http2_is_negotiated_by_alpn_for_the_requests_that_need_it() {
    use proton_client::http::{DefaultHttpClient, HttpClient, Request};
    let ca = TestCa::new();
    let h2 = FakeServer::start_h2(|_, _| Reply::json(200, "{}")).await;
    let h2_addr = h2.url.strip_prefix("http://").and_then(|a| a.parse().ok()).expect("loopback address");
    let h2_port = ca.front_offering(h2_addr, &[b"h2"]).await;
    let trust = TrustConfig::from_pem(ca.ca_pem.as_bytes()).expect("bundle");
    let http = DefaultHttpClient::with_network(None, ProxyConfig::none(), &trust);
    let request = |port: u16, http2: bool| Request {
        method: "POST",
        url: format!("https://localhost:{port}/"),
        headers: vec![("Content-Type".to_string(), "application/x-amz-json-1.1".to_string())],
        body: b"{}".to_vec(),
        http2,
    };
    for _ in 0..2 {
        let response = http.send(request(h2_port, true)).await.expect("an HTTP/2 exchange");
        assert_eq!(response.status, 200);
    }
    let seen = h2.requests();
    assert_eq!(seen.len(), 2);
    assert!(seen.iter().all(|r| r.version == "HTTP/2"), "{seen:?}");
    assert_eq!(h2.connections(), 1, "one connection carries both");

    let h1 = service().await;
    let h1_addr = h1.url.strip_prefix("http://").and_then(|a| a.parse().ok()).expect("loopback address");
    let h1_port = ca.front_offering(h1_addr, &[b"http/1.1"]).await;
    assert_eq!(http.send(request(h1_port, false)).await.expect("HTTP/1.1").status, 200);
    assert_eq!(h1.requests()[0].version, "HTTP/1.1");
    let refused = http.send(request(h1_port, true)).await.expect_err("no h2 on offer");
    assert!(!refused.to_string().is_empty());
}

#[test]
fn a_bad_bundle_is_an_error_when_it_is_configured() {
    let dir = tests::scratch("network-bad-bundle");
    let missing = dir.join("missing.pem");
    let err = TrustConfig::from_pem_file(&missing).expect_err("missing");
    assert!(err.to_string().contains("missing.pem") && err.message.contains("cannot read"), "{err}");

    let empty = dir.join("empty.pem");
    std::fs::write(&empty, "not a certificate\n").expect("write");
    let err = TrustConfig::from_pem_file(&empty).expect_err("no certificate");
    assert!(err.message.contains("no PEM certificate"), "{err}");

    let broken = dir.join("broken.pem");
    std::fs::write(&broken, "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n").expect("write");
    let err = TrustConfig::from_pem_file(&broken).expect_err("not a certificate");
    assert!(err.message.contains("certificate 1"), "{err}");

    let two = format!("{}{}", TestCa::new().ca_pem, TestCa::new().ca_pem);
    let shown = format!("{:?}", TrustConfig::from_pem(two.as_bytes()).expect("two CAs"));
    assert!(shown.contains("2 certificates") && shown.ends_with("2 roots)"), "{shown}");
}
