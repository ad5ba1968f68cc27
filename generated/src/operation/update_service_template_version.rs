// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateServiceTemplateVersion` operation.
//!
//! Update a major or minor version of a service template.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "UpdateServiceTemplateVersion";

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

/// The `UpdateServiceTemplateVersionInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct UpdateServiceTemplateVersionInput {
    /// An array of environment template objects that are compatible with this service template version. A
    /// service instance based on this service template version can run in environments based on compatible
    /// templates.
    ///
    /// *Model:* length 1 to 10.
    pub compatible_environment_templates: ::std::option::Option<
        ::std::vec::Vec<crate::types::CompatibleEnvironmentTemplateInput>,
    >,
    /// A description of a service template version to update.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// To update a major version of a service template, include `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// To update a minor version of a service template, include `minorVersion`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The status of the service template minor version to update.
    pub status: ::std::option::Option<crate::types::TemplateVersionStatus>,
    /// An array of supported component sources. Components with supported sources can be attached to
    /// service instances based on this service template version.
    ///
    /// **Note:** A change to `supportedComponentSources` doesn't impact existing component attachments to
    /// instances based on this template version. A change only affects later associations.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    pub supported_component_sources: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceTemplateSupportedComponentSourceType>,
    >,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

/// The required members of [`UpdateServiceTemplateVersionInput`], named, for [`UpdateServiceTemplateVersionInput::new`].
#[derive(Clone)]
pub struct UpdateServiceTemplateVersionInputRequired {
    /// To update a major version of a service template, include `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// To update a minor version of a service template, include `minorVersion`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

impl UpdateServiceTemplateVersionInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: UpdateServiceTemplateVersionInputRequired) -> Self {
        Self {
            major_version: required.major_version,
            minor_version: required.minor_version,
            template_name: required.template_name,
            compatible_environment_templates: ::std::option::Option::None,
            description: ::std::option::Option::None,
            status: ::std::option::Option::None,
            supported_component_sources: ::std::option::Option::None,
        }
    }

    /// Sets [`compatible_environment_templates`](Self::compatible_environment_templates).
    pub fn with_compatible_environment_templates(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::CompatibleEnvironmentTemplateInput>,
        >,
    ) -> Self {
        self.compatible_environment_templates = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<crate::types::TemplateVersionStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`supported_component_sources`](Self::supported_component_sources).
    pub fn with_supported_component_sources(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::ServiceTemplateSupportedComponentSourceType>,
        >,
    ) -> Self {
        self.supported_component_sources = ::std::option::Option::Some(value.into());
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for UpdateServiceTemplateVersionInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("UpdateServiceTemplateVersionInput");
        s.field("compatible_environment_templates", &self.compatible_environment_templates);
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("major_version", &self.major_version);
        s.field("minor_version", &self.minor_version);
        s.field("status", &self.status);
        s.field("supported_component_sources", &self.supported_component_sources);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}

impl ::awsgen_runtime::codegen::ToJson for UpdateServiceTemplateVersionInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("compatibleEnvironmentTemplates", &self.compatible_environment_templates);
        w.optional("description", &self.description);
        w.member("majorVersion", &self.major_version);
        w.member("minorVersion", &self.minor_version);
        w.optional("status", &self.status);
        w.optional("supportedComponentSources", &self.supported_component_sources);
        w.member("templateName", &self.template_name);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for UpdateServiceTemplateVersionInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "compatibleEnvironmentTemplates" => out.compatible_environment_templates = r.member()?,
                "description" => out.description = r.member()?,
                "majorVersion" => r.set(&mut out.major_version)?,
                "minorVersion" => r.set(&mut out.minor_version)?,
                "status" => out.status = r.member()?,
                "supportedComponentSources" => out.supported_component_sources = r.member()?,
                "templateName" => r.set(&mut out.template_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            compatible_environment_templates: ::std::option::Option::None,
            description: ::std::option::Option::None,
            major_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            minor_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            status: ::std::option::Option::None,
            supported_component_sources: ::std::option::Option::None,
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for UpdateServiceTemplateVersionInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.compatible_environment_templates {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.len(), 1u64),
                "compatibleEnvironmentTemplates",
            )?;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::Validate::validate(value),
                "compatibleEnvironmentTemplates",
            )?;
        }
        {
            let value = &self.major_version;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "majorVersion",
            )?;
        }
        {
            let value = &self.minor_version;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "minorVersion",
            )?;
        }
        ::awsgen_runtime::codegen::nested(
            &self.supported_component_sources,
            "supportedComponentSources",
        )?;
        {
            let value = &self.template_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateName",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `UpdateServiceTemplateVersionOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateServiceTemplateVersionOutput {
    /// The service template version detail data that's returned by Proton.
    pub service_template_version: crate::types::ServiceTemplateVersion,
}

impl UpdateServiceTemplateVersionOutput {
    /// Creates a value from its required member `service_template_version`; optional members start unset.
    pub fn new(
        service_template_version: impl ::std::convert::Into<crate::types::ServiceTemplateVersion>,
    ) -> Self {
        Self { service_template_version: service_template_version.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for UpdateServiceTemplateVersionOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("serviceTemplateVersion", &self.service_template_version);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for UpdateServiceTemplateVersionOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "serviceTemplateVersion" => r.set(&mut out.service_template_version)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { service_template_version: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for UpdateServiceTemplateVersionOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(
            &self.service_template_version,
            "serviceTemplateVersion",
        )?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `UpdateServiceTemplateVersion` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum UpdateServiceTemplateVersionError {
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

impl UpdateServiceTemplateVersionError {
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

impl ::awsgen_runtime::codegen::OperationError for UpdateServiceTemplateVersionError {
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

impl ::awsgen_runtime::error::ServiceError for UpdateServiceTemplateVersionError {
    fn code(&self) -> ::std::option::Option<&str> {
        UpdateServiceTemplateVersionError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        UpdateServiceTemplateVersionError::message(self)
    }
}

impl ::std::fmt::Display for UpdateServiceTemplateVersionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for UpdateServiceTemplateVersionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
