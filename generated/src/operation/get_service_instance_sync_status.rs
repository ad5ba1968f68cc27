// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetServiceInstanceSyncStatus` operation.
//!
//! Get the status of the synced service instance.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "GetServiceInstanceSyncStatus";

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

impl ::awsgen_runtime::codegen::ToJson for GetServiceInstanceSyncStatusInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("serviceInstanceName", &self.service_instance_name);
        w.member("serviceName", &self.service_name);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for GetServiceInstanceSyncStatusInput {
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

impl ::awsgen_runtime::codegen::Validate for GetServiceInstanceSyncStatusInput {
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

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for GetServiceInstanceSyncStatusOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("desiredState", &self.desired_state);
        w.optional("latestSuccessfulSync", &self.latest_successful_sync);
        w.optional("latestSync", &self.latest_sync);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for GetServiceInstanceSyncStatusOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "desiredState" => out.desired_state = r.member()?,
                "latestSuccessfulSync" => out.latest_successful_sync = r.member()?,
                "latestSync" => out.latest_sync = r.member()?,
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
impl ::awsgen_runtime::codegen::Validate for GetServiceInstanceSyncStatusOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.desired_state, "desiredState")?;
        ::awsgen_runtime::codegen::nested(&self.latest_successful_sync, "latestSuccessfulSync")?;
        ::awsgen_runtime::codegen::nested(&self.latest_sync, "latestSync")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `GetServiceInstanceSyncStatus` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
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
    Unhandled(::awsgen_runtime::error::Unhandled),
}

impl GetServiceInstanceSyncStatusError {
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

impl ::awsgen_runtime::codegen::OperationError for GetServiceInstanceSyncStatusError {
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

impl ::awsgen_runtime::error::ServiceError for GetServiceInstanceSyncStatusError {
    fn code(&self) -> ::std::option::Option<&str> {
        GetServiceInstanceSyncStatusError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        GetServiceInstanceSyncStatusError::message(self)
    }
}

impl ::std::fmt::Display for GetServiceInstanceSyncStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for GetServiceInstanceSyncStatusError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
