//! Create a service: required members are named fields, optional ones `with_*` setters.
//!
//! `cargo run --example create_service`
#![allow(deprecated)]

use proton_client::operation::create_service::{CreateServiceInput, CreateServiceInputRequired};
use proton_client::types::{Tag, TagRequired};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = proton_client::Client::from_env().await;
    let input = CreateServiceInput::new(CreateServiceInputRequired {
        name: "frontend".into(),
        template_name: "web-service".into(),
        template_major_version: "1".into(),
        spec: "proton: ServiceSpec\ninstances:\n  - name: frontend-dev\n    environment: dev\n".into(),
    })
    .with_description("The web frontend")
    .with_tags(vec![Tag::new(TagRequired { key: "team".into(), value: "web".into() })]);
    let out = client.create_service(input).await?;
    println!("created {} ({}), status {}", out.service.name, out.service.arn, out.service.status);
    Ok(())
}
