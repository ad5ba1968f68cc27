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

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "CancelServiceInstanceDeployment";

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

impl ::awsgen_runtime::codegen::ToJson for CancelServiceInstanceDeploymentInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("serviceInstanceName", &self.service_instance_name);
        w.member("serviceName", &self.service_name);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for CancelServiceInstanceDeploymentInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "serviceInstanceName" => r.set(&mut out.service_instance_name)?,
                "serviceName" => r.set(&mut out.service_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            service_instance_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            service_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for CancelServiceInstanceDeploymentInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.service_instance_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceInstanceName",
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

/// The `CancelServiceInstanceDeploymentOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CancelServiceInstanceDeploymentOutput {
    /// The service instance summary data that's returned by Proton.
    pub service_instance: crate::types::ServiceInstance,
}

impl CancelServiceInstanceDeploymentOutput {
    /// Creates a value from its required member `service_instance`; optional members start unset.
    pub fn new(service_instance: impl ::std::convert::Into<crate::types::ServiceInstance>) -> Self {
        Self { service_instance: service_instance.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for CancelServiceInstanceDeploymentOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("serviceInstance", &self.service_instance);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for CancelServiceInstanceDeploymentOutput {
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
impl ::awsgen_runtime::codegen::Validate for CancelServiceInstanceDeploymentOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.service_instance, "serviceInstance")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `CancelServiceInstanceDeployment` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
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
    Unhandled(::awsgen_runtime::error::Unhandled),
}

impl CancelServiceInstanceDeploymentError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
            Self::ConflictException(e) => e,
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

impl ::awsgen_runtime::codegen::OperationError for CancelServiceInstanceDeploymentError {
    const ERRORS: &'static ::awsgen_runtime::codegen::ErrorTable<Self> = &[
        (
            "AccessDeniedException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::AccessDeniedException),
        ),
        (
            "ConflictException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ConflictException),
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

impl ::awsgen_runtime::error::ServiceError for CancelServiceInstanceDeploymentError {
    fn code(&self) -> ::std::option::Option<&str> {
        CancelServiceInstanceDeploymentError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        CancelServiceInstanceDeploymentError::message(self)
    }
}

impl ::std::fmt::Display for CancelServiceInstanceDeploymentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for CancelServiceInstanceDeploymentError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
