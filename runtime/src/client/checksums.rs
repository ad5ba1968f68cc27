//! Which checksum a request carries and which a response is checked against (`@httpChecksum`),
//! as botocore decides: the caller's algorithm, else CRC-32 when the operation requires a
//! checksum or the configuration computes them whenever supported; never on a presigned
//! request (whoever sends it sends their own body).

use crate::checksum::{Algorithm, HttpChecksum, When};
use crate::http::{header, Response, StreamingResponse};

/// The headers a caller sets to send a checksum value themselves, rather than names or modes.
fn is_checksum_value(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.starts_with("x-amz-checksum-")
        && !matches!(name.as_str(), "x-amz-checksum-mode" | "x-amz-checksum-algorithm" | "x-amz-checksum-type")
}

/// A request's checksum algorithm, and the algorithm header to add when the client chose it.
pub(super) type Chosen = (Algorithm, Option<(String, String)>);

/// The request's checksum algorithm, and the algorithm header to add when the client chose it.
/// `None` when the operation takes none, the caller sent a value, or the configuration says
/// only when required and it is not.
pub(super) fn request_algorithm(
    op: &HttpChecksum,
    headers: &[(String, String)],
    when: When,
    presigning: bool,
) -> Result<Option<Chosen>, String> {
    if headers.iter().any(|(k, _)| is_checksum_value(k)) {
        return Ok(None);
    }
    let chosen = op.algorithm_header.and_then(|h| header(headers, h));
    if let Some(name) = chosen {
        return match Algorithm::from_name(name) {
            Some(a) => Ok(Some((a, None))),
            None => Err(format!(
                "checksum algorithm {name} is not one this client computes (CRC32, CRC32C, CRC64NVME, SHA1, SHA256)"
            )),
        };
    }
    if presigning || !(op.required || (op.algorithm_header.is_some() && when == When::Supported)) {
        return Ok(None);
    }
    let default = Algorithm::Crc32;
    Ok(Some((default, op.algorithm_header.map(|h| (h.to_string(), default.name().to_string())))))
}

/// Asks for the response's checksum when the configuration checks them whenever supported
/// (adds the mode header's `ENABLED`), and gives the algorithms to check the response with when
/// it was asked for.
pub(super) fn response_algorithms(
    op: &HttpChecksum,
    headers: &mut Vec<(String, String)>,
    when: When,
    presigning: bool,
) -> Option<&'static [Algorithm]> {
    let mode = op.mode_header?;
    if header(headers, mode).is_none() && when == When::Supported && !presigning {
        headers.push((mode.to_string(), "ENABLED".to_string()));
    }
    header(headers, mode).is_some_and(|v| v.eq_ignore_ascii_case("ENABLED")).then_some(op.response_algorithms)
}

/// The checksum to check a response against: the first of `algorithms` in AWS's order that the
/// response carries. A multipart object's checksum (`...-3`) is of its parts, not its body, and
/// a range (`Content-Range`) is part of the body the checksum is of: neither is checked.
fn expected(headers: &[(String, String)], algorithms: &[Algorithm]) -> Option<(Algorithm, String)> {
    if header(headers, "content-range").is_some() {
        return None;
    }
    Algorithm::VALIDATION_ORDER.into_iter().filter(|a| algorithms.contains(a)).find_map(|a| {
        let value = header(headers, a.header())?;
        (!value.contains('-')).then(|| (a, value.trim().to_string()))
    })
}

/// A whole response's body against its checksum.
pub(super) fn check_full(response: &Response, algorithms: &[Algorithm]) -> Result<(), String> {
    match expected(&response.headers, algorithms) {
        Some((a, want)) => {
            let got = a.of(&response.body);
            match got == want {
                true => Ok(()),
                false => Err(crate::stream::chunked::mismatch(a, &want, &got).to_string()),
            }
        }
        None => Ok(()),
    }
}

/// A streamed response whose body fails at its end if its checksum does not match.
pub(super) fn validated(mut r: StreamingResponse, algorithms: &[Algorithm]) -> StreamingResponse {
    use http_body_util::BodyExt;
    if let Some((a, want)) = expected(&r.headers, algorithms) {
        let len = r.body.len();
        if let Ok(body) = r.body.to_body() {
            let checked = crate::stream::chunked::Validated::new(body, a, want);
            r.body = crate::stream::ByteStream::from_body(checked.boxed_unsync(), len);
        }
    }
    r
}
