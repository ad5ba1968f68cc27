// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `CreateService` operation.
//!
//! Create an Proton service. An Proton service is an instantiation of a service template and often
//! includes several service instances and pipeline. For more information, see
//! [Services](<https://docs.aws.amazon.com/proton/latest/userguide/ag-services.html>) in the *Proton
//! User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "CreateService";

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

/// The `CreateServiceInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct CreateServiceInput {
    /// The name of the code repository branch that holds the code that's deployed in Proton. *Don't*
    /// include this parameter if your service template *doesn't* include a service pipeline.
    ///
    /// *Model:* length 1 to 200.
    pub branch_name: ::std::option::Option<::std::string::String>,
    /// A description of the Proton service.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The service name.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the repository connection. For more information, see
    /// [Setting up an AWS CodeStar connection](<https://docs.aws.amazon.com/proton/latest/userguide/setting-up-for-service.html#setting-up-vcontrol>)
    /// in the *Proton User Guide*. *Don't* include this parameter if your service template *doesn't*
    /// include a service pipeline.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub repository_connection_arn: ::std::option::Option<::std::string::String>,
    /// The ID of the code repository. *Don't* include this parameter if your service template *doesn't*
    /// include a service pipeline.
    ///
    /// *Model:* length 1 to 200.
    pub repository_id: ::std::option::Option<::std::string::String>,
    /// A link to a spec file that provides inputs as defined in the service template bundle schema file.
    /// The spec file is in YAML format. *Don’t* include pipeline inputs in the spec if your service
    /// template *doesn’t* include a service pipeline. For more information, see
    /// [Create a service](<https://docs.aws.amazon.com/proton/latest/userguide/ag-create-svc.html>) in the
    /// *Proton User Guide*.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
    /// An optional list of metadata items that you can associate with the Proton service. A tag is a
    /// key-value pair.
    ///
    /// For more information, see
    /// [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
    /// in the *Proton User Guide*.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    /// The major version of the service template that was used to create the service.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the service template that was used to create the service.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::option::Option<::std::string::String>,
    /// The name of the service template that's used to create the service.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

/// The required members of [`CreateServiceInput`], named, for [`CreateServiceInput::new`].
#[derive(Clone)]
pub struct CreateServiceInputRequired {
    /// The service name.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// A link to a spec file that provides inputs as defined in the service template bundle schema file.
    /// The spec file is in YAML format. *Don’t* include pipeline inputs in the spec if your service
    /// template *doesn’t* include a service pipeline. For more information, see
    /// [Create a service](<https://docs.aws.amazon.com/proton/latest/userguide/ag-create-svc.html>) in the
    /// *Proton User Guide*.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
    /// The major version of the service template that was used to create the service.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The name of the service template that's used to create the service.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

impl CreateServiceInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: CreateServiceInputRequired) -> Self {
        Self {
            name: required.name,
            spec: required.spec,
            template_major_version: required.template_major_version,
            template_name: required.template_name,
            branch_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            repository_connection_arn: ::std::option::Option::None,
            repository_id: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            template_minor_version: ::std::option::Option::None,
        }
    }

    /// Sets [`branch_name`](Self::branch_name).
    pub fn with_branch_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.branch_name = ::std::option::Option::Some(value.into());
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

    /// Sets [`repository_connection_arn`](Self::repository_connection_arn).
    pub fn with_repository_connection_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.repository_connection_arn = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`repository_id`](Self::repository_id).
    pub fn with_repository_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.repository_id = ::std::option::Option::Some(value.into());
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
impl ::std::fmt::Debug for CreateServiceInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("CreateServiceInput");
        s.field("branch_name", &self.branch_name);
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("name", &self.name);
        s.field("repository_connection_arn", &self.repository_connection_arn);
        s.field("repository_id", &self.repository_id);
        s.field("spec", &::awsgen_runtime::codegen::Redacted);
        s.field("tags", &self.tags);
        s.field("template_major_version", &self.template_major_version);
        s.field("template_minor_version", &self.template_minor_version);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}

impl ::awsgen_runtime::codegen::ToJson for CreateServiceInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("branchName", &self.branch_name);
        w.optional("description", &self.description);
        w.member("name", &self.name);
        w.optional("repositoryConnectionArn", &self.repository_connection_arn);
        w.optional("repositoryId", &self.repository_id);
        w.member("spec", &self.spec);
        w.optional("tags", &self.tags);
        w.member("templateMajorVersion", &self.template_major_version);
        w.optional("templateMinorVersion", &self.template_minor_version);
        w.member("templateName", &self.template_name);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for CreateServiceInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "branchName" => out.branch_name = r.member()?,
                "description" => out.description = r.member()?,
                "name" => r.set(&mut out.name)?,
                "repositoryConnectionArn" => out.repository_connection_arn = r.member()?,
                "repositoryId" => out.repository_id = r.member()?,
                "spec" => r.set(&mut out.spec)?,
                "tags" => out.tags = r.member()?,
                "templateMajorVersion" => r.set(&mut out.template_major_version)?,
                "templateMinorVersion" => out.template_minor_version = r.member()?,
                "templateName" => r.set(&mut out.template_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            branch_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            repository_connection_arn: ::std::option::Option::None,
            repository_id: ::std::option::Option::None,
            spec: ::awsgen_runtime::codegen::FromJson::zero_value(),
            tags: ::std::option::Option::None,
            template_major_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_minor_version: ::std::option::Option::None,
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for CreateServiceInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.branch_name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "branchName",
            )?;
        }
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.repository_connection_arn {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "repositoryConnectionArn",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.repository_id {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "repositoryId",
            )?;
        }
        {
            let value = &self.spec;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "spec",
            )?;
        }
        ::awsgen_runtime::codegen::nested(&self.tags, "tags")?;
        {
            let value = &self.template_major_version;
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

/// The `CreateServiceOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CreateServiceOutput {
    /// The service detail data that's returned by Proton.
    pub service: crate::types::Service,
}

impl CreateServiceOutput {
    /// Creates a value from its required member `service`; optional members start unset.
    pub fn new(service: impl ::std::convert::Into<crate::types::Service>) -> Self {
        Self { service: service.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for CreateServiceOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("service", &self.service);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for CreateServiceOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "service" => r.set(&mut out.service)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { service: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for CreateServiceOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.service, "service")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `CreateService` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum CreateServiceError {
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

impl CreateServiceError {
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

impl ::awsgen_runtime::codegen::OperationError for CreateServiceError {
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

impl ::awsgen_runtime::error::ServiceError for CreateServiceError {
    fn code(&self) -> ::std::option::Option<&str> {
        CreateServiceError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        CreateServiceError::message(self)
    }
}

impl ::std::fmt::Display for CreateServiceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for CreateServiceError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
