//! What the `shapes` fixture's crate sends and reads: `@timestampFormat` (date-time, http-date,
//! epoch seconds; on members, target shapes, list and sparse map entries, union members),
//! `bigInteger`/`bigDecimal` kept digit for digit, `@default` values (applied in `new`, sent,
//! and filled in when a response leaves them out; not applied to operation inputs or
//! `@clientOptional` members), `@jsonName` ignored, a host prefix with a label, and an
//! operation without input or output (whose response body is ignored).
//! The crate is generated into a scratch workspace and driven by a program through an
//! in-process transport.

const PROGRAM: &str = r##"
use std::sync::{Arc, Mutex};

use shapes_client::operation::exchange::ExchangeInput;
use shapes_client::operation::locate::LocateInput;
use shapes_client::operation::ping::PingInput;
use shapes_client::primitives::{BigDecimal, BigInteger, Blob};
use shapes_client::types::{Level, Mode, Settings, When};
use shapes_client::DateTime;

#[derive(Debug, Clone, Default)]
struct Fake {
    sent: Arc<Mutex<Vec<String>>>,
    urls: Arc<Mutex<Vec<String>>>,
    encodings: Arc<Mutex<Vec<Option<String>>>>,
    reply: Arc<Mutex<String>>,
}

impl shapes_client::http::HttpClient for Fake {
    fn send(&self, r: shapes_client::http::Request) -> shapes_client::http::BoxFuture<'_, Result<shapes_client::http::Response, shapes_client::http::HttpError>> {
        let encoding = r.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("content-encoding")).map(|(_, v)| v.clone());
        let body = match encoding.as_deref() {
            Some("gzip") => {
                let mut text = String::new();
                std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&r.body[..]), &mut text).unwrap();
                text
            }
            _ => String::from_utf8(r.body.to_vec()).unwrap(),
        };
        self.sent.lock().unwrap().push(body);
        self.encodings.lock().unwrap().push(encoding);
        self.urls.lock().unwrap().push(r.url);
        let reply = self.reply.lock().unwrap().clone();
        Box::pin(async move { Ok(shapes_client::http::Response { status: 200, headers: vec![], body: reply.into_bytes() }) })
    }
}

impl Fake {
    fn answer(&self, body: &str) {
        *self.reply.lock().unwrap() = body.to_string();
    }
    fn last(&self) -> String {
        self.sent.lock().unwrap().last().cloned().unwrap()
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let fake = Fake::default();
    let config = shapes_client::Config::builder()
        .region("us-east-1")
        .endpoint_url("http://fake.invalid")
        .credentials(shapes_client::sigv4::Credentials::new("AKID", "SECRET", None))
        .http_client(fake.clone())
        .build();
    let client = shapes_client::Client::new(&config);

    // Defaults start in `new`; `Default` agrees; setters replace them.
    let s = Settings::new(7i64);
    assert!(s.enabled && s.retries == 3 && s.ratio == 0.5 && s.name == "main");
    assert_eq!((s.mode.clone(), s.level.clone()), (Mode::from("slow"), Level::from(9)));
    assert!(s.tags.is_empty() && s.labels.is_empty() && s.payload == Blob::default());
    assert_eq!(s.since, DateTime::from_secs(0));
    assert_eq!((s.offset, s.scale), (-2, -1.25));
    assert_eq!((s.extra.clone(), s.limit, s.unset), (None, None, None), "no constant, clientOptional, default(null)");

    let big = "123456789012345678901234567890123456789";
    let dec = "-0.000000000000000000000000000001234567890123456789e-7";
    let input = ExchangeInput::new(DateTime::from_secs(1_398_796_238))
        .with_at(DateTime::from_secs_and_nanos(482_196_050, 520_000_000))
        .with_epoch_at(DateTime::from_secs(5))
        .with_iso_list(vec![DateTime::from_secs(0)])
        .with_http_map([("a".to_string(), Some(DateTime::from_secs(0))), ("b".to_string(), None)].into_iter().collect::<std::collections::BTreeMap<_, _>>())
        .with_when(When::Iso(DateTime::from_secs(86_400)))
        .with_big(BigInteger::parse(big).unwrap())
        .with_dec(BigDecimal::parse(dec).unwrap())
        .with_bigs(vec![BigInteger::from(-1i64)])
        .with_settings(Settings::new(7i64).with_retries(0))
        .with_renamed("r");
    fake.answer("{}");
    client.exchange(input).await.unwrap();
    let body = fake.last();
    let sent: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(sent["httpAt"], "Tue, 29 Apr 2014 18:30:38 GMT");
    assert_eq!(sent["at"], "1985-04-12T23:20:50.52Z");
    assert_eq!(sent["epochAt"], 5);
    assert_eq!(sent["isoList"], serde_json::json!(["1970-01-01T00:00:00Z"]));
    assert_eq!(sent["httpMap"], serde_json::json!({"a": "Thu, 01 Jan 1970 00:00:00 GMT", "b": null}));
    assert_eq!(sent["when"], serde_json::json!({"iso": "1970-01-02T00:00:00Z"}));
    assert!(body.contains(&format!("\"big\":{big}")), "digits kept: {body}");
    assert!(body.contains(&format!("\"dec\":{dec}")), "digits kept: {body}");
    assert_eq!(sent["bigs"], serde_json::json!([-1]));
    assert_eq!(sent["settings"], serde_json::json!({"count": 7, "enabled": true, "retries": 0, "ratio": 0.5, "name": "main",
        "mode": "slow", "level": 9, "tags": [], "labels": {}, "since": 0, "payload": "", "offset": -2, "scale": -1.25}), "defaults are sent");
    assert!(sent.get("pageSize").is_none(), "an input's default is left to the service");
    assert_eq!(sent["renamed"], "r", "awsJson ignores @jsonName");

    // Reading: every text form, big numbers, and defaults for what the response leaves out.
    fake.answer(&format!(r#"{{"at": "1985-04-13T01:20:50.52+02:00", "httpAt": "Tue, 29 Apr 2014 18:30:38.5 GMT",
        "isoList": ["2024-02-29T12:00:00Z", null], "httpMap": {{"x": null, "y": "Wed, 31 Dec 1969 23:59:59 GMT"}},
        "when": {{"epoch": 1.5}}, "big": {big}, "dec": {dec}, "settings": {{"name": "other", "unset": null}},
        "sparseNames": ["a", null]}}"#));
    let out = client.exchange(ExchangeInput::new(DateTime::from_secs(0))).await.unwrap();
    assert_eq!(out.at, Some(DateTime::from_secs_and_nanos(482_196_050, 520_000_000)));
    assert_eq!(out.http_at, Some(DateTime::from_secs_and_nanos(1_398_796_238, 500_000_000)));
    assert_eq!(out.iso_list.unwrap(), vec![DateTime::from_rfc3339("2024-02-29T12:00:00Z").unwrap()]);
    let map = out.http_map.unwrap();
    assert_eq!((map["x"], map["y"]), (None, Some(DateTime::from_secs(-1))));
    assert_eq!(out.when, Some(When::Epoch(DateTime::from_secs_and_nanos(1, 500_000_000))));
    assert_eq!(out.big.unwrap().as_str(), big);
    assert_eq!(out.dec.unwrap().as_str(), dec);
    let s = out.settings.unwrap();
    assert_eq!((s.name.as_str(), s.count, s.retries, s.enabled, s.unset), ("other", 7, 3, true, None));
    assert_eq!(out.total, 0, "a missing defaulted member takes its default");
    assert_eq!(out.sparse_names.unwrap(), vec![Some("a".to_string()), None], "a sparse list keeps its nulls");

    // A timestamp in the wrong form is a typed error that says where and what was expected.
    for (reply, path, expected) in [
        (r#"{"at": 5}"#, "$.at", "RFC 3339"),
        (r#"{"httpAt": "1985-04-12T23:20:50Z"}"#, "$.httpAt", "HTTP date"),
        (r#"{"isoList": ["2024-13-01T00:00:00Z"]}"#, "$.isoList[0]", "RFC 3339"),
        (r#"{"big": 1.5}"#, "$.big", "an integer"),
        (r#"{"dec": "1"}"#, "$.dec", "a number"),
    ] {
        fake.answer(reply);
        let err = client.exchange(ExchangeInput::new(DateTime::from_secs(0))).await.unwrap_err();
        let mut text = err.to_string();
        let mut source = std::error::Error::source(&err);
        while let Some(s) = source {
            text = format!("{text}: {s}");
            source = s.source();
        }
        assert!(text.contains(path) && text.contains(expected), "{reply}: {text}");
    }

    // `@endpoint(hostPrefix: "{tenant}.data-")`: the label comes from the input and must be
    // a valid host name part.
    let regional = shapes_client::Client::new(&
        shapes_client::Config::builder()
            .region("us-east-1")
            .credentials(shapes_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .http_client(fake.clone())
            .build(),
    );
    fake.answer("{}");
    regional.locate(LocateInput::new("acme")).await.unwrap();
    assert_eq!(fake.urls.lock().unwrap().last().unwrap(), "https://acme.data-shapes.us-east-1.example.com/");
    let sent = fake.sent.lock().unwrap().len();
    let err = regional.locate(LocateInput::new("a.b")).await.unwrap_err();
    assert!(matches!(err, shapes_client::Error::Endpoint(_)) && err.to_string().contains("tenant"), "{err}");
    assert_eq!(fake.sent.lock().unwrap().len(), sent, "nothing sent");
    // A custom endpoint gets the prefix too, as in the AWS SDKs, unless it is turned off (for a
    // local emulator).
    client.locate(LocateInput::new("acme")).await.unwrap();
    assert_eq!(fake.urls.lock().unwrap().last().unwrap(), "http://acme.data-fake.invalid/");
    let emulator = shapes_client::Client::new(&client.config().to_builder().disable_host_prefix(true).build());
    emulator.locate(LocateInput::new("acme")).await.unwrap();
    assert_eq!(fake.urls.lock().unwrap().last().unwrap(), "http://fake.invalid/");

    // `@requestCompression` with gzip among its encodings: a body of at least the minimum size
    // (10240 bytes by default) is gzipped; smaller ones, or with compression disabled, are not.
    let encoding = || fake.encodings.lock().unwrap().last().cloned().flatten();
    fake.answer("{}");
    client.exchange(ExchangeInput::new(DateTime::from_secs(0))).await.unwrap();
    assert_eq!(encoding(), None, "a small body is sent as it is");
    let big = ExchangeInput::new(DateTime::from_secs(0)).with_renamed("n".repeat(20_000));
    client.exchange(big.clone()).await.unwrap();
    assert_eq!(encoding().as_deref(), Some("gzip"));
    assert!(fake.last().contains(&"n".repeat(20_000)), "the gzipped body is the JSON");
    let small_threshold = shapes_client::Client::new(&
        client.config().to_builder().compression(shapes_client::config::CompressionConfig { disabled: false, min_size: 0 }).build(),
    );
    small_threshold.exchange(ExchangeInput::new(DateTime::from_secs(0))).await.unwrap();
    assert_eq!(encoding().as_deref(), Some("gzip"), "a minimum of 0 compresses every body");
    let disabled = shapes_client::Client::new(&
        client.config().to_builder().compression(shapes_client::config::CompressionConfig { disabled: true, min_size: 0 }).build(),
    );
    disabled.exchange(big).await.unwrap();
    assert_eq!(encoding(), None, "disabled");

    // No input and no output: `{}` both ways.
    fake.answer("{}");
    client.ping(PingInput::new()).await.unwrap();
    assert_eq!(fake.last(), "{}");
    // Without an output there is nothing to read: a `null` or non-JSON body is ignored.
    for body in ["null", "<html>proxy</html>", "[1, 2]"] {
        fake.answer(body);
        client.ping(PingInput::new()).await.unwrap_or_else(|e| panic!("{body}: {e}"));
    }
    println!("shapes ok");
}
"##;

#[test]
fn timestamp_formats_big_numbers_and_defaults_work_on_the_wire() {
    let dir = tests::scratch("shapes");
    let model = tests::root().join("tests/fixtures/shapes.json");
    let svc = smithy_ir::load_path(&model).expect("fixture loads");
    let config = codegen::Config {
        crate_name: Some("shapes-client".to_string()),
        ..xtask::config(&svc, &dir.join("shapes")).expect("config")
    };
    let files = codegen::generate(&svc, &config).expect("generates");
    codegen::write(&dir.join("shapes"), &files).expect("write crate");
    let stdout = tests::run_program(&dir, &["shapes"], PROGRAM, &[]);
    assert_eq!(stdout.trim(), "shapes ok");
}
