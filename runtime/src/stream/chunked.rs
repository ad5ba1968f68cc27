//! S3's `aws-chunked` content encoding: the body in chunks of a fixed size, each with its hex
//! length (and, when signed, its signature), then the checksum as a trailer. This lets an
//! upload carry its checksum without being read twice: it is computed as the body goes.

use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::{Bytes, BytesMut};
use http_body::{Body, Frame};

use super::{BoxBody, BoxError};
use crate::checksum::{Algorithm, Hasher};
use crate::sigv4::ChunkSigner;

/// The size of every chunk but the last, as AWS's SDKs send them.
pub const CHUNK_SIZE: usize = 64 * 1024;

/// The length of a `decoded`-byte body once encoded: every chunk's header and CRLFs, the
/// final empty chunk, the trailer lines (each without its CRLF; a signed body's includes
/// `x-amz-trailer-signature:...`) and the closing CRLF. Sent as `Content-Length`.
pub fn encoded_length(decoded: u64, chunk_size: u64, signed: bool, trailer_lines: &[u64]) -> u64 {
    // `;chunk-signature=` and 64 hex digits.
    let signature = if signed { 17 + 64 } else { 0 };
    let chunk = |size: u64| format!("{size:X}").len() as u64 + signature + 2 + size + 2;
    let full = decoded / chunk_size;
    let rest = decoded % chunk_size;
    let mut total = full * chunk(chunk_size);
    if rest > 0 {
        total += chunk(rest);
    }
    // The last chunk has no data and no CRLF after it: its trailer lines follow.
    total += 1 + signature + 2;
    total + trailer_lines.iter().map(|n| n + 2).sum::<u64>() + 2
}

/// The trailer lines of a body with `algorithm`'s checksum, as `encoded_length` counts them.
pub fn trailer_lengths(algorithm: Algorithm, signed: bool) -> Vec<u64> {
    let value = algorithm.of(b"").len() as u64;
    let mut lines = vec![algorithm.header().len() as u64 + 1 + value];
    if signed {
        lines.push("x-amz-trailer-signature:".len() as u64 + 64);
    }
    lines
}

/// How a client sends a streamed upload aws-chunked, its checksum in the trailer.
pub(crate) struct Upload {
    algorithm: Algorithm,
    /// Each chunk signed (over plain HTTP, where the payload is signed).
    pub(crate) signed: bool,
    /// The body's length once encoded: its `Content-Length`.
    pub(crate) encoded_len: u64,
}

impl Upload {
    /// For a `len`-byte body, adding the headers that announce the encoding to `headers`.
    pub(crate) fn new(algorithm: Algorithm, signed: bool, len: u64, headers: &mut Vec<(String, String)>) -> Self {
        headers.push(("x-amz-decoded-content-length".to_string(), len.to_string()));
        headers.push(("x-amz-trailer".to_string(), algorithm.header().to_string()));
        let encoded_len = encoded_length(len, CHUNK_SIZE as u64, signed, &trailer_lengths(algorithm, signed));
        Upload { algorithm, signed, encoded_len }
    }

    /// The `x-amz-content-sha256` it is signed with.
    pub(crate) fn payload_hash(&self) -> &'static str {
        match self.signed {
            true => "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER",
            false => "STREAMING-UNSIGNED-PAYLOAD-TRAILER",
        }
    }

    /// `stream` encoded, its chunks signed by `signer` (chained on the request's signature)
    /// when they are signed.
    pub(crate) fn encode(
        &self,
        stream: &super::ByteStream,
        signer: Option<ChunkSigner>,
    ) -> Result<super::ByteStream, BoxError> {
        use http_body_util::BodyExt;
        let body = AwsChunked::new(stream.to_body()?, CHUNK_SIZE, Some(self.algorithm), signer);
        Ok(super::ByteStream::from_body(body.boxed_unsync(), Some(self.encoded_len)))
    }
}

/// An aws-chunked body over `inner`, with `algorithm`'s checksum as its trailer, its chunks
/// signed when `signer` is set.
pub struct AwsChunked {
    inner: BoxBody,
    buffer: BytesMut,
    chunk_size: usize,
    checksum: Option<(Algorithm, Hasher)>,
    signer: Option<ChunkSigner>,
    done: bool,
}

impl AwsChunked {
    /// Encodes `inner` in chunks of `chunk_size` bytes.
    pub fn new(inner: BoxBody, chunk_size: usize, algorithm: Option<Algorithm>, signer: Option<ChunkSigner>) -> Self {
        let checksum = algorithm.map(|a| (a, a.hasher()));
        AwsChunked { inner, buffer: BytesMut::new(), chunk_size, checksum, signer, done: false }
    }

    fn chunk(&mut self, data: Bytes) -> Bytes {
        if let Some((_, h)) = &mut self.checksum {
            h.update(&data);
        }
        let mut out = BytesMut::with_capacity(data.len() + 100);
        out.extend_from_slice(format!("{:X}", data.len()).as_bytes());
        if let Some(s) = &mut self.signer {
            out.extend_from_slice(format!(";chunk-signature={}", s.chunk(&data)).as_bytes());
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(&data);
        out.extend_from_slice(b"\r\n");
        out.freeze()
    }

    fn last(&mut self) -> Bytes {
        let mut out = String::from("0");
        if let Some(s) = &mut self.signer {
            out.push_str(&format!(";chunk-signature={}", s.chunk(b"")));
        }
        out.push_str("\r\n");
        if let Some((algorithm, hasher)) = self.checksum.take() {
            let line = format!("{}:{}", algorithm.header(), hasher.finish());
            out.push_str(&line);
            out.push_str("\r\n");
            if let Some(s) = &mut self.signer {
                out.push_str(&format!("x-amz-trailer-signature:{}\r\n", s.trailer(&format!("{line}\n"))));
            }
        }
        out.push_str("\r\n");
        Bytes::from(out)
    }
}

impl Body for AwsChunked {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        loop {
            if this.done {
                return Poll::Ready(None);
            }
            if this.buffer.len() >= this.chunk_size {
                let data = this.buffer.split_to(this.chunk_size).freeze();
                return Poll::Ready(Some(Ok(Frame::data(this.chunk(data)))));
            }
            match Pin::new(&mut this.inner).poll_frame(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(Some(Ok(frame))) => {
                    if let Ok(data) = frame.into_data() {
                        this.buffer.extend_from_slice(&data);
                    }
                }
                Poll::Ready(None) => {
                    this.done = true;
                    let mut out = BytesMut::new();
                    if !this.buffer.is_empty() {
                        let rest = std::mem::take(&mut this.buffer).freeze();
                        out.extend_from_slice(&this.chunk(rest));
                    }
                    out.extend_from_slice(&this.last());
                    return Poll::Ready(Some(Ok(Frame::data(out.freeze()))));
                }
            }
        }
    }
}

/// A download's body, its checksum compared with `expected` at the end: a mismatch is the
/// last thing read, as an error, so a caller never takes a corrupted body as whole.
pub struct Validated {
    inner: BoxBody,
    hasher: Option<Hasher>,
    algorithm: Algorithm,
    expected: String,
}

impl Validated {
    /// Checks `inner` against `expected` (base64, as the header carries it).
    pub fn new(inner: BoxBody, algorithm: Algorithm, expected: String) -> Self {
        Validated { inner, hasher: Some(algorithm.hasher()), algorithm, expected }
    }
}

impl Body for Validated {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        match Pin::new(&mut this.inner).poll_frame(cx) {
            Poll::Ready(Some(Ok(frame))) => {
                if let (Some(data), Some(h)) = (frame.data_ref(), &mut this.hasher) {
                    h.update(data);
                }
                Poll::Ready(Some(Ok(frame)))
            }
            Poll::Ready(None) => match this.hasher.take().map(Hasher::finish) {
                Some(got) if got != this.expected => {
                    Poll::Ready(Some(Err(mismatch(this.algorithm, &this.expected, &got))))
                }
                _ => Poll::Ready(None),
            },
            other => other,
        }
    }
}

/// The error of a body whose checksum is not the one the service sent.
pub fn mismatch(algorithm: Algorithm, expected: &str, got: &str) -> BoxError {
    BoxError::from(format!(
        "the response body's {} is {got}, not the {expected} the service sent: it was corrupted on the way",
        algorithm.name()
    ))
}
