// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! Print what each call did, as a program's logs would show it: a `tracing-subscriber`
//! subscriber at debug level prints the `aws_call` span of every call (operation, attempts,
//! status, request id, duration) and its retries. Secrets and `@sensitive` values never
//! appear.
//!
//! `AWS_REGION=us-east-1 cargo run --example trace_calls`
#![allow(deprecated)] // the Proton model deprecates every operation

use proton_client::operation::list_services::ListServicesInput;
use tracing_subscriber::fmt::format::FmtSpan;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        // A line when each call's span closes, with everything it recorded.
        .with_span_events(FmtSpan::CLOSE)
        .with_ansi(false)
        .init();
    let client = proton_client::Client::from_env().await;
    let out = client.list_services(ListServicesInput::new()).await?;
    println!("{} services", out.services.len());
    Ok(())
}
