// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateEnvironment` operation.
//!
//! Update an environment.
//!
//! If the environment is associated with an environment account connection, *don't* update or include
//! the `protonServiceRoleArn` and `provisioningRepository` parameter to update or connect to an
//! environment account connection.
//!
//! You can only update to a new environment account connection if that connection was created in the
//! same environment account that the current environment account connection was created in. The account
//! connection must also be associated with the current environment.
//!
//! If the environment *isn't* associated with an environment account connection, *don't* update or
//! include the `environmentAccountConnectionId` parameter. You *can't* update or connect the
//! environment to an environment account connection if it *isn't* already associated with an
//! environment connection.
//!
//! You can update either the `environmentAccountConnectionId` or `protonServiceRoleArn` parameter and
//! value. You can’t update both.
//!
//! If the environment was configured for Amazon Web Services-managed provisioning, omit the
//! `provisioningRepository` parameter.
//!
//! If the environment was configured for self-managed provisioning, specify the
//! `provisioningRepository` parameter and omit the `protonServiceRoleArn` and
//! `environmentAccountConnectionId` parameters.
//!
//! For more information, see
//! [Environments](<https://docs.aws.amazon.com/proton/latest/userguide/ag-environments.html>) and
//! [Provisioning methods](<https://docs.aws.amazon.com/proton/latest/userguide/ag-works-prov-methods.html>)
//! in the *Proton User Guide*.
//!
//! There are four modes for updating an environment. The `deploymentType` field defines the mode.
//!
//! `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
//! updated. `CURRENT_VERSION` In this mode, the environment is deployed and updated with the new spec
//! that you provide. Only requested parameters are updated. *Don’t* include minor or major version
//! parameters when you use this `deployment-type`. `MINOR_VERSION` In this mode, the environment is
//! deployed and updated with the published, recommended (latest) minor version of the current major
//! version in use, by default. You can also specify a different minor version of the current major
//! version in use. `MAJOR_VERSION` In this mode, the environment is deployed and updated with the
//! published, recommended (latest) major and minor version of the current template, by default. You can
//! also specify a different major version that's higher than the major version in use and a minor
//! version.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "UpdateEnvironment";

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

/// The `UpdateEnvironmentInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct UpdateEnvironmentInput {
    /// The Amazon Resource Name (ARN) of the IAM service role that allows Proton to provision
    /// infrastructure using CodeBuild-based provisioning on your behalf.
    ///
    /// *Model:* length 1 to 2048; pattern `^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$`.
    pub codebuild_role_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the IAM service role that Proton uses when provisioning directly
    /// defined components in this environment. It determines the scope of infrastructure that a component
    /// can provision.
    ///
    /// The environment must have a `componentRoleArn` to allow directly defined components to be associated
    /// with the environment.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// *Model:* length 1 to 2048; pattern `^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$`.
    pub component_role_arn: ::std::option::Option<::std::string::String>,
    /// There are four modes for updating an environment. The `deploymentType` field defines the mode.
    ///
    /// `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
    /// updated. `CURRENT_VERSION` In this mode, the environment is deployed and updated with the new spec
    /// that you provide. Only requested parameters are updated. *Don’t* include major or minor version
    /// parameters when you use this `deployment-type`. `MINOR_VERSION` In this mode, the environment is
    /// deployed and updated with the published, recommended (latest) minor version of the current major
    /// version in use, by default. You can also specify a different minor version of the current major
    /// version in use. `MAJOR_VERSION` In this mode, the environment is deployed and updated with the
    /// published, recommended (latest) major and minor version of the current template, by default. You can
    /// also specify a different major version that is higher than the major version in use and a minor
    /// version (optional).
    pub deployment_type: crate::types::DeploymentUpdateType,
    /// A description of the environment update.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The ID of the environment account connection.
    ///
    /// You can only update to a new environment account connection if it was created in the same
    /// environment account that the current environment account connection was created in and is associated
    /// with the current environment.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub environment_account_connection_id: ::std::option::Option<::std::string::String>,
    /// The name of the environment to update.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the Proton service role that allows Proton to make API calls to
    /// other services your behalf.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub proton_service_role_arn: ::std::option::Option<::std::string::String>,
    /// The linked repository that you use to host your rendered infrastructure templates for self-managed
    /// provisioning. A linked repository is a repository that has been registered with Proton. For more
    /// information, see `CreateRepository`.
    pub provisioning_repository: ::std::option::Option<crate::types::RepositoryBranchInput>,
    /// The formatted specification that defines the update.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::option::Option<::std::string::String>,
    /// The major version of the environment to update.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::option::Option<::std::string::String>,
    /// The minor version of the environment to update.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::option::Option<::std::string::String>,
}

/// The required members of [`UpdateEnvironmentInput`], named, for [`UpdateEnvironmentInput::new`].
#[derive(Clone)]
pub struct UpdateEnvironmentInputRequired {
    /// There are four modes for updating an environment. The `deploymentType` field defines the mode.
    ///
    /// `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
    /// updated. `CURRENT_VERSION` In this mode, the environment is deployed and updated with the new spec
    /// that you provide. Only requested parameters are updated. *Don’t* include major or minor version
    /// parameters when you use this `deployment-type`. `MINOR_VERSION` In this mode, the environment is
    /// deployed and updated with the published, recommended (latest) minor version of the current major
    /// version in use, by default. You can also specify a different minor version of the current major
    /// version in use. `MAJOR_VERSION` In this mode, the environment is deployed and updated with the
    /// published, recommended (latest) major and minor version of the current template, by default. You can
    /// also specify a different major version that is higher than the major version in use and a minor
    /// version (optional).
    pub deployment_type: crate::types::DeploymentUpdateType,
    /// The name of the environment to update.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
}

impl UpdateEnvironmentInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: UpdateEnvironmentInputRequired) -> Self {
        Self {
            deployment_type: required.deployment_type,
            name: required.name,
            codebuild_role_arn: ::std::option::Option::None,
            component_role_arn: ::std::option::Option::None,
            description: ::std::option::Option::None,
            environment_account_connection_id: ::std::option::Option::None,
            proton_service_role_arn: ::std::option::Option::None,
            provisioning_repository: ::std::option::Option::None,
            spec: ::std::option::Option::None,
            template_major_version: ::std::option::Option::None,
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

    /// Sets [`spec`](Self::spec).
    pub fn with_spec(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.spec = ::std::option::Option::Some(value.into());
        self
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
impl ::std::fmt::Debug for UpdateEnvironmentInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("UpdateEnvironmentInput");
        s.field("codebuild_role_arn", &self.codebuild_role_arn);
        s.field("component_role_arn", &self.component_role_arn);
        s.field("deployment_type", &self.deployment_type);
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("environment_account_connection_id", &self.environment_account_connection_id);
        s.field("name", &self.name);
        s.field("proton_service_role_arn", &self.proton_service_role_arn);
        s.field("provisioning_repository", &self.provisioning_repository);
        s.field("spec", &::awsgen_runtime::codegen::Redacted);
        s.field("template_major_version", &self.template_major_version);
        s.field("template_minor_version", &self.template_minor_version);
        s.finish()
    }
}

impl ::awsgen_runtime::codegen::ToJson for UpdateEnvironmentInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("codebuildRoleArn", &self.codebuild_role_arn);
        w.optional("componentRoleArn", &self.component_role_arn);
        w.member("deploymentType", &self.deployment_type);
        w.optional("description", &self.description);
        w.optional("environmentAccountConnectionId", &self.environment_account_connection_id);
        w.member("name", &self.name);
        w.optional("protonServiceRoleArn", &self.proton_service_role_arn);
        w.optional("provisioningRepository", &self.provisioning_repository);
        w.optional("spec", &self.spec);
        w.optional("templateMajorVersion", &self.template_major_version);
        w.optional("templateMinorVersion", &self.template_minor_version);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for UpdateEnvironmentInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "codebuildRoleArn" => out.codebuild_role_arn = r.member()?,
                "componentRoleArn" => out.component_role_arn = r.member()?,
                "deploymentType" => r.set(&mut out.deployment_type)?,
                "description" => out.description = r.member()?,
                "environmentAccountConnectionId" => out.environment_account_connection_id = r.member()?,
                "name" => r.set(&mut out.name)?,
                "protonServiceRoleArn" => out.proton_service_role_arn = r.member()?,
                "provisioningRepository" => out.provisioning_repository = r.member()?,
                "spec" => out.spec = r.member()?,
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
            codebuild_role_arn: ::std::option::Option::None,
            component_role_arn: ::std::option::Option::None,
            deployment_type: ::awsgen_runtime::codegen::FromJson::zero_value(),
            description: ::std::option::Option::None,
            environment_account_connection_id: ::std::option::Option::None,
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            proton_service_role_arn: ::std::option::Option::None,
            provisioning_repository: ::std::option::Option::None,
            spec: ::std::option::Option::None,
            template_major_version: ::std::option::Option::None,
            template_minor_version: ::std::option::Option::None,
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for UpdateEnvironmentInput {
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
        if let ::std::option::Option::Some(value) = &self.spec {
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

/// The `UpdateEnvironmentOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateEnvironmentOutput {
    /// The environment detail data that's returned by Proton.
    pub environment: crate::types::Environment,
}

impl UpdateEnvironmentOutput {
    /// Creates a value from its required member `environment`; optional members start unset.
    pub fn new(environment: impl ::std::convert::Into<crate::types::Environment>) -> Self {
        Self { environment: environment.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for UpdateEnvironmentOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("environment", &self.environment);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for UpdateEnvironmentOutput {
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
impl ::awsgen_runtime::codegen::Validate for UpdateEnvironmentOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.environment, "environment")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `UpdateEnvironment` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum UpdateEnvironmentError {
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

impl UpdateEnvironmentError {
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

impl ::awsgen_runtime::codegen::OperationError for UpdateEnvironmentError {
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

impl ::awsgen_runtime::error::ServiceError for UpdateEnvironmentError {
    fn code(&self) -> ::std::option::Option<&str> {
        UpdateEnvironmentError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        UpdateEnvironmentError::message(self)
    }
}

impl ::std::fmt::Display for UpdateEnvironmentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for UpdateEnvironmentError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
