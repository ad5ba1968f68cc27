//! restJson1 services of today's botocore release (the pinned one, as in `todays_models`): a
//! sample spanning the bindings — Lambda, API Gateway, EKS, Batch, EFS, Polly, Glacier,
//! AppSync, Bedrock runtime and IoT data plane — built with warnings denied, and a program that
//! sends a request of each kind of binding to the loopback fake and reads each kind of response
//! binding back: labels (one holding `/` and `:`), query parameters, headers (an enum, a
//! base64 JSON value, a bound `Content-Type`), blob payloads both ways, body-only JSON, a body
//! key renamed by `locationName`, the status code, a typed error named by `X-Amzn-Errortype`,
//! a paginator over a query token, a waiter, and an empty label refused before sending.
//! Streaming bodies: a file uploaded (MediaStore's `PutObject`, which may go unsigned over
//! TLS, here signed as over plain HTTP) and signed with its hash (Glacier's `UploadArchive`), and downloads read as they arrive (MediaStore's
//! `GetObject`, Polly's `SynthesizeSpeech`). `bench/stream.sh` measures 1 GiB each way.

const SAMPLE: &[&str] = &[
    "lambda",
    "apigateway",
    "eks",
    "batch",
    "efs",
    "polly",
    "glacier",
    "appsync",
    "bedrock-runtime",
    "iot-data",
    "mediastore-data",
    "cloudsearchdomain",
];

const PROGRAM: &str = r##"
use loopback_fake::{FakeServer, Recorded, Reply};

fn reply(status: u16, headers: &[(&str, &str)], body: &str) -> Reply {
    Reply::Respond {
        status,
        headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        body: body.to_string(),
    }
}

fn answer(req: &Recorded) -> Reply {
    let (path, query) = req.path.split_once('?').unwrap_or((req.path.as_str(), ""));
    let json = [("Content-Type", "application/json")];
    match (req.method.as_str(), path) {
        ("POST", "/2015-03-31/functions/my-fn/invocations") => reply(
            200,
            &[("X-Amz-Executed-Version", "7"), ("X-Amz-Function-Error", "Unhandled"), ("Content-Type", "application/octet-stream")],
            "raw result",
        ),
        ("GET", "/2015-03-31/functions/missing") => reply(
            404,
            &[("X-Amzn-Errortype", "ResourceNotFoundException:http://internal.amazon.com/"), ("Content-Type", "application/json")],
            r#"{"Type": "User", "Message": "Function not found: missing"}"#,
        ),
        ("GET", "/2015-03-31/functions") if !query.contains("Marker=") => {
            reply(200, &json, r#"{"Functions": [{"FunctionName": "a"}], "NextMarker": "m 1"}"#)
        }
        ("GET", "/2015-03-31/functions") => reply(200, &json, r#"{"Functions": [{"FunctionName": "b"}]}"#),
        ("GET", "/restapis") => reply(200, &json, r#"{"item": [{"id": "r1", "name": "api"}]}"#),
        ("GET", "/clusters/prod") => reply(200, &json, r#"{"cluster": {"name": "prod", "status": "ACTIVE"}}"#),
        ("POST", "/v1/describejobqueues") => reply(200, &json, r#"{"jobQueues": [{"jobQueueName": "q", "jobQueueArn": "arn:q", "state": "ENABLED", "priority": 1, "computeEnvironmentOrder": []}]}"#),
        ("POST", "/2015-02-01/file-systems") => reply(201, &json, r#"{"OwnerId": "1", "CreationToken": "tok", "FileSystemId": "fs-1", "CreationTime": 1700000000, "LifeCycleState": "creating", "NumberOfMountTargets": 0, "SizeInBytes": {"Value": 0}, "PerformanceMode": "generalPurpose", "Tags": []}"#),
        ("GET", "/v1/voices") => reply(200, &json, r#"{"Voices": [{"Id": "Joanna", "LanguageCode": "en-US"}]}"#),
        ("GET", "/-/vaults") => reply(200, &json, r#"{"VaultList": [{"VaultName": "v"}]}"#),
        ("GET", "/v1/apis") => reply(200, &json, r#"{"graphqlApis": [{"name": "g"}]}"#),
        ("POST", "/model/anthropic.claude-v2%3A1/invoke") => reply(200, &json, r#"{"completion": "hi"}"#),
        ("POST", "/topics/sensors%2Ftemp") => reply(200, &json, ""),
        ("GET", "/things/lamp/shadow") => reply(200, &json, r#"{"state": {}}"#),
        ("PUT", "/videos/a.bin") => reply(200, &json, r#"{"ETag": "e1", "StorageClass": "TEMPORAL"}"#),
        ("GET", "/videos/a.bin") => reply(200, &[("Content-Type", "video/mp4"), ("ETag", "e1")], "frames of video"),
        ("POST", "/v1/speech") => reply(200, &[("Content-Type", "audio/mpeg"), ("x-amzn-RequestCharacters", "5")], "mp3 bytes"),
        ("POST", "/-/vaults/v/archives") => reply(201, &[("x-amz-archive-id", "arch-1"), ("Location", "/-/vaults/v/archives/arch-1")], ""),
        ("POST", "/2015-02-01/access-points") => reply(200, &json, r#"{"AccessPointId": "ap-1", "FileSystemId": "fs-1", "LifeCycleState": "available"}"#),
        ("POST", "/2013-01-01/search") => reply(200, &json, r#"{"hits": {"found": 1, "hit": [{"id": "d1"}]}}"#),
        _ => reply(400, &[("X-Amzn-Errortype", "UnexpectedRequest")], &req.path),
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

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let server = FakeServer::start(|req, _| answer(req)).await;
    let url = server.url.clone();

    let lambda = lambda_client::Client::new(&config!(lambda_client, &url));
    use lambda_client::operation::{get_function::GetFunctionInput, invoke::InvokeInput, list_functions::ListFunctionsInput};
    let out = lambda
        .invoke(
            InvokeInput::new("my-fn")
                .with_invocation_type(lambda_client::types::InvocationType::RequestResponse)
                .with_qualifier("live")
                .with_payload(lambda_client::primitives::Blob::new(b"{\"x\": 1}".to_vec())),
        )
        .await
        .unwrap();
    assert_eq!((out.status_code, out.executed_version.as_deref()), (Some(200), Some("7")));
    assert_eq!(out.function_error.as_deref(), Some("Unhandled"));
    assert_eq!(out.payload.unwrap().as_bytes(), b"raw result");
    let err = lambda.get_function(GetFunctionInput::new("missing")).await.unwrap_err();
    match err.as_service_error() {
        Some(lambda_client::operation::get_function::GetFunctionError::ResourceNotFoundException(e)) => {
            assert_eq!(e.message(), Some("Function not found: missing"));
            assert_eq!(e.r#type.as_deref(), Some("User"));
        }
        other => panic!("expected ResourceNotFoundException, got {other:?}"),
    }
    let names: Vec<String> = lambda
        .list_functions_paginator(ListFunctionsInput::new().with_max_items(1))
        .items()
        .collect()
        .await
        .unwrap()
        .into_iter()
        .filter_map(|f| f.function_name)
        .collect();
    assert_eq!(names, ["a", "b"]);
    // An empty label would send the request elsewhere: refused, nothing sent.
    let before = server.requests().len();
    let err = lambda.invoke(InvokeInput::new("")).await.unwrap_err();
    assert!(matches!(err, lambda_client::Error::Validation(_)), "{err}");
    assert!(err.to_string().contains("FunctionName"), "{err}");
    assert_eq!(server.requests().len(), before);

    let apigw = apigateway_client::Client::new(&config!(apigateway_client, &url));
    let apis = apigw.get_rest_apis(apigateway_client::operation::get_rest_apis::GetRestApisInput::new().with_limit(5)).await.unwrap();
    assert_eq!(apis.items.unwrap()[0].id.as_deref(), Some("r1"), "the body key `item` (locationName) is read");

    let eks = eks_client::Client::new(&config!(eks_client, &url));
    let active = eks
        .wait_until_cluster_active(eks_client::operation::describe_cluster::DescribeClusterInput::new("prod"), std::time::Duration::from_secs(60))
        .await
        .unwrap();
    assert!(active.is_some());

    let batch = batch_client::Client::new(&config!(batch_client, &url));
    let queues = batch
        .describe_job_queues(batch_client::operation::describe_job_queues::DescribeJobQueuesInput::new().with_job_queues(vec!["q".to_string()]))
        .await
        .unwrap();
    assert_eq!(queues.job_queues.unwrap()[0].job_queue_name, "q");

    let efs = efs_client::Client::new(&config!(efs_client, &url));
    let fs = efs.create_file_system(efs_client::operation::create_file_system::CreateFileSystemInput::new().with_creation_token("tok").with_encrypted(true)).await.unwrap();
    assert_eq!(fs.file_system_id, "fs-1");

    let polly = polly_client::Client::new(&config!(polly_client, &url));
    let voices = polly
        .describe_voices(polly_client::operation::describe_voices::DescribeVoicesInput::new().with_language_code(polly_client::types::LanguageCode::from("en-US")))
        .await
        .unwrap();
    assert_eq!(voices.voices.unwrap().len(), 1);

    let glacier = glacier_client::Client::new(&config!(glacier_client, &url));
    // The account id is `-` (the credentials' account) unless set, as AWS's SDKs send it.
    let vaults = glacier.list_vaults(glacier_client::operation::list_vaults::ListVaultsInput::new()).await.unwrap();
    assert_eq!(vaults.vault_list.unwrap()[0].vault_name.as_deref(), Some("v"));

    let appsync = appsync_client::Client::new(&config!(appsync_client, &url));
    let gql = appsync.list_graphql_apis(appsync_client::operation::list_graphql_apis::ListGraphqlApisInput::new().with_max_results(3)).await.unwrap();
    assert_eq!(gql.graphql_apis.unwrap()[0].name.as_deref(), Some("g"));

    let bedrock = bedrock_runtime_client::Client::new(&config!(bedrock_runtime_client, &url));
    let model = bedrock
        .invoke_model(
            bedrock_runtime_client::operation::invoke_model::InvokeModelInput::new("anthropic.claude-v2:1")
                .with_content_type("application/json")
                .with_accept("application/json")
                .with_body(bedrock_runtime_client::primitives::Blob::new(br#"{"prompt": "hello"}"#.to_vec())),
        )
        .await
        .unwrap();
    assert_eq!((model.body.as_bytes(), model.content_type.as_str()), (&br#"{"completion": "hi"}"#[..], "application/json"));

    let iot = iot_data_client::Client::new(&config!(iot_data_client, &url));
    iot.publish(
        iot_data_client::operation::publish::PublishInput::new("sensors/temp")
            .with_qos(1)
            .with_retain(false)
            .with_user_properties(r#"[{"k": "v"}]"#)
            .with_payload(iot_data_client::primitives::Blob::new(b"21.5".to_vec())),
    )
    .await
    .unwrap();
    let shadow = iot
        .get_thing_shadow(iot_data_client::operation::get_thing_shadow::GetThingShadowInput::new("lamp").with_shadow_name("main"))
        .await
        .unwrap();
    assert_eq!(shadow.payload.unwrap().as_bytes(), br#"{"state": {}}"#);

    let media = mediastore_data_client::Client::new(&config!(mediastore_data_client, &url));
    let file = std::env::temp_dir().join(format!("rest-json-upload-{}", std::process::id()));
    std::fs::write(&file, b"0123456789".repeat(10_000)).unwrap();
    use mediastore_data_client::operation::{get_object::GetObjectInput, put_object::{PutObjectInput, PutObjectInputRequired}};
    let put = media
        .put_object(PutObjectInput::new(PutObjectInputRequired {
            body: mediastore_data_client::primitives::ByteStream::from_path(&file).unwrap(),
            path: "videos/a.bin".into(),
        }).with_content_type("video/mp4"))
        .await
        .unwrap();
    assert_eq!(put.e_tag.as_deref(), Some("e1"));
    let got = media.get_object(GetObjectInput::new("videos/a.bin")).await.unwrap();
    assert_eq!((got.status_code, got.content_type.as_deref(), got.e_tag.as_deref()), (200, Some("video/mp4"), Some("e1")));
    assert_eq!(got.body.unwrap().collect().await.unwrap(), b"frames of video");
    let speech = polly
        .synthesize_speech(polly_client::operation::synthesize_speech::SynthesizeSpeechInput::new(
            polly_client::operation::synthesize_speech::SynthesizeSpeechInputRequired {
                output_format: polly_client::types::OutputFormat::from("mp3"),
                text: "hello".into(),
                voice_id: polly_client::types::VoiceId::from("Joanna"),
            },
        ))
        .await
        .unwrap();
    assert_eq!(speech.request_characters, Some(5));
    assert_eq!(speech.audio_stream.unwrap().collect().await.unwrap(), b"mp3 bytes");
    let archive = glacier
        .upload_archive(
            glacier_client::operation::upload_archive::UploadArchiveInput::new("v")
                .with_body(glacier_client::primitives::ByteStream::from_bytes(&b"archive"[..])),
        )
        .await
        .unwrap();
    assert_eq!(archive.archive_id.as_deref(), Some("arch-1"));
    // From a file of three blocks and a piece: both hashes in one reading, as botocore computes
    // them, and the file streamed.
    let archive_file = std::env::temp_dir().join(format!("rest-json-archive-{}", std::process::id()));
    std::fs::write(&archive_file, (0..3_145_733usize).map(|i| (i % 251) as u8).collect::<Vec<u8>>()).unwrap();
    glacier
        .upload_archive(
            glacier_client::operation::upload_archive::UploadArchiveInput::new("v")
                .with_body(glacier_client::primitives::ByteStream::from_path(&archive_file).unwrap()),
        )
        .await
        .unwrap();

    // EFS: a required idempotency token left unset is filled; a given one is sent as it is.
    use efs_client::operation::create_access_point::CreateAccessPointInput;
    efs.create_access_point(CreateAccessPointInput::new("fs-1")).await.unwrap();
    efs.create_access_point(CreateAccessPointInput::new("fs-1").with_client_token("mine")).await.unwrap();

    // CloudSearch Domain: the search goes as a POST with the query as its form body.
    let search = cloudsearchdomain_client::Client::new(&config!(cloudsearchdomain_client, &url));
    let hits = search
        .search(cloudsearchdomain_client::operation::search::SearchInput::new("star wars").with_size(3))
        .await
        .unwrap();
    assert_eq!(hits.hits.unwrap().found, Some(1));

    // What went over the wire.
    let sent = server.requests();
    let find = |method: &str, prefix: &str| {
        sent.iter().find(|r| r.method == method && r.path.starts_with(prefix)).unwrap_or_else(|| panic!("{method} {prefix}: {sent:#?}")).clone()
    };
    let invoke = find("POST", "/2015-03-31/functions/my-fn/invocations");
    assert_eq!(invoke.path, "/2015-03-31/functions/my-fn/invocations?Qualifier=live");
    assert_eq!(invoke.header("x-amz-invocation-type"), Some("RequestResponse"));
    assert_eq!(invoke.header("content-type"), Some("application/octet-stream"));
    assert_eq!(invoke.body, b"{\"x\": 1}");
    assert!(invoke.header("x-amz-target").is_none());
    let pages: Vec<&Recorded> = sent.iter().filter(|r| r.path.starts_with("/2015-03-31/functions?")).collect();
    assert_eq!(pages.iter().map(|r| r.path.as_str()).collect::<Vec<_>>(), ["/2015-03-31/functions?MaxItems=1", "/2015-03-31/functions?Marker=m%201&MaxItems=1"]);
    let get = find("GET", "/2015-03-31/functions/missing");
    assert!(get.body.is_empty() && get.header("content-type").is_none() && get.header("content-length").is_none());
    assert_eq!(find("GET", "/restapis").path, "/restapis?limit=5");
    let jobs = find("POST", "/v1/describejobqueues");
    assert_eq!(jobs.header("content-type"), Some("application/json"));
    assert_eq!(jobs.json(), serde_json::json!({"jobQueues": ["q"]}));
    let create = find("POST", "/2015-02-01/file-systems");
    assert_eq!(create.json(), serde_json::json!({"CreationToken": "tok", "Encrypted": true}));
    assert_eq!(find("GET", "/v1/voices").path, "/v1/voices?LanguageCode=en-US");
    assert_eq!(find("GET", "/v1/apis").path, "/v1/apis?maxResults=3");
    let invoke_model = find("POST", "/model/");
    assert_eq!(invoke_model.header("content-type"), Some("application/json"), "the bound Content-Type, once");
    assert_eq!(invoke_model.headers.iter().filter(|(k, _)| k.eq_ignore_ascii_case("content-type")).count(), 1);
    assert_eq!(invoke_model.header("accept"), Some("application/json"));
    let publish = find("POST", "/topics/");
    assert_eq!(publish.path, "/topics/sensors%2Ftemp?qos=1&retain=false");
    assert_eq!(publish.header("x-amz-mqtt5-user-properties"), Some("W3siayI6ICJ2In1d"), "a JSON value header is base64");
    assert_eq!(publish.body, b"21.5");
    assert_eq!(find("GET", "/things/lamp/shadow").path, "/things/lamp/shadow?name=main");
    let upload = find("PUT", "/videos/a.bin");
    assert_eq!(upload.body, b"0123456789".repeat(10_000), "the file, streamed");
    assert_eq!(upload.header("content-length"), Some("100000"));
    assert_eq!(upload.header("content-type"), Some("video/mp4"));
    // PutObject allows an unsigned payload, but over plain HTTP the payload is signed, as
    // botocore signs it (the unsigned form over TLS is in the runtime's tests).
    assert_eq!(
        upload.header("x-amz-content-sha256"),
        Some("aca9e593cc629cbaa94cd5a07dc029424aad93e5129e5d11f8dcd2f139c16cc0")
    );
    assert!(upload.header("authorization").unwrap().contains("x-amz-content-sha256"));
    let speech = find("POST", "/v1/speech");
    assert_eq!(speech.json(), serde_json::json!({"OutputFormat": "mp3", "Text": "hello", "VoiceId": "Joanna"}));
    let archive = find("POST", "/-/vaults/v/archives");
    assert_eq!(
        archive.header("x-amz-content-sha256"),
        Some("0eb3e36bfb24dcd9bb1d1bece1531216b59539a8fde17ee80224af0653c92aa3"),
        "a signed upload carries its hash"
    );
    let _ = std::fs::remove_file(&file);
    let _ = std::fs::remove_file(&archive_file);
    // API Gateway asks for JSON (it answers HAL otherwise); Glacier names its API version on
    // every request, and its uploads carry their tree hash and SHA-256.
    assert_eq!(find("GET", "/restapis").header("accept"), Some("application/json"));
    let glacier_requests: Vec<&Recorded> = sent.iter().filter(|r| r.path.starts_with("/-/vaults")).collect();
    assert_eq!(glacier_requests.len(), 3);
    assert!(glacier_requests.iter().all(|r| r.header("x-amz-glacier-version") == Some("2012-06-01")));
    let uploads: Vec<&&Recorded> = glacier_requests.iter().filter(|r| r.method == "POST").collect();
    assert_eq!(uploads[0].header("x-amz-sha256-tree-hash"), Some("0eb3e36bfb24dcd9bb1d1bece1531216b59539a8fde17ee80224af0653c92aa3"));
    assert_eq!(uploads[1].body.len(), 3_145_733);
    assert_eq!(uploads[1].header("x-amz-sha256-tree-hash"), Some("c9e0c11a00161b193e0a1b3692ec553d4033a887f2086a7cadd4cd722d87f09f"));
    assert_eq!(uploads[1].header("x-amz-content-sha256"), Some("b01669d77761c4dfdfc8fb927821087bcf5c9ef1f917c4f1f8504e529f19edab"));
    let access_points: Vec<&Recorded> = sent.iter().filter(|r| r.path == "/2015-02-01/access-points").collect();
    let token = access_points[0].json()["ClientToken"].as_str().unwrap().to_string();
    assert!(token.len() == 36 && token.as_bytes()[14] == b'4', "a UUID v4: {token}");
    assert_eq!(access_points[1].json()["ClientToken"], "mine");
    let searched = find("POST", "/2013-01-01/search");
    assert_eq!(searched.path, "/2013-01-01/search", "no query string left");
    assert_eq!(searched.header("content-type"), Some("application/x-www-form-urlencoded"));
    assert_eq!(String::from_utf8_lossy(&searched.body), "format=sdk&pretty=true&q=star%20wars&size=3");
    // Every header sent is signed but those SigV4 leaves out.
    for r in &sent {
        assert!(r.unsigned_headers().is_empty(), "{} {}: {:?}", r.method, r.path, r.unsigned_headers());
    }
    for (prefix, signing) in [
        ("/2015-03-31/", "lambda"),
        ("/restapis", "apigateway"),
        ("/clusters/", "eks"),
        ("/v1/describejobqueues", "batch"),
        ("/2015-02-01/", "elasticfilesystem"),
        ("/v1/voices", "polly"),
        ("/-/vaults", "glacier"),
        ("/v1/apis", "appsync"),
        ("/model/", "bedrock"),
        ("/topics/", "iotdata"),
    ] {
        let r = sent.iter().find(|r| r.path.starts_with(prefix)).unwrap();
        let auth = r.header("authorization").unwrap();
        assert!(auth.contains(&format!("/us-east-1/{signing}/aws4_request")), "{prefix}: {auth}");
    }
    println!("rest-json models ok");
}
"##;

#[test]
fn a_sample_of_todays_rest_json_services_builds_and_talks_http() {
    let dir = tests::generate_todays(SAMPLE, "todays-rest-json", |service, protocol, omitted| {
        assert_eq!(protocol, smithy_ir::Protocol::RestJson1, "{service}");
        // Nothing is left out, event streams included (read in `event_streams.rs`).
        assert!(omitted.is_empty(), "{service}: {omitted:?}");
    });
    let stdout = tests::run_program(&dir, SAMPLE, PROGRAM, &[]);
    assert_eq!(stdout.trim(), "rest-json models ok");
}
