// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// Detail data for a repository sync attempt activated by a push to a repository.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct RepositorySyncAttempt {
    /// Detail data for sync attempt events.
    pub events: ::std::vec::Vec<crate::types::RepositorySyncEvent>,
    /// The time when the sync attempt started.
    pub started_at: crate::primitives::DateTime,
    /// The sync attempt status.
    pub status: crate::types::RepositorySyncStatus,
}
/// The required members of [`RepositorySyncAttempt`], named, for [`RepositorySyncAttempt::new`].
#[derive(Clone)]
pub struct RepositorySyncAttemptRequired {
    /// Detail data for sync attempt events.
    pub events: ::std::vec::Vec<crate::types::RepositorySyncEvent>,
    /// The time when the sync attempt started.
    pub started_at: crate::primitives::DateTime,
    /// The sync attempt status.
    pub status: crate::types::RepositorySyncStatus,
}
impl RepositorySyncAttempt {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: RepositorySyncAttemptRequired) -> Self {
        Self {
            events: required.events,
            started_at: required.started_at,
            status: required.status,
        }
    }
}
impl crate::json::ToJson for RepositorySyncAttempt {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("events".to_owned(), crate::json::ToJson::to_json(&self.events));
        map.insert(
            "startedAt".to_owned(),
            crate::json::ToJson::to_json(&self.started_at),
        );
        map.insert("status".to_owned(), crate::json::ToJson::to_json(&self.status));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for RepositorySyncAttempt {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_events: ::std::option::Option<
            ::std::vec::Vec<crate::types::RepositorySyncEvent>,
        > = ::std::option::Option::None;
        let mut v_started_at: ::std::option::Option<crate::primitives::DateTime> = ::std::option::Option::None;
        let mut v_status: ::std::option::Option<crate::types::RepositorySyncStatus> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "events" => {
                    v_events = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "startedAt" => {
                    v_started_at = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "status" => {
                    v_status = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            events: v_events.unwrap_or_else(crate::json::FromJson::zero_value),
            started_at: v_started_at.unwrap_or_else(crate::json::FromJson::zero_value),
            status: v_status.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            events: crate::json::FromJson::zero_value(),
            started_at: crate::json::FromJson::zero_value(),
            status: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for RepositorySyncAttempt {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.events;
            crate::validate::Validate::validate(value).map_err(|e| e.under("events"))?;
        }
        ::std::result::Result::Ok(())
    }
}
