//! One ListServices call (or N, timed) with this project's generated client.
//! `bench-ours serve` runs the loopback fake both benchmarks call.
#![allow(deprecated)]

use std::time::Instant;

use proton_client::operation::list_services::ListServicesInput;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("serve") {
        return serve(args.get(2).map(String::as_str).unwrap_or("127.0.0.1:4599")).await;
    }
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1);
    let client = proton_client::Client::from_env().await;
    let start = Instant::now();
    for _ in 0..n {
        client.list_services(ListServicesInput::new()).await.expect("call succeeds");
    }
    let per_call = start.elapsed().as_secs_f64() * 1e6 / n as f64;
    println!("ours: {n} calls, {per_call:.1} µs per call");
}

/// A minimal HTTP/1.1 server answering every request with an empty ListServices output.
async fn serve(addr: &str) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind(addr).await.expect("bind");
    loop {
        let Ok((mut s, _)) = listener.accept().await else { continue };
        tokio::spawn(async move {
            let mut buf = Vec::new();
            let mut chunk = [0u8; 16384];
            loop {
                let Ok(n) = s.read(&mut chunk).await else { return };
                if n == 0 {
                    return;
                }
                buf.extend_from_slice(&chunk[..n]);
                while let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                    let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
                    let len: usize = head.lines().find_map(|l| l.strip_prefix("content-length:")).and_then(|v| v.trim().parse().ok()).unwrap_or(0);
                    if buf.len() < end + 4 + len {
                        break;
                    }
                    buf.drain(..end + 4 + len);
                    let body = "{\"services\":[]}";
                    let resp = format!("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\nx-amzn-RequestId: b\r\nContent-Length: {}\r\n\r\n{body}", body.len());
                    if s.write_all(resp.as_bytes()).await.is_err() {
                        return;
                    }
                }
            }
        });
    }
}
