// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `CancelEnvironmentDeployment` operation.
//!
//! Attempts to cancel an environment deployment on an `UpdateEnvironment` action, if the deployment is
//! `IN_PROGRESS`. For more information, see
//! [Update an environment](<https://docs.aws.amazon.com/proton/latest/userguide/ag-env-update.html>) in
//! the *Proton User guide*.
//!
//! The following list includes potential cancellation scenarios.
//!
//! - If the cancellation attempt succeeds, the resulting deployment state is `CANCELLED`.
//! - If the cancellation attempt fails, the resulting deployment state is `FAILED`.
//! - If the current `UpdateEnvironment` action succeeds before the cancellation attempt starts, the
//!   resulting deployment state is `SUCCEEDED` and the cancellation attempt has no effect.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "CancelEnvironmentDeployment";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `CancelEnvironmentDeploymentInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CancelEnvironmentDeploymentInput {
    /// The name of the environment with the deployment to cancel.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::string::String,
}
impl CancelEnvironmentDeploymentInput {
    /// Creates a value from its required member `environment_name`; optional members start unset.
    pub fn new(
        environment_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            environment_name: environment_name.into(),
        }
    }
}
impl crate::json::ToJson for CancelEnvironmentDeploymentInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "environmentName".to_owned(),
            crate::json::ToJson::to_json(&self.environment_name),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for CancelEnvironmentDeploymentInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_environment_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "environmentName" => {
                    v_environment_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            environment_name: v_environment_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            environment_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for CancelEnvironmentDeploymentInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.environment_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("environmentName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `CancelEnvironmentDeploymentOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CancelEnvironmentDeploymentOutput {
    /// The environment summary data that's returned by Proton.
    pub environment: crate::types::Environment,
}
impl CancelEnvironmentDeploymentOutput {
    /// Creates a value from its required member `environment`; optional members start unset.
    pub fn new(
        environment: impl ::std::convert::Into<crate::types::Environment>,
    ) -> Self {
        Self {
            environment: environment.into(),
        }
    }
}
impl crate::json::ToJson for CancelEnvironmentDeploymentOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "environment".to_owned(),
            crate::json::ToJson::to_json(&self.environment),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for CancelEnvironmentDeploymentOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_environment: ::std::option::Option<crate::types::Environment> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "environment" => {
                    v_environment = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            environment: v_environment.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            environment: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for CancelEnvironmentDeploymentOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.environment;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("environment"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `CancelEnvironmentDeployment` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum CancelEnvironmentDeploymentError {
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
impl CancelEnvironmentDeploymentError {
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
impl crate::error::OperationError for CancelEnvironmentDeploymentError {
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
impl ::std::fmt::Display for CancelEnvironmentDeploymentError {
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
impl ::std::error::Error for CancelEnvironmentDeploymentError {
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
