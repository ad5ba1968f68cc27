// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `CreateEnvironmentTemplate` operation.
//!
//! Create an environment template for Proton. For more information, see
//! [Environment Templates](<https://docs.aws.amazon.com/proton/latest/userguide/ag-templates.html>) in
//! the *Proton User Guide*.
//!
//! You can create an environment template in one of the two following ways:
//!
//! - Register and publish a *standard* environment template that instructs Proton to deploy and manage
//!   environment infrastructure.
//! - Register and publish a *customer managed* environment template that connects Proton to your
//!   existing provisioned infrastructure that you manage. Proton *doesn't* manage your existing
//!   provisioned infrastructure. To create an environment template for customer provisioned and managed
//!   infrastructure, include the `provisioning` parameter and set the value to `CUSTOMER_MANAGED`. For
//!   more information, see
//!   [Register and publish an environment template](<https://docs.aws.amazon.com/proton/latest/userguide/template-create.html>)
//!   in the *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "CreateEnvironmentTemplate";

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

/// The `CreateEnvironmentTemplateInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct CreateEnvironmentTemplateInput {
    /// A description of the environment template.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The environment template name as displayed in the developer interface.
    ///
    /// *Model:* length 1 to 100; sensitive: redacted in `Debug` output.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// A customer provided encryption key that Proton uses to encrypt data.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub encryption_key: ::std::option::Option<::std::string::String>,
    /// The name of the environment template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// When included, indicates that the environment template is for customer provisioned and managed
    /// infrastructure.
    pub provisioning: ::std::option::Option<crate::types::Provisioning>,
    /// An optional list of metadata items that you can associate with the Proton environment template. A
    /// tag is a key-value pair.
    ///
    /// For more information, see
    /// [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
    /// in the *Proton User Guide*.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
}

impl CreateEnvironmentTemplateInput {
    /// Creates a value from its required member `name`; optional members start unset.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            description: ::std::option::Option::None,
            display_name: ::std::option::Option::None,
            encryption_key: ::std::option::Option::None,
            provisioning: ::std::option::Option::None,
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

    /// Sets [`provisioning`](Self::provisioning).
    pub fn with_provisioning(
        mut self,
        value: impl ::std::convert::Into<crate::types::Provisioning>,
    ) -> Self {
        self.provisioning = ::std::option::Option::Some(value.into());
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
impl ::std::fmt::Debug for CreateEnvironmentTemplateInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("CreateEnvironmentTemplateInput");
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("display_name", &::awsgen_runtime::codegen::Redacted);
        s.field("encryption_key", &self.encryption_key);
        s.field("name", &self.name);
        s.field("provisioning", &self.provisioning);
        s.field("tags", &self.tags);
        s.finish()
    }
}

impl ::awsgen_runtime::codegen::ToJson for CreateEnvironmentTemplateInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("description", &self.description);
        w.optional("displayName", &self.display_name);
        w.optional("encryptionKey", &self.encryption_key);
        w.member("name", &self.name);
        w.optional("provisioning", &self.provisioning);
        w.optional("tags", &self.tags);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for CreateEnvironmentTemplateInput {
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
                "provisioning" => out.provisioning = r.member()?,
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
            provisioning: ::std::option::Option::None,
            tags: ::std::option::Option::None,
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for CreateEnvironmentTemplateInput {
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

/// The `CreateEnvironmentTemplateOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CreateEnvironmentTemplateOutput {
    /// The environment template detail data that's returned by Proton.
    pub environment_template: crate::types::EnvironmentTemplate,
}

impl CreateEnvironmentTemplateOutput {
    /// Creates a value from its required member `environment_template`; optional members start unset.
    pub fn new(
        environment_template: impl ::std::convert::Into<crate::types::EnvironmentTemplate>,
    ) -> Self {
        Self { environment_template: environment_template.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for CreateEnvironmentTemplateOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("environmentTemplate", &self.environment_template);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for CreateEnvironmentTemplateOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "environmentTemplate" => r.set(&mut out.environment_template)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { environment_template: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for CreateEnvironmentTemplateOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.environment_template, "environmentTemplate")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `CreateEnvironmentTemplate` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum CreateEnvironmentTemplateError {
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

impl CreateEnvironmentTemplateError {
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

impl ::awsgen_runtime::codegen::OperationError for CreateEnvironmentTemplateError {
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

impl ::awsgen_runtime::error::ServiceError for CreateEnvironmentTemplateError {
    fn code(&self) -> ::std::option::Option<&str> {
        CreateEnvironmentTemplateError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        CreateEnvironmentTemplateError::message(self)
    }
}

impl ::std::fmt::Display for CreateEnvironmentTemplateError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for CreateEnvironmentTemplateError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
