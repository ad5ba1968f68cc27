// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// Repository sync event detail data for a sync attempt.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct RepositorySyncEvent {
    /// Event detail for a repository sync attempt.
    pub event: ::std::string::String,
    /// The external ID of the sync event.
    pub external_id: ::std::option::Option<::std::string::String>,
    /// The time that the sync event occurred.
    pub time: crate::primitives::DateTime,
    /// The type of event.
    pub r#type: ::std::string::String,
}
/// The required members of [`RepositorySyncEvent`], named, for [`RepositorySyncEvent::new`].
#[derive(Clone)]
pub struct RepositorySyncEventRequired {
    /// Event detail for a repository sync attempt.
    pub event: ::std::string::String,
    /// The time that the sync event occurred.
    pub time: crate::primitives::DateTime,
    /// The type of event.
    pub r#type: ::std::string::String,
}
impl RepositorySyncEvent {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: RepositorySyncEventRequired) -> Self {
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
impl crate::json::ToJson for RepositorySyncEvent {
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
impl crate::json::FromJson for RepositorySyncEvent {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_event: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_external_id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_time: ::std::option::Option<crate::primitives::DateTime> = ::std::option::Option::None;
        let mut v_type: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "event" => v_event = crate::json::member(r, crate::json::FromJson::read)?,
                "externalId" => {
                    v_external_id = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "time" => v_time = crate::json::member(r, crate::json::FromJson::read)?,
                "type" => v_type = crate::json::member(r, crate::json::FromJson::read)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            event: v_event.unwrap_or_else(crate::json::FromJson::zero_value),
            external_id: v_external_id,
            time: v_time.unwrap_or_else(crate::json::FromJson::zero_value),
            r#type: v_type.unwrap_or_else(crate::json::FromJson::zero_value),
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
impl crate::validate::Validate for RepositorySyncEvent {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        ::std::result::Result::Ok(())
    }
}
