// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateServiceSyncBlocker` operation.
//!
//! Update the service sync blocker by resolving it.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "UpdateServiceSyncBlocker";

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

/// The `UpdateServiceSyncBlockerInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateServiceSyncBlockerInput {
    /// The ID of the service sync blocker.
    pub id: ::std::string::String,
    /// The reason the service sync blocker was resolved.
    pub resolved_reason: ::std::string::String,
}

/// The required members of [`UpdateServiceSyncBlockerInput`], named, for [`UpdateServiceSyncBlockerInput::new`].
#[derive(Clone)]
pub struct UpdateServiceSyncBlockerInputRequired {
    /// The ID of the service sync blocker.
    pub id: ::std::string::String,
    /// The reason the service sync blocker was resolved.
    pub resolved_reason: ::std::string::String,
}

impl UpdateServiceSyncBlockerInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: UpdateServiceSyncBlockerInputRequired) -> Self {
        Self { id: required.id, resolved_reason: required.resolved_reason }
    }
}

impl ::awsgen_runtime::codegen::ToJson for UpdateServiceSyncBlockerInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("id", &self.id);
        w.member("resolvedReason", &self.resolved_reason);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for UpdateServiceSyncBlockerInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "id" => r.set(&mut out.id)?,
                "resolvedReason" => r.set(&mut out.resolved_reason)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            id: ::awsgen_runtime::codegen::FromJson::zero_value(),
            resolved_reason: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for UpdateServiceSyncBlockerInput {}
/// The `UpdateServiceSyncBlockerOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateServiceSyncBlockerOutput {
    /// The name of the service instance that you want to update the service sync blocker for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::option::Option<::std::string::String>,
    /// The name of the service that you want to update the service sync blocker for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
    /// The detailed data on the service sync blocker that was updated.
    pub service_sync_blocker: crate::types::SyncBlocker,
}

/// The required members of [`UpdateServiceSyncBlockerOutput`], named, for [`UpdateServiceSyncBlockerOutput::new`].
#[derive(Clone)]
pub struct UpdateServiceSyncBlockerOutputRequired {
    /// The name of the service that you want to update the service sync blocker for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
    /// The detailed data on the service sync blocker that was updated.
    pub service_sync_blocker: crate::types::SyncBlocker,
}

impl UpdateServiceSyncBlockerOutput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: UpdateServiceSyncBlockerOutputRequired) -> Self {
        Self {
            service_name: required.service_name,
            service_sync_blocker: required.service_sync_blocker,
            service_instance_name: ::std::option::Option::None,
        }
    }

    /// Sets [`service_instance_name`](Self::service_instance_name).
    pub fn with_service_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_instance_name = ::std::option::Option::Some(value.into());
        self
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for UpdateServiceSyncBlockerOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("serviceInstanceName", &self.service_instance_name);
        w.member("serviceName", &self.service_name);
        w.member("serviceSyncBlocker", &self.service_sync_blocker);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for UpdateServiceSyncBlockerOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "serviceInstanceName" => out.service_instance_name = r.member()?,
                "serviceName" => r.set(&mut out.service_name)?,
                "serviceSyncBlocker" => r.set(&mut out.service_sync_blocker)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            service_instance_name: ::std::option::Option::None,
            service_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            service_sync_blocker: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for UpdateServiceSyncBlockerOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.service_instance_name {
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
        ::awsgen_runtime::codegen::nested(&self.service_sync_blocker, "serviceSyncBlocker")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `UpdateServiceSyncBlocker` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum UpdateServiceSyncBlockerError {
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

impl UpdateServiceSyncBlockerError {
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

impl ::awsgen_runtime::codegen::OperationError for UpdateServiceSyncBlockerError {
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

impl ::awsgen_runtime::error::ServiceError for UpdateServiceSyncBlockerError {
    fn code(&self) -> ::std::option::Option<&str> {
        UpdateServiceSyncBlockerError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        UpdateServiceSyncBlockerError::message(self)
    }
}

impl ::std::fmt::Display for UpdateServiceSyncBlockerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for UpdateServiceSyncBlockerError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
