//! Event streams at scale: one million events (Bedrock `ConverseStream`-like text deltas) read
//! back through the runtime's receiving end (`stream::events::Receiver` over a file-backed
//! `ByteStream`: 64 KiB reads, frames decoded and CRC-checked, classified by `:message-type`).
//! Then the same file through the typed end a generated client hands out (`EventReceiver`: each
//! event's JSON read into a structure, as generated code does with `event_json`). Prints events
//! per second for each and the process's peak resident memory (VmHWM), which must not grow with
//! the stream: `cargo run --release -p tests --bin eventstream-bench [EVENTS]`.

use std::io::Write;
use std::time::Instant;

use awsgen_runtime::codegen::eventstream::{encode, Header, HeaderValue, Message};
use awsgen_runtime::codegen::{event_json, DeserializeError, EventUnion, FromJson, Reader};
use awsgen_runtime::stream::events::{Received, Receiver};
use awsgen_runtime::stream::{ByteStream, EventReceiver};

/// What generated code reads a `contentBlockDelta` into (its `FromJson` written as the
/// generator writes it).
#[derive(Default)]
struct Delta {
    index: i32,
    text: Option<String>,
}

impl FromJson for Delta {
    fn read(r: &mut Reader<'_>) -> Result<Self, DeserializeError> {
        let mut out = Delta::default();
        r.object(|r, key| {
            match key {
                "contentBlockIndex" => r.set(&mut out.index)?,
                "delta" => {
                    r.object(|r, key| {
                        match key {
                            "text" => out.text = r.member()?,
                            _ => r.skip()?,
                        }
                        Ok(())
                    })?;
                }
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(out)
    }
    fn zero_value() -> Self {
        Delta::default()
    }
}

/// The operation error a stream's exceptions would be (none here).
#[derive(Debug)]
struct Failed(awsgen_runtime::error::Unhandled);

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for Failed {}

impl awsgen_runtime::codegen::OperationError for Failed {
    const ERRORS: &'static awsgen_runtime::codegen::ErrorTable<Self> = &[];
    fn unhandled(unhandled: awsgen_runtime::error::Unhandled) -> Self {
        Failed(unhandled)
    }
}

enum Event {
    Delta(Delta),
    Other,
}

impl EventUnion<Failed> for Event {
    fn event(event_type: &str, message: &Message) -> Result<Self, DeserializeError> {
        Ok(match event_type {
            "contentBlockDelta" => Event::Delta(event_json(message)?),
            _ => Event::Other,
        })
    }
    fn exception(_: &str, _: &Message) -> Option<Result<Failed, DeserializeError>> {
        None
    }
}

/// Peak resident memory so far, in MiB (Linux; 0 elsewhere).
fn peak_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

fn event(i: usize) -> Vec<u8> {
    let string = |name: &str, value: &str| Header { name: name.into(), value: HeaderValue::String(value.into()) };
    let payload =
        format!(r#"{{"contentBlockIndex":0,"delta":{{"text":"token {i} of the answer "}},"p":"abcdefghijkl"}}"#);
    encode(&Message {
        headers: vec![
            string(":event-type", "contentBlockDelta"),
            string(":content-type", "application/json"),
            string(":message-type", "event"),
        ],
        payload: payload.into_bytes(),
    })
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let events: usize = std::env::args().nth(1).map(|n| n.parse()).transpose()?.unwrap_or(1_000_000);
    let path = std::env::temp_dir().join(format!("eventstream-bench-{}", std::process::id()));
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path)?);
    for i in 0..events {
        file.write_all(&event(i))?;
    }
    file.flush()?;
    drop(file);
    let bytes = std::fs::metadata(&path)?.len();
    let before = peak_mib();

    let started = Instant::now();
    let mut receiver = Receiver::new(ByteStream::from_path(&path)?, None);
    let (mut count, mut payload) = (0usize, 0usize);
    while let Some(received) = receiver.recv().await? {
        if let Received::Event { message, .. } = received {
            count += 1;
            payload += message.payload.len();
        }
    }
    let secs = started.elapsed().as_secs_f64();
    assert_eq!(count, events, "every event read back");
    println!(
        "frames: {count} events ({:.1} MiB, {:.1} MiB of payload) in {secs:.2} s: {:.0} events/s, {:.0} MiB/s; peak memory {:.1} MiB (before reading: {before:.1} MiB)",
        bytes as f64 / 1048576.0,
        payload as f64 / 1048576.0,
        count as f64 / secs,
        bytes as f64 / 1048576.0 / secs,
        peak_mib()
    );

    let started = Instant::now();
    let mut typed: EventReceiver<Event, Failed> = EventReceiver::from_body(ByteStream::from_path(&path)?, None);
    let (mut count, mut text) = (0usize, 0usize);
    while let Some(event) = typed.recv().await.map_err(|e| e.to_string())? {
        if let Event::Delta(d) = event {
            count += 1;
            text += d.text.map_or(0, |t| t.len()) + d.index as usize;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    std::fs::remove_file(&path)?;
    assert_eq!(count, events, "every event read back typed");
    println!(
        "typed: {count} events ({:.1} MiB of text) in {secs:.2} s: {:.0} events/s; peak memory {:.1} MiB",
        text as f64 / 1048576.0,
        count as f64 / secs,
        peak_mib()
    );
    Ok(())
}
