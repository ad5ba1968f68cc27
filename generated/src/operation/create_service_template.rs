// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `CreateServiceTemplate` operation.
//!
//! Create a service template. The administrator creates a service template to define standardized
//! infrastructure and an optional CI/CD service pipeline. Developers, in turn, select the service
//! template from Proton. If the selected service template includes a service pipeline definition, they
//! provide a link to their source code repository. Proton then deploys and manages the infrastructure
//! defined by the selected service template. For more information, see
//! [Proton templates](<https://docs.aws.amazon.com/proton/latest/userguide/ag-templates.html>) in the
//! *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "CreateServiceTemplate";

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

/// The `CreateServiceTemplateInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct CreateServiceTemplateInput {
    /// A description of the service template.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The name of the service template as displayed in the developer interface.
    ///
    /// *Model:* length 1 to 100; sensitive: redacted in `Debug` output.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// A customer provided encryption key that's used to encrypt data.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub encryption_key: ::std::option::Option<::std::string::String>,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// By default, Proton provides a service pipeline for your service. When this parameter is included, it
    /// indicates that an Proton service pipeline *isn't* provided for your service. After it's included, it
    /// *can't* be changed. For more information, see
    /// [Template bundles](<https://docs.aws.amazon.com/proton/latest/userguide/ag-template-authoring.html#ag-template-bundles>)
    /// in the *Proton User Guide*.
    pub pipeline_provisioning: ::std::option::Option<crate::types::Provisioning>,
    /// An optional list of metadata items that you can associate with the Proton service template. A tag is
    /// a key-value pair.
    ///
    /// For more information, see
    /// [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
    /// in the *Proton User Guide*.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
}

impl CreateServiceTemplateInput {
    /// Creates a value from its required member `name`; optional members start unset.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            description: ::std::option::Option::None,
            display_name: ::std::option::Option::None,
            encryption_key: ::std::option::Option::None,
            pipeline_provisioning: ::std::option::Option::None,
            tags: ::std::option::Option::None,
        }
    }

    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`display_name`](Self::display_name).
    pub fn with_display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`encryption_key`](Self::encryption_key).
    pub fn with_encryption_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.encryption_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`pipeline_provisioning`](Self::pipeline_provisioning).
    pub fn with_pipeline_provisioning(
        mut self,
        value: impl ::std::convert::Into<crate::types::Provisioning>,
    ) -> Self {
        self.pipeline_provisioning = ::std::option::Option::Some(value.into());
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
impl ::std::fmt::Debug for CreateServiceTemplateInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("CreateServiceTemplateInput");
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("display_name", &::awsgen_runtime::codegen::Redacted);
        s.field("encryption_key", &self.encryption_key);
        s.field("name", &self.name);
        s.field("pipeline_provisioning", &self.pipeline_provisioning);
        s.field("tags", &self.tags);
        s.finish()
    }
}

impl ::awsgen_runtime::codegen::ToJson for CreateServiceTemplateInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("description", &self.description);
        w.optional("displayName", &self.display_name);
        w.optional("encryptionKey", &self.encryption_key);
        w.member("name", &self.name);
        w.optional("pipelineProvisioning", &self.pipeline_provisioning);
        w.optional("tags", &self.tags);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for CreateServiceTemplateInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "description" => out.description = r.member()?,
                "displayName" => out.display_name = r.member()?,
                "encryptionKey" => out.encryption_key = r.member()?,
                "name" => r.set(&mut out.name)?,
                "pipelineProvisioning" => out.pipeline_provisioning = r.member()?,
                "tags" => out.tags = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            description: ::std::option::Option::None,
            display_name: ::std::option::Option::None,
            encryption_key: ::std::option::Option::None,
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            pipeline_provisioning: ::std::option::Option::None,
            tags: ::std::option::Option::None,
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for CreateServiceTemplateInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.display_name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "displayName",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.encryption_key {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "encryptionKey",
            )?;
        }
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        ::awsgen_runtime::codegen::nested(&self.tags, "tags")?;
        ::std::result::Result::Ok(())
    }
}

/// The `CreateServiceTemplateOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CreateServiceTemplateOutput {
    /// The service template detail data that's returned by Proton.
    pub service_template: crate::types::ServiceTemplate,
}

impl CreateServiceTemplateOutput {
    /// Creates a value from its required member `service_template`; optional members start unset.
    pub fn new(service_template: impl ::std::convert::Into<crate::types::ServiceTemplate>) -> Self {
        Self { service_template: service_template.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for CreateServiceTemplateOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("serviceTemplate", &self.service_template);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for CreateServiceTemplateOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "serviceTemplate" => r.set(&mut out.service_template)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { service_template: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for CreateServiceTemplateOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.service_template, "serviceTemplate")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `CreateServiceTemplate` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum CreateServiceTemplateError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request *couldn't* be made due to a conflicting operation or resource.
    ConflictException(crate::types::ConflictException),
    /// The request failed to register with the service.
    InternalServerException(crate::types::InternalServerException),
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

impl CreateServiceTemplateError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
            Self::ConflictException(e) => e,
            Self::InternalServerException(e) => e,
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

impl ::awsgen_runtime::codegen::OperationError for CreateServiceTemplateError {
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

impl ::awsgen_runtime::error::ServiceError for CreateServiceTemplateError {
    fn code(&self) -> ::std::option::Option<&str> {
        CreateServiceTemplateError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        CreateServiceTemplateError::message(self)
    }
}

impl ::std::fmt::Display for CreateServiceTemplateError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for CreateServiceTemplateError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
