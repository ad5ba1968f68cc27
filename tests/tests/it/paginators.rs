//! Paginators against a fake Proton: page after page until the token runs out.
#![allow(deprecated)]

use std::time::Duration;

use proton_client::config::RetryConfig;
use proton_client::operation::list_environments::ListEnvironmentsInput;
use proton_client::sigv4::Credentials;
use proton_client::{Client, Config};
use serde_json::json;
use tests::fake::{FakeServer, Reply};

fn client(server: &FakeServer) -> Client {
    Client::new(
        &Config::builder()
            .region("us-east-1")
            .endpoint_url(&server.url)
            .credentials(Credentials::new("AKID", "SECRET", None))
            .retry(RetryConfig { max_attempts: 1, ..Default::default() })
            .build(),
    )
}

fn env(name: &str) -> serde_json::Value {
    json!({"name": name, "arn": "a", "templateName": "t", "templateMajorVersion": "1", "templateMinorVersion": "0",
           "deploymentStatus": "SUCCEEDED", "createdAt": 1, "lastDeploymentAttemptedAt": 1, "lastDeploymentSucceededAt": 1})
}

/// Pages keyed by the token they answer; `None` is the first request.
fn pages(script: Vec<(Option<&'static str>, Reply)>) -> impl Fn(&tests::fake::Recorded, usize) -> Reply {
    move |req, _| {
        let token = req.json().get("nextToken").and_then(|t| t.as_str().map(str::to_string));
        script
            .iter()
            .find(|(t, _)| t.map(str::to_string) == token)
            .map(|(_, r)| r.clone())
            .unwrap_or_else(|| Reply::json(500, "{}"))
    }
}

fn page(names: &[&str], next: Option<&str>) -> Reply {
    let mut body = json!({"environments": names.iter().map(|n| env(n)).collect::<Vec<_>>()});
    if let Some(t) = next {
        body["nextToken"] = json!(t);
    }
    Reply::json(200, body.to_string())
}

#[tokio::test]
async fn several_pages_until_the_token_is_empty() {
    let server = FakeServer::start(pages(vec![
        (None, page(&["a", "b"], Some("t1"))),
        (Some("t1"), page(&["c"], Some("t2"))),
        (Some("t2"), page(&["d"], Some(""))),
    ]))
    .await;
    let names: Vec<String> = client(&server)
        .list_environments_paginator(ListEnvironmentsInput::new())
        .page_size(2)
        .items()
        .collect()
        .await
        .expect("all pages")
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert_eq!(names, ["a", "b", "c", "d"]);
    let sent: Vec<_> = server.requests().iter().map(|r| r.json()).collect();
    assert_eq!(sent.len(), 3);
    assert!(sent.iter().all(|b| b["maxResults"] == 2), "page size on every request: {sent:?}");
    assert_eq!(
        (sent[0].get("nextToken"), &sent[1]["nextToken"], &sent[2]["nextToken"]),
        (None, &json!("t1"), &json!("t2"))
    );
}

#[tokio::test]
async fn an_absent_token_ends_and_pages_can_be_read_one_by_one() {
    let server = FakeServer::start(pages(vec![(None, page(&["a"], Some("t1"))), (Some("t1"), page(&[], None))])).await;
    let mut pages = client(&server).list_environments_paginator(ListEnvironmentsInput::new());
    assert_eq!(pages.next().await.expect("page 1").expect("ok").environments.len(), 1);
    assert_eq!(pages.next().await.expect("page 2").expect("ok").environments.len(), 0);
    assert!(pages.next().await.is_none());
    assert!(pages.next().await.is_none(), "stays done");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_repeated_token_is_an_error_not_a_loop() {
    let server =
        FakeServer::start(pages(vec![(None, page(&["a"], Some("same"))), (Some("same"), page(&["b"], Some("same")))]))
            .await;
    let err = client(&server)
        .list_environments_paginator(ListEnvironmentsInput::new())
        .items()
        .collect()
        .await
        .expect_err("loops");
    assert!(matches!(&err, proton_client::Error::Pagination(p) if p.token() == "same"), "{err}");
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn an_error_on_page_two_is_the_typed_operation_error() {
    let server = FakeServer::start(pages(vec![
        (None, page(&["a"], Some("t1"))),
        (Some("t1"), Reply::json(400, r#"{"__type":"ValidationException","message":"bad token"}"#)),
    ]))
    .await;
    let mut items = client(&server).list_environments_paginator(ListEnvironmentsInput::new()).items();
    assert_eq!(items.next().await.expect("first").expect("ok").name, "a");
    let err = items.next().await.expect("second").expect_err("page 2 fails");
    assert!(
        matches!(
            err.as_service_error(),
            Some(proton_client::operation::list_environments::ListEnvironmentsError::ValidationException(_))
        ),
        "{err}"
    );
    assert!(items.next().await.is_none(), "ends after the error");
}

#[tokio::test]
async fn stopping_early_sends_no_more_requests() {
    let server =
        FakeServer::start(pages(vec![(None, page(&["a", "b"], Some("t1"))), (Some("t1"), page(&["c"], None))])).await;
    let mut items = client(&server).list_environments_paginator(ListEnvironmentsInput::new()).items();
    assert_eq!(items.next().await.expect("a").expect("ok").name, "a");
    drop(items);
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(server.requests().len(), 1);
}
