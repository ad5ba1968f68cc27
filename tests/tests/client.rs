//! The generated client against a fake Proton on 127.0.0.1.

use std::collections::BTreeMap;
use std::time::Duration;

use proton_client::config::{RetryConfig, TimeoutConfig};
use proton_client::sigv4::{sign, Credentials, SignableRequest, SigningScope};
use proton_client::{Client, Config};
use serde_json::Value;
use tests::fake::{FakeServer, Recorded, Reply};
use tests::Outcome;

fn client(server: &FakeServer, attempts: u32) -> Client {
    Client::new(
        Config::builder()
            .region("us-east-1")
            .endpoint_url(&server.url)
            .credentials(Credentials::new("AKID", "SECRET", None))
            .retry(RetryConfig {
                max_attempts: attempts,
                initial_backoff: Duration::from_millis(5),
                max_backoff: Duration::from_millis(20),
            })
            .build(),
    )
}

async fn call(client: &Client, op: &str, input: &Value) -> Outcome {
    let (_, f) = tests::CALLS.iter().find(|(n, _)| *n == op).unwrap_or_else(|| panic!("no operation {op}"));
    f(client, input).await
}

/// Re-signs a received request with the known secret: the signature must match.
fn assert_signed(req: &Recorded) {
    let auth = req.header("authorization").expect("Authorization");
    let signed_names: Vec<&str> = auth
        .split("SignedHeaders=")
        .nth(1)
        .expect("signed headers")
        .split(',')
        .next()
        .expect("list")
        .split(';')
        .collect();
    assert_eq!(signed_names, ["content-type", "host", "x-amz-date", "x-amz-target"]);
    let headers: Vec<(String, String)> = signed_names
        .iter()
        .map(|n| (n.to_string(), req.header(n).expect("signed header present").to_string()))
        .collect();
    let time = tests::amz_date(req.header("x-amz-date").expect("date"));
    let again = sign(
        &SignableRequest { method: &req.method, path: &req.path, query: "", headers: &headers, body: &req.body },
        &Credentials::new("AKID", "SECRET", None),
        &SigningScope { region: "us-east-1", service: "proton", time },
    );
    assert_eq!(auth, again.headers.iter().find(|(k, _)| k == "Authorization").expect("auth").1);
}

fn is_uuid_v4(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 36
        && b[14] == b'4'
        && matches!(b[19], b'8' | b'9' | b'a' | b'b')
        && [8, 13, 18, 23].iter().all(|i| b[*i] == b'-')
}

#[tokio::test]
async fn every_operation_sends_what_botocore_sends_and_parses_the_response() {
    let outputs: BTreeMap<String, Value> = tests::wire("responses.jsonl")
        .into_iter()
        .filter(|c| c["kind"] == "output")
        .map(|c| (c["operation"].as_str().expect("op").to_string(), c))
        .collect();
    let canned = outputs.clone();
    let server = FakeServer::start(move |req, _| {
        let op = req.header("x-amz-target").and_then(|t| t.split('.').nth(1)).unwrap_or("").to_string();
        match canned.get(&op) {
            Some(c) => Reply::json(200, c["body"].as_str().expect("body")),
            None => Reply::json(400, "{\"__type\":\"UnknownOperationException\"}"),
        }
    })
    .await;
    let client = client(&server, 1);
    let cases: Vec<Value> = tests::wire("expected.jsonl").into_iter().filter(|c| c["variant"] == "full").collect();
    assert_eq!(cases.len(), 87);
    for (i, case) in cases.iter().enumerate() {
        let op = case["operation"].as_str().expect("op");
        let outcome = call(&client, op, &case["input"]).await;
        let req = &server.requests()[i];
        assert_eq!(req.method, "POST");
        assert_eq!(req.path, "/");
        assert_eq!(req.header("x-amz-target"), Some(format!("AwsProton20200720.{op}").as_str()));
        assert_eq!(req.header("content-type"), Some("application/x-amz-json-1.0"));
        assert!(
            req.header("user-agent").is_some_and(|ua| ua.starts_with("proton-client/")),
            "{:?}",
            req.header("user-agent")
        );
        let expected: Value = serde_json::from_str(case["body"].as_str().expect("body")).expect("JSON");
        assert!(tests::json_eq(&req.json(), &expected), "{op}:\n sent: {}\n botocore: {expected}", req.json());
        assert_signed(req);
        let Outcome::Output(out) = outcome else { panic!("{op}: {outcome:?}") };
        let parsed = (tests::OPERATIONS.iter().find(|(n, _, _)| *n == op).expect("op").2)(
            &serde_json::from_str(outputs[op]["body"].as_str().expect("body")).expect("JSON"),
        )
        .expect("parses");
        assert_eq!(out, parsed, "{op}");
    }
}

#[tokio::test]
async fn idempotency_tokens_are_filled_and_kept_across_retries() {
    let server =
        FakeServer::start(|_, i| if i < 2 { Reply::json(500, "{}") } else { Reply::json(200, "{\"component\":{}}") })
            .await;
    let client = client(&server, 3);
    let case = tests::wire("expected.jsonl")
        .into_iter()
        .find(|c| c["operation"] == "CreateComponent" && c["variant"] == "minimal")
        .expect("case");
    assert!(case["input"].get("clientToken").is_none());
    let outcome = call(&client, "CreateComponent", &case["input"]).await;
    assert!(matches!(outcome, Outcome::Output(_)), "{outcome:?}");
    let tokens: Vec<String> =
        server.requests().iter().map(|r| r.json()["clientToken"].as_str().expect("token sent").to_string()).collect();
    assert_eq!(tokens.len(), 3);
    assert!(is_uuid_v4(&tokens[0]), "{}", tokens[0]);
    assert!(tokens.iter().all(|t| *t == tokens[0]), "{tokens:?}");
    // A caller's own token is sent as given.
    let mut input = case["input"].clone();
    input["clientToken"] = Value::from("mine");
    call(&client, "CreateComponent", &input).await;
    assert_eq!(server.requests().last().expect("sent").json()["clientToken"], "mine");
}

#[tokio::test]
async fn every_error_form_becomes_the_modeled_variant() {
    let errors: Vec<Value> = tests::wire("responses.jsonl").into_iter().filter(|c| c["kind"] == "error").collect();
    assert_eq!(errors.len(), 42);
    let svc = smithy_ir::load_path(&tests::root().join("model/proton")).expect("model");
    for case in errors {
        let shape = case["error"].as_str().expect("error");
        // Some operation that declares this error.
        let op = svc.operations.values().find(|o| o.errors.iter().any(|e| e == shape)).expect("declared").name.clone();
        let reply = Reply::Respond {
            status: case["status"].as_u64().expect("status") as u16,
            headers: case["headers"]
                .as_object()
                .expect("headers")
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                .collect(),
            body: case["body"].as_str().expect("body").to_string(),
        };
        let server = FakeServer::start(move |_, _| reply.clone()).await;
        let input = tests::wire("expected.jsonl")
            .into_iter()
            .find(|c| c["operation"] == op.as_str() && c["variant"] == "full")
            .expect("input")["input"]
            .clone();
        let outcome = call(&client(&server, 1), &op, &input).await;
        let Outcome::Service { code, message, modeled, shown } = outcome else {
            panic!("{shape}/{}: {outcome:?}", case["variant"])
        };
        assert_eq!(code.as_deref(), Some(shape), "{}: code", case["variant"]);
        assert!(modeled, "{shape}/{}: not the modeled variant", case["variant"]);
        assert_eq!(message.as_deref(), case["message"].as_str(), "{shape}/{}", case["variant"]);
        assert!(shown.starts_with(shape) && shown.contains("request id"), "{shown}");
    }
}

#[tokio::test]
async fn retries_then_success_for_each_transient_failure() {
    let throttle = "{\"__type\":\"ThrottlingException\",\"message\":\"slow down\"}";
    for (name, first) in [
        ("500", Reply::json(500, "{}")),
        ("503", Reply::json(503, "")),
        ("throttling", Reply::json(400, throttle)),
        ("connection reset", Reply::Reset),
    ] {
        let server =
            FakeServer::start(
                move |_, i| if i == 0 { first.clone() } else { Reply::json(200, "{\"service\":{\"name\":\"x\"}}") },
            )
            .await;
        let outcome = call(&client(&server, 3), "GetService", &serde_json::json!({"name": "x"})).await;
        assert!(matches!(outcome, Outcome::Output(_)), "{name}: {outcome:?}");
        assert_eq!(server.requests().len(), 2, "{name}");
    }
}

#[tokio::test]
async fn an_attempt_that_times_out_is_retried() {
    let server = FakeServer::start(|_, i| {
        let ok = Reply::json(200, "{\"service\":{\"name\":\"x\"}}");
        if i == 0 {
            Reply::Delay(Duration::from_secs(2), Box::new(ok))
        } else {
            ok
        }
    })
    .await;
    let config = client(&server, 3)
        .config()
        .to_builder()
        .timeouts(TimeoutConfig { attempt: Some(Duration::from_millis(200)), ..Default::default() })
        .build();
    let outcome = call(&Client::new(config), "GetService", &serde_json::json!({"name": "x"})).await;
    assert!(matches!(outcome, Outcome::Output(_)), "{outcome:?}");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn retries_stop_at_the_limit_with_the_last_error() {
    let server = FakeServer::start(|_, i| {
        Reply::json(503, format!("{{\"__type\":\"ServiceUnavailable\",\"message\":\"attempt {i}\"}}"))
    })
    .await;
    let outcome = call(&client(&server, 3), "GetService", &serde_json::json!({"name": "x"})).await;
    assert_eq!(server.requests().len(), 3);
    let Outcome::Service { code, message, modeled, shown } = outcome else { panic!("{outcome:?}") };
    assert_eq!((code.as_deref(), message.as_deref(), modeled), (Some("ServiceUnavailable"), Some("attempt 2"), false));
    assert!(
        shown.contains("ServiceUnavailable") && shown.contains("HTTP 503") && shown.contains("attempt 2"),
        "{shown}"
    );
    // Client errors are not retried.
    let server =
        FakeServer::start(|_, _| Reply::json(400, "{\"__type\":\"ValidationException\",\"message\":\"no\"}")).await;
    call(&client(&server, 3), "GetService", &serde_json::json!({"name": "x"})).await;
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn invalid_input_is_rejected_before_sending() {
    let server = FakeServer::start(|_, _| Reply::json(200, "{}")).await;
    let outcome = call(&client(&server, 3), "GetService", &serde_json::json!({"name": ""})).await;
    let Outcome::Other(shown) = outcome else { panic!("{outcome:?}") };
    assert_eq!(shown, "invalid input: input.name: length 0 is below the minimum 1");
    let nested = serde_json::json!({"name": "x", "templateName": "t", "templateMajorVersion": "1", "spec": "s", "tags": [{"key": "", "value": "v"}]});
    let Outcome::Other(shown) = call(&client(&server, 3), "CreateService", &nested).await else { panic!() };
    assert_eq!(shown, "invalid input: input.tags[0].key: length 0 is below the minimum 1");
    assert!(server.requests().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn malformed_responses_are_errors_not_panics() {
    for body in ["{\"service\":", "not json", "{\"service\": {\"name\": 7}}", "[1,2]", "\u{0}\u{ff}"] {
        let b = body.to_string();
        let server = FakeServer::start(move |_, _| Reply::json(200, b.clone())).await;
        let outcome = call(&client(&server, 1), "GetService", &serde_json::json!({"name": "x"})).await;
        let Outcome::Other(shown) = outcome else { panic!("{body}: {outcome:?}") };
        assert!(shown.starts_with("malformed response (HTTP 200)"), "{shown}");
    }
    // An empty body is an empty output.
    let server = FakeServer::start(|_, _| Reply::json(200, "")).await;
    let outcome = call(&client(&server, 1), "GetService", &serde_json::json!({"name": "x"})).await;
    assert!(matches!(outcome, Outcome::Output(_)), "{outcome:?}");
    // An error body that is not JSON still gives the status and a typed error.
    let server =
        FakeServer::start(|_, _| Reply::Respond { status: 403, headers: vec![], body: "<html>denied</html>".into() })
            .await;
    let outcome = call(&client(&server, 1), "GetService", &serde_json::json!({"name": "x"})).await;
    assert!(
        matches!(&outcome, Outcome::Service { code: None, modeled: false, shown, .. } if shown.contains("HTTP 403")),
        "{outcome:?}"
    );
}
