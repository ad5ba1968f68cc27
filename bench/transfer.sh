#!/usr/bin/env bash
# S3's transfer helpers at scale: a file of N GiB (5 by default) goes up with
# `Client::upload_file` (8 MiB parts, 8 at a time, each an aws-chunked body with signed chunks
# and a CRC-32 trailer, as over plain HTTP) and comes down with `Client::download_file` (8 MiB
# ranges, 8 at a time, written into a new file), through a minimal S3 on 127.0.0.1 in the same
# process. The server decodes every part, checks its CRC-32 trailer against the bytes and keeps
# nothing; it serves zeros, which is what the (sparse) source file holds, and the downloaded
# file is checked to be all zeros. For scale, the same file is copied locally (read and written
# in 8 MiB pieces, not synced, as the download is not) in the same run. Prints times, throughputs and the process's peak resident
# memory (VmHWM, the server's included).
# Usage: bench/transfer.sh [GiB]        (not part of CI: a few minutes after the build; needs
#                                         N GiB free under target/ for the downloaded file)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
gib=${1:-5}
work=$root/target/bench-transfer
rm -rf "$work/crates"
mkdir -p "$work/program/src"

cargo run --quiet --release --manifest-path "$root/Cargo.toml" -p xtask -- check-models --no-compile \
    --only s3 --out "$work/crates" >/dev/null

cat >"$work/Cargo.toml" <<EOF
[workspace]
resolver = "2"
members = ["crates/s3", "program"]
EOF
cat >"$work/program/Cargo.toml" <<EOF
[package]
name = "bench-transfer"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
s3-client = { path = "../crates/s3" }
crc32fast = "1"
base64 = "0.22"
tokio = { version = "1", features = ["macros", "rt-multi-thread", "net", "io-util", "time"] }
EOF
cat >"$work/program/src/main.rs" <<'EOF'
use std::io::{Read, Write};
use std::time::Instant;

use base64::Engine;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

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

/// CPU time of the process so far (user + system), in seconds.
fn cpu_secs() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

/// One connection of the minimal S3: keep-alive requests until the client closes.
async fn connection(sock: tokio::net::TcpStream, size: u64) {
    let mut sock = BufReader::with_capacity(64 * 1024, sock);
    loop {
        let mut head = Vec::new();
        loop {
            let mut line = String::new();
            if sock.read_line(&mut line).await.unwrap_or(0) == 0 {
                return;
            }
            if line == "\r\n" {
                break;
            }
            head.push(line.trim_end().to_string());
        }
        let header = |name: &str| {
            head.iter().find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
            })
        };
        let request_line = head[0].clone();
        let (method, target) = request_line.split_once(' ').unwrap();
        let reply = match method {
            "POST" if target.contains("?uploads") => ok(200, "", "<InitiateMultipartUploadResult><UploadId>u1</UploadId></InitiateMultipartUploadResult>"),
            "PUT" => match part(&mut sock, header("x-amz-trailer")).await {
                Ok(sum) => ok(200, &format!("ETag: \"{sum}\"\r\nx-amz-checksum-crc32: {sum}\r\n"), ""),
                Err(e) => ok(400, "", &format!("<Error><Code>BadDigest</Code><Message>{e}</Message></Error>")),
            },
            "POST" => {
                let n: usize = header("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
                let mut body = vec![0u8; n];
                sock.read_exact(&mut body).await.unwrap();
                ok(200, "", "<CompleteMultipartUploadResult><ETag>\"done\"</ETag></CompleteMultipartUploadResult>")
            }
            "HEAD" => format!("HTTP/1.1 200 OK\r\nContent-Length: {size}\r\nETag: \"e\"\r\n\r\n"),
            "GET" => {
                let range = header("range").unwrap();
                let (a, b) = range.trim_start_matches("bytes=").split_once('-').unwrap();
                let (a, b): (u64, u64) = (a.parse().unwrap(), b.parse().unwrap());
                let head = format!("HTTP/1.1 206 Partial Content\r\nContent-Length: {}\r\nContent-Range: bytes {a}-{b}/{size}\r\nETag: \"e\"\r\n\r\n", b + 1 - a);
                if sock.get_mut().write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let zeros = vec![0u8; 64 * 1024];
                let mut left = b + 1 - a;
                while left > 0 {
                    let n = left.min(zeros.len() as u64) as usize;
                    if sock.get_mut().write_all(&zeros[..n]).await.is_err() {
                        return;
                    }
                    left -= n as u64;
                }
                continue;
            }
            _ => ok(200, "", ""),
        };
        if sock.get_mut().write_all(reply.as_bytes()).await.is_err() {
            return;
        }
    }
}

fn ok(status: u16, headers: &str, body: &str) -> String {
    format!("HTTP/1.1 {status} OK\r\n{headers}Content-Length: {}\r\n\r\n{body}", body.len())
}

/// Reads one aws-chunked part, checks its CRC-32 trailer; the trailer's value.
async fn part<R: AsyncBufReadExt + Unpin>(sock: &mut R, trailer: Option<String>) -> Result<String, String> {
    let mut crc = crc32fast::Hasher::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let mut line = String::new();
        sock.read_line(&mut line).await.map_err(|e| e.to_string())?;
        let size = usize::from_str_radix(line.split(';').next().unwrap().trim(), 16).map_err(|e| e.to_string())?;
        if size == 0 {
            break;
        }
        let mut left = size;
        while left > 0 {
            let n = left.min(buf.len());
            sock.read_exact(&mut buf[..n]).await.map_err(|e| e.to_string())?;
            crc.update(&buf[..n]);
            left -= n;
        }
        let mut crlf = [0u8; 2];
        sock.read_exact(&mut crlf).await.map_err(|e| e.to_string())?;
    }
    let want = base64::engine::general_purpose::STANDARD.encode(crc.finalize().to_be_bytes());
    let mut sent = None;
    loop {
        let mut line = String::new();
        sock.read_line(&mut line).await.map_err(|e| e.to_string())?;
        if line == "\r\n" || line.is_empty() {
            break;
        }
        if let Some(v) = line.trim_end().strip_prefix("x-amz-checksum-crc32:") {
            sent = Some(v.to_string());
        }
    }
    match (trailer.as_deref(), sent) {
        (Some("x-amz-checksum-crc32"), Some(v)) if v == want => Ok(v),
        (_, v) => Err(format!("trailer {v:?}, computed {want}")),
    }
}

fn main() {
    let gib: u64 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(5);
    let dir = std::path::PathBuf::from(std::env::args().nth(2).expect("a scratch folder"));
    let size = gib << 30;
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else { return };
                tokio::spawn(connection(sock, size));
            }
        });
        let source = dir.join("source.bin");
        std::fs::File::create(&source).unwrap().set_len(size).unwrap();
        println!("{gib} GiB; start: peak {:.1} MiB", peak_mib());

        let s3 = s3_client::Client::new(
            &s3_client::Config::builder()
                .region("us-east-1")
                .endpoint_url(&url)
                .credentials(s3_client::sigv4::Credentials::new("AKID", "SECRET", None))
                .build(),
        );
        let config = s3_client::transfer::TransferConfig::default();
        let t = (Instant::now(), cpu_secs());
        let up = s3.upload_file("bucket", "big.bin", &source, &config).await.unwrap();
        assert_eq!(up.bytes, size);
        let (wall, cpu) = (t.0.elapsed().as_secs_f64(), cpu_secs() - t.1);
        println!(
            "upload_file: {} parts, {wall:.2} s wall, {cpu:.2} s CPU (client and server), {:.0} MiB/s, peak {:.1} MiB",
            up.parts.len(),
            (size >> 20) as f64 / wall,
            peak_mib()
        );

        let down = dir.join("down.bin");
        let t = (Instant::now(), cpu_secs());
        assert_eq!(s3.download_file("bucket", "big.bin", &down, &config).await.unwrap(), size);
        let (wall, cpu) = (t.0.elapsed().as_secs_f64(), cpu_secs() - t.1);
        println!("download_file: {wall:.2} s wall, {cpu:.2} s CPU (client and server), {:.0} MiB/s, peak {:.1} MiB", (size >> 20) as f64 / wall, peak_mib());
        let t = (Instant::now(), cpu_secs());
        let mut from = std::fs::File::open(&source).unwrap();
        let mut to = std::fs::File::create(dir.join("copy.bin")).unwrap();
        let mut buf = vec![0u8; 8 << 20];
        loop {
            let n = from.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            to.write_all(&buf[..n]).unwrap();
        }
        drop((to, buf));
        let _ = std::fs::remove_file(dir.join("copy.bin"));
        let (wall, cpu) = (t.0.elapsed().as_secs_f64(), cpu_secs() - t.1);
        println!("local copy (read + write, 8 MiB pieces; neither it nor the download is synced): {wall:.2} s wall, {cpu:.2} s CPU, {:.0} MiB/s", (size >> 20) as f64 / wall);

        let mut file = std::fs::File::open(&down).unwrap();
        let (mut buf, mut total) = (vec![0u8; 8 << 20], 0u64);
        loop {
            let n = file.read(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            assert!(buf[..n].iter().all(|b| *b == 0), "the downloaded file is what was served");
            total += n as u64;
        }
        assert_eq!(total, size);
        let _ = (std::fs::remove_file(&down), std::fs::remove_file(&source));
        println!("end: peak {:.1} MiB", peak_mib());
    });
}
EOF
cp "$root/Cargo.lock" "$work/Cargo.lock"
cd "$work"
cargo build --quiet --release -p bench-transfer
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$work/target/release/bench-transfer" "$gib" "$work"
