//! Typed accessors over `serde_json::Value` that fail with the JSON path instead of panicking.

use serde_json::{Map, Value};

use crate::error::{LoadError, Result};

pub fn parse(text: &str, file: &str) -> Result<Value> {
    serde_json::from_str(text)
        .map_err(|e| LoadError::new(file, format!("not valid JSON (line {}, column {}): {e}", e.line(), e.column())))
}

pub fn object<'a>(v: &'a Value, at: &str) -> Result<&'a Map<String, Value>> {
    v.as_object().ok_or_else(|| LoadError::new(at, format!("expected an object, found {}", kind(v))))
}

pub fn opt_object<'a>(m: &'a Map<String, Value>, key: &str, at: &str) -> Result<Option<&'a Map<String, Value>>> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => object(v, &join(at, key)).map(Some),
    }
}

pub fn opt_str<'a>(m: &'a Map<String, Value>, key: &str, at: &str) -> Result<Option<&'a str>> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(v) => Err(LoadError::new(join(at, key), format!("expected a string, found {}", kind(v)))),
    }
}

pub fn req_str<'a>(m: &'a Map<String, Value>, key: &str, at: &str) -> Result<&'a str> {
    opt_str(m, key, at)?.ok_or_else(|| LoadError::new(at, format!("missing required key `{key}`")))
}

pub fn opt_bool(m: &Map<String, Value>, key: &str, at: &str) -> Result<bool> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(v) => Err(LoadError::new(join(at, key), format!("expected a boolean, found {}", kind(v)))),
    }
}

/// A number, which must be finite (a bound of `1e999` is no bound anyone can check against).
pub fn opt_f64(m: &Map<String, Value>, key: &str, at: &str) -> Result<Option<f64>> {
    match any_f64(m, key, at)? {
        Some(v) if !v.is_finite() => Err(LoadError::new(join(at, key), format!("{v} is not a finite number"))),
        other => Ok(other),
    }
}

fn any_f64(m: &Map<String, Value>, key: &str, at: &str) -> Result<Option<f64>> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => Ok(n.as_f64()),
        // Smithy allows big numbers as strings in some traits; accept a numeric string.
        Some(Value::String(s)) => s
            .parse::<f64>()
            .map(Some)
            .map_err(|_| LoadError::new(join(at, key), format!("expected a number, found \"{s}\""))),
        Some(v) => Err(LoadError::new(join(at, key), format!("expected a number, found {}", kind(v)))),
    }
}

pub fn opt_u64(m: &Map<String, Value>, key: &str, at: &str) -> Result<Option<u64>> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_u64()
            .map(Some)
            .ok_or_else(|| LoadError::new(join(at, key), format!("expected a non-negative integer, found {v}"))),
    }
}

pub fn opt_array<'a>(m: &'a Map<String, Value>, key: &str, at: &str) -> Result<&'a [Value]> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(v) => Err(LoadError::new(join(at, key), format!("expected an array, found {}", kind(v)))),
    }
}

/// A JSON array of strings; `at` names the array.
pub fn strings(values: &[Value], at: &str) -> Result<Vec<String>> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            v.as_str().map(str::to_string).ok_or_else(|| LoadError::new(format!("{at}[{i}]"), "expected a string"))
        })
        .collect()
}

pub fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_string()
    } else {
        format!("{at}.{key}")
    }
}

pub fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
