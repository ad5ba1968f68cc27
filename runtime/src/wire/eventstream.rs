//! `application/vnd.amazon.eventstream`: the binary frames event streams are made of.
//!
//! A message is `prelude | headers | payload | message CRC`: the prelude is the total length,
//! the headers' length and a CRC-32 of those 8 bytes; the message CRC covers everything before
//! it. Checks run in botocore's order: the prelude CRC and the size limits as soon as the 12
//! prelude bytes are there (so a bad length is never waited for), the message CRC once the whole
//! frame is, and only then the headers, so corruption is reported as such rather than as
//! whatever structure the corrupted bytes happen to spell.

use std::fmt;

/// The largest header block accepted (botocore's limit).
pub const MAX_HEADERS_LEN: usize = 128 * 1024;
/// The largest payload accepted (botocore's limit).
pub const MAX_PAYLOAD_LEN: usize = 24 * 1024 * 1024;
const PRELUDE_LEN: usize = 12;
/// Prelude and message CRC: the size of an empty message.
const MIN_LEN: usize = PRELUDE_LEN + 4;

/// One message: its headers, in wire order, and its payload.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message {
    /// The headers, in wire order.
    pub headers: Vec<Header>,
    /// The payload, as it is.
    pub payload: Vec<u8>,
}

impl Message {
    /// The value of the header `name`.
    pub fn header(&self, name: &str) -> Option<&HeaderValue> {
        self.headers.iter().find(|h| h.name == name).map(|h| &h.value)
    }

    /// A string header's value (`:event-type`, `:message-type`).
    pub fn string_header(&self, name: &str) -> Option<&str> {
        match self.header(name) {
            Some(HeaderValue::String(s)) => Some(s),
            _ => None,
        }
    }
}

/// A header: a name and a typed value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// Its name (`:event-type`, `:date`).
    pub name: String,
    /// Its value.
    pub value: HeaderValue,
}

/// A header's value: the ten wire types (`true` and `false` are two type codes).
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum HeaderValue {
    Bool(bool),
    Byte(i8),
    Short(i16),
    Int(i32),
    Long(i64),
    ByteArray(Vec<u8>),
    String(String),
    /// Milliseconds since the Unix epoch.
    Timestamp(i64),
    Uuid([u8; 16]),
}

/// Why a frame was refused. Each kind is named for the defect it reports.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum FrameError {
    PreludeCrcMismatch {
        expected: u32,
        computed: u32,
    },
    MessageCrcMismatch {
        expected: u32,
        computed: u32,
    },
    /// Below the 16 bytes of an empty message.
    TotalLengthTooSmall(u32),
    HeadersLengthExceedsFrame {
        headers: u32,
        total: u32,
    },
    HeadersTooLarge(u32),
    PayloadTooLarge(usize),
    /// A header's name length is zero or runs past the header block.
    InvalidHeaderNameLength,
    /// A header's value (or its length) runs past the header block.
    InvalidHeaderValue,
    InvalidHeaderValueType(u8),
    InvalidUtf8,
    DuplicateHeaderName(String),
    /// The stream ended inside a frame.
    Truncated {
        needed: usize,
        have: usize,
    },
}

impl FrameError {
    /// The defect's name, as the shared test vectors write it.
    pub fn defect(&self) -> &'static str {
        match self {
            FrameError::PreludeCrcMismatch { .. } => "prelude_crc_mismatch",
            FrameError::MessageCrcMismatch { .. } => "message_crc_mismatch",
            FrameError::TotalLengthTooSmall(_) => "total_length_too_small",
            FrameError::HeadersLengthExceedsFrame { .. } => "headers_length_exceeds_frame",
            FrameError::HeadersTooLarge(_) => "headers_length_exceeds_128KiB",
            FrameError::PayloadTooLarge(_) => "payload_exceeds_24MiB",
            FrameError::InvalidHeaderNameLength => "invalid_header_name_length",
            FrameError::InvalidHeaderValue => "invalid_header_value",
            FrameError::InvalidHeaderValueType(_) => "invalid_header_value_type",
            FrameError::InvalidUtf8 => "invalid_utf8",
            FrameError::DuplicateHeaderName(_) => "duplicate_header_name",
            FrameError::Truncated { .. } => "total_length_exceeds_available_bytes",
        }
    }
}

impl fmt::Display for FrameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FrameError::PreludeCrcMismatch { expected, computed } => {
                write!(f, "prelude CRC mismatch: the frame says {expected:#010x}, its bytes give {computed:#010x}")
            }
            FrameError::MessageCrcMismatch { expected, computed } => {
                write!(f, "message CRC mismatch: the frame says {expected:#010x}, its bytes give {computed:#010x}")
            }
            FrameError::TotalLengthTooSmall(n) => {
                write!(f, "a frame of {n} bytes is shorter than the 16 of an empty one")
            }
            FrameError::HeadersLengthExceedsFrame { headers, total } => {
                write!(f, "{headers} bytes of headers do not fit a frame of {total}")
            }
            FrameError::HeadersTooLarge(n) => write!(f, "{n} bytes of headers are over the {MAX_HEADERS_LEN} allowed"),
            FrameError::PayloadTooLarge(n) => write!(f, "a payload of {n} bytes is over the {MAX_PAYLOAD_LEN} allowed"),
            FrameError::InvalidHeaderNameLength => f.write_str("a header name is empty or runs past the headers"),
            FrameError::InvalidHeaderValue => f.write_str("a header value runs past the headers"),
            FrameError::InvalidHeaderValueType(t) => write!(f, "unknown header value type {t}"),
            FrameError::InvalidUtf8 => f.write_str("a header name or string value is not UTF-8"),
            FrameError::DuplicateHeaderName(n) => write!(f, "the header {n:?} appears twice"),
            FrameError::Truncated { needed, have } => {
                write!(f, "the stream ended inside a frame: {have} of its {needed} bytes arrived")
            }
        }
    }
}

impl std::error::Error for FrameError {}

fn crc(bytes: &[u8]) -> u32 {
    crc32fast::hash(bytes)
}

fn be_u32(b: &[u8]) -> u32 {
    u32::from_be_bytes([b[0], b[1], b[2], b[3]])
}

/// The frame of `message`.
pub fn encode(message: &Message) -> Vec<u8> {
    let mut headers = Vec::new();
    for h in &message.headers {
        encode_header(h, &mut headers);
    }
    let total = MIN_LEN + headers.len() + message.payload.len();
    let mut out = Vec::with_capacity(total);
    out.extend_from_slice(&(total as u32).to_be_bytes());
    out.extend_from_slice(&(headers.len() as u32).to_be_bytes());
    out.extend_from_slice(&crc(&out).to_be_bytes());
    out.extend_from_slice(&headers);
    out.extend_from_slice(&message.payload);
    out.extend_from_slice(&crc(&out).to_be_bytes());
    out
}

/// One header as the wire has it (also what event signing hashes for `:date`).
pub fn encode_header(h: &Header, out: &mut Vec<u8>) {
    out.push(h.name.len() as u8);
    out.extend_from_slice(h.name.as_bytes());
    match &h.value {
        HeaderValue::Bool(true) => out.push(0),
        HeaderValue::Bool(false) => out.push(1),
        HeaderValue::Byte(v) => {
            out.push(2);
            out.extend_from_slice(&v.to_be_bytes());
        }
        HeaderValue::Short(v) => {
            out.push(3);
            out.extend_from_slice(&v.to_be_bytes());
        }
        HeaderValue::Int(v) => {
            out.push(4);
            out.extend_from_slice(&v.to_be_bytes());
        }
        HeaderValue::Long(v) => {
            out.push(5);
            out.extend_from_slice(&v.to_be_bytes());
        }
        HeaderValue::ByteArray(v) => {
            out.push(6);
            out.extend_from_slice(&(v.len() as u16).to_be_bytes());
            out.extend_from_slice(v);
        }
        HeaderValue::String(v) => {
            out.push(7);
            out.extend_from_slice(&(v.len() as u16).to_be_bytes());
            out.extend_from_slice(v.as_bytes());
        }
        HeaderValue::Timestamp(v) => {
            out.push(8);
            out.extend_from_slice(&v.to_be_bytes());
        }
        HeaderValue::Uuid(v) => {
            out.push(9);
            out.extend_from_slice(v);
        }
    }
}

/// A header block's headers, in order.
pub fn decode_headers(mut block: &[u8]) -> Result<Vec<Header>, FrameError> {
    let mut headers: Vec<Header> = Vec::new();
    // A set, not a scan of `headers`: 128 KiB of headers can be 40,000 of them.
    let mut names = std::collections::HashSet::new();
    while !block.is_empty() {
        let name_len = block[0] as usize;
        if name_len == 0 || block.len() < 1 + name_len + 1 {
            return Err(FrameError::InvalidHeaderNameLength);
        }
        let name = std::str::from_utf8(&block[1..1 + name_len]).map_err(|_| FrameError::InvalidUtf8)?;
        let kind = block[1 + name_len];
        let rest = &block[2 + name_len..];
        let (value, used) = decode_value(kind, rest)?;
        if !names.insert(name) {
            return Err(FrameError::DuplicateHeaderName(name.to_string()));
        }
        headers.push(Header { name: name.to_string(), value });
        block = &rest[used..];
    }
    Ok(headers)
}

/// A value of wire type `kind` at the start of `b`, and how many bytes it took.
fn decode_value(kind: u8, b: &[u8]) -> Result<(HeaderValue, usize), FrameError> {
    let fixed = |n: usize| b.get(..n).ok_or(FrameError::InvalidHeaderValue);
    let sized = || -> Result<&[u8], FrameError> {
        let len = fixed(2).map(|l| u16::from_be_bytes([l[0], l[1]]) as usize)?;
        b.get(2..2 + len).ok_or(FrameError::InvalidHeaderValue)
    };
    Ok(match kind {
        0 => (HeaderValue::Bool(true), 0),
        1 => (HeaderValue::Bool(false), 0),
        2 => (HeaderValue::Byte(fixed(1)?[0] as i8), 1),
        3 => (HeaderValue::Short(i16::from_be_bytes(fixed(2)?.try_into().unwrap_or_default())), 2),
        4 => (HeaderValue::Int(i32::from_be_bytes(fixed(4)?.try_into().unwrap_or_default())), 4),
        5 => (HeaderValue::Long(i64::from_be_bytes(fixed(8)?.try_into().unwrap_or_default())), 8),
        6 => {
            let v = sized()?;
            (HeaderValue::ByteArray(v.to_vec()), 2 + v.len())
        }
        7 => {
            let v = sized()?;
            let s = std::str::from_utf8(v).map_err(|_| FrameError::InvalidUtf8)?;
            (HeaderValue::String(s.to_string()), 2 + v.len())
        }
        8 => (HeaderValue::Timestamp(i64::from_be_bytes(fixed(8)?.try_into().unwrap_or_default())), 8),
        9 => (HeaderValue::Uuid(fixed(16)?.try_into().unwrap_or_default()), 16),
        other => return Err(FrameError::InvalidHeaderValueType(other)),
    })
}

/// Frames from a byte stream that arrives in pieces of any size: push what arrives, take the
/// messages it completes. It holds at most one frame (bounded by the limits) and one piece.
#[derive(Debug, Default)]
pub struct Decoder {
    buf: Vec<u8>,
    /// Where the unread bytes start in `buf` (compacted before it grows).
    start: usize,
}

impl Decoder {
    /// A decoder at the start of a stream.
    pub fn new() -> Self {
        Decoder::default()
    }

    /// Adds bytes that arrived.
    pub fn push(&mut self, bytes: &[u8]) {
        if self.start > 0 && self.start == self.buf.len() {
            self.buf.clear();
            self.start = 0;
        } else if self.start > 0 && self.buf.len() + bytes.len() > self.buf.capacity() {
            self.buf.drain(..self.start);
            self.start = 0;
        }
        self.buf.extend_from_slice(bytes);
    }

    /// The next complete message, `None` until one is complete. An error is final: the stream
    /// cannot be resynchronized after a bad frame.
    pub fn next_message(&mut self) -> Result<Option<Message>, FrameError> {
        let unread = &self.buf[self.start..];
        if unread.len() < PRELUDE_LEN {
            return Ok(None);
        }
        let (total, headers_len) = check_prelude(&unread[..PRELUDE_LEN])?;
        if unread.len() < total {
            return Ok(None);
        }
        let message = decode_frame(&unread[..total], headers_len)?;
        self.start += total;
        Ok(Some(message))
    }

    /// Bytes pushed but not yet part of a message.
    pub fn pending(&self) -> usize {
        self.buf.len() - self.start
    }

    /// At the end of the stream: an error if it ended inside a frame.
    pub fn finish(&self) -> Result<(), FrameError> {
        let unread = &self.buf[self.start..];
        if unread.is_empty() {
            return Ok(());
        }
        let needed = match unread.len() >= PRELUDE_LEN {
            true => check_prelude(&unread[..PRELUDE_LEN])?.0,
            false => PRELUDE_LEN,
        };
        Err(FrameError::Truncated { needed, have: unread.len() })
    }
}

/// The prelude's CRC and lengths: (total length, headers length).
fn check_prelude(prelude: &[u8]) -> Result<(usize, usize), FrameError> {
    let (expected, computed) = (be_u32(&prelude[8..12]), crc(&prelude[..8]));
    if expected != computed {
        return Err(FrameError::PreludeCrcMismatch { expected, computed });
    }
    let (total, headers) = (be_u32(&prelude[0..4]), be_u32(&prelude[4..8]));
    if (total as usize) < MIN_LEN {
        return Err(FrameError::TotalLengthTooSmall(total));
    }
    if headers as usize > MAX_HEADERS_LEN {
        return Err(FrameError::HeadersTooLarge(headers));
    }
    if headers as usize > total as usize - MIN_LEN {
        return Err(FrameError::HeadersLengthExceedsFrame { headers, total });
    }
    let payload = total as usize - MIN_LEN - headers as usize;
    if payload > MAX_PAYLOAD_LEN {
        return Err(FrameError::PayloadTooLarge(payload));
    }
    Ok((total as usize, headers as usize))
}

/// A whole frame whose prelude checked out.
fn decode_frame(frame: &[u8], headers_len: usize) -> Result<Message, FrameError> {
    let body_end = frame.len() - 4;
    let (expected, computed) = (be_u32(&frame[body_end..]), crc(&frame[..body_end]));
    if expected != computed {
        return Err(FrameError::MessageCrcMismatch { expected, computed });
    }
    let headers_end = PRELUDE_LEN + headers_len;
    let headers = decode_headers(&frame[PRELUDE_LEN..headers_end])?;
    Ok(Message { headers, payload: frame[headers_end..body_end].to_vec() })
}

/// The first message of `bytes`.
pub fn decode(bytes: &[u8]) -> Result<Message, FrameError> {
    let mut decoder = Decoder::new();
    decoder.push(bytes);
    match decoder.next_message()? {
        Some(m) => Ok(m),
        None => Err(decoder.finish().err().unwrap_or(FrameError::Truncated { needed: PRELUDE_LEN, have: 0 })),
    }
}
