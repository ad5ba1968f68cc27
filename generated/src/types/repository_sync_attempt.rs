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
    pub started_at: ::awsgen_runtime::primitives::DateTime,
    /// The sync attempt status.
    pub status: crate::types::RepositorySyncStatus,
}

/// The required members of [`RepositorySyncAttempt`], named, for [`RepositorySyncAttempt::new`].
#[derive(Clone)]
pub struct RepositorySyncAttemptRequired {
    /// Detail data for sync attempt events.
    pub events: ::std::vec::Vec<crate::types::RepositorySyncEvent>,
    /// The time when the sync attempt started.
    pub started_at: ::awsgen_runtime::primitives::DateTime,
    /// The sync attempt status.
    pub status: crate::types::RepositorySyncStatus,
}

impl RepositorySyncAttempt {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: RepositorySyncAttemptRequired) -> Self {
        Self { events: required.events, started_at: required.started_at, status: required.status }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for RepositorySyncAttempt {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("events", &self.events);
        w.member("startedAt", &self.started_at);
        w.member("status", &self.status);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for RepositorySyncAttempt {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "events" => r.set(&mut out.events)?,
                "startedAt" => r.set(&mut out.started_at)?,
                "status" => r.set(&mut out.status)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            events: ::awsgen_runtime::codegen::FromJson::zero_value(),
            started_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            status: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for RepositorySyncAttempt {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.events, "events")?;
        ::std::result::Result::Ok(())
    }
}
