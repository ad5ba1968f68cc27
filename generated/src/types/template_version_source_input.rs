// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Template version source data.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub enum TemplateVersionSourceInput {
    /// An S3 source object that includes the template bundle S3 path and name for a template minor version.
    S3(crate::types::S3ObjectSource),
    /// A member this version of the crate does not know; its name and value are kept.
    Unknown(::awsgen_runtime::primitives::UnknownVariant),
}

impl ::awsgen_runtime::codegen::ToJson for TemplateVersionSourceInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        match self {
            Self::S3(value) => {
                w.member("s3", value);
            }
            Self::Unknown(unknown) => {
                w.key(unknown.name());
                ::awsgen_runtime::codegen::ToJson::write(unknown.value(), w);
            }
        }
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
/// Exactly one member must be set. `__type` (which some services add) and members
/// this version does not know are ignored next to a known one; a lone unknown member is
/// kept as `Unknown`.
impl ::awsgen_runtime::codegen::FromJson for TemplateVersionSourceInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut set: ::std::vec::Vec<Self> = ::std::vec::Vec::new();
        let mut unknown: ::std::option::Option<::awsgen_runtime::primitives::UnknownVariant> = ::std::option::Option::None;
        r.object(|r, key| {
            if r.try_null() {
                return ::std::result::Result::Ok(());
            }
            match key {
                "s3" => set.push(Self::S3(::awsgen_runtime::codegen::FromJson::read(r)?)),
                "__type" => r.skip()?,
                _ => {
                    let value = r.value_or_null()?;
                    unknown.get_or_insert(
                        ::awsgen_runtime::primitives::UnknownVariant::new(key, value),
                    );
                }
            }
            ::std::result::Result::Ok(())
        })?;
        match (set.pop(), set.is_empty(), unknown) {
            (::std::option::Option::Some(one), true, _) => ::std::result::Result::Ok(one),
            (::std::option::Option::None, _, ::std::option::Option::Some(u)) => ::std::result::Result::Ok(
                Self::Unknown(u),
            ),
            (::std::option::Option::Some(_), false, _) => ::std::result::Result::Err(
                ::awsgen_runtime::codegen::DeserializeError::new(
                    "an object with one member set",
                    "several",
                ),
            ),
            (::std::option::Option::None, _, ::std::option::Option::None) => ::std::result::Result::Err(
                ::awsgen_runtime::codegen::DeserializeError::new(
                    "an object with one member set",
                    "none",
                ),
            ),
        }
    }

    fn zero_value() -> Self {
        Self::Unknown(
            ::awsgen_runtime::primitives::UnknownVariant::new(
                ::std::string::String::new(),
                ::awsgen_runtime::codegen::serde_json::Value::Null,
            ),
        )
    }
}

impl ::awsgen_runtime::codegen::Validate for TemplateVersionSourceInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        match self {
            Self::S3(value) => ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::Validate::validate(value),
                "s3",
            ),
            Self::Unknown(_) => ::std::result::Result::Ok(()),
        }
    }
}
