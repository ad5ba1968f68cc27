//! `@default` values as Rust expressions.
//!
//! A member with a default is a plain (non-`Option`) field that starts at the default, is always
//! sent (the Smithy specification asks that defaults be serialized), and takes the default when
//! a response leaves it out. Exceptions stay `Option` and are sent only when set:
//! - members of operation inputs, and `@clientOptional` members: the service then applies its own
//!   (possibly newer) default, and the request carries only what the caller chose;
//! - `@default(null)`, and defaults this generator does not write as a constant (a document, a
//!   big number, a non-empty blob, a fractional or text timestamp, a non-finite float): their
//!   value is named in the docs instead.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, ToTokens};
use serde_json::Value;
use smithy_ir::{Member, ShapeKind};

use super::Plan;
use crate::Error;

/// The default of `m` (a member of structure `owner`) as an expression of the field's type, or
/// `None` when the member has no usable default. A default that does not fit the member's type is
/// a model error.
pub fn expr(plan: &Plan, owner: &str, m: &Member) -> Result<Option<TokenStream>, Error> {
    let Some(value) = m.default.as_ref().filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let target = plan.shape(&m.target);
    let bad = || {
        Error::model(
            &format!("{owner}${}", m.name),
            format!("@default {value} does not fit its {} target", target.kind.type_name()),
        )
    };
    let int = |min: i64, max: i64| match value.as_i64() {
        Some(n) if (min..=max).contains(&n) => Ok(Some(Literal::i64_unsuffixed(n).into_token_stream())),
        _ => Err(bad()),
    };
    let expr = match &target.kind {
        ShapeKind::Boolean => Some(value.as_bool().ok_or_else(bad)?.into_token_stream()),
        ShapeKind::Byte => int(i8::MIN.into(), i8::MAX.into())?,
        ShapeKind::Short => int(i16::MIN.into(), i16::MAX.into())?,
        ShapeKind::Integer => int(i32::MIN.into(), i32::MAX.into())?,
        ShapeKind::Long => int(i64::MIN, i64::MAX)?,
        // JSON numbers are finite, so the literal is too.
        ShapeKind::Float | ShapeKind::Double => match value {
            Value::Number(n) => Some(Literal::f64_unsuffixed(n.as_f64().ok_or_else(bad)?).into_token_stream()),
            // `NaN` and the infinities are valid defaults but have no literal; keep them as docs.
            Value::String(s) if ["NaN", "Infinity", "-Infinity"].contains(&s.as_str()) => None,
            _ => return Err(bad()),
        },
        ShapeKind::String { values: None } => {
            let s = value.as_str().ok_or_else(bad)?;
            Some(quote!(::std::string::String::from(#s)))
        }
        ShapeKind::String { values: Some(_) } | ShapeKind::Enum { .. } => {
            let s = value.as_str().ok_or_else(bad)?;
            let ty = plan.type_path(&m.target);
            Some(quote!(<#ty as ::std::convert::From<&str>>::from(#s)))
        }
        ShapeKind::IntEnum { .. } => {
            let n = value.as_i64().and_then(|n| i32::try_from(n).ok()).ok_or_else(bad)?;
            let ty = plan.type_path(&m.target);
            Some(quote!(<#ty as ::std::convert::From<i32>>::from(#n)))
        }
        // Smithy allows only empty lists and maps as defaults.
        ShapeKind::List { .. } if value.as_array().is_some_and(Vec::is_empty) => Some(quote!(::std::vec::Vec::new())),
        ShapeKind::Map { .. } if value.as_object().is_some_and(serde_json::Map::is_empty) => {
            Some(quote!(::std::collections::BTreeMap::new()))
        }
        ShapeKind::Blob => match value.as_str().ok_or_else(bad)? {
            "" => Some(quote!(::awsgen_runtime::primitives::Blob::new(::std::vec::Vec::new()))),
            _ => None,
        },
        ShapeKind::Timestamp { .. } => match value {
            Value::Number(n) => n.as_i64().map(|s| quote!(::awsgen_runtime::primitives::DateTime::from_secs(#s))),
            Value::String(_) => None,
            _ => return Err(bad()),
        },
        // Documents, and big numbers (whose text is checked at run time), are named in the docs.
        ShapeKind::Document | ShapeKind::BigInteger | ShapeKind::BigDecimal => None,
        _ => return Err(bad()),
    };
    Ok(expr)
}

/// The default as the docs show it (compact JSON).
pub fn text(m: &Member) -> Option<String> {
    m.default.as_ref().filter(|v| !v.is_null()).map(Value::to_string)
}
