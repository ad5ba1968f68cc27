// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
impl crate::validate::Validate for TemplateVersionSourceInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        match self {
            Self::S3(value) => {
                crate::validate::Validate::validate(value).map_err(|e| e.under("s3"))
            }
            Self::Unknown(_) => ::std::result::Result::Ok(()),
        }
    }
}
/// Template version source data.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub enum TemplateVersionSourceInput {
    /// An S3 source object that includes the template bundle S3 path and name for a template minor version.
    S3(crate::types::S3ObjectSource),
    /// A member this version of the crate does not know; its name and value are kept.
    Unknown(crate::primitives::UnknownVariant),
}
impl crate::json::ToJson for TemplateVersionSourceInput {
    fn to_json(&self) -> ::serde_json::Value {
        let (key, value) = match self {
            Self::S3(value) => ("s3", crate::json::ToJson::to_json(value)),
            Self::Unknown(unknown) => (unknown.name.as_str(), unknown.value.clone()),
        };
        let mut map = ::serde_json::Map::new();
        map.insert(key.to_owned(), value);
        ::serde_json::Value::Object(map)
    }
}
/// Exactly one member must be set. `__type` (which some services add) and members
/// this version does not know are ignored next to a known one; a lone unknown member is
/// kept as `Unknown`.
impl crate::json::FromJson for TemplateVersionSourceInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut set: ::std::vec::Vec<Self> = ::std::vec::Vec::new();
        let mut unknown: ::std::option::Option<crate::primitives::UnknownVariant> = ::std::option::Option::None;
        r.object(|r, key| {
            if r.try_null() {
                return ::std::result::Result::Ok(());
            }
            match key {
                "s3" => set.push(Self::S3(crate::json::FromJson::read(r)?)),
                "__type" => r.skip()?,
                _ => {
                    let value = r.value_or_null()?;
                    unknown
                        .get_or_insert(crate::primitives::UnknownVariant {
                            name: key.to_owned(),
                            value,
                        });
                }
            }
            ::std::result::Result::Ok(())
        })?;
        match (set.pop(), set.is_empty(), unknown) {
            (::std::option::Option::Some(one), true, _) => ::std::result::Result::Ok(one),
            (::std::option::Option::None, _, ::std::option::Option::Some(u)) => {
                ::std::result::Result::Ok(Self::Unknown(u))
            }
            (::std::option::Option::Some(_), false, _) => {
                ::std::result::Result::Err(
                    crate::json::DeserializeError::new(
                        "an object with one member set",
                        "several",
                    ),
                )
            }
            (::std::option::Option::None, _, ::std::option::Option::None) => {
                ::std::result::Result::Err(
                    crate::json::DeserializeError::new(
                        "an object with one member set",
                        "none",
                    ),
                )
            }
        }
    }
    fn zero_value() -> Self {
        Self::Unknown(crate::primitives::UnknownVariant {
            name: ::std::string::String::new(),
            value: ::serde_json::Value::Null,
        })
    }
}
