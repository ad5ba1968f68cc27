#!/usr/bin/env bash
# Streaming bodies at scale: 1 GiB uploaded from a file (MediaStore's PutObject, unsigned
# payload; Glacier's UploadArchive, signed, so the file is read once to hash it) and 1 GiB
# downloaded to a file (MediaStore's GetObject), through a streaming server on 127.0.0.1 in the
# same process. Prints the time of each and the process's peak resident memory (VmHWM), which
# counts the server as well. The file is sparse, so it takes no disk space.
# Usage: bench/stream.sh [GiB]        (not part of CI: about a minute after the build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gib=${1:-1}
work=$root/target/bench-stream
rm -rf "$work/crates"
mkdir -p "$work/program/src"

cargo run --quiet --release --manifest-path "$root/Cargo.toml" -p xtask -- check-models --no-compile \
    --only mediastore-data,glacier --out "$work/crates" >/dev/null

cat >"$work/Cargo.toml" <<EOF
[workspace]
resolver = "2"
members = ["crates/mediastore-data", "crates/glacier", "program"]
EOF
cat >"$work/program/Cargo.toml" <<EOF
[package]
name = "bench-stream"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
mediastore-data-client = { path = "../crates/mediastore-data" }
glacier-client = { path = "../crates/glacier" }
tokio = { version = "1", features = ["macros", "rt", "net", "io-util", "time"] }
EOF
cat >"$work/program/src/main.rs" <<'EOF'
use std::time::Instant;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Peak resident memory so far, in MiB.
fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

/// One request per connection: a PUT or POST body is read and counted, a GET is answered with
/// `size` zero bytes, both in 64 KiB pieces.
async fn serve(listener: tokio::net::TcpListener, size: u64) {
    loop {
        let Ok((mut sock, _)) = listener.accept().await else { return };
        tokio::spawn(async move {
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") {
                if sock.read(&mut byte).await.unwrap_or(0) == 0 {
                    return;
                }
                head.push(byte[0]);
            }
            let head = String::from_utf8_lossy(&head).to_lowercase();
            let length: u64 = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(0);
            let mut buf = vec![0u8; 64 * 1024];
            if head.starts_with("get") {
                let reply = format!("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: {size}\r\n\r\n");
                sock.write_all(reply.as_bytes()).await.ok();
                let mut left = size;
                while left > 0 {
                    let n = left.min(buf.len() as u64) as usize;
                    if sock.write_all(&buf[..n]).await.is_err() {
                        return;
                    }
                    left -= n as u64;
                }
            } else {
                let mut got = 0u64;
                while got < length {
                    match sock.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => got += n as u64,
                    }
                }
                let body = format!("{{\"ETag\": \"{got}\"}}");
                let reply = format!(
                    "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nx-amz-archive-id: {got}\r\nContent-Length: {}\r\n\r\n{body}",
                    body.len()
                );
                sock.write_all(reply.as_bytes()).await.ok();
            }
        });
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let gib: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1);
    let size = gib << 30;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(serve(listener, size));
    let file = std::env::temp_dir().join(format!("bench-stream-{}", std::process::id()));
    std::fs::File::create(&file).unwrap().set_len(size).unwrap();
    println!("start: peak {:.1} MiB", peak_mib());

    let media = mediastore_data_client::Client::new(
        &mediastore_data_client::Config::builder()
            .region("us-east-1")
            .endpoint_url(&url)
            .credentials(mediastore_data_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .build(),
    );
    let t = Instant::now();
    let put = media
        .put_object(mediastore_data_client::operation::put_object::PutObjectInput::new(
            mediastore_data_client::operation::put_object::PutObjectInputRequired {
                body: mediastore_data_client::primitives::ByteStream::from_path(&file).unwrap(),
                path: "big.bin".into(),
            },
        ))
        .await
        .unwrap();
    assert_eq!(put.e_tag.as_deref(), Some(size.to_string().as_str()), "the server got every byte");
    let secs = t.elapsed().as_secs_f64();
    println!("upload {gib} GiB (unsigned): {secs:.2} s, {:.0} MiB/s, peak {:.1} MiB", (size >> 20) as f64 / secs, peak_mib());

    let glacier = glacier_client::Client::new(
        &glacier_client::Config::builder()
            .region("us-east-1")
            .endpoint_url(&url)
            .credentials(glacier_client::sigv4::Credentials::new("AKID", "SECRET", None))
            .build(),
    );
    let t = Instant::now();
    let archive = glacier
        .upload_archive(
            glacier_client::operation::upload_archive::UploadArchiveInput::new(
                glacier_client::operation::upload_archive::UploadArchiveInputRequired { account_id: "-".into(), vault_name: "v".into() },
            )
            .with_body(glacier_client::primitives::ByteStream::from_path(&file).unwrap()),
        )
        .await
        .unwrap();
    assert_eq!(archive.archive_id.as_deref(), Some(size.to_string().as_str()), "the server got every byte");
    let secs = t.elapsed().as_secs_f64();
    println!("upload {gib} GiB (signed: hashed, then sent): {secs:.2} s, {:.0} MiB/s, peak {:.1} MiB", (size >> 20) as f64 / secs, peak_mib());

    let t = Instant::now();
    let got = media.get_object(mediastore_data_client::operation::get_object::GetObjectInput::new("big.bin")).await.unwrap();
    let written = got.body.unwrap().write_to("/dev/null").await.unwrap();
    assert_eq!(written, size);
    let secs = t.elapsed().as_secs_f64();
    println!("download {gib} GiB to a file: {secs:.2} s, {:.0} MiB/s, peak {:.1} MiB", (size >> 20) as f64 / secs, peak_mib());
    let _ = std::fs::remove_file(&file);
}
EOF
cp "$root/Cargo.lock" "$work/Cargo.lock"
cd "$work"
cargo build --quiet --release -p bench-stream
"$work/target/release/bench-stream" "$gib"
