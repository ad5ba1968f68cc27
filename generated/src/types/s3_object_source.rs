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
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_bucket: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_key: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "bucket" => {
                    v_bucket = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "key" => v_key = crate::json::member(r, crate::json::FromJson::read)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            bucket: v_bucket.unwrap_or_else(crate::json::FromJson::zero_value),
            key: v_key.unwrap_or_else(crate::json::FromJson::zero_value),
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
