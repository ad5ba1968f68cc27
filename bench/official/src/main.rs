//! One ListServices call (or N, timed) with aws-sdk-proton + aws-config.
#![allow(deprecated)]

use std::time::Instant;

#[tokio::main]
async fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1);
    let config = aws_config::load_from_env().await;
    let client = aws_sdk_proton::Client::new(&config);
    let start = Instant::now();
    for _ in 0..n {
        client.list_services().send().await.expect("call succeeds");
    }
    let per_call = start.elapsed().as_secs_f64() * 1e6 / n as f64;
    println!("official: {n} calls, {per_call:.1} µs per call");
}
