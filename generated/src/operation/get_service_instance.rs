// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetServiceInstance` operation.
//!
//! Get detailed data for a service instance. A service instance is an instantiation of service template
//! and it runs in a specific environment.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "GetServiceInstance";

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

/// The `GetServiceInstanceInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetServiceInstanceInput {
    /// The name of a service instance that you want to get the detailed data for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The name of the service that you want the service instance input for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}

/// The required members of [`GetServiceInstanceInput`], named, for [`GetServiceInstanceInput::new`].
#[derive(Clone)]
pub struct GetServiceInstanceInputRequired {
    /// The name of a service instance that you want to get the detailed data for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The name of the service that you want the service instance input for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}

impl GetServiceInstanceInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: GetServiceInstanceInputRequired) -> Self {
        Self { name: required.name, service_name: required.service_name }
    }
}

impl ::awsgen_runtime::codegen::ToJson for GetServiceInstanceInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("name", &self.name);
        w.member("serviceName", &self.service_name);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for GetServiceInstanceInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "name" => r.set(&mut out.name)?,
                "serviceName" => r.set(&mut out.service_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            service_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for GetServiceInstanceInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        {
            let value = &self.service_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceName",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `GetServiceInstanceOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetServiceInstanceOutput {
    /// The detailed data of the requested service instance.
    pub service_instance: crate::types::ServiceInstance,
}

impl GetServiceInstanceOutput {
    /// Creates a value from its required member `service_instance`; optional members start unset.
    pub fn new(service_instance: impl ::std::convert::Into<crate::types::ServiceInstance>) -> Self {
        Self { service_instance: service_instance.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for GetServiceInstanceOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("serviceInstance", &self.service_instance);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for GetServiceInstanceOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "serviceInstance" => r.set(&mut out.service_instance)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { service_instance: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for GetServiceInstanceOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.service_instance, "serviceInstance")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `GetServiceInstance` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum GetServiceInstanceError {
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

impl GetServiceInstanceError {
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

impl ::awsgen_runtime::codegen::OperationError for GetServiceInstanceError {
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

impl ::awsgen_runtime::error::ServiceError for GetServiceInstanceError {
    fn code(&self) -> ::std::option::Option<&str> {
        GetServiceInstanceError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        GetServiceInstanceError::message(self)
    }
}

impl ::std::fmt::Display for GetServiceInstanceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for GetServiceInstanceError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}

fn send_boxed(
    client: &crate::Client,
    input: GetServiceInstanceInput,
) -> ::awsgen_runtime::http::BoxFuture<
    '_,
    ::std::result::Result<
        GetServiceInstanceOutput,
        ::awsgen_runtime::Error<GetServiceInstanceError>,
    >,
> {
    ::std::boxed::Box::pin(client.get_service_instance(input))
}

/// The value of `serviceInstance.deploymentStatus` (JMESPath).
fn path_0(
    output: &crate::operation::get_service_instance::GetServiceInstanceOutput,
) -> ::std::option::Option<::awsgen_runtime::codegen::serde_json::Value> {
    {
        let _v0 = &output.service_instance.deployment_status;
        ::std::option::Option::Some(
            ::awsgen_runtime::codegen::serde_json::Value::String(_v0.as_str().to_owned()),
        )
    }
}

fn waiter_service_instance_deployed_classify(
    _input: &crate::operation::get_service_instance::GetServiceInstanceInput,
    result: &::std::result::Result<
        crate::operation::get_service_instance::GetServiceInstanceOutput,
        ::awsgen_runtime::Error<GetServiceInstanceError>,
    >,
) -> ::std::option::Option<::awsgen_runtime::codegen::State> {
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("SUCCEEDED"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("FAILED"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Failure);
        }
    }
    ::std::option::Option::None
}

pub(crate) static SERVICE_INSTANCE_DEPLOYED_WAITER: ::awsgen_runtime::codegen::WaiterSpec<
    crate::Client,
    crate::operation::get_service_instance::GetServiceInstanceInput,
    crate::operation::get_service_instance::GetServiceInstanceOutput,
    GetServiceInstanceError,
> = ::awsgen_runtime::codegen::WaiterSpec {
    call: send_boxed,
    classify: waiter_service_instance_deployed_classify,
    min_delay: ::std::time::Duration::from_secs(5u64),
    max_delay: ::std::time::Duration::from_secs(4995u64),
};
