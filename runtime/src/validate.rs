//! Client-side checks of inputs before anything is sent.
//!
//! Like botocore (AWS's Python SDK), only lower bounds are checked: a minimum length for
//! strings and lists, a minimum value for numbers. Required members need no check: they are not
//! `Option`, so leaving one out does not compile. Upper bounds, patterns and enum values are
//! left to the service, as botocore does: services raise their limits and add values over
//! time, and a client that enforced yesterday's model would reject requests the service accepts
//! today.

// Which checks a crate uses depends on the constraints its model declares.
#![allow(dead_code)]

use std::collections::BTreeMap;

use crate::error::ValidationError;

/// Implemented by every generated type; leaf types have nothing to check.
pub trait Validate {
    /// Checks the value; the error names where the problem is.
    fn validate(&self) -> Result<(), ValidationError> {
        Ok(())
    }
}

impl ValidationError {
    /// The same error, one level further out: `key` becomes `name.key`.
    pub fn under(mut self, name: &str) -> Self {
        self.path = if self.path.is_empty() || self.path.starts_with('[') {
            format!("{name}{}", self.path)
        } else {
            format!("{name}.{}", self.path)
        };
        self
    }
}

/// `result` with its error placed under member `name`: a plain function, so that the
/// generated validators call one compiled copy rather than a closure per member.
pub fn under(result: Result<(), ValidationError>, name: &str) -> Result<(), ValidationError> {
    result.map_err(|e| e.under(name))
}

/// A member's own checks (its items', its members'), its errors placed under `name`.
pub fn nested<T: Validate + ?Sized>(value: &T, name: &str) -> Result<(), ValidationError> {
    under(value.validate(), name)
}

/// `@length(min)`: at least `min` characters, entries or bytes.
pub fn min_length(len: usize, min: u64) -> Result<(), ValidationError> {
    if (len as u64) < min {
        return Err(ValidationError {
            path: String::new(),
            message: format!("length {len} is below the minimum {min}"),
        });
    }
    Ok(())
}

/// `@range(min)`: at least `min`.
pub fn min_value(value: f64, min: f64) -> Result<(), ValidationError> {
    if value < min {
        return Err(ValidationError {
            path: String::new(),
            message: format!("value {value} is below the minimum {min}"),
        });
    }
    Ok(())
}

impl Validate for String {}
impl Validate for bool {}
impl Validate for i8 {}
impl Validate for i16 {}
impl Validate for i32 {}
impl Validate for i64 {}
impl Validate for f32 {}
impl Validate for f64 {}
impl Validate for () {}
impl Validate for crate::primitives::DateTime {}
impl Validate for crate::primitives::Blob {}
impl Validate for crate::primitives::BigInteger {}
impl Validate for crate::primitives::BigDecimal {}
impl Validate for serde_json::Value {}

impl<T: Validate> Validate for Vec<T> {
    fn validate(&self) -> Result<(), ValidationError> {
        for (i, item) in self.iter().enumerate() {
            item.validate().map_err(|e| e.under(&format!("[{i}]")))?;
        }
        Ok(())
    }
}

impl<T: Validate> Validate for BTreeMap<String, T> {
    fn validate(&self) -> Result<(), ValidationError> {
        for (k, v) in self {
            v.validate().map_err(|e| e.under(&format!("[{k:?}]")))?;
        }
        Ok(())
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate(&self) -> Result<(), ValidationError> {
        self.as_ref().map_or(Ok(()), Validate::validate)
    }
}

impl<T: Validate> Validate for Box<T> {
    fn validate(&self) -> Result<(), ValidationError> {
        (**self).validate()
    }
}
