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
    if args.get(1).map(String::as_str) == Some("raw") {
        let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
        return raw(n).await;
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

/// The floor a call cannot go below: the same round trip (a request of the size our client
/// sends, on one kept-alive connection, to the same server, on the same runtime) written by
/// hand on a socket, with nothing built, signed or parsed.
async fn raw(n: usize) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let url = std::env::var("AWS_ENDPOINT_URL").expect("AWS_ENDPOINT_URL");
    let addr = url.trim_start_matches("http://").trim_end_matches('/').to_string();
    let mut s = tokio::net::TcpStream::connect(&addr).await.expect("connect");
    s.set_nodelay(true).expect("nodelay");
    // About the size of a signed awsJson request: the headers our client sends, with values
    // of their real lengths.
    let body = "{}";
    let request = format!(
        "POST / HTTP/1.1\r\nhost: {addr}\r\ncontent-type: application/x-amz-json-1.0\r\nx-amz-target: AwsProton20200720.ListServices\r\nx-amz-date: 20261128T120000Z\r\nx-amz-content-sha256: {h}\r\nauthorization: AWS4-HMAC-SHA256 Credential=AKID/20261128/us-east-1/proton/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-target, Signature={h}\r\nuser-agent: awsgen-rust/0.1.0 os/linux lang/rust\r\nx-amz-user-agent: awsgen-rust/0.1.0 ua/2.1 api/proton#0.1.0 os/linux lang/rust\r\namz-sdk-invocation-id: 8b4c5a1e-0000-4000-8000-000000000000\r\namz-sdk-request: attempt=1; max=3\r\ncontent-length: {}\r\n\r\n{body}",
        body.len(),
        h = "0".repeat(64),
    );
    let mut buf = Vec::with_capacity(4096);
    let mut chunk = [0u8; 4096];
    let start = Instant::now();
    for _ in 0..n {
        s.write_all(request.as_bytes()).await.expect("write");
        buf.clear();
        loop {
            let got = s.read(&mut chunk).await.expect("read");
            assert!(got > 0, "closed");
            buf.extend_from_slice(&chunk[..got]);
            if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&buf[..end]).to_ascii_lowercase();
                let len: usize = head.lines().find_map(|l| l.strip_prefix("content-length:")).and_then(|v| v.trim().parse().ok()).unwrap_or(0);
                if buf.len() >= end + 4 + len {
                    break;
                }
            }
        }
    }
    let per_call = start.elapsed().as_secs_f64() * 1e6 / n as f64;
    println!("raw socket: {n} round trips, {per_call:.1} µs per round trip");
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
