//! Values in URIs, query strings and headers, as the Smithy HTTP binding traits define them
//! (restJson1 and restXml): percent-encoding of labels and query parameters, header lists with
//! quoting, and the text form of numbers, booleans and timestamps.

use crate::primitives::DateTime;

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
pub fn header_list<'a>(items: impl IntoIterator<Item = &'a str>, quote: bool) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
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
