// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! Load the configuration the way the AWS CLI does (environment, `~/.aws/config` and
//! `~/.aws/credentials`, `AWS_ENDPOINT_URL`...) and make one call.
//!
//! `AWS_REGION=us-east-1 cargo run --example from_env`
#![allow(deprecated)] // the Proton model deprecates every operation

use proton_client::operation::list_services::ListServicesInput;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = proton_client::Client::from_env().await;
    println!("region: {:?}, endpoint: {:?}", client.config().region(), client.config().endpoint_url());
    let out = client.list_services(ListServicesInput::new().with_max_results(10)).await?;
    for s in &out.services {
        println!("{} ({})", s.name, s.status);
    }
    Ok(())
}
