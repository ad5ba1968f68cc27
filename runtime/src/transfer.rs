//! Large objects: a file uploaded in parts and downloaded by ranges, several at a time, without
//! holding more than a few chunks of it in memory.
//!
//! The S3 client has `upload_file` and `download_file`, which drive these with its operations
//! (`CreateMultipartUpload`, `UploadPart`, `CompleteMultipartUpload`, `AbortMultipartUpload`;
//! `HeadObject`, ranged `GetObject`). Each part is a call of its own, so it is retried as any call
//! is (a part is read from the file again); an upload that fails is aborted, so its parts are
//! not left stored (and billed).

use std::path::Path;
use std::task::Poll;

use crate::http::BoxFuture;
use crate::stream::{BoxError, ByteStream};

/// S3's limits: parts of 5 MiB at least (but the last), 10,000 parts at most.
const MIN_PART: u64 = 5 * 1024 * 1024;
const MAX_PARTS: u64 = 10_000;

/// How a transfer is split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransferConfig {
    part_size: u64,
    concurrency: usize,
}

impl Default for TransferConfig {
    /// Parts (and ranges) of 8 MiB, 8 at a time, as the AWS CLI transfers.
    fn default() -> Self {
        TransferConfig { part_size: 8 * 1024 * 1024, concurrency: 8 }
    }
}

impl TransferConfig {
    /// The size of each part and range (at least 5 MiB; larger when a file would need more than
    /// 10,000 parts).
    pub fn part_size(mut self, bytes: u64) -> Self {
        self.part_size = bytes.max(MIN_PART);
        self
    }

    /// How many parts or ranges are in flight at once (at least 1).
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// The part size for a `size`-byte object: as configured, or larger to fit 10,000 parts.
    fn part_size_for(&self, size: u64) -> u64 {
        self.part_size.max(size.div_ceil(MAX_PARTS))
    }
}

/// A part the service stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UploadedPart {
    /// Its number, from 1.
    pub number: i32,
    /// The ETag the service gave it.
    pub e_tag: String,
    /// Its CRC-32 (base64), as sent and checked by the service.
    pub checksum_crc32: Option<String>,
}

/// What a multipart upload needs of a service.
pub trait MultipartTarget: Sync {
    /// Starts an upload; its id.
    fn create(&self) -> BoxFuture<'_, Result<String, BoxError>>;
    /// Sends part `number`.
    fn upload_part<'a>(
        &'a self,
        upload_id: &'a str,
        number: i32,
        body: ByteStream,
    ) -> BoxFuture<'a, Result<UploadedPart, BoxError>>;
    /// Joins the parts into the object.
    fn complete<'a>(&'a self, upload_id: &'a str, parts: Vec<UploadedPart>) -> BoxFuture<'a, Result<(), BoxError>>;
    /// Drops the upload and the parts sent.
    fn abort<'a>(&'a self, upload_id: &'a str) -> BoxFuture<'a, Result<(), BoxError>>;
}

/// What a ranged download needs of a service.
pub trait RangedSource: Sync {
    /// The object's size and ETag.
    fn head(&self) -> BoxFuture<'_, Result<(u64, Option<String>), BoxError>>;
    /// Bytes `first..=last` of the object, refused if it no longer has `e_tag` (it changed
    /// during the download).
    fn range<'a>(
        &'a self,
        first: u64,
        last: u64,
        e_tag: Option<&'a str>,
    ) -> BoxFuture<'a, Result<ByteStream, BoxError>>;
}

/// A transfer that failed: what failed, and for an upload whether it was aborted.
#[derive(Debug)]
pub struct TransferError {
    message: String,
    source: BoxError,
}

impl TransferError {
    fn new(message: impl Into<String>, source: impl Into<BoxError>) -> Self {
        TransferError { message: message.into(), source: source.into() }
    }
}

impl std::fmt::Display for TransferError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.message, self.source)
    }
}

impl std::error::Error for TransferError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

/// What an upload sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Uploaded {
    /// The parts, in order.
    pub parts: Vec<UploadedPart>,
    /// The bytes sent.
    pub bytes: u64,
}

/// Uploads the file at `path` in parts, `config.concurrency` at a time; on failure the upload
/// is aborted and the first error returned.
pub async fn upload_file(
    target: &dyn MultipartTarget,
    path: &Path,
    config: &TransferConfig,
) -> Result<Uploaded, TransferError> {
    let size = std::fs::metadata(path).map_err(|e| TransferError::new(format!("reading {}", path.display()), e))?.len();
    let part = config.part_size_for(size);
    let count = size.div_ceil(part).max(1);
    let id = target.create().await.map_err(|e| TransferError::new("starting the upload", e))?;
    let sends = (0..count).map(|i| {
        let (offset, id) = (i * part, id.as_str());
        let body = ByteStream::from_path_range(path, offset, part.min(size - offset));
        let number = i as i32 + 1;
        Box::pin(async move { target.upload_part(id, number, body).await.map_err(|e| (number, e)) }) as BoxFuture<'_, _>
    });
    let mut parts: Vec<UploadedPart> = match bounded(sends, config.concurrency).await {
        Ok(parts) => parts,
        Err((number, e)) => return Err(aborted(target, &id, format!("part {number}"), e).await),
    };
    parts.sort_by_key(|p| p.number);
    match target.complete(&id, parts.clone()).await {
        Ok(()) => Ok(Uploaded { parts, bytes: size }),
        Err(e) => Err(aborted(target, &id, "completing the upload".to_string(), e).await),
    }
}

async fn aborted(target: &dyn MultipartTarget, id: &str, what: String, e: BoxError) -> TransferError {
    match target.abort(id).await {
        Ok(()) => TransferError::new(format!("{what} failed; the upload was aborted"), e),
        Err(abort) => TransferError::new(format!("{what} failed, and aborting the upload too ({abort})"), e),
    }
}

/// Downloads the object to a new file at `path` by ranges, `config.concurrency` at a time, each
/// written where it goes as it arrives. Returns the bytes written.
pub async fn download_file(
    source: &dyn RangedSource,
    path: &Path,
    config: &TransferConfig,
) -> Result<u64, TransferError> {
    let (size, e_tag) = source.head().await.map_err(|e| TransferError::new("reading the object's size", e))?;
    let file =
        std::fs::File::create(path).map_err(|e| TransferError::new(format!("creating {}", path.display()), e))?;
    file.set_len(size).map_err(|e| TransferError::new(format!("sizing {}", path.display()), e))?;
    drop(file);
    let part = config.part_size_for(size);
    let ranges = (0..size.div_ceil(part)).map(|i| {
        let (first, e_tag) = (i * part, e_tag.as_deref());
        let last = (first + part).min(size) - 1;
        Box::pin(async move {
            let body = source.range(first, last, e_tag).await?;
            write_at(body, path, first, last + 1 - first).await
        }) as BoxFuture<'_, Result<(), BoxError>>
    });
    match bounded(ranges, config.concurrency).await {
        Ok(_) => Ok(size),
        Err(e) => Err(TransferError::new(format!("downloading to {}", path.display()), e)),
    }
}

/// Writes `body` into the file at `path` from `offset`; it must be `len` bytes.
async fn write_at(mut body: ByteStream, path: &Path, offset: u64, len: u64) -> Result<(), BoxError> {
    use tokio::io::{AsyncSeekExt, AsyncWriteExt};
    let mut file = tokio::fs::OpenOptions::new().write(true).open(path).await?;
    file.seek(std::io::SeekFrom::Start(offset)).await?;
    let mut written = 0;
    while let Some(chunk) = body.next().await {
        let chunk = chunk?;
        written += chunk.len() as u64;
        if written > len {
            return Err(format!("the range from {offset} is longer than the {len} bytes asked").into());
        }
        file.write_all(&chunk).await?;
    }
    file.flush().await?;
    match written == len {
        true => Ok(()),
        false => Err(format!("the range from {offset} ended after {written} of {len} bytes").into()),
    }
}

/// Runs `tasks`, at most `limit` at once, in this task (no spawning, so they may borrow);
/// the first error stops the others.
async fn bounded<'a, T, E>(
    mut tasks: impl Iterator<Item = BoxFuture<'a, Result<T, E>>>,
    limit: usize,
) -> Result<Vec<T>, E> {
    let mut running: Vec<BoxFuture<'a, Result<T, E>>> = Vec::new();
    let mut done = Vec::new();
    loop {
        while running.len() < limit {
            match tasks.next() {
                Some(task) => running.push(task),
                None => break,
            }
        }
        if running.is_empty() {
            return Ok(done);
        }
        let (index, result) = std::future::poll_fn(|cx| {
            for (i, task) in running.iter_mut().enumerate() {
                if let Poll::Ready(result) = task.as_mut().poll(cx) {
                    return Poll::Ready((i, result));
                }
            }
            Poll::Pending
        })
        .await;
        drop(running.swap_remove(index));
        done.push(result?);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// Keeps parts in memory; fails part `fail` if set.
    #[derive(Default)]
    struct Memory {
        parts: Mutex<Vec<(i32, Vec<u8>)>>,
        fail: Option<i32>,
        aborted: Mutex<bool>,
        object: Mutex<Vec<u8>>,
    }

    impl MultipartTarget for Memory {
        fn create(&self) -> BoxFuture<'_, Result<String, BoxError>> {
            Box::pin(async { Ok("id".to_string()) })
        }
        fn upload_part<'a>(
            &'a self,
            _: &'a str,
            n: i32,
            body: ByteStream,
        ) -> BoxFuture<'a, Result<UploadedPart, BoxError>> {
            Box::pin(async move {
                if self.fail == Some(n) {
                    return Err("refused".into());
                }
                let bytes = body.collect().await?;
                let sum = crate::checksum::Algorithm::Crc32.of(&bytes);
                self.parts.lock().unwrap().push((n, bytes));
                Ok(UploadedPart { number: n, e_tag: format!("\"{n}\""), checksum_crc32: Some(sum) })
            })
        }
        fn complete<'a>(&'a self, _: &'a str, parts: Vec<UploadedPart>) -> BoxFuture<'a, Result<(), BoxError>> {
            Box::pin(async move {
                let mut stored = self.parts.lock().unwrap().clone();
                stored.sort();
                assert_eq!(
                    parts.iter().map(|p| p.number).collect::<Vec<_>>(),
                    (1..=stored.len() as i32).collect::<Vec<_>>()
                );
                *self.object.lock().unwrap() = stored.into_iter().flat_map(|(_, b)| b).collect();
                Ok(())
            })
        }
        fn abort<'a>(&'a self, _: &'a str) -> BoxFuture<'a, Result<(), BoxError>> {
            *self.aborted.lock().unwrap() = true;
            Box::pin(async { Ok(()) })
        }
    }

    impl RangedSource for Memory {
        fn head(&self) -> BoxFuture<'_, Result<(u64, Option<String>), BoxError>> {
            Box::pin(async { Ok((self.object.lock().unwrap().len() as u64, Some("\"e\"".to_string()))) })
        }
        fn range<'a>(
            &'a self,
            first: u64,
            last: u64,
            e_tag: Option<&'a str>,
        ) -> BoxFuture<'a, Result<ByteStream, BoxError>> {
            assert_eq!(e_tag, Some("\"e\""));
            let bytes = self.object.lock().unwrap()[first as usize..=last as usize].to_vec();
            Box::pin(async move { Ok(ByteStream::from(bytes)) })
        }
    }

    #[tokio::test]
    async fn a_file_goes_up_in_parts_and_down_by_ranges() {
        let dir = std::env::temp_dir().join(format!("awsgen-transfer-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let data: Vec<u8> = (0..(11 * 1024 * 1024 + 17) as u32).map(|i| (i % 253) as u8).collect();
        std::fs::write(dir.join("up"), &data).unwrap();
        let store = Memory::default();
        let config = TransferConfig::default().part_size(1).concurrency(3);
        let up = upload_file(&store, &dir.join("up"), &config).await.unwrap();
        assert_eq!((up.parts.len(), up.bytes), (3, data.len() as u64), "5 MiB parts at least");
        assert_eq!(*store.object.lock().unwrap(), data);
        assert_eq!(download_file(&store, &dir.join("down"), &config).await.unwrap(), data.len() as u64);
        assert_eq!(std::fs::read(dir.join("down")).unwrap(), data);

        let failing = Memory { fail: Some(2), ..Memory::default() };
        let err = upload_file(&failing, &dir.join("up"), &config).await.unwrap_err();
        assert!(err.to_string().starts_with("part 2 failed; the upload was aborted"), "{err}");
        assert!(*failing.aborted.lock().unwrap());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn part_sizes_fit_ten_thousand_parts() {
        let config = TransferConfig::default();
        assert_eq!(config.part_size_for(1 << 30), 8 << 20);
        assert_eq!(config.part_size_for(5 << 40), (5u64 << 40).div_ceil(10_000));
    }
}
