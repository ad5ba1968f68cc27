// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateServiceSyncBlocker` operation.
//!
//! Update the service sync blocker by resolving it.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "UpdateServiceSyncBlocker";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `UpdateServiceSyncBlockerInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateServiceSyncBlockerInput {
    /// The ID of the service sync blocker.
    pub id: ::std::string::String,
    /// The reason the service sync blocker was resolved.
    pub resolved_reason: ::std::string::String,
}
/// The required members of [`UpdateServiceSyncBlockerInput`], named, for [`UpdateServiceSyncBlockerInput::new`].
#[derive(Clone)]
pub struct UpdateServiceSyncBlockerInputRequired {
    /// The ID of the service sync blocker.
    pub id: ::std::string::String,
    /// The reason the service sync blocker was resolved.
    pub resolved_reason: ::std::string::String,
}
impl UpdateServiceSyncBlockerInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: UpdateServiceSyncBlockerInputRequired) -> Self {
        Self {
            id: required.id,
            resolved_reason: required.resolved_reason,
        }
    }
}
impl crate::json::ToJson for UpdateServiceSyncBlockerInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("id".to_owned(), crate::json::ToJson::to_json(&self.id));
        map.insert(
            "resolvedReason".to_owned(),
            crate::json::ToJson::to_json(&self.resolved_reason),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateServiceSyncBlockerInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_resolved_reason: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "id" => v_id = crate::json::member(r, crate::json::FromJson::read)?,
                "resolvedReason" => {
                    v_resolved_reason = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            id: v_id.unwrap_or_else(crate::json::FromJson::zero_value),
            resolved_reason: v_resolved_reason
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            id: crate::json::FromJson::zero_value(),
            resolved_reason: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for UpdateServiceSyncBlockerInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        ::std::result::Result::Ok(())
    }
}
/// The `UpdateServiceSyncBlockerOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateServiceSyncBlockerOutput {
    /// The name of the service instance that you want to update the service sync blocker for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::option::Option<::std::string::String>,
    /// The name of the service that you want to update the service sync blocker for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
    /// The detailed data on the service sync blocker that was updated.
    pub service_sync_blocker: crate::types::SyncBlocker,
}
/// The required members of [`UpdateServiceSyncBlockerOutput`], named, for [`UpdateServiceSyncBlockerOutput::new`].
#[derive(Clone)]
pub struct UpdateServiceSyncBlockerOutputRequired {
    /// The name of the service that you want to update the service sync blocker for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
    /// The detailed data on the service sync blocker that was updated.
    pub service_sync_blocker: crate::types::SyncBlocker,
}
impl UpdateServiceSyncBlockerOutput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: UpdateServiceSyncBlockerOutputRequired) -> Self {
        Self {
            service_name: required.service_name,
            service_sync_blocker: required.service_sync_blocker,
            service_instance_name: ::std::option::Option::None,
        }
    }
    /// Sets [`service_instance_name`](Self::service_instance_name).
    pub fn with_service_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_instance_name = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for UpdateServiceSyncBlockerOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.service_instance_name {
            map.insert(
                "serviceInstanceName".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        map.insert(
            "serviceName".to_owned(),
            crate::json::ToJson::to_json(&self.service_name),
        );
        map.insert(
            "serviceSyncBlocker".to_owned(),
            crate::json::ToJson::to_json(&self.service_sync_blocker),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateServiceSyncBlockerOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_service_instance_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_sync_blocker: ::std::option::Option<
            crate::types::SyncBlocker,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "serviceInstanceName" => {
                    v_service_instance_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "serviceName" => {
                    v_service_name = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "serviceSyncBlocker" => {
                    v_service_sync_blocker = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            service_instance_name: v_service_instance_name,
            service_name: v_service_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
            service_sync_blocker: v_service_sync_blocker
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            service_instance_name: ::std::option::Option::None,
            service_name: crate::json::FromJson::zero_value(),
            service_sync_blocker: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for UpdateServiceSyncBlockerOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.service_instance_name {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceInstanceName"))?;
        }
        {
            let value = &self.service_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceName"))?;
        }
        {
            let value = &self.service_sync_blocker;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("serviceSyncBlocker"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `UpdateServiceSyncBlocker` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum UpdateServiceSyncBlockerError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request *couldn't* be made due to a conflicting operation or resource.
    ConflictException(crate::types::ConflictException),
    /// The request failed to register with the service.
    InternalServerException(crate::types::InternalServerException),
    /// The requested resource *wasn't* found.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was denied due to request throttling.
    ThrottlingException(crate::types::ThrottlingException),
    /// The input is invalid or an out-of-range value was supplied for the input parameter.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not declare for this operation.
    Unhandled(crate::error::Unhandled),
}
impl UpdateServiceSyncBlockerError {
    /// The error code, when the service sent one.
    pub fn code(&self) -> ::std::option::Option<&str> {
        match self {
            Self::AccessDeniedException(_) => {
                ::std::option::Option::Some(crate::types::AccessDeniedException::CODE)
            }
            Self::ConflictException(_) => {
                ::std::option::Option::Some(crate::types::ConflictException::CODE)
            }
            Self::InternalServerException(_) => {
                ::std::option::Option::Some(crate::types::InternalServerException::CODE)
            }
            Self::ResourceNotFoundException(_) => {
                ::std::option::Option::Some(
                    crate::types::ResourceNotFoundException::CODE,
                )
            }
            Self::ThrottlingException(_) => {
                ::std::option::Option::Some(crate::types::ThrottlingException::CODE)
            }
            Self::ValidationException(_) => {
                ::std::option::Option::Some(crate::types::ValidationException::CODE)
            }
            Self::Unhandled(e) => e.code(),
        }
    }
    /// The error message, when the service sent one.
    pub fn message(&self) -> ::std::option::Option<&str> {
        match self {
            Self::AccessDeniedException(e) => e.message(),
            Self::ConflictException(e) => e.message(),
            Self::InternalServerException(e) => e.message(),
            Self::ResourceNotFoundException(e) => e.message(),
            Self::ThrottlingException(e) => e.message(),
            Self::ValidationException(e) => e.message(),
            Self::Unhandled(e) => e.message(),
        }
    }
}
impl crate::error::OperationError for UpdateServiceSyncBlockerError {
    fn from_response(
        code: &str,
        body: &[u8],
        unhandled: crate::error::Unhandled,
    ) -> Self {
        match code {
            "AccessDeniedException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::AccessDeniedException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "ConflictException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::ConflictException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "InternalServerException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::InternalServerException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "ResourceNotFoundException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::ResourceNotFoundException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "ThrottlingException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::ThrottlingException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "ValidationException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::ValidationException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            _ => Self::Unhandled(unhandled),
        }
    }
}
impl ::std::fmt::Display for UpdateServiceSyncBlockerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateServiceSyncBlockerError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::InternalServerException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
