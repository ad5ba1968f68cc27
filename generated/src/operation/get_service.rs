// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetService` operation.
//!
//! Get detailed data for a service.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "GetService";

/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: ::awsgen_runtime::codegen::Operation = ::awsgen_runtime::codegen::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
    content_md5: false,
    unsigned_payload: false,
    anonymous: false,
    customizations: &[],
    http2: false,
    checksum: ::std::option::Option::None,
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

impl ::awsgen_runtime::codegen::ToJson for GetServiceInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("name", &self.name);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for GetServiceInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "name" => r.set(&mut out.name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { name: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

impl ::awsgen_runtime::codegen::Validate for GetServiceInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
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
        Self { service: ::std::option::Option::None }
    }

    /// Sets [`service`](Self::service).
    pub fn with_service(mut self, value: impl ::std::convert::Into<crate::types::Service>) -> Self {
        self.service = ::std::option::Option::Some(value.into());
        self
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for GetServiceOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("service", &self.service);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for GetServiceOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "service" => out.service = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        ::std::default::Default::default()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for GetServiceOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.service, "service")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `GetService` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
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
    Unhandled(::awsgen_runtime::error::Unhandled),
}

impl GetServiceError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
            Self::InternalServerException(e) => e,
            Self::ResourceNotFoundException(e) => e,
            Self::ThrottlingException(e) => e,
            Self::ValidationException(e) => e,
            Self::Unhandled(e) => e,
        }
    }

    /// The error code, when the service sent one.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.inner().code()
    }

    /// The error message, when the service sent one.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.inner().message()
    }
}

impl ::awsgen_runtime::codegen::OperationError for GetServiceError {
    const ERRORS: &'static ::awsgen_runtime::codegen::ErrorTable<Self> = &[
        (
            "AccessDeniedException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::AccessDeniedException),
        ),
        (
            "InternalServerException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::InternalServerException),
        ),
        (
            "ResourceNotFoundException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ResourceNotFoundException),
        ),
        (
            "ThrottlingException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ThrottlingException),
        ),
        (
            "ValidationException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ValidationException),
        ),
    ];

    fn unhandled(unhandled: ::awsgen_runtime::error::Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}

impl ::awsgen_runtime::error::ServiceError for GetServiceError {
    fn code(&self) -> ::std::option::Option<&str> {
        GetServiceError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        GetServiceError::message(self)
    }
}

impl ::std::fmt::Display for GetServiceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for GetServiceError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}

fn send_boxed(
    client: &crate::Client,
    input: GetServiceInput,
) -> ::awsgen_runtime::http::BoxFuture<
    '_,
    ::std::result::Result<GetServiceOutput, ::awsgen_runtime::Error<GetServiceError>>,
> {
    ::std::boxed::Box::pin(client.get_service(input))
}

/// The value of `service.status` (JMESPath).
fn path_0(
    output: &crate::operation::get_service::GetServiceOutput,
) -> ::std::option::Option<::awsgen_runtime::codegen::serde_json::Value> {
    output.service.as_ref().map(|v| &v.status).map(
        |_v0| ::awsgen_runtime::codegen::serde_json::Value::String(_v0.as_str().to_owned()),
    )
}

/// The value of `service.pipeline.deploymentStatus` (JMESPath).
fn path_1(
    output: &crate::operation::get_service::GetServiceOutput,
) -> ::std::option::Option<::awsgen_runtime::codegen::serde_json::Value> {
    output.service.as_ref().and_then(|v| v.pipeline.as_ref()).map(|v| &v.deployment_status).map(
        |_v0| ::awsgen_runtime::codegen::serde_json::Value::String(_v0.as_str().to_owned()),
    )
}

fn waiter_service_created_classify(
    _input: &crate::operation::get_service::GetServiceInput,
    result: &::std::result::Result<
        crate::operation::get_service::GetServiceOutput,
        ::awsgen_runtime::Error<GetServiceError>,
    >,
) -> ::std::option::Option<::awsgen_runtime::codegen::State> {
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("ACTIVE"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("CREATE_FAILED_CLEANUP_COMPLETE"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Failure);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("CREATE_FAILED_CLEANUP_FAILED"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Failure);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("CREATE_FAILED"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Failure);
        }
    }
    ::std::option::Option::None
}

pub(crate) static SERVICE_CREATED_WAITER: ::awsgen_runtime::codegen::WaiterSpec<
    crate::Client,
    crate::operation::get_service::GetServiceInput,
    crate::operation::get_service::GetServiceOutput,
    GetServiceError,
> = ::awsgen_runtime::codegen::WaiterSpec {
    call: send_boxed,
    classify: waiter_service_created_classify,
    min_delay: ::std::time::Duration::from_secs(5u64),
    max_delay: ::std::time::Duration::from_secs(4995u64),
};

fn waiter_service_deleted_classify(
    _input: &crate::operation::get_service::GetServiceInput,
    result: &::std::result::Result<
        crate::operation::get_service::GetServiceOutput,
        ::awsgen_runtime::Error<GetServiceError>,
    >,
) -> ::std::option::Option<::awsgen_runtime::codegen::State> {
    if let ::std::result::Result::Err(::awsgen_runtime::Error::Service { error, .. }) = result {
        if error.code() == ::std::option::Option::Some("ResourceNotFoundException") {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("DELETE_FAILED"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Failure);
        }
    }
    ::std::option::Option::None
}

pub(crate) static SERVICE_DELETED_WAITER: ::awsgen_runtime::codegen::WaiterSpec<
    crate::Client,
    crate::operation::get_service::GetServiceInput,
    crate::operation::get_service::GetServiceOutput,
    GetServiceError,
> = ::awsgen_runtime::codegen::WaiterSpec {
    call: send_boxed,
    classify: waiter_service_deleted_classify,
    min_delay: ::std::time::Duration::from_secs(5u64),
    max_delay: ::std::time::Duration::from_secs(4995u64),
};

fn waiter_service_pipeline_deployed_classify(
    _input: &crate::operation::get_service::GetServiceInput,
    result: &::std::result::Result<
        crate::operation::get_service::GetServiceOutput,
        ::awsgen_runtime::Error<GetServiceError>,
    >,
) -> ::std::option::Option<::awsgen_runtime::codegen::State> {
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_1(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("SUCCEEDED"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_1(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("FAILED"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Failure);
        }
    }
    ::std::option::Option::None
}

pub(crate) static SERVICE_PIPELINE_DEPLOYED_WAITER: ::awsgen_runtime::codegen::WaiterSpec<
    crate::Client,
    crate::operation::get_service::GetServiceInput,
    crate::operation::get_service::GetServiceOutput,
    GetServiceError,
> = ::awsgen_runtime::codegen::WaiterSpec {
    call: send_boxed,
    classify: waiter_service_pipeline_deployed_classify,
    min_delay: ::std::time::Duration::from_secs(10u64),
    max_delay: ::std::time::Duration::from_secs(3600u64),
};

fn waiter_service_updated_classify(
    _input: &crate::operation::get_service::GetServiceInput,
    result: &::std::result::Result<
        crate::operation::get_service::GetServiceOutput,
        ::awsgen_runtime::Error<GetServiceError>,
    >,
) -> ::std::option::Option<::awsgen_runtime::codegen::State> {
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("ACTIVE"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("UPDATE_FAILED_CLEANUP_COMPLETE"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Failure);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("UPDATE_FAILED_CLEANUP_FAILED"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Failure);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("UPDATE_FAILED"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Failure);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("UPDATE_COMPLETE_CLEANUP_FAILED"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Failure);
        }
    }
    ::std::option::Option::None
}

pub(crate) static SERVICE_UPDATED_WAITER: ::awsgen_runtime::codegen::WaiterSpec<
    crate::Client,
    crate::operation::get_service::GetServiceInput,
    crate::operation::get_service::GetServiceOutput,
    GetServiceError,
> = ::awsgen_runtime::codegen::WaiterSpec {
    call: send_boxed,
    classify: waiter_service_updated_classify,
    min_delay: ::std::time::Duration::from_secs(5u64),
    max_delay: ::std::time::Duration::from_secs(4995u64),
};
