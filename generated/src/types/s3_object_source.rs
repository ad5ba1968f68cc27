// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// Template bundle S3 bucket data.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct S3ObjectSource {
    /// The name of the S3 bucket that contains a template bundle.
    ///
    /// *Model:* length 3 to 63; pattern `^[a-z0-9]+[a-z0-9-\.]+[a-z0-9]+$`.
    pub bucket: ::std::string::String,
    /// The path to the S3 bucket that contains a template bundle.
    ///
    /// *Model:* length 1 to 1024.
    pub key: ::std::string::String,
}
/// The required members of [`S3ObjectSource`], named, for [`S3ObjectSource::new`].
#[derive(Clone)]
pub struct S3ObjectSourceRequired {
    /// The name of the S3 bucket that contains a template bundle.
    ///
    /// *Model:* length 3 to 63; pattern `^[a-z0-9]+[a-z0-9-\.]+[a-z0-9]+$`.
    pub bucket: ::std::string::String,
    /// The path to the S3 bucket that contains a template bundle.
    ///
    /// *Model:* length 1 to 1024.
    pub key: ::std::string::String,
}
impl S3ObjectSource {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: S3ObjectSourceRequired) -> Self {
        Self {
            bucket: required.bucket,
            key: required.key,
        }
    }
}
impl crate::json::ToJson for S3ObjectSource {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("bucket".to_owned(), crate::json::ToJson::to_json(&self.bucket));
        map.insert("key".to_owned(), crate::json::ToJson::to_json(&self.key));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for S3ObjectSource {
    fn from_json(
        value: &::serde_json::Value,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let map = crate::json::object(value)?;
        ::std::result::Result::Ok(Self {
            bucket: crate::json::required(map, "bucket")?,
            key: crate::json::required(map, "key")?,
        })
    }
    fn zero_value() -> Self {
        Self {
            bucket: crate::json::FromJson::zero_value(),
            key: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for S3ObjectSource {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.bucket;
            crate::validate::min_length(value.chars().count(), 3u64)
                .map_err(|e| e.under("bucket"))?;
        }
        {
            let value = &self.key;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("key"))?;
        }
        ::std::result::Result::Ok(())
    }
}
