//! The query form: the request bodies of awsQuery and ec2Query
//! (`Action=ListUsers&Version=2010-05-08&MaxItems=10`, `application/x-www-form-urlencoded`).
//! Generated `ToQuery` impls name each value by its path from the input (`Nested.StringArg`,
//! `ListArg.member.1`, `MapArg.entry.1.key`); the protocols differ only in the names and in
//! how lists are written, which the generated code decides.

use std::collections::BTreeMap;

use crate::http_binding::{HttpValue, TimeFormat};
use crate::primitives::{BigDecimal, BigInteger, Blob, DateTime};

/// A query-form body being written.
#[derive(Debug)]
pub struct QueryWriter {
    out: String,
}

impl QueryWriter {
    /// A body for `action` of API `version`.
    pub fn new(action: &str, version: &str) -> Self {
        let mut w = QueryWriter { out: String::new() };
        w.pair("Action", action);
        w.pair("Version", version);
        w
    }

    /// One parameter, key and value form-encoded as botocore encodes them: every byte but
    /// letters, digits and `-_.~` percent-encoded, a space as `+`. (`%20` is as valid; `+` makes
    /// the body byte for byte botocore's, and verifiers that rebuild the body from its decoded
    /// parameters, as moto does, sign the same bytes.)
    pub fn pair(&mut self, key: &str, value: &str) {
        if !self.out.is_empty() {
            self.out.push('&');
        }
        form_encode(&mut self.out, key);
        self.out.push('=');
        form_encode(&mut self.out, value);
    }

    /// Member `name` of the structure at `prefix`.
    pub fn member<T: ToQuery + ?Sized>(&mut self, prefix: &str, name: &str, value: &T) {
        value.write_query(self, &key(prefix, name));
    }

    /// Member `name` of the structure at `prefix`, when set.
    pub fn optional<T: ToQuery>(&mut self, prefix: &str, name: &str, value: &Option<T>) {
        if let Some(v) = value {
            v.write_query(self, &key(prefix, name));
        }
    }

    /// A list of values written their own way (see [`list_with`]).
    pub fn list<T: ToQuery>(&mut self, key: &str, items: &[T], item: Option<&str>, empty_as_blank: bool) {
        list_with(self, key, items, item, empty_as_blank, |w, k, v| v.write_query(w, k));
    }

    /// An optional list member (`name` below `prefix`) of values written their own way.
    pub fn optional_list<T: ToQuery>(
        &mut self,
        prefix: &str,
        name: &str,
        items: &Option<Vec<T>>,
        item: Option<&str>,
        empty_as_blank: bool,
    ) {
        if let Some(items) = items {
            self.list(&key(prefix, name), items, item, empty_as_blank);
        }
    }

    /// A map of values written their own way (see [`map_with`]).
    pub fn map<V: ToQuery>(&mut self, key: &str, entries: &BTreeMap<String, V>, flattened: bool, names: (&str, &str)) {
        map_with(self, key, entries, flattened, names, |w, k, v| v.write_query(w, k));
    }

    /// The body.
    pub fn into_bytes(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

fn form_encode(out: &mut String, text: &str) {
    for part in text.split(' ').enumerate() {
        if part.0 > 0 {
            out.push('+');
        }
        crate::sigv4::encode(out, part.1, false);
    }
}

/// `prefix.name`, or `name` at the top.
pub fn key(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

/// A value written at `key` (a structure writes its members under it).
pub trait ToQuery {
    /// Writes the value's parameters under `key`.
    fn write_query(&self, w: &mut QueryWriter, key: &str);
}

impl<T: HttpValue> ToQuery for T {
    fn write_query(&self, w: &mut QueryWriter, key: &str) {
        w.pair(key, &crate::http_binding::text(self));
    }
}

impl HttpValue for Blob {
    fn text(&self, out: &mut String) {
        out.push_str(&crate::http_binding::base64(self.as_bytes()));
    }
}

impl HttpValue for BigInteger {
    fn text(&self, out: &mut String) {
        out.push_str(self.as_str());
    }
}

impl HttpValue for BigDecimal {
    fn text(&self, out: &mut String) {
        out.push_str(self.as_str());
    }
}

/// A timestamp at `key`, in `format` (the query form's default is date-time).
pub fn time(w: &mut QueryWriter, key: &str, value: &DateTime, format: TimeFormat) {
    w.pair(key, &crate::http_binding::time(value, format));
}

/// A list at `key`: item N at `key.item.N` (`item` the list member's name, `member` unless
/// renamed) or, `flattened`, at `key.N`. An empty list is `key=` where the protocol says so
/// (awsQuery), else nothing (ec2Query).
pub fn list_with<T>(
    w: &mut QueryWriter,
    key: &str,
    items: &[T],
    item: Option<&str>,
    empty_as_blank: bool,
    write: fn(&mut QueryWriter, &str, &T),
) {
    if items.is_empty() {
        if empty_as_blank {
            w.pair(key, "");
        }
        return;
    }
    for (i, v) in items.iter().enumerate() {
        let at = match item {
            Some(name) => format!("{key}.{name}.{}", i + 1),
            None => format!("{key}.{}", i + 1),
        };
        write(w, &at, v);
    }
}

/// A map at `key`: entry N's key and value at `key.entry.N.<key>` and `key.entry.N.<value>`
/// (`names` the map's key and value names, `key` and `value` unless renamed) or, `flattened`,
/// at `key.N.<key>` and `key.N.<value>`.
pub fn map_with<V>(
    w: &mut QueryWriter,
    key: &str,
    entries: &BTreeMap<String, V>,
    flattened: bool,
    names: (&str, &str),
    write: fn(&mut QueryWriter, &str, &V),
) {
    for (i, (k, v)) in entries.iter().enumerate() {
        let entry = if flattened { format!("{key}.{}", i + 1) } else { format!("{key}.entry.{}", i + 1) };
        w.pair(&format!("{entry}.{}", names.0), k);
        write(w, &format!("{entry}.{}", names.1), v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_paths_lists_maps_and_encodes() {
        let mut w = QueryWriter::new("Do It", "2020-01-08");
        "a b&c=d/é".to_string().write_query(&mut w, &key("", "Text"));
        true.write_query(&mut w, &key("Nested", "Flag"));
        f64::NAN.write_query(&mut w, "F");
        w.list("L", &["x".to_string(), "y".to_string()], Some("member"), true);
        w.list("E", &Vec::<String>::new(), Some("member"), true);
        w.list("Ec2", &Vec::<String>::new(), None, false);
        list_with(&mut w, "Flat", &[1i32], None, true, |w, k, v| v.write_query(w, k));
        let m = BTreeMap::from([("k2".to_string(), 2i64), ("k1".to_string(), 1)]);
        w.map("M", &m, false, ("key", "value"));
        map_with(&mut w, "Fm", &m, true, ("K", "V"), |w, k, v| v.write_query(w, k));
        time(&mut w, "T", &DateTime::from_secs(1_422_172_800), TimeFormat::DateTime);
        let body = String::from_utf8(w.into_bytes()).unwrap();
        assert_eq!(
            body,
            "Action=Do+It&Version=2020-01-08&Text=a+b%26c%3Dd%2F%C3%A9&Nested.Flag=true&F=NaN\
             &L.member.1=x&L.member.2=y&E=&Flat.1=1&M.entry.1.key=k1&M.entry.1.value=1&M.entry.2.key=k2\
             &M.entry.2.value=2&Fm.1.K=k1&Fm.1.V=1&Fm.2.K=k2&Fm.2.V=2&T=2015-01-25T08%3A00%3A00Z"
        );
    }
}
