// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetEnvironment` operation.
//!
//! Get detailed data for an environment.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "GetEnvironment";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `GetEnvironmentInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetEnvironmentInput {
    /// The name of the environment that you want to get the detailed data for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
}
impl GetEnvironmentInput {
    /// Creates a value from its required member `name`; optional members start unset.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { name: name.into() }
    }
}
impl crate::json::ToJson for GetEnvironmentInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("name".to_owned(), crate::json::ToJson::to_json(&self.name));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetEnvironmentInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "name" => v_name = crate::json::member(r, crate::json::FromJson::read)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            name: v_name.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for GetEnvironmentInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("name"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `GetEnvironmentOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetEnvironmentOutput {
    /// The detailed data of the requested environment.
    pub environment: crate::types::Environment,
}
impl GetEnvironmentOutput {
    /// Creates a value from its required member `environment`; optional members start unset.
    pub fn new(
        environment: impl ::std::convert::Into<crate::types::Environment>,
    ) -> Self {
        Self {
            environment: environment.into(),
        }
    }
}
impl crate::json::ToJson for GetEnvironmentOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "environment".to_owned(),
            crate::json::ToJson::to_json(&self.environment),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetEnvironmentOutput {
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
impl crate::validate::Validate for GetEnvironmentOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.environment;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("environment"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `GetEnvironment` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum GetEnvironmentError {
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
impl GetEnvironmentError {
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
impl crate::error::OperationError for GetEnvironmentError {
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
impl ::std::fmt::Display for GetEnvironmentError {
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
impl ::std::error::Error for GetEnvironmentError {
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
fn send_boxed(
    client: &crate::Client,
    input: GetEnvironmentInput,
) -> crate::http::BoxFuture<
    '_,
    ::std::result::Result<GetEnvironmentOutput, crate::Error<GetEnvironmentError>>,
> {
    ::std::boxed::Box::pin(client.get_environment(input))
}
/// The value of `environment.deploymentStatus` (JMESPath).
fn path_0(
    output: &crate::operation::get_environment::GetEnvironmentOutput,
) -> ::std::option::Option<::serde_json::Value> {
    {
        let _v0 = &output.environment.deployment_status;
        ::std::option::Option::Some(::serde_json::Value::String(_v0.as_str().to_owned()))
    }
}
fn waiter_environment_deployed_classify(
    _input: &crate::operation::get_environment::GetEnvironmentInput,
    result: &::std::result::Result<
        crate::operation::get_environment::GetEnvironmentOutput,
        crate::Error<GetEnvironmentError>,
    >,
) -> ::std::option::Option<crate::waiter::State> {
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(::std::string::String::from("SUCCEEDED")),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(::std::string::String::from("FAILED")),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Failure);
        }
    }
    ::std::option::Option::None
}
pub(crate) static ENVIRONMENT_DEPLOYED_WAITER: crate::waiter::Spec<
    crate::operation::get_environment::GetEnvironmentInput,
    crate::operation::get_environment::GetEnvironmentOutput,
    GetEnvironmentError,
> = crate::waiter::Spec {
    call: send_boxed,
    classify: waiter_environment_deployed_classify,
    min_delay: ::std::time::Duration::from_secs(5u64),
    max_delay: ::std::time::Duration::from_secs(4995u64),
};
