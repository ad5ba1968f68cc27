//! Flexible checksums (`@httpChecksum`): the algorithms S3 takes for request and response
//! bodies, and when a client computes and checks them.
//!
//! CRC-32 comes from `crc32fast`, CRC-32C and CRC-64/NVME from `crc`, SHA-1 and SHA-256 from
//! `ring`.

use crc::{Crc, Table};

static CRC32C: Crc<u32, Table<16>> = Crc::<u32, Table<16>>::new(&crc::CRC_32_ISCSI);
static CRC64NVME: Crc<u64, Table<16>> = Crc::<u64, Table<16>>::new(&crc::CRC_64_NVME);

/// A checksum algorithm of `@httpChecksum`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Algorithm {
    /// CRC-32 (ISO-HDLC, as zlib): the default of AWS's SDKs.
    Crc32,
    /// CRC-32C (Castagnoli).
    Crc32c,
    /// CRC-64/NVME.
    Crc64Nvme,
    /// SHA-1.
    Sha1,
    /// SHA-256.
    Sha256,
}

impl Algorithm {
    /// Which response checksum is checked when a response carries several: the order AWS's
    /// SDKs use (the cheapest first).
    pub const VALIDATION_ORDER: [Algorithm; 5] =
        [Algorithm::Crc64Nvme, Algorithm::Crc32c, Algorithm::Crc32, Algorithm::Sha1, Algorithm::Sha256];

    /// The algorithm a model's enum value names (`CRC32`, `crc64nvme`, ...), if this client
    /// implements it.
    pub fn from_name(name: &str) -> Option<Algorithm> {
        let all = [Algorithm::Crc32, Algorithm::Crc32c, Algorithm::Crc64Nvme, Algorithm::Sha1, Algorithm::Sha256];
        all.into_iter().find(|a| a.name().eq_ignore_ascii_case(name.trim()))
    }

    /// The name as the model's enum and `x-amz-sdk-checksum-algorithm` write it.
    pub fn name(self) -> &'static str {
        match self {
            Algorithm::Crc32 => "CRC32",
            Algorithm::Crc32c => "CRC32C",
            Algorithm::Crc64Nvme => "CRC64NVME",
            Algorithm::Sha1 => "SHA1",
            Algorithm::Sha256 => "SHA256",
        }
    }

    /// The header (or trailer) that carries the checksum.
    pub fn header(self) -> &'static str {
        match self {
            Algorithm::Crc32 => "x-amz-checksum-crc32",
            Algorithm::Crc32c => "x-amz-checksum-crc32c",
            Algorithm::Crc64Nvme => "x-amz-checksum-crc64nvme",
            Algorithm::Sha1 => "x-amz-checksum-sha1",
            Algorithm::Sha256 => "x-amz-checksum-sha256",
        }
    }

    /// A hasher to feed a body to, piece by piece.
    pub fn hasher(self) -> Hasher {
        Hasher(match self {
            Algorithm::Crc32 => State::Crc32(crc32fast::Hasher::new()),
            Algorithm::Crc32c => State::Crc32c(CRC32C.digest()),
            Algorithm::Crc64Nvme => State::Crc64(CRC64NVME.digest()),
            Algorithm::Sha1 => {
                State::Digest(Box::new(ring::digest::Context::new(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY)))
            }
            Algorithm::Sha256 => State::Digest(Box::new(ring::digest::Context::new(&ring::digest::SHA256))),
        })
    }

    /// The checksum of `data`, base64 as the header carries it.
    pub fn of(self, data: &[u8]) -> String {
        let mut h = self.hasher();
        h.update(data);
        h.finish()
    }
}

/// A checksum being computed.
pub struct Hasher(State);

enum State {
    Crc32(crc32fast::Hasher),
    Crc32c(crc::Digest<'static, u32, Table<16>>),
    Crc64(crc::Digest<'static, u64, Table<16>>),
    // Boxed: a digest context is some 200 bytes, a CRC's state a few.
    Digest(Box<ring::digest::Context>),
}

impl Hasher {
    /// Adds the next bytes.
    pub fn update(&mut self, data: &[u8]) {
        match &mut self.0 {
            State::Crc32(h) => h.update(data),
            State::Crc32c(h) => h.update(data),
            State::Crc64(h) => h.update(data),
            State::Digest(h) => h.update(data),
        }
    }

    /// The checksum, base64 of its big-endian bytes, as `x-amz-checksum-*` carries it.
    pub fn finish(self) -> String {
        let bytes = match self.0 {
            State::Crc32(h) => h.finalize().to_be_bytes().to_vec(),
            State::Crc32c(h) => h.finalize().to_be_bytes().to_vec(),
            State::Crc64(h) => h.finalize().to_be_bytes().to_vec(),
            State::Digest(h) => h.finish().as_ref().to_vec(),
        };
        crate::http_binding::base64(&bytes)
    }
}

impl std::fmt::Debug for Hasher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Hasher")
    }
}

/// When a client computes a request checksum or checks a response's, as the AWS CLI's
/// `request_checksum_calculation` and `response_checksum_validation` say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum When {
    /// Whenever the operation supports one (the default of AWS's SDKs since 2025): a request
    /// gets a CRC-32 unless the caller chose another algorithm; a response is asked for its
    /// checksum, which is checked.
    #[default]
    Supported,
    /// Only when the operation requires one, or the caller asked (set an algorithm, or the
    /// response's checksum mode). For stores that refuse checksums they do not know.
    Required,
}

impl When {
    /// `when_supported` or `when_required`, case-insensitively.
    pub fn parse(text: &str) -> Option<When> {
        match text.trim().to_ascii_lowercase().as_str() {
            "when_supported" => Some(When::Supported),
            "when_required" => Some(When::Required),
            _ => None,
        }
    }
}

/// The checksum settings of a configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ChecksumConfig {
    /// When requests carry a checksum (`AWS_REQUEST_CHECKSUM_CALCULATION`,
    /// `request_checksum_calculation`).
    pub request: When,
    /// When responses' checksums are asked for and checked (`AWS_RESPONSE_CHECKSUM_VALIDATION`,
    /// `response_checksum_validation`).
    pub response: When,
}

/// What an operation's `@httpChecksum` says, resolved to the headers its input binds.
#[derive(Debug, Clone, Copy)]
pub struct HttpChecksum {
    /// The header the input's algorithm member binds (`x-amz-sdk-checksum-algorithm`): the
    /// caller's choice, read from the request; `None` when the member is not a header.
    pub algorithm_header: Option<&'static str>,
    /// The operation requires a request checksum (`requestChecksumRequired`).
    pub required: bool,
    /// The header the validation-mode member binds (`x-amz-checksum-mode`): `ENABLED` asks the
    /// service for the response's checksum.
    pub mode_header: Option<&'static str>,
    /// The response carries a checksum of one of these (`responseAlgorithms` this client
    /// implements).
    pub response_algorithms: &'static [Algorithm],
}
