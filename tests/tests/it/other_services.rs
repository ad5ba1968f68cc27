//! The generator on AWS models other than Proton (`../shared/models/smithy`): DynamoDB
//! (awsJson1_0, recursive `AttributeValue` union, maps, blobs, map-typed page tokens), Kinesis
//! (awsJson1_1, blobs, an event-stream operation) and Step Functions, with Proton
//! beside them. Each crate is generated into a scratch workspace (never committed), built with
//! warnings denied against the one runtime crate, and one program uses all four: a smoke test
//! of each through one in-process transport, then all four clients built from one shared
//! configuration (credentials fetched once, one connection, per-call overrides).

use std::process::Command;

const SMOKE: &str = r##"
use std::sync::{Arc, Mutex};

/// An in-process transport, written once: every generated client shares the runtime's
/// `HttpClient` trait.
#[derive(Debug, Clone, Default)]
struct Fake {
    sent: Arc<Mutex<Vec<(Vec<(String, String)>, serde_json::Value)>>>,
    urls: Arc<Mutex<Vec<String>>>,
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

impl dynamodb_client::http::HttpClient for Fake {
    fn send(&self, r: sfn_client::http::Request) -> kinesis_client::http::BoxFuture<'_, Result<proton_client::http::Response, dynamodb_client::http::HttpError>> {
        let body = serde_json::from_slice(&r.body).unwrap();
        self.sent.lock().unwrap().push((r.headers, body));
        self.urls.lock().unwrap().push(r.url);
        let reply = self.reply.lock().unwrap().clone();
        Box::pin(async move { Ok(proton_client::http::Response { status: 200, headers: vec![], body: reply.into_bytes() }) })
    }
}

/// Runs a model's endpoint tests (`smithy.rules#endpointTests`) against a crate: each case's
/// `params` directly, and each of its `operationInputs` through the operation's own parameter
/// bindings (`service::endpoint_params`). Returns (cases checked, failures).
macro_rules! endpoint_tests {
    ($krate:ident, $file:expr) => {{
        use $krate::endpoint::{resolve_with_partitions, Params};
        use $krate::service::{endpoint_params, SERVICE};
        let dir = std::env::var("MODELS").unwrap();
        let partitions = std::fs::read_to_string(std::env::var("PARTITIONS").unwrap()).unwrap();
        let model: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(format!("{dir}/{}", $file)).unwrap()).unwrap();
        let svc = model["shapes"].as_object().unwrap().values().find(|s| s["type"] == "service").unwrap().clone();
        let builtin = |p: &serde_json::Value, name: &str| p.get(name).and_then(|v| v.as_str()).map(str::to_string);
        let params = |p: &serde_json::Value, names: [&str; 6]| Params {
            region: builtin(p, names[0]),
            use_fips: p.get(names[1]).and_then(|v| v.as_bool()).unwrap_or(false),
            use_dual_stack: p.get(names[2]).and_then(|v| v.as_bool()).unwrap_or(false),
            endpoint: builtin(p, names[3]),
            account_id: builtin(p, names[4]),
            account_id_endpoint_mode: builtin(p, names[5]),
            context: p.as_object().into_iter().flatten().filter(|(k, _)| !names.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect(),
            ..Default::default()
        };
        let (mut checked, mut failed) = (0, Vec::new());
        for case in svc["traits"]["smithy.rules#endpointTests"]["testCases"].as_array().unwrap() {
            let mut tries = vec![("params".to_string(), params(&case["params"], ["Region", "UseFIPS", "UseDualStack", "Endpoint", "AccountId", "AccountIdEndpointMode"]))];
            for oi in case["operationInputs"].as_array().into_iter().flatten() {
                let base = params(&oi["builtInParams"], ["AWS::Region", "AWS::UseFIPS", "AWS::UseDualStack", "SDK::Endpoint", "AWS::Auth::AccountId", "AWS::Auth::AccountIdEndpointMode"]);
                let op = oi["operationName"].as_str().unwrap();
                let input = oi.get("operationParams").cloned().unwrap_or(serde_json::json!({}));
                tries.push((op.to_string(), endpoint_params(op, &input, &base).unwrap_or(base)));
            }
            for (what, p) in tries {
                checked += 1;
                let got = resolve_with_partitions(&SERVICE, &p, &partitions);
                let ok = match (&case["expect"]["endpoint"]["url"], &case["expect"]["error"], &got) {
                    (serde_json::Value::String(url), _, Ok(e)) => &e.url == url,
                    (_, serde_json::Value::String(msg), Err(e)) => &e.to_string() == msg,
                    _ => false,
                };
                if !ok {
                    failed.push(format!("{} ({what}): expected {}, got {got:?}", case["documentation"], case["expect"]));
                }
            }
        }
        (checked, failed)
    }};
}

fn header<'a>(h: &'a [(String, String)], name: &str) -> &'a str {
    h.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str()).unwrap_or("")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // One configuration for every service: one transport, one credential provider.
    let fake = Fake::default();
    let config = proton_client::Config::builder()
        .region("us-east-1")
        .endpoint_url("http://fake.invalid")
        .credentials(proton_client::sigv4::Credentials::new("AKID", "SECRET", None))
        .http_client(fake.clone())
        .build();
    // DynamoDB: a nested AttributeValue with a map, a list and binary values.
    {
        use dynamodb_client::operation::put_item::{PutItemInput, PutItemInputRequired};
        use dynamodb_client::operation::get_item::{GetItemInput, GetItemInputRequired};
        use dynamodb_client::types::AttributeValue as V;
        use dynamodb_client::primitives::Blob;
        let client = dynamodb_client::Client::new(&config);
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

        // Without an endpoint override, the operation's own endpoint parameters count: a table
        // ARN selects the account's endpoint, a table name the regional one. `to_builder`
        // keeps the transport and credentials.
        let regional = config.to_builder().clear_endpoint_url().build();
        let client = dynamodb_client::Client::new(&regional);
        fake.answer("{}");
        for (table, url) in [
            ("arn:aws:dynamodb:us-east-1:111122223333:table/t", "https://111122223333.ddb.us-east-1.amazonaws.com/"),
            ("t", "https://dynamodb.us-east-1.amazonaws.com/"),
        ] {
            client.get_item(GetItemInput::new(GetItemInputRequired { table_name: table.into(), key: Default::default() })).await.unwrap();
            assert_eq!(fake.urls.lock().unwrap().last().unwrap(), url);
        }
    }
    // Kinesis: awsJson 1.1 and a blob.
    {
        use kinesis_client::operation::put_record::{PutRecordInput, PutRecordInputRequired};
        let client = kinesis_client::Client::new(&config);
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
        let client = sfn_client::Client::new(&config);
        fake.answer(r#"{"executionArn": "arn:aws:states:eu-west-1:1:execution:m:e", "startDate": 1700000000.5}"#);
        let out = client.start_execution(StartExecutionInput::new("arn:aws:states:eu-west-1:1:stateMachine:m").with_input("{}")).await.unwrap();
        assert_eq!(out.start_date.to_string(), "2023-11-14T22:13:20.5Z");
        let (h, body) = fake.last();
        assert_eq!(header(&h, "x-amz-target"), "AWSStepFunctions.StartExecution");
        assert_eq!(body, serde_json::json!({"stateMachineArn": "arn:aws:states:eu-west-1:1:stateMachine:m", "input": "{}"}));

        // `@endpoint(hostPrefix: "sync-")`: on the resolved endpoint and on a custom one.
        let reply = r#"{"executionArn": "e", "startDate": 0, "stopDate": 1, "status": "SUCCEEDED"}"#;
        fake.answer(reply);
        client.start_sync_execution(sfn_client::operation::start_sync_execution::StartSyncExecutionInput::new("m")).await.unwrap();
        assert_eq!(fake.urls.lock().unwrap().last().unwrap(), "http://sync-fake.invalid/");
        let regional = sfn_client::Client::new(&config.to_builder().region("eu-west-1").clear_endpoint_url().build());
        regional.start_sync_execution(sfn_client::operation::start_sync_execution::StartSyncExecutionInput::new("m")).await.unwrap();
        assert_eq!(fake.urls.lock().unwrap().last().unwrap(), "https://sync-states.eu-west-1.amazonaws.com/");
        let (h, _) = fake.last();
        assert_eq!(header(&h, "host"), "sync-states.eu-west-1.amazonaws.com", "the signed Host has the prefix too");
        regional.start_execution(StartExecutionInput::new("m")).await.unwrap();
        assert_eq!(fake.urls.lock().unwrap().last().unwrap(), "https://states.eu-west-1.amazonaws.com/");

        // An input's `@default` (maxResults 0) is left to the service, not sent on every call.
        fake.answer(r#"{"activities": []}"#);
        client.list_activities(sfn_client::operation::list_activities::ListActivitiesInput::new()).await.unwrap();
        assert_eq!(fake.last().1, serde_json::json!({}));
    }
    shared_configuration().await;
    one_mock_for_several_services().await;
    // Every endpoint test of the three models, the operation-bound ones through the operations'
    // own bindings (DynamoDB: a table ARN picks an account endpoint; Kinesis: stream ARNs and
    // control/data plane operations).
    let mut counts = Vec::new();
    for (name, (checked, failed)) in [
        ("dynamodb", endpoint_tests!(dynamodb_client, "dynamodb-2012-08-10.json")),
        ("kinesis", endpoint_tests!(kinesis_client, "kinesis-2013-12-02.json")),
        ("sfn", endpoint_tests!(sfn_client, "sfn-2016-11-23.json")),
    ] {
        assert!(failed.is_empty(), "{name}: {} of {checked} endpoint cases fail:\n{}", failed.len(), failed.join("\n"));
        counts.push(format!("{name} {checked}"));
    }
    println!("endpoint cases: {}", counts.join(", "));
    println!("smoke ok");
}

/// One mock answers the clients of three services built from its configuration, each stub
/// typed by its own crate; the calls are listed in order, whichever service made them.
async fn one_mock_for_several_services() {
    use kinesis_client::operation::list_streams::{ListStreamsError, ListStreamsOutput, ListStreamsOutputRequired};
    let mock = proton_client::mock::Mock::new();
    mock.on::<dynamodb_client::mocks::ListTables>()
        .output(dynamodb_client::operation::list_tables::ListTablesOutput::new().with_table_names(vec!["t".to_string()]));
    mock.on::<kinesis_client::mocks::ListStreams>()
        .error(ListStreamsError::InvalidArgumentException(kinesis_client::types::InvalidArgumentException::new()))
        .output(ListStreamsOutput::new(ListStreamsOutputRequired { has_more_streams: false, stream_names: vec!["s".to_string()] }));
    #[allow(deprecated)]
    mock.on::<proton_client::mocks::ListServices>().output(proton_client::operation::list_services::ListServicesOutput::new(vec![]));
    let config = mock.config();
    let (dynamodb, kinesis) = (dynamodb_client::Client::new(&config), kinesis_client::Client::new(&config));
    assert_eq!(dynamodb.list_tables(Default::default()).await.unwrap().table_names, Some(vec!["t".to_string()]));
    let e = kinesis.list_streams(Default::default()).await.unwrap_err();
    assert!(matches!(e.as_service_error(), Some(ListStreamsError::InvalidArgumentException(_))), "{e}");
    assert_eq!(kinesis.list_streams(Default::default()).await.unwrap().stream_names, ["s"]);
    #[allow(deprecated)]
    proton_client::Client::new(&config).list_services(Default::default()).await.unwrap();
    let e = sfn_client::Client::new(&config).list_activities(Default::default()).await.unwrap_err();
    assert!(e.to_string().contains("unexpected call to SFN ListActivities"), "{e}");
    assert_eq!(mock.calls(), ["DYNAMODB.ListTables", "KINESIS.ListStreams", "KINESIS.ListStreams", "PROTON.ListServices", "SFN.ListActivities"]);
    assert_eq!(mock.inputs::<kinesis_client::mocks::ListStreams>().len(), 2);
    println!("one mock for several services ok");
}

/// Four services' clients from one configuration loaded from the environment, over real
/// sockets: one credential fetch (ECS container credentials, from a loopback endpoint) and one
/// connection for every call of every client; `AWS_ENDPOINT_URL_<SERVICE>` still sends one
/// service elsewhere; per-call overrides change endpoint, attempts and timeouts without a
/// second client.
async fn shared_configuration() {
    use loopback_fake::{FakeServer, Reply};
    let creds = FakeServer::start(|_, _| {
        Reply::json(200, r#"{"AccessKeyId":"AKIDECS","SecretAccessKey":"s","Token":"t","Expiration":"2099-01-01T00:00:00Z"}"#)
    })
    .await;
    let services = FakeServer::start(|req, _| {
        let target = req.header("x-amz-target").unwrap_or("");
        Reply::json(200, if target.starts_with("Kinesis") { r#"{"StreamNames": [], "HasMoreStreams": false}"# } else { "{}" })
    })
    .await;
    let kinesis_only = FakeServer::start(|_, _| Reply::json(200, r#"{"StreamNames": ["k"], "HasMoreStreams": false}"#)).await;
    let failing = FakeServer::start(|_, _| Reply::json(500, r#"{"__type": "InternalServerError", "message": "boom"}"#)).await;
    let slow = FakeServer::start(|_, _| Reply::Delay(std::time::Duration::from_secs(5), Box::new(Reply::json(200, "{}")))).await;
    for k in ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_CONFIG_FILE",
        "AWS_SHARED_CREDENTIALS_FILE", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_CONTAINER_AUTHORIZATION_TOKEN",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_MAX_ATTEMPTS", "AWS_DEFAULT_REGION", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] {
        std::env::remove_var(k);
    }
    let home = std::env::temp_dir().join(format!("shared-config-{}", std::process::id()));
    std::fs::create_dir_all(&home).unwrap();
    for (k, v) in [
        ("HOME", home.to_str().unwrap()),
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL", services.url.as_str()),
        ("AWS_ENDPOINT_URL_KINESIS", kinesis_only.url.as_str()),
        ("AWS_EC2_METADATA_DISABLED", "true"),
    ] {
        std::env::set_var(k, v);
    }
    std::env::set_var("AWS_CONTAINER_CREDENTIALS_FULL_URI", format!("{}/creds", creds.url));
    let config = proton_client::Config::from_env().await;
    let proton = proton_client::Client::new(&config);
    let dynamodb = dynamodb_client::Client::new(&config);
    let kinesis = kinesis_client::Client::new(&config);
    let sfn = sfn_client::Client::new(&config);
    for _ in 0..2 {
        #[allow(deprecated)]
        proton.list_services(Default::default()).await.unwrap();
        dynamodb.list_tables(Default::default()).await.unwrap();
        sfn.list_activities(Default::default()).await.unwrap();
        assert_eq!(kinesis.list_streams(Default::default()).await.unwrap().stream_names, ["k"]);
    }
    assert_eq!(creds.requests().len(), 1, "one credential fetch for four clients");
    let targets: Vec<String> = services.requests().iter().map(|r| r.header("x-amz-target").unwrap().to_string()).collect();
    assert_eq!(targets.len(), 6, "{targets:?}");
    assert!(services.requests().iter().all(|r| r.header("x-amz-security-token") == Some("t")));
    assert_eq!(services.connections(), 1, "one connection pool: three services' six calls on one connection");
    assert_eq!(kinesis_only.requests().len(), 2, "AWS_ENDPOINT_URL_KINESIS wins for Kinesis only");

    // Per-call overrides: an endpoint, one attempt instead of three, an attempt timeout.
    use proton_client::Overrides;
    let once = dynamodb.with_overrides(Overrides::new().endpoint_url(&failing.url).max_attempts(1));
    assert!(once.list_tables(Default::default()).await.is_err());
    assert_eq!(failing.requests().len(), 1);
    let thrice = dynamodb.with_overrides(Overrides::new().endpoint_url(&failing.url));
    assert!(thrice.list_tables(Default::default()).await.is_err());
    assert_eq!(failing.requests().len(), 4, "the configuration's three attempts");
    let timeouts = proton_client::config::TimeoutConfig { attempt: Some(std::time::Duration::from_millis(100)), ..config.timeouts().clone() };
    let quick = sfn.with_overrides(Overrides::new().endpoint_url(&slow.url).timeouts(timeouts).max_attempts(1));
    let e = quick.list_activities(Default::default()).await.unwrap_err();
    // Errors are the runtime's type, whichever service: code handling them is written once.
    fn timed_out<E>(e: &proton_client::Error<E>) -> bool {
        matches!(e, kinesis_client::Error::Timeout(_))
    }
    assert!(timed_out(&e), "{e}");
    let dynamodb_error = once.list_tables(Default::default()).await.unwrap_err();
    assert!(!timed_out(&dynamodb_error));
    assert_eq!(failing.requests().len(), 5);
    // Any service's error, modeled (DynamoDB's InternalServerError) or not (Proton's), through
    // the one `ServiceError` trait.
    fn describe(e: &dyn proton_client::error::ServiceError) -> String {
        format!("{}: {}", e.code().unwrap_or("?"), e.message().unwrap_or("?"))
    }
    let proton_error = proton.with_overrides(Overrides::new().endpoint_url(&failing.url).max_attempts(1));
    #[allow(deprecated)]
    let proton_error = proton_error.list_services(Default::default()).await.unwrap_err();
    assert!(matches!(dynamodb_error.as_service_error(), Some(dynamodb_client::operation::list_tables::ListTablesError::InternalServerError(_))));
    assert_eq!(describe(dynamodb_error.as_service_error().unwrap()), "InternalServerError: boom");
    assert_eq!(describe(proton_error.as_service_error().unwrap()), "InternalServerError: boom");
    assert_eq!(failing.requests().len(), 6);
    dynamodb.list_tables(Default::default()).await.unwrap();
    assert_eq!(services.requests().len(), 7, "the client itself is unchanged");
    assert_eq!(creds.requests().len(), 1);
    let _ = std::fs::remove_dir_all(&home);
    println!("shared configuration ok");
}
"##;

#[test]
fn dynamodb_kinesis_and_step_functions_generate_build_and_work() {
    let dir = tests::scratch("other-services");
    for (name, model) in [
        ("dynamodb", "models/smithy/dynamodb-2012-08-10.json"),
        ("kinesis", "models/smithy/kinesis-2013-12-02.json"),
        ("sfn", "models/smithy/sfn-2016-11-23.json"),
        ("proton", "models/smithy/proton-2020-07-20.json"),
    ] {
        let svc = smithy_ir::load_path(&tests::shared().join(model)).expect("model loads");
        let files = codegen::generate(
            &svc,
            &codegen::Config {
                crate_name: Some(format!("{name}-client")),
                ..xtask::config(&svc, &dir.join(name)).expect("config")
            },
        )
        .unwrap_or_else(|e| panic!("{model}: {e}"));
        codegen::write(&dir.join(name), &files).expect("write crate");
    }
    let stdout = tests::run_program(
        &dir,
        &["dynamodb", "kinesis", "sfn", "proton"],
        SMOKE,
        &[
            ("MODELS", tests::shared().join("models/smithy")),
            ("PARTITIONS", tests::root().join("tests/fixtures/endpoints/partitions-botocore-1.37.38.json")),
        ],
    );
    assert!(stdout.contains("shared configuration ok"), "{stdout}");
    assert!(stdout.contains("one mock for several services ok"), "{stdout}");
    assert_eq!(stdout.lines().last(), Some("smoke ok"), "{stdout}");
    eprintln!("{stdout}");
}

/// `--out` outside this workspace gives a crate that builds on its own (no inherited workspace
/// settings) and passes its own `cargo test`, so it can be vendored or published. Examples belong
/// to their model: DynamoDB gets none of Proton's; Proton's `--out` crate gets them.
#[test]
fn a_crate_generated_outside_the_workspace_passes_its_own_tests() {
    let dir = std::env::temp_dir().join(format!("standalone-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let model = tests::shared().join("models/smithy/dynamodb-2012-08-10.json");
    assert!(xtask::codegen(&model, &dir, false, &xtask::Options::default()).expect("generates"), "written");
    assert!(!dir.join("examples").exists(), "no examples of another model");
    std::fs::copy(tests::root().join("Cargo.lock"), dir.join("Cargo.lock")).expect("lock file");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let _one_build = tests::heavy_build();
    let out = Command::new(cargo)
        .args(["test", "--quiet", "--offline"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", tests::root().join("target/other-services"))
        .env("RUSTFLAGS", "-D warnings")
        // Incremental state of these one-off crates would only fill the disk.
        .env("CARGO_INCREMENTAL", "0")
        .output()
        .expect("cargo runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let proton = tests::generate(&tests::root().join("model/proton"));
    assert!(proton.keys().any(|p| p.starts_with("examples/")), "Proton keeps its examples");
}
