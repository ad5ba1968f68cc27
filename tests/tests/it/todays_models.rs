//! Today's AWS models, not only fixtures: a sample of the current botocore release (pinned in
//! `xtask::botocore`, downloaded into `target/botocore` by pip when missing) spanning what the
//! shared Smithy models lack: several result keys (DynamoDB, Logs, Kinesis, ECR), nested items
//! (Athena, ECR), items that are a structure (Budgets), a token at an index and `more_results`
//! (Kinesis), a required page size (Cognito), waiters with filters and functions (ECS,
//! DynamoDB, CloudWatch), multi-select endpoint parameters (DynamoDB), event-stream operations
//! generated beside the rest (Kinesis, Logs; read in `event_streams.rs`), a model offering CBOR first (CloudWatch), and both an operation
//! and its input deprecated (Logs). Every crate is built with warnings denied, and DynamoDB,
//! ECS, Kinesis, Logs and Cognito each make calls against the loopback fake over real HTTP.
//!
//! `cargo xtask check-models` does the same generation and a `cargo check` for every model of
//! the release (see the README for the figures).

const SAMPLE: &[&str] = &[
    "dynamodb",
    "ecs",
    "kinesis",
    "logs",
    "cognito-idp",
    "athena",
    "budgets",
    "ecr",
    "cloudwatch",
    "sqs",
    "machinelearning",
];

const PROGRAM: &str = r##"
use std::sync::{Arc, Mutex};

use loopback_fake::{FakeServer, Recorded, Reply};
use serde_json::{json, Value};

/// The fake's answer to one request, by `X-Amz-Target`; `destinations` is what DynamoDB's
/// `DescribeKinesisStreamingDestination` answers.
fn answer(req: &Recorded, destinations: &Value) -> Value {
    let target = req.header("x-amz-target").unwrap_or_default().to_string();
    let body = req.json();
    let page = |first: Value, last: Value| if body.get("nextToken").or(body.get("NextToken")).is_some() { last } else { first };
    match target.as_str() {
        "DynamoDB_20120810.ListTables" => json!({"TableNames": ["orders", "users"]}),
        "DynamoDB_20120810.DescribeKinesisStreamingDestination" => destinations.clone(),

        "DynamoDB_20120810.Query" => match body.get("ExclusiveStartKey") {
            None => json!({"Items": [{"pk": {"S": "a"}}], "Count": 1, "ScannedCount": 3, "LastEvaluatedKey": {"pk": {"S": "a"}}}),
            Some(_) => json!({"Items": [{"pk": {"S": "b"}}, {"pk": {"N": "2"}}], "Count": 2, "ScannedCount": 2}),
        },
        "AmazonEC2ContainerServiceV20141113.ListClusters" => json!({"clusterArns": ["arn:aws:ecs:us-east-1:1:cluster/a"]}),
        "AmazonEC2ContainerServiceV20141113.DescribeServices" => json!({"services": [{
            "serviceName": "web", "status": "ACTIVE", "runningCount": 2, "desiredCount": 2,
            "deployments": [{"id": "d1", "status": "PRIMARY"}]}], "failures": []}),
        "Kinesis_20131202.ListStreams" => page(
            json!({"StreamNames": ["s1"], "HasMoreStreams": true, "NextToken": "n1"}),
            // A token but no more streams: `HasMoreStreams` ends the pages.
            json!({"StreamNames": ["s2"], "HasMoreStreams": false, "NextToken": "n2"}),
        ),
        "Logs_20140328.FilterLogEvents" => page(
            json!({"events": [{"message": "one"}], "searchedLogStreams": [], "nextToken": "t1"}),
            json!({"events": [{"message": "two"}, {"message": "three"}]}),
        ),
        "AWSCognitoIdentityProviderService.InitiateAuth" => json!({"AuthenticationResult": {"AccessToken": "at"}}),
        "AmazonML_20141212.Predict" => json!({"Prediction": {"predictedLabel": "1"}}),
        "AWSCognitoIdentityProviderService.ListUserPools" => page(
            json!({"UserPools": [{"Id": "us-east-1_a"}], "NextToken": "p1"}),
            json!({"UserPools": [{"Id": "us-east-1_b"}]}),
        ),
        other => json!({"__type": "UnknownOperationException", "message": other}),
    }
}

/// GetItem's answer: `AttributeValue` is recursive, and the item nests lists as deep as the
/// request's key says. Written as text: a `Value` that deep would recurse when dropped.
fn nested_item(req: &Recorded) -> String {
    let depth: usize = req.json()["Key"]["depth"]["N"].as_str().unwrap().parse().unwrap();
    format!(r#"{{"Item": {{"nested": {}{{"S": "bottom"}}{}}}}}"#, r#"{"L": ["#.repeat(depth), "]}".repeat(depth))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let destinations = Arc::new(Mutex::new(Value::Null));
    let shared = destinations.clone();
    let server = FakeServer::start(move |req, _| {
        if req.header("x-amz-target") == Some("DynamoDB_20120810.GetItem") {
            return Reply::json(200, nested_item(req));
        }
        // SQS names errors as its awsQuery API did; its modeled errors carry no such code, so
        // only the body's `__type` selects one.
        if req.header("x-amz-target") == Some("AmazonSQS.GetQueueUrl") {
            return Reply::Respond {
                status: 400,
                headers: vec![
                    ("x-amzn-query-error".into(), "AWS.SimpleQueueService.NonExistentQueue;Sender".into()),
                    ("Content-Type".into(), "application/x-amz-json-1.0".into()),
                ],
                body: r#"{"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "The specified queue does not exist."}"#.into(),
            };
        }
        Reply::json(200, answer(req, &shared.lock().unwrap()).to_string())
    })
    .await;

    let ddb = dynamodb_client::Client::new(&
        dynamodb_client::Config::builder()
            .region("us-east-1")
            .endpoint_url(&server.url)
            .credentials(dynamodb_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .build(),
    );
    let tables = ddb.list_tables(dynamodb_client::operation::list_tables::ListTablesInput::new()).await.unwrap();
    assert_eq!(tables.table_names.unwrap(), ["orders", "users"]);
    // A known recursive member nested 60 levels reads; 10,000 levels is an error naming the
    // nesting, not a stack overflow.
    let get = |depth: usize| {
        let key = std::collections::BTreeMap::from([("depth".to_string(), dynamodb_client::types::AttributeValue::new().with_n(depth.to_string()))]);
        ddb.get_item(dynamodb_client::operation::get_item::GetItemInput::new(dynamodb_client::operation::get_item::GetItemInputRequired { table_name: "t".into(), key }))
    };
    assert!(get(60).await.unwrap().item.is_some());
    let err = get(10_000).await.unwrap_err();
    let mut chain = err.to_string();
    let mut source = std::error::Error::source(&err);
    while let Some(s) = source {
        chain = format!("{chain} / {s}");
        source = s.source();
    }
    assert!(chain.contains("nested at most 128 deep"), "{chain}");
    let pages = ddb.query_paginator(dynamodb_client::operation::query::QueryInput::new("orders")).collect().await.unwrap();
    let counted: i32 = pages.iter().map(|p| p.count.unwrap_or(0)).sum();
    assert_eq!((pages.len(), counted), (2, 3));
    // The KinesisStreamingDestinationActive waiter: `pathAny` on a projection, then a failure
    // acceptor with `length`, a filter with `||`, `>`, `==` and `&&`. The outcomes are
    // jmespath.py 1.1.0's (as botocore evaluates the acceptors); `max_wait` below the model's
    // delay makes "no acceptor matched" end at once as a timeout.
    let destination = |statuses: &[&str]| json!({"TableName": "orders", "KinesisDataStreamDestinations":
        statuses.iter().enumerate().map(|(i, s)| json!({"StreamArn": format!("arn{i}"), "DestinationStatus": s})).collect::<Vec<_>>()});
    for (reply, expected) in [
        (destination(&["ACTIVE"]), "success"),
        (destination(&["ENABLING", "ACTIVE"]), "success"),
        (destination(&["DISABLED", "ENABLE_FAILED"]), "failure"),
        (destination(&["DISABLED", "ENABLING"]), "timeout"),
        (destination(&[]), "timeout"),
    ] {
        *destinations.lock().unwrap() = reply.clone();
        let input = dynamodb_client::operation::describe_kinesis_streaming_destination::DescribeKinesisStreamingDestinationInput::new("orders");
        let got = match ddb.wait_until_kinesis_streaming_destination_active(input, std::time::Duration::from_secs(1)).await {
            Ok(_) => "success",
            Err(dynamodb_client::waiter::WaiterError::Failure(_)) => "failure",
            Err(dynamodb_client::waiter::WaiterError::Timeout(_)) => "timeout",
            Err(e) => panic!("{e}"),
        };
        assert_eq!(got, expected, "{reply}");
    }

    let ecs = ecs_client::Client::new(&
        ecs_client::Config::builder()
            .region("us-east-1")
            .endpoint_url(&server.url)
            .credentials(ecs_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .build(),
    );
    let clusters = ecs.list_clusters(ecs_client::operation::list_clusters::ListClustersInput::new()).await.unwrap();
    assert_eq!(clusters.cluster_arns.unwrap().len(), 1);
    let input = ecs_client::operation::describe_services::DescribeServicesInput::new(vec!["web".to_string()]);
    let stable = ecs.wait_until_services_stable(input, std::time::Duration::from_secs(60)).await.unwrap();
    assert!(stable.is_some(), "the ServicesStable waiter (filter, length, comparisons) decided success");

    let kinesis = kinesis_client::Client::new(&
        kinesis_client::Config::builder()
            .region("us-east-1")
            .endpoint_url(&server.url)
            .credentials(kinesis_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .build(),
    );
    let names = kinesis
        .list_streams_paginator(kinesis_client::operation::list_streams::ListStreamsInput::new())
        .items()
        .collect()
        .await
        .unwrap();
    assert_eq!(names, ["s1", "s2"]);

    let logs = logs_client::Client::new(&
        logs_client::Config::builder()
            .region("us-east-1")
            .endpoint_url(&server.url)
            .credentials(logs_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .build(),
    );
    let events = logs
        .filter_log_events_paginator(logs_client::operation::filter_log_events::FilterLogEventsInput::new())
        .items()
        .collect()
        .await
        .unwrap();
    let messages: Vec<String> = events.into_iter().filter_map(|e| e.message).collect();
    assert_eq!(messages, ["one", "two", "three"]);

    let cognito = cognito_idp_client::Client::new(&
        cognito_idp_client::Config::builder()
            .region("us-east-1")
            .endpoint_url(&server.url)
            .credentials(cognito_idp_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .build(),
    );
    let pools = cognito
        .list_user_pools_paginator(cognito_idp_client::operation::list_user_pools::ListUserPoolsInput::new(60))
        .page_size(25)
        .items()
        .collect()
        .await
        .unwrap();
    assert_eq!(pools.len(), 2);
    // Signing in needs no credentials: the call goes unsigned.
    let anonymous = cognito_idp_client::Client::new(&cognito_idp_client::Config::builder().region("us-east-1").endpoint_url(&server.url).build());
    let auth = anonymous
        .initiate_auth(cognito_idp_client::operation::initiate_auth::InitiateAuthInput::new(
            cognito_idp_client::operation::initiate_auth::InitiateAuthInputRequired {
                auth_flow: cognito_idp_client::types::AuthFlowType::from("USER_PASSWORD_AUTH"),
                client_id: "app".into(),
            },
        ))
        .await
        .unwrap();
    assert_eq!(auth.authentication_result.unwrap().access_token.as_deref(), Some("at"));
    // A call that needs credentials still says so, without sending anything.
    let before = server.requests().len();
    let err = anonymous.list_user_pools(cognito_idp_client::operation::list_user_pools::ListUserPoolsInput::new(60)).await.unwrap_err();
    assert!(matches!(err, cognito_idp_client::Error::Credentials(_)), "{err}");
    assert_eq!(server.requests().len(), before);

    let sqs = sqs_client::Client::new(&
        sqs_client::Config::builder()
            .region("us-east-1")
            .endpoint_url(&server.url)
            .credentials(sqs_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .build(),
    );
    let err = sqs.get_queue_url(sqs_client::operation::get_queue_url::GetQueueUrlInput::new("missing")).await.unwrap_err();
    match err.into_service_error() {
        Some(sqs_client::operation::get_queue_url::GetQueueUrlError::QueueDoesNotExist(e)) => {
            assert_eq!(e.message(), Some("The specified queue does not exist."));
        }
        other => panic!("expected QueueDoesNotExist, got {other:?}"),
    }

    // Machine Learning's Predict goes to the model's real-time endpoint, not the service's.
    let realtime = FakeServer::start(|req, _| Reply::json(200, answer(req, &Value::Null).to_string())).await;
    let ml = machinelearning_client::Client::new(&
        machinelearning_client::Config::builder()
            .region("us-east-1")
            .endpoint_url(&server.url)
            .credentials(machinelearning_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .build(),
    );
    use machinelearning_client::operation::predict::{PredictInput, PredictInputRequired};
    let predicted = ml
        .predict(PredictInput::new(PredictInputRequired {
            ml_model_id: "ml-1".into(),
            record: std::collections::BTreeMap::from([("x".to_string(), "1".to_string())]),
            predict_endpoint: realtime.url.clone(),
        }))
        .await
        .unwrap();
    assert_eq!(predicted.prediction.unwrap().predicted_label.as_deref(), Some("1"));
    let to_realtime = realtime.requests();
    assert_eq!(to_realtime.len(), 1);
    assert!(to_realtime[0].header("authorization").unwrap().contains("/us-east-1/machinelearning/aws4_request"));
    assert!(server.requests().iter().all(|r| r.header("x-amz-target") != Some("AmazonML_20141212.Predict")));

    // What went over the wire: each service's target, its content type, a signature for its
    // signing name, and the tokens and page sizes the paginators set.
    let sent = server.requests();
    let by = |target: &str| sent.iter().filter(|r| r.header("x-amz-target") == Some(target)).collect::<Vec<_>>();
    for (target, content_type, signing) in [
        ("DynamoDB_20120810.ListTables", "application/x-amz-json-1.0", "dynamodb"),
        ("AmazonEC2ContainerServiceV20141113.ListClusters", "application/x-amz-json-1.1", "ecs"),
        ("Kinesis_20131202.ListStreams", "application/x-amz-json-1.1", "kinesis"),
        ("Logs_20140328.FilterLogEvents", "application/x-amz-json-1.1", "logs"),
        ("AWSCognitoIdentityProviderService.ListUserPools", "application/x-amz-json-1.1", "cognito-idp"),
    ] {
        let r = by(target)[0];
        assert_eq!(r.header("content-type"), Some(content_type), "{target}");
        let auth = r.header("authorization").unwrap();
        assert!(auth.contains(&format!("/us-east-1/{signing}/aws4_request")), "{target}: {auth}");
    }
    assert_eq!(by("DynamoDB_20120810.Query")[1].json()["ExclusiveStartKey"], json!({"pk": {"S": "a"}}));
    assert_eq!(by("Kinesis_20131202.ListStreams").len(), 2);
    assert_eq!(by("Logs_20140328.FilterLogEvents")[1].json()["nextToken"], "t1");
    assert!(by("AWSCognitoIdentityProviderService.ListUserPools").iter().all(|r| r.json()["MaxResults"] == 25));
    let sign_in = by("AWSCognitoIdentityProviderService.InitiateAuth")[0];
    assert!(sign_in.header("authorization").is_none() && sign_in.header("x-amz-date").is_none(), "{sign_in:?}");
    assert_eq!(by("AmazonSQS.GetQueueUrl")[0].header("x-amzn-query-mode"), Some("true"));
    // Every header sent is signed but those SigV4 leaves out.
    for r in sent.iter().filter(|r| r.header("authorization").is_some()) {
        assert!(r.unsigned_headers().is_empty(), "{:?}: {:?}", r.header("x-amz-target"), r.unsigned_headers());
    }
    println!("todays models ok");
}
"##;

#[test]
fn a_sample_of_the_current_botocore_release_builds_and_works() {
    let dir = tests::generate_todays(SAMPLE, "todays-models", |service, protocol, omitted| {
        assert!(codegen::SUPPORTED_PROTOCOLS.contains(&protocol), "{service}");
        // Nothing is left out of these: their event streams are output streams.
        assert!(omitted.is_empty(), "{service}: {omitted:?}");
    });
    let stdout = tests::run_program(&dir, SAMPLE, PROGRAM, &[]);
    assert_eq!(stdout.trim(), "todays models ok");
}
