// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `NotifyResourceDeploymentStatusChange` operation.
//!
//! Notify Proton of status changes to a provisioned resource when you use self-managed provisioning.
//!
//! For more information, see
//! [Self-managed provisioning](<https://docs.aws.amazon.com/proton/latest/userguide/ag-works-prov-methods.html#ag-works-prov-methods-self>)
//! in the *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "NotifyResourceDeploymentStatusChange";

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

/// The `NotifyResourceDeploymentStatusChangeInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct NotifyResourceDeploymentStatusChangeInput {
    /// The deployment ID for your provisioned resource.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub deployment_id: ::std::option::Option<::std::string::String>,
    /// The provisioned resource state change detail data that's returned by Proton.
    ///
    /// *Model:* length 0 to 50.
    pub outputs: ::std::option::Option<::std::vec::Vec<crate::types::Output>>,
    /// The provisioned resource Amazon Resource Name (ARN).
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub resource_arn: ::std::string::String,
    /// The status of your provisioned resource.
    pub status: ::std::option::Option<crate::types::ResourceDeploymentStatus>,
    /// The deployment status message for your provisioned resource.
    ///
    /// *Model:* length 0 to 5000; sensitive: redacted in `Debug` output.
    pub status_message: ::std::option::Option<::std::string::String>,
}

impl NotifyResourceDeploymentStatusChangeInput {
    /// Creates a value from its required member `resource_arn`; optional members start unset.
    pub fn new(resource_arn: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            resource_arn: resource_arn.into(),
            deployment_id: ::std::option::Option::None,
            outputs: ::std::option::Option::None,
            status: ::std::option::Option::None,
            status_message: ::std::option::Option::None,
        }
    }

    /// Sets [`deployment_id`](Self::deployment_id).
    pub fn with_deployment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`outputs`](Self::outputs).
    pub fn with_outputs(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::Output>>,
    ) -> Self {
        self.outputs = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<crate::types::ResourceDeploymentStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`status_message`](Self::status_message).
    pub fn with_status_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_message = ::std::option::Option::Some(value.into());
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for NotifyResourceDeploymentStatusChangeInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("NotifyResourceDeploymentStatusChangeInput");
        s.field("deployment_id", &self.deployment_id);
        s.field("outputs", &self.outputs);
        s.field("resource_arn", &self.resource_arn);
        s.field("status", &self.status);
        s.field("status_message", &::awsgen_runtime::codegen::Redacted);
        s.finish()
    }
}

impl ::awsgen_runtime::codegen::ToJson for NotifyResourceDeploymentStatusChangeInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("deploymentId", &self.deployment_id);
        w.optional("outputs", &self.outputs);
        w.member("resourceArn", &self.resource_arn);
        w.optional("status", &self.status);
        w.optional("statusMessage", &self.status_message);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for NotifyResourceDeploymentStatusChangeInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "deploymentId" => out.deployment_id = r.member()?,
                "outputs" => out.outputs = r.member()?,
                "resourceArn" => r.set(&mut out.resource_arn)?,
                "status" => out.status = r.member()?,
                "statusMessage" => out.status_message = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            deployment_id: ::std::option::Option::None,
            outputs: ::std::option::Option::None,
            resource_arn: ::awsgen_runtime::codegen::FromJson::zero_value(),
            status: ::std::option::Option::None,
            status_message: ::std::option::Option::None,
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for NotifyResourceDeploymentStatusChangeInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.outputs, "outputs")?;
        {
            let value = &self.resource_arn;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "resourceArn",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `NotifyResourceDeploymentStatusChangeOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct NotifyResourceDeploymentStatusChangeOutput {}
impl NotifyResourceDeploymentStatusChangeOutput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {}
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for NotifyResourceDeploymentStatusChangeOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for NotifyResourceDeploymentStatusChangeOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, _key| r.skip())?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        ::std::default::Default::default()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for NotifyResourceDeploymentStatusChangeOutput {}
/// The errors `NotifyResourceDeploymentStatusChange` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum NotifyResourceDeploymentStatusChangeError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request *couldn't* be made due to a conflicting operation or resource.
    ConflictException(crate::types::ConflictException),
    /// The request failed to register with the service.
    InternalServerException(crate::types::InternalServerException),
    /// The requested resource *wasn't* found.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A quota was exceeded. For more information, see
    /// [Proton Quotas](<https://docs.aws.amazon.com/proton/latest/userguide/ag-limits.html>) in the *Proton
    /// User Guide*.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The request was denied due to request throttling.
    ThrottlingException(crate::types::ThrottlingException),
    /// The input is invalid or an out-of-range value was supplied for the input parameter.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not declare for this operation.
    Unhandled(::awsgen_runtime::error::Unhandled),
}

impl NotifyResourceDeploymentStatusChangeError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
            Self::ConflictException(e) => e,
            Self::InternalServerException(e) => e,
            Self::ResourceNotFoundException(e) => e,
            Self::ServiceQuotaExceededException(e) => e,
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

impl ::awsgen_runtime::codegen::OperationError for NotifyResourceDeploymentStatusChangeError {
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
            "ServiceQuotaExceededException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ServiceQuotaExceededException),
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

impl ::awsgen_runtime::error::ServiceError for NotifyResourceDeploymentStatusChangeError {
    fn code(&self) -> ::std::option::Option<&str> {
        NotifyResourceDeploymentStatusChangeError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        NotifyResourceDeploymentStatusChangeError::message(self)
    }
}

impl ::std::fmt::Display for NotifyResourceDeploymentStatusChangeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for NotifyResourceDeploymentStatusChangeError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
