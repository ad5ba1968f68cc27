// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetDeployment` operation.
//!
//! Get detailed data for a deployment.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "GetDeployment";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `GetDeploymentInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetDeploymentInput {
    /// The name of a component that you want to get the detailed data for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub component_name: ::std::option::Option<::std::string::String>,
    /// The name of a environment that you want to get the detailed data for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::option::Option<::std::string::String>,
    /// The ID of the deployment that you want to get the detailed data for.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub id: ::std::string::String,
    /// The name of the service instance associated with the given deployment ID. `serviceName` must be
    /// specified to identify the service instance.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::option::Option<::std::string::String>,
    /// The name of the service associated with the given deployment ID.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::option::Option<::std::string::String>,
}
impl GetDeploymentInput {
    /// Creates a value from its required member `id`; optional members start unset.
    pub fn new(id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            id: id.into(),
            component_name: ::std::option::Option::None,
            environment_name: ::std::option::Option::None,
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
        }
    }
    /// Sets [`component_name`](Self::component_name).
    pub fn with_component_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.component_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`environment_name`](Self::environment_name).
    pub fn with_environment_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.environment_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`service_instance_name`](Self::service_instance_name).
    pub fn with_service_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_instance_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`service_name`](Self::service_name).
    pub fn with_service_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_name = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for GetDeploymentInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.component_name {
            map.insert("componentName".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.environment_name {
            map.insert(
                "environmentName".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        map.insert("id".to_owned(), crate::json::ToJson::to_json(&self.id));
        if let ::std::option::Option::Some(value) = &self.service_instance_name {
            map.insert(
                "serviceInstanceName".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.service_name {
            map.insert("serviceName".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetDeploymentInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_component_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_environment_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_instance_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "componentName" => {
                    v_component_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "environmentName" => {
                    v_environment_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "id" => v_id = crate::json::member(r, crate::json::FromJson::read)?,
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
            component_name: v_component_name,
            environment_name: v_environment_name,
            id: v_id.unwrap_or_else(crate::json::FromJson::zero_value),
            service_instance_name: v_service_instance_name,
            service_name: v_service_name,
        })
    }
    fn zero_value() -> Self {
        Self {
            component_name: ::std::option::Option::None,
            environment_name: ::std::option::Option::None,
            id: crate::json::FromJson::zero_value(),
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for GetDeploymentInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.component_name {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("componentName"))?;
        }
        if let ::std::option::Option::Some(value) = &self.environment_name {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("environmentName"))?;
        }
        if let ::std::option::Option::Some(value) = &self.service_instance_name {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceInstanceName"))?;
        }
        if let ::std::option::Option::Some(value) = &self.service_name {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `GetDeploymentOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct GetDeploymentOutput {
    /// The detailed data of the requested deployment.
    pub deployment: ::std::option::Option<crate::types::Deployment>,
}
impl GetDeploymentOutput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            deployment: ::std::option::Option::None,
        }
    }
    /// Sets [`deployment`](Self::deployment).
    pub fn with_deployment(
        mut self,
        value: impl ::std::convert::Into<crate::types::Deployment>,
    ) -> Self {
        self.deployment = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for GetDeploymentOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.deployment {
            map.insert("deployment".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetDeploymentOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_deployment: ::std::option::Option<crate::types::Deployment> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "deployment" => {
                    v_deployment = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self { deployment: v_deployment })
    }
    fn zero_value() -> Self {
        Self {
            deployment: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for GetDeploymentOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.deployment {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("deployment"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `GetDeployment` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum GetDeploymentError {
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
impl GetDeploymentError {
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
impl crate::error::OperationError for GetDeploymentError {
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
impl ::std::fmt::Display for GetDeploymentError {
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
impl ::std::error::Error for GetDeploymentError {
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
