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
        &Config::builder()
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

/// Re-signs a received request, every header as it arrived, with the known secret: the
/// signature must match, and no header but those SigV4 leaves out may be unsigned.
fn assert_signed(req: &Recorded) {
    let auth = req.header("authorization").expect("Authorization");
    assert_eq!(req.unsigned_headers(), Vec::<String>::new(), "headers sent but not signed: {auth}");
    for name in ["x-amz-user-agent", "amz-sdk-invocation-id", "amz-sdk-request", "content-length", "x-amz-target"] {
        assert!(req.signed_headers().iter().any(|n| n == name), "{name} is not signed: {auth}");
    }
    let headers: Vec<(String, String)> =
        req.headers.iter().filter(|(k, _)| !k.eq_ignore_ascii_case("authorization")).cloned().collect();
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
            req.header("x-amz-user-agent")
                .is_some_and(|ua| ua.starts_with("awsgen-rust/") && ua.contains(" api/proton#")),
            "{:?}",
            req.header("x-amz-user-agent")
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
        // The whole chain (Display and sources, as anyhow shows it) names the error once: the
        // wrappers are transparent.
        assert_eq!(shown.matches(shape).count(), 1, "{shown}");
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
    let outcome = call(&Client::new(&config), "GetService", &serde_json::json!({"name": "x"})).await;
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

/// What the client does not need to read never stops it from reading the rest: unknown members
/// holding numbers beyond `f64`, huge integers and nesting far deeper than 128 levels are
/// skipped, and an integer written `-0`, `5.0` or `5e0` is that integer.
#[tokio::test]
async fn responses_parse_whatever_their_unknown_members_hold() {
    let deep = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
    let body = format!(
        r#"{{"unknownHuge": 1e400, "unknownBig": 123456789012345678901234567890, "unknownDeep": {deep},
            "unknownText": "a \"quoted\" \u00e9 {{[", "service": {{"name": "svc", "unknown": {{"deep": {deep}}},
            "templateName": "t", "templateMajorVersion": "1", "templateMinorVersion": "0", "spec": "s",
            "arn": "a", "status": "ACTIVE", "createdAt": 1, "lastModifiedAt": 2}}}}"#
    );
    let server = FakeServer::start(move |_, _| Reply::json(200, body.clone())).await;
    let Outcome::Output(out) = call(&client(&server, 1), "GetService", &serde_json::json!({"name": "svc"})).await
    else {
        panic!("parses")
    };
    assert_eq!(out["service"]["name"], "svc");

    let counts = r#"{"counts": {"components": {"total": 5.0, "failed": -0, "upToDate": 5e0, "behindMajor": 2},
        "environments": {"total": 1}, "environmentTemplates": {"total": 1}, "serviceInstances": {"total": 1},
        "services": {"total": 1}, "serviceTemplates": {"total": 1}}}"#;
    let server = FakeServer::start(move |_, _| Reply::json(200, counts)).await;
    let Outcome::Output(out) = call(&client(&server, 1), "GetResourcesSummary", &serde_json::json!({})).await else {
        panic!("parses")
    };
    let c = &out["counts"]["components"];
    assert_eq!(
        (&c["total"], &c["failed"], &c["upToDate"], &c["behindMajor"]),
        (&Value::from(5), &Value::from(0), &Value::from(5), &Value::from(2))
    );
    // A fraction or an out-of-range number in a known integer member is an error, not a guess.
    for bad in ["5.5", "3000000000"] {
        let body = format!(r#"{{"counts": {{"components": {{"total": {bad}}}}}}}"#);
        let server = FakeServer::start(move |_, _| Reply::json(200, body.clone())).await;
        let Outcome::Other(shown) = call(&client(&server, 1), "GetResourcesSummary", &serde_json::json!({})).await
        else {
            panic!("{bad} is refused")
        };
        assert!(shown.starts_with("malformed response"), "{shown}");
    }
}

/// Error responses keep their code and message: an empty `X-Amzn-ErrorType` gives way to the
/// body's `__type`, and a body that is not JSON is the message (trimmed, at most 1024
/// characters), in the modeled error when the header names one.
#[tokio::test]
async fn error_responses_keep_their_code_and_message() {
    let server = FakeServer::start(|_, _| Reply::Respond {
        status: 404,
        headers: vec![("X-Amzn-ErrorType".into(), "".into())],
        body: r#"{"__type": "aws.proton#ResourceNotFoundException", "message": "no such service"}"#.into(),
    })
    .await;
    let outcome = call(&client(&server, 1), "GetService", &serde_json::json!({"name": "x"})).await;
    let Outcome::Service { code, message, modeled, .. } = outcome else { panic!("{outcome:?}") };
    assert_eq!(
        (code.as_deref(), message.as_deref(), modeled),
        (Some("ResourceNotFoundException"), Some("no such service"), true)
    );

    let server = FakeServer::start(|_, _| Reply::Respond {
        status: 404,
        headers: vec![("X-Amzn-ErrorType".into(), "ResourceNotFoundException".into())],
        body: "  <html><body>Not Found</body></html>\n".into(),
    })
    .await;
    let outcome = call(&client(&server, 1), "GetService", &serde_json::json!({"name": "x"})).await;
    let Outcome::Service { code, message, modeled, .. } = outcome else { panic!("{outcome:?}") };
    assert_eq!(
        (code.as_deref(), message.as_deref(), modeled),
        (Some("ResourceNotFoundException"), Some("<html><body>Not Found</body></html>"), true)
    );

    let long = "x".repeat(5000);
    let server =
        FakeServer::start(move |_, _| Reply::Respond { status: 502, headers: vec![], body: long.clone() }).await;
    let outcome = call(&client(&server, 1), "GetService", &serde_json::json!({"name": "x"})).await;
    let Outcome::Service { code, message, modeled, .. } = outcome else { panic!("{outcome:?}") };
    assert_eq!((code, modeled), (None, false));
    assert_eq!(message.as_deref().map(|m| m.chars().count()), Some(1025), "1024 characters and an ellipsis");
}

/// Every request carries the headers AWS's SDKs send, so the service can tell calls and retries
/// apart: one `amz-sdk-invocation-id` per call, `amz-sdk-request` counting attempts, and user
/// agents naming the SDK, the service, the OS and the language.
#[tokio::test]
async fn requests_carry_the_sdk_headers() {
    let server =
        FakeServer::start(|_, i| if i % 2 == 0 { Reply::json(500, "{}") } else { Reply::json(200, "{}") }).await;
    let c = client(&server, 3);
    for _ in 0..2 {
        let _ = call(&c, "ListServices", &serde_json::json!({})).await;
    }
    let sent = server.requests();
    assert_eq!(sent.len(), 4, "two calls of two attempts");
    let id = |r: &Recorded| r.header("amz-sdk-invocation-id").expect("invocation id").to_string();
    assert!(sent.iter().all(|r| is_uuid_v4(&id(r))));
    assert_eq!(id(&sent[0]), id(&sent[1]), "the same id on a retry");
    assert_ne!(id(&sent[0]), id(&sent[2]), "a new id per call");
    let attempts: Vec<&str> = sent.iter().map(|r| r.header("amz-sdk-request").expect("amz-sdk-request")).collect();
    assert_eq!(attempts, ["attempt=1; max=3", "attempt=2; max=3", "attempt=1; max=3", "attempt=2; max=3"]);
    let ua = sent[0].header("user-agent").expect("user agent");
    let amz = sent[0].header("x-amz-user-agent").expect("x-amz-user-agent");
    assert!(ua.starts_with("awsgen-rust/") && ua.contains(" lang/rust") && ua.contains(" os/"), "{ua}");
    assert!(amz.contains(" ua/2.1 ") && amz.contains(" api/proton#0.1.0 ") && amz.contains(" lang/rust"), "{amz}");
}
