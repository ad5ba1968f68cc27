// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! Deploy a new minor version of a service instance's template.
//!
//! `cargo run --example update_service_instance`
#![allow(deprecated)]

use proton_client::operation::update_service_instance::{
    UpdateServiceInstanceInput, UpdateServiceInstanceInputRequired,
};
use proton_client::types::DeploymentUpdateType;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = proton_client::Client::from_env().await;
    let input = UpdateServiceInstanceInput::new(UpdateServiceInstanceInputRequired {
        service_name: "frontend".into(),
        name: "frontend-dev".into(),
        deployment_type: DeploymentUpdateType::MinorVersion,
    })
    .with_template_major_version("1")
    .with_template_minor_version("2");
    let out = client.update_service_instance(input).await?;
    println!("{}: deployment {}", out.service_instance.name, out.service_instance.deployment_status);
    Ok(())
}
