//! Flexible checksums and S3's aws-chunked encoding against the signing suite's vectors
//! (`../shared/testdata/signing-suite/checksums.json`, `aws-chunked.json`).

use awsgen_runtime::checksum::Algorithm;
use awsgen_runtime::sigv4::{ChunkSigner, Credentials, SigningScope};
use awsgen_runtime::stream::chunked::{encoded_length, trailer_lengths, AwsChunked, Validated};
use awsgen_runtime::stream::ByteStream;
use http_body_util::BodyExt;

fn suite(file: &str) -> serde_json::Value {
    let path = tests::shared().join("testdata/signing-suite").join(file);
    serde_json::from_str(&std::fs::read_to_string(path).expect("vectors")).expect("JSON")
}

/// `{"utf8": s}` or `{"repeat_utf8": s, "count": n}`, or a list of them.
fn bytes(v: &serde_json::Value) -> Vec<u8> {
    if let Some(list) = v.as_array() {
        return list.iter().flat_map(bytes).collect();
    }
    match (v["utf8"].as_str(), v["repeat_utf8"].as_str()) {
        (Some(s), _) => s.as_bytes().to_vec(),
        (None, Some(s)) => s.repeat(v["count"].as_u64().expect("count") as usize).into_bytes(),
        _ => panic!("not a body: {v}"),
    }
}

fn algorithm(name: &str) -> Algorithm {
    Algorithm::from_name(name).unwrap_or_else(|| panic!("{name}"))
}

#[test]
fn every_algorithm_matches_the_vectors() {
    let v = suite("checksums.json");
    let mut n = 0;
    let vectors = v["vectors"].as_array().expect("vectors").iter();
    for case in vectors.chain(v["check_values_computed_here"]["vectors"].as_array().expect("check values")) {
        let name = case["algorithm"].as_str().expect("algorithm");
        if name == "md5" {
            continue;
        }
        let a = algorithm(name);
        let input = bytes(&case["input"]);
        assert_eq!(a.of(&input), case["base64"].as_str().expect("base64"), "{name} of {}", case["input"]);
        assert_eq!(a.header(), case["header"].as_str().expect("header"));
        // Fed in uneven pieces, the same.
        let mut h = a.hasher();
        input.chunks(7).for_each(|piece| h.update(piece));
        assert_eq!(h.finish(), case["base64"].as_str().expect("base64"));
        n += 1;
    }
    assert!(n >= 25, "{n} vectors");
    for case in v["trailer_lengths"].as_array().expect("trailer lengths") {
        let a = algorithm(case["algorithm"].as_str().expect("algorithm"));
        assert_eq!(trailer_lengths(a, false), vec![case["length"].as_u64().expect("length")]);
    }
}

/// A body that arrives in the given pieces.
struct Pieces(std::collections::VecDeque<Vec<u8>>);

impl http_body::Body for Pieces {
    type Data = bytes::Bytes;
    type Error = awsgen_runtime::stream::BoxError;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<bytes::Bytes>, Self::Error>>> {
        std::task::Poll::Ready(self.0.pop_front().map(|p| Ok(http_body::Frame::data(bytes::Bytes::from(p)))))
    }
}

fn pieces(payload: &[u8], n: usize) -> awsgen_runtime::stream::BoxBody {
    Pieces(payload.chunks(payload.len().div_ceil(n).max(1)).map(<[u8]>::to_vec).collect()).boxed_unsync()
}

/// Encodes `payload` as the client sends it, arriving in `n` pieces.
async fn encode(
    payload: &[u8],
    n: usize,
    chunk_size: usize,
    a: Option<Algorithm>,
    signer: Option<ChunkSigner>,
) -> Vec<u8> {
    let body = AwsChunked::new(pieces(payload, n), chunk_size, a, signer);
    body.collect().await.expect("encoded").to_bytes().to_vec()
}

#[tokio::test]
async fn aws_chunked_matches_the_vectors() {
    let v = suite("aws-chunked.json");
    for case in v["unsigned_encoding"].as_array().expect("unsigned") {
        let name = case["name"].as_str().expect("name");
        let payload = case["payload_utf8"].as_str().expect("payload").as_bytes();
        let chunk_size = case["chunk_size"].as_u64().unwrap_or(64 * 1024) as usize;
        // The vectors' trailers are the payload's checksums: the encoder computes them.
        let a = case["trailers"].as_array().and_then(|t| t.first()).map(|t| {
            let header = t[0].as_str().expect("header");
            algorithm(header.trim_start_matches("x-amz-checksum-"))
        });
        for n in [1, 3, 6] {
            let body = encode(payload, n, chunk_size, a, None).await;
            let expected = case["expected_body"].as_str().expect("body");
            assert_eq!(String::from_utf8_lossy(&body), expected, "{name} in {n} pieces");
            let trailers = a.map(|a| trailer_lengths(a, false)).unwrap_or_default();
            assert_eq!(
                encoded_length(payload.len() as u64, chunk_size as u64, false, &trailers),
                body.len() as u64,
                "{name}"
            );
        }
    }
    for case in v["encoded_length"].as_array().expect("lengths") {
        let lines: Vec<u64> =
            case["trailer_line_lengths"].as_array().expect("lines").iter().map(|n| n.as_u64().expect("n")).collect();
        let got = encoded_length(
            case["decoded_length"].as_u64().expect("decoded"),
            case["chunk_size"].as_u64().expect("chunk size"),
            case["signed"].as_bool().expect("signed"),
            &lines,
        );
        assert_eq!(got, case["expected_encoded_length"].as_u64().expect("expected"), "{case}");
    }
}

/// Chunk and trailer signatures chained on the seed, and the whole signed body where the
/// vectors give it.
#[tokio::test]
async fn signed_chunks_match_the_vectors() {
    let v = suite("aws-chunked.json");
    let mut bodies = 0;
    for case in v["signed"].as_array().expect("signed") {
        let name = case["name"].as_str().expect("name");
        let (c, e) = (&case["credentials"], &case["expected"]);
        let creds = Credentials::new(
            c["access_key_id"].as_str().expect("id"),
            c["secret_access_key"].as_str().expect("key"),
            None,
        );
        let time = tests::amz_date(case["x_amz_date"].as_str().expect("date"));
        let scope = SigningScope { region: case["region"].as_str().expect("region"), service: "s3", time };
        let seed = e["seed_signature"].as_str().or(case["seed_signature"].as_str()).expect("seed");
        let payload = bytes(&case["payload"]);
        let chunks = e["chunks"].as_array().expect("chunks");
        let mut signer = ChunkSigner::new(&creds, &scope, seed);
        let mut at = 0;
        for chunk in chunks {
            let size = chunk["size"].as_u64().expect("size") as usize;
            assert_eq!(signer.chunk(&payload[at..at + size]), chunk["signature"].as_str().expect("sig"), "{name}");
            at += size;
        }
        if let Some(trailer) = e.get("trailer") {
            let text = trailer["hashed_text"].as_str().expect("text");
            assert_eq!(signer.trailer(text), trailer["signature"].as_str().expect("sig"), "{name}: trailer");
        }
        // The whole body, when its trailer is one checksum the encoder computes.
        let Some(expected) = e.get("body_segments") else { continue };
        let trailer = e.get("trailer").map(|t| t["headers"][0][0].as_str().expect("header").to_string());
        let a = trailer.as_deref().map(|h| algorithm(h.trim_start_matches("x-amz-checksum-")));
        let chunk_size = chunks[0]["size"].as_u64().expect("size") as usize;
        let body = encode(&payload, 5, chunk_size, a, Some(ChunkSigner::new(&creds, &scope, seed))).await;
        assert_eq!(String::from_utf8_lossy(&body), String::from_utf8_lossy(&bytes(expected)), "{name}: body");
        assert_eq!(body.len() as u64, e["body_length"].as_u64().expect("length"), "{name}");
        let lines = a.map(|a| trailer_lengths(a, true)).unwrap_or_default();
        assert_eq!(encoded_length(payload.len() as u64, chunk_size as u64, true, &lines), body.len() as u64, "{name}");
        bodies += 1;
    }
    assert_eq!(bodies, 3);
}

/// A download whose body does not match its checksum fails at its end; one that matches reads
/// whole.
#[tokio::test]
async fn a_mismatched_download_fails() {
    let v = suite("checksums.json");
    for case in v["response_validation_failures"].as_array().expect("failures") {
        let a = algorithm(case["algorithm"].as_str().expect("algorithm"));
        let body = case["response_body_utf8"].as_str().expect("body").as_bytes();
        let header = case["response_header"][a.header()].as_str().expect("header").to_string();
        let bad = ByteStream::from_body(Validated::new(pieces(body, 2), a, header).boxed_unsync(), None);
        let err = bad.collect().await.expect_err("a mismatch is an error");
        assert!(err.to_string().contains(&a.of(body)), "{err}");
        let good = ByteStream::from_body(Validated::new(pieces(body, 2), a, a.of(body)).boxed_unsync(), None);
        assert_eq!(good.collect().await.expect("matches"), body);
    }
}
