// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateServicePipeline` operation.
//!
//! Update the service pipeline.
//!
//! There are four modes for updating a service pipeline. The `deploymentType` field defines the mode.
//!
//! `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
//! updated. `CURRENT_VERSION` In this mode, the service pipeline is deployed and updated with the new
//! spec that you provide. Only requested parameters are updated. *Don’t* include major or minor
//! version parameters when you use this `deployment-type`. `MINOR_VERSION` In this mode, the service
//! pipeline is deployed and updated with the published, recommended (latest) minor version of the
//! current major version in use, by default. You can specify a different minor version of the current
//! major version in use. `MAJOR_VERSION` In this mode, the service pipeline is deployed and updated
//! with the published, recommended (latest) major and minor version of the current template by default.
//! You can specify a different major version that's higher than the major version in use and a minor
//! version.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "UpdateServicePipeline";

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

/// The `UpdateServicePipelineInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct UpdateServicePipelineInput {
    /// The deployment type.
    ///
    /// There are four modes for updating a service pipeline. The `deploymentType` field defines the mode.
    ///
    /// `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
    /// updated. `CURRENT_VERSION` In this mode, the service pipeline is deployed and updated with the new
    /// spec that you provide. Only requested parameters are updated. *Don’t* include major or minor
    /// version parameters when you use this `deployment-type`. `MINOR_VERSION` In this mode, the service
    /// pipeline is deployed and updated with the published, recommended (latest) minor version of the
    /// current major version in use, by default. You can specify a different minor version of the current
    /// major version in use. `MAJOR_VERSION` In this mode, the service pipeline is deployed and updated
    /// with the published, recommended (latest) major and minor version of the current template, by
    /// default. You can specify a different major version that's higher than the major version in use and a
    /// minor version.
    pub deployment_type: crate::types::DeploymentUpdateType,
    /// The name of the service to that the pipeline is associated with.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
    /// The spec for the service pipeline to update.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
    /// The major version of the service template that was used to create the service that the pipeline is
    /// associated with.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::option::Option<::std::string::String>,
    /// The minor version of the service template that was used to create the service that the pipeline is
    /// associated with.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::option::Option<::std::string::String>,
}

/// The required members of [`UpdateServicePipelineInput`], named, for [`UpdateServicePipelineInput::new`].
#[derive(Clone)]
pub struct UpdateServicePipelineInputRequired {
    /// The deployment type.
    ///
    /// There are four modes for updating a service pipeline. The `deploymentType` field defines the mode.
    ///
    /// `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
    /// updated. `CURRENT_VERSION` In this mode, the service pipeline is deployed and updated with the new
    /// spec that you provide. Only requested parameters are updated. *Don’t* include major or minor
    /// version parameters when you use this `deployment-type`. `MINOR_VERSION` In this mode, the service
    /// pipeline is deployed and updated with the published, recommended (latest) minor version of the
    /// current major version in use, by default. You can specify a different minor version of the current
    /// major version in use. `MAJOR_VERSION` In this mode, the service pipeline is deployed and updated
    /// with the published, recommended (latest) major and minor version of the current template, by
    /// default. You can specify a different major version that's higher than the major version in use and a
    /// minor version.
    pub deployment_type: crate::types::DeploymentUpdateType,
    /// The name of the service to that the pipeline is associated with.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
    /// The spec for the service pipeline to update.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
}

impl UpdateServicePipelineInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: UpdateServicePipelineInputRequired) -> Self {
        Self {
            deployment_type: required.deployment_type,
            service_name: required.service_name,
            spec: required.spec,
            template_major_version: ::std::option::Option::None,
            template_minor_version: ::std::option::Option::None,
        }
    }

    /// Sets [`template_major_version`](Self::template_major_version).
    pub fn with_template_major_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_major_version = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`template_minor_version`](Self::template_minor_version).
    pub fn with_template_minor_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_minor_version = ::std::option::Option::Some(value.into());
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for UpdateServicePipelineInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("UpdateServicePipelineInput");
        s.field("deployment_type", &self.deployment_type);
        s.field("service_name", &self.service_name);
        s.field("spec", &::awsgen_runtime::codegen::Redacted);
        s.field("template_major_version", &self.template_major_version);
        s.field("template_minor_version", &self.template_minor_version);
        s.finish()
    }
}

impl ::awsgen_runtime::codegen::ToJson for UpdateServicePipelineInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("deploymentType", &self.deployment_type);
        w.member("serviceName", &self.service_name);
        w.member("spec", &self.spec);
        w.optional("templateMajorVersion", &self.template_major_version);
        w.optional("templateMinorVersion", &self.template_minor_version);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for UpdateServicePipelineInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "deploymentType" => r.set(&mut out.deployment_type)?,
                "serviceName" => r.set(&mut out.service_name)?,
                "spec" => r.set(&mut out.spec)?,
                "templateMajorVersion" => out.template_major_version = r.member()?,
                "templateMinorVersion" => out.template_minor_version = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            deployment_type: ::awsgen_runtime::codegen::FromJson::zero_value(),
            service_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            spec: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_major_version: ::std::option::Option::None,
            template_minor_version: ::std::option::Option::None,
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for UpdateServicePipelineInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.service_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceName",
            )?;
        }
        {
            let value = &self.spec;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "spec",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.template_major_version {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateMajorVersion",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.template_minor_version {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateMinorVersion",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `UpdateServicePipelineOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateServicePipelineOutput {
    /// The pipeline details that are returned by Proton.
    pub pipeline: crate::types::ServicePipeline,
}

impl UpdateServicePipelineOutput {
    /// Creates a value from its required member `pipeline`; optional members start unset.
    pub fn new(pipeline: impl ::std::convert::Into<crate::types::ServicePipeline>) -> Self {
        Self { pipeline: pipeline.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for UpdateServicePipelineOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("pipeline", &self.pipeline);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for UpdateServicePipelineOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "pipeline" => r.set(&mut out.pipeline)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { pipeline: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for UpdateServicePipelineOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.pipeline, "pipeline")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `UpdateServicePipeline` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum UpdateServicePipelineError {
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

impl UpdateServicePipelineError {
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

impl ::awsgen_runtime::codegen::OperationError for UpdateServicePipelineError {
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

impl ::awsgen_runtime::error::ServiceError for UpdateServicePipelineError {
    fn code(&self) -> ::std::option::Option<&str> {
        UpdateServicePipelineError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        UpdateServicePipelineError::message(self)
    }
}

impl ::std::fmt::Display for UpdateServicePipelineError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for UpdateServicePipelineError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
