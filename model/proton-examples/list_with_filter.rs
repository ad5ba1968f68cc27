//! List the instances of one service that use a given template, page by page.
//!
//! `cargo run --example list_with_filter`
#![allow(deprecated)]

use proton_client::operation::list_service_instances::ListServiceInstancesInput;
use proton_client::types::{ListServiceInstancesFilter, ListServiceInstancesFilterBy};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = proton_client::Client::from_env().await;
    let filter = ListServiceInstancesFilter::new()
        .with_key(ListServiceInstancesFilterBy::TemplateName)
        .with_value("web-service");
    let mut next_token = None;
    loop {
        let mut input =
            ListServiceInstancesInput::new().with_service_name("frontend").with_filters(vec![filter.clone()]);
        input.next_token = next_token;
        let page = client.list_service_instances(input).await?;
        for i in &page.service_instances {
            println!("{} in {}: {}", i.name, i.environment_name, i.deployment_status);
        }
        next_token = page.next_token.filter(|t| !t.is_empty());
        if next_token.is_none() {
            return Ok(());
        }
    }
}
