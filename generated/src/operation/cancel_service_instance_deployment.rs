// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `CancelServiceInstanceDeployment` operation.
//!
//! Attempts to cancel a service instance deployment on an `UpdateServiceInstance` action, if the
//! deployment is `IN_PROGRESS`. For more information, see
//! [Update a service instance](<https://docs.aws.amazon.com/proton/latest/userguide/ag-svc-instance-update.html>)
//! in the *Proton User guide*.
//!
//! The following list includes potential cancellation scenarios.
//!
//! - If the cancellation attempt succeeds, the resulting deployment state is `CANCELLED`.
//! - If the cancellation attempt fails, the resulting deployment state is `FAILED`.
//! - If the current `UpdateServiceInstance` action succeeds before the cancellation attempt starts, the
//!   resulting deployment state is `SUCCEEDED` and the cancellation attempt has no effect.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "CancelServiceInstanceDeployment";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `CancelServiceInstanceDeploymentInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CancelServiceInstanceDeploymentInput {
    /// The name of the service instance with the deployment to cancel.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::string::String,
    /// The name of the service with the service instance deployment to cancel.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}
/// The required members of [`CancelServiceInstanceDeploymentInput`], named, for [`CancelServiceInstanceDeploymentInput::new`].
#[derive(Clone)]
pub struct CancelServiceInstanceDeploymentInputRequired {
    /// The name of the service instance with the deployment to cancel.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::string::String,
    /// The name of the service with the service instance deployment to cancel.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}
impl CancelServiceInstanceDeploymentInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: CancelServiceInstanceDeploymentInputRequired) -> Self {
        Self {
            service_instance_name: required.service_instance_name,
            service_name: required.service_name,
        }
    }
}
impl crate::json::ToJson for CancelServiceInstanceDeploymentInput {
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
impl crate::json::FromJson for CancelServiceInstanceDeploymentInput {
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
impl crate::validate::Validate for CancelServiceInstanceDeploymentInput {
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
/// The `CancelServiceInstanceDeploymentOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CancelServiceInstanceDeploymentOutput {
    /// The service instance summary data that's returned by Proton.
    pub service_instance: crate::types::ServiceInstance,
}
impl CancelServiceInstanceDeploymentOutput {
    /// Creates a value from its required member `service_instance`; optional members start unset.
    pub fn new(
        service_instance: impl ::std::convert::Into<crate::types::ServiceInstance>,
    ) -> Self {
        Self {
            service_instance: service_instance.into(),
        }
    }
}
impl crate::json::ToJson for CancelServiceInstanceDeploymentOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "serviceInstance".to_owned(),
            crate::json::ToJson::to_json(&self.service_instance),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for CancelServiceInstanceDeploymentOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_service_instance: ::std::option::Option<
            crate::types::ServiceInstance,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "serviceInstance" => {
                    v_service_instance = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            service_instance: v_service_instance
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            service_instance: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for CancelServiceInstanceDeploymentOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.service_instance;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("serviceInstance"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `CancelServiceInstanceDeployment` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum CancelServiceInstanceDeploymentError {
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
impl CancelServiceInstanceDeploymentError {
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
impl crate::error::OperationError for CancelServiceInstanceDeploymentError {
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
impl ::std::fmt::Display for CancelServiceInstanceDeploymentError {
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
impl ::std::error::Error for CancelServiceInstanceDeploymentError {
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
