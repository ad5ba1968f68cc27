//! The sending end of an input event stream: what an operation's input holds in its stream
//! member. The caller pushes typed events through an [`EventSender`] while the call runs; each
//! becomes one message, signed on the way out (`STREAMING-AWS4-HMAC-SHA256-EVENTS`: each
//! message's signature chained on the previous one's, the first on the request's), and the
//! stream ends, once every sender is dropped, with the signed empty message.

use std::fmt;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body, Frame};

use super::BoxError;
use crate::wire::eventstream::Message;

/// What a generated input event-stream enum implements: the message each event is.
pub trait ToEvent {
    /// The event as a message: `:message-type`, `:event-type`, `:content-type` and any
    /// `@eventHeader` members as headers, the rest as the payload.
    fn to_message(&self) -> Message;
}

/// The events of an input stream, as the input holds them. Clones share the stream: the
/// first call that sends it takes it.
pub struct EventInput<T> {
    source: Arc<Mutex<Option<tokio::sync::mpsc::Receiver<T>>>>,
}

/// Pushes events into an [`EventInput`]'s stream while its call runs. Dropping every sender
/// ends the stream.
#[derive(Debug)]
pub struct EventSender<T> {
    tx: tokio::sync::mpsc::Sender<T>,
}

/// The stream's receiving side is gone: the call ended (or was never made).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamClosed;

impl fmt::Display for StreamClosed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the event stream's call has ended")
    }
}

impl std::error::Error for StreamClosed {}

impl<T> Clone for EventSender<T> {
    fn clone(&self) -> Self {
        EventSender { tx: self.tx.clone() }
    }
}

impl<T: Send> EventSender<T> {
    /// Sends `event`, waiting while `capacity` events are already queued.
    pub async fn send(&self, event: T) -> Result<(), StreamClosed> {
        self.tx.send(event).await.map_err(|_| StreamClosed)
    }
}

impl<T> EventInput<T> {
    /// A stream fed by the returned sender, queueing at most `capacity` events (at least 1).
    pub fn channel(capacity: usize) -> (EventInput<T>, EventSender<T>) {
        let (tx, rx) = tokio::sync::mpsc::channel(capacity.max(1));
        (EventInput { source: Arc::new(Mutex::new(Some(rx))) }, EventSender { tx })
    }

    /// A stream of `events`, then its end.
    pub fn from_events(events: impl IntoIterator<Item = T>) -> Self {
        let events: Vec<T> = events.into_iter().collect();
        let (tx, rx) = tokio::sync::mpsc::channel(events.len().max(1));
        for e in events {
            // The channel holds them all: it was made as large.
            let _ = tx.try_send(e);
        }
        EventInput { source: Arc::new(Mutex::new(Some(rx))) }
    }
}

impl<T: ToEvent + Send + 'static> EventInput<T> {
    /// The stream as a request body of unsigned frames (the client signs them as it sends).
    #[doc(hidden)]
    pub fn to_byte_stream(&self) -> super::ByteStream {
        self.to_byte_stream_after(None)
    }

    /// [`to_byte_stream`](Self::to_byte_stream) whose first message is `first` (an RPC
    /// protocol's `initial-request`, the input's other members).
    #[doc(hidden)]
    pub fn to_byte_stream_after(&self, first: Option<Message>) -> super::ByteStream {
        let rx = self.source.lock().unwrap_or_else(|p| p.into_inner()).take();
        let first = first.map(|m| crate::wire::eventstream::encode(&m));
        super::ByteStream::from_events(Box::new(Frames { first, rx }))
    }
}

/// A request body's event frames, one per event, unsigned.
pub(crate) trait FrameSource: Send {
    fn poll_frame(&mut self, cx: &mut Context<'_>) -> Poll<Option<Vec<u8>>>;
}

struct Frames<T> {
    /// The frame before the events, if any.
    first: Option<Vec<u8>>,
    /// `None` when the stream was sent already: it is empty.
    rx: Option<tokio::sync::mpsc::Receiver<T>>,
}

impl<T: ToEvent + Send> FrameSource for Frames<T> {
    fn poll_frame(&mut self, cx: &mut Context<'_>) -> Poll<Option<Vec<u8>>> {
        if let Some(first) = self.first.take() {
            return Poll::Ready(Some(first));
        }
        match &mut self.rx {
            None => Poll::Ready(None),
            Some(rx) => rx.poll_recv(cx).map(|e| e.map(|e| crate::wire::eventstream::encode(&e.to_message()))),
        }
    }
}

/// Signs what it sends: each frame wrapped in a message carrying `:date` and
/// `:chunk-signature`, then the signed empty message.
pub(crate) struct SignedBody {
    frames: Box<dyn FrameSource>,
    signer: Option<Signer>,
    ended: bool,
}

pub(crate) struct Signer {
    pub(crate) prior: String,
    pub(crate) credentials: crate::sigv4::Credentials,
    pub(crate) region: String,
    pub(crate) service: String,
}

impl SignedBody {
    /// `signer` is `None` for an unsigned call: the frames go as they are.
    pub(crate) fn new(frames: Box<dyn FrameSource>, signer: Option<Signer>) -> Self {
        SignedBody { frames, signer, ended: false }
    }

    fn wrap(&mut self, frame: &[u8]) -> Vec<u8> {
        match &mut self.signer {
            None => frame.to_vec(),
            Some(s) => {
                let scope =
                    crate::sigv4::SigningScope { region: &s.region, service: &s.service, time: crate::DateTime::now() };
                let signed = crate::sigv4::sign_event(frame, &s.prior, &s.credentials, &scope);
                s.prior = signed.signature;
                crate::wire::eventstream::encode(&signed.message)
            }
        }
    }
}

impl Body for SignedBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        if this.ended {
            return Poll::Ready(None);
        }
        match this.frames.poll_frame(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(Some(frame)) => Poll::Ready(Some(Ok(Frame::data(Bytes::from(this.wrap(&frame)))))),
            Poll::Ready(None) => {
                this.ended = true;
                match this.signer.is_some() {
                    true => Poll::Ready(Some(Ok(Frame::data(Bytes::from(this.wrap(&[])))))),
                    false => Poll::Ready(None),
                }
            }
        }
    }
}

impl<T> Clone for EventInput<T> {
    /// Shares the stream (see the type's docs).
    fn clone(&self) -> Self {
        EventInput { source: self.source.clone() }
    }
}

impl<T> Default for EventInput<T> {
    /// A stream without events.
    fn default() -> Self {
        EventInput { source: Arc::new(Mutex::new(None)) }
    }
}

/// A stream equals only itself and its clones.
impl<T> PartialEq for EventInput<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.source, &other.source)
    }
}

/// Never shows events: they may hold sensitive values.
impl<T> fmt::Debug for EventInput<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EventInput")
    }
}

/// A stream is never part of a JSON document; these exist so an input holding one has the
/// JSON form every structure has, for tests: written as `null`, read as an empty stream.
impl<T> crate::json::ToJson for EventInput<T> {
    fn write(&self, w: &mut crate::json::Writer) {
        w.raw("null")
    }
}

impl<T> crate::json::FromJson for EventInput<T> {
    fn read(r: &mut crate::json::Reader<'_>) -> Result<Self, crate::json::DeserializeError> {
        r.skip()?;
        Ok(Self::default())
    }
    fn zero_value() -> Self {
        Self::default()
    }
}

/// Events are checked by the service; the stream has nothing to check before it is sent.
impl<T> crate::validate::Validate for EventInput<T> {}

/// An event message: its kind and name headers, the payload's content type, the payload.
pub fn event_message(event_type: &str, content_type: &str, payload: Vec<u8>) -> Message {
    use crate::wire::eventstream::{Header, HeaderValue};
    let string =
        |name: &str, value: &str| Header { name: name.to_string(), value: HeaderValue::String(value.to_string()) };
    Message {
        headers: vec![
            string(":message-type", "event"),
            string(":event-type", event_type),
            string(":content-type", content_type),
        ],
        payload,
    }
}

/// An RPC protocol's first message of an input stream: the input's other members as JSON.
pub fn initial_request(json: Vec<u8>) -> Message {
    event_message("initial-request", "application/json", json)
}

/// Adds an `@eventHeader` member's value to `message`.
pub fn push_event_header<V: ToHeader + ?Sized>(message: &mut Message, name: &str, value: &V) {
    message.headers.push(crate::wire::eventstream::Header { name: name.to_string(), value: value.to_header() });
}

/// The types an event header holds.
pub trait ToHeader {
    /// The header value.
    fn to_header(&self) -> crate::wire::eventstream::HeaderValue;
}

impl ToHeader for str {
    fn to_header(&self) -> crate::wire::eventstream::HeaderValue {
        crate::wire::eventstream::HeaderValue::String(self.to_string())
    }
}

impl ToHeader for String {
    fn to_header(&self) -> crate::wire::eventstream::HeaderValue {
        self.as_str().to_header()
    }
}

impl ToHeader for bool {
    fn to_header(&self) -> crate::wire::eventstream::HeaderValue {
        crate::wire::eventstream::HeaderValue::Bool(*self)
    }
}

impl ToHeader for i8 {
    fn to_header(&self) -> crate::wire::eventstream::HeaderValue {
        crate::wire::eventstream::HeaderValue::Byte(*self)
    }
}

impl ToHeader for i16 {
    fn to_header(&self) -> crate::wire::eventstream::HeaderValue {
        crate::wire::eventstream::HeaderValue::Short(*self)
    }
}

impl ToHeader for i32 {
    fn to_header(&self) -> crate::wire::eventstream::HeaderValue {
        crate::wire::eventstream::HeaderValue::Int(*self)
    }
}

impl ToHeader for i64 {
    fn to_header(&self) -> crate::wire::eventstream::HeaderValue {
        crate::wire::eventstream::HeaderValue::Long(*self)
    }
}

impl ToHeader for crate::primitives::Blob {
    fn to_header(&self) -> crate::wire::eventstream::HeaderValue {
        crate::wire::eventstream::HeaderValue::ByteArray(self.as_bytes().to_vec())
    }
}

impl ToHeader for crate::primitives::DateTime {
    fn to_header(&self) -> crate::wire::eventstream::HeaderValue {
        let millis = self.secs().saturating_mul(1000).saturating_add(i64::from(self.subsec_nanos() / 1_000_000));
        crate::wire::eventstream::HeaderValue::Timestamp(millis)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::eventstream::{decode, HeaderValue};

    struct Text(&'static str);

    impl ToEvent for Text {
        fn to_message(&self) -> Message {
            event_message("text", "text/plain", self.0.as_bytes().to_vec())
        }
    }

    async fn collect(stream: super::super::ByteStream) -> Vec<Message> {
        let bytes = stream.collect().await.expect("a body");
        let mut d = crate::wire::eventstream::Decoder::new();
        d.push(&bytes);
        std::iter::from_fn(|| d.next_message().expect("valid frames")).collect()
    }

    #[tokio::test]
    async fn each_message_is_signed_on_the_one_before_and_the_stream_ends_signed_and_empty() {
        let input = EventInput::from_events([Text("a"), Text("b")]);
        let signer = Signer {
            prior: "seed".to_string(),
            credentials: crate::sigv4::Credentials::new("AKID", "SECRET", None),
            region: "us-east-1".to_string(),
            service: "polly".to_string(),
        };
        let body = input.to_byte_stream().signed_events(Some(signer)).expect("an event stream").expect("not sent yet");
        let messages = collect(body).await;
        assert_eq!(messages.len(), 3, "two events and the end");
        let mut prior = "seed".to_string();
        for (m, expected) in messages.iter().zip([&b"a"[..], b"b", b""]) {
            let Some(HeaderValue::Timestamp(ms)) = m.header(":date") else { panic!("no :date") };
            let Some(HeaderValue::ByteArray(sig)) = m.header(":chunk-signature") else { panic!("unsigned") };
            let scope = crate::sigv4::SigningScope {
                region: "us-east-1",
                service: "polly",
                time: crate::DateTime::from_secs(ms / 1000),
            };
            let again = crate::sigv4::sign_event(
                &m.payload,
                &prior,
                &crate::sigv4::Credentials::new("AKID", "SECRET", None),
                &scope,
            );
            assert_eq!(crate::sigv4::hex(sig), again.signature);
            let inner = if m.payload.is_empty() { None } else { Some(decode(&m.payload).expect("a frame")) };
            assert_eq!(inner.map(|i| i.payload).unwrap_or_default(), expected);
            prior = again.signature;
        }
        // One-shot: a second send finds the stream gone.
        assert!(input
            .to_byte_stream()
            .signed_events(None)
            .expect("an event stream")
            .expect("a body")
            .collect()
            .await
            .unwrap()
            .is_empty());
    }

    #[tokio::test]
    async fn a_sender_feeds_the_stream_until_dropped() {
        let (input, sender) = EventInput::channel(1);
        let body = input.to_byte_stream();
        let feeding = tokio::spawn(async move {
            for t in ["x", "y"] {
                sender.send(Text(t)).await.unwrap();
            }
        });
        let messages = collect(body.signed_events(None).unwrap().unwrap()).await;
        feeding.await.unwrap();
        let texts: Vec<_> = messages.iter().map(|m| m.payload.clone()).collect();
        assert_eq!(texts, [b"x".to_vec(), b"y".to_vec()], "unsigned: the frames as they are, no closing message");
    }
}
