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
        Self { bucket: required.bucket, key: required.key }
    }
}

impl ::awsgen_runtime::codegen::ToJson for S3ObjectSource {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("bucket", &self.bucket);
        w.member("key", &self.key);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for S3ObjectSource {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "bucket" => r.set(&mut out.bucket)?,
                "key" => r.set(&mut out.key)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            bucket: ::awsgen_runtime::codegen::FromJson::zero_value(),
            key: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for S3ObjectSource {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.bucket;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 3u64),
                "bucket",
            )?;
        }
        {
            let value = &self.key;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "key",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
