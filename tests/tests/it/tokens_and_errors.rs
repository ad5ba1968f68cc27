//! The `idempotency` and `errors` fixtures' crates through the real client and an in-process
//! transport: idempotency tokens, optional and `@required`, left to the client (a fresh UUID,
//! the same on every attempt) or set by the caller (sent as given); and a modeled error's
//! message taken from the best spelling the body has (`message`, `Message`, `errorMessage`,
//! `error_description`), whatever their order, as for errors the model does not declare.

const PROGRAM: &str = r##"
use std::sync::{Arc, Mutex};

use errors_client::operation::fetch::{FetchError, FetchInput};
use idempotency_client::operation::create_thing::{CreateThingInput, CreateThingInputRequired};
use idempotency_client::operation::start_job::StartJobInput;

/// Answers with the scripted replies in turn (the last one repeated), recording the bodies.
#[derive(Debug, Clone, Default)]
struct Fake {
    sent: Arc<Mutex<Vec<serde_json::Value>>>,
    replies: Arc<Mutex<Vec<(u16, String)>>>,
}

impl idempotency_client::http::HttpClient for Fake {
    fn send(&self, r: idempotency_client::http::Request) -> idempotency_client::http::BoxFuture<'_, Result<idempotency_client::http::Response, idempotency_client::http::HttpError>> {
        self.sent.lock().unwrap().push(serde_json::from_slice(&r.body).unwrap());
        let mut replies = self.replies.lock().unwrap();
        let (status, body) = if replies.len() > 1 { replies.remove(0) } else { replies[0].clone() };
        Box::pin(async move { Ok(idempotency_client::http::Response { status, headers: vec![], body: body.into_bytes() }) })
    }
}

impl Fake {
    fn script(&self, replies: &[(u16, &str)]) {
        *self.replies.lock().unwrap() = replies.iter().map(|(s, b)| (*s, b.to_string())).collect();
        self.sent.lock().unwrap().clear();
    }
    fn sent(&self) -> Vec<serde_json::Value> {
        self.sent.lock().unwrap().clone()
    }
}

fn is_uuid_v4(s: &str) -> bool {
    let b = s.as_bytes();
    s.len() == 36 && b[14] == b'4' && matches!(b[19], b'8' | b'9' | b'a' | b'b') && [8, 13, 18, 23].iter().all(|i| b[*i] == b'-')
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let fake = Fake::default();
    let config = idempotency_client::Config::builder()
        .region("us-east-1")
        .endpoint_url("http://fake.invalid")
        .credentials(idempotency_client::sigv4::Credentials::new("AKID", "SECRET", None))
        .retry(idempotency_client::config::RetryConfig {
            max_attempts: 3,
            initial_backoff: std::time::Duration::from_millis(1),
            max_backoff: std::time::Duration::from_millis(2),
        })
        .http_client(fake.clone())
        .build();
    let client = idempotency_client::Client::new(&config);

    // A required token is not among the required members the constructor takes: left unset,
    // the client fills it once, and every attempt carries the same one.
    fake.script(&[(500, "{}"), (200, r#"{"jobId": "j"}"#)]);
    let input = CreateThingInput::new(CreateThingInputRequired { name: "n".into(), owner: "o".into() });
    assert_eq!(input.client_token, None);
    client.create_thing(input).await.unwrap();
    let sent = fake.sent();
    assert_eq!(sent.len(), 2);
    let token = sent[0]["clientToken"].as_str().unwrap().to_string();
    assert!(is_uuid_v4(&token), "{token}");
    assert_eq!(sent[1]["clientToken"], token.as_str());
    assert_eq!((sent[0]["name"].as_str(), sent[0]["owner"].as_str()), (Some("n"), Some("o")));
    // Set by the caller: sent as given. Another call without one gets another token.
    fake.script(&[(200, r#"{"jobId": "j"}"#)]);
    let input = CreateThingInput::new(CreateThingInputRequired { name: "n".into(), owner: "o".into() }).with_client_token("mine");
    client.create_thing(input).await.unwrap();
    client.create_thing(CreateThingInput::new(CreateThingInputRequired { name: "n".into(), owner: "o".into() })).await.unwrap();
    let sent = fake.sent();
    assert_eq!(sent[0]["clientToken"], "mine");
    assert!(is_uuid_v4(sent[1]["clientToken"].as_str().unwrap()) && sent[1]["clientToken"] != token.as_str());
    // An optional token: the same.
    client.start_job(StartJobInput::new("job")).await.unwrap();
    client.start_job(StartJobInput::new("job").with_client_token("given")).await.unwrap();
    let sent = fake.sent();
    assert!(is_uuid_v4(sent[2]["clientToken"].as_str().unwrap()));
    assert_eq!(sent[3]["clientToken"], "given");

    // A modeled error's message: the best spelling wins, whichever comes last.
    let errors = errors_client::Client::new(&errors_client::Config::builder()
        .region("us-east-1")
        .endpoint_url("http://fake.invalid")
        .credentials(errors_client::sigv4::Credentials::new("AKID", "SECRET", None))
        .max_attempts(1)
        .http_client(fake.clone())
        .build());
    for (body, expected) in [
        (r#"{"__type": "NotFound", "message": "lower", "Message": "upper"}"#, "lower"),
        (r#"{"__type": "NotFound", "Message": "upper", "message": "lower"}"#, "lower"),
        (r#"{"__type": "NotFound", "errorMessage": "err", "Message": "upper"}"#, "upper"),
        (r#"{"__type": "NotFound", "Message": "upper", "errorMessage": "err"}"#, "upper"),
        (r#"{"__type": "NotFound", "error_description": "desc", "errorMessage": "err"}"#, "err"),
        (r#"{"__type": "NotFound", "error_description": "desc"}"#, "desc"),
        (r#"{"__type": "NotFound", "message": null, "Message": "upper"}"#, "upper"),
    ] {
        fake.script(&[(404, body)]);
        let err = errors.fetch(FetchInput::new("x")).await.unwrap_err().into_service_error().unwrap();
        let FetchError::NotFound(e) = &err else { panic!("{body}: {err:?}") };
        assert_eq!(e.message(), Some(expected), "{body}");
        assert_eq!(err.message(), Some(expected), "{body}");
    }
    // The same for an error whose model spells it `Message`.
    fake.script(&[(500, r#"{"__type": "Broken", "message": "lower", "Message": "upper"}"#)]);
    let err = errors.fetch(FetchInput::new("x")).await.unwrap_err().into_service_error().unwrap();
    assert!(matches!(err, FetchError::Broken(_)), "{err:?}");
    assert_eq!(err.message(), Some("lower"));
    println!("tokens and errors ok");
}
"##;

#[test]
fn idempotency_tokens_and_error_messages_on_the_wire() {
    let dir = tests::scratch("tokens-and-errors");
    for name in ["idempotency", "errors"] {
        let model = tests::root().join(format!("tests/fixtures/{name}.json"));
        let svc = smithy_ir::load_path(&model).expect("fixture loads");
        let config = codegen::Config {
            crate_name: Some(format!("{name}-client")),
            ..xtask::config(&svc, &dir.join(name)).expect("config")
        };
        let files = codegen::generate(&svc, &config).expect("generates");
        codegen::write(&dir.join(name), &files).expect("write crate");
    }
    let stdout = tests::run_program(&dir, &["idempotency", "errors"], PROGRAM, &[]);
    assert_eq!(stdout.trim(), "tokens and errors ok");
}
