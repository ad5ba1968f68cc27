//! Conversion between the generated types and the awsJson wire form.
//!
//! Responses are read straight from their bytes by [`Reader`], never through a tree of JSON
//! values: a member the client does not know is skipped without being parsed, so any JSON there
//! (numbers beyond `f64`, nesting thousands of levels deep) is accepted, as the Smithy
//! specification and botocore accept it. What the client does read is bounded: nesting deeper
//! than [`MAX_DEPTH`] is an error, never a stack overflow.
//!
//! Parsing is forgiving in the ways the specification asks of clients: unknown members are
//! ignored, `null` is the same as absent, a missing required member takes its zero value, and an
//! integer may be written `-0` or `5.0`. It never panics: a value of the wrong type is a
//! [`DeserializeError`] that names where it was found.

// Which helpers a crate uses depends on its model.
#![allow(dead_code)]

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Number, Value};

use crate::primitives::{BigDecimal, BigInteger, Blob, DateTime};

/// How deep the values a client reads may nest (structures, lists, maps, documents).
pub const MAX_DEPTH: usize = 128;

/// Writes a value's wire JSON.
pub trait ToJson {
    /// Writes the value at the writer's position.
    fn write(&self, w: &mut Writer);

    /// The JSON text.
    fn to_json_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        self.write(&mut w);
        w.into_bytes()
    }

    /// The JSON as a value (through its text), for tests and tools.
    fn to_json(&self) -> Value {
        serde_json::from_slice(&self.to_json_bytes()).unwrap_or(Value::Null)
    }
}

/// Appends JSON text. Generated code writes a structure as `begin_object`, then `key` and the
/// member's value for each member set, then `end_object`; commas are placed for it.
#[derive(Debug, Default)]
pub struct Writer {
    buf: Vec<u8>,
    /// Whether a value was just written at this level, so the next one needs a comma.
    after_value: bool,
}

impl Writer {
    /// The text written.
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }

    fn value_start(&mut self) {
        // Inside an array a value after a value needs a comma; after a key it never does
        // (`key` resets the flag).
        if self.after_value {
            self.buf.push(b',');
        }
    }

    /// `{`.
    pub fn begin_object(&mut self) {
        self.value_start();
        self.buf.push(b'{');
        self.after_value = false;
    }

    /// `}`.
    pub fn end_object(&mut self) {
        self.buf.push(b'}');
        self.after_value = true;
    }

    /// `[`.
    pub fn begin_array(&mut self) {
        self.value_start();
        self.buf.push(b'[');
        self.after_value = false;
    }

    /// `]`.
    pub fn end_array(&mut self) {
        self.buf.push(b']');
        self.after_value = true;
    }

    /// A member's key and `:`; its value comes next.
    pub fn key(&mut self, key: &str) {
        if self.after_value {
            self.buf.push(b',');
        }
        self.escaped(key);
        self.buf.push(b':');
        self.after_value = false;
    }

    /// A member: its key and its value.
    pub fn member<T: ToJson + ?Sized>(&mut self, key: &str, value: &T) {
        self.key(key);
        value.write(self);
    }

    /// A member written through codec `C` (a timestamp in text form, say).
    pub fn member_as<C: Codec<T>, T>(&mut self, key: &str, value: &T) {
        self.key(key);
        C::write(value, self);
    }

    /// An optional member: its key and value when set, nothing when not.
    pub fn optional<T: ToJson>(&mut self, key: &str, value: &Option<T>) {
        if let Some(v) = value {
            self.member(key, v);
        }
    }

    /// An optional member written through codec `C`.
    pub fn optional_as<C: Codec<T>, T>(&mut self, key: &str, value: &Option<T>) {
        if let Some(v) = value {
            self.member_as::<C, T>(key, v);
        }
    }

    fn escaped(&mut self, s: &str) {
        self.buf.push(b'"');
        let bytes = s.as_bytes();
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escape: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0c => b"\\f",
                0..=0x1f => b"",
                _ => continue,
            };
            self.buf.extend_from_slice(&bytes[start..i]);
            if escape.is_empty() {
                self.buf.extend_from_slice(format!("\\u{b:04x}").as_bytes());
            } else {
                self.buf.extend_from_slice(escape);
            }
            start = i + 1;
        }
        self.buf.extend_from_slice(&bytes[start..]);
        self.buf.push(b'"');
    }

    /// A string.
    pub fn string(&mut self, s: &str) {
        self.value_start();
        self.escaped(s);
        self.after_value = true;
    }

    /// Literal JSON text for one value (a number's digits, `true`, `null`).
    pub fn raw(&mut self, text: &str) {
        self.value_start();
        self.buf.extend_from_slice(text.as_bytes());
        self.after_value = true;
    }

    /// A number; the non-finite ones as the strings `NaN`, `Infinity`, `-Infinity`.
    pub fn float(&mut self, v: f64) {
        match crate::primitives::non_finite_name(v) {
            Some(name) => self.string(name),
            // `{:?}` is the shortest text that reads back as the same double.
            None => self.raw(&format!("{v:?}")),
        }
    }
}

/// Reads a value from its wire JSON.
pub trait FromJson: Sized {
    /// Reads the value at the reader's position.
    fn read(r: &mut Reader<'_>) -> Result<Self, DeserializeError>;

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

    /// Parses JSON text: one value, then only whitespace.
    fn from_slice(bytes: &[u8]) -> Result<Self, DeserializeError> {
        let mut r = Reader::new(bytes);
        let value = Self::read(&mut r)?;
        r.end()?;
        Ok(value)
    }

    /// Parses a JSON value (through its text), for tests and tools.
    fn from_json(value: &Value) -> Result<Self, DeserializeError> {
        Self::from_slice(value.to_string().as_bytes())
    }
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
    /// Expected `expected` (`"a string"`), found `found` (`"a number"`).
    pub fn new(expected: &'static str, found: &'static str) -> Self {
        DeserializeError { path: Vec::new(), expected, found }
    }

    #[doc(hidden)]
    pub fn in_member(mut self, name: &str) -> Self {
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

/// A pull reader over JSON text. Generated code reads a structure with [`Reader::object`],
/// calling the member readers by key and [`Reader::skip`] for the others.
pub struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
    depth: usize,
}

type R<T> = Result<T, DeserializeError>;

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { b: bytes, pos: 0, depth: 0 }
    }

    fn ws(&mut self) {
        while self.b.get(self.pos).is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.b.get(self.pos).copied()
    }

    /// What the next value is, for error messages.
    fn found(&mut self) -> &'static str {
        match self.peek() {
            None => "the end of the input",
            Some(b'{') => "an object",
            Some(b'[') => "an array",
            Some(b'"') => "a string",
            Some(b't' | b'f') => "a boolean",
            Some(b'n') => "null",
            Some(b'-' | b'0'..=b'9') => "a number",
            Some(_) => "invalid JSON",
        }
    }

    fn fail<T>(&mut self, expected: &'static str) -> R<T> {
        Err(DeserializeError::new(expected, self.found()))
    }

    fn literal(&mut self, word: &[u8]) -> bool {
        self.ws();
        if self.b[self.pos.min(self.b.len())..].starts_with(word) {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    /// Consumes `null` if it is next.
    pub fn try_null(&mut self) -> bool {
        self.literal(b"null")
    }

    /// After the last value: only whitespace may remain.
    pub fn end(&mut self) -> R<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(DeserializeError::new("the end of the input", "more JSON")),
        }
    }

    fn enter(&mut self) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(DeserializeError::new("values nested at most 128 deep", "deeper nesting"));
        }
        Ok(())
    }

    /// An object: `member` is called with each key and must read or skip its value. Errors
    /// name the member they happened in.
    pub fn object(&mut self, mut member: impl FnMut(&mut Self, &str) -> R<()>) -> R<()> {
        if self.peek() != Some(b'{') {
            return self.fail("an object");
        }
        self.enter()?;
        self.pos += 1;
        if self.peek() == Some(b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        loop {
            let key = self.string_cow()?;
            if self.peek() != Some(b':') {
                return self.fail("`:` after a key");
            }
            self.pos += 1;
            member(self, &key).map_err(|e| e.in_member(&key))?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Ok(());
                }
                _ => return self.fail("`,` or `}` in an object"),
            }
        }
    }

    /// An array: `item` is called for each element and must read or skip it.
    pub fn array(&mut self, mut item: impl FnMut(&mut Self) -> R<()>) -> R<()> {
        if self.peek() != Some(b'[') {
            return self.fail("an array");
        }
        self.enter()?;
        self.pos += 1;
        if self.peek() == Some(b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        let mut index = 0;
        loop {
            item(self).map_err(|e| e.in_index(index))?;
            index += 1;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Ok(());
                }
                _ => return self.fail("`,` or `]` in an array"),
            }
        }
    }

    /// A string, unescaped.
    pub fn string(&mut self) -> R<String> {
        self.string_cow().map(Cow::into_owned)
    }

    fn string_cow(&mut self) -> R<Cow<'a, str>> {
        if self.peek() != Some(b'"') {
            return self.fail("a string");
        }
        let start = self.pos + 1;
        let mut i = start;
        // Fast path: no escapes.
        while let Some(&c) = self.b.get(i) {
            match c {
                b'"' => {
                    let s = std::str::from_utf8(&self.b[start..i])
                        .map_err(|_| DeserializeError::new("UTF-8 text", "invalid UTF-8"))?;
                    self.pos = i + 1;
                    return Ok(Cow::Borrowed(s));
                }
                b'\\' => break,
                0..=0x1f => return Err(DeserializeError::new("a string", "a control character in a string")),
                _ => i += 1,
            }
        }
        let mut out: Vec<u8> = self.b[start..i].to_vec();
        loop {
            match self.b.get(i).copied() {
                None => return Err(DeserializeError::new("a string", "an unterminated string")),
                Some(b'"') => {
                    self.pos = i + 1;
                    return String::from_utf8(out)
                        .map(Cow::Owned)
                        .map_err(|_| DeserializeError::new("UTF-8 text", "invalid UTF-8"));
                }
                Some(b'\\') => {
                    let esc = self.b.get(i + 1).copied();
                    i += 2;
                    let ch = match esc {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let hi = self.hex4(i)?;
                            i += 4;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                // A surrogate pair: `\uD83D\uDE00`.
                                if self.b.get(i) != Some(&b'\\') || self.b.get(i + 1) != Some(&b'u') {
                                    return Err(DeserializeError::new("a string", "a lone surrogate"));
                                }
                                let lo = self.hex4(i + 2)?;
                                i += 6;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(DeserializeError::new("a string", "a lone surrogate"));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code).ok_or_else(|| DeserializeError::new("a string", "a lone surrogate"))?
                        }
                        _ => return Err(DeserializeError::new("a string", "an invalid escape")),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                Some(0..=0x1f) => return Err(DeserializeError::new("a string", "a control character in a string")),
                Some(c) => {
                    out.push(c);
                    i += 1;
                }
            }
        }
    }

    /// A string holding `what` (a date, base64): errors say `what` was expected.
    fn text(&mut self, what: &'static str) -> R<Cow<'a, str>> {
        if self.peek() != Some(b'"') {
            return self.fail(what);
        }
        self.string_cow()
    }

    fn hex4(&self, at: usize) -> R<u32> {
        let digits = self.b.get(at..at + 4).ok_or_else(|| DeserializeError::new("a string", "an invalid escape"))?;
        let text = std::str::from_utf8(digits).map_err(|_| DeserializeError::new("a string", "an invalid escape"))?;
        u32::from_str_radix(text, 16).map_err(|_| DeserializeError::new("a string", "an invalid escape"))
    }

    /// `true` or `false`.
    pub fn boolean(&mut self) -> R<bool> {
        if self.literal(b"true") {
            Ok(true)
        } else if self.literal(b"false") {
            Ok(false)
        } else {
            self.fail("a boolean")
        }
    }

    /// The text of a number, checked against JSON's grammar (`-? int frac? exp?`).
    fn number_text(&mut self) -> R<&'a str> {
        self.ws();
        let start = self.pos;
        let b = self.b;
        let mut i = start;
        let digits = |i: &mut usize| {
            let from = *i;
            while b.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i - from
        };
        if b.get(i) == Some(&b'-') {
            i += 1;
        }
        let int = digits(&mut i);
        if int == 0 || (int > 1 && b[i - int] == b'0') {
            return self.fail("a number");
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            if digits(&mut i) == 0 {
                return self.fail("a number");
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            if digits(&mut i) == 0 {
                return self.fail("a number");
            }
        }
        self.pos = i;
        // The grammar above admits ASCII only.
        std::str::from_utf8(&b[start..i]).map_err(|_| DeserializeError::new("a number", "invalid text"))
    }

    /// An integer in `min..=max`. Written as `5`, or (leniently) `-0`, `5.0` or `5e0`: any
    /// number with an integral value.
    pub fn integer(&mut self, min: i64, max: i64) -> R<i64> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return self.fail("an integer");
        }
        let text = self.number_text()?;
        let n = match text.parse::<i64>() {
            Ok(n) => Some(n),
            Err(_) => text.parse::<f64>().ok().filter(|f| f.fract() == 0.0 && f.abs() < 9.2e18).map(|f| f as i64),
        };
        match n {
            Some(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(DeserializeError::new("an integer in range", "a number out of range")),
        }
    }

    /// A number, or the strings `NaN`, `Infinity` and `-Infinity`. Numbers beyond `f64` are
    /// its infinities, as Rust parses them.
    pub fn float(&mut self) -> R<f64> {
        match self.peek() {
            Some(b'"') => match self.string_cow()?.as_ref() {
                "NaN" => Ok(f64::NAN),
                "Infinity" => Ok(f64::INFINITY),
                "-Infinity" => Ok(f64::NEG_INFINITY),
                _ => Err(DeserializeError::new("a number", "a string")),
            },
            Some(b'-' | b'0'..=b'9') => {
                let text = self.number_text()?;
                text.parse::<f64>().map_err(|_| DeserializeError::new("a number", "an invalid number"))
            }
            _ => self.fail("a number"),
        }
    }

    /// Skips one value of any kind and depth, without parsing its numbers or strings.
    pub fn skip(&mut self) -> R<()> {
        let mut open = 0usize;
        loop {
            match self.peek() {
                None => return Err(DeserializeError::new("a value", "the end of the input")),
                Some(b'{' | b'[') => {
                    open += 1;
                    self.pos += 1;
                    continue;
                }
                Some(b'}' | b']') if open > 0 => {
                    open -= 1;
                    self.pos += 1;
                }
                Some(b'"') => {
                    let mut i = self.pos + 1;
                    loop {
                        match self.b.get(i) {
                            None => return Err(DeserializeError::new("a string", "an unterminated string")),
                            Some(b'\\') => i += 2,
                            Some(b'"') => break,
                            Some(_) => i += 1,
                        }
                    }
                    self.pos = i + 1;
                    if open > 0 && self.peek() == Some(b':') {
                        self.pos += 1;
                        continue;
                    }
                }
                Some(b',') if open > 0 => {
                    self.pos += 1;
                    continue;
                }
                Some(_) => {
                    // A number or a literal: everything up to the next delimiter.
                    let start = self.pos;
                    while self
                        .b
                        .get(self.pos)
                        .is_some_and(|c| !matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r' | b':'))
                    {
                        self.pos += 1;
                    }
                    if self.pos == start {
                        return self.fail("a value");
                    }
                }
            }
            if open == 0 {
                return Ok(());
            }
        }
    }

    /// [`Reader::value`], or `null` when the value cannot be kept (nested too deep, a number
    /// beyond `f64`): for values that are kept only as information (an unknown union member).
    pub fn value_or_null(&mut self) -> R<Value> {
        let (pos, depth) = (self.pos, self.depth);
        match self.value() {
            Ok(v) => Ok(v),
            Err(_) => {
                self.pos = pos;
                self.depth = depth;
                self.skip()?;
                Ok(Value::Null)
            }
        }
    }

    /// Any JSON value (a document), built without recursion and bounded by [`MAX_DEPTH`].
    pub fn value(&mut self) -> R<Value> {
        enum Frame {
            Array(Vec<Value>),
            Object(Map<String, Value>, String),
        }
        let mut stack: Vec<Frame> = Vec::new();
        loop {
            // Read one value: a scalar, or the start of a container.
            let mut v = match self.peek() {
                Some(b'{') => {
                    self.pos += 1;
                    if self.peek() == Some(b'}') {
                        self.pos += 1;
                        Value::Object(Map::new())
                    } else {
                        if stack.len() >= MAX_DEPTH {
                            return Err(DeserializeError::new("values nested at most 128 deep", "deeper nesting"));
                        }
                        let key = self.string()?;
                        if self.peek() != Some(b':') {
                            return self.fail("`:` after a key");
                        }
                        self.pos += 1;
                        stack.push(Frame::Object(Map::new(), key));
                        continue;
                    }
                }
                Some(b'[') => {
                    self.pos += 1;
                    if self.peek() == Some(b']') {
                        self.pos += 1;
                        Value::Array(Vec::new())
                    } else {
                        if stack.len() >= MAX_DEPTH {
                            return Err(DeserializeError::new("values nested at most 128 deep", "deeper nesting"));
                        }
                        stack.push(Frame::Array(Vec::new()));
                        continue;
                    }
                }
                Some(b'"') => Value::String(self.string()?),
                Some(b't' | b'f') => Value::Bool(self.boolean()?),
                Some(b'n') if self.try_null() => Value::Null,
                Some(b'-' | b'0'..=b'9') => {
                    let text = self.number_text()?;
                    number_value(text).ok_or_else(|| DeserializeError::new("a number", "a number out of range"))?
                }
                _ => return self.fail("a value"),
            };
            // Put it in its container; close every container that ends here.
            loop {
                match stack.last_mut() {
                    None => return Ok(v),
                    Some(Frame::Array(items)) => {
                        items.push(v);
                        match self.peek() {
                            Some(b',') => {
                                self.pos += 1;
                                break;
                            }
                            Some(b']') => {
                                self.pos += 1;
                                let Some(Frame::Array(items)) = stack.pop() else { unreachable!() };
                                v = Value::Array(items);
                            }
                            _ => return self.fail("`,` or `]` in an array"),
                        }
                    }
                    Some(Frame::Object(map, key)) => {
                        map.insert(std::mem::take(key), v);
                        match self.peek() {
                            Some(b',') => {
                                self.pos += 1;
                                *key = self.string()?;
                                if self.peek() != Some(b':') {
                                    return self.fail("`:` after a key");
                                }
                                self.pos += 1;
                                break;
                            }
                            Some(b'}') => {
                                self.pos += 1;
                                let Some(Frame::Object(map, _)) = stack.pop() else { unreachable!() };
                                v = Value::Object(map);
                            }
                            _ => return self.fail("`,` or `}` in an object"),
                        }
                    }
                }
            }
        }
    }
}

/// A JSON number as a `Value`, keeping integers exact (and big numbers' text, in crates that
/// enable `arbitrary_precision`).
fn number_value(text: &str) -> Option<Value> {
    if let Ok(n) = text.parse::<i64>() {
        return Some(Value::from(n));
    }
    if let Ok(n) = text.parse::<u64>() {
        return Some(Value::from(n));
    }
    serde_json::from_str::<Number>(text).ok().map(Value::Number)
}

impl Reader<'_> {
    /// A member's value: `None` for `null`.
    pub fn member<T: FromJson>(&mut self) -> R<Option<T>> {
        if self.try_null() {
            Ok(None)
        } else {
            T::read(self).map(Some)
        }
    }

    /// An error's message member under the spelling `key`, kept in `slot` unless a better
    /// spelling was read already (`rank` holds the best so far): `message` before `Message`
    /// before `errorMessage` before `error_description`, whatever order the body has them in.
    pub fn message_member(&mut self, key: &str, rank: &mut usize, slot: &mut Option<String>) -> R<()> {
        const BEST_FIRST: [&str; 4] = ["message", "Message", "errorMessage", "error_description"];
        let this = BEST_FIRST.iter().position(|k| *k == key).unwrap_or(BEST_FIRST.len());
        let value: Option<String> = self.member()?;
        if value.is_some() && this < *rank {
            *slot = value;
            *rank = this;
        }
        Ok(())
    }

    /// A required or defaulted member's value into `slot`, which keeps its zero value or
    /// default for `null`.
    pub fn set<T: FromJson>(&mut self, slot: &mut T) -> R<()> {
        if let Some(value) = self.member()? {
            *slot = value;
        }
        Ok(())
    }

    /// [`set`](Self::set) through codec `C`.
    pub fn set_as<C: Codec<T>, T>(&mut self, slot: &mut T) -> R<()> {
        if let Some(value) = self.member_as::<C, T>()? {
            *slot = value;
        }
        Ok(())
    }

    /// A member's value read through codec `C`: `None` for `null`.
    pub fn member_as<C: Codec<T>, T>(&mut self) -> R<Option<T>> {
        if self.try_null() {
            Ok(None)
        } else {
            C::read(self).map(Some)
        }
    }
}

/// A list's entries read with `read`; `null` entries are dropped unless `keep_null` (sparse).
fn list<T>(r: &mut Reader<'_>, keep_null: bool, mut read: impl FnMut(&mut Reader<'_>) -> R<T>) -> R<Vec<T>> {
    let mut out = Vec::new();
    r.array(|r| {
        if !keep_null && r.try_null() {
            return Ok(());
        }
        out.push(read(r)?);
        Ok(())
    })?;
    Ok(out)
}

/// A map's values read with `read`; `null` values are dropped unless `keep_null` (sparse).
fn map_values<T>(
    r: &mut Reader<'_>,
    keep_null: bool,
    mut read: impl FnMut(&mut Reader<'_>) -> R<T>,
) -> R<BTreeMap<String, T>> {
    let mut out = BTreeMap::new();
    r.object(|r, key| {
        if !keep_null && r.try_null() {
            return Ok(());
        }
        out.insert(key.to_string(), read(r)?);
        Ok(())
    })?;
    Ok(out)
}

impl ToJson for String {
    fn write(&self, w: &mut Writer) {
        w.string(self)
    }
}

impl FromJson for String {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        r.string()
    }
    fn zero_value() -> Self {
        String::new()
    }
}

impl ToJson for bool {
    fn write(&self, w: &mut Writer) {
        w.raw(if *self { "true" } else { "false" })
    }
}

impl FromJson for bool {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        r.boolean()
    }
    fn zero_value() -> Self {
        false
    }
}

impl ToJson for i8 {
    fn write(&self, w: &mut Writer) {
        w.raw(&self.to_string())
    }
}
impl FromJson for i8 {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        r.integer(i8::MIN.into(), i8::MAX.into()).map(|n| n as i8)
    }
    fn zero_value() -> Self {
        0
    }
}
impl ToJson for i16 {
    fn write(&self, w: &mut Writer) {
        w.raw(&self.to_string())
    }
}
impl FromJson for i16 {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        r.integer(i16::MIN.into(), i16::MAX.into()).map(|n| n as i16)
    }
    fn zero_value() -> Self {
        0
    }
}
impl ToJson for i32 {
    fn write(&self, w: &mut Writer) {
        w.raw(&self.to_string())
    }
}
impl FromJson for i32 {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        r.integer(i32::MIN.into(), i32::MAX.into()).map(|n| n as i32)
    }
    fn zero_value() -> Self {
        0
    }
}
impl ToJson for i64 {
    fn write(&self, w: &mut Writer) {
        w.raw(&self.to_string())
    }
}
impl FromJson for i64 {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        r.integer(i64::MIN, i64::MAX)
    }
    fn zero_value() -> Self {
        0
    }
}

impl ToJson for f64 {
    fn write(&self, w: &mut Writer) {
        w.float(*self)
    }
}
impl FromJson for f64 {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        r.float()
    }
    fn zero_value() -> Self {
        0.0
    }
}
impl ToJson for f32 {
    fn write(&self, w: &mut Writer) {
        if self.is_finite() {
            // The f32's own shortest text, so 0.1f32 is sent as 0.1.
            w.raw(&format!("{self:?}"))
        } else {
            w.float(f64::from(*self))
        }
    }
}
impl FromJson for f32 {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        r.float().map(|v| v as f32)
    }
    fn zero_value() -> Self {
        0.0
    }
}

/// awsJson sends timestamps as epoch seconds, with a fraction when there is one.
impl ToJson for DateTime {
    fn write(&self, w: &mut Writer) {
        w.raw(&self.epoch_seconds_text())
    }
}

impl FromJson for DateTime {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        if !matches!(r.peek(), Some(b'-' | b'0'..=b'9')) {
            return r.fail("epoch seconds");
        }
        let text = r.number_text()?;
        epoch_seconds(text).ok_or_else(|| DeserializeError::new("epoch seconds", "a number out of range"))
    }
    fn zero_value() -> Self {
        DateTime::default()
    }
}

/// Epoch seconds from a JSON number's text, exact to the nanosecond for plain decimals
/// (`1.5`, `-0.25`); exponent forms go through `f64`.
fn epoch_seconds(text: &str) -> Option<DateTime> {
    if text.contains(['e', 'E']) {
        return text.parse::<f64>().ok().and_then(DateTime::from_secs_f64);
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let secs: i64 = int.parse().ok()?;
    let mut nanos: u32 = 0;
    for (i, d) in frac.bytes().take(9).enumerate() {
        nanos += u32::from(d - b'0') * 10u32.pow(8 - i as u32);
    }
    Some(match (negative, nanos) {
        (false, n) => DateTime::from_secs_and_nanos(secs, n),
        (true, 0) => DateTime::from_secs(-secs),
        (true, n) => DateTime::from_secs_and_nanos(-secs - 1, 1_000_000_000 - n),
    })
}

/// A wire form other than a type's own, chosen by the model: `@timestampFormat` on a member,
/// or on the timestamps inside a list or map. Members without one use [`ToJson`]/[`FromJson`].
pub trait Codec<T> {
    /// Whether `null` is a value (the entries of sparse lists and maps) rather than dropped.
    const KEEPS_NULL: bool = false;
    /// Writes `value` in this form.
    fn write(value: &T, w: &mut Writer);
    /// Reads a value written in this form.
    fn read(r: &mut Reader<'_>) -> R<T>;
}

/// `@timestampFormat("date-time")`: an RFC 3339 string.
pub struct DateTimeText;

impl Codec<DateTime> for DateTimeText {
    fn write(value: &DateTime, w: &mut Writer) {
        w.string(&value.to_string())
    }
    fn read(r: &mut Reader<'_>) -> R<DateTime> {
        let s = r.text("an RFC 3339 date-time")?;
        DateTime::from_rfc3339(&s).ok_or_else(|| DeserializeError::new("an RFC 3339 date-time", "another string"))
    }
}

/// `@timestampFormat("http-date")`: an IMF-fixdate string.
pub struct HttpDate;

impl Codec<DateTime> for HttpDate {
    fn write(value: &DateTime, w: &mut Writer) {
        w.string(&value.to_http_date())
    }
    fn read(r: &mut Reader<'_>) -> R<DateTime> {
        let s = r.text("an HTTP date")?;
        DateTime::from_http_date(&s).ok_or_else(|| DeserializeError::new("an HTTP date", "another string"))
    }
}

/// Lists whose entries use codec `C`; `Option<C>` for the entries of sparse ones.
pub struct ListOf<C>(std::marker::PhantomData<C>);
/// Maps whose values use codec `C`; `Option<C>` for the values of sparse ones.
pub struct MapOf<C>(std::marker::PhantomData<C>);

impl<T, C: Codec<T>> Codec<Vec<T>> for ListOf<C> {
    fn write(value: &Vec<T>, w: &mut Writer) {
        w.begin_array();
        for item in value {
            C::write(item, w);
        }
        w.end_array();
    }
    fn read(r: &mut Reader<'_>) -> R<Vec<T>> {
        list(r, C::KEEPS_NULL, C::read)
    }
}

impl<T, C: Codec<T>> Codec<Option<T>> for Option<C> {
    const KEEPS_NULL: bool = true;
    fn write(value: &Option<T>, w: &mut Writer) {
        match value {
            Some(v) => C::write(v, w),
            None => w.raw("null"),
        }
    }
    fn read(r: &mut Reader<'_>) -> R<Option<T>> {
        r.member_as::<C, T>()
    }
}

impl<T, C: Codec<T>> Codec<BTreeMap<String, T>> for MapOf<C> {
    fn write(value: &BTreeMap<String, T>, w: &mut Writer) {
        w.begin_object();
        for (k, v) in value {
            w.key(k);
            C::write(v, w);
        }
        w.end_object();
    }
    fn read(r: &mut Reader<'_>) -> R<BTreeMap<String, T>> {
        map_values(r, C::KEEPS_NULL, C::read)
    }
}

/// `T` read from `bytes`, or `None` when they do not hold one.
pub fn read<T: FromJson>(bytes: &[u8]) -> Option<T> {
    T::from_slice(bytes).ok()
}

/// [`ToJson::write`] through codec `C`.
pub fn encode<C: Codec<T>, T>(value: &T, w: &mut Writer) {
    C::write(value, w)
}

/// [`FromJson::read`] through codec `C`.
pub fn decode<C: Codec<T>, T>(r: &mut Reader<'_>) -> R<T> {
    C::read(r)
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write(&self, w: &mut Writer) {
        w.begin_array();
        for item in self {
            item.write(w);
        }
        w.end_array();
    }
}

/// A list: in a dense one, `null` entries (which it cannot hold) are dropped.
impl<T: FromJson> FromJson for Vec<T> {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        list(r, T::KEEPS_NULL, T::read)
    }
    fn zero_value() -> Self {
        Vec::new()
    }
}

impl<T: ToJson> ToJson for BTreeMap<String, T> {
    fn write(&self, w: &mut Writer) {
        w.begin_object();
        for (k, v) in self {
            w.key(k);
            v.write(w);
        }
        w.end_object();
    }
}

/// A map: in a dense one, `null` values are dropped.
impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        map_values(r, T::KEEPS_NULL, T::read)
    }
    fn zero_value() -> Self {
        BTreeMap::new()
    }
}

/// Entries of sparse lists and maps: `null` is kept as `None`.
impl<T: ToJson> ToJson for Option<T> {
    fn write(&self, w: &mut Writer) {
        match self {
            Some(v) => v.write(w),
            None => w.raw("null"),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        r.member()
    }
    fn zero_value() -> Self {
        None
    }
    const KEEPS_NULL: bool = true;
}

impl<T: ToJson> ToJson for Box<T> {
    fn write(&self, w: &mut Writer) {
        (**self).write(w)
    }
}

impl<T: FromJson> FromJson for Box<T> {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        T::read(r).map(Box::new)
    }
    fn zero_value() -> Self {
        Box::new(T::zero_value())
    }
}

/// Blobs travel as base64 strings.
impl ToJson for Blob {
    fn write(&self, w: &mut Writer) {
        use base64::Engine;
        w.string(&base64::engine::general_purpose::STANDARD.encode(self.as_bytes()))
    }
}

impl FromJson for Blob {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        use base64::Engine;
        let s = r.text("a base64 string")?;
        base64::engine::general_purpose::STANDARD
            .decode(s.as_bytes())
            .map(Blob::new)
            .map_err(|_| DeserializeError::new("valid base64", "another string"))
    }
    fn zero_value() -> Self {
        Blob::default()
    }
}

/// A streaming body is never part of a JSON document; these exist so a structure holding one
/// (an operation's input or output) has the JSON form every structure has, for tests: bytes in
/// memory as base64, any other body as an empty string.
impl ToJson for crate::stream::ByteStream {
    fn write(&self, w: &mut Writer) {
        Blob::new(self.as_bytes().unwrap_or_default().to_vec()).write(w)
    }
}

impl FromJson for crate::stream::ByteStream {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        Blob::read(r).map(crate::stream::ByteStream::from)
    }
    fn zero_value() -> Self {
        crate::stream::ByteStream::default()
    }
}

/// Documents are any JSON, kept as is.
impl ToJson for Value {
    fn write(&self, w: &mut Writer) {
        match self {
            Value::Null => w.raw("null"),
            Value::Bool(b) => b.write(w),
            Value::Number(n) => w.raw(&n.to_string()),
            Value::String(s) => w.string(s),
            Value::Array(items) => {
                w.begin_array();
                for item in items {
                    item.write(w);
                }
                w.end_array();
            }
            Value::Object(members) => {
                w.begin_object();
                for (k, v) in members {
                    w.key(k);
                    v.write(w);
                }
                w.end_object();
            }
        }
    }
}

impl FromJson for Value {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        r.value()
    }
    fn zero_value() -> Self {
        Value::Null
    }
}

/// Big numbers travel as JSON numbers, digit for digit: read from and written as the number's
/// text (checked when the value was made).
impl ToJson for BigInteger {
    fn write(&self, w: &mut Writer) {
        w.raw(self.as_str())
    }
}

impl FromJson for BigInteger {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        if !matches!(r.peek(), Some(b'-' | b'0'..=b'9')) {
            return r.fail("an integer");
        }
        let text = r.number_text()?;
        BigInteger::parse(text).map_err(|_| DeserializeError::new("an integer", "a number with a fraction"))
    }
    fn zero_value() -> Self {
        BigInteger::from(0i64)
    }
}

impl ToJson for BigDecimal {
    fn write(&self, w: &mut Writer) {
        w.raw(self.as_str())
    }
}

impl FromJson for BigDecimal {
    fn read(r: &mut Reader<'_>) -> R<Self> {
        if !matches!(r.peek(), Some(b'-' | b'0'..=b'9')) {
            return r.fail("a number");
        }
        let text = r.number_text()?;
        BigDecimal::parse(text).map_err(|_| DeserializeError::new("a number", "an invalid number"))
    }
    fn zero_value() -> Self {
        BigDecimal::from(0i64)
    }
}

/// The strings among an error body's top-level members named in `keys` (for its code and
/// message), skipping everything else; `None` when the body is not a JSON object.
pub fn top_level_strings<const N: usize>(body: &[u8], keys: [&str; N]) -> Option<[Option<String>; N]> {
    let mut found: [Option<String>; N] = std::array::from_fn(|_| None);
    let mut r = Reader::new(body);
    r.object(|r, key| {
        match keys.iter().position(|k| *k == key) {
            Some(i) if r.peek() == Some(b'"') => found[i] = Some(r.string()?),
            _ => r.skip()?,
        }
        Ok(())
    })
    .ok()?;
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_members_of_any_depth_and_number_are_skipped() {
        let deep = format!("{}1{}", "[".repeat(10_000), "]".repeat(10_000));
        let body = format!("{{\"big\": 1e400, \"deep\": {deep}, \"s\": \"x\\\"}}\", \"keep\": \"yes\"}}");
        let got = top_level_strings(body.as_bytes(), ["keep"]).unwrap();
        assert_eq!(got[0].as_deref(), Some("yes"));
    }

    #[test]
    fn known_values_are_bounded() {
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert!(Value::from_slice(deep.as_bytes()).is_err());
        let ok = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(Value::from_slice(ok.as_bytes()).is_ok());
    }

    #[test]
    fn integers_accept_integral_numbers() {
        for (text, n) in [("5", 5), ("-0", 0), ("5.0", 5), ("5e0", 5), ("-12", -12)] {
            assert_eq!(i32::from_slice(text.as_bytes()), Ok(n), "{text}");
        }
        for bad in ["5.5", "3000000000", "\"5\"", "05", "-"] {
            assert!(i32::from_slice(bad.as_bytes()).is_err(), "{bad}");
        }
    }

    #[test]
    fn strings_unescape_and_epoch_seconds_are_exact() {
        assert_eq!(String::from_slice(br#""a\"b\u00e9\ud83d\ude00""#).unwrap(), "a\"bé😀");
        assert!(String::from_slice(b"\"\\ud83d\"").is_err());
        let t = DateTime::from_slice(b"1.123456789").unwrap();
        assert_eq!((t.secs(), t.subsec_nanos()), (1, 123_456_789));
        let t = DateTime::from_slice(b"-1.25").unwrap();
        assert_eq!((t.secs(), t.subsec_nanos()), (-2, 750_000_000));
    }

    #[test]
    fn documents_round_trip() {
        let text = r#"{"a":[1,2.5,{"b":null,"c":[true,"x"]}],"d":{}}"#;
        assert_eq!(Value::from_slice(text.as_bytes()).unwrap().to_string(), text);
    }
}

#[cfg(test)]
mod writer_tests {
    use super::*;

    #[test]
    fn the_writer_places_commas_and_escapes() {
        let mut w = Writer::default();
        w.begin_object();
        w.key("a");
        vec![1i32, 2].write(&mut w);
        w.key("b\"");
        w.begin_object();
        w.end_object();
        w.key("c");
        "x\n\u{1}é".to_string().write(&mut w);
        w.key("d");
        f64::NAN.write(&mut w);
        w.key("e");
        123456789.12345679f64.write(&mut w);
        w.end_object();
        let text = String::from_utf8(w.into_bytes()).unwrap();
        assert_eq!(text, r#"{"a":[1,2],"b\"":{},"c":"x\n\u0001é","d":"NaN","e":123456789.12345679}"#);
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["c"], "x\n\u{1}é");
    }
}
