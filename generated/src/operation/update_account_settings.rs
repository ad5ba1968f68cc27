// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateAccountSettings` operation.
//!
//! Update Proton settings that are used for multiple services in the Amazon Web Services account.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "UpdateAccountSettings";

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

/// The `UpdateAccountSettingsInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct UpdateAccountSettingsInput {
    /// Set to `true` to remove a configured pipeline repository from the account settings. Don't set this
    /// field if you are updating the configured pipeline repository.
    pub delete_pipeline_provisioning_repository: ::std::option::Option<bool>,
    /// The Amazon Resource Name (ARN) of the service role you want to use for provisioning pipelines.
    /// Proton assumes this role for CodeBuild-based provisioning.
    ///
    /// *Model:* length 0 to 2048; pattern `(^$)|(^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$)`.
    pub pipeline_codebuild_role_arn: ::std::option::Option<::std::string::String>,
    /// A linked repository for pipeline provisioning. Specify it if you have environments configured for
    /// self-managed provisioning with services that include pipelines. A linked repository is a repository
    /// that has been registered with Proton. For more information, see `CreateRepository`.
    ///
    /// To remove a previously configured repository, set `deletePipelineProvisioningRepository` to `true`,
    /// and don't set `pipelineProvisioningRepository`.
    pub pipeline_provisioning_repository: ::std::option::Option<
        crate::types::RepositoryBranchInput,
    >,
    /// The Amazon Resource Name (ARN) of the service role you want to use for provisioning pipelines.
    /// Assumed by Proton for Amazon Web Services-managed provisioning, and by customer-owned automation for
    /// self-managed provisioning.
    ///
    /// To remove a previously configured ARN, specify an empty string.
    ///
    /// *Model:* length 0 to 2048; pattern `(^$)|(^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$)`.
    pub pipeline_service_role_arn: ::std::option::Option<::std::string::String>,
}

impl UpdateAccountSettingsInput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            delete_pipeline_provisioning_repository: ::std::option::Option::None,
            pipeline_codebuild_role_arn: ::std::option::Option::None,
            pipeline_provisioning_repository: ::std::option::Option::None,
            pipeline_service_role_arn: ::std::option::Option::None,
        }
    }

    /// Sets [`delete_pipeline_provisioning_repository`](Self::delete_pipeline_provisioning_repository).
    pub fn with_delete_pipeline_provisioning_repository(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.delete_pipeline_provisioning_repository = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`pipeline_codebuild_role_arn`](Self::pipeline_codebuild_role_arn).
    pub fn with_pipeline_codebuild_role_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pipeline_codebuild_role_arn = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`pipeline_provisioning_repository`](Self::pipeline_provisioning_repository).
    pub fn with_pipeline_provisioning_repository(
        mut self,
        value: impl ::std::convert::Into<crate::types::RepositoryBranchInput>,
    ) -> Self {
        self.pipeline_provisioning_repository = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`pipeline_service_role_arn`](Self::pipeline_service_role_arn).
    pub fn with_pipeline_service_role_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pipeline_service_role_arn = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::awsgen_runtime::codegen::ToJson for UpdateAccountSettingsInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional(
            "deletePipelineProvisioningRepository",
            &self.delete_pipeline_provisioning_repository,
        );
        w.optional("pipelineCodebuildRoleArn", &self.pipeline_codebuild_role_arn);
        w.optional("pipelineProvisioningRepository", &self.pipeline_provisioning_repository);
        w.optional("pipelineServiceRoleArn", &self.pipeline_service_role_arn);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for UpdateAccountSettingsInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "deletePipelineProvisioningRepository" => out.delete_pipeline_provisioning_repository = r.member()?,
                "pipelineCodebuildRoleArn" => out.pipeline_codebuild_role_arn = r.member()?,
                "pipelineProvisioningRepository" => out.pipeline_provisioning_repository = r.member()?,
                "pipelineServiceRoleArn" => out.pipeline_service_role_arn = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        ::std::default::Default::default()
    }
}

impl ::awsgen_runtime::codegen::Validate for UpdateAccountSettingsInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(
            &self.pipeline_provisioning_repository,
            "pipelineProvisioningRepository",
        )?;
        ::std::result::Result::Ok(())
    }
}

/// The `UpdateAccountSettingsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateAccountSettingsOutput {
    /// The Proton pipeline service role and repository data shared across the Amazon Web Services account.
    pub account_settings: crate::types::AccountSettings,
}

impl UpdateAccountSettingsOutput {
    /// Creates a value from its required member `account_settings`; optional members start unset.
    pub fn new(account_settings: impl ::std::convert::Into<crate::types::AccountSettings>) -> Self {
        Self { account_settings: account_settings.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for UpdateAccountSettingsOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("accountSettings", &self.account_settings);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for UpdateAccountSettingsOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "accountSettings" => r.set(&mut out.account_settings)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { account_settings: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for UpdateAccountSettingsOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.account_settings, "accountSettings")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `UpdateAccountSettings` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum UpdateAccountSettingsError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request *couldn't* be made due to a conflicting operation or resource.
    ConflictException(crate::types::ConflictException),
    /// The request failed to register with the service.
    InternalServerException(crate::types::InternalServerException),
    /// The request was denied due to request throttling.
    ThrottlingException(crate::types::ThrottlingException),
    /// The input is invalid or an out-of-range value was supplied for the input parameter.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not declare for this operation.
    Unhandled(::awsgen_runtime::error::Unhandled),
}

impl UpdateAccountSettingsError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
            Self::ConflictException(e) => e,
            Self::InternalServerException(e) => e,
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

impl ::awsgen_runtime::codegen::OperationError for UpdateAccountSettingsError {
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

impl ::awsgen_runtime::error::ServiceError for UpdateAccountSettingsError {
    fn code(&self) -> ::std::option::Option<&str> {
        UpdateAccountSettingsError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        UpdateAccountSettingsError::message(self)
    }
}

impl ::std::fmt::Display for UpdateAccountSettingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for UpdateAccountSettingsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
