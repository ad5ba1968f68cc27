//! The event-stream frame codec against every vector in `../shared/testdata/eventstream`
//! (smithy-rs's frames, botocore's decoder tests, aws-c-event-stream's encode and decode
//! cases): valid frames decode to the expected message and re-encode to the same bytes, frames
//! split anywhere decode once whole, and every invalid frame is refused with one of its defects.

use awsgen_runtime::codegen::eventstream::{self, Decoder, FrameError, Header, HeaderValue, Message};
use serde_json::Value;

fn vectors(file: &str) -> Value {
    let path = tests::shared().join("testdata/eventstream").join(file);
    serde_json::from_str(&std::fs::read_to_string(&path).expect("vector file")).expect("JSON")
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex")).collect()
}

/// A case's bytes: `hex`, or `segments` (hex pieces and repeated bytes).
fn bytes(case: &Value) -> Vec<u8> {
    if let Some(h) = case["hex"].as_str() {
        return hex(h);
    }
    let mut out = Vec::new();
    for seg in case["segments"].as_array().expect("hex or segments") {
        match seg["hex"].as_str() {
            Some(h) => out.extend(hex(h)),
            None => {
                let byte = hex(seg["repeat_hex"].as_str().expect("repeat_hex"))[0];
                out.extend(std::iter::repeat_n(byte, seg["count"].as_u64().expect("count") as usize));
            }
        }
    }
    out
}

fn header(h: &Value) -> Header {
    let v = &h["value"];
    let int = || v.as_i64().expect("integer value");
    let value = match h["type"].as_str().expect("type") {
        "bool" => HeaderValue::Bool(v.as_bool().expect("bool")),
        "byte" => HeaderValue::Byte(int() as i8),
        "short" => HeaderValue::Short(int() as i16),
        "integer" => HeaderValue::Int(int() as i32),
        "long" => HeaderValue::Long(int()),
        "byte_array" => HeaderValue::ByteArray(hex(v.as_str().expect("hex"))),
        "string" => HeaderValue::String(v.as_str().expect("string").to_string()),
        "timestamp" => HeaderValue::Timestamp(int()),
        "uuid" => HeaderValue::Uuid(hex(v.as_str().expect("hex")).try_into().expect("16 bytes")),
        other => panic!("type {other}"),
    };
    Header { name: h["name"].as_str().expect("name").to_string(), value }
}

fn message(expected: &Value) -> Message {
    let headers = expected["headers"].as_array().expect("headers").iter().map(header).collect();
    Message { headers, payload: hex(expected["payload_hex"].as_str().expect("payload_hex")) }
}

/// Decodes a whole stream fed in `pieces`, checking nothing comes before a frame is complete.
fn decode_stream(pieces: &[Vec<u8>]) -> Result<Vec<Message>, FrameError> {
    let mut decoder = Decoder::new();
    let mut out = Vec::new();
    for piece in pieces {
        decoder.push(piece);
        while let Some(m) = decoder.next_message()? {
            out.push(m);
        }
    }
    decoder.finish()?;
    Ok(out)
}

/// A valid case: decodes to `expected`, byte by byte too, and re-encodes to the same bytes.
fn valid(name: &str, frame: &[u8], expected: &Message) {
    assert_eq!(&eventstream::decode(frame).unwrap_or_else(|e| panic!("{name}: {e}")), expected, "{name}");
    let one_byte_at_a_time: Vec<Vec<u8>> = frame.iter().map(|b| vec![*b]).collect();
    assert_eq!(decode_stream(&one_byte_at_a_time).expect(name), std::slice::from_ref(expected), "{name} byte by byte");
    assert_eq!(eventstream::encode(expected), frame, "{name} re-encoded");
}

/// An invalid case: refused, with one of the defects the case lists.
fn invalid(name: &str, frame: &[u8], case: &Value) -> FrameError {
    let e = decode_stream(&[frame.to_vec()]).expect_err(name);
    let defects: Vec<&str> = case["defects"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    assert!(defects.contains(&e.defect()), "{name}: refused as {} ({e}), the case lists {defects:?}", e.defect());
    e
}

#[test]
fn smithy_rs_frames() {
    let cases = vectors("smithy-rs-frames.json");
    let cases = cases["cases"].as_array().expect("cases");
    assert_eq!(cases.len(), 11);
    for case in cases {
        let name = case["name"].as_str().expect("name");
        let file = tests::shared().join("testdata/eventstream").join(case["file"].as_str().expect("file"));
        let frame = std::fs::read(&file).expect("frame file");
        assert_eq!(frame, hex(case["hex"].as_str().expect("hex")), "{name}: the file is the hex");
        match case["valid"].as_bool() {
            Some(true) => valid(name, &frame, &message(&case["expected"])),
            _ => {
                invalid(name, &frame, case);
            }
        }
    }
}

#[test]
fn botocore_decoder_cases() {
    let v = vectors("botocore.json");
    let positive: Vec<(&str, Message)> = v["positive"]
        .as_array()
        .expect("positive")
        .iter()
        .map(|c| {
            let (name, expected) = (c["name"].as_str().expect("name"), message(&c["expected"]));
            valid(name, &bytes(c), &expected);
            (name, expected)
        })
        .collect();
    assert_eq!(positive.len(), 9);
    let negative = v["negative"].as_array().expect("negative");
    assert_eq!(negative.len(), 7);
    for case in negative {
        invalid(case["name"].as_str().expect("name"), &bytes(case), case);
    }
    for case in v["extra"].as_array().expect("extra") {
        let name = case["name"].as_str().expect("name");
        match name {
            "partial_message" | "event_stream_wrapper_iteration" | "event_stream_initial_response" => {
                let pieces: Vec<Vec<u8>> = case["chunks_hex"]
                    .as_array()
                    .expect("chunks")
                    .iter()
                    .map(|c| hex(c.as_str().expect("hex")))
                    .collect();
                let expected: Vec<Message> =
                    case["expected_messages"].as_array().expect("messages").iter().map(message).collect();
                assert_eq!(decode_stream(&pieces).expect(name), expected, "{name}");
            }
            "all_positive_cases_one_buffer" => {
                let names = case["expected_message_names"].as_array().expect("names");
                let expected: Vec<Message> = names
                    .iter()
                    .map(|n| positive.iter().find(|(p, _)| Some(*p) == n.as_str()).expect("a positive case").1.clone())
                    .collect();
                assert_eq!(decode_stream(&[bytes(case)]).expect(name), expected, "{name}");
            }
            "header_parser" => {
                let block = hex(case["headers_block_hex"].as_str().expect("block"));
                let expected: Vec<Header> =
                    case["expected_headers"].as_array().expect("headers").iter().map(header).collect();
                assert_eq!(eventstream::decode_headers(&block).expect(name), expected);
                let mut encoded = Vec::new();
                expected.iter().for_each(|h| eventstream::encode_header(h, &mut encoded));
                assert_eq!(encoded, block, "{name} re-encoded");
            }
            "utf8_string_value" => {
                // The same bytes as a string header's value.
                let mut block = vec![1, b's', 7];
                block.extend(bytes(case));
                let headers = eventstream::decode_headers(&block).expect(name);
                let text = case["expected_utf8"].as_str().expect("utf8").to_string();
                assert_eq!(headers, [Header { name: "s".into(), value: HeaderValue::String(text) }]);
                assert_eq!(block.len() - 3, case["bytes_consumed"].as_u64().expect("consumed") as usize);
            }
            other => panic!("an extra case this test does not know: {other}"),
        }
    }
}

#[test]
fn aws_c_event_stream_cases() {
    let v = vectors("aws-c-event-stream.json");
    let encode = v["encode"].as_array().expect("encode");
    assert_eq!(encode.len(), 4);
    for case in encode {
        let input = &case["input"];
        let m = message(input);
        assert_eq!(eventstream::encode(&m), hex(case["expected_hex"].as_str().expect("hex")), "{}", case["name"]);
    }
    let decode = v["decode"].as_array().expect("decode");
    assert_eq!(decode.len(), 11);
    for case in decode {
        let name = case["name"].as_str().expect("name");
        match (case["valid"].as_bool(), case.get("expected_messages"), case.get("headers_block")) {
            (Some(true), Some(messages), _) => {
                let frames = bytes(case);
                let size = case["feed_in_pieces_of"].as_u64().unwrap_or(1) as usize;
                let pieces: Vec<Vec<u8>> = frames.chunks(size).map(<[u8]>::to_vec).collect();
                let expected: Vec<Message> = messages.as_array().expect("messages").iter().map(message).collect();
                assert_eq!(decode_stream(&pieces).expect(name), expected, "{name}");
            }
            (Some(true), None, _) => valid(name, &bytes(case), &message(&case["expected"])),
            (_, _, Some(block)) => {
                let block = bytes(&serde_json::json!({ "segments": [block] }));
                assert!(eventstream::decode_headers(&block).is_err(), "{name}: a block of empty names is refused");
            }
            _ => {
                invalid(name, &bytes(case), case);
            }
        }
    }
}

#[test]
fn a_stream_cut_inside_a_frame_is_an_error_and_buffering_is_bounded() {
    let frame = eventstream::encode(&Message {
        headers: vec![Header { name: ":event-type".into(), value: HeaderValue::String("chunk".into()) }],
        payload: b"hello".to_vec(),
    });
    let cut = decode_stream(&[frame[..frame.len() - 1].to_vec()]).expect_err("cut");
    assert!(matches!(cut, FrameError::Truncated { .. }), "{cut}");
    let cut = decode_stream(&[frame[..5].to_vec()]).expect_err("cut in the prelude");
    assert!(matches!(cut, FrameError::Truncated { .. }), "{cut}");
    // A prelude claiming more than the limits allow is refused at once, not waited for.
    let mut huge = Message { headers: vec![], payload: vec![0; 16] };
    let mut bytes = eventstream::encode(&huge);
    bytes[..4].copy_from_slice(&((eventstream::MAX_PAYLOAD_LEN + 17) as u32).to_be_bytes());
    let crc = crc_of(&bytes[..8]);
    bytes[8..12].copy_from_slice(&crc.to_be_bytes());
    let e = decode_stream(&[bytes[..12].to_vec()]).expect_err("too large");
    assert_eq!(e.defect(), "payload_exceeds_24MiB");
    // Many messages in one read, and the buffer does not keep what was read.
    huge.payload = vec![7; 1000];
    let one = eventstream::encode(&huge);
    let mut decoder = Decoder::new();
    for _ in 0..1000 {
        decoder.push(&one);
        assert_eq!(decoder.next_message().expect("valid").as_ref(), Some(&huge));
        assert_eq!(decoder.pending(), 0);
    }
}

/// CRC-32 (ISO-HDLC), written out here so the test does not share the codec's.
fn crc_of(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// Event signing (`signing.json`): smithy-rs's one message, and aws-c-auth's request and its
/// chain of four events, each signature the next one's prior.
#[test]
fn event_signing_vectors() {
    use awsgen_runtime::sigv4::{self, Credentials, SignableRequest, SigningScope};
    use awsgen_runtime::DateTime;
    let v = vectors("signing.json");
    let cases = v["cases"].as_array().expect("cases");
    let str_of = |v: &Value| v.as_str().expect("string").to_string();
    let creds = |input: &Value| {
        Credentials::new(
            str_of(&input["credentials"]["access_key_id"]),
            str_of(&input["credentials"]["secret_access_key"]),
            None,
        )
    };

    let case = &cases[0];
    let (input, expected) = (&case["input"], &case["expected"]);
    let time = DateTime::from_secs_and_nanos(
        input["time"]["epoch_seconds"].as_i64().expect("seconds"),
        input["time"]["subsec_nanos"].as_u64().expect("nanos") as u32,
    );
    let scope = SigningScope {
        region: input["region"].as_str().expect("region"),
        service: input["service"].as_str().expect("service"),
        time,
    };
    let mut event = message(&serde_json::json!({ "headers": input["message"]["headers"], "payload_hex": "" }));
    event.payload = input["message"]["payload_utf8"].as_str().expect("payload").as_bytes().to_vec();
    let frame = eventstream::encode(&event);
    assert_eq!(frame, hex(input["message_hex"].as_str().expect("hex")));
    let signed = sigv4::sign_event(&frame, input["last_signature"].as_str().expect("last"), &creds(input), &scope);
    assert_eq!(signed.string_to_sign, str_of(&expected["string_to_sign"]));
    assert_eq!(signed.signature, str_of(&expected["signature"]));
    assert_eq!(eventstream::encode(&signed.message), hex(expected["signed_message_hex"].as_str().expect("hex")));
    let headers: Vec<Header> =
        expected["signed_message_headers"].as_array().expect("headers").iter().map(header).collect();
    assert_eq!(signed.message.headers, headers);

    let case = &cases[1];
    let (input, expected) = (&case["input"], &case["expected"]);
    let request = &input["request"];
    let mut headers: Vec<(String, String)> =
        request["headers"].as_array().expect("headers").iter().map(|h| (str_of(&h[0]), str_of(&h[1]))).collect();
    headers.push(("x-amz-content-sha256".to_string(), str_of(&request["x-amz-content-sha256"])));
    let at = |text: &Value| DateTime::from_rfc3339(text.as_str().expect("time")).expect("RFC 3339");
    let scope = |time| SigningScope { region: "us-east-1", service: "demo", time };
    let req = SignableRequest { method: "POST", path: "/streaming", query: "", headers: &headers, body: b"" };
    let signature = sigv4::sign(&req, &creds(input), &scope(at(&request["time"])));
    assert_eq!(signature.canonical_request, str_of(&expected["request_canonical_request"]));
    assert_eq!(signature.signature, str_of(&expected["request_signature"]));
    let mut prior = signature.signature;
    let events = expected["events"].as_array().expect("events");
    assert_eq!(events.len(), 4);
    for e in events {
        let signed = sigv4::sign_event(
            &hex(e["payload_hex"].as_str().expect("hex")),
            &prior,
            &creds(input),
            &scope(at(&e["time"])),
        );
        assert_eq!(signed.string_to_sign, str_of(&e["string_to_sign"]));
        assert_eq!(signed.signature, str_of(&e["signature"]));
        let mut date = Vec::new();
        eventstream::encode_header(&signed.message.headers[1], &mut date);
        assert_eq!(date, hex(e["date_header_hex"].as_str().expect("hex")));
        prior = signed.signature;
    }
}
