// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `CreateServiceTemplateVersion` operation.
//!
//! Create a new major or minor version of a service template. A major version of a service template is
//! a version that *isn't* backward compatible. A minor version of a service template is a version
//! that's backward compatible within its major version.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "CreateServiceTemplateVersion";

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

/// The `CreateServiceTemplateVersionInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct CreateServiceTemplateVersionInput {
    /// When included, if two identical requests are made with the same client token, Proton returns the
    /// service template version that the first request created.
    ///
    /// *Model:* length 0 to 64; pattern `^[!-~]*$`; an idempotency token: the client fills it with a fresh UUID when unset, the same on every attempt.
    pub client_token: ::std::option::Option<::std::string::String>,
    /// An array of environment template objects that are compatible with the new service template version.
    /// A service instance based on this service template version can run in environments based on
    /// compatible templates.
    ///
    /// *Model:* length 1 to 10.
    pub compatible_environment_templates: ::std::vec::Vec<
        crate::types::CompatibleEnvironmentTemplateInput,
    >,
    /// A description of the new version of a service template.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// To create a new minor version of the service template, include a `major Version`.
    ///
    /// To create a new major and minor version of the service template, *exclude* `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::option::Option<::std::string::String>,
    /// An object that includes the template bundle S3 bucket path and name for the new version of a service
    /// template.
    pub source: crate::types::TemplateVersionSourceInput,
    /// An array of supported component sources. Components with supported sources can be attached to
    /// service instances based on this service template version.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    pub supported_component_sources: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceTemplateSupportedComponentSourceType>,
    >,
    /// An optional list of metadata items that you can associate with the Proton service template version.
    /// A tag is a key-value pair.
    ///
    /// For more information, see
    /// [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
    /// in the *Proton User Guide*.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

/// The required members of [`CreateServiceTemplateVersionInput`], named, for [`CreateServiceTemplateVersionInput::new`].
#[derive(Clone)]
pub struct CreateServiceTemplateVersionInputRequired {
    /// An array of environment template objects that are compatible with the new service template version.
    /// A service instance based on this service template version can run in environments based on
    /// compatible templates.
    ///
    /// *Model:* length 1 to 10.
    pub compatible_environment_templates: ::std::vec::Vec<
        crate::types::CompatibleEnvironmentTemplateInput,
    >,
    /// An object that includes the template bundle S3 bucket path and name for the new version of a service
    /// template.
    pub source: crate::types::TemplateVersionSourceInput,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

impl CreateServiceTemplateVersionInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: CreateServiceTemplateVersionInputRequired) -> Self {
        Self {
            compatible_environment_templates: required.compatible_environment_templates,
            source: required.source,
            template_name: required.template_name,
            client_token: ::std::option::Option::None,
            description: ::std::option::Option::None,
            major_version: ::std::option::Option::None,
            supported_component_sources: ::std::option::Option::None,
            tags: ::std::option::Option::None,
        }
    }

    /// Sets [`client_token`](Self::client_token).
    pub fn with_client_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
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

    /// Sets [`major_version`](Self::major_version).
    pub fn with_major_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.major_version = ::std::option::Option::Some(value.into());
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

    /// Sets [`tags`](Self::tags).
    pub fn with_tags(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for CreateServiceTemplateVersionInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("CreateServiceTemplateVersionInput");
        s.field("client_token", &self.client_token);
        s.field("compatible_environment_templates", &self.compatible_environment_templates);
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("major_version", &self.major_version);
        s.field("source", &self.source);
        s.field("supported_component_sources", &self.supported_component_sources);
        s.field("tags", &self.tags);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}

impl ::awsgen_runtime::codegen::ToJson for CreateServiceTemplateVersionInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("clientToken", &self.client_token);
        w.member("compatibleEnvironmentTemplates", &self.compatible_environment_templates);
        w.optional("description", &self.description);
        w.optional("majorVersion", &self.major_version);
        w.member("source", &self.source);
        w.optional("supportedComponentSources", &self.supported_component_sources);
        w.optional("tags", &self.tags);
        w.member("templateName", &self.template_name);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for CreateServiceTemplateVersionInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "clientToken" => out.client_token = r.member()?,
                "compatibleEnvironmentTemplates" => r.set(
                    &mut out.compatible_environment_templates,
                )?,
                "description" => out.description = r.member()?,
                "majorVersion" => out.major_version = r.member()?,
                "source" => r.set(&mut out.source)?,
                "supportedComponentSources" => out.supported_component_sources = r.member()?,
                "tags" => out.tags = r.member()?,
                "templateName" => r.set(&mut out.template_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            client_token: ::std::option::Option::None,
            compatible_environment_templates: ::awsgen_runtime::codegen::FromJson::zero_value(),
            description: ::std::option::Option::None,
            major_version: ::std::option::Option::None,
            source: ::awsgen_runtime::codegen::FromJson::zero_value(),
            supported_component_sources: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for CreateServiceTemplateVersionInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.compatible_environment_templates;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.len(), 1u64),
                "compatibleEnvironmentTemplates",
            )?;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::Validate::validate(value),
                "compatibleEnvironmentTemplates",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.major_version {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "majorVersion",
            )?;
        }
        ::awsgen_runtime::codegen::nested(&self.source, "source")?;
        ::awsgen_runtime::codegen::nested(
            &self.supported_component_sources,
            "supportedComponentSources",
        )?;
        ::awsgen_runtime::codegen::nested(&self.tags, "tags")?;
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

/// The `CreateServiceTemplateVersionOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CreateServiceTemplateVersionOutput {
    /// The service template version summary of detail data that's returned by Proton.
    pub service_template_version: crate::types::ServiceTemplateVersion,
}

impl CreateServiceTemplateVersionOutput {
    /// Creates a value from its required member `service_template_version`; optional members start unset.
    pub fn new(
        service_template_version: impl ::std::convert::Into<crate::types::ServiceTemplateVersion>,
    ) -> Self {
        Self { service_template_version: service_template_version.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for CreateServiceTemplateVersionOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("serviceTemplateVersion", &self.service_template_version);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for CreateServiceTemplateVersionOutput {
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
impl ::awsgen_runtime::codegen::Validate for CreateServiceTemplateVersionOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(
            &self.service_template_version,
            "serviceTemplateVersion",
        )?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `CreateServiceTemplateVersion` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum CreateServiceTemplateVersionError {
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

impl CreateServiceTemplateVersionError {
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

impl ::awsgen_runtime::codegen::OperationError for CreateServiceTemplateVersionError {
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

impl ::awsgen_runtime::error::ServiceError for CreateServiceTemplateVersionError {
    fn code(&self) -> ::std::option::Option<&str> {
        CreateServiceTemplateVersionError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        CreateServiceTemplateVersionError::message(self)
    }
}

impl ::std::fmt::Display for CreateServiceTemplateVersionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for CreateServiceTemplateVersionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
