//! Value types the generated shapes are built from.

use std::fmt;

pub use crate::stream::{ByteStream, EventInput, EventReceiver, EventSender};

/// A point in time, as AWS sends it: seconds since the Unix epoch with a sub-second part.
///
/// `Display` writes RFC 3339; [`DateTime::from_rfc3339`], [`DateTime::to_http_date`] and
/// [`DateTime::from_http_date`] convert the other text forms a model may ask for.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct DateTime {
    seconds: i64,
    nanos: u32,
}

impl DateTime {
    /// Whole seconds since the Unix epoch.
    pub fn from_secs(seconds: i64) -> Self {
        DateTime { seconds, nanos: 0 }
    }

    /// Seconds and nanoseconds since the Unix epoch; `nanos` beyond a second carry over.
    pub fn from_secs_and_nanos(seconds: i64, nanos: u32) -> Self {
        let carry = i64::from(nanos / 1_000_000_000);
        DateTime { seconds: seconds.saturating_add(carry), nanos: nanos % 1_000_000_000 }
    }

    /// Fractional seconds since the Unix epoch, rounded to the microsecond (the precision a
    /// double holds for current dates). `None` for values that are not finite or out of range.
    pub fn from_secs_f64(seconds: f64) -> Option<Self> {
        if !seconds.is_finite() || seconds.abs() > 1e17 {
            return None;
        }
        let micros = (seconds * 1e6).round() as i64;
        let secs = micros.div_euclid(1_000_000);
        let frac = micros.rem_euclid(1_000_000) as u32;
        Some(DateTime { seconds: secs, nanos: frac * 1_000 })
    }

    /// The time of the system clock.
    pub fn now() -> Self {
        match std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
            Ok(d) => DateTime::from_secs_and_nanos(d.as_secs() as i64, d.subsec_nanos()),
            Err(_) => DateTime::default(),
        }
    }

    /// Whole seconds since the Unix epoch.
    pub fn secs(&self) -> i64 {
        self.seconds
    }

    /// The sub-second part, in nanoseconds.
    pub fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    /// Fractional seconds since the Unix epoch.
    pub fn as_secs_f64(&self) -> f64 {
        self.seconds as f64 + f64::from(self.nanos) / 1e9
    }

    /// Epoch seconds as the protocols write them: an integer when whole, else the shortest
    /// decimal that reads back as the same double.
    pub(crate) fn epoch_seconds_text(&self) -> String {
        match self.nanos {
            0 => self.seconds.to_string(),
            _ => format!("{:?}", self.as_secs_f64()),
        }
    }
}

/// How the protocols spell a double that is not a finite number (`None` for one that is).
pub(crate) fn non_finite_name(v: f64) -> Option<&'static str> {
    if v.is_nan() {
        Some("NaN")
    } else if v.is_infinite() {
        Some(if v > 0.0 { "Infinity" } else { "-Infinity" })
    } else {
        None
    }
}

/// RFC 3339 in UTC, for example `2024-01-02T03:04:05Z` or `2024-01-02T03:04:05.25Z`.
impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.seconds.div_euclid(86_400);
        let rem = self.seconds.rem_euclid(86_400);
        let (y, mo, d) = crate::time::civil_from_days(days);
        write!(f, "{y:04}-{mo:02}-{d:02}T{:02}:{:02}:{:02}", rem / 3_600, rem % 3_600 / 60, rem % 60)?;
        f.write_str(&crate::time::fraction_text(self.nanos))?;
        f.write_str("Z")
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// An enum value this version of the crate does not know. It keeps the value as received, so
/// it is sent back unchanged; it can only be made by parsing, so a known value is never
/// mistaken for an unknown one.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct UnknownValue(pub(crate) String);

impl UnknownValue {
    #[doc(hidden)]
    pub fn new(value: impl Into<String>) -> Self {
        UnknownValue(value.into())
    }

    /// The value as received.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A union member this version of the crate does not know: its name and its JSON value.
#[derive(Clone, PartialEq, Debug)]
pub struct UnknownVariant {
    pub(crate) name: String,
    pub(crate) value: serde_json::Value,
}

impl UnknownVariant {
    #[doc(hidden)]
    pub fn new(name: impl Into<String>, value: serde_json::Value) -> Self {
        UnknownVariant { name: name.into(), value }
    }

    /// The member name as received.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The member value as received.
    pub fn value(&self) -> &serde_json::Value {
        &self.value
    }
}

/// Stands in for a `@sensitive` value in `Debug` output.
#[doc(hidden)]
pub struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("** redacted **")
    }
}

/// Binary data (a `blob`); base64 on the wire.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Blob(Vec<u8>);

impl Blob {
    /// Wraps bytes.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Blob(bytes.into())
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The bytes, owned.
    pub fn into_inner(self) -> Vec<u8> {
        self.0
    }
}

impl From<Vec<u8>> for Blob {
    fn from(bytes: Vec<u8>) -> Self {
        Blob(bytes)
    }
}

impl From<&[u8]> for Blob {
    fn from(bytes: &[u8]) -> Self {
        Blob(bytes.to_vec())
    }
}

/// Shows the length, not the bytes (they may be large, binary, or secret).
impl fmt::Debug for Blob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blob({} bytes)", self.0.len())
    }
}

/// Untyped JSON (a `document`).
pub type Document = serde_json::Value;

/// An `intEnum` value this version of the crate does not know, kept as received.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct UnknownInt(pub(crate) i32);

impl UnknownInt {
    #[doc(hidden)]
    pub fn new(value: i32) -> Self {
        UnknownInt(value)
    }

    /// The value as received.
    pub fn value(&self) -> i32 {
        self.0
    }
}

/// An arbitrary-precision integer (a `bigInteger`), kept as its decimal text so that no digit
/// is lost on the way to or from the wire.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct BigInteger(String);

/// An arbitrary-precision decimal (a `bigDecimal`), kept as its text (a JSON number, such as
/// `-12.50` or `6.02e23`) so that no digit is lost on the way to or from the wire.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct BigDecimal(String);

/// Text that is not a number of the expected form.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ParseNumberError;

impl fmt::Display for ParseNumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a number of the expected form")
    }
}

impl std::error::Error for ParseNumberError {}

/// The length of JSON's `-? int` at the start of `s` (no leading zeros), or `None`.
fn json_int_len(s: &[u8]) -> Option<usize> {
    let sign = usize::from(s.first() == Some(&b'-'));
    let digits = s[sign..].iter().take_while(|b| b.is_ascii_digit()).count();
    match (digits, s.get(sign)) {
        (0, _) => None,
        (d, Some(b'0')) if d > 1 => None,
        (d, _) => Some(sign + d),
    }
}

/// Whether `s` is a JSON number: `-? int frac? exp?`.
fn is_json_number(s: &str) -> bool {
    let b = s.as_bytes();
    let Some(mut i) = json_int_len(b) else { return false };
    let digits_at = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if b.get(i) == Some(&b'.') {
        let n = digits_at(i + 1);
        if n == 0 {
            return false;
        }
        i += 1 + n;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let n = digits_at(i);
        if n == 0 {
            return false;
        }
        i += n;
    }
    i == b.len()
}

impl BigInteger {
    /// Parses decimal digits with an optional `-` (no leading zeros, no `+`).
    pub fn parse(text: &str) -> Result<Self, ParseNumberError> {
        match json_int_len(text.as_bytes()) {
            Some(n) if n == text.len() => Ok(BigInteger(text.to_string())),
            _ => Err(ParseNumberError),
        }
    }

    /// The decimal text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl BigDecimal {
    /// Parses a number in JSON's syntax (`-12.50`, `6.02e23`).
    pub fn parse(text: &str) -> Result<Self, ParseNumberError> {
        if is_json_number(text) {
            Ok(BigDecimal(text.to_string()))
        } else {
            Err(ParseNumberError)
        }
    }

    /// The number's text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for BigInteger {
    type Err = ParseNumberError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        BigInteger::parse(s)
    }
}

impl std::str::FromStr for BigDecimal {
    type Err = ParseNumberError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        BigDecimal::parse(s)
    }
}

impl fmt::Display for BigInteger {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for BigDecimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<i64> for BigInteger {
    fn from(n: i64) -> Self {
        BigInteger(n.to_string())
    }
}

impl From<i128> for BigInteger {
    fn from(n: i128) -> Self {
        BigInteger(n.to_string())
    }
}

impl From<u128> for BigInteger {
    fn from(n: u128) -> Self {
        BigInteger(n.to_string())
    }
}

impl From<i64> for BigDecimal {
    fn from(n: i64) -> Self {
        BigDecimal(n.to_string())
    }
}

impl From<BigInteger> for BigDecimal {
    fn from(n: BigInteger) -> Self {
        BigDecimal(n.0)
    }
}
