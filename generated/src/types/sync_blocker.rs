// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Detailed data of the sync blocker.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct SyncBlocker {
    /// The contexts for the sync blocker.
    pub contexts: ::std::option::Option<::std::vec::Vec<crate::types::SyncBlockerContext>>,
    /// The time when the sync blocker was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The reason why the sync blocker was created.
    pub created_reason: ::std::string::String,
    /// The ID of the sync blocker.
    pub id: ::std::string::String,
    /// The time the sync blocker was resolved.
    pub resolved_at: ::std::option::Option<::awsgen_runtime::primitives::DateTime>,
    /// The reason the sync blocker was resolved.
    pub resolved_reason: ::std::option::Option<::std::string::String>,
    /// The status of the sync blocker.
    pub status: crate::types::BlockerStatus,
    /// The type of the sync blocker.
    pub r#type: crate::types::BlockerType,
}

/// The required members of [`SyncBlocker`], named, for [`SyncBlocker::new`].
#[derive(Clone)]
pub struct SyncBlockerRequired {
    /// The time when the sync blocker was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The reason why the sync blocker was created.
    pub created_reason: ::std::string::String,
    /// The ID of the sync blocker.
    pub id: ::std::string::String,
    /// The status of the sync blocker.
    pub status: crate::types::BlockerStatus,
    /// The type of the sync blocker.
    pub r#type: crate::types::BlockerType,
}

impl SyncBlocker {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: SyncBlockerRequired) -> Self {
        Self {
            created_at: required.created_at,
            created_reason: required.created_reason,
            id: required.id,
            status: required.status,
            r#type: required.r#type,
            contexts: ::std::option::Option::None,
            resolved_at: ::std::option::Option::None,
            resolved_reason: ::std::option::Option::None,
        }
    }

    /// Sets [`contexts`](Self::contexts).
    pub fn with_contexts(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::SyncBlockerContext>>,
    ) -> Self {
        self.contexts = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`resolved_at`](Self::resolved_at).
    pub fn with_resolved_at(
        mut self,
        value: impl ::std::convert::Into<::awsgen_runtime::primitives::DateTime>,
    ) -> Self {
        self.resolved_at = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`resolved_reason`](Self::resolved_reason).
    pub fn with_resolved_reason(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resolved_reason = ::std::option::Option::Some(value.into());
        self
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for SyncBlocker {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("contexts", &self.contexts);
        w.member("createdAt", &self.created_at);
        w.member("createdReason", &self.created_reason);
        w.member("id", &self.id);
        w.optional("resolvedAt", &self.resolved_at);
        w.optional("resolvedReason", &self.resolved_reason);
        w.member("status", &self.status);
        w.member("type", &self.r#type);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for SyncBlocker {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "contexts" => out.contexts = r.member()?,
                "createdAt" => r.set(&mut out.created_at)?,
                "createdReason" => r.set(&mut out.created_reason)?,
                "id" => r.set(&mut out.id)?,
                "resolvedAt" => out.resolved_at = r.member()?,
                "resolvedReason" => out.resolved_reason = r.member()?,
                "status" => r.set(&mut out.status)?,
                "type" => r.set(&mut out.r#type)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            contexts: ::std::option::Option::None,
            created_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            created_reason: ::awsgen_runtime::codegen::FromJson::zero_value(),
            id: ::awsgen_runtime::codegen::FromJson::zero_value(),
            resolved_at: ::std::option::Option::None,
            resolved_reason: ::std::option::Option::None,
            status: ::awsgen_runtime::codegen::FromJson::zero_value(),
            r#type: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for SyncBlocker {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.contexts, "contexts")?;
        ::std::result::Result::Ok(())
    }
}
