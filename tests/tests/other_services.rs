//! The generator on AWS models other than Proton (`../shared/models/smithy`): DynamoDB
//! (awsJson1_0, recursive `AttributeValue` union, maps, blobs, map-typed page tokens), Kinesis
//! (awsJson1_1, blobs, an event-stream operation left out) and Step Functions. Each crate is
//! generated into a scratch workspace (never committed), built with warnings denied, and a
//! smoke program round-trips a few operations through an in-process transport.

use std::process::Command;

const SMOKE: &str = r##"
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, Default)]
struct Fake {
    sent: Arc<Mutex<Vec<(Vec<(String, String)>, serde_json::Value)>>>,
    reply: Arc<Mutex<String>>,
}

impl Fake {
    fn answer(&self, body: &str) {
        *self.reply.lock().unwrap() = body.to_string();
    }
    fn last(&self) -> (Vec<(String, String)>, serde_json::Value) {
        self.sent.lock().unwrap().last().cloned().unwrap()
    }
}

macro_rules! transport {
    ($krate:ident) => {
        impl $krate::http::HttpClient for Fake {
            fn send(&self, r: $krate::http::Request) -> $krate::http::BoxFuture<'_, Result<$krate::http::Response, $krate::http::HttpError>> {
                let body = serde_json::from_slice(&r.body).unwrap();
                self.sent.lock().unwrap().push((r.headers, body));
                let reply = self.reply.lock().unwrap().clone();
                Box::pin(async move { Ok($krate::http::Response { status: 200, headers: vec![], body: reply.into_bytes() }) })
            }
        }
    };
}

mod d { use super::*; transport!(dynamodb_client); }
mod k { use super::*; transport!(kinesis_client); }
mod s { use super::*; transport!(sfn_client); }

fn header<'a>(h: &'a [(String, String)], name: &str) -> &'a str {
    h.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str()).unwrap_or("")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // DynamoDB: a nested AttributeValue with a map, a list and binary values.
    {
        use dynamodb_client::operation::put_item::{PutItemInput, PutItemInputRequired};
        use dynamodb_client::operation::get_item::{GetItemInput, GetItemInputRequired};
        use dynamodb_client::types::AttributeValue as V;
        use dynamodb_client::primitives::Blob;
        let fake = Fake::default();
        let config = dynamodb_client::Config::builder()
            .region("us-east-1")
            .endpoint_url("http://fake.invalid")
            .credentials(dynamodb_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .http_client(fake.clone())
            .build();
        let client = dynamodb_client::Client::new(config);
        let nested = V::M([("list".to_string(), V::L(vec![V::N("1".into()), V::B(Blob::new(vec![0u8, 255]))])), ("flag".to_string(), V::Bool(true))].into());
        let item = [("pk".to_string(), V::S("a".into())), ("doc".to_string(), nested), ("bin".to_string(), V::B(Blob::new(b"hi".to_vec())))].into();
        fake.answer("{}");
        client.put_item(PutItemInput::new(PutItemInputRequired { table_name: "t".into(), item })).await.unwrap();
        let (h, body) = fake.last();
        assert_eq!(header(&h, "x-amz-target"), "DynamoDB_20120810.PutItem");
        assert_eq!(header(&h, "content-type"), "application/x-amz-json-1.0");
        assert_eq!(body, serde_json::json!({"TableName": "t", "Item": {"pk": {"S": "a"}, "bin": {"B": "aGk="},
            "doc": {"M": {"flag": {"BOOL": true}, "list": {"L": [{"N": "1"}, {"B": "AP8="}]}}}}}));

        fake.answer(r#"{"Item": {"pk": {"S": "a"}, "doc": {"M": {"list": {"L": [{"B": "AP8="}, {"NULL": true}]}}}, "new": {"Future": 1}}}"#);
        let out = client.get_item(GetItemInput::new(GetItemInputRequired { table_name: "t".into(), key: [("pk".to_string(), V::S("a".into()))].into() })).await.unwrap();
        let item = out.item.unwrap();
        let V::M(doc) = &item["doc"] else { panic!("map") };
        let V::L(list) = &doc["list"] else { panic!("list") };
        assert_eq!(list[0], V::B(Blob::new(vec![0u8, 255])));
        assert_eq!(list[1], V::Null(true));
        assert!(matches!(&item["new"], V::Unknown(u) if u.name() == "Future"), "an unknown member is kept");

        // `Count` has `@default(0)`: a plain integer, filled in when the response leaves it out.
        fake.answer(r#"{"ScannedCount": 3}"#);
        let out = client.query(dynamodb_client::operation::query::QueryInput::new("t")).await.unwrap();
        let (count, scanned): (i32, i32) = (out.count, out.scanned_count);
        assert_eq!((count, scanned), (0, 3));
    }
    // Kinesis: awsJson 1.1 and a blob.
    {
        use kinesis_client::operation::put_record::{PutRecordInput, PutRecordInputRequired};
        let fake = Fake::default();
        let config = kinesis_client::Config::builder()
            .region("us-east-1")
            .endpoint_url("http://fake.invalid")
            .credentials(kinesis_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .http_client(fake.clone())
            .build();
        let client = kinesis_client::Client::new(config);
        fake.answer(r#"{"ShardId": "shardId-0", "SequenceNumber": "42"}"#);
        let input = PutRecordInput::new(PutRecordInputRequired { data: b"record".to_vec().into(), partition_key: "p".into() }).with_stream_name("s");
        let out = client.put_record(input).await.unwrap();
        assert_eq!((out.shard_id.as_str(), out.sequence_number.as_str()), ("shardId-0", "42"));
        let (h, body) = fake.last();
        assert_eq!(header(&h, "x-amz-target"), "Kinesis_20131202.PutRecord");
        assert_eq!(header(&h, "content-type"), "application/x-amz-json-1.1");
        assert_eq!(body["Data"], "cmVjb3Jk");
    }
    // Step Functions.
    {
        use sfn_client::operation::start_execution::StartExecutionInput;
        let fake = Fake::default();
        let config = sfn_client::Config::builder()
            .region("eu-west-1")
            .endpoint_url("http://fake.invalid")
            .credentials(sfn_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .http_client(fake.clone())
            .build();
        let client = sfn_client::Client::new(config);
        fake.answer(r#"{"executionArn": "arn:aws:states:eu-west-1:1:execution:m:e", "startDate": 1700000000.5}"#);
        let out = client.start_execution(StartExecutionInput::new("arn:aws:states:eu-west-1:1:stateMachine:m").with_input("{}")).await.unwrap();
        assert_eq!(out.start_date.to_string(), "2023-11-14T22:13:20.5Z");
        let (h, body) = fake.last();
        assert_eq!(header(&h, "x-amz-target"), "AWSStepFunctions.StartExecution");
        assert_eq!(body, serde_json::json!({"stateMachineArn": "arn:aws:states:eu-west-1:1:stateMachine:m", "input": "{}"}));

        // An input's `@default` (maxResults 0) is left to the service, not sent on every call.
        fake.answer(r#"{"activities": []}"#);
        client.list_activities(sfn_client::operation::list_activities::ListActivitiesInput::new()).await.unwrap();
        assert_eq!(fake.last().1, serde_json::json!({}));
    }
    println!("smoke ok");
}
"##;

#[test]
fn dynamodb_kinesis_and_step_functions_generate_build_and_work() {
    let dir = tests::scratch("other-services");
    let mut config = xtask::config().expect("config");
    config.extra_files.clear();
    for (name, model) in
        [("dynamodb", "dynamodb-2012-08-10"), ("kinesis", "kinesis-2013-12-02"), ("sfn", "sfn-2016-11-23")]
    {
        let svc =
            smithy_ir::load_path(&tests::shared().join(format!("models/smithy/{model}.json"))).expect("model loads");
        let files =
            codegen::generate(&svc, &codegen::Config { crate_name: Some(format!("{name}-client")), ..config.clone() })
                .unwrap_or_else(|e| panic!("{model}: {e}"));
        codegen::write(&dir.join(name), &files).expect("write crate");
    }
    let smoke = dir.join("smoke");
    std::fs::create_dir_all(smoke.join("src")).expect("mkdir");
    std::fs::write(smoke.join("src/main.rs"), SMOKE).expect("smoke source");
    std::fs::write(
        smoke.join("Cargo.toml"),
        "[package]\nname = \"smoke\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n\
         dynamodb-client = { path = \"../dynamodb\" }\nkinesis-client = { path = \"../kinesis\" }\nsfn-client = { path = \"../sfn\" }\n\
         serde_json = \"1\"\ntokio = { version = \"1\", features = [\"macros\", \"rt\"] }\n",
    )
    .expect("smoke manifest");
    std::fs::write(
        dir.join("Cargo.toml"),
        "[workspace]\nresolver = \"2\"\nmembers = [\"dynamodb\", \"kinesis\", \"sfn\", \"smoke\"]\n",
    )
    .expect("workspace");
    std::fs::copy(tests::root().join("Cargo.lock"), dir.join("Cargo.lock")).expect("lock file");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let out = Command::new(cargo)
        .args(["run", "--quiet", "--offline", "-p", "smoke"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", tests::root().join("target/other-services"))
        .env("RUSTFLAGS", "-D warnings")
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "smoke ok");
}

/// `--out` outside this workspace gives a crate that builds on its own (no inherited workspace
/// settings), so it can be vendored or published.
#[test]
fn a_crate_generated_outside_the_workspace_builds_on_its_own() {
    let dir = std::env::temp_dir().join(format!("standalone-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let model = tests::shared().join("models/smithy/sfn-2016-11-23.json");
    assert!(xtask::codegen(&model, &dir, false).expect("generates"), "written");
    std::fs::copy(tests::root().join("Cargo.lock"), dir.join("Cargo.lock")).expect("lock file");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let out = Command::new(cargo)
        .args(["check", "--quiet", "--offline"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", tests::root().join("target/other-services"))
        .env("RUSTFLAGS", "-D warnings")
        .output()
        .expect("cargo runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}
