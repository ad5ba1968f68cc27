//! The receiving end of an event stream: the messages of a response body, classified by their
//! `:message-type`, as they arrive.
//!
//! Memory stays flat however long the stream runs (one frame and one read at a time), a body cut
//! inside a frame or a bad CRC is an error rather than a hang, and an idle timeout, not a total
//! one, bounds the wait for the next message: a healthy stream may run for hours, a silent one
//! should not hold the caller forever.

use std::fmt;
use std::time::Duration;

use crate::stream::{BoxError, ByteStream};
use crate::wire::eventstream::{Decoder, FrameError, Message};

/// One message of a stream, by kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Received {
    /// An event (`:message-type event`), named by `:event-type`.
    Event {
        /// `:event-type`: which member of the stream's union it is.
        event_type: String,
        /// The message (its payload is the event's body).
        message: Message,
    },
    /// A modeled error sent on the stream (`:message-type exception`), named by
    /// `:exception-type`.
    Exception {
        /// `:exception-type`: which of the stream's errors it is.
        exception_type: String,
        /// The message (its payload is the error's body).
        message: Message,
    },
}

/// Why a stream stopped other than by ending.
#[derive(Debug)]
#[non_exhaustive]
pub enum EventStreamError {
    /// A frame was malformed or cut off.
    Frame(FrameError),
    /// The connection failed while the stream was open.
    Transport(BoxError),
    /// No message arrived for this long.
    Idle(Duration),
    /// The service ended the stream with an error it does not model (`:message-type error`).
    Service {
        /// `:error-code`.
        code: String,
        /// `:error-message`.
        message: Option<String>,
    },
    /// A message of a kind the protocol does not define, or missing the header naming it.
    Unexpected(String),
}

impl fmt::Display for EventStreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventStreamError::Frame(e) => write!(f, "malformed event stream: {e}"),
            EventStreamError::Transport(e) => write!(f, "the event stream's connection failed: {e}"),
            EventStreamError::Idle(after) => write!(f, "no event for {after:?}"),
            EventStreamError::Service { code, message } => match message {
                Some(m) => write!(f, "the service ended the stream: {code}: {m}"),
                None => write!(f, "the service ended the stream: {code}"),
            },
            EventStreamError::Unexpected(what) => write!(f, "unexpected event-stream message: {what}"),
        }
    }
}

impl std::error::Error for EventStreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EventStreamError::Frame(e) => Some(e),
            EventStreamError::Transport(e) => Some(e.as_ref()),
            _ => None,
        }
    }
}

/// The messages of a response body, read as they arrive.
#[derive(Debug)]
pub struct Receiver {
    body: ByteStream,
    decoder: Decoder,
    idle: Option<Duration>,
    /// Once the body ended or failed: nothing more comes.
    done: bool,
}

impl Receiver {
    /// Reads `body`, waiting at most `idle` (when set) for each next message.
    pub fn new(body: ByteStream, idle: Option<Duration>) -> Self {
        Receiver { body, decoder: Decoder::new(), idle, done: false }
    }

    /// The next message; `None` once the stream has ended cleanly. After an error, `None`.
    pub async fn recv(&mut self) -> Result<Option<Received>, EventStreamError> {
        match self.next_message().await {
            Ok(Some(m)) => classify(m).inspect_err(|_| self.done = true).map(Some),
            Ok(None) => Ok(None),
            Err(e) => {
                self.done = true;
                Err(e)
            }
        }
    }

    async fn next_message(&mut self) -> Result<Option<Message>, EventStreamError> {
        loop {
            if self.done {
                return Ok(None);
            }
            if let Some(m) = self.decoder.next_message().map_err(EventStreamError::Frame)? {
                return Ok(Some(m));
            }
            let chunk = match self.idle {
                Some(limit) => match tokio::time::timeout(limit, self.body.next()).await {
                    Ok(chunk) => chunk,
                    Err(_) => return Err(EventStreamError::Idle(limit)),
                },
                None => self.body.next().await,
            };
            match chunk {
                Some(Ok(bytes)) => self.decoder.push(&bytes),
                Some(Err(e)) => return Err(EventStreamError::Transport(e)),
                None => {
                    self.done = true;
                    self.decoder.finish().map_err(EventStreamError::Frame)?;
                    return Ok(None);
                }
            }
        }
    }
}

fn classify(message: Message) -> Result<Received, EventStreamError> {
    let header = |name: &str| message.string_header(name).map(str::to_string);
    match message.string_header(":message-type") {
        Some("event") => match header(":event-type") {
            Some(event_type) => Ok(Received::Event { event_type, message }),
            None => Err(EventStreamError::Unexpected("an event without :event-type".to_string())),
        },
        Some("exception") => match header(":exception-type") {
            Some(exception_type) => Ok(Received::Exception { exception_type, message }),
            None => Err(EventStreamError::Unexpected("an exception without :exception-type".to_string())),
        },
        Some("error") => Err(EventStreamError::Service {
            code: header(":error-code").unwrap_or_else(|| "unknown".to_string()),
            message: header(":error-message"),
        }),
        Some(other) => Err(EventStreamError::Unexpected(format!(":message-type {other}"))),
        None => Err(EventStreamError::Unexpected("a message without :message-type".to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::eventstream::{encode, Header, HeaderValue};
    use bytes::Bytes;
    use http_body_util::BodyExt;

    fn message(kind: &str, name_header: &str, name: &str, payload: &[u8]) -> Vec<u8> {
        let string = |n: &str, v: &str| Header { name: n.to_string(), value: HeaderValue::String(v.to_string()) };
        encode(&Message {
            headers: vec![string(":message-type", kind), string(name_header, name)],
            payload: payload.to_vec(),
        })
    }

    /// A body that yields `chunks` one at a time, then ends (or fails, or stalls).
    fn body(chunks: Vec<Vec<u8>>, end: End) -> ByteStream {
        let (tx, rx) = tokio::sync::mpsc::channel::<Result<http_body::Frame<Bytes>, BoxError>>(4);
        tokio::spawn(async move {
            for c in chunks {
                let _ = tx.send(Ok(http_body::Frame::data(Bytes::from(c)))).await;
            }
            match end {
                End::Clean => {}
                End::Reset => {
                    let _ = tx.send(Err("connection reset".into())).await;
                }
                End::Stall => {
                    tokio::time::sleep(Duration::from_secs(3600)).await;
                    drop(tx);
                }
            }
        });
        ByteStream::from_body(ChannelBody(rx).boxed_unsync(), None)
    }

    #[derive(Clone, Copy)]
    enum End {
        Clean,
        Reset,
        Stall,
    }

    /// A body whose frames come from a channel.
    struct ChannelBody(tokio::sync::mpsc::Receiver<Result<http_body::Frame<Bytes>, BoxError>>);

    impl http_body::Body for ChannelBody {
        type Data = Bytes;
        type Error = BoxError;

        fn poll_frame(
            mut self: std::pin::Pin<&mut Self>,
            cx: &mut std::task::Context<'_>,
        ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, BoxError>>> {
            self.0.poll_recv(cx)
        }
    }

    #[tokio::test]
    async fn events_split_anywhere_arrive_whole_and_in_order() {
        let mut bytes = message("event", ":event-type", "chunk", b"hello");
        bytes.extend(message("exception", ":exception-type", "ThrottlingException", b"{}"));
        bytes.extend(message("event", ":event-type", "end", b""));
        let chunks: Vec<Vec<u8>> = bytes.chunks(7).map(<[u8]>::to_vec).collect();
        let mut rx = Receiver::new(body(chunks, End::Clean), None);
        let first = rx.recv().await.expect("valid").expect("an event");
        assert!(
            matches!(&first, Received::Event { event_type, message } if event_type == "chunk" && message.payload == b"hello")
        );
        let second = rx.recv().await.expect("valid").expect("an exception");
        assert!(
            matches!(&second, Received::Exception { exception_type, .. } if exception_type == "ThrottlingException")
        );
        assert!(matches!(rx.recv().await, Ok(Some(Received::Event { .. }))));
        assert!(rx.recv().await.expect("a clean end").is_none());
        assert!(rx.recv().await.expect("still ended").is_none());
    }

    #[tokio::test]
    async fn a_cut_a_reset_a_silence_and_a_stream_error_end_the_stream() {
        let frame = message("event", ":event-type", "chunk", b"hello");
        let mut rx = Receiver::new(body(vec![frame[..frame.len() - 3].to_vec()], End::Clean), None);
        assert!(matches!(rx.recv().await, Err(EventStreamError::Frame(FrameError::Truncated { .. }))));
        assert!(matches!(rx.recv().await, Ok(None)), "nothing after an error");

        let mut rx = Receiver::new(body(vec![frame[..5].to_vec()], End::Reset), None);
        assert!(matches!(rx.recv().await, Err(EventStreamError::Transport(_))));

        let mut rx = Receiver::new(body(vec![frame.clone()], End::Stall), Some(Duration::from_millis(50)));
        assert!(matches!(rx.recv().await, Ok(Some(_))));
        assert!(matches!(rx.recv().await, Err(EventStreamError::Idle(_))));

        let error = encode(&Message {
            headers: vec![
                Header { name: ":message-type".into(), value: HeaderValue::String("error".into()) },
                Header { name: ":error-code".into(), value: HeaderValue::String("InternalFailure".into()) },
                Header { name: ":error-message".into(), value: HeaderValue::String("boom".into()) },
            ],
            payload: vec![],
        });
        let mut rx = Receiver::new(body(vec![error], End::Clean), None);
        let e = rx.recv().await.expect_err("a stream error");
        assert_eq!(e.to_string(), "the service ended the stream: InternalFailure: boom");

        let mut corrupt = frame;
        let last = corrupt.len() - 1;
        corrupt[last] ^= 1;
        let mut rx = Receiver::new(body(vec![corrupt], End::Clean), None);
        assert!(matches!(rx.recv().await, Err(EventStreamError::Frame(FrameError::MessageCrcMismatch { .. }))));
    }
}
