//! Every waiter of the model, driven by scripted responses built from its own acceptors, on
//! paused (virtual) time: minutes of polling take milliseconds.

use std::time::Duration;

use proton_client::sigv4::Credentials;
use proton_client::{Client, Config};
use serde_json::{json, Value};
use smithy_ir::{AcceptorState, Matcher, Waiter};
use tests::{Scripted, WaitOutcome};

/// A JSON object with `path` (`a.b.c`) set to `value`.
fn with_path(path: &str, value: &Value) -> Value {
    path.rsplit('.').fold(value.clone(), |inner, seg| json!({ seg.trim_end_matches("[]"): inner }))
}

/// What a response matching `matcher` looks like.
fn reply_for(m: &Matcher) -> (u16, String) {
    match m {
        Matcher::Output { path, expected, .. } => (200, with_path(path, expected).to_string()),
        Matcher::ErrorType(code) => (404, json!({"__type": code, "message": "gone"}).to_string()),
        Matcher::Success(true) => (200, "{}".to_string()),
        Matcher::Success(false) | Matcher::InputOutput { .. } | Matcher::Status(_) => {
            panic!("not used by Proton's waiters: {m:?}")
        }
    }
}

/// A response no acceptor matches: the watched field has a value none of them expects.
fn pending(w: &Waiter) -> (u16, String) {
    let path = w
        .acceptors
        .iter()
        .find_map(|a| match &a.matcher {
            Matcher::Output { path, .. } => Some(path.clone()),
            _ => None,
        })
        .expect("an output acceptor");
    (200, with_path(&path, &json!("IN_PROGRESS_FOR_THE_TEST")).to_string())
}

fn input_for(op: &str) -> Value {
    tests::wire("expected.jsonl")
        .into_iter()
        .find(|c| c["operation"] == op && c["variant"] == "minimal")
        .expect("input")["input"]
        .clone()
}

async fn run(
    waiter: &str,
    op: &str,
    replies: Vec<(u16, String)>,
    max_wait: Duration,
) -> (WaitOutcome, usize, Duration) {
    let transport = Scripted::new(replies);
    let client = Client::new(
        &Config::builder()
            .region("us-east-1")
            .endpoint_url("http://fake.invalid")
            .credentials(Credentials::new("AKID", "SECRET", None))
            .http_client(transport.clone())
            .build(),
    );
    let (_, _, wait) = tests::WAITERS.iter().find(|(w, _, _)| *w == waiter).expect("waiter");
    let start = tokio::time::Instant::now();
    let outcome = wait(&client, &input_for(op), max_wait).await;
    (outcome, transport.sent(), start.elapsed())
}

#[tokio::test(start_paused = true)]
async fn every_waiter_succeeds_fails_and_times_out_as_its_acceptors_say() {
    let svc = smithy_ir::load_path(&tests::root().join("model/proton")).expect("model");
    let mut count = 0;
    for op in svc.operations.values() {
        for (name, w) in &op.waiters {
            count += 1;
            let success = w.acceptors.iter().find(|a| a.state == AcceptorState::Success).expect("success acceptor");
            let failure = w.acceptors.iter().find(|a| a.state == AcceptorState::Failure);
            let min = Duration::from_secs(w.min_delay);

            // Pending twice, then the success state.
            let (outcome, sent, took) = run(
                name,
                &op.name,
                vec![pending(w), pending(w), reply_for(&success.matcher)],
                Duration::from_secs(3600),
            )
            .await;
            let with_output = !matches!(success.matcher, Matcher::ErrorType(_));
            assert_eq!(outcome, WaitOutcome::Success { with_output }, "{name}");
            assert_eq!(sent, 3, "{name}");
            assert!(took >= 2 * min, "{name}: waited at least the minimum delay between calls ({took:?})");

            // Pending, then a failure state.
            if let Some(failure) = failure {
                let (outcome, sent, _) =
                    run(name, &op.name, vec![pending(w), reply_for(&failure.matcher)], Duration::from_secs(3600)).await;
                assert_eq!((outcome, sent), (WaitOutcome::Failure, 2), "{name}");
            }

            // Pending for ever: the maximum wait ends it, on virtual time.
            let max_wait = min * 20;
            let (outcome, sent, took) = run(name, &op.name, vec![pending(w)], max_wait).await;
            assert_eq!(outcome, WaitOutcome::Timeout, "{name}");
            assert!(took <= max_wait && sent >= 2, "{name}: {sent} calls in {took:?} of {max_wait:?}");

            // An error no acceptor expects ends the wait with that error.
            let denied = (403, json!({"__type": "AccessDeniedException", "message": "no"}).to_string());
            let (outcome, sent, _) = run(name, &op.name, vec![denied], Duration::from_secs(3600)).await;
            assert!(
                matches!(&outcome, WaitOutcome::Operation(e) if e.contains("AccessDeniedException")),
                "{name}: {outcome:?}"
            );
            assert_eq!(sent, 1, "{name}");
        }
    }
    assert_eq!(count, 10);
}

#[tokio::test(start_paused = true)]
async fn deletion_waiters_succeed_when_the_resource_is_gone() {
    let gone = (400, json!({"__type": "ResourceNotFoundException", "message": "gone"}).to_string());
    for (waiter, op) in [("ComponentDeleted", "GetComponent"), ("ServiceDeleted", "GetService")] {
        let (outcome, sent, _) = run(waiter, op, vec![gone.clone()], Duration::from_secs(60)).await;
        assert_eq!((outcome, sent), (WaitOutcome::Success { with_output: false }, 1), "{waiter}");
    }
}
