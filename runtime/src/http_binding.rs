//! Values in URIs, query strings and headers, as the Smithy HTTP binding traits define them
//! (restJson1 and restXml): percent-encoding of labels and query parameters, header lists with
//! quoting, and the text form of numbers, booleans and timestamps.

use crate::error::ValidationError;
use crate::http::Response;
use crate::json::{DeserializeError, Reader};
use crate::primitives::DateTime;
use crate::protocol::HttpParts;
use crate::stream::ByteStream;

/// The text of a value bound to a label, query parameter or header.
pub trait HttpValue {
    /// Appends the value's text (not yet percent-encoded).
    fn text(&self, out: &mut String);
}

impl HttpValue for str {
    fn text(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl HttpValue for String {
    fn text(&self, out: &mut String) {
        out.push_str(self);
    }
}

impl HttpValue for bool {
    fn text(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl HttpValue for $t {
            fn text(&self, out: &mut String) {
                out.push_str(&self.to_string());
            }
        }
    )*};
}
integers!(i8, i16, i32, i64);

impl HttpValue for f32 {
    fn text(&self, out: &mut String) {
        float_text(f64::from(*self), out, Some(self.to_string()));
    }
}

impl HttpValue for f64 {
    fn text(&self, out: &mut String) {
        float_text(*self, out, None);
    }
}

/// `NaN`, `Infinity` and `-Infinity` as the protocols spell them; other values in Rust's
/// shortest round-trip form (`4.1`, not `4.099999904632568` for an `f32`).
fn float_text(v: f64, out: &mut String, exact: Option<String>) {
    match crate::primitives::non_finite_name(v) {
        Some(name) => out.push_str(name),
        None => out.push_str(&exact.unwrap_or_else(|| v.to_string())),
    }
}

/// How a timestamp is written in a label, query or header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeFormat {
    /// RFC 3339 (`2019-12-16T23:48:18Z`): the default in labels and query parameters.
    DateTime,
    /// IMF-fixdate (`Mon, 16 Dec 2019 23:48:18 GMT`): the default in headers.
    HttpDate,
    /// Seconds since the epoch (`1576540098`, with a fraction when there is one).
    EpochSeconds,
}

/// A timestamp's text in `format`.
pub fn time_text(t: &DateTime, format: TimeFormat, out: &mut String) {
    match format {
        TimeFormat::DateTime => out.push_str(&t.to_string()),
        TimeFormat::HttpDate => out.push_str(&t.to_http_date()),
        TimeFormat::EpochSeconds => out.push_str(&t.epoch_seconds_text()),
    }
}

/// Appends `text` percent-encoded as RFC 3986 asks of a label (every character but the
/// unreserved ones; a greedy label keeps its `/`) or of a query key or value.
pub fn encode(out: &mut String, text: &str, greedy: bool) {
    crate::sigv4::encode(out, text, greedy);
}

/// Appends `key=value` to a query string (with `&` before it unless it is the first).
pub fn query_pair(query: &mut String, key: &str, value: &str) {
    if !query.is_empty() {
        query.push('&');
    }
    encode(query, key, false);
    query.push('=');
    encode(query, value, false);
}

/// A list header's value: items joined by `, `, an item quoted (with `"` and `\` escaped) when it
/// holds a comma or a double quote, so the list splits back into the same items. Timestamps in
/// http-date form are never quoted; [`split_http_dates`] reads them back.
pub fn header_list(items: impl IntoIterator<Item = impl AsRef<str>>, quote: bool) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        let item = item.as_ref();
        if i > 0 {
            out.push_str(", ");
        }
        if quote && item.contains([',', '"']) {
            out.push('"');
            for c in item.chars() {
                if matches!(c, '"' | '\\') {
                    out.push('\\');
                }
                out.push(c);
            }
            out.push('"');
        } else {
            out.push_str(item);
        }
    }
    out
}

/// The items of a list header: split on commas outside double quotes, trimmed, quotes removed
/// and escapes undone. Never fails: a stray quote ends at the end of the value.
pub fn split_header_list(value: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut chars = value.chars().peekable();
    loop {
        while chars.next_if(|c| c.is_ascii_whitespace()).is_some() {}
        let mut item = String::new();
        if chars.next_if_eq(&'"').is_some() {
            while let Some(c) = chars.next() {
                match c {
                    '\\' => item.extend(chars.next()),
                    '"' => break,
                    c => item.push(c),
                }
            }
            // Anything between the closing quote and the next comma is dropped.
            while chars.next_if(|c| *c != ',').is_some() {}
        } else {
            while let Some(c) = chars.next_if(|c| *c != ',') {
                item.push(c);
            }
            item = item.trim_end().to_string();
        }
        items.push(item);
        if chars.next().is_none() {
            break;
        }
    }
    if items.len() == 1 && items[0].is_empty() {
        items.clear();
    }
    items
}

/// The timestamps of a list header in http-date form, whose every date holds a comma
/// (`Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 ...`): split at every second comma.
pub fn split_http_dates(value: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut commas = 0;
    for (i, c) in value.char_indices() {
        if c == ',' {
            commas += 1;
            if commas % 2 == 0 {
                out.push(value[start..i].trim());
                start = i + 1;
            }
        }
    }
    let last = value[start..].trim();
    if !last.is_empty() {
        out.push(last);
    }
    out
}

/// The text of a label, query or header value.
pub fn text<T: HttpValue + ?Sized>(value: &T) -> String {
    let mut out = String::new();
    value.text(&mut out);
    out
}

/// A timestamp's text in `format`.
pub fn time(t: &DateTime, format: TimeFormat) -> String {
    let mut out = String::new();
    time_text(t, format, &mut out);
    out
}

/// Base64 text: blobs in query parameters and headers, and strings with a `@mediaType` in
/// headers.
pub fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Bytes from base64 text (blobs in XML and query values); `None` when it is not base64.
pub fn from_base64(text: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.decode(text).ok()
}

/// An HTTP-bound request as the operation's generated bindings build it: path segment by
/// segment, query, headers, then the body.
#[derive(Debug)]
pub struct RequestParts {
    method: &'static str,
    path: String,
    query: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    content_type: Option<&'static str>,
    upload: Option<ByteStream>,
}

impl RequestParts {
    /// A request with `method`, at `/`, without query, headers or body.
    pub fn new(method: &'static str) -> Self {
        RequestParts {
            method,
            path: String::new(),
            query: String::new(),
            headers: Vec::new(),
            body: Vec::new(),
            content_type: None,
            upload: None,
        }
    }

    /// A literal segment of the URI pattern, as the model writes it.
    pub fn literal(&mut self, segment: &str) {
        self.path.push('/');
        self.path.push_str(segment);
    }

    /// A label's segment, percent-encoded. An empty value would send the request to another
    /// path (`/things//x`), so it is refused before anything is sent.
    pub fn label(&mut self, member: &str, value: Option<&str>, greedy: bool) -> Result<(), ValidationError> {
        match value {
            Some(v) if !v.is_empty() => {
                self.path.push('/');
                encode(&mut self.path, v, greedy);
                Ok(())
            }
            _ => Err(ValidationError {
                path: member.to_string(),
                message: "is bound to the request path and must be set and not empty".to_string(),
            }),
        }
    }

    /// A query parameter (`value` `None`: the key alone, as in `?uploads`).
    pub fn query(&mut self, key: &str, value: Option<&str>) {
        match value {
            Some(v) => query_pair(&mut self.query, key, v),
            None => {
                if !self.query.is_empty() {
                    self.query.push('&');
                }
                encode(&mut self.query, key, false);
            }
        }
    }

    /// A header.
    pub fn header(&mut self, name: impl Into<String>, value: String) {
        self.headers.push((name.into(), value));
    }

    /// The body and its media type.
    pub fn body(&mut self, bytes: Vec<u8>, content_type: &'static str) {
        self.body = bytes;
        self.content_type = Some(content_type);
    }

    /// A streaming body and its media type.
    pub fn upload(&mut self, stream: ByteStream, content_type: &'static str) {
        self.upload = Some(stream);
        self.content_type = Some(content_type);
    }

    /// [`finish`](Self::finish) with the streaming body, if one was set.
    pub fn finish_streaming(mut self) -> (HttpParts, Vec<u8>, Option<ByteStream>) {
        let upload = self.upload.take();
        let (parts, body) = self.finish();
        (parts, body, upload)
    }

    /// The parts outside the body, and the body.
    pub fn finish(self) -> (HttpParts, Vec<u8>) {
        let path = if self.path.is_empty() { "/".to_string() } else { self.path };
        let parts = HttpParts {
            method: self.method,
            path,
            query: self.query,
            headers: self.headers,
            content_type: self.content_type,
        };
        (parts, self.body)
    }
}

/// Reads a value from the text of a header.
pub trait FromHttpText: Sized {
    /// The value, or `None` when the text is not one.
    fn from_text(text: &str) -> Option<Self>;
}

impl FromHttpText for String {
    fn from_text(text: &str) -> Option<Self> {
        Some(text.to_string())
    }
}

impl FromHttpText for bool {
    fn from_text(text: &str) -> Option<Self> {
        match text.trim() {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }
}

macro_rules! parsed {
    ($($t:ty),*) => {$(
        impl FromHttpText for $t {
            fn from_text(text: &str) -> Option<Self> {
                text.trim().parse().ok()
            }
        }
    )*};
}
parsed!(i8, i16, i32, i64);

impl FromHttpText for f64 {
    fn from_text(text: &str) -> Option<Self> {
        match text.trim() {
            "NaN" => Some(f64::NAN),
            "Infinity" => Some(f64::INFINITY),
            "-Infinity" => Some(f64::NEG_INFINITY),
            t => t.parse().ok(),
        }
    }
}

impl FromHttpText for f32 {
    fn from_text(text: &str) -> Option<Self> {
        f64::from_text(text).map(|v| v as f32)
    }
}

fn bad_header(name: &str, expected: &'static str) -> DeserializeError {
    DeserializeError::new(expected, "other text").in_member(&format!("<header {name}>"))
}

/// Header `name` read by `read`; `None` when the response does not have the header, an error
/// naming the header and `expected` when `read` cannot make a value of it.
fn read_header<T>(
    response: &Response,
    name: &str,
    expected: &'static str,
    read: impl FnOnce(&str) -> Option<T>,
) -> Result<Option<T>, DeserializeError> {
    match response.header(name) {
        None => Ok(None),
        Some(v) => read(v).map(Some).ok_or_else(|| bad_header(name, expected)),
    }
}

/// Header `name`'s value read as `T`; `None` when the response does not have the header.
pub fn header<T: FromHttpText>(response: &Response, name: &str) -> Result<Option<T>, DeserializeError> {
    read_header(response, name, "a value of the member's type", T::from_text)
}

/// Header `name`'s timestamp in `format`.
pub fn header_time(response: &Response, name: &str, format: TimeFormat) -> Result<Option<DateTime>, DeserializeError> {
    read_header(response, name, "a timestamp", |v| parse_time(v, format))
}

/// A timestamp from its text in `format`.
pub fn parse_time(text: &str, format: TimeFormat) -> Option<DateTime> {
    let text = text.trim();
    match format {
        TimeFormat::DateTime => DateTime::from_rfc3339(text),
        TimeFormat::HttpDate => DateTime::from_http_date(text),
        TimeFormat::EpochSeconds => text.parse::<f64>().ok().and_then(DateTime::from_secs_f64),
    }
}

/// Header `name`'s items (a list header), each read with `item`.
pub fn header_list_of<T>(
    response: &Response,
    name: &str,
    item: impl Fn(&str) -> Option<T>,
) -> Result<Option<Vec<T>>, DeserializeError> {
    read_header(response, name, "a list of the member's items", |v| {
        split_header_list(v).iter().map(|s| item(s)).collect()
    })
}

/// Header `name`'s timestamps (a list header) in `format`.
pub fn header_times(
    response: &Response,
    name: &str,
    format: TimeFormat,
) -> Result<Option<Vec<DateTime>>, DeserializeError> {
    read_header(response, name, "a list of timestamps", |v| match format {
        TimeFormat::HttpDate => split_http_dates(v).into_iter().map(|s| parse_time(s, format)).collect(),
        _ => split_header_list(v).iter().map(|s| parse_time(s, format)).collect(),
    })
}

/// Header `name`'s value decoded from base64 (a string with a `@mediaType`, or a blob).
pub fn header_base64(response: &Response, name: &str) -> Result<Option<Vec<u8>>, DeserializeError> {
    use base64::Engine;
    read_header(response, name, "base64 text", |v| base64::engine::general_purpose::STANDARD.decode(v.trim()).ok())
}

/// The headers starting with `prefix` (compared case-insensitively), by the rest of their
/// names; an empty map when there are none.
pub fn prefix_headers<T>(
    response: &Response,
    prefix: &str,
    value: impl Fn(&str) -> Option<T>,
) -> Result<Option<std::collections::BTreeMap<String, T>>, DeserializeError> {
    let mut out = std::collections::BTreeMap::new();
    for (name, v) in &response.headers {
        let starts = name.len() >= prefix.len()
            && name.is_char_boundary(prefix.len())
            && name[..prefix.len()].eq_ignore_ascii_case(prefix);
        if starts {
            let v = value(v).ok_or_else(|| bad_header(name, "a value of the map's type"))?;
            out.insert(name[prefix.len()..].to_string(), v);
        }
    }
    // Empty when none match, as botocore parses a header map, rather than unset.
    Ok(Some(out))
}

/// Reads the members of a JSON body: an empty body (or `null`) has none.
pub fn read_body(
    body: &[u8],
    member: impl FnMut(&mut Reader<'_>, &str) -> Result<(), DeserializeError>,
) -> Result<(), DeserializeError> {
    let body = body.trim_ascii();
    if body.is_empty() || body == b"null" {
        return Ok(());
    }
    let mut r = Reader::new(body);
    r.object(member)?;
    r.end()
}

/// A payload member read from a JSON body: `None` when the body is empty.
pub fn json_payload<T: crate::json::FromJson>(body: &[u8]) -> Result<Option<T>, DeserializeError> {
    if body.trim_ascii().is_empty() {
        return Ok(None);
    }
    T::from_slice(body).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(v: &dyn HttpValue) -> String {
        let mut s = String::new();
        v.text(&mut s);
        s
    }

    #[test]
    fn labels_and_queries_encode_as_the_protocol_tests_expect() {
        // RestJsonHttpRequestLabelEscaping and RestJsonQueryStringEscaping.
        let mut out = String::new();
        encode(&mut out, " %:/?#[]@!$&'()*+,;=\u{1F639}", false);
        assert_eq!(out, "%20%25%3A%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%3D%F0%9F%98%B9");
        // RestJsonHttpRequestWithGreedyLabelInPath.
        let mut out = String::new();
        encode(&mut out, "there/guy", true);
        assert_eq!(out, "there/guy");
        let mut q = String::new();
        query_pair(&mut q, "String", "Hello there");
        query_pair(&mut q, "Timestamp", "1970-01-01T00:00:01Z");
        assert_eq!(q, "String=Hello%20there&Timestamp=1970-01-01T00%3A00%3A01Z");
    }

    #[test]
    fn numbers_booleans_and_times_as_text() {
        assert_eq!(text(&4.1f32), "4.1");
        assert_eq!(text(&5.1f64), "5.1");
        assert_eq!(
            (text(&f64::NAN), text(&f64::INFINITY), text(&f32::NEG_INFINITY)),
            ("NaN".into(), "Infinity".into(), "-Infinity".into())
        );
        assert_eq!((text(&true), text(&-3i64)), ("true".into(), "-3".into()));
        let t = DateTime::from_secs(1_576_540_098);
        let fmt = |f| {
            let mut s = String::new();
            time_text(&t, f, &mut s);
            s
        };
        assert_eq!(fmt(TimeFormat::DateTime), "2019-12-16T23:48:18Z");
        assert_eq!(fmt(TimeFormat::HttpDate), "Mon, 16 Dec 2019 23:48:18 GMT");
        assert_eq!(fmt(TimeFormat::EpochSeconds), "1576540098");
    }

    #[test]
    fn header_lists_quote_and_split_back() {
        // RestJsonInputAndOutputWithQuotedStringHeaders.
        let items = ["b,c", "\"def\"", "a"];
        let value = header_list(items, true);
        assert_eq!(value, r#""b,c", "\"def\"", a"#);
        assert_eq!(split_header_list(&value), items);
        assert_eq!(split_header_list("a, b ,c"), ["a", "b", "c"]);
        assert_eq!(split_header_list(""), Vec::<String>::new());
        assert_eq!(split_header_list("\"unterminated, x"), ["unterminated, x"]);
        assert_eq!(split_header_list("a,,b"), ["a", "", "b"]);
        let dates = "Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT";
        assert_eq!(split_http_dates(dates), ["Mon, 16 Dec 2019 23:48:18 GMT", "Tue, 17 Dec 2019 23:48:18 GMT"]);
        assert_eq!(header_list(["Mon, 16 Dec 2019 23:48:18 GMT"], false), "Mon, 16 Dec 2019 23:48:18 GMT");
    }
}
