// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `CreateEnvironment` operation.
//!
//! Deploy a new environment. An Proton environment is created from an environment template that defines
//! infrastructure and resources that can be shared across services.
//!
//! **You can provision environments using the following methods:**
//!
//! - Amazon Web Services-managed provisioning: Proton makes direct calls to provision your resources.
//! - Self-managed provisioning: Proton makes pull requests on your repository to provide compiled
//!   infrastructure as code (IaC) files that your IaC engine uses to provision resources.
//!
//! For more information, see
//! [Environments](<https://docs.aws.amazon.com/proton/latest/userguide/ag-environments.html>) and
//! [Provisioning methods](<https://docs.aws.amazon.com/proton/latest/userguide/ag-works-prov-methods.html>)
//! in the *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "CreateEnvironment";

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

/// The `CreateEnvironmentInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct CreateEnvironmentInput {
    /// The Amazon Resource Name (ARN) of the IAM service role that allows Proton to provision
    /// infrastructure using CodeBuild-based provisioning on your behalf.
    ///
    /// To use CodeBuild-based provisioning for the environment or for any service instance running in the
    /// environment, specify either the `environmentAccountConnectionId` or `codebuildRoleArn` parameter.
    ///
    /// *Model:* length 1 to 2048; pattern `^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$`.
    pub codebuild_role_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the IAM service role that Proton uses when provisioning directly
    /// defined components in this environment. It determines the scope of infrastructure that a component
    /// can provision.
    ///
    /// You must specify `componentRoleArn` to allow directly defined components to be associated with this
    /// environment.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// *Model:* length 1 to 2048; pattern `^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$`.
    pub component_role_arn: ::std::option::Option<::std::string::String>,
    /// A description of the environment that's being created and deployed.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The ID of the environment account connection that you provide if you're provisioning your
    /// environment infrastructure resources to an environment account. For more information, see
    /// [Environment account connections](<https://docs.aws.amazon.com/proton/latest/userguide/ag-env-account-connections.html>)
    /// in the *Proton User guide*.
    ///
    /// To use Amazon Web Services-managed provisioning for the environment, specify either the
    /// `environmentAccountConnectionId` or `protonServiceRoleArn` parameter and omit the
    /// `provisioningRepository` parameter.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub environment_account_connection_id: ::std::option::Option<::std::string::String>,
    /// The name of the environment.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the Proton service role that allows Proton to make calls to other
    /// services on your behalf.
    ///
    /// To use Amazon Web Services-managed provisioning for the environment, specify either the
    /// `environmentAccountConnectionId` or `protonServiceRoleArn` parameter and omit the
    /// `provisioningRepository` parameter.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub proton_service_role_arn: ::std::option::Option<::std::string::String>,
    /// The linked repository that you use to host your rendered infrastructure templates for self-managed
    /// provisioning. A linked repository is a repository that has been registered with Proton. For more
    /// information, see `CreateRepository`.
    ///
    /// To use self-managed provisioning for the environment, specify this parameter and omit the
    /// `environmentAccountConnectionId` and `protonServiceRoleArn` parameters.
    pub provisioning_repository: ::std::option::Option<crate::types::RepositoryBranchInput>,
    /// A YAML formatted string that provides inputs as defined in the environment template bundle schema
    /// file. For more information, see
    /// [Environments](<https://docs.aws.amazon.com/proton/latest/userguide/ag-environments.html>) in the
    /// *Proton User Guide*.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
    /// An optional list of metadata items that you can associate with the Proton environment. A tag is a
    /// key-value pair.
    ///
    /// For more information, see
    /// [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
    /// in the *Proton User Guide*.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    /// The major version of the environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::option::Option<::std::string::String>,
    /// The name of the environment template. For more information, see
    /// [Environment Templates](<https://docs.aws.amazon.com/proton/latest/userguide/ag-templates.html>) in
    /// the *Proton User Guide*.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

/// The required members of [`CreateEnvironmentInput`], named, for [`CreateEnvironmentInput::new`].
#[derive(Clone)]
pub struct CreateEnvironmentInputRequired {
    /// The name of the environment.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// A YAML formatted string that provides inputs as defined in the environment template bundle schema
    /// file. For more information, see
    /// [Environments](<https://docs.aws.amazon.com/proton/latest/userguide/ag-environments.html>) in the
    /// *Proton User Guide*.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
    /// The major version of the environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The name of the environment template. For more information, see
    /// [Environment Templates](<https://docs.aws.amazon.com/proton/latest/userguide/ag-templates.html>) in
    /// the *Proton User Guide*.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

impl CreateEnvironmentInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: CreateEnvironmentInputRequired) -> Self {
        Self {
            name: required.name,
            spec: required.spec,
            template_major_version: required.template_major_version,
            template_name: required.template_name,
            codebuild_role_arn: ::std::option::Option::None,
            component_role_arn: ::std::option::Option::None,
            description: ::std::option::Option::None,
            environment_account_connection_id: ::std::option::Option::None,
            proton_service_role_arn: ::std::option::Option::None,
            provisioning_repository: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            template_minor_version: ::std::option::Option::None,
        }
    }

    /// Sets [`codebuild_role_arn`](Self::codebuild_role_arn).
    pub fn with_codebuild_role_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.codebuild_role_arn = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`component_role_arn`](Self::component_role_arn).
    pub fn with_component_role_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.component_role_arn = ::std::option::Option::Some(value.into());
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

    /// Sets [`environment_account_connection_id`](Self::environment_account_connection_id).
    pub fn with_environment_account_connection_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.environment_account_connection_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`proton_service_role_arn`](Self::proton_service_role_arn).
    pub fn with_proton_service_role_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.proton_service_role_arn = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`provisioning_repository`](Self::provisioning_repository).
    pub fn with_provisioning_repository(
        mut self,
        value: impl ::std::convert::Into<crate::types::RepositoryBranchInput>,
    ) -> Self {
        self.provisioning_repository = ::std::option::Option::Some(value.into());
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
impl ::std::fmt::Debug for CreateEnvironmentInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("CreateEnvironmentInput");
        s.field("codebuild_role_arn", &self.codebuild_role_arn);
        s.field("component_role_arn", &self.component_role_arn);
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("environment_account_connection_id", &self.environment_account_connection_id);
        s.field("name", &self.name);
        s.field("proton_service_role_arn", &self.proton_service_role_arn);
        s.field("provisioning_repository", &self.provisioning_repository);
        s.field("spec", &::awsgen_runtime::codegen::Redacted);
        s.field("tags", &self.tags);
        s.field("template_major_version", &self.template_major_version);
        s.field("template_minor_version", &self.template_minor_version);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}

impl ::awsgen_runtime::codegen::ToJson for CreateEnvironmentInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("codebuildRoleArn", &self.codebuild_role_arn);
        w.optional("componentRoleArn", &self.component_role_arn);
        w.optional("description", &self.description);
        w.optional("environmentAccountConnectionId", &self.environment_account_connection_id);
        w.member("name", &self.name);
        w.optional("protonServiceRoleArn", &self.proton_service_role_arn);
        w.optional("provisioningRepository", &self.provisioning_repository);
        w.member("spec", &self.spec);
        w.optional("tags", &self.tags);
        w.member("templateMajorVersion", &self.template_major_version);
        w.optional("templateMinorVersion", &self.template_minor_version);
        w.member("templateName", &self.template_name);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for CreateEnvironmentInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "codebuildRoleArn" => out.codebuild_role_arn = r.member()?,
                "componentRoleArn" => out.component_role_arn = r.member()?,
                "description" => out.description = r.member()?,
                "environmentAccountConnectionId" => out.environment_account_connection_id = r.member()?,
                "name" => r.set(&mut out.name)?,
                "protonServiceRoleArn" => out.proton_service_role_arn = r.member()?,
                "provisioningRepository" => out.provisioning_repository = r.member()?,
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
            codebuild_role_arn: ::std::option::Option::None,
            component_role_arn: ::std::option::Option::None,
            description: ::std::option::Option::None,
            environment_account_connection_id: ::std::option::Option::None,
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            proton_service_role_arn: ::std::option::Option::None,
            provisioning_repository: ::std::option::Option::None,
            spec: ::awsgen_runtime::codegen::FromJson::zero_value(),
            tags: ::std::option::Option::None,
            template_major_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_minor_version: ::std::option::Option::None,
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for CreateEnvironmentInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.codebuild_role_arn {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "codebuildRoleArn",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.component_role_arn {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "componentRoleArn",
            )?;
        }
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.proton_service_role_arn {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "protonServiceRoleArn",
            )?;
        }
        ::awsgen_runtime::codegen::nested(
            &self.provisioning_repository,
            "provisioningRepository",
        )?;
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

/// The `CreateEnvironmentOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CreateEnvironmentOutput {
    /// The environment detail data that's returned by Proton.
    pub environment: crate::types::Environment,
}

impl CreateEnvironmentOutput {
    /// Creates a value from its required member `environment`; optional members start unset.
    pub fn new(environment: impl ::std::convert::Into<crate::types::Environment>) -> Self {
        Self { environment: environment.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for CreateEnvironmentOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("environment", &self.environment);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for CreateEnvironmentOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "environment" => r.set(&mut out.environment)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { environment: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for CreateEnvironmentOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.environment, "environment")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `CreateEnvironment` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum CreateEnvironmentError {
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

impl CreateEnvironmentError {
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

impl ::awsgen_runtime::codegen::OperationError for CreateEnvironmentError {
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

impl ::awsgen_runtime::error::ServiceError for CreateEnvironmentError {
    fn code(&self) -> ::std::option::Option<&str> {
        CreateEnvironmentError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        CreateEnvironmentError::message(self)
    }
}

impl ::std::fmt::Display for CreateEnvironmentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for CreateEnvironmentError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
