// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// Detail data for a resource sync attempt activated by a push to a repository.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ResourceSyncAttempt {
    /// An array of events with detail data.
    pub events: ::std::vec::Vec<crate::types::ResourceSyncEvent>,
    /// Detail data for the initial repository commit, path and push.
    pub initial_revision: crate::types::Revision,
    /// The time when the sync attempt started.
    pub started_at: crate::primitives::DateTime,
    /// The status of the sync attempt.
    pub status: crate::types::ResourceSyncStatus,
    /// The resource that is synced to.
    pub target: ::std::string::String,
    /// Detail data for the target revision.
    pub target_revision: crate::types::Revision,
}
/// The required members of [`ResourceSyncAttempt`], named, for [`ResourceSyncAttempt::new`].
#[derive(Clone)]
pub struct ResourceSyncAttemptRequired {
    /// An array of events with detail data.
    pub events: ::std::vec::Vec<crate::types::ResourceSyncEvent>,
    /// Detail data for the initial repository commit, path and push.
    pub initial_revision: crate::types::Revision,
    /// The time when the sync attempt started.
    pub started_at: crate::primitives::DateTime,
    /// The status of the sync attempt.
    pub status: crate::types::ResourceSyncStatus,
    /// The resource that is synced to.
    pub target: ::std::string::String,
    /// Detail data for the target revision.
    pub target_revision: crate::types::Revision,
}
impl ResourceSyncAttempt {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ResourceSyncAttemptRequired) -> Self {
        Self {
            events: required.events,
            initial_revision: required.initial_revision,
            started_at: required.started_at,
            status: required.status,
            target: required.target,
            target_revision: required.target_revision,
        }
    }
}
impl crate::json::ToJson for ResourceSyncAttempt {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("events".to_owned(), crate::json::ToJson::to_json(&self.events));
        map.insert(
            "initialRevision".to_owned(),
            crate::json::ToJson::to_json(&self.initial_revision),
        );
        map.insert(
            "startedAt".to_owned(),
            crate::json::ToJson::to_json(&self.started_at),
        );
        map.insert("status".to_owned(), crate::json::ToJson::to_json(&self.status));
        map.insert("target".to_owned(), crate::json::ToJson::to_json(&self.target));
        map.insert(
            "targetRevision".to_owned(),
            crate::json::ToJson::to_json(&self.target_revision),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ResourceSyncAttempt {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_events: ::std::option::Option<
            ::std::vec::Vec<crate::types::ResourceSyncEvent>,
        > = ::std::option::Option::None;
        let mut v_initial_revision: ::std::option::Option<crate::types::Revision> = ::std::option::Option::None;
        let mut v_started_at: ::std::option::Option<crate::primitives::DateTime> = ::std::option::Option::None;
        let mut v_status: ::std::option::Option<crate::types::ResourceSyncStatus> = ::std::option::Option::None;
        let mut v_target: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_target_revision: ::std::option::Option<crate::types::Revision> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "events" => {
                    v_events = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "initialRevision" => {
                    v_initial_revision = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "startedAt" => {
                    v_started_at = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "status" => {
                    v_status = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "target" => {
                    v_target = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "targetRevision" => {
                    v_target_revision = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            events: v_events.unwrap_or_else(crate::json::FromJson::zero_value),
            initial_revision: v_initial_revision
                .unwrap_or_else(crate::json::FromJson::zero_value),
            started_at: v_started_at.unwrap_or_else(crate::json::FromJson::zero_value),
            status: v_status.unwrap_or_else(crate::json::FromJson::zero_value),
            target: v_target.unwrap_or_else(crate::json::FromJson::zero_value),
            target_revision: v_target_revision
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            events: crate::json::FromJson::zero_value(),
            initial_revision: crate::json::FromJson::zero_value(),
            started_at: crate::json::FromJson::zero_value(),
            status: crate::json::FromJson::zero_value(),
            target: crate::json::FromJson::zero_value(),
            target_revision: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ResourceSyncAttempt {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.events;
            crate::validate::Validate::validate(value).map_err(|e| e.under("events"))?;
        }
        {
            let value = &self.initial_revision;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("initialRevision"))?;
        }
        {
            let value = &self.target_revision;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("targetRevision"))?;
        }
        ::std::result::Result::Ok(())
    }
}
