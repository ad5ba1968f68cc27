// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetService` operation.
//!
//! Get detailed data for a service.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "GetService";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `GetServiceInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetServiceInput {
    /// The name of the service that you want to get the detailed data for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
}
impl GetServiceInput {
    /// Creates a value from its required member `name`; optional members start unset.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { name: name.into() }
    }
}
impl crate::json::ToJson for GetServiceInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("name".to_owned(), crate::json::ToJson::to_json(&self.name));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetServiceInput {
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
impl crate::validate::Validate for GetServiceInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("name"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `GetServiceOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct GetServiceOutput {
    /// The detailed data of the requested service.
    pub service: ::std::option::Option<crate::types::Service>,
}
impl GetServiceOutput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            service: ::std::option::Option::None,
        }
    }
    /// Sets [`service`](Self::service).
    pub fn with_service(
        mut self,
        value: impl ::std::convert::Into<crate::types::Service>,
    ) -> Self {
        self.service = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for GetServiceOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.service {
            map.insert("service".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetServiceOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_service: ::std::option::Option<crate::types::Service> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "service" => {
                    v_service = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self { service: v_service })
    }
    fn zero_value() -> Self {
        Self {
            service: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for GetServiceOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.service {
            crate::validate::Validate::validate(value).map_err(|e| e.under("service"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `GetService` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum GetServiceError {
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
impl GetServiceError {
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
impl crate::error::OperationError for GetServiceError {
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
impl ::std::fmt::Display for GetServiceError {
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
impl ::std::error::Error for GetServiceError {
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
    input: GetServiceInput,
) -> crate::http::BoxFuture<
    '_,
    ::std::result::Result<GetServiceOutput, crate::Error<GetServiceError>>,
> {
    ::std::boxed::Box::pin(client.get_service(input))
}
/// The value of `service.status` (JMESPath).
fn path_0(
    output: &crate::operation::get_service::GetServiceOutput,
) -> ::std::option::Option<::serde_json::Value> {
    output
        .service
        .as_ref()
        .map(|v| &v.status)
        .map(|_v0| ::serde_json::Value::String(_v0.as_str().to_owned()))
}
/// The value of `service.pipeline.deploymentStatus` (JMESPath).
fn path_1(
    output: &crate::operation::get_service::GetServiceOutput,
) -> ::std::option::Option<::serde_json::Value> {
    output
        .service
        .as_ref()
        .and_then(|v| v.pipeline.as_ref())
        .map(|v| &v.deployment_status)
        .map(|_v0| ::serde_json::Value::String(_v0.as_str().to_owned()))
}
fn waiter_service_created_classify(
    _input: &crate::operation::get_service::GetServiceInput,
    result: &::std::result::Result<
        crate::operation::get_service::GetServiceOutput,
        crate::Error<GetServiceError>,
    >,
) -> ::std::option::Option<crate::waiter::State> {
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(::std::string::String::from("ACTIVE")),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(
                ::std::string::String::from("CREATE_FAILED_CLEANUP_COMPLETE"),
            ),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Failure);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(
                ::std::string::String::from("CREATE_FAILED_CLEANUP_FAILED"),
            ),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Failure);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(::std::string::String::from("CREATE_FAILED")),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Failure);
        }
    }
    ::std::option::Option::None
}
pub(crate) static SERVICE_CREATED_WAITER: crate::waiter::Spec<
    crate::operation::get_service::GetServiceInput,
    crate::operation::get_service::GetServiceOutput,
    GetServiceError,
> = crate::waiter::Spec {
    call: send_boxed,
    classify: waiter_service_created_classify,
    min_delay: ::std::time::Duration::from_secs(5u64),
    max_delay: ::std::time::Duration::from_secs(4995u64),
};
fn waiter_service_deleted_classify(
    _input: &crate::operation::get_service::GetServiceInput,
    result: &::std::result::Result<
        crate::operation::get_service::GetServiceOutput,
        crate::Error<GetServiceError>,
    >,
) -> ::std::option::Option<crate::waiter::State> {
    if let ::std::result::Result::Err(crate::Error::Service { error, .. }) = result {
        if error.code() == ::std::option::Option::Some("ResourceNotFoundException") {
            return ::std::option::Option::Some(crate::waiter::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(::std::string::String::from("DELETE_FAILED")),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Failure);
        }
    }
    ::std::option::Option::None
}
pub(crate) static SERVICE_DELETED_WAITER: crate::waiter::Spec<
    crate::operation::get_service::GetServiceInput,
    crate::operation::get_service::GetServiceOutput,
    GetServiceError,
> = crate::waiter::Spec {
    call: send_boxed,
    classify: waiter_service_deleted_classify,
    min_delay: ::std::time::Duration::from_secs(5u64),
    max_delay: ::std::time::Duration::from_secs(4995u64),
};
fn waiter_service_pipeline_deployed_classify(
    _input: &crate::operation::get_service::GetServiceInput,
    result: &::std::result::Result<
        crate::operation::get_service::GetServiceOutput,
        crate::Error<GetServiceError>,
    >,
) -> ::std::option::Option<crate::waiter::State> {
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_1(output),
            &::serde_json::Value::String(::std::string::String::from("SUCCEEDED")),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_1(output),
            &::serde_json::Value::String(::std::string::String::from("FAILED")),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Failure);
        }
    }
    ::std::option::Option::None
}
pub(crate) static SERVICE_PIPELINE_DEPLOYED_WAITER: crate::waiter::Spec<
    crate::operation::get_service::GetServiceInput,
    crate::operation::get_service::GetServiceOutput,
    GetServiceError,
> = crate::waiter::Spec {
    call: send_boxed,
    classify: waiter_service_pipeline_deployed_classify,
    min_delay: ::std::time::Duration::from_secs(10u64),
    max_delay: ::std::time::Duration::from_secs(3600u64),
};
fn waiter_service_updated_classify(
    _input: &crate::operation::get_service::GetServiceInput,
    result: &::std::result::Result<
        crate::operation::get_service::GetServiceOutput,
        crate::Error<GetServiceError>,
    >,
) -> ::std::option::Option<crate::waiter::State> {
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(::std::string::String::from("ACTIVE")),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(
                ::std::string::String::from("UPDATE_FAILED_CLEANUP_COMPLETE"),
            ),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Failure);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(
                ::std::string::String::from("UPDATE_FAILED_CLEANUP_FAILED"),
            ),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Failure);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(::std::string::String::from("UPDATE_FAILED")),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Failure);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(
                ::std::string::String::from("UPDATE_COMPLETE_CLEANUP_FAILED"),
            ),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Failure);
        }
    }
    ::std::option::Option::None
}
pub(crate) static SERVICE_UPDATED_WAITER: crate::waiter::Spec<
    crate::operation::get_service::GetServiceInput,
    crate::operation::get_service::GetServiceOutput,
    GetServiceError,
> = crate::waiter::Spec {
    call: send_boxed,
    classify: waiter_service_updated_classify,
    min_delay: ::std::time::Duration::from_secs(5u64),
    max_delay: ::std::time::Duration::from_secs(4995u64),
};
