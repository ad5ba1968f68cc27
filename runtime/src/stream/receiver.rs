//! The typed end of an output event stream: what an operation's output holds in its stream
//! member. Each `recv` gives the next event as the stream's generated enum, a modeled exception
//! as the operation's typed error, and the end of the stream as `None`.
//!
//! Errors are the operation's own [`Error`], so `?` works as on the call itself: a modeled or
//! unmodeled exception is `Error::Service`, a malformed frame or event `Error::Response`, a
//! failed connection `Error::Dispatch`, and the idle timeout (`TimeoutConfig::stream_idle`)
//! `Error::Timeout`. Nothing comes after an error.

use std::collections::VecDeque;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::events::{EventStreamError, Received, Receiver};
use super::ByteStream;
use crate::error::{Error, OperationError, ResponseError, TimeoutError, Unhandled};
use crate::json::DeserializeError;
use crate::wire::eventstream::{HeaderValue, Message};

/// What a generated event-stream enum implements, for the error type of each operation that
/// returns it.
pub trait EventUnion<E>: Sized {
    /// The event named `event_type`; a name the enum does not know gives its `Unknown`.
    fn event(event_type: &str, message: &Message) -> Result<Self, DeserializeError>;

    /// The modeled exception named `exception_type`, or `None` when the stream declares none
    /// by that name.
    fn exception(exception_type: &str, message: &Message) -> Option<Result<E, DeserializeError>>;
}

/// The events of a stream, received one at a time with [`recv`](Self::recv).
///
/// Clones share the stream: whichever clone receives first takes it, and the others then see
/// an ended stream. Build one from events with [`from_events`](Self::from_events) to test
/// code that reads a stream.
pub struct EventReceiver<T, E> {
    shared: Arc<Mutex<Option<Source<T, E>>>>,
    own: Option<Source<T, E>>,
    ended: bool,
}

enum Source<T, E> {
    /// The body's messages, after the one already read (an RPC stream's first, when it is not
    /// the initial response).
    Wire(Box<Receiver>, Option<Received>),
    Items(VecDeque<Result<T, E>>),
}

/// The HTTP status a stream's messages arrived under: every event stream is a 200 response.
const STREAM_STATUS: u16 = 200;

impl<T, E> EventReceiver<T, E> {
    /// A stream of `items`, in order: each `Ok` an event, an `Err` the stream's error (the
    /// stream ends there), as a service would send them. For tests and mocks.
    pub fn from_events(items: impl IntoIterator<Item = Result<T, E>>) -> Self {
        Self::with(Source::Items(items.into_iter().collect()))
    }

    /// The stream of a response body, waiting at most `idle` (when set) for each message.
    #[doc(hidden)]
    pub fn from_body(body: ByteStream, idle: Option<Duration>) -> Self {
        Self::with(Source::Wire(Box::new(Receiver::new(body, idle)), None))
    }

    /// The rest of a stream of which `first` was read already.
    pub(crate) fn resume(rx: Receiver, first: Option<Received>) -> Self {
        Self::with(Source::Wire(Box::new(rx), first))
    }

    fn with(source: Source<T, E>) -> Self {
        EventReceiver { shared: Arc::new(Mutex::new(Some(source))), own: None, ended: false }
    }

    fn source(&mut self) -> Option<&mut Source<T, E>> {
        if self.own.is_none() && !self.ended {
            // A poisoned lock only means another clone panicked while taking it.
            self.own = self.shared.lock().unwrap_or_else(|p| p.into_inner()).take();
            self.ended = self.own.is_none();
        }
        self.own.as_mut()
    }
}

impl<T: EventUnion<E>, E: OperationError> EventReceiver<T, E> {
    /// The next event; `None` once the stream has ended.
    pub async fn recv(&mut self) -> Result<Option<T>, Error<E>> {
        let next = match self.source() {
            None => return Ok(None),
            Some(Source::Items(items)) => match items.pop_front() {
                None => Ok(None),
                Some(Ok(event)) => Ok(Some(event)),
                Some(Err(error)) => Err(service(error, None)),
            },
            Some(Source::Wire(_, first @ Some(_))) => typed(Ok(first.take())),
            Some(Source::Wire(rx, None)) => typed(rx.recv().await),
        };
        match &next {
            Ok(Some(_)) => {}
            _ => {
                self.own = None;
                self.ended = true;
            }
        }
        next
    }
}

fn typed<T: EventUnion<E>, E: OperationError>(
    received: Result<Option<Received>, EventStreamError>,
) -> Result<Option<T>, Error<E>> {
    match received {
        Ok(None) => Ok(None),
        Ok(Some(Received::Event { event_type, message })) => T::event(&event_type, &message)
            .map(Some)
            .map_err(|e| unreadable(format!("the `{event_type}` event does not match the model"), Box::new(e))),
        Ok(Some(Received::Exception { exception_type, message })) => {
            Err(match T::exception(&exception_type, &message) {
                Some(Ok(error)) => service(error, None),
                Some(Err(e)) => {
                    unreadable(format!("the `{exception_type}` exception does not match the model"), Box::new(e))
                }
                None => {
                    let text = crate::json::read::<ExceptionMessage>(&message.payload).and_then(|m| m.0);
                    service(E::unhandled(Unhandled::new(Some(exception_type), text, Some(STREAM_STATUS), None)), None)
                }
            })
        }
        Err(e) => Err(stream_error(e)),
    }
}

/// A stream that stopped other than by ending, as the operation's error.
pub(crate) fn stream_error<E: OperationError>(e: EventStreamError) -> Error<E> {
    match e {
        EventStreamError::Service { code, message } => {
            service(E::unhandled(Unhandled::new(Some(code), message, Some(STREAM_STATUS), None)), None)
        }
        EventStreamError::Idle(after) => Error::Timeout(TimeoutError { what: "waiting for the next event", after }),
        EventStreamError::Transport(e) => {
            Error::Dispatch(crate::http::HttpError::new(crate::http::HttpErrorKind::Io, e))
        }
        EventStreamError::Frame(e) => unreadable("malformed event stream".to_string(), Box::new(e)),
        e @ EventStreamError::Unexpected(_) => unreadable(e.to_string(), Box::new(e)),
    }
}

fn service<E>(error: E, request_id: Option<String>) -> Error<E> {
    Error::Service { error, status: STREAM_STATUS, request_id }
}

fn unreadable<E>(message: String, source: Box<dyn std::error::Error + Send + Sync>) -> Error<E> {
    let mut e = ResponseError::new(STREAM_STATUS, None, message);
    e.source = Some(source);
    Error::Response(e)
}

/// The `message` (or `Message`) of an exception the stream does not model.
struct ExceptionMessage(Option<String>);

impl crate::json::FromJson for ExceptionMessage {
    fn read(r: &mut crate::json::Reader<'_>) -> Result<Self, DeserializeError> {
        let mut text = None;
        r.object(|r, key| {
            match key {
                "message" | "Message" => text = r.member()?,
                _ => r.skip()?,
            }
            Ok(())
        })?;
        Ok(ExceptionMessage(text))
    }
    fn zero_value() -> Self {
        ExceptionMessage(None)
    }
}

impl<T, E> Clone for EventReceiver<T, E> {
    /// Shares the stream (see the type's docs).
    fn clone(&self) -> Self {
        EventReceiver { shared: self.shared.clone(), own: None, ended: false }
    }
}

impl<T, E> Default for EventReceiver<T, E> {
    /// A stream that has ended.
    fn default() -> Self {
        EventReceiver { shared: Arc::new(Mutex::new(None)), own: None, ended: true }
    }
}

/// A stream equals only itself and its clones.
impl<T, E> PartialEq for EventReceiver<T, E> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.shared, &other.shared)
    }
}

/// Never shows events: they may hold sensitive values.
impl<T, E> fmt::Debug for EventReceiver<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EventReceiver")
    }
}

/// A stream is never part of a JSON document; these exist so an output holding one has the
/// JSON form every structure has, for tests: written as `null`, read as an ended stream.
impl<T, E> crate::json::ToJson for EventReceiver<T, E> {
    fn write(&self, w: &mut crate::json::Writer) {
        w.raw("null")
    }
}

impl<T, E> crate::json::FromJson for EventReceiver<T, E> {
    fn read(r: &mut crate::json::Reader<'_>) -> Result<Self, DeserializeError> {
        r.skip()?;
        Ok(Self::default())
    }
    fn zero_value() -> Self {
        Self::default()
    }
}

/// The client checks what it sends; a received stream has nothing to check.
impl<T, E> crate::validate::Validate for EventReceiver<T, E> {}

/// An event's payload as JSON: the event structure's unbound members, or its `@eventPayload`
/// structure. An empty payload is an empty object.
pub fn event_json<T: crate::json::FromJson>(message: &Message) -> Result<T, DeserializeError> {
    match message.payload.is_empty() {
        true => T::from_slice(b"{}"),
        false => T::from_slice(&message.payload),
    }
}

/// An event's payload as XML (restXml): the `@eventPayload` structure, or the event
/// structure's unbound members. An empty payload is the type's zero value.
pub fn event_xml<T: crate::wire::xml::FromXml>(message: &Message) -> Result<T, DeserializeError> {
    Ok(crate::wire::xml::payload::<T>(&message.payload)?.unwrap_or_else(T::zero_value))
}

/// An `@eventPayload` string: the payload's text.
pub fn event_text(message: &Message) -> Result<String, DeserializeError> {
    String::from_utf8(message.payload.clone()).map_err(|_| DeserializeError::new("UTF-8 text", "other bytes"))
}

/// An `@eventPayload` blob: the payload's bytes.
pub fn event_blob(message: &Message) -> crate::primitives::Blob {
    crate::primitives::Blob::new(message.payload.clone())
}

/// An event the enum does not know, kept with its name and its payload when that is JSON.
pub fn unknown_event(event_type: &str, message: &Message) -> crate::primitives::UnknownVariant {
    let value = serde_json::from_slice(&message.payload).unwrap_or(serde_json::Value::Null);
    crate::primitives::UnknownVariant::new(event_type, value)
}

/// An `@eventHeader` member's value: `None` when the message does not carry the header.
pub fn event_header<V: FromHeader>(message: &Message, name: &str) -> Result<Option<V>, DeserializeError> {
    message.header(name).map(V::from_header).transpose().map_err(|e| e.in_member(name))
}

/// The types an event header holds.
pub trait FromHeader: Sized {
    /// The value, or an error naming the header type found.
    fn from_header(value: &HeaderValue) -> Result<Self, DeserializeError>;
}

fn header_kind(value: &HeaderValue) -> &'static str {
    match value {
        HeaderValue::Bool(_) => "a boolean header",
        HeaderValue::Byte(_) | HeaderValue::Short(_) | HeaderValue::Int(_) | HeaderValue::Long(_) => {
            "an integer header"
        }
        HeaderValue::ByteArray(_) => "a byte-array header",
        HeaderValue::String(_) => "a string header",
        HeaderValue::Timestamp(_) => "a timestamp header",
        HeaderValue::Uuid(_) => "a UUID header",
    }
}

impl FromHeader for bool {
    fn from_header(value: &HeaderValue) -> Result<Self, DeserializeError> {
        match value {
            HeaderValue::Bool(b) => Ok(*b),
            other => Err(DeserializeError::new("a boolean header", header_kind(other))),
        }
    }
}

impl FromHeader for String {
    fn from_header(value: &HeaderValue) -> Result<Self, DeserializeError> {
        match value {
            HeaderValue::String(s) => Ok(s.clone()),
            other => Err(DeserializeError::new("a string header", header_kind(other))),
        }
    }
}

impl FromHeader for crate::primitives::Blob {
    fn from_header(value: &HeaderValue) -> Result<Self, DeserializeError> {
        match value {
            HeaderValue::ByteArray(b) => Ok(crate::primitives::Blob::new(b.clone())),
            other => Err(DeserializeError::new("a byte-array header", header_kind(other))),
        }
    }
}

impl FromHeader for crate::primitives::DateTime {
    fn from_header(value: &HeaderValue) -> Result<Self, DeserializeError> {
        match value {
            HeaderValue::Timestamp(ms) => Ok(crate::primitives::DateTime::from_secs_and_nanos(
                ms.div_euclid(1000),
                (ms.rem_euclid(1000) * 1_000_000) as u32,
            )),
            other => Err(DeserializeError::new("a timestamp header", header_kind(other))),
        }
    }
}

/// Integers: any integer header whose value fits.
macro_rules! int_header {
    ($($t:ty),*) => {$(
        impl FromHeader for $t {
            fn from_header(value: &HeaderValue) -> Result<Self, DeserializeError> {
                let wide = match value {
                    HeaderValue::Byte(v) => i64::from(*v),
                    HeaderValue::Short(v) => i64::from(*v),
                    HeaderValue::Int(v) => i64::from(*v),
                    HeaderValue::Long(v) => *v,
                    other => return Err(DeserializeError::new("an integer header", header_kind(other))),
                };
                <$t>::try_from(wide).map_err(|_| DeserializeError::new("an integer that fits", "a larger one"))
            }
        }
    )*};
}
int_header!(i8, i16, i32, i64);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorTable;
    use crate::wire::eventstream::Header;

    #[derive(Debug, PartialEq)]
    enum Ev {
        Text(String),
        Unknown(String),
    }

    #[derive(Debug)]
    enum Fail {
        Slow(String),
        Unhandled(Unhandled),
    }

    impl fmt::Display for Fail {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "{self:?}")
        }
    }

    impl std::error::Error for Fail {}

    impl OperationError for Fail {
        const ERRORS: &'static ErrorTable<Self> = &[];
        fn unhandled(unhandled: Unhandled) -> Self {
            Fail::Unhandled(unhandled)
        }
    }

    impl EventUnion<Fail> for Ev {
        fn event(event_type: &str, message: &Message) -> Result<Self, DeserializeError> {
            Ok(match event_type {
                "text" => Ev::Text(event_text(message)?),
                other => Ev::Unknown(other.to_string()),
            })
        }
        fn exception(exception_type: &str, message: &Message) -> Option<Result<Fail, DeserializeError>> {
            (exception_type == "slow").then(|| event_text(message).map(Fail::Slow))
        }
    }

    fn message(kind: &str, name: &str, payload: &[u8]) -> Vec<u8> {
        let (name_header, kind) = match kind {
            "event" => (":event-type", "event"),
            _ => (":exception-type", "exception"),
        };
        let string = |n: &str, v: &str| Header { name: n.to_string(), value: HeaderValue::String(v.to_string()) };
        crate::wire::eventstream::encode(&Message {
            headers: vec![string(":message-type", kind), string(name_header, name)],
            payload: payload.to_vec(),
        })
    }

    #[tokio::test]
    async fn events_exceptions_and_unknowns_arrive_typed_then_nothing() {
        let mut body = message("event", "text", b"hi");
        body.extend(message("event", "future", b"{}"));
        body.extend(message("exception", "slow", b"later"));
        body.extend(message("event", "text", b"never"));
        let mut rx: EventReceiver<Ev, Fail> = EventReceiver::from_body(ByteStream::from_bytes(body), None);
        let other = rx.clone();
        assert_eq!(rx.recv().await.unwrap(), Some(Ev::Text("hi".into())));
        assert_eq!(rx.recv().await.unwrap(), Some(Ev::Unknown("future".into())));
        match rx.recv().await {
            Err(Error::Service { error: Fail::Slow(m), status: 200, .. }) => assert_eq!(m, "later"),
            other => panic!("expected the modeled exception, got {other:?}"),
        }
        assert_eq!(rx.recv().await.unwrap(), None, "nothing after an exception");
        let mut other = other;
        assert_eq!(other.recv().await.unwrap(), None, "the first clone to receive took the stream");
    }

    #[tokio::test]
    async fn an_unmodeled_exception_keeps_its_name_and_message() {
        let body = message("exception", "Mystery", br#"{"message": "what"}"#);
        let mut rx: EventReceiver<Ev, Fail> = EventReceiver::from_body(ByteStream::from_bytes(body), None);
        match rx.recv().await {
            Err(Error::Service { error: Fail::Unhandled(u), .. }) => {
                assert_eq!((u.code(), u.message()), (Some("Mystery"), Some("what")))
            }
            other => panic!("expected Unhandled, got {other:?}"),
        }
    }

    #[tokio::test]
    async fn a_stream_from_events_replays_them_and_stops_at_its_error() {
        let mut rx = EventReceiver::from_events(vec![
            Ok(Ev::Text("a".into())),
            Err(Fail::Slow("b".into())),
            Ok(Ev::Text("c".into())),
        ]);
        assert_eq!(rx.recv().await.unwrap(), Some(Ev::Text("a".into())));
        assert!(matches!(rx.recv().await, Err(Error::Service { error: Fail::Slow(_), .. })));
        assert_eq!(rx.recv().await.unwrap(), None);
        let mut ended: EventReceiver<Ev, Fail> = EventReceiver::default();
        assert_eq!(ended.recv().await.unwrap(), None);
    }

    #[test]
    fn headers_convert_to_the_members_types_or_say_why_not() {
        let m = Message {
            headers: vec![
                Header { name: "n".into(), value: HeaderValue::Short(-7) },
                Header { name: "big".into(), value: HeaderValue::Long(1 << 40) },
                Header { name: "t".into(), value: HeaderValue::Timestamp(1_700_000_000_123) },
                Header { name: "s".into(), value: HeaderValue::String("x".into()) },
            ],
            payload: vec![],
        };
        assert_eq!(event_header::<i32>(&m, "n").unwrap(), Some(-7));
        assert_eq!(event_header::<i64>(&m, "big").unwrap(), Some(1 << 40));
        assert!(event_header::<i32>(&m, "big").is_err(), "too large for an i32");
        let t = event_header::<crate::primitives::DateTime>(&m, "t").unwrap().unwrap();
        assert_eq!(t, crate::primitives::DateTime::from_secs_and_nanos(1_700_000_000, 123_000_000));
        assert!(event_header::<bool>(&m, "s").unwrap_err().to_string().contains("a boolean header"));
        assert_eq!(event_header::<String>(&m, "absent").unwrap(), None);
    }
}
