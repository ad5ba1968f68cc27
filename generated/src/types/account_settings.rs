// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Proton settings that are used for multiple services in the Amazon Web Services account.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct AccountSettings {
    /// The Amazon Resource Name (ARN) of the service role that Proton uses for provisioning pipelines.
    /// Proton assumes this role for CodeBuild-based provisioning.
    ///
    /// *Model:* length 0 to 2048; pattern `(^$)|(^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$)`.
    pub pipeline_codebuild_role_arn: ::std::option::Option<::std::string::String>,
    /// The linked repository for pipeline provisioning. Required if you have environments configured for
    /// self-managed provisioning with services that include pipelines. A linked repository is a repository
    /// that has been registered with Proton. For more information, see `CreateRepository`.
    pub pipeline_provisioning_repository: ::std::option::Option<crate::types::RepositoryBranch>,
    /// The Amazon Resource Name (ARN) of the service role you want to use for provisioning pipelines.
    /// Assumed by Proton for Amazon Web Services-managed provisioning, and by customer-owned automation for
    /// self-managed provisioning.
    ///
    /// *Model:* length 0 to 2048; pattern `(^$)|(^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$)`.
    pub pipeline_service_role_arn: ::std::option::Option<::std::string::String>,
}

impl AccountSettings {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            pipeline_codebuild_role_arn: ::std::option::Option::None,
            pipeline_provisioning_repository: ::std::option::Option::None,
            pipeline_service_role_arn: ::std::option::Option::None,
        }
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
        value: impl ::std::convert::Into<crate::types::RepositoryBranch>,
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

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for AccountSettings {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("pipelineCodebuildRoleArn", &self.pipeline_codebuild_role_arn);
        w.optional("pipelineProvisioningRepository", &self.pipeline_provisioning_repository);
        w.optional("pipelineServiceRoleArn", &self.pipeline_service_role_arn);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for AccountSettings {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
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

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for AccountSettings {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(
            &self.pipeline_provisioning_repository,
            "pipelineProvisioningRepository",
        )?;
        ::std::result::Result::Ok(())
    }
}
