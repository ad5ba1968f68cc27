// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// Detail data for a resource sync event.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ResourceSyncEvent {
    /// A resource sync event.
    pub event: ::std::string::String,
    /// The external ID for the event.
    pub external_id: ::std::option::Option<::std::string::String>,
    /// The time when the event occurred.
    pub time: crate::primitives::DateTime,
    /// The type of event.
    pub r#type: ::std::string::String,
}
/// The required members of [`ResourceSyncEvent`], named, for [`ResourceSyncEvent::new`].
#[derive(Clone)]
pub struct ResourceSyncEventRequired {
    /// A resource sync event.
    pub event: ::std::string::String,
    /// The time when the event occurred.
    pub time: crate::primitives::DateTime,
    /// The type of event.
    pub r#type: ::std::string::String,
}
impl ResourceSyncEvent {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ResourceSyncEventRequired) -> Self {
        Self {
            event: required.event,
            time: required.time,
            r#type: required.r#type,
            external_id: ::std::option::Option::None,
        }
    }
    /// Sets [`external_id`](Self::external_id).
    pub fn with_external_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_id = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for ResourceSyncEvent {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("event".to_owned(), crate::json::ToJson::to_json(&self.event));
        if let ::std::option::Option::Some(value) = &self.external_id {
            map.insert("externalId".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert("time".to_owned(), crate::json::ToJson::to_json(&self.time));
        map.insert("type".to_owned(), crate::json::ToJson::to_json(&self.r#type));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ResourceSyncEvent {
    fn from_json(
        value: &::serde_json::Value,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let map = crate::json::object(value)?;
        ::std::result::Result::Ok(Self {
            event: crate::json::required(map, "event")?,
            external_id: crate::json::optional(map, "externalId")?,
            time: crate::json::required(map, "time")?,
            r#type: crate::json::required(map, "type")?,
        })
    }
    fn zero_value() -> Self {
        Self {
            event: crate::json::FromJson::zero_value(),
            external_id: ::std::option::Option::None,
            time: crate::json::FromJson::zero_value(),
            r#type: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ResourceSyncEvent {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        ::std::result::Result::Ok(())
    }
}
