//! React to a specific service error by matching the operation's error enum.
//!
//! `cargo run --example handle_conflict`
#![allow(deprecated)]

use proton_client::operation::create_environment::{
    CreateEnvironmentError, CreateEnvironmentInput, CreateEnvironmentInputRequired,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = proton_client::Client::from_env().await;
    let input = CreateEnvironmentInput::new(CreateEnvironmentInputRequired {
        name: "dev".into(),
        template_name: "vpc-env".into(),
        template_major_version: "1".into(),
        spec: "proton: EnvironmentSpec\n".into(),
    });
    match client.create_environment(input).await {
        Ok(out) => println!("created {}", out.environment.name),
        Err(proton_client::Error::Service {
            error: CreateEnvironmentError::ConflictException(_), request_id, ..
        }) => {
            println!("environment dev already exists (request {})", request_id.as_deref().unwrap_or("?"));
        }
        Err(other) => return Err(other.into()),
    }
    Ok(())
}
