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
impl crate::json::FromJson for TemplateVersionSourceInput {
    fn from_json(
        value: &::serde_json::Value,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let map = crate::json::object(value)?;
        let mut set = map.iter().filter(|(_, v)| !v.is_null());
        let (key, value) = match (set.next(), set.next()) {
            (::std::option::Option::Some(one), ::std::option::Option::None) => one,
            _ => {
                return ::std::result::Result::Err(
                    crate::json::DeserializeError::new(
                        "an object with exactly one member set",
                        value,
                    ),
                );
            }
        };
        ::std::result::Result::Ok(
            match key.as_str() {
                "s3" => {
                    Self::S3(
                        crate::json::FromJson::from_json(value)
                            .map_err(|e| e.in_member("s3"))?,
                    )
                }
                _ => {
                    Self::Unknown(crate::primitives::UnknownVariant {
                        name: key.clone(),
                        value: value.clone(),
                    })
                }
            },
        )
    }
    fn zero_value() -> Self {
        Self::Unknown(crate::primitives::UnknownVariant {
            name: ::std::string::String::new(),
            value: ::serde_json::Value::Null,
        })
    }
}
