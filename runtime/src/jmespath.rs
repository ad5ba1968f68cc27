//! JMESPath's semantics for the code the generator compiled from the model's JMESPath (waiter
//! acceptors, paginator tokens, endpoint parameters): equality, ordering and truthiness of
//! values, indexes and slices, and the built-in functions. The expressions themselves were
//! compiled into Rust over the generated types; nothing here parses or interprets one.
//!
//! Values are `serde_json::Value`; a JMESPath `null` is `None` in the compiled code.

// Which helpers a crate uses depends on the expressions of its model.
#![allow(dead_code)]

use std::cmp::Ordering;

use serde_json::{Map, Value};

/// A comparison operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// `None` for `Value::Null`: the compiled code keeps `null` as `None`.
pub fn non_null(v: Value) -> Option<Value> {
    (!v.is_null()).then_some(v)
}

/// A number as a `Value` (`None`-like `Null` for NaN and the infinities, which JSON lacks).
pub fn number(n: f64) -> Value {
    serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
}

/// A big number's text as a JMESPath number (rounded to a double).
pub fn big_number(text: &str) -> Value {
    text.parse::<f64>().map_or(Value::Null, number)
}

/// A blob as JMESPath sees it on the wire: base64 text.
pub fn blob(bytes: &[u8]) -> Value {
    use base64::Engine;
    Value::String(base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// JMESPath equality: deep, with numbers compared by value (`1` equals `1.0`).
pub fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| equal(a, b)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| equal(v, w)))
        }
        _ => a == b,
    }
}

/// `a <op> b`: equality on any values; ordering on numbers only (else `null`).
pub fn compare(op: Cmp, a: Option<Value>, b: Option<Value>) -> Option<Value> {
    let (a, b) = (a.unwrap_or(Value::Null), b.unwrap_or(Value::Null));
    let result = match op {
        Cmp::Eq => equal(&a, &b),
        Cmp::Ne => !equal(&a, &b),
        _ => {
            let (Some(x), Some(y)) = (a.as_f64(), b.as_f64()) else { return None };
            let ord = x.partial_cmp(&y)?;
            match op {
                Cmp::Lt => ord == Ordering::Less,
                Cmp::Le => ord != Ordering::Greater,
                Cmp::Gt => ord == Ordering::Greater,
                _ => ord != Ordering::Less,
            }
        }
    };
    Some(Value::Bool(result))
}

/// JMESPath truthiness: `null`, `false`, and empty strings, arrays and objects are false.
pub fn truthy(v: &Option<Value>) -> bool {
    match v {
        None | Some(Value::Null) | Some(Value::Bool(false)) => false,
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
        Some(_) => true,
    }
}

/// An object's member.
pub fn field(v: Value, name: &str) -> Option<Value> {
    match v {
        Value::Object(mut o) => o.remove(name).and_then(non_null),
        _ => None,
    }
}

/// The position `i` refers to in a list of `len` (negative counts from the end).
fn position(len: usize, i: i64) -> Option<usize> {
    let len = i64::try_from(len).ok()?;
    let i = if i < 0 { len + i } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

/// `list[i]`.
pub fn index<T>(items: &[T], i: i64) -> Option<&T> {
    items.get(position(items.len(), i)?)
}

/// `list[i]`, taking the element.
pub fn take<T>(items: Vec<T>, i: i64) -> Option<T> {
    let at = position(items.len(), i)?;
    items.into_iter().nth(at)
}

/// `value[i]` on an array.
pub fn index_value(v: Value, i: i64) -> Option<Value> {
    match v {
        Value::Array(a) => take(a, i).and_then(non_null),
        _ => None,
    }
}

/// `list[start:stop:step]`, with Python's rules for negative and missing bounds.
pub fn slice<T>(items: Vec<T>, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> Vec<T> {
    let len = items.len() as i64;
    let step = step.unwrap_or(1);
    if step == 0 {
        return Vec::new();
    }
    let clamp = |v: i64, lo: i64, hi: i64| v.clamp(lo, hi);
    let bound = |v: Option<i64>, default: i64| match v {
        None => default,
        Some(v) if v < 0 => {
            if step > 0 {
                clamp(v + len, 0, len)
            } else {
                clamp(v + len, -1, len - 1)
            }
        }
        Some(v) => {
            if step > 0 {
                clamp(v, 0, len)
            } else {
                clamp(v, -1, len - 1)
            }
        }
    };
    let (from, to) =
        if step > 0 { (bound(start, 0), bound(stop, len)) } else { (bound(start, len - 1), bound(stop, -1)) };
    let mut picked = Vec::new();
    let mut i = from;
    while (step > 0 && i < to) || (step < 0 && i > to) {
        picked.push(i as usize);
        i += step;
    }
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    picked.into_iter().filter_map(|i| slots.get_mut(i).and_then(Option::take)).collect()
}

/// An array's elements (for a projection); `None` for anything else.
pub fn array(v: Value) -> Option<Vec<Value>> {
    match v {
        Value::Array(a) => Some(a),
        _ => None,
    }
}

/// An object's values (for `*` and `values()`); `None` for anything else.
pub fn values(v: Value) -> Option<Vec<Value>> {
    match v {
        Value::Object(o) => Some(o.into_iter().map(|(_, v)| v).collect()),
        _ => None,
    }
}

/// `[]`: nested arrays merged one level.
pub fn flatten(items: Vec<Value>) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Value::Array(inner) => out.extend(inner),
            other => out.push(other),
        }
    }
    out
}

/// A waiter's `path` matcher: the result equals `expected`.
pub fn equals(result: Option<Value>, expected: &Value) -> bool {
    equal(&result.unwrap_or(Value::Null), expected)
}

/// `pathAll`: the result is a non-empty list whose every element equals `expected`.
pub fn all_equal(result: Option<Value>, expected: &Value) -> bool {
    matches!(result, Some(Value::Array(a)) if !a.is_empty() && a.iter().all(|v| equal(v, expected)))
}

/// `pathAny`: the result is a list with an element equal to `expected`.
pub fn any_equal(result: Option<Value>, expected: &Value) -> bool {
    matches!(result, Some(Value::Array(a)) if a.iter().any(|v| equal(v, expected)))
}

// ---- built-in functions: a wrong argument type gives `null` ----

pub fn length(v: Value) -> Option<Value> {
    let n = match &v {
        Value::String(s) => s.chars().count(),
        Value::Array(a) => a.len(),
        Value::Object(o) => o.len(),
        _ => return None,
    };
    Some(Value::from(n))
}

fn num(v: &Option<Value>) -> Option<f64> {
    v.as_ref().and_then(Value::as_f64)
}

pub fn abs(v: Option<Value>) -> Option<Value> {
    num(&v).map(|n| number(n.abs()))
}

pub fn ceil(v: Option<Value>) -> Option<Value> {
    num(&v).map(|n| number(n.ceil()))
}

pub fn floor(v: Option<Value>) -> Option<Value> {
    num(&v).map(|n| number(n.floor()))
}

pub fn keys(v: Option<Value>) -> Option<Value> {
    match v? {
        Value::Object(o) => Some(Value::Array(o.into_iter().map(|(k, _)| Value::String(k)).collect())),
        _ => None,
    }
}

pub fn reverse(v: Option<Value>) -> Option<Value> {
    match v? {
        Value::Array(mut a) => {
            a.reverse();
            Some(Value::Array(a))
        }
        Value::String(s) => Some(Value::String(s.chars().rev().collect())),
        _ => None,
    }
}

/// The elements of an array when all are numbers or all are strings.
fn homogeneous(v: Option<Value>) -> Option<Vec<Value>> {
    let a = array(v?)?;
    let all_numbers = a.iter().all(Value::is_number);
    let all_strings = a.iter().all(Value::is_string);
    (all_numbers || all_strings).then_some(a)
}

fn order(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::String(x), Value::String(y)) => x.cmp(y),
        _ => a.as_f64().unwrap_or(0.0).total_cmp(&b.as_f64().unwrap_or(0.0)),
    }
}

pub fn sort(v: Option<Value>) -> Option<Value> {
    let mut a = homogeneous(v)?;
    a.sort_by(order);
    Some(Value::Array(a))
}

pub fn max(v: Option<Value>) -> Option<Value> {
    homogeneous(v)?.into_iter().max_by(order)
}

pub fn min(v: Option<Value>) -> Option<Value> {
    homogeneous(v)?.into_iter().min_by(order)
}

pub fn sum(v: Option<Value>) -> Option<Value> {
    let a = array(v?)?;
    let nums: Option<Vec<f64>> = a.iter().map(Value::as_f64).collect();
    Some(number(nums?.iter().sum()))
}

pub fn avg(v: Option<Value>) -> Option<Value> {
    let a = array(v?)?;
    let nums: Option<Vec<f64>> = a.iter().map(Value::as_f64).collect();
    let nums = nums?;
    (!nums.is_empty()).then(|| number(nums.iter().sum::<f64>() / nums.len() as f64))
}

pub fn to_string(v: Option<Value>) -> Option<Value> {
    match v? {
        Value::String(s) => Some(Value::String(s)),
        other => Some(Value::String(other.to_string())),
    }
}

pub fn to_number(v: Option<Value>) -> Option<Value> {
    match v? {
        Value::Number(n) => Some(Value::Number(n)),
        Value::String(s) => s.trim().parse::<f64>().ok().map(number).and_then(non_null),
        _ => None,
    }
}

pub fn to_array(v: Option<Value>) -> Option<Value> {
    match v.unwrap_or(Value::Null) {
        Value::Array(a) => Some(Value::Array(a)),
        other => Some(Value::Array(Vec::from([other]))),
    }
}

pub fn r#type(v: Option<Value>) -> Option<Value> {
    let name = match v.unwrap_or(Value::Null) {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    Some(Value::from(name))
}

pub fn contains(subject: Option<Value>, search: Option<Value>) -> Option<Value> {
    let search = search.unwrap_or(Value::Null);
    match subject? {
        Value::Array(a) => Some(Value::Bool(a.iter().any(|v| equal(v, &search)))),
        Value::String(s) => search.as_str().map(|t| Value::Bool(s.contains(t))),
        _ => None,
    }
}

pub fn starts_with(subject: Option<Value>, prefix: Option<Value>) -> Option<Value> {
    match (subject?, prefix?) {
        (Value::String(s), Value::String(p)) => Some(Value::Bool(s.starts_with(&p))),
        _ => None,
    }
}

pub fn ends_with(subject: Option<Value>, suffix: Option<Value>) -> Option<Value> {
    match (subject?, suffix?) {
        (Value::String(s), Value::String(p)) => Some(Value::Bool(s.ends_with(&p))),
        _ => None,
    }
}

pub fn join(glue: Option<Value>, list: Option<Value>) -> Option<Value> {
    let glue = glue?.as_str()?.to_string();
    let parts: Option<Vec<String>> = array(list?)?.into_iter().map(|v| v.as_str().map(str::to_string)).collect();
    Some(Value::String(parts?.join(&glue)))
}

pub fn not_null(args: Vec<Option<Value>>) -> Option<Value> {
    args.into_iter().flatten().find(|v| !v.is_null())
}

pub fn merge(args: Vec<Option<Value>>) -> Option<Value> {
    let mut out = Map::new();
    for a in args {
        match a? {
            Value::Object(o) => out.extend(o),
            _ => return None,
        }
    }
    Some(Value::Object(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_follow_python() {
        let v: Vec<i32> = (0..5).collect();
        assert_eq!(slice(v.clone(), Some(1), Some(3), None), [1, 2]);
        assert_eq!(slice(v.clone(), None, None, Some(-1)), [4, 3, 2, 1, 0]);
        assert_eq!(slice(v.clone(), Some(-2), None, None), [3, 4]);
        assert_eq!(slice(v, Some(10), None, None), Vec::<i32>::new());
    }

    #[test]
    fn equality_and_ordering() {
        assert!(equal(&Value::from(1), &Value::from(1.0)));
        assert_eq!(compare(Cmp::Lt, Some(Value::from("a")), Some(Value::from("b"))), None);
        assert_eq!(compare(Cmp::Ge, Some(Value::from(2)), Some(Value::from(2))), Some(Value::Bool(true)));
        assert_eq!(compare(Cmp::Eq, None, Some(Value::Null)), Some(Value::Bool(true)));
    }
}
