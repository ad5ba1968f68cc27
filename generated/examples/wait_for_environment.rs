// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! Create an environment, wait until it is deployed (reacting to a failed deployment), then
//! list every environment with a paginator.
//!
//! `cargo run --example wait_for_environment`
#![allow(deprecated)]

use std::time::Duration;

use proton_client::operation::create_environment::{CreateEnvironmentInput, CreateEnvironmentInputRequired};
use proton_client::operation::get_environment::GetEnvironmentInput;
use proton_client::operation::list_environments::ListEnvironmentsInput;
use proton_client::waiter::WaiterError;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = proton_client::Client::from_env().await;
    client
        .create_environment(CreateEnvironmentInput::new(CreateEnvironmentInputRequired {
            name: "dev".into(),
            template_name: "vpc-env".into(),
            template_major_version: "1".into(),
            spec: "proton: EnvironmentSpec\n".into(),
        }))
        .await?;

    match client.wait_until_environment_deployed(GetEnvironmentInput::new("dev"), Duration::from_secs(30 * 60)).await {
        Ok(Some(out)) => println!("dev is {}", out.environment.deployment_status),
        Ok(None) => println!("dev is deployed"),
        Err(WaiterError::Failure(Ok(out))) => {
            println!(
                "dev failed to deploy: {}",
                out.environment.deployment_status_message.as_deref().unwrap_or("no reason given")
            );
            return Ok(());
        }
        Err(WaiterError::Timeout(_)) => {
            println!("dev is still deploying after 30 minutes");
            return Ok(());
        }
        Err(e) => return Err(e.into()),
    }

    let mut environments = client.list_environments_paginator(ListEnvironmentsInput::new()).page_size(50).items();
    while let Some(env) = environments.next().await {
        let env = env?;
        println!("{}: {}", env.name, env.deployment_status);
    }
    Ok(())
}
