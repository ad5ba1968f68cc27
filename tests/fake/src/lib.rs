//! A fake service on 127.0.0.1: real HTTP/1.1 over TCP (or HTTP/2, `start_h2`), scripted
//! replies, every request recorded. Event-stream messages are framed, read and their
//! signatures re-derived here with code of its own, so the runtime is not checked against
//! itself. Bounded: it serves at most `MAX_REQUESTS`, each connection idles out after a few
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
    /// `HTTP/1.1`, or `HTTP/2` from [`FakeServer::start_h2`].
    pub version: &'static str,
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
    event_message_with(headers, &[], payload)
}

/// [`event_message`] with int32 headers after the string ones.
pub fn event_message_with(headers: &[(&str, &str)], ints: &[(&str, i32)], payload: &[u8]) -> Vec<u8> {
    let mut block = Vec::new();
    for (name, value) in headers {
        block.push(name.len() as u8);
        block.extend_from_slice(name.as_bytes());
        block.push(7); // string
        block.extend_from_slice(&(value.len() as u16).to_be_bytes());
        block.extend_from_slice(value.as_bytes());
    }
    for (name, value) in ints {
        block.push(name.len() as u8);
        block.extend_from_slice(name.as_bytes());
        block.push(4); // int32
        block.extend_from_slice(&value.to_be_bytes());
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
        Self::listen(Arc::new(script), |stream, recorded, script| {
            tokio::spawn(serve(stream, recorded, script));
        })
        .await
    }

    /// A server speaking HTTP/2 from the first byte (prior knowledge, no TLS), as a client
    /// speaks it to a plain-HTTP endpoint for the operations AWS serves over HTTP/2 only.
    pub async fn start_h2(script: impl Fn(&Recorded, usize) -> Reply + Send + Sync + 'static) -> FakeServer {
        Self::listen(Arc::new(script), |stream, recorded, script| {
            let service = hyper::service::service_fn(move |req| h2::answer(req, recorded.clone(), script.clone()));
            tokio::spawn(async move {
                let _ = hyper::server::conn::http2::Builder::new(hyper_util::rt::TokioExecutor::new())
                    .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                    .await;
            });
        })
        .await
    }

    /// Accepts connections on a loopback port, each handed to `serve` with the request log.
    async fn listen(
        script: Arc<Script>,
        serve: impl Fn(TcpStream, Arc<Mutex<Vec<Recorded>>>, Arc<Script>) + Send + 'static,
    ) -> FakeServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind loopback");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let recorded = requests.clone();
        let connections = Arc::new(AtomicUsize::new(0));
        let accepted = connections.clone();
        let task = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                accepted.fetch_add(1, Ordering::SeqCst);
                serve(stream, recorded.clone(), script.clone());
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
        let Some(reply) = record_and_reply(req, &recorded, &*script).await else { return };
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

/// Records `req` and runs the script on it, after any delays it asks for; `None` once the
/// server has served `MAX_REQUESTS`.
async fn record_and_reply(req: Recorded, recorded: &Mutex<Vec<Recorded>>, script: &Script) -> Option<Reply> {
    let index = {
        let mut all = recorded.lock().expect("lock");
        if all.len() >= MAX_REQUESTS {
            return None;
        }
        all.push(req.clone());
        all.len() - 1
    };
    let mut reply = script(&req, index);
    while let Reply::Delay(d, inner) = reply {
        tokio::time::sleep(d).await;
        reply = *inner;
    }
    Some(reply)
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
    Some(Recorded { version: "HTTP/1.1", method, path, headers, body })
}

/// The HTTP/2 side: the same script and replies, over hyper's server.
mod h2 {
    use super::*;
    use bytes::Bytes;
    use http_body_util::BodyExt;

    type Body = http_body_util::combinators::BoxBody<Bytes, std::io::Error>;

    pub(crate) async fn answer(
        req: hyper::Request<hyper::body::Incoming>,
        recorded: Arc<Mutex<Vec<Recorded>>>,
        script: Arc<Script>,
    ) -> Result<hyper::Response<Body>, std::io::Error> {
        let (parts, body) = req.into_parts();
        let body = body.collect().await.map_err(std::io::Error::other)?.to_bytes().to_vec();
        let path = parts.uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_default();
        let mut headers: Vec<(String, String)> = parts
            .headers
            .iter()
            .map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
            .collect();
        if let Some(host) = parts.uri.authority() {
            headers.insert(0, ("host".to_string(), host.to_string()));
        }
        let req = Recorded { version: "HTTP/2", method: parts.method.to_string(), path, headers, body };
        let reply = record_and_reply(req, &recorded, &*script).await.unwrap_or(Reply::Reset);
        let (status, headers, body) = match reply {
            Reply::Reset | Reply::Delay(..) => return Err(std::io::Error::other("reset")),
            Reply::Respond { status, headers, body } => {
                let full = http_body_util::Full::new(Bytes::from(body)).map_err(|never| match never {}).boxed();
                (status, headers, full)
            }
            Reply::Stream { status, headers, chunks, end } => (status, headers, streamed(chunks, end)),
        };
        let mut response = hyper::Response::builder().status(status);
        for (k, v) in headers {
            response = response.header(k, v);
        }
        response.body(body).map_err(std::io::Error::other)
    }

    /// A body of `chunks`, a pause between them, ending as `end` says (a cut resets the stream).
    fn streamed(chunks: Vec<Vec<u8>>, end: StreamEnd) -> Body {
        let (tx, rx) = tokio::sync::mpsc::channel::<Result<http_body::Frame<Bytes>, std::io::Error>>(1);
        tokio::spawn(async move {
            for chunk in chunks {
                if tx.send(Ok(http_body::Frame::data(Bytes::from(chunk)))).await.is_err() {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            match end {
                StreamEnd::Finish => {}
                StreamEnd::Cut => {
                    let _ = tx.send(Err(std::io::Error::other("cut"))).await;
                }
                StreamEnd::Stall(d) => tokio::time::sleep(d).await,
            }
        });
        ChannelBody(rx).boxed()
    }

    struct ChannelBody(tokio::sync::mpsc::Receiver<Result<http_body::Frame<Bytes>, std::io::Error>>);

    impl http_body::Body for ChannelBody {
        type Data = Bytes;
        type Error = std::io::Error;

        fn poll_frame(
            mut self: std::pin::Pin<&mut Self>,
            cx: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, std::io::Error>>> {
            self.0.poll_recv(cx)
        }
    }
}

/// A message of an event stream as the fake reads it: string, timestamp and byte-array
/// headers (the kinds requests carry), and the payload.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMessage {
    pub strings: Vec<(String, String)>,
    /// Integer headers of any width.
    pub ints: Vec<(String, i64)>,
    pub timestamps: Vec<(String, i64)>,
    pub bytes: Vec<(String, Vec<u8>)>,
    pub payload: Vec<u8>,
}

impl EventMessage {
    pub fn string(&self, name: &str) -> Option<&str> {
        self.strings.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// Splits `body` into its messages, checking both CRCs of each; written apart from the runtime.
pub fn read_event_messages(mut body: &[u8]) -> Result<Vec<EventMessage>, String> {
    let be32 = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    let mut out = Vec::new();
    while !body.is_empty() {
        if body.len() < 16 {
            return Err(format!("{} bytes left, less than a message", body.len()));
        }
        let (total, headers_len) = (be32(&body[0..]) as usize, be32(&body[4..]) as usize);
        if total > body.len() || total < 16 + headers_len {
            return Err(format!("a message of {total} bytes with {headers_len} of headers"));
        }
        if crc32fast::hash(&body[..8]) != be32(&body[8..])
            || crc32fast::hash(&body[..total - 4]) != be32(&body[total - 4..])
        {
            return Err("a CRC does not match".to_string());
        }
        let mut m = EventMessage {
            strings: vec![],
            ints: vec![],
            timestamps: vec![],
            bytes: vec![],
            payload: body[12 + headers_len..total - 4].to_vec(),
        };
        let mut h = &body[12..12 + headers_len];
        while !h.is_empty() {
            let n = h[0] as usize;
            let name = String::from_utf8_lossy(&h[1..1 + n]).into_owned();
            let kind = h[1 + n];
            h = &h[2 + n..];
            match kind {
                6 | 7 => {
                    let len = u16::from_be_bytes([h[0], h[1]]) as usize;
                    let value = h[2..2 + len].to_vec();
                    h = &h[2 + len..];
                    match kind {
                        6 => m.bytes.push((name, value)),
                        _ => m.strings.push((name, String::from_utf8_lossy(&value).into_owned())),
                    }
                }
                8 => {
                    m.timestamps.push((name, i64::from_be_bytes(h[..8].try_into().expect("8 bytes"))));
                    h = &h[8..];
                }
                2..=5 => {
                    let width = [1, 2, 4, 8][usize::from(kind - 2)];
                    let mut wide = [if h[0] & 0x80 != 0 { 0xff } else { 0 }; 8];
                    wide[8 - width..].copy_from_slice(&h[..width]);
                    m.ints.push((name, i64::from_be_bytes(wide)));
                    h = &h[width..];
                }
                other => return Err(format!("header type {other} in a request")),
            }
        }
        out.push(m);
        body = &body[total..];
    }
    Ok(out)
}

/// Re-derives every `:chunk-signature` of a signed input event stream, chained from `seed`
/// (the request's signature), with the secret key: what AWS checks. Returns the events inside
/// (each message's payload is an event frame), the closing empty message left out.
pub fn verify_signed_events(
    body: &[u8],
    seed: &str,
    secret: &str,
    region: &str,
    service: &str,
) -> Result<Vec<EventMessage>, String> {
    use ring::{digest, hmac};
    let mac = |key: &[u8], data: &[u8]| hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, key), data).as_ref().to_vec();
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let sha = |b: &[u8]| hex(digest::digest(&digest::SHA256, b).as_ref());
    let messages = read_event_messages(body)?;
    let mut prior = seed.to_string();
    let mut events = Vec::new();
    for (i, m) in messages.iter().enumerate() {
        let millis = m
            .timestamps
            .iter()
            .find(|(k, _)| k == ":date")
            .map(|(_, v)| *v)
            .ok_or(format!("message {i} has no :date"))?;
        let given = m
            .bytes
            .iter()
            .find(|(k, _)| k == ":chunk-signature")
            .map(|(_, v)| hex(v))
            .ok_or(format!("message {i} is unsigned"))?;
        let (date, time) = civil(millis / 1000);
        let amz_date = format!("{date}T{time}Z");
        let scope = format!("{date}/{region}/{service}/aws4_request");
        let mut date_header = vec![5u8];
        date_header.extend_from_slice(b":date");
        date_header.push(8);
        date_header.extend_from_slice(&millis.to_be_bytes());
        let to_sign = format!(
            "AWS4-HMAC-SHA256-PAYLOAD\n{amz_date}\n{scope}\n{prior}\n{}\n{}",
            sha(&date_header),
            sha(&m.payload)
        );
        let mut key = mac(format!("AWS4{secret}").as_bytes(), date.as_bytes());
        for part in [region, service, "aws4_request"] {
            key = mac(&key, part.as_bytes());
        }
        let expected = hex(&mac(&key, to_sign.as_bytes()));
        if expected != given {
            return Err(format!("message {i}: signature {given}, expected {expected}"));
        }
        prior = given;
        if i + 1 == messages.len() {
            if !m.payload.is_empty() {
                return Err("the stream does not end with the signed empty message".to_string());
            }
        } else {
            events.extend(read_event_messages(&m.payload)?);
        }
    }
    Ok(events)
}

/// `YYYYMMDD` and `HHMMSS` of a Unix time (civil-from-days, proleptic Gregorian).
fn civil(secs: i64) -> (String, String) {
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (format!("{y:04}{m:02}{d:02}"), format!("{:02}{:02}{:02}", rem / 3600, rem % 3600 / 60, rem % 60))
}
