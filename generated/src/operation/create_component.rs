// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `CreateComponent` operation.
//!
//! Create an Proton component. A component is an infrastructure extension for a service instance.
//!
//! For more information about components, see
//! [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
//! *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "CreateComponent";

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

/// The `CreateComponentInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct CreateComponentInput {
    /// The client token for the created component.
    ///
    /// *Model:* length 0 to 64; pattern `^[!-~]*$`; an idempotency token: the client fills it with a fresh UUID when unset, the same on every attempt.
    pub client_token: ::std::option::Option<::std::string::String>,
    /// An optional customer-provided description of the component.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The name of the Proton environment that you want to associate this component with. You must specify
    /// this when you don't specify `serviceInstanceName` and `serviceName`.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::option::Option<::std::string::String>,
    /// A path to a manifest file that lists the Infrastructure as Code (IaC) file, template language, and
    /// rendering engine for infrastructure that a custom component provisions.
    ///
    /// *Model:* length 1 to 1024; sensitive: redacted in `Debug` output.
    pub manifest: ::std::string::String,
    /// The customer-provided name of the component.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The name of the service instance that you want to attach this component to. If you don't specify
    /// this, the component isn't attached to any service instance. Specify both `serviceInstanceName` and
    /// `serviceName` or neither of them.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::option::Option<::std::string::String>,
    /// The name of the service that `serviceInstanceName` is associated with. If you don't specify this,
    /// the component isn't attached to any service instance. Specify both `serviceInstanceName` and
    /// `serviceName` or neither of them.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::option::Option<::std::string::String>,
    /// The service spec that you want the component to use to access service inputs. Set this only when you
    /// attach the component to a service instance.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub service_spec: ::std::option::Option<::std::string::String>,
    /// An optional list of metadata items that you can associate with the Proton component. A tag is a
    /// key-value pair.
    ///
    /// For more information, see
    /// [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
    /// in the *Proton User Guide*.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    /// A path to the Infrastructure as Code (IaC) file describing infrastructure that a custom component
    /// provisions.
    ///
    /// **Note:** Components support a single IaC file, even if you use Terraform as your template language.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub template_file: ::std::string::String,
}

/// The required members of [`CreateComponentInput`], named, for [`CreateComponentInput::new`].
#[derive(Clone)]
pub struct CreateComponentInputRequired {
    /// A path to a manifest file that lists the Infrastructure as Code (IaC) file, template language, and
    /// rendering engine for infrastructure that a custom component provisions.
    ///
    /// *Model:* length 1 to 1024; sensitive: redacted in `Debug` output.
    pub manifest: ::std::string::String,
    /// The customer-provided name of the component.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// A path to the Infrastructure as Code (IaC) file describing infrastructure that a custom component
    /// provisions.
    ///
    /// **Note:** Components support a single IaC file, even if you use Terraform as your template language.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub template_file: ::std::string::String,
}

impl CreateComponentInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: CreateComponentInputRequired) -> Self {
        Self {
            manifest: required.manifest,
            name: required.name,
            template_file: required.template_file,
            client_token: ::std::option::Option::None,
            description: ::std::option::Option::None,
            environment_name: ::std::option::Option::None,
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            service_spec: ::std::option::Option::None,
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

    /// Sets [`environment_name`](Self::environment_name).
    pub fn with_environment_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.environment_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`service_instance_name`](Self::service_instance_name).
    pub fn with_service_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_instance_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`service_name`](Self::service_name).
    pub fn with_service_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`service_spec`](Self::service_spec).
    pub fn with_service_spec(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_spec = ::std::option::Option::Some(value.into());
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
impl ::std::fmt::Debug for CreateComponentInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("CreateComponentInput");
        s.field("client_token", &self.client_token);
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("environment_name", &self.environment_name);
        s.field("manifest", &::awsgen_runtime::codegen::Redacted);
        s.field("name", &self.name);
        s.field("service_instance_name", &self.service_instance_name);
        s.field("service_name", &self.service_name);
        s.field("service_spec", &::awsgen_runtime::codegen::Redacted);
        s.field("tags", &self.tags);
        s.field("template_file", &::awsgen_runtime::codegen::Redacted);
        s.finish()
    }
}

impl ::awsgen_runtime::codegen::ToJson for CreateComponentInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("clientToken", &self.client_token);
        w.optional("description", &self.description);
        w.optional("environmentName", &self.environment_name);
        w.member("manifest", &self.manifest);
        w.member("name", &self.name);
        w.optional("serviceInstanceName", &self.service_instance_name);
        w.optional("serviceName", &self.service_name);
        w.optional("serviceSpec", &self.service_spec);
        w.optional("tags", &self.tags);
        w.member("templateFile", &self.template_file);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for CreateComponentInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "clientToken" => out.client_token = r.member()?,
                "description" => out.description = r.member()?,
                "environmentName" => out.environment_name = r.member()?,
                "manifest" => r.set(&mut out.manifest)?,
                "name" => r.set(&mut out.name)?,
                "serviceInstanceName" => out.service_instance_name = r.member()?,
                "serviceName" => out.service_name = r.member()?,
                "serviceSpec" => out.service_spec = r.member()?,
                "tags" => out.tags = r.member()?,
                "templateFile" => r.set(&mut out.template_file)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            client_token: ::std::option::Option::None,
            description: ::std::option::Option::None,
            environment_name: ::std::option::Option::None,
            manifest: ::awsgen_runtime::codegen::FromJson::zero_value(),
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            service_spec: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            template_file: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for CreateComponentInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.environment_name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "environmentName",
            )?;
        }
        {
            let value = &self.manifest;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "manifest",
            )?;
        }
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.service_instance_name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceInstanceName",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.service_name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceName",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.service_spec {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceSpec",
            )?;
        }
        ::awsgen_runtime::codegen::nested(&self.tags, "tags")?;
        {
            let value = &self.template_file;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateFile",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `CreateComponentOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CreateComponentOutput {
    /// The detailed data of the created component.
    pub component: crate::types::Component,
}

impl CreateComponentOutput {
    /// Creates a value from its required member `component`; optional members start unset.
    pub fn new(component: impl ::std::convert::Into<crate::types::Component>) -> Self {
        Self { component: component.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for CreateComponentOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("component", &self.component);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for CreateComponentOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "component" => r.set(&mut out.component)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { component: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for CreateComponentOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.component, "component")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `CreateComponent` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum CreateComponentError {
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

impl CreateComponentError {
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

impl ::awsgen_runtime::codegen::OperationError for CreateComponentError {
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

impl ::awsgen_runtime::error::ServiceError for CreateComponentError {
    fn code(&self) -> ::std::option::Option<&str> {
        CreateComponentError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        CreateComponentError::message(self)
    }
}

impl ::std::fmt::Display for CreateComponentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for CreateComponentError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
