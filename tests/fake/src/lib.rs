//! A fake service on 127.0.0.1: real HTTP/1.1 over TCP, scripted replies, every request
//! recorded. Bounded: it serves at most `MAX_REQUESTS`, each connection idles out after a few
//! seconds, and it stops when dropped.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const MAX_REQUESTS: usize = 2_000;
const IDLE: Duration = Duration::from_secs(5);

/// A request as the server received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The names `Authorization` lists as signed (lower case, in its order).
    pub fn signed_headers(&self) -> Vec<String> {
        let auth = self.header("authorization").unwrap_or("");
        let list = auth.split("SignedHeaders=").nth(1).and_then(|rest| rest.split(',').next()).unwrap_or("");
        list.split(';').filter(|n| !n.is_empty()).map(str::to_string).collect()
    }

    /// Headers that arrived but were not signed, other than those botocore also leaves unsigned
    /// (`User-Agent`, `Expect`, `X-Amzn-Trace-Id`, `Transfer-Encoding`) and `Authorization`.
    /// Written apart from the runtime's own list, so a header the runtime wrongly skips shows.
    pub fn unsigned_headers(&self) -> Vec<String> {
        const BOTOCORE_SKIPS: &[&str] =
            &["authorization", "user-agent", "expect", "x-amzn-trace-id", "transfer-encoding"];
        let signed = self.signed_headers();
        let mut out: Vec<String> = self
            .headers
            .iter()
            .map(|(k, _)| k.to_ascii_lowercase())
            .filter(|k| !BOTOCORE_SKIPS.contains(&k.as_str()) && !signed.contains(k))
            .collect();
        out.dedup();
        out
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("request body is JSON")
    }
}

/// What the server does with a request.
#[derive(Debug, Clone)]
pub enum Reply {
    /// Answer with this status, headers and body.
    Respond { status: u16, headers: Vec<(String, String)>, body: String },
    /// Answer with this status and headers, then the body in `chunks` (chunked transfer
    /// encoding, a pause between chunks so each arrives in its own read), then `end`.
    Stream { status: u16, headers: Vec<(String, String)>, chunks: Vec<Vec<u8>>, end: StreamEnd },
    /// Close the connection without answering.
    Reset,
    /// Wait, then do the inner reply.
    Delay(Duration, Box<Reply>),
}

/// How a streamed reply ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamEnd {
    /// The final empty chunk: the body is complete.
    Finish,
    /// The connection closes without it, as when a peer drops mid-body.
    Cut,
    /// Nothing more for this long, then the final chunk.
    Stall(Duration),
}

/// One `application/vnd.amazon.eventstream` message with string headers, framed here apart from
/// the runtime's encoder (prelude, prelude CRC, headers, payload, message CRC; big-endian), so a
/// client is tested against frames it did not write.
pub fn event_message(headers: &[(&str, &str)], payload: &[u8]) -> Vec<u8> {
    let mut block = Vec::new();
    for (name, value) in headers {
        block.push(name.len() as u8);
        block.extend_from_slice(name.as_bytes());
        block.push(7); // string
        block.extend_from_slice(&(value.len() as u16).to_be_bytes());
        block.extend_from_slice(value.as_bytes());
    }
    let total = 12 + block.len() + payload.len() + 4;
    let mut out = Vec::with_capacity(total);
    out.extend_from_slice(&(total as u32).to_be_bytes());
    out.extend_from_slice(&(block.len() as u32).to_be_bytes());
    out.extend_from_slice(&crc32fast::hash(&out).to_be_bytes());
    out.extend_from_slice(&block);
    out.extend_from_slice(payload);
    out.extend_from_slice(&crc32fast::hash(&out).to_be_bytes());
    out
}

impl Reply {
    pub fn json(status: u16, body: impl Into<String>) -> Reply {
        Reply::Respond {
            status,
            headers: vec![
                ("Content-Type".into(), "application/x-amz-json-1.0".into()),
                ("x-amzn-RequestId".into(), "11111111-2222-4333-8444-555555555555".into()),
            ],
            body: body.into(),
        }
    }
}

type Script = dyn Fn(&Recorded, usize) -> Reply + Send + Sync;

pub struct FakeServer {
    pub url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl FakeServer {
    /// Starts a server whose replies come from `script(request, index)`.
    pub async fn start(script: impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static) -> FakeServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let script: Arc<Script> = Arc::new(script);
        let recorded = requests.clone();
        let connections = Arc::new(AtomicUsize::new(0));
        let accepted = connections.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                accepted.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(serve(stream, recorded.clone(), script.clone()));
            }
        });
        FakeServer { url, requests, connections, task }
    }

    /// How many TCP connections clients opened.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().expect("lock").clone()
    }
}

impl Drop for FakeServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(mut stream: TcpStream, recorded: Arc<Mutex<Vec<Recorded>>>, script: Arc<Script>) {
    let mut buf = Vec::new();
    loop {
        let Some(req) = read_request(&mut stream, &mut buf).await else { return };
        let index = {
            let mut all = recorded.lock().expect("lock");
            if all.len() >= MAX_REQUESTS {
                return;
            }
            all.push(req.clone());
            all.len() - 1
        };
        let mut reply = script(&req, index);
        while let Reply::Delay(d, inner) = reply {
            tokio::time::sleep(d).await;
            reply = *inner;
        }
        match reply {
            Reply::Reset | Reply::Delay(..) => return,
            Reply::Stream { status, headers, chunks, end } => {
                if stream_reply(&mut stream, status, headers, chunks, end).await.is_err() || end == StreamEnd::Cut {
                    return;
                }
            }
            Reply::Respond { status, headers, body } => {
                let mut head = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\n", body.len());
                for (k, v) in headers {
                    head.push_str(&format!("{k}: {v}\r\n"));
                }
                head.push_str("\r\n");
                if stream.write_all(head.as_bytes()).await.is_err() || stream.write_all(body.as_bytes()).await.is_err()
                {
                    return;
                }
            }
        }
    }
}

async fn stream_reply(
    stream: &mut TcpStream,
    status: u16,
    headers: Vec<(String, String)>,
    chunks: Vec<Vec<u8>>,
    end: StreamEnd,
) -> std::io::Result<()> {
    let mut head = format!("HTTP/1.1 {status} X\r\nTransfer-Encoding: chunked\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    for chunk in chunks {
        stream.write_all(format!("{:x}\r\n", chunk.len()).as_bytes()).await?;
        stream.write_all(&chunk).await?;
        stream.write_all(b"\r\n").await?;
        stream.flush().await?;
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    match end {
        StreamEnd::Cut => Ok(()),
        StreamEnd::Finish => stream.write_all(b"0\r\n\r\n").await,
        StreamEnd::Stall(d) => {
            tokio::time::sleep(d).await;
            stream.write_all(b"0\r\n\r\n").await
        }
    }
}

async fn read_request(stream: &mut TcpStream, buf: &mut Vec<u8>) -> Option<Recorded> {
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let mut chunk = [0u8; 8192];
        let n = tokio::time::timeout(IDLE, stream.read(&mut chunk)).await.ok()?.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let (method, path) = (first.next()?.to_string(), first.next()?.to_string());
    let headers: Vec<(String, String)> =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_string(), v.trim().to_string())).collect();
    let len: usize = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let total = head_end + 4 + len;
    while buf.len() < total {
        let mut chunk = [0u8; 8192];
        let n = tokio::time::timeout(IDLE, stream.read(&mut chunk)).await.ok()?.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let body = buf[head_end + 4..total].to_vec();
    buf.drain(..total);
    Some(Recorded { method, path, headers, body })
}
