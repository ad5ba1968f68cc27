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
    pub started_at: ::awsgen_runtime::primitives::DateTime,
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
    pub started_at: ::awsgen_runtime::primitives::DateTime,
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

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ResourceSyncAttempt {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("events", &self.events);
        w.member("initialRevision", &self.initial_revision);
        w.member("startedAt", &self.started_at);
        w.member("status", &self.status);
        w.member("target", &self.target);
        w.member("targetRevision", &self.target_revision);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ResourceSyncAttempt {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut v_events = ::std::option::Option::None;
        let mut v_initial_revision = ::std::option::Option::None;
        let mut v_started_at = ::std::option::Option::None;
        let mut v_status = ::std::option::Option::None;
        let mut v_target = ::std::option::Option::None;
        let mut v_target_revision = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "events" => v_events = r.member()?,
                "initialRevision" => v_initial_revision = r.member()?,
                "startedAt" => v_started_at = r.member()?,
                "status" => v_status = r.member()?,
                "target" => v_target = r.member()?,
                "targetRevision" => v_target_revision = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            events: v_events
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            initial_revision: v_initial_revision
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            started_at: v_started_at
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            status: v_status
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            target: v_target
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            target_revision: v_target_revision
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
        })
    }

    fn zero_value() -> Self {
        Self {
            events: ::awsgen_runtime::codegen::FromJson::zero_value(),
            initial_revision: ::awsgen_runtime::codegen::FromJson::zero_value(),
            started_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            status: ::awsgen_runtime::codegen::FromJson::zero_value(),
            target: ::awsgen_runtime::codegen::FromJson::zero_value(),
            target_revision: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ResourceSyncAttempt {
    fn validate(
        &self,
    ) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.events;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::Validate::validate(value),
                "events",
            )?;
        }
        {
            let value = &self.initial_revision;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::Validate::validate(value),
                "initialRevision",
            )?;
        }
        {
            let value = &self.target_revision;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::Validate::validate(value),
                "targetRevision",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
