//! Conversion between the generated types and the awsJson wire form.
//!
//! Parsing is forgiving in the ways the Smithy specification asks of clients: unknown members
//! are ignored, `null` is the same as absent, and a missing required member takes its zero
//! value (client error correction). It never panics: a value of the wrong type is a
//! [`DeserializeError`] that names where it was found.

// Which helpers a crate uses depends on its model (a model without required members never
// calls `required`), so unused ones are expected here.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Number, Value};

use crate::primitives::{BigDecimal, BigInteger, Blob, DateTime};

/// Converts a value to its wire JSON.
pub trait ToJson {
    /// The JSON value sent on the wire.
    fn to_json(&self) -> Value;
}

/// Builds a value from its wire JSON.
pub trait FromJson: Sized {
    /// Parses `value`, or says where and why it does not fit.
    fn from_json(value: &Value) -> Result<Self, DeserializeError>;

    /// The value used when a required member is missing from a response.
    #[doc(hidden)]
    fn zero_value() -> Self;

    /// Whether `null` is a value of this type (the entries of sparse lists and maps), rather
    /// than an entry a dense list or map drops.
    #[doc(hidden)]
    const KEEPS_NULL: bool = false;

    /// Whether the type has nothing to read (an operation without output): a response body
    /// is then ignored, whatever it holds, as botocore ignores it.
    #[doc(hidden)]
    const IGNORES_VALUE: bool = false;
}

/// A response member whose JSON does not fit the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeserializeError {
    /// Path segments, innermost first.
    path: Vec<String>,
    expected: &'static str,
    found: &'static str,
}

impl DeserializeError {
    pub(crate) fn new(expected: &'static str, found: &Value) -> Self {
        DeserializeError { path: Vec::new(), expected, found: kind(found) }
    }

    pub(crate) fn in_member(mut self, name: &str) -> Self {
        self.path.push(format!(".{name}"));
        self
    }

    fn in_index(mut self, index: usize) -> Self {
        self.path.push(format!("[{index}]"));
        self
    }

    /// Where the bad value is, as a JSON path such as `$.service.status`.
    pub fn path(&self) -> String {
        let mut s = String::from("$");
        for seg in self.path.iter().rev() {
            s.push_str(seg);
        }
        s
    }
}

impl fmt::Display for DeserializeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at {}: expected {}, found {}", self.path(), self.expected, self.found)
    }
}

impl std::error::Error for DeserializeError {}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The members of a structure.
pub(crate) fn object(value: &Value) -> Result<&Map<String, Value>, DeserializeError> {
    value.as_object().ok_or_else(|| DeserializeError::new("an object", value))
}

/// A member read with `decode`: absent or `null` gives `None`.
fn member<T>(
    map: &Map<String, Value>,
    key: &str,
    decode: impl Fn(&Value) -> Result<T, DeserializeError>,
) -> Result<Option<T>, DeserializeError> {
    match map.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => decode(v).map(Some).map_err(|e| e.in_member(key)),
    }
}

/// A list's entries read with `decode`; `null` entries are dropped unless `keep_null` (sparse).
fn list<T>(
    value: &Value,
    keep_null: bool,
    decode: impl Fn(&Value) -> Result<T, DeserializeError>,
) -> Result<Vec<T>, DeserializeError> {
    let items = value.as_array().ok_or_else(|| DeserializeError::new("an array", value))?;
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if keep_null || !item.is_null() {
            out.push(decode(item).map_err(|e| e.in_index(i))?);
        }
    }
    Ok(out)
}

/// A map's values read with `decode`; `null` values are dropped unless `keep_null` (sparse).
fn map_values<T>(
    value: &Value,
    keep_null: bool,
    decode: impl Fn(&Value) -> Result<T, DeserializeError>,
) -> Result<BTreeMap<String, T>, DeserializeError> {
    let mut out = BTreeMap::new();
    for (k, v) in object(value)? {
        if keep_null || !v.is_null() {
            out.insert(k.clone(), decode(v).map_err(|e| e.in_member(k))?);
        }
    }
    Ok(out)
}

/// A required member: absent or `null` gives the zero value.
pub(crate) fn required<T: FromJson>(map: &Map<String, Value>, key: &str) -> Result<T, DeserializeError> {
    Ok(member(map, key, T::from_json)?.unwrap_or_else(T::zero_value))
}

/// An optional member: absent or `null` gives `None`.
pub(crate) fn optional<T: FromJson>(map: &Map<String, Value>, key: &str) -> Result<Option<T>, DeserializeError> {
    member(map, key, T::from_json)
}

impl ToJson for String {
    fn to_json(&self) -> Value {
        Value::String(self.clone())
    }
}

impl FromJson for String {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        value.as_str().map(str::to_string).ok_or_else(|| DeserializeError::new("a string", value))
    }
    fn zero_value() -> Self {
        String::new()
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Value {
        Value::Bool(*self)
    }
}

impl FromJson for bool {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        value.as_bool().ok_or_else(|| DeserializeError::new("a boolean", value))
    }
    fn zero_value() -> Self {
        false
    }
}

fn integer(value: &Value, min: i64, max: i64) -> Result<i64, DeserializeError> {
    match value.as_i64() {
        Some(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(DeserializeError::new("an integer in range", value)),
    }
}

impl ToJson for i8 {
    fn to_json(&self) -> Value {
        Value::from(*self)
    }
}
impl FromJson for i8 {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        integer(value, i8::MIN.into(), i8::MAX.into()).map(|n| n as i8)
    }
    fn zero_value() -> Self {
        0
    }
}
impl ToJson for i16 {
    fn to_json(&self) -> Value {
        Value::from(*self)
    }
}
impl FromJson for i16 {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        integer(value, i16::MIN.into(), i16::MAX.into()).map(|n| n as i16)
    }
    fn zero_value() -> Self {
        0
    }
}
impl ToJson for i32 {
    fn to_json(&self) -> Value {
        Value::from(*self)
    }
}
impl FromJson for i32 {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        integer(value, i32::MIN.into(), i32::MAX.into()).map(|n| n as i32)
    }
    fn zero_value() -> Self {
        0
    }
}
impl ToJson for i64 {
    fn to_json(&self) -> Value {
        Value::from(*self)
    }
}
impl FromJson for i64 {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        integer(value, i64::MIN, i64::MAX)
    }
    fn zero_value() -> Self {
        0
    }
}

/// Non-finite floats travel as the strings `NaN`, `Infinity` and `-Infinity`.
fn float_to_json(v: f64) -> Value {
    match Number::from_f64(v) {
        Some(n) => Value::Number(n),
        None if v.is_nan() => Value::from("NaN"),
        None if v > 0.0 => Value::from("Infinity"),
        None => Value::from("-Infinity"),
    }
}

fn float_from_json(value: &Value) -> Result<f64, DeserializeError> {
    match value {
        Value::Number(n) => n.as_f64().ok_or_else(|| DeserializeError::new("a number", value)),
        Value::String(s) if s == "NaN" => Ok(f64::NAN),
        Value::String(s) if s == "Infinity" => Ok(f64::INFINITY),
        Value::String(s) if s == "-Infinity" => Ok(f64::NEG_INFINITY),
        _ => Err(DeserializeError::new("a number", value)),
    }
}

impl ToJson for f64 {
    fn to_json(&self) -> Value {
        float_to_json(*self)
    }
}
impl FromJson for f64 {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        float_from_json(value)
    }
    fn zero_value() -> Self {
        0.0
    }
}
impl ToJson for f32 {
    fn to_json(&self) -> Value {
        float_to_json(f64::from(*self))
    }
}
impl FromJson for f32 {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        float_from_json(value).map(|v| v as f32)
    }
    fn zero_value() -> Self {
        0.0
    }
}

/// awsJson sends timestamps as epoch seconds, with a fraction when there is one.
impl ToJson for DateTime {
    fn to_json(&self) -> Value {
        if self.subsec_nanos() == 0 {
            Value::from(self.secs())
        } else {
            float_to_json(self.as_secs_f64())
        }
    }
}

impl FromJson for DateTime {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        if let Some(s) = value.as_i64() {
            return Ok(DateTime::from_secs(s));
        }
        value.as_f64().and_then(DateTime::from_secs_f64).ok_or_else(|| DeserializeError::new("epoch seconds", value))
    }
    fn zero_value() -> Self {
        DateTime::default()
    }
}

/// A wire form other than a type's own, chosen by the model: `@timestampFormat` on a member,
/// or on the timestamps inside a list or map. Members without one use [`ToJson`]/[`FromJson`].
pub(crate) trait Codec<T> {
    /// Whether `null` is a value (the entries of sparse lists and maps) rather than dropped.
    const KEEPS_NULL: bool = false;
    fn encode(value: &T) -> Value;
    fn decode(value: &Value) -> Result<T, DeserializeError>;
}

/// `@timestampFormat("date-time")`: an RFC 3339 string.
pub(crate) struct DateTimeText;

impl Codec<DateTime> for DateTimeText {
    fn encode(value: &DateTime) -> Value {
        Value::String(value.to_string())
    }
    fn decode(value: &Value) -> Result<DateTime, DeserializeError> {
        value.as_str().and_then(DateTime::from_rfc3339).ok_or_else(|| DeserializeError::new("an RFC 3339 date-time", value))
    }
}

/// `@timestampFormat("http-date")`: an IMF-fixdate string.
pub(crate) struct HttpDate;

impl Codec<DateTime> for HttpDate {
    fn encode(value: &DateTime) -> Value {
        Value::String(value.to_http_date())
    }
    fn decode(value: &Value) -> Result<DateTime, DeserializeError> {
        value.as_str().and_then(DateTime::from_http_date).ok_or_else(|| DeserializeError::new("an HTTP date", value))
    }
}

/// Lists and maps whose entries use codec `C`; `Option<C>` for the entries of sparse ones.
pub(crate) struct ListOf<C>(std::marker::PhantomData<C>);
pub(crate) struct MapOf<C>(std::marker::PhantomData<C>);

impl<T, C: Codec<T>> Codec<Vec<T>> for ListOf<C> {
    fn encode(value: &Vec<T>) -> Value {
        Value::Array(value.iter().map(C::encode).collect())
    }
    fn decode(value: &Value) -> Result<Vec<T>, DeserializeError> {
        list(value, C::KEEPS_NULL, C::decode)
    }
}

impl<T, C: Codec<T>> Codec<Option<T>> for Option<C> {
    const KEEPS_NULL: bool = true;
    fn encode(value: &Option<T>) -> Value {
        value.as_ref().map_or(Value::Null, C::encode)
    }
    fn decode(value: &Value) -> Result<Option<T>, DeserializeError> {
        if value.is_null() {
            Ok(None)
        } else {
            C::decode(value).map(Some)
        }
    }
}

impl<T, C: Codec<T>> Codec<BTreeMap<String, T>> for MapOf<C> {
    fn encode(value: &BTreeMap<String, T>) -> Value {
        Value::Object(value.iter().map(|(k, v)| (k.clone(), C::encode(v))).collect())
    }
    fn decode(value: &Value) -> Result<BTreeMap<String, T>, DeserializeError> {
        map_values(value, C::KEEPS_NULL, C::decode)
    }
}

/// [`ToJson::to_json`] through codec `C`.
pub(crate) fn encode<C: Codec<T>, T>(value: &T) -> Value {
    C::encode(value)
}

/// [`FromJson::from_json`] through codec `C`.
pub(crate) fn decode<C: Codec<T>, T>(value: &Value) -> Result<T, DeserializeError> {
    C::decode(value)
}

/// [`required`] through codec `C`.
pub(crate) fn required_with<C: Codec<T>, T: FromJson>(map: &Map<String, Value>, key: &str) -> Result<T, DeserializeError> {
    Ok(member(map, key, C::decode)?.unwrap_or_else(T::zero_value))
}

/// [`optional`] through codec `C`.
pub(crate) fn optional_with<C: Codec<T>, T>(map: &Map<String, Value>, key: &str) -> Result<Option<T>, DeserializeError> {
    member(map, key, C::decode)
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Value {
        Value::Array(self.iter().map(ToJson::to_json).collect())
    }
}

/// A list: in a dense one, `null` entries (which it cannot hold) are dropped.
impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        list(value, T::KEEPS_NULL, T::from_json)
    }
    fn zero_value() -> Self {
        Vec::new()
    }
}

impl<T: ToJson> ToJson for BTreeMap<String, T> {
    fn to_json(&self) -> Value {
        Value::Object(self.iter().map(|(k, v)| (k.clone(), v.to_json())).collect())
    }
}

/// A map: in a dense one, `null` values are dropped.
impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        map_values(value, T::KEEPS_NULL, T::from_json)
    }
    fn zero_value() -> Self {
        BTreeMap::new()
    }
}

/// Entries of sparse lists and maps: `null` is kept as `None`.
impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToJson::to_json)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        if value.is_null() {
            Ok(None)
        } else {
            T::from_json(value).map(Some)
        }
    }
    fn zero_value() -> Self {
        None
    }
    const KEEPS_NULL: bool = true;
}

impl<T: ToJson> ToJson for Box<T> {
    fn to_json(&self) -> Value {
        (**self).to_json()
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        T::from_json(value).map(Box::new)
    }
    fn zero_value() -> Self {
        Box::new(T::zero_value())
    }
}

/// Blobs travel as base64 strings.
impl ToJson for Blob {
    fn to_json(&self) -> Value {
        use base64::Engine;
        Value::String(base64::engine::general_purpose::STANDARD.encode(self.as_bytes()))
    }
}

impl FromJson for Blob {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        use base64::Engine;
        let s = value.as_str().ok_or_else(|| DeserializeError::new("a base64 string", value))?;
        base64::engine::general_purpose::STANDARD.decode(s).map(Blob::new).map_err(|_| DeserializeError::new("valid base64", value))
    }
    fn zero_value() -> Self {
        Blob::default()
    }
}

/// Documents are any JSON, kept as is.
impl ToJson for Value {
    fn to_json(&self) -> Value {
        self.clone()
    }
}

impl FromJson for Value {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        Ok(value.clone())
    }
    fn zero_value() -> Self {
        Value::Null
    }
}

/// Big numbers travel as JSON numbers, digit for digit. Crates whose model has them enable
/// serde_json's `arbitrary_precision`, which keeps a number's text instead of rounding it to a
/// double; the text was checked when the value was made, so it always parses.
fn big_number_to_json(text: &str) -> Value {
    serde_json::from_str::<Number>(text).map_or_else(|_| Value::String(text.to_string()), Value::Number)
}

/// A JSON number whose text `parse` accepts; `expected` names the form in errors.
fn big_number_from_json<T, E>(value: &Value, parse: fn(&str) -> Result<T, E>, expected: &'static str) -> Result<T, DeserializeError> {
    match value {
        Value::Number(n) => parse(&n.to_string()).map_err(|_| DeserializeError::new(expected, value)),
        _ => Err(DeserializeError::new(expected, value)),
    }
}

impl ToJson for BigInteger {
    fn to_json(&self) -> Value {
        big_number_to_json(self.as_str())
    }
}

impl FromJson for BigInteger {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        big_number_from_json(value, BigInteger::parse, "an integer")
    }
    fn zero_value() -> Self {
        BigInteger::from(0i64)
    }
}

impl ToJson for BigDecimal {
    fn to_json(&self) -> Value {
        big_number_to_json(self.as_str())
    }
}

impl FromJson for BigDecimal {
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        big_number_from_json(value, BigDecimal::parse, "a number")
    }
    fn zero_value() -> Self {
        BigDecimal::from(0i64)
    }
}
