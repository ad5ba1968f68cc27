// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// Detailed data of the sync blocker.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct SyncBlocker {
    /// The contexts for the sync blocker.
    pub contexts: ::std::option::Option<
        ::std::vec::Vec<crate::types::SyncBlockerContext>,
    >,
    /// The time when the sync blocker was created.
    pub created_at: crate::primitives::DateTime,
    /// The reason why the sync blocker was created.
    pub created_reason: ::std::string::String,
    /// The ID of the sync blocker.
    pub id: ::std::string::String,
    /// The time the sync blocker was resolved.
    pub resolved_at: ::std::option::Option<crate::primitives::DateTime>,
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
    pub created_at: crate::primitives::DateTime,
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
        value: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::SyncBlockerContext>,
        >,
    ) -> Self {
        self.contexts = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`resolved_at`](Self::resolved_at).
    pub fn with_resolved_at(
        mut self,
        value: impl ::std::convert::Into<crate::primitives::DateTime>,
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
impl crate::json::ToJson for SyncBlocker {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.contexts {
            map.insert("contexts".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "createdAt".to_owned(),
            crate::json::ToJson::to_json(&self.created_at),
        );
        map.insert(
            "createdReason".to_owned(),
            crate::json::ToJson::to_json(&self.created_reason),
        );
        map.insert("id".to_owned(), crate::json::ToJson::to_json(&self.id));
        if let ::std::option::Option::Some(value) = &self.resolved_at {
            map.insert("resolvedAt".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.resolved_reason {
            map.insert("resolvedReason".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert("status".to_owned(), crate::json::ToJson::to_json(&self.status));
        map.insert("type".to_owned(), crate::json::ToJson::to_json(&self.r#type));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for SyncBlocker {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_contexts: ::std::option::Option<
            ::std::vec::Vec<crate::types::SyncBlockerContext>,
        > = ::std::option::Option::None;
        let mut v_created_at: ::std::option::Option<crate::primitives::DateTime> = ::std::option::Option::None;
        let mut v_created_reason: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_resolved_at: ::std::option::Option<crate::primitives::DateTime> = ::std::option::Option::None;
        let mut v_resolved_reason: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_status: ::std::option::Option<crate::types::BlockerStatus> = ::std::option::Option::None;
        let mut v_type: ::std::option::Option<crate::types::BlockerType> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "contexts" => {
                    v_contexts = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "createdAt" => {
                    v_created_at = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "createdReason" => {
                    v_created_reason = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "id" => v_id = crate::json::member(r, crate::json::FromJson::read)?,
                "resolvedAt" => {
                    v_resolved_at = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "resolvedReason" => {
                    v_resolved_reason = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "status" => {
                    v_status = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "type" => v_type = crate::json::member(r, crate::json::FromJson::read)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            contexts: v_contexts,
            created_at: v_created_at.unwrap_or_else(crate::json::FromJson::zero_value),
            created_reason: v_created_reason
                .unwrap_or_else(crate::json::FromJson::zero_value),
            id: v_id.unwrap_or_else(crate::json::FromJson::zero_value),
            resolved_at: v_resolved_at,
            resolved_reason: v_resolved_reason,
            status: v_status.unwrap_or_else(crate::json::FromJson::zero_value),
            r#type: v_type.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            contexts: ::std::option::Option::None,
            created_at: crate::json::FromJson::zero_value(),
            created_reason: crate::json::FromJson::zero_value(),
            id: crate::json::FromJson::zero_value(),
            resolved_at: ::std::option::Option::None,
            resolved_reason: ::std::option::Option::None,
            status: crate::json::FromJson::zero_value(),
            r#type: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for SyncBlocker {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.contexts {
            crate::validate::Validate::validate(value).map_err(|e| e.under("contexts"))?;
        }
        ::std::result::Result::Ok(())
    }
}
