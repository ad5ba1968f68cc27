//! Streaming bodies (`@streaming` blobs): what an upload is sent from and what a download is
//! read from, without holding the whole body in memory.
//!
//! An upload comes from bytes, a file (reopened for each attempt, so retries can replay it), or
//! a one-shot body of known length (never retried). A download is the response body as it
//! arrives: read it chunk by chunk with [`ByteStream::next`], into a file with
//! [`ByteStream::write_to`], or whole with [`ByteStream::collect`].

use std::fmt;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body::{Body, Frame};
use http_body_util::BodyExt;

pub mod chunked;
pub mod events;
pub(crate) mod receiver;
pub(crate) mod sender;

pub use receiver::EventReceiver;
pub use sender::{EventInput, EventSender, StreamClosed};

/// The error type of a streamed body.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// A body sent or received in pieces.
pub type BoxBody = http_body_util::combinators::UnsyncBoxBody<Bytes, BoxError>;

/// How much of a file is read at a time.
const CHUNK: usize = 64 * 1024;

/// A streaming body. Cheap to clone: a clone of a one-shot body shares it (whichever clone reads
/// first gets it), and a download is one-shot.
#[derive(Clone, Default)]
pub struct ByteStream {
    source: Source,
}

#[derive(Clone)]
enum Source {
    Bytes(Bytes),
    File {
        path: PathBuf,
        offset: u64,
        len: u64,
    },
    Once {
        body: Arc<Mutex<Option<BoxBody>>>,
        len: Option<u64>,
    },
    /// An input event stream's frames, signed as they are sent (one-shot).
    Events(Arc<Mutex<Option<Box<dyn sender::FrameSource>>>>),
}

impl Default for Source {
    fn default() -> Self {
        Source::Bytes(Bytes::new())
    }
}

impl ByteStream {
    /// A body from bytes in memory.
    pub fn from_bytes(bytes: impl Into<Bytes>) -> Self {
        ByteStream { source: Source::Bytes(bytes.into()) }
    }

    /// A body read from the file at `path` as it is sent; its length is taken now.
    pub fn from_path(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let path = path.as_ref().to_path_buf();
        let len = std::fs::metadata(&path)?.len();
        Ok(ByteStream { source: Source::File { path, offset: 0, len } })
    }

    /// `len` bytes of the file at `path` from `offset` (a part of a multipart upload), read as
    /// they are sent and again for a retry.
    pub fn from_path_range(path: impl AsRef<Path>, offset: u64, len: u64) -> Self {
        ByteStream { source: Source::File { path: path.as_ref().to_path_buf(), offset, len } }
    }

    /// A one-shot body (an `http_body::Body`) of `len` bytes, if known. Services need the length
    /// of an upload; a request with a one-shot body is not retried.
    pub fn from_body(body: BoxBody, len: Option<u64>) -> Self {
        ByteStream { source: Source::Once { body: Arc::new(Mutex::new(Some(body))), len } }
    }

    pub(crate) fn from_events(frames: Box<dyn sender::FrameSource>) -> Self {
        ByteStream { source: Source::Events(Arc::new(Mutex::new(Some(frames)))) }
    }

    /// An input event stream's body, its frames signed by `signer` (`None`: unsigned); `None`
    /// when the body is not an event stream.
    pub(crate) fn signed_events(&self, signer: Option<sender::Signer>) -> Option<Result<ByteStream, BoxError>> {
        let Source::Events(frames) = &self.source else { return None };
        Some(match frames.lock().ok().and_then(|mut f| f.take()) {
            Some(frames) => Ok(ByteStream::from_body(sender::SignedBody::new(frames, signer).boxed_unsync(), None)),
            None => Err(BoxError::from("this event stream was already sent")),
        })
    }

    /// Whether the body is an input event stream.
    pub(crate) fn is_events(&self) -> bool {
        matches!(self.source, Source::Events(_))
    }

    /// The length, when known.
    pub fn len(&self) -> Option<u64> {
        match &self.source {
            Source::Bytes(b) => Some(b.len() as u64),
            Source::File { len, .. } => Some(*len),
            Source::Once { len, .. } => *len,
            Source::Events(_) => None,
        }
    }

    /// Whether the body is known to be empty.
    pub fn is_empty(&self) -> bool {
        self.len() == Some(0)
    }

    /// Whether the body can be sent again (for a retry).
    pub fn is_replayable(&self) -> bool {
        !matches!(self.source, Source::Once { .. } | Source::Events(_))
    }

    /// The bytes, when the body is in memory.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match &self.source {
            Source::Bytes(b) => Some(b),
            _ => None,
        }
    }

    /// The body as an `http_body::Body`: for bytes and files a fresh one each time; for a
    /// one-shot body, the body itself the first time and an error after.
    pub fn to_body(&self) -> Result<BoxBody, BoxError> {
        match &self.source {
            Source::Bytes(b) => Ok(http_body_util::Full::new(b.clone()).map_err(|never| match never {}).boxed_unsync()),
            Source::File { path, offset, len } => Ok(FileBody::new(path.clone(), *offset, *len).boxed_unsync()),
            Source::Once { body, .. } => body
                .lock()
                .ok()
                .and_then(|mut b| b.take())
                .ok_or_else(|| BoxError::from("this one-shot body was already read")),
            Source::Events(_) => match self.signed_events(None) {
                Some(body) => body?.to_body(),
                None => Err(BoxError::from("not an event stream")),
            },
        }
    }

    /// The next chunk; `None` at the end.
    pub async fn next(&mut self) -> Option<Result<Bytes, BoxError>> {
        if let Source::Bytes(b) = &mut self.source {
            return (!b.is_empty()).then(|| Ok(std::mem::take(b)));
        }
        if let Source::File { .. } | Source::Events(_) = &self.source {
            // Reading a file upload or an event stream back: turn it into a one-shot body first.
            match self.to_body() {
                Ok(body) => *self = ByteStream::from_body(body, self.len()),
                Err(e) => return Some(Err(e)),
            }
        }
        let Source::Once { body, .. } = &self.source else { return None };
        let mut taken = body.lock().ok()?.take()?;
        let next = loop {
            match taken.frame().await {
                None => break None,
                Some(Err(e)) => break Some(Err(e)),
                Some(Ok(frame)) => {
                    if let Ok(data) = frame.into_data() {
                        if !data.is_empty() {
                            break Some(Ok(data));
                        }
                    }
                }
            }
        };
        if next.as_ref().is_some_and(|r| r.is_ok()) {
            if let Ok(mut slot) = body.lock() {
                *slot = Some(taken);
            }
        }
        next
    }

    /// The whole body in memory.
    pub async fn collect(mut self) -> Result<Vec<u8>, BoxError> {
        let mut out = Vec::with_capacity(self.len().unwrap_or(0).min(1 << 20) as usize);
        while let Some(chunk) = self.next().await {
            out.extend_from_slice(&chunk?);
        }
        Ok(out)
    }

    /// Writes the body to a new file at `path`, a chunk at a time; returns the bytes written.
    pub async fn write_to(mut self, path: impl AsRef<Path>) -> Result<u64, BoxError> {
        use tokio::io::AsyncWriteExt;
        let mut file = tokio::fs::File::create(path.as_ref()).await?;
        let mut written = 0u64;
        while let Some(chunk) = self.next().await {
            let chunk = chunk?;
            file.write_all(&chunk).await?;
            written += chunk.len() as u64;
        }
        file.flush().await?;
        Ok(written)
    }

    /// The body's SHA-256 in hex, with `tree` Glacier's tree hash too, and with `checksum` that
    /// checksum (base64), in one reading. A one-shot body is read into memory first, as it
    /// could not be sent after being hashed.
    pub(crate) async fn digests(
        &mut self,
        tree: bool,
        checksum: Option<crate::checksum::Algorithm>,
    ) -> Result<(String, Option<String>, Option<String>), BoxError> {
        if let Source::Once { .. } = self.source {
            *self = ByteStream::from_bytes(std::mem::take(self).collect().await?);
        }
        // Bytes and files give a fresh reading each time, so hashing leaves the body to send.
        let mut linear = ring::digest::Context::new(&ring::digest::SHA256);
        let mut tree = tree.then(crate::tree_hash::TreeHasher::new);
        let mut sum = checksum.map(crate::checksum::Algorithm::hasher);
        let mut reading = self.clone();
        while let Some(chunk) = reading.next().await {
            let chunk = chunk?;
            linear.update(&chunk);
            if let Some(t) = &mut tree {
                t.update(&chunk);
            }
            if let Some(h) = &mut sum {
                h.update(&chunk);
            }
        }
        let linear = crate::sigv4::hex(linear.finish().as_ref());
        Ok((linear, tree.map(crate::tree_hash::TreeHasher::finish), sum.map(crate::checksum::Hasher::finish)))
    }
}

impl From<Vec<u8>> for ByteStream {
    fn from(bytes: Vec<u8>) -> Self {
        ByteStream::from_bytes(bytes)
    }
}

impl From<&'static [u8]> for ByteStream {
    fn from(bytes: &'static [u8]) -> Self {
        ByteStream::from_bytes(Bytes::from_static(bytes))
    }
}

impl From<crate::primitives::Blob> for ByteStream {
    fn from(blob: crate::primitives::Blob) -> Self {
        ByteStream::from_bytes(blob.into_inner())
    }
}

/// Shows where the body comes from and its length, never its bytes.
impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.source {
            Source::Bytes(b) => write!(f, "ByteStream({} bytes)", b.len()),
            Source::File { path, offset, len } => {
                write!(f, "ByteStream(file {} from {offset}, {len} bytes)", path.display())
            }
            Source::Once { len: Some(n), .. } => write!(f, "ByteStream(stream, {n} bytes)"),
            Source::Once { len: None, .. } => f.write_str("ByteStream(stream)"),
            Source::Events(_) => f.write_str("ByteStream(event stream)"),
        }
    }
}

/// Bodies in memory compare by their bytes; files by path; one-shot bodies only to themselves.
impl PartialEq for ByteStream {
    fn eq(&self, other: &Self) -> bool {
        match (&self.source, &other.source) {
            (Source::Bytes(a), Source::Bytes(b)) => a == b,
            (Source::File { path: a, offset: x, len: m }, Source::File { path: b, offset: y, len: n }) => {
                (a, x, m) == (b, y, n)
            }
            (Source::Once { body: a, .. }, Source::Once { body: b, .. }) => Arc::ptr_eq(a, b),
            (Source::Events(a), Source::Events(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// A file read in chunks as the body is polled.
struct FileBody {
    path: PathBuf,
    offset: u64,
    remaining: u64,
    state: FileState,
}

enum FileState {
    Closed,
    Opening(Pin<Box<dyn std::future::Future<Output = std::io::Result<tokio::fs::File>> + Send>>),
    Open(tokio::fs::File, Vec<u8>),
}

impl FileBody {
    fn new(path: PathBuf, offset: u64, len: u64) -> Self {
        FileBody { path, offset, remaining: len, state: FileState::Closed }
    }
}

impl Body for FileBody {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = &mut *self;
        loop {
            if this.remaining == 0 {
                return Poll::Ready(None);
            }
            match &mut this.state {
                FileState::Closed => {
                    let (path, offset) = (this.path.clone(), this.offset);
                    this.state = FileState::Opening(Box::pin(async move {
                        use tokio::io::AsyncSeekExt;
                        let mut file = tokio::fs::File::open(path).await?;
                        if offset > 0 {
                            file.seek(std::io::SeekFrom::Start(offset)).await?;
                        }
                        Ok(file)
                    }));
                }
                FileState::Opening(open) => match open.as_mut().poll(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(Err(e)) => return Poll::Ready(Some(Err(e.into()))),
                    Poll::Ready(Ok(file)) => this.state = FileState::Open(file, vec![0u8; CHUNK]),
                },
                FileState::Open(file, buf) => {
                    let want = (this.remaining.min(CHUNK as u64)) as usize;
                    let mut read = tokio::io::ReadBuf::new(&mut buf[..want]);
                    match tokio::io::AsyncRead::poll_read(Pin::new(file), cx, &mut read) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(Err(e)) => return Poll::Ready(Some(Err(e.into()))),
                        Poll::Ready(Ok(())) => {
                            let n = read.filled().len();
                            if n == 0 {
                                return Poll::Ready(Some(Err("the file is shorter than when the upload began".into())));
                            }
                            this.remaining -= n as u64;
                            return Poll::Ready(Some(Ok(Frame::data(Bytes::copy_from_slice(&buf[..n])))));
                        }
                    }
                }
            }
        }
    }

    fn size_hint(&self) -> http_body::SizeHint {
        http_body::SizeHint::with_exact(self.remaining)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn files_replay_and_one_shot_bodies_do_not() {
        let path = std::env::temp_dir().join(format!("awsgen-stream-{}", std::process::id()));
        let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &data).expect("write");
        let file = ByteStream::from_path(&path).expect("stat");
        assert_eq!((file.len(), file.is_replayable()), (Some(200_000), true));
        for _ in 0..2 {
            let body = file.to_body().expect("a fresh body");
            assert_eq!(body.collect().await.expect("reads").to_bytes().as_ref(), &data[..]);
        }
        let mut hashed = file.clone();
        let expected = crate::sigv4::hex(ring::digest::digest(&ring::digest::SHA256, &data).as_ref());
        assert_eq!(hashed.digests(false, None).await.expect("hash"), (expected, None, None));
        let middle = ByteStream::from_path_range(&path, 70_000, 100_000);
        assert_eq!(middle.clone().collect().await.expect("reads"), &data[70_000..170_000]);
        assert_eq!(middle.collect().await.expect("again"), &data[70_000..170_000], "a range replays");
        let copy = path.with_extension("copy");
        assert_eq!(file.clone().write_to(&copy).await.expect("copies"), 200_000);
        assert_eq!(std::fs::read(&copy).expect("read"), data);

        let once = ByteStream::from_body(ByteStream::from_bytes(data.clone()).to_body().expect("body"), Some(200_000));
        assert!(!once.is_replayable());
        let clone = once.clone();
        assert_eq!(once.collect().await.expect("reads"), data);
        assert!(clone.to_body().is_err(), "a one-shot body is read once");
        let _ = (std::fs::remove_file(&path), std::fs::remove_file(&copy));
    }
}
