// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! A library function over every page of a paginated operation, with its error path, and its
//! tests through the crate's typed mock: no AWS, no HTTP fake, no waiting.
//!
//! `cargo run --example tested_with_mocks` lists the services that need attention;
//! `cargo test --example tested_with_mocks --features test-util` runs its tests.
#![allow(deprecated)]

use proton_client::operation::list_services::{ListServicesError, ListServicesInput};
use proton_client::types::ServiceStatus;
use proton_client::Client;

/// Why the services could not be listed.
#[derive(Debug)]
pub enum Problem {
    /// The caller's role may not list services: worth telling apart from an outage.
    NotAllowed(String),
    /// Anything else the call met (after the client's retries).
    Aws(proton_client::Error<ListServicesError>),
}

/// The names of the services that are not `ACTIVE`, across every page.
pub async fn services_needing_attention(client: &Client) -> Result<Vec<String>, Problem> {
    let mut pages = client.list_services_paginator(ListServicesInput::new());
    let mut names = Vec::new();
    while let Some(page) = pages.next().await {
        let page = match page {
            Ok(page) => page,
            Err(proton_client::Error::Service { error: ListServicesError::AccessDeniedException(e), .. }) => {
                return Err(Problem::NotAllowed(e.message))
            }
            Err(e) => return Err(Problem::Aws(e)),
        };
        let needing = page.services.into_iter().filter(|s| s.status != ServiceStatus::Active);
        names.extend(needing.map(|s| s.name));
    }
    Ok(names)
}

#[tokio::main]
async fn main() {
    let client = Client::from_env().await;
    match services_needing_attention(&client).await {
        Ok(names) if names.is_empty() => println!("no service needs attention"),
        Ok(names) => println!("needing attention: {}", names.join(", ")),
        Err(Problem::NotAllowed(why)) => println!("not allowed to list services: {why}"),
        Err(Problem::Aws(e)) => println!("could not list services: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proton_client::mock::Mock;
    use proton_client::mocks;
    use proton_client::operation::list_services::ListServicesOutput;
    use proton_client::types::{AccessDeniedException, ServiceSummary, ServiceSummaryRequired, ThrottlingException};
    use proton_client::DateTime;

    fn service(name: &str, status: ServiceStatus) -> ServiceSummary {
        ServiceSummary::new(ServiceSummaryRequired {
            arn: format!("arn:aws:proton:us-east-1:123456789012:service/{name}"),
            created_at: DateTime::from_secs(0),
            last_modified_at: DateTime::from_secs(0),
            name: name.to_string(),
            status,
            template_name: "web".to_string(),
        })
    }

    #[tokio::test]
    async fn every_page_is_read() {
        let mock = Mock::new();
        mock.on::<mocks::ListServices>()
            .output(
                ListServicesOutput::new(vec![
                    service("a", ServiceStatus::Active),
                    service("b", ServiceStatus::CreateInProgress),
                ])
                .with_next_token("2"),
            )
            .output(ListServicesOutput::new(vec![service("c", ServiceStatus::UpdateFailed)]));
        let names = services_needing_attention(&Client::new(&mock.config())).await.unwrap();
        assert_eq!(names, ["b", "c"]);
        // The second page was asked for with the first page's token.
        let tokens: Vec<_> = mock.inputs::<mocks::ListServices>().into_iter().map(|i| i.next_token).collect();
        assert_eq!(tokens, [None, Some("2".to_string())]);
    }

    #[tokio::test]
    async fn access_denied_is_told_apart_and_throttling_is_retried() {
        let mock = Mock::new();
        mock.on::<mocks::ListServices>()
            .error(ListServicesError::ThrottlingException(ThrottlingException::new("slow down")))
            .error(ListServicesError::AccessDeniedException(AccessDeniedException::new("no")));
        match services_needing_attention(&Client::new(&mock.config())).await {
            Err(Problem::NotAllowed(why)) => assert_eq!(why, "no"),
            other => panic!("expected NotAllowed, got {other:?}"),
        }
        assert_eq!(mock.calls().len(), 1, "one call; its throttled attempt was retried");
    }
}
