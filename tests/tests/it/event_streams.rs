//! Output event streams end to end, on today's models (the pinned botocore release): Bedrock's
//! `ConverseStream` and Lambda's `InvokeWithResponseStream` generated, built with warnings
//! denied, and run against the loopback fake, which frames its messages with its own encoder
//! and sends them in chunks that cut frames anywhere. Text deltas arrive in order, an unknown
//! event is kept, a modeled exception mid-stream is the operation's typed error, Lambda's
//! `@eventPayload` chunks and its `@httpHeader` initial response are read, and a corrupt CRC, a
//! dropped connection, a silent stream (the idle timeout), an unmodeled `error` message and an
//! HTTP error before the stream each end it with the right error, never a hang. A stream built
//! from events answers a typed mock. awsJson streams (CloudWatch Logs `StartLiveTail`, Kinesis
//! `SubscribeToShard`) carry the output's members in their first message (`initial-response`),
//! which a stream may also go without. Kinesis's model says AWS serves its stream over HTTP/2
//! only, so `SubscribeToShard` goes to the fake's HTTP/2 side (prior knowledge over plain TCP;
//! ALPN over TLS against AWS), and every other call stays on HTTP/1.1. Polly's
//! `StartSpeechSynthesisStream` streams both ways over HTTP/2: events pushed through a sender
//! while the call runs go out as messages the fake re-verifies signature by signature (its own
//! HMAC chain from the request's signature), and the audio comes back as a typed stream.

const SAMPLE: &[&str] = &["bedrock-runtime", "lambda", "logs", "kinesis", "polly"];

const PROGRAM: &str = r##"
use loopback_fake::{event_message, verify_signed_events, FakeServer, Recorded, Reply, StreamEnd};
use std::time::Duration;

fn event(kind: &str, payload: &str) -> Vec<u8> {
    event_message(&[(":message-type", "event"), (":event-type", kind), (":content-type", "application/json")], payload.as_bytes())
}

fn exception(kind: &str, payload: &str) -> Vec<u8> {
    event_message(&[(":message-type", "exception"), (":exception-type", kind), (":content-type", "application/json")], payload.as_bytes())
}

/// The frames cut into pieces of `size` bytes, whatever the frame boundaries.
fn pieces(frames: &[Vec<u8>], size: usize) -> Vec<Vec<u8>> {
    frames.concat().chunks(size).map(<[u8]>::to_vec).collect()
}

fn stream(chunks: Vec<Vec<u8>>, end: StreamEnd) -> Reply {
    let headers = vec![
        ("Content-Type".to_string(), "application/vnd.amazon.eventstream".to_string()),
        ("x-amzn-RequestId".to_string(), "req-1".to_string()),
        ("X-Amz-Executed-Version".to_string(), "3".to_string()),
    ];
    Reply::Stream { status: 200, headers, chunks, end }
}

fn answer(req: &Recorded) -> Reply {
    match req.header("x-amz-target").unwrap_or("") {
        "Logs_20140328.StartLiveTail" => {
            return stream(
                pieces(
                    &[
                        event("initial-response", "{}"),
                        event("sessionStart", r#"{"requestId": "r-1", "sessionId": "s-1"}"#),
                        event("sessionUpdate", r#"{"sessionResults": [{"message": "line 1", "timestamp": 1}, {"message": "line 2"}]}"#),
                        exception("SessionTimeoutException", r#"{"message": "three hours"}"#),
                    ],
                    11,
                ),
                StreamEnd::Finish,
            )
        }
        "Kinesis_20131202.SubscribeToShard" => {
            let shard = event(
                "SubscribeToShardEvent",
                r#"{"Records": [{"Data": "aGk=", "PartitionKey": "p", "SequenceNumber": "7"}], "ContinuationSequenceNumber": "7", "MillisBehindLatest": 0}"#,
            );
            // The first subscription starts with its initial response, the second without.
            let frames = match req.json()["ShardId"].as_str() {
                Some("shardId-1") => vec![event("initial-response", "{}"), shard],
                _ => vec![shard],
            };
            return stream(frames, StreamEnd::Finish);
        }
        _ => {}
    }
    if req.path == "/v1/synthesisStream" {
        // The request's events, each signature re-derived; the answer says what was read.
        let seed = req.header("authorization").and_then(|a| a.rsplit_once("Signature=")).map(|(_, s)| s).unwrap_or("");
        let (kinds, audio) = match verify_signed_events(&req.body, seed, "SECRET", "us-east-1", "polly") {
            Ok(events) => {
                let kinds: Vec<String> = events.iter().map(|e| e.string(":event-type").unwrap_or("?").to_string()).collect();
                let text: String = events.iter().filter_map(|e| serde_json::from_slice::<serde_json::Value>(&e.payload).ok()?["Text"].as_str().map(str::to_string)).collect();
                (kinds, text)
            }
            Err(e) => (vec![format!("refused: {e}")], String::new()),
        };
        // The count says the events arrived as sent: two texts, then the close.
        let count = if kinds == ["TextEvent", "TextEvent", "CloseStreamEvent"] { 3 } else { 0 };
        let audio_event = event_message(&[(":message-type", "event"), (":event-type", "AudioEvent"), (":content-type", "application/octet-stream")], audio.as_bytes());
        return stream(
            vec![audio_event, event("StreamClosedEvent", &format!(r#"{{"RequestCharacters": {count}}}"#))],
            StreamEnd::Finish,
        );
    }
    let delta = |text: &str| event("contentBlockDelta", &format!(r#"{{"contentBlockIndex": 0, "delta": {{"text": "{text}"}}}}"#));
    match req.path.as_str() {
        "/model/chatty/converse-stream" => stream(
            pieces(
                &[
                    event("messageStart", r#"{"role": "assistant"}"#),
                    delta("Hel"),
                    event("futureEvent", r#"{"x": 1}"#),
                    delta("lo"),
                    exception("throttlingException", r#"{"message": "slow down"}"#),
                    delta("never read"),
                ],
                7,
            ),
            StreamEnd::Finish,
        ),
        "/model/done/converse-stream" => stream(
            pieces(
                &[
                    event("messageStart", r#"{"role": "assistant"}"#),
                    delta("Hi"),
                    event("messageStop", r#"{"stopReason": "end_turn"}"#),
                    event("metadata", r#"{"usage": {"inputTokens": 3, "outputTokens": 1, "totalTokens": 4}, "metrics": {"latencyMs": 12}}"#),
                ],
                1,
            ),
            StreamEnd::Finish,
        ),
        "/model/corrupt/converse-stream" => {
            let mut bad = delta("x");
            let last = bad.len() - 1;
            bad[last] ^= 0x40;
            stream(vec![delta("ok"), bad], StreamEnd::Finish)
        }
        "/model/dropped/converse-stream" => {
            let whole = delta("whole");
            let half = delta("half");
            stream(vec![whole, half[..half.len() / 2].to_vec()], StreamEnd::Cut)
        }
        "/model/silent/converse-stream" => stream(vec![delta("then nothing")], StreamEnd::Stall(Duration::from_secs(3))),
        "/model/failing/converse-stream" => stream(
            vec![event_message(&[(":message-type", "error"), (":error-code", "InternalFailure"), (":error-message", "boom")], b"")],
            StreamEnd::Finish,
        ),
        "/model/refused/converse-stream" => Reply::Respond {
            status: 400,
            headers: vec![("X-Amzn-Errortype".into(), "ValidationException".into()), ("Content-Type".into(), "application/json".into())],
            body: r#"{"message": "bad model"}"#.into(),
        },
        "/2021-11-15/functions/streamer/response-streaming-invocations" => {
            let chunk = |bytes: &[u8]| {
                event_message(&[(":message-type", "event"), (":event-type", "PayloadChunk"), (":content-type", "application/octet-stream")], bytes)
            };
            stream(
                pieces(&[chunk(b"first "), chunk(&[0, 159, 146, 150]), event("InvokeComplete", r#"{"LogResult": "bG9n"}"#)], 5),
                StreamEnd::Finish,
            )
        }
        _ => Reply::Respond { status: 404, headers: vec![], body: req.path.clone() },
    }
}

macro_rules! config {
    ($krate:ident, $url:expr) => {
        $krate::Config::builder()
            .region("us-east-1")
            .endpoint_url($url)
            .credentials($krate::sigv4::Credentials::new("AKID", "SECRET", None))
            .build()
    };
}

use bedrock_runtime_client::operation::converse_stream::{ConverseStreamError, ConverseStreamInput, ConverseStreamOutput};
use bedrock_runtime_client::types::{ContentBlockDelta, ContentBlockDeltaEvent, ConverseStreamOutput as Event};
use bedrock_runtime_client::Error;

async fn converse(client: &bedrock_runtime_client::Client, model: &str) -> ConverseStreamOutput {
    client.converse_stream(ConverseStreamInput::new(model)).await.unwrap()
}

fn text(e: &Event) -> Option<&str> {
    match e {
        Event::ContentBlockDelta(ContentBlockDeltaEvent { delta: ContentBlockDelta::Text(t), .. }) => Some(t),
        _ => None,
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let server = FakeServer::start(|req, _| answer(req)).await;
    let url = server.url.clone();
    let bedrock = bedrock_runtime_client::Client::new(&config!(bedrock_runtime_client, &url));

    // Deltas in order across 7-byte pieces, an unknown event kept, then the modeled exception.
    let mut rx = converse(&bedrock, "chatty").await.stream.unwrap();
    let mut said = String::new();
    let mut unknown = Vec::new();
    let error = loop {
        match rx.recv().await {
            Ok(Some(Event::Unknown(u))) => unknown.push(u.name().to_string()),
            Ok(Some(e)) => said.push_str(text(&e).unwrap_or("")),
            Ok(None) => panic!("the stream ended without its exception"),
            Err(e) => break e,
        }
    };
    assert_eq!(said, "Hello");
    assert_eq!(unknown, ["futureEvent"]);
    match &error {
        Error::Service { error: ConverseStreamError::ThrottlingException(t), .. } => assert_eq!(t.message.as_deref(), Some("slow down")),
        other => panic!("expected the throttling exception, got {other:?}"),
    }
    assert!(error.to_string().contains("slow down"), "{error}");
    assert!(matches!(rx.recv().await, Ok(None)), "nothing after the exception");

    // One byte at a time, to the clean end: every kind of event read whole.
    let mut rx = converse(&bedrock, "done").await.stream.unwrap();
    let mut events = Vec::new();
    while let Some(e) = rx.recv().await.unwrap() {
        events.push(e);
    }
    assert_eq!(events.len(), 4);
    assert!(matches!(&events[0], Event::MessageStart(m) if m.role.as_str() == "assistant"));
    assert_eq!(text(&events[1]), Some("Hi"));
    assert!(matches!(&events[2], Event::MessageStop(m) if m.stop_reason.as_str() == "end_turn"));
    match &events[3] {
        Event::Metadata(m) => assert_eq!((m.usage.total_tokens, m.metrics.latency_ms), (4, 12)),
        other => panic!("expected metadata, got {other:?}"),
    }
    assert!(rx.recv().await.unwrap().is_none(), "still ended");

    // A corrupt CRC is an error after the good event before it.
    let mut rx = converse(&bedrock, "corrupt").await.stream.unwrap();
    assert_eq!(text(&rx.recv().await.unwrap().unwrap()), Some("ok"));
    let e = rx.recv().await.unwrap_err();
    assert!(matches!(e, Error::Response(_)), "{e:?}");
    assert!(format!("{e}").contains("malformed event stream"), "{e}");

    // A connection dropped mid-frame is an error, not a hang.
    let mut rx = converse(&bedrock, "dropped").await.stream.unwrap();
    assert_eq!(text(&rx.recv().await.unwrap().unwrap()), Some("whole"));
    let e = rx.recv().await.unwrap_err();
    assert!(matches!(e, Error::Dispatch(_) | Error::Response(_)), "{e:?}");

    // A silent stream ends at the idle timeout; the call's own timeouts do not cut streams.
    let idle = config!(bedrock_runtime_client, &url).to_builder().timeouts(bedrock_runtime_client::config::TimeoutConfig {
        stream_idle: Some(Duration::from_millis(300)),
        operation: Some(Duration::from_millis(200)),
        ..Default::default()
    }).build();
    let mut rx = bedrock_runtime_client::Client::new(&idle).converse_stream(ConverseStreamInput::new("silent")).await.unwrap().stream.unwrap();
    assert_eq!(text(&rx.recv().await.unwrap().unwrap()), Some("then nothing"));
    let e = rx.recv().await.unwrap_err();
    assert!(matches!(e, Error::Timeout(_)), "{e:?}");

    // An unmodeled `error` message is the operation's `Unhandled`.
    let mut rx = converse(&bedrock, "failing").await.stream.unwrap();
    match rx.recv().await.unwrap_err() {
        Error::Service { error: ConverseStreamError::Unhandled(u), .. } => {
            assert_eq!((u.code(), u.message()), (Some("InternalFailure"), Some("boom")))
        }
        other => panic!("expected Unhandled, got {other:?}"),
    }

    // An error before the stream is the call's own.
    let e = bedrock.converse_stream(ConverseStreamInput::new("refused")).await.unwrap_err();
    assert!(matches!(e.as_service_error(), Some(ConverseStreamError::ValidationException(_))), "{e:?}");

    // Lambda: the initial response from headers, raw payload chunks, the completion event.
    let lambda = lambda_client::Client::new(&config!(lambda_client, &url));
    use lambda_client::types::InvokeWithResponseStreamResponseEvent as L;
    let out = lambda
        .invoke_with_response_stream(lambda_client::operation::invoke_with_response_stream::InvokeWithResponseStreamInput::new("streamer"))
        .await
        .unwrap();
    assert_eq!(out.executed_version.as_deref(), Some("3"));
    let mut rx = out.event_stream.unwrap();
    let mut payload = Vec::new();
    let mut completed = None;
    while let Some(e) = rx.recv().await.unwrap() {
        match e {
            L::PayloadChunk(c) => payload.extend_from_slice(c.payload.unwrap().as_bytes()),
            L::InvokeComplete(c) => completed = c.log_result,
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(payload, b"first \x00\x9f\x92\x96");
    assert_eq!(completed.as_deref(), Some("bG9n"));

    // awsJson: Logs Live Tail, its initial response, then events and the modeled exception.
    // Live Tail is served from `streaming-` hosts (the operation's host prefix), which a
    // loopback address cannot take.
    let logs = logs_client::Client::new(&config!(logs_client, &url).to_builder().disable_host_prefix(true).build());
    use logs_client::types::StartLiveTailResponseStream as T;
    let out = logs.start_live_tail(logs_client::operation::start_live_tail::StartLiveTailInput::new(vec!["arn:group".to_string()])).await.unwrap();
    let mut rx = out.response_stream.unwrap();
    assert!(matches!(rx.recv().await.unwrap(), Some(T::SessionStart(s)) if s.session_id.as_deref() == Some("s-1")));
    match rx.recv().await.unwrap() {
        Some(T::SessionUpdate(u)) => {
            let lines: Vec<_> = u.session_results.unwrap().into_iter().filter_map(|e| e.message).collect();
            assert_eq!(lines, ["line 1", "line 2"]);
        }
        other => panic!("expected an update, got {other:?}"),
    }
    match rx.recv().await.unwrap_err() {
        Error::Service { error: logs_client::operation::start_live_tail::StartLiveTailError::SessionTimeoutException(e), .. } => {
            assert_eq!(e.message.as_deref(), Some("three hours"))
        }
        other => panic!("expected the session timeout, got {other:?}"),
    }
    let sent_logs = server.requests();
    let r = sent_logs.iter().find(|r| r.header("x-amz-target") == Some("Logs_20140328.StartLiveTail")).unwrap();
    assert_eq!(r.json()["logGroupIdentifiers"], serde_json::json!(["arn:group"]));

    let h2 = FakeServer::start_h2(|req, _| answer(req)).await;
    let kinesis = kinesis_client::Client::new(&config!(kinesis_client, &h2.url));
    use kinesis_client::operation::subscribe_to_shard::{SubscribeToShardInput, SubscribeToShardInputRequired};
    for shard in ["shardId-1", "shardId-2"] {
        let input = SubscribeToShardInput::new(SubscribeToShardInputRequired {
            consumer_arn: "arn:consumer".into(),
            shard_id: shard.into(),
            starting_position: kinesis_client::types::StartingPosition::new(kinesis_client::types::ShardIteratorType::from("LATEST")),
        });
        let mut rx = kinesis.subscribe_to_shard(input).await.unwrap().event_stream;
        match rx.recv().await.unwrap() {
            Some(kinesis_client::types::SubscribeToShardEventStream::SubscribeToShardEvent(e)) => {
                assert_eq!((e.records[0].data.as_bytes(), e.continuation_sequence_number.as_str()), (&b"hi"[..], "7"), "{shard}")
            }
            other => panic!("{shard}: expected records, got {other:?}"),
        }
        assert!(rx.recv().await.unwrap().is_none(), "{shard}");
    }

    // Polly, both ways: events sent while the call runs, signed one by one.
    let polly = polly_client::Client::new(&config!(polly_client, &h2.url));
    use polly_client::operation::start_speech_synthesis_stream::{StartSpeechSynthesisStreamInput, StartSpeechSynthesisStreamInputRequired};
    use polly_client::types::{StartSpeechSynthesisStreamActionStream as Action, StartSpeechSynthesisStreamEventStream as Spoken, TextEvent, CloseStreamEvent};
    let (actions, sender) = polly_client::primitives::EventInput::channel(2);
    let input = StartSpeechSynthesisStreamInput::new(StartSpeechSynthesisStreamInputRequired {
        engine: polly_client::types::Engine::from("generative"),
        output_format: polly_client::types::OutputFormat::from("pcm"),
        voice_id: polly_client::types::VoiceId::from("Joanna"),
    })
    .with_action_stream(actions);
    let call = tokio::spawn({
        let polly = polly.clone();
        async move { polly.start_speech_synthesis_stream(input).await }
    });
    for text in ["Hello, ", "world"] {
        sender.send(Action::TextEvent(TextEvent::new(text))).await.unwrap();
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    sender.send(Action::CloseStreamEvent(CloseStreamEvent::new())).await.unwrap();
    drop(sender);
    let out = call.await.unwrap().unwrap();
    let mut rx = out.event_stream.unwrap();
    match rx.recv().await.unwrap() {
        Some(Spoken::AudioEvent(a)) => assert_eq!(a.audio_chunk.unwrap().as_bytes(), b"Hello, world"),
        other => panic!("expected audio, got {other:?}"),
    }
    match rx.recv().await.unwrap() {
        Some(Spoken::StreamClosedEvent(c)) => assert_eq!(c.request_characters, Some(3)),
        other => panic!("expected the close, got {other:?}"),
    }
    assert!(rx.recv().await.unwrap().is_none());
    let over_h2 = h2.requests();
    let r = over_h2.iter().find(|r| r.path == "/v1/synthesisStream").unwrap();
    assert_eq!((r.version, r.header("x-amz-content-sha256")), ("HTTP/2", Some("STREAMING-AWS4-HMAC-SHA256-EVENTS")));
    assert_eq!(r.header("content-type"), Some("application/vnd.amazon.eventstream"));
    // A tampered message fails the fake's check, so the check can fail.
    let seed = r.header("authorization").and_then(|a| a.rsplit_once("Signature=")).map(|(_, s)| s).unwrap();
    assert!(verify_signed_events(&r.body, seed, "SECRET", "us-east-1", "polly").is_ok());
    assert!(verify_signed_events(&r.body, seed, "WRONG", "us-east-1", "polly").is_err());

    let over_h2: Vec<_> = over_h2.into_iter().filter(|r| r.path == "/").collect();
    assert_eq!(over_h2.len(), 2);
    for r in &over_h2 {
        assert_eq!((r.version, r.header("x-amz-target")), ("HTTP/2", Some("Kinesis_20131202.SubscribeToShard")));
        assert!(r.header("authorization").unwrap().contains("/us-east-1/kinesis/aws4_request"));
    }

    let sent = server.requests();
    assert!(sent.iter().all(|r| r.version == "HTTP/1.1"));
    let r = sent.iter().find(|r| r.path == "/model/done/converse-stream").unwrap();
    assert!(r.header("authorization").unwrap().contains("/us-east-1/bedrock/aws4_request"));

    // A typed mock answers with a stream built from events.
    let mock = bedrock_runtime_client::mock::Mock::new();
    let scripted = bedrock_runtime_client::primitives::EventReceiver::from_events(vec![
        Ok(Event::ContentBlockDelta(ContentBlockDeltaEvent::new(bedrock_runtime_client::types::ContentBlockDeltaEventRequired {
            content_block_index: 0,
            delta: ContentBlockDelta::Text("mocked".into()),
        }))),
        Err(ConverseStreamError::ThrottlingException(bedrock_runtime_client::types::ThrottlingException::new().with_message("later"))),
    ]);
    mock.on::<bedrock_runtime_client::mocks::ConverseStream>().output(ConverseStreamOutput::new().with_stream(scripted));
    let mut rx = bedrock_runtime_client::Client::new(&mock.config()).converse_stream(ConverseStreamInput::new("m")).await.unwrap().stream.unwrap();
    assert_eq!(text(&rx.recv().await.unwrap().unwrap()), Some("mocked"));
    assert!(matches!(rx.recv().await, Err(Error::Service { error: ConverseStreamError::ThrottlingException(_), .. })));
    assert!(matches!(rx.recv().await, Ok(None)));
    println!("event streams ok");
}
"##;

#[test]
fn output_event_streams_of_todays_models_arrive_typed() {
    let dir = tests::generate_todays(SAMPLE, "event-streams", |service, _, omitted| {
        assert!(omitted.is_empty(), "{service}: {omitted:?}");
    });
    let stdout = tests::run_program(&dir, SAMPLE, PROGRAM, &[]);
    assert_eq!(stdout.trim(), "event streams ok");
}

/// An RPC protocol's streams (awsJson, no model of today's has an input one): `initial-request`
/// before the input's events, `initial-response` before the output's, event headers both
/// ways, and an input stream whose output is a plain response. Fixture
/// `tests/fixtures/rpc_events.json`, over HTTP/2 (its protocol lists `h2` for event streams).
const RPC_PROGRAM: &str = r##"
use loopback_fake::{event_message, event_message_with, verify_signed_events, EventMessage, FakeServer, Recorded, Reply, StreamEnd};

fn answer(req: &Recorded) -> Reply {
    let seed = req.header("authorization").and_then(|a| a.rsplit_once("Signature=")).map(|(_, s)| s).unwrap_or("");
    let events = verify_signed_events(&req.body, seed, "SECRET", "us-east-1", "fixture").unwrap_or_default();
    // What arrived, said back: the initial request's JSON, then each event's name, `Turn` and payload.
    let said: Vec<String> = events
        .iter()
        .map(|e: &EventMessage| {
            let turn = e.ints.iter().find(|(k, _)| k == "Turn").map(|(_, v)| v.to_string()).unwrap_or_default();
            format!("{}[{turn}]={}", e.string(":event-type").unwrap_or("?"), String::from_utf8_lossy(&e.payload))
        })
        .collect();
    let event = |kind: &str, turn: Option<i32>, payload: String| {
        let ints: Vec<(&str, i32)> = turn.map(|t| ("Turn", t)).into_iter().collect();
        event_message_with(&[(":message-type", "event"), (":event-type", kind), (":content-type", "application/json")], &ints, payload.as_bytes())
    };
    let headers = vec![("Content-Type".to_string(), "application/vnd.amazon.eventstream".to_string())];
    match req.header("x-amz-target").unwrap_or("") {
        "Service.Converse" => Reply::Stream {
            status: 200,
            headers,
            chunks: vec![
                event("initial-response", None, r#"{"Model": "m-1"}"#.to_string()),
                event("Reply", Some(7), serde_json::json!({"Text": said.join(" | ")}).to_string()),
                event_message(&[(":message-type", "exception"), (":exception-type", "Busy"), (":content-type", "application/json")], br#"{"message": "later"}"#),
            ],
            end: StreamEnd::Finish,
        },
        "Service.Upload" => Reply::Respond {
            status: 200,
            headers: vec![("Content-Type".into(), "application/x-amz-json-1.1".into())],
            body: serde_json::json!({"Received": said.len()}).to_string(),
        },
        _ => Reply::Respond { status: 400, headers: vec![], body: String::new() },
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    use rpc_events_client::operation::converse::{ConverseError, ConverseInput};
    use rpc_events_client::types::{AudioEvent, ReplyStream, SaidStream, TextEvent};
    let server = FakeServer::start_h2(|req, _| answer(req)).await;
    let client = rpc_events_client::Client::new(
        &rpc_events_client::Config::builder()
            .region("us-east-1")
            .endpoint_url(&server.url)
            .credentials(rpc_events_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .build(),
    );
    let (said, sender) = rpc_events_client::primitives::EventInput::channel(4);
    let call = tokio::spawn({
        let client = client.clone();
        async move { client.converse(ConverseInput::new("s-1").with_said(said)).await }
    });
    sender.send(SaidStream::Text(TextEvent::new().with_text("hi").with_turn(1))).await.unwrap();
    sender.send(SaidStream::Audio(AudioEvent::new().with_chunk(rpc_events_client::primitives::Blob::new(b"pcm".to_vec())))).await.unwrap();
    drop(sender);
    let out = call.await.unwrap().unwrap();
    assert_eq!(out.model.as_deref(), Some("m-1"), "from the initial response");
    let mut replies = out.replies.unwrap();
    match replies.recv().await.unwrap() {
        Some(ReplyStream::Reply(r)) => {
            assert_eq!(r.turn, Some(7), "an event header");
            assert_eq!(r.text.as_deref(), Some(r#"initial-request[]={"Session":"s-1"} | Text[1]={"Text":"hi"} | Audio[]=pcm"#));
        }
        other => panic!("expected a reply, got {other:?}"),
    }
    match replies.recv().await {
        Err(rpc_events_client::Error::Service { error: ConverseError::Busy(b), .. }) => assert_eq!(b.message.as_deref(), Some("later")),
        other => panic!("expected Busy, got {other:?}"),
    }

    use rpc_events_client::operation::upload::UploadInput;
    let parts = rpc_events_client::primitives::EventInput::from_events([SaidStream::Text(TextEvent::new().with_text("a")), SaidStream::Text(TextEvent::new().with_text("b"))]);
    let out = client.upload(UploadInput::new().with_name("n").with_parts(parts)).await.unwrap();
    assert_eq!(out.received, Some(3), "the initial request and two events, each signature verified");
    for r in server.requests() {
        assert_eq!((r.version, r.header("content-type")), ("HTTP/2", Some("application/vnd.amazon.eventstream")));
        assert_eq!(r.header("x-amz-content-sha256"), Some("STREAMING-AWS4-HMAC-SHA256-EVENTS"));
    }
    println!("rpc event streams ok");
}
"##;

#[test]
fn rpc_event_streams_carry_the_initial_request_and_response() {
    let dir = tests::scratch("rpc-event-streams");
    let model = tests::root().join("tests/fixtures/rpc_events.json");
    let svc = smithy_ir::load_path(&model).expect("fixture loads");
    let config = codegen::Config {
        crate_name: Some("rpc-events-client".to_string()),
        ..xtask::config(&svc, &dir.join("rpc-events")).expect("config")
    };
    let files = codegen::generate(&svc, &config).expect("generates");
    assert!(files["src/operation/converse.rs"].contains("http2: true"));
    codegen::write(&dir.join("rpc-events"), &files).expect("write crate");
    let stdout = tests::run_program(&dir, &["rpc-events"], RPC_PROGRAM, &[]);
    assert_eq!(stdout.trim(), "rpc event streams ok");
}
