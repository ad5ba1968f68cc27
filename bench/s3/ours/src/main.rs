//! S3 with this project's generated client: one ListObjectsV2 call (what a program using S3
//! costs to build), or, for bench/s3.sh, `calls N` and `upload PATH` (as the official program),
//! `serve ADDR` (the loopback S3 both call) and `raw N` (the floor: the same round trip on a
//! plain blocking socket).

use std::time::Instant;

use s3_client::operation::list_objects_v2::ListObjectsV2Input;
use s3_client::operation::put_object::{PutObjectInput, PutObjectInputRequired};

/// CPU time of the process so far (user + system), in seconds.
fn cpu_secs() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    match args.get(1).map(String::as_str) {
        Some("serve") => return serve(args.get(2).map(String::as_str).unwrap_or("127.0.0.1:4598")).await,
        Some("raw") => return raw(n),
        _ => {}
    }
    let s3 = s3_client::Client::from_env().await;
    match args.get(1).map(String::as_str) {
        Some("calls") => {
            let (start, cpu) = (Instant::now(), cpu_secs());
            for _ in 0..n {
                let out = s3.list_objects_v2(ListObjectsV2Input::new("bench")).await.expect("call succeeds");
                assert_eq!(out.contents.map_or(0, |c| c.len()), 100);
            }
            let (wall, cpu) = (start.elapsed().as_secs_f64(), cpu_secs() - cpu);
            println!("ours: {n} ListObjectsV2 calls, {:.1} µs wall, {:.1} µs CPU per call", wall * 1e6 / n as f64, cpu * 1e6 / n as f64);
        }
        Some("upload") => {
            let path = args.get(2).expect("a file");
            let size = std::fs::metadata(path).expect("the file").len();
            let (start, cpu) = (Instant::now(), cpu_secs());
            let body = s3_client::primitives::ByteStream::from_path(path).expect("opens");
            let input = PutObjectInput::new(PutObjectInputRequired { bucket: "bench".into(), key: "big.bin".into() });
            s3.put_object(input.with_body(body)).await.expect("uploads");
            let (wall, cpu) = (start.elapsed().as_secs_f64(), cpu_secs() - cpu);
            println!("ours: PutObject of {} MiB from a file, {wall:.2} s wall, {cpu:.2} s CPU, {:.0} MiB/s", size >> 20, (size >> 20) as f64 / wall);
        }
        _ => match s3.list_objects_v2(ListObjectsV2Input::new("bench")).await {
            Ok(o) => println!("{} objects", o.contents.map_or(0, |c| c.len())),
            Err(e) => println!("error: {e}"),
        },
    }
}

/// A ListObjectsV2 answer of 100 objects, as S3 writes one.
fn listing() -> String {
    let mut body = String::from(r#"<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>bench</Name><Prefix></Prefix><KeyCount>100</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>"#);
    for i in 0..100 {
        body.push_str(&format!(
            "<Contents><Key>photos/2026/12/{i:04}/IMG_{i:05}.jpg</Key><LastModified>2026-12-02T12:{:02}:{:02}.000Z</LastModified><ETag>&quot;{:032x}&quot;</ETag><ChecksumAlgorithm>CRC64NVME</ChecksumAlgorithm><ChecksumType>FULL_OBJECT</ChecksumType><Size>{}</Size><StorageClass>STANDARD</StorageClass></Contents>",
            i % 60,
            (i * 7) % 60,
            (i as u128 + 1) * 0x9e3779b97f4a7c15,
            1_000_000 + i * 4_321
        ));
    }
    body.push_str("</ListBucketResult>");
    body
}

/// The loopback S3: a GET is answered with `listing()`, a PUT's body (plain, or aws-chunked
/// with `Content-Length`, or chunked transfer encoding) is read and dropped.
async fn serve(addr: &str) {
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
    let listener = tokio::net::TcpListener::bind(addr).await.expect("bind");
    let body: &'static str = Box::leak(listing().into_boxed_str());
    loop {
        let Ok((s, _)) = listener.accept().await else { continue };
        tokio::spawn(async move {
            let mut s = BufReader::with_capacity(64 * 1024, s);
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                let mut head = Vec::new();
                loop {
                    let mut line = String::new();
                    if s.read_line(&mut line).await.unwrap_or(0) == 0 {
                        return;
                    }
                    if line == "\r\n" {
                        break;
                    }
                    head.push(line.trim_end().to_ascii_lowercase());
                }
                let header = |name: &str| head.iter().find_map(|l| l.strip_prefix(name).map(|v| v.trim().to_string()));
                let chunked = header("transfer-encoding:").is_some_and(|v| v.contains("chunked"));
                let mut left: u64 = header("content-length:").and_then(|v| v.parse().ok()).unwrap_or(0);
                if chunked {
                    loop {
                        let mut line = String::new();
                        s.read_line(&mut line).await.expect("chunk size");
                        let size = u64::from_str_radix(line.split(';').next().unwrap_or("0").trim(), 16).expect("hex");
                        if size == 0 {
                            loop {
                                let mut trailer = String::new();
                                s.read_line(&mut trailer).await.expect("trailer");
                                if trailer == "\r\n" || trailer.is_empty() {
                                    break;
                                }
                            }
                            break;
                        }
                        left = size + 2;
                        while left > 0 {
                            let n = s.read(&mut buf[..left.min(65536) as usize]).await.expect("chunk");
                            left -= n as u64;
                        }
                    }
                }
                while left > 0 {
                    let n = s.read(&mut buf[..left.min(65536) as usize]).await.unwrap_or(0);
                    if n == 0 {
                        return;
                    }
                    left -= n as u64;
                }
                let reply = match head[0].starts_with("get") {
                    true => format!("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nx-amz-request-id: b\r\nContent-Length: {}\r\n\r\n{body}", body.len()),
                    false => "HTTP/1.1 200 OK\r\nETag: \"e\"\r\nx-amz-request-id: b\r\nContent-Length: 0\r\n\r\n".to_string(),
                };
                if s.get_mut().write_all(reply.as_bytes()).await.is_err() {
                    return;
                }
            }
        });
    }
}

/// The floor a call cannot go below: the same round trip (a request of the size our client
/// sends, on one kept-alive connection, to the same server) on a plain blocking socket, with
/// nothing built, signed or parsed.
fn raw(n: usize) {
    use std::io::{Read, Write};
    let url = std::env::var("AWS_ENDPOINT_URL").expect("AWS_ENDPOINT_URL");
    let addr = url.trim_start_matches("http://").trim_end_matches('/').to_string();
    let mut s = std::net::TcpStream::connect(&addr).expect("connect");
    s.set_nodelay(true).expect("nodelay");
    let h = "0".repeat(64);
    let request = format!(
        "GET /bench?list-type=2 HTTP/1.1\r\nhost: {addr}\r\nx-amz-date: 20261202T120000Z\r\nx-amz-content-sha256: {h}\r\nauthorization: AWS4-HMAC-SHA256 Credential=AKID/20261202/us-east-1/s3/aws4_request, SignedHeaders=amz-sdk-invocation-id;amz-sdk-request;host;x-amz-content-sha256;x-amz-date;x-amz-user-agent, Signature={h}\r\nuser-agent: awsgen-rust/0.1.0 os/linux lang/rust\r\nx-amz-user-agent: awsgen-rust/0.1.0 ua/2.1 api/s3#0.1.0 os/linux lang/rust\r\namz-sdk-invocation-id: 8b4c5a1e-0000-4000-8000-000000000000\r\namz-sdk-request: attempt=1; max=3\r\n\r\n"
    );
    let mut buf = Vec::with_capacity(64 * 1024);
    let mut chunk = [0u8; 16384];
    let (start, cpu) = (Instant::now(), cpu_secs());
    for _ in 0..n {
        s.write_all(request.as_bytes()).expect("write");
        buf.clear();
        loop {
            let got = s.read(&mut chunk).expect("read");
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
    let (wall, cpu) = (start.elapsed().as_secs_f64(), cpu_secs() - cpu);
    println!("raw socket: {n} round trips, {:.1} µs wall, {:.1} µs CPU per round trip", wall * 1e6 / n as f64, cpu * 1e6 / n as f64);
}
