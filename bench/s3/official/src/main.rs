//! S3 with the official SDK: one ListObjectsV2 call (what a program using S3 costs to build),
//! or, for bench/s3.sh, `calls N` (N ListObjectsV2 calls, timed) and `upload PATH` (one
//! PutObject from a file, timed), against `AWS_ENDPOINT_URL` with path-style addressing.

use std::time::Instant;

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
    let config = aws_config::load_from_env().await;
    let s3 = aws_sdk_s3::Client::from_conf(aws_sdk_s3::config::Builder::from(&config).force_path_style(true).build());
    match args.get(1).map(String::as_str) {
        Some("calls") => {
            let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
            let (start, cpu) = (Instant::now(), cpu_secs());
            for _ in 0..n {
                let out = s3.list_objects_v2().bucket("bench").send().await.expect("call succeeds");
                assert_eq!(out.contents().len(), 100);
            }
            let (wall, cpu) = (start.elapsed().as_secs_f64(), cpu_secs() - cpu);
            println!("official: {n} ListObjectsV2 calls, {:.1} µs wall, {:.1} µs CPU per call", wall * 1e6 / n as f64, cpu * 1e6 / n as f64);
        }
        Some("upload") => {
            let path = args.get(2).expect("a file");
            let size = std::fs::metadata(path).expect("the file").len();
            let (start, cpu) = (Instant::now(), cpu_secs());
            let body = aws_sdk_s3::primitives::ByteStream::from_path(path).await.expect("opens");
            s3.put_object().bucket("bench").key("big.bin").body(body).send().await.expect("uploads");
            let (wall, cpu) = (start.elapsed().as_secs_f64(), cpu_secs() - cpu);
            println!("official: PutObject of {} MiB from a file, {wall:.2} s wall, {cpu:.2} s CPU, {:.0} MiB/s", size >> 20, (size >> 20) as f64 / wall);
        }
        _ => match s3.list_objects_v2().bucket("bench").send().await {
            Ok(o) => println!("{} objects", o.contents().len()),
            Err(e) => println!("error: {e}"),
        },
    }
}
