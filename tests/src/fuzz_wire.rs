//! The `wire` fuzz target: the XML and CBOR readers every awsQuery, ec2Query, restXml and
//! rpcv2Cbor client reads responses with, on any bytes.
//!
//! Generated parsers are a `match` on member names that calls these readers, so `Probe` reads
//! like a generated structure whose members are of every type at once: the length of an
//! element's name (or a map key) picks the type its value is read as. Real response bodies then
//! reach every reader, and a mutation that renames a member reaches another one.

use std::collections::BTreeMap;

use awsgen_runtime::codegen::cbor::{self, CborReader, FromCbor};
use awsgen_runtime::codegen::http_binding::TimeFormat;
use awsgen_runtime::codegen::xml::{self, FromXml, Node};
use awsgen_runtime::codegen::DeserializeError;
use awsgen_runtime::primitives::{BigDecimal, BigInteger, Blob};
use awsgen_runtime::DateTime;

type R<T> = Result<T, DeserializeError>;

/// How many values were read; a structure of every member type.
pub struct Probe(pub usize);

const FORMATS: [TimeFormat; 3] = [TimeFormat::DateTime, TimeFormat::EpochSeconds, TimeFormat::HttpDate];

fn counted<T>(read: R<Option<T>>) -> R<usize> {
    read.map(|v| usize::from(v.is_some()))
}

/// A nested structure, list or map counts the values inside it too.
fn nested<'p>(probes: impl IntoIterator<Item = &'p Probe>) -> usize {
    probes.into_iter().map(|p| 1 + p.0).sum()
}

impl FromXml for Probe {
    fn read_xml(node: Node<'_, '_>) -> R<Self> {
        node.enter()?;
        let mut n = 0;
        for child in node.children() {
            // First as the type the name picks, as generated code would; when that fails, as
            // each other type in turn, so a real body is read through.
            let len = child.name().len();
            n += (len..len + 12).find_map(|kind| read_xml_as(kind, child).ok()).unwrap_or(0);
        }
        Ok(Probe(n))
    }

    fn zero_value() -> Self {
        Probe(0)
    }
}

/// An element read by one of the readers generated code calls for a member, by number.
fn read_xml_as(kind: usize, child: Node<'_, '_>) -> R<usize> {
    let attribute = counted(xml::attribute(child, "a", |s| s.parse::<i64>().ok()))?;
    let n = match kind % 12 {
        0 => nested(&xml::member::<Probe>(child)?),
        1 => counted(xml::member::<String>(child))?,
        2 => counted(xml::member::<i32>(child))?,
        3 => counted(xml::member::<f64>(child))?,
        4 => counted(xml::member::<bool>(child))?,
        5 => counted(xml::member::<Blob>(child))?,
        6 => counted(xml::some(child, xml::time(child, FORMATS[kind / 12 % 3])))?,
        7 => nested(&xml::list(child, "member", xml::read::<Probe>)?),
        8 => nested(xml::map(child, ("key", "value"), xml::read::<Probe>)?.values()),
        9 => {
            // A flattened map: each such element is one entry.
            let mut out = BTreeMap::new();
            xml::map_entry(child, ("Name", "Value"), &mut out, xml::read::<String>)?;
            out.len()
        }
        10 => counted(xml::member::<BigInteger>(child))?,
        _ => counted(xml::member::<BigDecimal>(child))?,
    };
    Ok(attribute + n)
}

/// One of the readers generated code calls for a member of a type, by number.
fn read_cbor_as(kind: usize, r: &mut CborReader<'_>) -> R<usize> {
    match kind % 12 {
        0 => r.member::<Probe>().map(|p| nested(&p)),
        1 => counted(r.member::<String>()),
        2 => counted(r.member::<i32>()),
        3 => counted(r.member::<f64>()),
        4 => counted(r.member::<bool>()),
        5 => counted(r.member::<Blob>()),
        6 => counted(r.member::<DateTime>()),
        7 => r.member::<Vec<Probe>>().map(|l| nested(l.iter().flatten())),
        8 => r.member::<BTreeMap<String, Probe>>().map(|m| nested(m.iter().flat_map(|m| m.values()))),
        9 => counted(r.member::<Vec<Option<i64>>>()),
        10 => counted(r.member::<BigInteger>()),
        _ => r.value_or_null().map(|_| 1),
    }
}

impl FromCbor for Probe {
    /// A member is read first as the type its key picks, as generated code would, and when
    /// that fails as each other type in turn, so a real body is read through to its end.
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
        let mut n = 0;
        r.map(|r, key| {
            let mut last = None;
            for kind in key.len()..key.len() + 12 {
                let mut attempt = r.clone();
                match read_cbor_as(kind, &mut attempt) {
                    Ok(read) => {
                        *r = attempt;
                        n += read;
                        return Ok(());
                    }
                    Err(e) => last = Some(e),
                }
            }
            Err(last.expect("twelve attempts"))
        })?;
        Ok(Probe(n))
    }

    fn zero_value() -> Self {
        Probe(0)
    }
}

/// The first byte picks the wire format (even: XML, odd: CBOR); the rest is a response body,
/// read the ways a client reads one: whole, below a result wrapper, as an error, as a payload.
/// Returns how many values the whole body held.
pub fn wire_target(data: &[u8]) -> usize {
    let Some((&pick, body)) = data.split_first() else { return 0 };
    if pick % 2 == 0 {
        let whole = xml::read_at::<Probe>(body, &[]);
        let _ = xml::read_at::<Probe>(body, &["OperationResult"]);
        let _ = xml::payload::<Probe>(body);
        let _ = xml::with_body(body, true, |node| node.map(xml::read::<Probe>).transpose());
        let _ = awsgen_runtime::codegen::xml_error::<Probe>(body);
        let _ = xml::canonical(body);
        whole.map_or(0, |p| p.0)
    } else {
        let whole = cbor::read_body::<Probe>(body);
        let _ = cbor::top_level_strings(body, ["__type", "message"]);
        let _ = cbor::to_json(body);
        whole.map_or(0, |p| p.0)
    }
}

/// The response bodies of the XML and CBOR protocol tests, each behind its format byte.
pub fn seeds() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for file in ["query", "ec2", "rest-xml", "smithy-rpc-v2-cbor", "smithy-rpc-v2-cbor-query-compatible"] {
        let path = crate::shared().join("testdata/protocol-tests/output").join(format!("{file}.json"));
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let suites: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        let cbor = file.contains("cbor");
        for case in suites.as_array().into_iter().flatten().flat_map(|s| s["cases"].as_array().into_iter().flatten()) {
            let body = case["response"]["body"].as_str().unwrap_or("");
            let bytes = if cbor {
                awsgen_runtime::codegen::http_binding::from_base64(body.trim()).unwrap_or_default()
            } else {
                body.as_bytes().to_vec()
            };
            let mut seed = vec![u8::from(cbor)];
            seed.extend(bytes);
            out.push(seed);
        }
    }
    out
}
