// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Detailed data of an Proton environment account connection resource.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct EnvironmentAccountConnection {
    /// The Amazon Resource Name (ARN) of the environment account connection.
    pub arn: ::std::string::String,
    /// The Amazon Resource Name (ARN) of an IAM service role in the environment account. Proton uses this
    /// role to provision infrastructure resources using CodeBuild-based provisioning in the associated
    /// environment account.
    ///
    /// *Model:* length 1 to 2048; pattern `^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$`.
    pub codebuild_role_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the IAM service role that Proton uses when provisioning directly
    /// defined components in the associated environment account. It determines the scope of infrastructure
    /// that a component can provision in the account.
    ///
    /// The environment account connection must have a `componentRoleArn` to allow directly defined
    /// components to be associated with any environments running in the account.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// *Model:* length 1 to 2048; pattern `^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$`.
    pub component_role_arn: ::std::option::Option<::std::string::String>,
    /// The environment account that's connected to the environment account connection.
    ///
    /// *Model:* pattern `^\d{12}$`.
    pub environment_account_id: ::std::string::String,
    /// The name of the environment that's associated with the environment account connection.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::string::String,
    /// The ID of the environment account connection.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub id: ::std::string::String,
    /// The time when the environment account connection was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
    /// The ID of the management account that's connected to the environment account connection.
    ///
    /// *Model:* pattern `^\d{12}$`.
    pub management_account_id: ::std::string::String,
    /// The time when the environment account connection request was made.
    pub requested_at: ::awsgen_runtime::primitives::DateTime,
    /// The IAM service role that's associated with the environment account connection.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub role_arn: ::std::string::String,
    /// The status of the environment account connection.
    pub status: crate::types::EnvironmentAccountConnectionStatus,
}

/// The required members of [`EnvironmentAccountConnection`], named, for [`EnvironmentAccountConnection::new`].
#[derive(Clone)]
pub struct EnvironmentAccountConnectionRequired {
    /// The Amazon Resource Name (ARN) of the environment account connection.
    pub arn: ::std::string::String,
    /// The environment account that's connected to the environment account connection.
    ///
    /// *Model:* pattern `^\d{12}$`.
    pub environment_account_id: ::std::string::String,
    /// The name of the environment that's associated with the environment account connection.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::string::String,
    /// The ID of the environment account connection.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub id: ::std::string::String,
    /// The time when the environment account connection was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
    /// The ID of the management account that's connected to the environment account connection.
    ///
    /// *Model:* pattern `^\d{12}$`.
    pub management_account_id: ::std::string::String,
    /// The time when the environment account connection request was made.
    pub requested_at: ::awsgen_runtime::primitives::DateTime,
    /// The IAM service role that's associated with the environment account connection.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub role_arn: ::std::string::String,
    /// The status of the environment account connection.
    pub status: crate::types::EnvironmentAccountConnectionStatus,
}

impl EnvironmentAccountConnection {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: EnvironmentAccountConnectionRequired) -> Self {
        Self {
            arn: required.arn,
            environment_account_id: required.environment_account_id,
            environment_name: required.environment_name,
            id: required.id,
            last_modified_at: required.last_modified_at,
            management_account_id: required.management_account_id,
            requested_at: required.requested_at,
            role_arn: required.role_arn,
            status: required.status,
            codebuild_role_arn: ::std::option::Option::None,
            component_role_arn: ::std::option::Option::None,
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
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for EnvironmentAccountConnection {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("arn", &self.arn);
        w.optional("codebuildRoleArn", &self.codebuild_role_arn);
        w.optional("componentRoleArn", &self.component_role_arn);
        w.member("environmentAccountId", &self.environment_account_id);
        w.member("environmentName", &self.environment_name);
        w.member("id", &self.id);
        w.member("lastModifiedAt", &self.last_modified_at);
        w.member("managementAccountId", &self.management_account_id);
        w.member("requestedAt", &self.requested_at);
        w.member("roleArn", &self.role_arn);
        w.member("status", &self.status);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for EnvironmentAccountConnection {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "arn" => r.set(&mut out.arn)?,
                "codebuildRoleArn" => out.codebuild_role_arn = r.member()?,
                "componentRoleArn" => out.component_role_arn = r.member()?,
                "environmentAccountId" => r.set(&mut out.environment_account_id)?,
                "environmentName" => r.set(&mut out.environment_name)?,
                "id" => r.set(&mut out.id)?,
                "lastModifiedAt" => r.set(&mut out.last_modified_at)?,
                "managementAccountId" => r.set(&mut out.management_account_id)?,
                "requestedAt" => r.set(&mut out.requested_at)?,
                "roleArn" => r.set(&mut out.role_arn)?,
                "status" => r.set(&mut out.status)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            arn: ::awsgen_runtime::codegen::FromJson::zero_value(),
            codebuild_role_arn: ::std::option::Option::None,
            component_role_arn: ::std::option::Option::None,
            environment_account_id: ::awsgen_runtime::codegen::FromJson::zero_value(),
            environment_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            id: ::awsgen_runtime::codegen::FromJson::zero_value(),
            last_modified_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            management_account_id: ::awsgen_runtime::codegen::FromJson::zero_value(),
            requested_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            role_arn: ::awsgen_runtime::codegen::FromJson::zero_value(),
            status: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for EnvironmentAccountConnection {
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
            let value = &self.environment_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "environmentName",
            )?;
        }
        {
            let value = &self.role_arn;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "roleArn",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
