// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetServiceInstanceSyncStatus` operation.
//!
//! Get the status of the synced service instance.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "GetServiceInstanceSyncStatus";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `GetServiceInstanceSyncStatusInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetServiceInstanceSyncStatusInput {
    /// The name of the service instance that you want the sync status input for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::string::String,
    /// The name of the service that the service instance belongs to.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}
/// The required members of [`GetServiceInstanceSyncStatusInput`], named, for [`GetServiceInstanceSyncStatusInput::new`].
#[derive(Clone)]
pub struct GetServiceInstanceSyncStatusInputRequired {
    /// The name of the service instance that you want the sync status input for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::string::String,
    /// The name of the service that the service instance belongs to.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}
impl GetServiceInstanceSyncStatusInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: GetServiceInstanceSyncStatusInputRequired) -> Self {
        Self {
            service_instance_name: required.service_instance_name,
            service_name: required.service_name,
        }
    }
}
impl crate::json::ToJson for GetServiceInstanceSyncStatusInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "serviceInstanceName".to_owned(),
            crate::json::ToJson::to_json(&self.service_instance_name),
        );
        map.insert(
            "serviceName".to_owned(),
            crate::json::ToJson::to_json(&self.service_name),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetServiceInstanceSyncStatusInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_service_instance_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
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
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            service_instance_name: v_service_instance_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
            service_name: v_service_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            service_instance_name: crate::json::FromJson::zero_value(),
            service_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for GetServiceInstanceSyncStatusInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.service_instance_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceInstanceName"))?;
        }
        {
            let value = &self.service_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `GetServiceInstanceSyncStatusOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct GetServiceInstanceSyncStatusOutput {
    /// The service instance sync desired state that's returned by Proton
    pub desired_state: ::std::option::Option<crate::types::Revision>,
    /// The detailed data of the latest successful sync with the service instance.
    pub latest_successful_sync: ::std::option::Option<crate::types::ResourceSyncAttempt>,
    /// The detailed data of the latest sync with the service instance.
    pub latest_sync: ::std::option::Option<crate::types::ResourceSyncAttempt>,
}
impl GetServiceInstanceSyncStatusOutput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            desired_state: ::std::option::Option::None,
            latest_successful_sync: ::std::option::Option::None,
            latest_sync: ::std::option::Option::None,
        }
    }
    /// Sets [`desired_state`](Self::desired_state).
    pub fn with_desired_state(
        mut self,
        value: impl ::std::convert::Into<crate::types::Revision>,
    ) -> Self {
        self.desired_state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`latest_successful_sync`](Self::latest_successful_sync).
    pub fn with_latest_successful_sync(
        mut self,
        value: impl ::std::convert::Into<crate::types::ResourceSyncAttempt>,
    ) -> Self {
        self.latest_successful_sync = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`latest_sync`](Self::latest_sync).
    pub fn with_latest_sync(
        mut self,
        value: impl ::std::convert::Into<crate::types::ResourceSyncAttempt>,
    ) -> Self {
        self.latest_sync = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for GetServiceInstanceSyncStatusOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.desired_state {
            map.insert("desiredState".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.latest_successful_sync {
            map.insert(
                "latestSuccessfulSync".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.latest_sync {
            map.insert("latestSync".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetServiceInstanceSyncStatusOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_desired_state: ::std::option::Option<crate::types::Revision> = ::std::option::Option::None;
        let mut v_latest_successful_sync: ::std::option::Option<
            crate::types::ResourceSyncAttempt,
        > = ::std::option::Option::None;
        let mut v_latest_sync: ::std::option::Option<
            crate::types::ResourceSyncAttempt,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "desiredState" => {
                    v_desired_state = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "latestSuccessfulSync" => {
                    v_latest_successful_sync = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "latestSync" => {
                    v_latest_sync = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            desired_state: v_desired_state,
            latest_successful_sync: v_latest_successful_sync,
            latest_sync: v_latest_sync,
        })
    }
    fn zero_value() -> Self {
        Self {
            desired_state: ::std::option::Option::None,
            latest_successful_sync: ::std::option::Option::None,
            latest_sync: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for GetServiceInstanceSyncStatusOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.desired_state {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("desiredState"))?;
        }
        if let ::std::option::Option::Some(value) = &self.latest_successful_sync {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("latestSuccessfulSync"))?;
        }
        if let ::std::option::Option::Some(value) = &self.latest_sync {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("latestSync"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `GetServiceInstanceSyncStatus` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum GetServiceInstanceSyncStatusError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
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
impl GetServiceInstanceSyncStatusError {
    /// The error code, when the service sent one.
    pub fn code(&self) -> ::std::option::Option<&str> {
        match self {
            Self::AccessDeniedException(_) => {
                ::std::option::Option::Some(crate::types::AccessDeniedException::CODE)
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
            Self::InternalServerException(e) => e.message(),
            Self::ResourceNotFoundException(e) => e.message(),
            Self::ThrottlingException(e) => e.message(),
            Self::ValidationException(e) => e.message(),
            Self::Unhandled(e) => e.message(),
        }
    }
}
impl crate::error::OperationError for GetServiceInstanceSyncStatusError {
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
impl ::std::fmt::Display for GetServiceInstanceSyncStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for GetServiceInstanceSyncStatusError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::InternalServerException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
