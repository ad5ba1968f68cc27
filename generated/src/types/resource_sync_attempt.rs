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
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "events" => r.set(&mut out.events)?,
                "initialRevision" => r.set(&mut out.initial_revision)?,
                "startedAt" => r.set(&mut out.started_at)?,
                "status" => r.set(&mut out.status)?,
                "target" => r.set(&mut out.target)?,
                "targetRevision" => r.set(&mut out.target_revision)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
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
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.events, "events")?;
        ::awsgen_runtime::codegen::nested(&self.initial_revision, "initialRevision")?;
        ::awsgen_runtime::codegen::nested(&self.target_revision, "targetRevision")?;
        ::std::result::Result::Ok(())
    }
}
