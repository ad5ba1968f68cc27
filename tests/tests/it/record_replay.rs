//! Record real exchanges once, replay them in tests with no service: `http::Recorder` and
//! `http::Replayer`.

use proton_client::http::{DefaultHttpClient, Recorder, Replayer};
use proton_client::sigv4::Credentials;
use proton_client::{Client, Config};
use serde_json::json;
use tests::fake::{FakeServer, Reply};
use tests::Outcome;

fn config(endpoint: &str) -> proton_client::config::ConfigBuilder {
    Config::builder()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .credentials(Credentials::new("AKIDREC", "SECRET-KEY-REC", Some("SESSION-TOKEN-REC".into())))
        .idempotency_token_provider(|| "00000000-0000-4000-8000-000000000000".to_string())
        .max_attempts(1)
}

async fn call(client: &Client, op: &str, input: &serde_json::Value) -> Outcome {
    let (_, f) = tests::CALLS.iter().find(|(n, _)| *n == op).unwrap_or_else(|| panic!("no operation {op}"));
    f(client, input).await
}

#[tokio::test]
async fn recorded_calls_replay_without_the_service_and_without_secrets() {
    let server = FakeServer::start(|req, _| match req.header("x-amz-target").unwrap_or("") {
        t if t.ends_with("ListServices") => Reply::json(200, r#"{"services":[{"name":"web","status":"ACTIVE","arn":"a","templateName":"t","createdAt":1,"lastModifiedAt":1}]}"#),
        _ => Reply::json(404, r#"{"__type":"ResourceNotFoundException","message":"no such service"}"#),
    })
    .await;
    let file = tests::scratch("record-replay").join("proton.jsonl");
    let recorder = Recorder::new(DefaultHttpClient::new(None), &file);
    let recording = Client::new(&config(&server.url).http_client(recorder).build());
    let listed = call(&recording, "ListServices", &json!({})).await;
    let missing = call(&recording, "GetService", &json!({"name": "nope"})).await;
    assert!(matches!(&listed, Outcome::Output(_)) && matches!(&missing, Outcome::Service { .. }));

    let text = std::fs::read_to_string(&file).expect("recorded");
    assert_eq!(text.lines().count(), 2);
    let signature = server.requests()[0]
        .header("authorization")
        .and_then(|a| a.rsplit("Signature=").next())
        .expect("signed")
        .to_string();
    for secret in ["SECRET-KEY-REC", "SESSION-TOKEN-REC", &signature] {
        assert!(!text.contains(secret), "{secret} recorded");
    }

    // Replayed with nothing listening at the endpoint: the same outcomes, in any order.
    let replaying = |file: &std::path::Path| {
        Client::new(&config("http://127.0.0.1:9").http_client(Replayer::from_file(file).expect("recording")).build())
    };
    let client = replaying(&file);
    let shown = |o: &Outcome| format!("{o:?}");
    assert_eq!(shown(&call(&client, "GetService", &json!({"name": "nope"})).await), shown(&missing));
    assert_eq!(shown(&call(&client, "ListServices", &json!({})).await), shown(&listed));
    // Each recording answers once; another body or a second call is an error naming the request.
    let again = call(&client, "ListServices", &json!({})).await;
    assert!(
        matches!(&again, Outcome::Other(e) if e.contains("no recording") && e.contains("ListServices")),
        "{again:?}"
    );
    let other = call(&replaying(&file), "GetService", &json!({"name": "other"})).await;
    assert!(matches!(&other, Outcome::Other(e) if e.contains("GetService")), "{other:?}");

    std::fs::write(&file, "not json\n").expect("write");
    let err = Replayer::from_file(&file).expect_err("not a recording");
    assert!(err.to_string().contains("line 1"), "{err}");
}
