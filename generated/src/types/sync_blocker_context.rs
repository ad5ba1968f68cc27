// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// Detailed data of the context of the sync blocker.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct SyncBlockerContext {
    /// The key for the sync blocker context.
    pub key: ::std::string::String,
    /// The value of the sync blocker context.
    pub value: ::std::string::String,
}
/// The required members of [`SyncBlockerContext`], named, for [`SyncBlockerContext::new`].
#[derive(Clone)]
pub struct SyncBlockerContextRequired {
    /// The key for the sync blocker context.
    pub key: ::std::string::String,
    /// The value of the sync blocker context.
    pub value: ::std::string::String,
}
impl SyncBlockerContext {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: SyncBlockerContextRequired) -> Self {
        Self {
            key: required.key,
            value: required.value,
        }
    }
}
impl crate::json::ToJson for SyncBlockerContext {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("key".to_owned(), crate::json::ToJson::to_json(&self.key));
        map.insert("value".to_owned(), crate::json::ToJson::to_json(&self.value));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for SyncBlockerContext {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_key: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_value: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "key" => v_key = crate::json::member(r, crate::json::FromJson::read)?,
                "value" => v_value = crate::json::member(r, crate::json::FromJson::read)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            key: v_key.unwrap_or_else(crate::json::FromJson::zero_value),
            value: v_value.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            key: crate::json::FromJson::zero_value(),
            value: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for SyncBlockerContext {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        ::std::result::Result::Ok(())
    }
}
