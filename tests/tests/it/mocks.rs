//! Typed mocks (`awsgen_runtime::mock`, the generated `mocks` module): a real client answered by
//! stubs, above the transport exactly as against AWS (validation, idempotency tokens, retries,
//! paginators, waiters), without the network and without waiting.
#![allow(deprecated)]

use std::time::Duration;

use proton_client::http::HttpErrorKind;
use proton_client::mock::Mock;
use proton_client::mocks;
use proton_client::operation::create_component::{CreateComponentInput, CreateComponentInputRequired};
use proton_client::operation::create_service::{CreateServiceInput, CreateServiceInputRequired};
use proton_client::operation::get_service::{GetServiceError, GetServiceInput, GetServiceOutput};
use proton_client::operation::list_services::{ListServicesInput, ListServicesOutput};
use proton_client::types::{
    ResourceNotFoundException, Service, ServiceRequired, ServiceStatus, ServiceSummary, ServiceSummaryRequired,
    ThrottlingException,
};
use proton_client::{Client, DateTime, Error};

fn service(name: &str, status: ServiceStatus) -> Service {
    Service::new(ServiceRequired {
        arn: format!("arn:aws:proton:us-east-1:123456789012:service/{name}"),
        created_at: DateTime::from_secs(1),
        last_modified_at: DateTime::from_secs(2),
        name: name.to_string(),
        spec: "secret spec".to_string(),
        status,
        template_name: "t".to_string(),
    })
}

fn summary(name: &str) -> ServiceSummary {
    ServiceSummary::new(ServiceSummaryRequired {
        arn: format!("arn:{name}"),
        created_at: DateTime::from_secs(1),
        last_modified_at: DateTime::from_secs(2),
        name: name.to_string(),
        status: ServiceStatus::Active,
        template_name: "t".to_string(),
    })
}

fn found(name: &str, status: ServiceStatus) -> GetServiceOutput {
    GetServiceOutput::new().with_service(service(name, status))
}

fn not_found() -> GetServiceError {
    GetServiceError::ResourceNotFoundException(ResourceNotFoundException::new("no such service"))
}

#[tokio::test]
async fn outputs_errors_and_matchers_answer_by_input() {
    let mock = Mock::new();
    let web = mock.on::<mocks::GetService>().matching(|i| i.name == "web").output(found("web", ServiceStatus::Active));
    mock.on::<mocks::GetService>().error(not_found()).repeatedly();
    let client = Client::new(&mock.config());

    let out = client.get_service(GetServiceInput::new("web")).await.expect("stubbed output");
    assert_eq!(out.service.expect("service").status, ServiceStatus::Active);
    for name in ["api", "db"] {
        let e = client.get_service(GetServiceInput::new(name)).await.expect_err("stubbed error");
        assert!(matches!(e.as_service_error(), Some(GetServiceError::ResourceNotFoundException(_))), "{e}");
        assert!(matches!(e, Error::Service { status: 400, .. }));
    }
    // The first stub gave its one reply; "web" now falls to the second.
    let again = client.get_service(GetServiceInput::new("web")).await.expect_err("the repeated error");
    assert_eq!(again.as_service_error().and_then(|e| e.code()), Some("ResourceNotFoundException"));
    assert_eq!(web.used(), 1);
    let names: Vec<String> = mock.inputs::<mocks::GetService>().into_iter().map(|i| i.name).collect();
    assert_eq!(names, ["web", "api", "db", "web"]);
    assert_eq!(mock.calls(), ["PROTON.GetService"; 4]);
    assert!(mock.unexpected().is_empty());
}

#[tokio::test]
async fn a_sequence_retries_throttling_without_waiting() {
    let mock = Mock::new();
    let throttled = || GetServiceError::ThrottlingException(ThrottlingException::new("slow down"));
    let stub = mock
        .on::<mocks::GetService>()
        .error(throttled())
        .failure(HttpErrorKind::Io, "connection reset")
        .output(found("web", ServiceStatus::Active));
    let client = Client::new(&mock.config());
    let started = std::time::Instant::now();
    client.get_service(GetServiceInput::new("web")).await.expect("the third attempt succeeds");
    assert_eq!(stub.used(), 3, "throttling and a reset connection are retried");
    assert_eq!(mock.inputs::<mocks::GetService>().len(), 1, "one call, three attempts");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(mock.skipped_delays() > Duration::ZERO, "two backoffs, skipped rather than slept");

    // A non-retryable error is answered once; an exhausted retry budget ends with the last error.
    mock.on::<mocks::GetService>().error(not_found());
    let e = client.get_service(GetServiceInput::new("web")).await.expect_err("not found");
    assert!(matches!(e.as_service_error(), Some(GetServiceError::ResourceNotFoundException(_))));
    mock.on::<mocks::GetService>().error(throttled()).repeatedly();
    let e = client.get_service(GetServiceInput::new("web")).await.expect_err("throttled every time");
    assert_eq!(e.as_service_error().and_then(|e| e.code()), Some("ThrottlingException"));
    assert_eq!(mock.inputs::<mocks::GetService>().len(), 3);
}

#[tokio::test]
async fn unexpected_calls_fail_naming_the_operation_with_sensitive_members_redacted() {
    let mock = Mock::new();
    let client = Client::new(&mock.config());
    let input = CreateServiceInput::new(CreateServiceInputRequired {
        name: "web".to_string(),
        spec: "password: hunter2".to_string(),
        template_major_version: "1".to_string(),
        template_name: "t".to_string(),
    });
    let e = client.create_service(input).await.expect_err("nothing is stubbed");
    let text = e.to_string();
    assert!(text.contains("unexpected call to PROTON CreateService"), "{text}");
    assert!(text.contains("name: \"web\""), "the input is shown: {text}");
    assert!(!text.contains("hunter2"), "a sensitive member is redacted: {text}");
    assert!(matches!(&e, Error::Dispatch(d) if d.kind() == HttpErrorKind::Other), "not retried: {e:?}");
    assert_eq!(mock.unexpected(), [text.split_once(": ").map_or(text.clone(), |(_, m)| m.to_string())]);

    // A stub that does not match leaves the call unexpected too, and says so.
    mock.on::<mocks::GetService>().matching(|i| i.name == "web").output(found("web", ServiceStatus::Active));
    let e = client.get_service(GetServiceInput::new("api")).await.expect_err("no stub matches");
    assert!(e.to_string().contains("no stub of this operation matches it"), "{e}");
}

#[tokio::test]
async fn validation_and_idempotency_tokens_happen_before_the_mock() {
    let mock = Mock::new();
    mock.on::<mocks::CreateComponent>()
        .output(proton_client::operation::create_component::CreateComponentOutput::new(
            proton_client::types::Component::new(proton_client::types::ComponentRequired {
                arn: "arn".to_string(),
                created_at: DateTime::from_secs(1),
                deployment_status: proton_client::types::DeploymentStatus::Succeeded,
                environment_name: "dev".to_string(),
                last_modified_at: DateTime::from_secs(1),
                name: "c".to_string(),
            }),
        ))
        .repeatedly();
    let client = Client::new(&mock.config());
    let input = |name: &str| {
        CreateComponentInput::new(CreateComponentInputRequired {
            manifest: "m".to_string(),
            name: name.to_string(),
            template_file: "f".to_string(),
        })
    };
    let e = client.create_component(input("")).await.expect_err("an empty name breaks its length");
    assert!(matches!(e, Error::Validation(_)), "{e}");
    assert!(mock.calls().is_empty(), "nothing reaches the mock");
    client.create_component(input("c")).await.expect("stubbed");
    client.create_component(input("c").with_client_token("mine")).await.expect("stubbed");
    let tokens: Vec<Option<String>> =
        mock.inputs::<mocks::CreateComponent>().into_iter().map(|i| i.client_token).collect();
    assert_eq!(tokens.len(), 2);
    assert!(tokens[0].as_ref().is_some_and(|t| t.len() == 36), "the client filled a UUID: {tokens:?}");
    assert_eq!(tokens[1].as_deref(), Some("mine"));
}

#[tokio::test]
async fn paginators_and_waiters_run_on_stubbed_pages_and_states() {
    let mock = Mock::new();
    mock.on::<mocks::ListServices>()
        .matching(|i| i.next_token.is_none())
        .output(ListServicesOutput::new(vec![summary("a"), summary("b")]).with_next_token("page2"));
    mock.on::<mocks::ListServices>()
        .matching(|i| i.next_token.as_deref() == Some("page2"))
        .output(ListServicesOutput::new(vec![summary("c")]));
    let client = Client::new(&mock.config());
    let items = client.list_services_paginator(ListServicesInput::new()).items().collect().await.expect("two pages");
    let names: Vec<&str> = items.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["a", "b", "c"]);
    assert_eq!(mock.inputs::<mocks::ListServices>().len(), 2);

    // In progress twice, then active: the waiter's 5 s minimum delays are skipped.
    mock.on::<mocks::GetService>()
        .output(found("web", ServiceStatus::CreateInProgress))
        .times(2)
        .output(found("web", ServiceStatus::Active));
    let started = std::time::Instant::now();
    let out = client
        .wait_until_service_created(GetServiceInput::new("web"), Duration::from_secs(3600))
        .await
        .expect("the waiter succeeds");
    assert_eq!(out.and_then(|o| o.service).map(|s| s.status), Some(ServiceStatus::Active));
    assert!(started.elapsed() < Duration::from_secs(5), "no real waiting");
    assert!(mock.skipped_delays() >= Duration::from_secs(10), "two waits of at least 5 s: {:?}", mock.skipped_delays());

    // A waiter that never gets there runs out of (skipped) time rather than looping forever.
    mock.on::<mocks::GetService>().output(found("web", ServiceStatus::CreateInProgress)).repeatedly();
    let e = client
        .wait_until_service_created(GetServiceInput::new("web"), Duration::from_secs(600))
        .await
        .expect_err("time runs out");
    assert!(matches!(e, proton_client::waiter::WaiterError::Timeout(_)), "{e}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn a_mocked_client_never_reaches_the_network() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("nonblocking");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let mock = Mock::new();
    mock.on::<mocks::GetService>().output(found("web", ServiceStatus::Active));
    // An endpoint pointing at a live listener changes nothing: the mock answers. Nor is a
    // credential provider set afterwards asked (the chain's could go to IMDS).
    let asked = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let provider = Asked(asked.clone());
    let config = mock.config().to_builder().endpoint_url(&url).credentials(provider).build();
    let client = Client::new(&config);
    client.get_service(GetServiceInput::new("web")).await.expect("stubbed");
    let e = client.get_service(GetServiceInput::new("web")).await.expect_err("the stub is used up");
    assert!(e.to_string().contains("unexpected call"), "{e}");
    assert!(listener.accept().is_err(), "no connection was made");
    assert_eq!(asked.load(std::sync::atomic::Ordering::SeqCst), 0, "no credentials were fetched");
}

/// A credential provider that counts how often it is asked, and fails.
#[derive(Debug)]
struct Asked(std::sync::Arc<std::sync::atomic::AtomicUsize>);

impl proton_client::credentials::ProvideCredentials for Asked {
    fn provide(
        &self,
    ) -> proton_client::http::BoxFuture<
        '_,
        Result<proton_client::sigv4::Credentials, proton_client::error::CredentialsError>,
    > {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Box::pin(async { Err(proton_client::error::CredentialsError::new("would reach out", None)) })
    }
}
