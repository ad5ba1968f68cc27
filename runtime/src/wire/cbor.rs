//! CBOR, the body format of rpcv2Cbor (Smithy RPC v2), through `minicbor` (a small maintained
//! codec; its skipping of unknown values is iterative, so hostile nesting cannot overflow the
//! stack).
//!
//! Structures are maps keyed by member name, unions maps with one key, lists arrays, blobs byte
//! strings, timestamps tag 1 with epoch seconds (a double; integers are read too),
//! `NaN` and the infinities floats. Reading accepts what the protocol allows a service to send:
//! definite and indefinite lengths, chunked text and byte strings, half-precision floats, and
//! `null` for an absent member; unknown members are skipped; what the client reads is bounded
//! (structures nested deeper than [`MAX_DEPTH`] are an error). Nothing here panics.

// Which helpers a crate uses depends on its model.
#![allow(dead_code)]

use std::collections::BTreeMap;

use minicbor::data::{Tag, Type};
use minicbor::{Decoder, Encoder};

use crate::json::{DeserializeError, MAX_DEPTH};
use crate::primitives::{BigDecimal, BigInteger, Blob, DateTime};

type R<T> = Result<T, DeserializeError>;

/// A CBOR body being written.
pub struct CborWriter {
    enc: Encoder<Vec<u8>>,
}

impl Default for CborWriter {
    fn default() -> Self {
        CborWriter { enc: Encoder::new(Vec::new()) }
    }
}

impl std::fmt::Debug for CborWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CborWriter")
    }
}

// Writing to a Vec cannot fail; the encoder's errors are the writer's.
impl CborWriter {
    /// An empty body.
    pub fn new() -> Self {
        Self::default()
    }

    /// Opens a map of unknown length (closed by [`end`](Self::end)).
    pub fn begin_map(&mut self) {
        let _ = self.enc.begin_map();
    }

    /// Opens an array of `len` items.
    pub fn array(&mut self, len: usize) {
        let _ = self.enc.array(len as u64);
    }

    /// Closes the last map opened with [`begin_map`](Self::begin_map).
    pub fn end(&mut self) {
        let _ = self.enc.end();
    }

    /// A map key.
    pub fn key(&mut self, key: &str) {
        let _ = self.enc.str(key);
    }

    /// Member `key` holding `value`.
    pub fn member<T: ToCbor + ?Sized>(&mut self, key: &str, value: &T) {
        self.key(key);
        value.write_cbor(self);
    }

    /// Member `key` holding `value`, when set.
    pub fn optional<T: ToCbor>(&mut self, key: &str, value: &Option<T>) {
        if let Some(v) = value {
            self.member(key, v);
        }
    }

    /// `null`.
    pub fn null(&mut self) {
        let _ = self.enc.null();
    }

    /// The body.
    pub fn into_bytes(self) -> Vec<u8> {
        self.enc.into_writer()
    }
}

/// Writes a value's CBOR.
pub trait ToCbor {
    /// Writes the value at the writer's position.
    fn write_cbor(&self, w: &mut CborWriter);

    /// The value as a whole CBOR body.
    fn to_cbor_bytes(&self) -> Vec<u8> {
        let mut w = CborWriter::new();
        self.write_cbor(&mut w);
        w.into_bytes()
    }
}

/// Reads a value from CBOR.
pub trait FromCbor: Sized {
    /// The value at the reader's position.
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self>;
    /// What a required member the response leaves out takes.
    fn zero_value() -> Self;
    /// An item of a list or a value of a map: `None` (dropped) for `null`, except where `null`
    /// is a value (the `Option` items of sparse lists and maps).
    fn read_entry(r: &mut CborReader<'_>) -> R<Option<Self>> {
        if r.try_null() {
            Ok(None)
        } else {
            Self::read_cbor(r).map(Some)
        }
    }
}

/// A CBOR body being read. A clone reads on from the same position (to try a value as one
/// type and then another).
#[derive(Clone)]
pub struct CborReader<'b> {
    dec: Decoder<'b>,
    depth: usize,
}

fn bad(expected: &'static str, found: &'static str) -> DeserializeError {
    DeserializeError::new(expected, found)
}

fn found(t: Result<Type, minicbor::decode::Error>) -> &'static str {
    match t {
        Ok(Type::Null | Type::Undefined) => "null",
        Ok(Type::Bool) => "a boolean",
        Ok(Type::String | Type::StringIndef) => "a string",
        Ok(Type::Bytes | Type::BytesIndef) => "bytes",
        Ok(Type::Array | Type::ArrayIndef) => "an array",
        Ok(Type::Map | Type::MapIndef) => "a map",
        Ok(Type::Tag) => "a tagged value",
        Ok(Type::F16 | Type::F32 | Type::F64) => "a float",
        Ok(_) => "a number",
        Err(_) => "the end of the body or malformed CBOR",
    }
}

impl<'b> CborReader<'b> {
    /// A reader of `bytes`.
    pub fn new(bytes: &'b [u8]) -> Self {
        CborReader { dec: Decoder::new(bytes), depth: 0 }
    }

    fn fail<T>(&self, expected: &'static str) -> R<T> {
        Err(bad(expected, found(self.dec.datatype())))
    }

    /// Skips a `null` (or `undefined`), returning whether there was one.
    pub fn try_null(&mut self) -> bool {
        match self.dec.datatype() {
            Ok(Type::Null | Type::Undefined) => self.dec.skip().is_ok(),
            _ => false,
        }
    }

    /// Skips one value, however nested.
    pub fn skip(&mut self) -> R<()> {
        self.dec.skip().map_err(|_| bad("a CBOR value", "malformed CBOR"))
    }

    /// Whether the whole body has been read.
    pub fn end(&self) -> R<()> {
        if self.dec.position() == self.dec.input().len() {
            Ok(())
        } else {
            Err(bad("the end of the body", "more data"))
        }
    }

    fn enter(&mut self) -> R<()> {
        if self.depth >= MAX_DEPTH {
            return Err(bad("values nested at most 128 deep", "deeper nesting"));
        }
        self.depth += 1;
        Ok(())
    }

    /// Whether a collection of `len` items (`None`: indefinite, ended by a break, which is
    /// consumed) is over after `read` of them.
    fn ended(&mut self, len: Option<u64>, read: u64) -> bool {
        match len {
            Some(n) => read == n,
            None if matches!(self.dec.datatype(), Ok(Type::Break)) => {
                let _ = self.dec.skip();
                true
            }
            None => false,
        }
    }

    /// The entries of a map (definite or indefinite length): `member` is called with each
    /// key and must read or skip its value.
    pub fn map(&mut self, mut member: impl FnMut(&mut Self, &str) -> R<()>) -> R<()> {
        self.enter()?;
        let len = match self.dec.map() {
            Ok(len) => len,
            Err(_) => return self.fail("a map"),
        };
        let mut read = 0u64;
        while !self.ended(len, read) {
            let key = self.text("a map key")?;
            member(self, &key).map_err(|e| e.in_member(&key))?;
            read += 1;
        }
        self.depth -= 1;
        Ok(())
    }

    /// The items of an array (definite or indefinite length), each read by `item`.
    pub fn array(&mut self, mut item: impl FnMut(&mut Self) -> R<()>) -> R<()> {
        self.enter()?;
        let len = match self.dec.array() {
            Ok(len) => len,
            Err(_) => return self.fail("an array"),
        };
        let mut read = 0u64;
        while !self.ended(len, read) {
            item(self)?;
            read += 1;
        }
        self.depth -= 1;
        Ok(())
    }

    /// A text string, chunked or not.
    pub fn text(&mut self, expected: &'static str) -> R<String> {
        match self.dec.datatype() {
            Ok(Type::String) => self.dec.str().map(str::to_string).map_err(|_| bad(expected, "malformed text")),
            Ok(Type::StringIndef) => {
                let mut out = String::new();
                let chunks = self.dec.str_iter().map_err(|_| bad(expected, "malformed text"))?;
                for chunk in chunks {
                    out.push_str(chunk.map_err(|_| bad(expected, "malformed text"))?);
                }
                Ok(out)
            }
            _ => self.fail(expected),
        }
    }

    /// A byte string, chunked or not.
    pub fn bytes(&mut self) -> R<Vec<u8>> {
        match self.dec.datatype() {
            Ok(Type::Bytes) => self.dec.bytes().map(<[u8]>::to_vec).map_err(|_| bad("bytes", "malformed bytes")),
            Ok(Type::BytesIndef) => {
                let mut out = Vec::new();
                let chunks = self.dec.bytes_iter().map_err(|_| bad("bytes", "malformed bytes"))?;
                for chunk in chunks {
                    out.extend_from_slice(chunk.map_err(|_| bad("bytes", "malformed bytes"))?);
                }
                Ok(out)
            }
            _ => self.fail("bytes"),
        }
    }

    /// An integer of any CBOR width within `min..=max`.
    pub fn integer(&mut self, min: i64, max: i64) -> R<i64> {
        match self.dec.datatype() {
            Ok(
                Type::U8 | Type::U16 | Type::U32 | Type::U64 | Type::I8 | Type::I16 | Type::I32 | Type::I64 | Type::Int,
            ) => {
                let n = self.dec.int().map_err(|_| bad("an integer", "malformed CBOR"))?;
                i64::try_from(n)
                    .ok()
                    .filter(|n| (min..=max).contains(n))
                    .ok_or_else(|| bad("an integer in range", "a number out of range"))
            }
            _ => self.fail("an integer"),
        }
    }

    /// A float of any CBOR width (half, single, double), or an integer.
    pub fn float(&mut self) -> R<f64> {
        match self.dec.datatype() {
            Ok(Type::F16) => {
                let p = self.dec.position();
                let input = self.dec.input();
                let bits = match input.get(p + 1..p + 3) {
                    Some(b) => u16::from_be_bytes([b[0], b[1]]),
                    None => return Err(bad("a float", "a truncated body")),
                };
                self.dec.set_position(p + 3);
                Ok(f16_to_f64(bits))
            }
            Ok(Type::F32) => self.dec.f32().map(f64::from).map_err(|_| bad("a float", "malformed CBOR")),
            Ok(Type::F64) => self.dec.f64().map_err(|_| bad("a float", "malformed CBOR")),
            Ok(
                Type::U8 | Type::U16 | Type::U32 | Type::U64 | Type::I8 | Type::I16 | Type::I32 | Type::I64 | Type::Int,
            ) => {
                let n = self.dec.int().map_err(|_| bad("a number", "malformed CBOR"))?;
                Ok(i128::from(n) as f64)
            }
            _ => self.fail("a number"),
        }
    }

    /// A member's value: `None` for `null`.
    pub fn member<T: FromCbor>(&mut self) -> R<Option<T>> {
        if self.try_null() {
            Ok(None)
        } else {
            T::read_cbor(self).map(Some)
        }
    }

    /// An unknown union member's value, as JSON (kept in `UnknownVariant`), or `null` when it
    /// has no JSON form (its value is skipped).
    pub fn value_or_null(&mut self) -> R<serde_json::Value> {
        self.skip()?;
        Ok(serde_json::Value::Null)
    }
}

/// An IEEE 754 half-precision float's value.
fn f16_to_f64(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exponent = (bits >> 10) & 0x1f;
    let fraction = f64::from(bits & 0x3ff);
    match exponent {
        0 => sign * fraction * 2f64.powi(-24),
        0x1f if fraction == 0.0 => sign * f64::INFINITY,
        0x1f => f64::NAN,
        e => sign * (1.0 + fraction / 1024.0) * 2f64.powi(i32::from(e) - 15),
    }
}

impl ToCbor for String {
    fn write_cbor(&self, w: &mut CborWriter) {
        let _ = w.enc.str(self);
    }
}

impl FromCbor for String {
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
        r.text("a string")
    }
    fn zero_value() -> Self {
        String::new()
    }
}

impl ToCbor for str {
    fn write_cbor(&self, w: &mut CborWriter) {
        let _ = w.enc.str(self);
    }
}

impl ToCbor for bool {
    fn write_cbor(&self, w: &mut CborWriter) {
        let _ = w.enc.bool(*self);
    }
}

impl FromCbor for bool {
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
        match r.dec.datatype() {
            Ok(Type::Bool) => r.dec.bool().map_err(|_| bad("a boolean", "malformed CBOR")),
            _ => r.fail("a boolean"),
        }
    }
    fn zero_value() -> Self {
        false
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl ToCbor for $t {
            fn write_cbor(&self, w: &mut CborWriter) {
                let _ = w.enc.i64(i64::from(*self));
            }
        }

        impl FromCbor for $t {
            fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
                let n = r.integer(i64::from(<$t>::MIN), i64::from(<$t>::MAX))?;
                <$t>::try_from(n).map_err(|_| bad("an integer in range", "a number out of range"))
            }
            fn zero_value() -> Self {
                0
            }
        }
    )*};
}
integers!(i8, i16, i32, i64);

impl ToCbor for f64 {
    fn write_cbor(&self, w: &mut CborWriter) {
        let _ = w.enc.f64(*self);
    }
}

impl FromCbor for f64 {
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
        r.float()
    }
    fn zero_value() -> Self {
        0.0
    }
}

impl ToCbor for f32 {
    fn write_cbor(&self, w: &mut CborWriter) {
        let _ = w.enc.f32(*self);
    }
}

impl FromCbor for f32 {
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
        r.float().map(|v| v as f32)
    }
    fn zero_value() -> Self {
        0.0
    }
}

impl ToCbor for Blob {
    fn write_cbor(&self, w: &mut CborWriter) {
        let _ = w.enc.bytes(self.as_bytes());
    }
}

impl FromCbor for Blob {
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
        r.bytes().map(Blob::new)
    }
    fn zero_value() -> Self {
        Blob::new(Vec::new())
    }
}

/// Tag 1: epoch seconds, as a double (as the protocol's tests and botocore write it; an
/// integer is read too).
impl ToCbor for DateTime {
    fn write_cbor(&self, w: &mut CborWriter) {
        let _ = w.enc.tag(Tag::new(1));
        let _ = w.enc.f64(self.as_secs_f64());
    }
}

impl FromCbor for DateTime {
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
        match r.dec.datatype() {
            Ok(Type::Tag) => {
                let tag = r.dec.tag().map_err(|_| bad("a timestamp", "malformed CBOR"))?;
                if tag != Tag::new(1) {
                    return Err(bad("a timestamp (tag 1)", "another tag"));
                }
            }
            _ => return r.fail("a timestamp (tag 1)"),
        }
        let secs = r.float()?;
        DateTime::from_secs_f64(secs).ok_or_else(|| bad("a timestamp", "a number out of range"))
    }
    fn zero_value() -> Self {
        DateTime::default()
    }
}

/// Big numbers travel as their decimal text (the protocol's bignum tags are not used by any
/// AWS model today; text keeps every digit).
impl ToCbor for BigInteger {
    fn write_cbor(&self, w: &mut CborWriter) {
        let _ = w.enc.str(self.as_str());
    }
}

impl FromCbor for BigInteger {
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
        let text = match r.dec.datatype() {
            Ok(Type::String | Type::StringIndef) => r.text("an integer")?,
            _ => r.integer(i64::MIN, i64::MAX)?.to_string(),
        };
        BigInteger::parse(&text).map_err(|_| bad("an integer", "other text"))
    }
    fn zero_value() -> Self {
        BigInteger::from(0i64)
    }
}

impl ToCbor for BigDecimal {
    fn write_cbor(&self, w: &mut CborWriter) {
        let _ = w.enc.str(self.as_str());
    }
}

impl FromCbor for BigDecimal {
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
        let text = match r.dec.datatype() {
            Ok(Type::String | Type::StringIndef) => r.text("a number")?,
            _ => r.float()?.to_string(),
        };
        BigDecimal::parse(&text).map_err(|_| bad("a number", "other text"))
    }
    fn zero_value() -> Self {
        BigDecimal::from(0i64)
    }
}

impl<T: ToCbor> ToCbor for Vec<T> {
    fn write_cbor(&self, w: &mut CborWriter) {
        w.array(self.len());
        for item in self {
            item.write_cbor(w);
        }
    }
}

/// A list: `null` items are dropped (a sparse list is `Vec<Option<T>>` and keeps them).
impl<T: FromCbor> FromCbor for Vec<T> {
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
        let mut out = Vec::new();
        r.array(|r| {
            if let Some(item) = T::read_entry(r)? {
                out.push(item);
            }
            Ok(())
        })?;
        Ok(out)
    }
    fn zero_value() -> Self {
        Vec::new()
    }
}

impl<T: ToCbor> ToCbor for Option<T> {
    fn write_cbor(&self, w: &mut CborWriter) {
        match self {
            Some(v) => v.write_cbor(w),
            None => w.null(),
        }
    }
}

impl<T: FromCbor> FromCbor for Option<T> {
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
        r.member()
    }
    fn zero_value() -> Self {
        None
    }
    fn read_entry(r: &mut CborReader<'_>) -> R<Option<Self>> {
        Ok(Some(r.member()?))
    }
}

impl<V: ToCbor> ToCbor for BTreeMap<String, V> {
    fn write_cbor(&self, w: &mut CborWriter) {
        let _ = w.enc.map(self.len() as u64);
        for (k, v) in self {
            w.member(k, v);
        }
    }
}

/// A map: `null` values are dropped (a sparse map's `Option` values keep them).
impl<V: FromCbor> FromCbor for BTreeMap<String, V> {
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
        let mut out = BTreeMap::new();
        r.map(|r, key| {
            if let Some(v) = V::read_entry(r)? {
                out.insert(key.to_string(), v);
            }
            Ok(())
        })?;
        Ok(out)
    }
    fn zero_value() -> Self {
        BTreeMap::new()
    }
}

impl<T: ToCbor> ToCbor for Box<T> {
    fn write_cbor(&self, w: &mut CborWriter) {
        (**self).write_cbor(w);
    }
}

impl<T: FromCbor> FromCbor for Box<T> {
    fn read_cbor(r: &mut CborReader<'_>) -> R<Self> {
        T::read_cbor(r).map(Box::new)
    }
    fn zero_value() -> Self {
        Box::new(T::zero_value())
    }
}

/// `T` read from a whole body: an empty body is `T`'s empty value, and nothing may follow.
pub fn read_body<T: FromCbor>(body: &[u8]) -> R<T> {
    if body.is_empty() {
        let mut empty = CborReader::new(&[0xa0]);
        return T::read_cbor(&mut empty);
    }
    let mut r = CborReader::new(body);
    let value = T::read_cbor(&mut r)?;
    r.end()?;
    Ok(value)
}

/// The text-valued members `keys` of a body's top-level map (an error's `__type` and
/// message); `None` when the body is not a CBOR map.
pub fn top_level_strings<const N: usize>(body: &[u8], keys: [&str; N]) -> Option<[Option<String>; N]> {
    let mut found: [Option<String>; N] = std::array::from_fn(|_| None);
    let mut r = CborReader::new(body);
    r.map(|r, key| {
        match keys.iter().position(|k| *k == key) {
            Some(i) if matches!(r.dec.datatype(), Ok(Type::String | Type::StringIndef)) => {
                found[i] = Some(r.text("a string")?)
            }
            _ => r.skip()?,
        }
        Ok(())
    })
    .ok()?;
    Some(found)
}

/// A CBOR document as JSON (byte strings as base64, tag 1 as its number), for comparing bodies
/// in tests; `None` when `body` is not one CBOR value.
pub fn to_json(body: &[u8]) -> Option<serde_json::Value> {
    fn value(r: &mut CborReader<'_>) -> R<serde_json::Value> {
        use serde_json::Value;
        Ok(match r.dec.datatype() {
            Ok(Type::Null | Type::Undefined) => {
                r.skip()?;
                Value::Null
            }
            Ok(Type::Bool) => Value::Bool(bool::read_cbor(r)?),
            Ok(Type::String | Type::StringIndef) => Value::String(r.text("a string")?),
            Ok(Type::Bytes | Type::BytesIndef) => Value::String(crate::http_binding::base64(&r.bytes()?)),
            Ok(Type::Array | Type::ArrayIndef) => {
                let mut items = Vec::new();
                r.array(|r| {
                    items.push(value(r)?);
                    Ok(())
                })?;
                Value::Array(items)
            }
            Ok(Type::Map | Type::MapIndef) => {
                let mut map = serde_json::Map::new();
                r.map(|r, k| {
                    map.insert(k.to_string(), value(r)?);
                    Ok(())
                })?;
                Value::Object(map)
            }
            Ok(Type::Tag) => {
                let _ = r.dec.tag();
                value(r)?
            }
            Ok(Type::F16 | Type::F32 | Type::F64) => match r.float()? {
                v if v.is_nan() => Value::String("NaN".into()),
                v if v.is_infinite() => Value::String(if v > 0.0 { "Infinity" } else { "-Infinity" }.into()),
                v => serde_json::Number::from_f64(v).map(Value::Number).unwrap_or(Value::Null),
            },
            _ => Value::from(r.integer(i64::MIN, i64::MAX)?),
        })
    }
    let mut r = CborReader::new(body);
    let v = value(&mut r).ok()?;
    r.end().ok()?;
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_reads_back_every_scalar_and_collection() {
        let mut w = CborWriter::new();
        w.begin_map();
        w.member("s", "text é");
        w.member("i", &-5i32);
        w.member("f", &1.5f64);
        w.member("b", &true);
        w.member("t", &DateTime::from_secs(1_398_796_238));
        w.member("l", &vec![1i64, 2]);
        w.member("m", &BTreeMap::from([("k".to_string(), Blob::new(b"v".to_vec()))]));
        w.end();
        let json = to_json(&w.into_bytes()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"s": "text é", "i": -5, "f": 1.5, "b": true, "t": 1398796238.0, "l": [1, 2], "m": {"k": "dg=="}})
        );
        let bytes = BTreeMap::from([("a".to_string(), vec![Some(1i32), None])]).to_cbor_bytes();
        let back: BTreeMap<String, Vec<Option<i32>>> = read_body(&bytes).unwrap();
        assert_eq!(back["a"], [Some(1), None], "a sparse list keeps its nulls");
        // A dense list drops a null item rather than failing on it.
        assert_eq!(read_body::<Vec<i32>>(&[0x82, 0x01, 0xf6]).unwrap(), [1]);
    }

    #[test]
    fn reads_what_a_service_may_send() {
        // Half floats: 1.0, -Infinity, NaN; an integer where a float is expected.
        for (bytes, expected) in
            [(&[0xf9, 0x3c, 0x00][..], 1.0), (&[0xf9, 0xfc, 0x00][..], f64::NEG_INFINITY), (&[0x18, 0x2a][..], 42.0)]
        {
            assert_eq!(read_body::<f64>(bytes).unwrap(), expected);
        }
        assert!(read_body::<f64>(&[0xf9, 0x7e, 0x00]).unwrap().is_nan());
        // Indefinite text in an indefinite array; an indefinite map with an unknown member.
        let list = [0x9f, 0x7f, 0x62, b'a', b'b', 0x61, b'c', 0xff, 0xff];
        assert_eq!(read_body::<Vec<String>>(&list).unwrap(), ["abc"]);
        let map = [0xbf, 0x61, b'x', 0x9f, 0x01, 0xff, 0x61, b'k', 0x02, 0xff];
        let mut r = CborReader::new(&map);
        let mut k = None;
        r.map(|r, key| {
            match key {
                "k" => k = r.member::<i64>()?,
                _ => r.skip()?,
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(k, Some(2));
        // A timestamp with a fraction; a null member is absent.
        assert_eq!(
            read_body::<DateTime>(&[0xc1, 0xfb, 0x41, 0xcc, 0x37, 0xdb, 0x38, 0x0f, 0xbe, 0x77]).unwrap().secs(),
            946_845_296
        );
        assert_eq!(read_body::<Option<i32>>(&[0xf6]).unwrap(), None);
    }

    #[test]
    fn hostile_bodies_are_errors_not_panics_or_overflows() {
        for bad in [&[0x9f][..], &[0x62, b'a'], &[0xbf, 0x01, 0x02, 0xff], &[0xc1, 0x61, b'x'], &[0xff], &[0x1b]] {
            assert!(read_body::<Vec<String>>(bad).is_err(), "{bad:?}");
        }
        // Deep nesting of arrays in an unknown member is skipped without recursion; nesting
        // the client reads is bounded.
        let mut deep = vec![0xa1, 0x61, b'u'];
        deep.extend(std::iter::repeat_n(0x81, 100_000));
        deep.push(0x01);
        let mut r = CborReader::new(&deep);
        r.map(|r, _| r.skip()).unwrap();
        let nested: Vec<u8> = std::iter::repeat_n(0x81, 200).chain([0x01]).collect();
        let err = read_body::<Vec<Vec<Vec<i32>>>>(&nested).unwrap_err();
        assert!(err.to_string().contains("integer") || err.to_string().contains("nested"), "{err}");
        // Trailing bytes after the value are an error.
        assert!(read_body::<i32>(&[0x01, 0x02]).is_err());
    }
}
