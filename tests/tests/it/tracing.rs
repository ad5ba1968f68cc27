//! What a call records with `tracing`: a span per call (service, operation, attempts, status,
//! request id, duration), an event per retry, credentials and endpoint; and never a secret.

use std::time::Duration;

use proton_client::config::RetryConfig;
use proton_client::sigv4::Credentials;
use proton_client::{Client, Config};
use serde_json::json;
use tests::fake::{FakeServer, Reply};
use tests::trace::Capture;
use tests::Outcome;

#[tokio::test]
async fn a_call_records_its_span_and_retries_and_no_secret() {
    let server = FakeServer::start(|_, i| match i {
        0 => Reply::json(503, r#"{"__type":"ThrottlingException","message":"slow down"}"#),
        _ => Reply::json(200, r#"{"service":{"name":"web","arn":"a","templateName":"t","status":"ACTIVE","createdAt":1,"lastModifiedAt":1,"spec":"SENSITIVE-SPEC-OUT"}}"#),
    })
    .await;
    let config = Config::builder()
        .region("us-east-1")
        .endpoint_url(&server.url)
        .credentials(Credentials::new("AKIDTRACE", "SECRET-KEY-TRACE", Some("SESSION-TOKEN-TRACE".into())))
        .retry(RetryConfig {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(2),
        })
        .build();
    let client = Client::new(&config);
    let capture = Capture::default();
    let guard = capture.install();
    let (_, call) = tests::CALLS.iter().find(|(n, _)| *n == "CreateService").expect("CreateService");
    let input = json!({"name": "web", "templateName": "t", "templateMajorVersion": "1", "spec": "SENSITIVE-SPEC-IN"});
    let outcome = call(&client, &input).await;
    drop(guard);
    assert!(matches!(outcome, Outcome::Output(_)), "{outcome:?}");
    let text = capture.text();

    // The span closes with what the call did.
    let closed = tests::trace::closed_call(&text);
    for field in [
        "service=\"PROTON\"",
        "operation=\"CreateService\"",
        "attempts=2",
        "status=200",
        "request_id=\"11111111-2222-4333-8444-555555555555\"",
        "duration_ms=",
    ] {
        assert!(closed.contains(field), "{field} in {closed}");
    }
    let retry = text.lines().find(|l| l.contains("retrying")).unwrap_or_else(|| panic!("{text}"));
    assert!(
        retry.contains("DEBUG") && retry.contains("HTTP 503 ThrottlingException") && retry.contains("delay_ms="),
        "{retry}"
    );
    assert!(text.contains("endpoint resolved") && text.contains(&server.url), "{text}");
    assert!(text.contains("credentials loaded"), "{text}");
    // A call that succeeds says nothing above debug.
    for level in ["INFO", "WARN", "ERROR"] {
        assert!(!text.lines().any(|l| l.contains(level)), "{level}: {text}");
    }

    // No credential, signature, token or sensitive member, in or out.
    let auth = server.requests()[1].header("authorization").expect("signed").to_string();
    let signature = auth.rsplit("Signature=").next().expect("signature").to_string();
    for secret in ["SECRET-KEY-TRACE", "SESSION-TOKEN-TRACE", "SENSITIVE-SPEC-IN", "SENSITIVE-SPEC-OUT", &signature] {
        assert!(!text.contains(secret), "{secret} recorded: {text}");
    }
}

#[tokio::test]
async fn a_failed_call_says_why_in_its_span() {
    let server =
        FakeServer::start(|_, _| Reply::json(400, r#"{"__type":"ValidationException","message":"bad"}"#)).await;
    let config = Config::builder()
        .region("us-east-1")
        .endpoint_url(&server.url)
        .credentials(Credentials::new("AKID", "SECRET", None))
        .build();
    let capture = Capture::default();
    let guard = capture.install();
    let (_, call) = tests::CALLS.iter().find(|(n, _)| *n == "ListServices").expect("ListServices");
    let outcome = call(&Client::new(&config), &json!({})).await;
    drop(guard);
    assert!(matches!(outcome, Outcome::Service { .. }), "{outcome:?}");
    let text = capture.text();
    // A modeled error is an answer: the span has its status, and it was not retried.
    let closed = tests::trace::closed_call(&text);
    assert!(closed.contains("status=400") && closed.contains("attempts=1"), "{closed}");
    assert!(!text.contains("retrying"), "{text}");
}
