// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Summary data of an Proton environment resource. An Proton environment is a set of resources shared
/// across Proton services.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct EnvironmentSummary {
    /// The Amazon Resource Name (ARN) of the environment.
    pub arn: ::std::string::String,
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
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub component_role_arn: ::std::option::Option<::std::string::String>,
    /// The time when the environment was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The environment deployment status.
    pub deployment_status: crate::types::DeploymentStatus,
    /// An environment deployment status message.
    ///
    /// *Model:* sensitive: redacted in `Debug` output.
    pub deployment_status_message: ::std::option::Option<::std::string::String>,
    /// The description of the environment.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The ID of the environment account connection that the environment is associated with.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub environment_account_connection_id: ::std::option::Option<::std::string::String>,
    /// The ID of the environment account that the environment infrastructure resources are provisioned in.
    ///
    /// *Model:* pattern `^\d{12}$`.
    pub environment_account_id: ::std::option::Option<::std::string::String>,
    /// The ID of the last attempted deployment of this environment.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub last_attempted_deployment_id: ::std::option::Option<::std::string::String>,
    /// The time when a deployment of the environment was last attempted.
    pub last_deployment_attempted_at: ::awsgen_runtime::primitives::DateTime,
    /// The time when the environment was last deployed successfully.
    pub last_deployment_succeeded_at: ::awsgen_runtime::primitives::DateTime,
    /// The ID of the last successful deployment of this environment.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub last_succeeded_deployment_id: ::std::option::Option<::std::string::String>,
    /// The name of the environment.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the Proton service role that allows Proton to make calls to other
    /// services on your behalf.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub proton_service_role_arn: ::std::option::Option<::std::string::String>,
    /// When included, indicates that the environment template is for customer provisioned and managed
    /// infrastructure.
    pub provisioning: ::std::option::Option<crate::types::Provisioning>,
    /// The major version of the environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::string::String,
    /// The name of the environment template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

/// The required members of [`EnvironmentSummary`], named, for [`EnvironmentSummary::new`].
#[derive(Clone)]
pub struct EnvironmentSummaryRequired {
    /// The Amazon Resource Name (ARN) of the environment.
    pub arn: ::std::string::String,
    /// The time when the environment was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The environment deployment status.
    pub deployment_status: crate::types::DeploymentStatus,
    /// The time when a deployment of the environment was last attempted.
    pub last_deployment_attempted_at: ::awsgen_runtime::primitives::DateTime,
    /// The time when the environment was last deployed successfully.
    pub last_deployment_succeeded_at: ::awsgen_runtime::primitives::DateTime,
    /// The name of the environment.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The major version of the environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::string::String,
    /// The name of the environment template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

impl EnvironmentSummary {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: EnvironmentSummaryRequired) -> Self {
        Self {
            arn: required.arn,
            created_at: required.created_at,
            deployment_status: required.deployment_status,
            last_deployment_attempted_at: required.last_deployment_attempted_at,
            last_deployment_succeeded_at: required.last_deployment_succeeded_at,
            name: required.name,
            template_major_version: required.template_major_version,
            template_minor_version: required.template_minor_version,
            template_name: required.template_name,
            component_role_arn: ::std::option::Option::None,
            deployment_status_message: ::std::option::Option::None,
            description: ::std::option::Option::None,
            environment_account_connection_id: ::std::option::Option::None,
            environment_account_id: ::std::option::Option::None,
            last_attempted_deployment_id: ::std::option::Option::None,
            last_succeeded_deployment_id: ::std::option::Option::None,
            proton_service_role_arn: ::std::option::Option::None,
            provisioning: ::std::option::Option::None,
        }
    }

    /// Sets [`component_role_arn`](Self::component_role_arn).
    pub fn with_component_role_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.component_role_arn = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`deployment_status_message`](Self::deployment_status_message).
    pub fn with_deployment_status_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_status_message = ::std::option::Option::Some(value.into());
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

    /// Sets [`environment_account_id`](Self::environment_account_id).
    pub fn with_environment_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.environment_account_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`last_attempted_deployment_id`](Self::last_attempted_deployment_id).
    pub fn with_last_attempted_deployment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_attempted_deployment_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`last_succeeded_deployment_id`](Self::last_succeeded_deployment_id).
    pub fn with_last_succeeded_deployment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_succeeded_deployment_id = ::std::option::Option::Some(value.into());
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

    /// Sets [`provisioning`](Self::provisioning).
    pub fn with_provisioning(
        mut self,
        value: impl ::std::convert::Into<crate::types::Provisioning>,
    ) -> Self {
        self.provisioning = ::std::option::Option::Some(value.into());
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for EnvironmentSummary {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("EnvironmentSummary");
        s.field("arn", &self.arn);
        s.field("component_role_arn", &self.component_role_arn);
        s.field("created_at", &self.created_at);
        s.field("deployment_status", &self.deployment_status);
        s.field("deployment_status_message", &::awsgen_runtime::codegen::Redacted);
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("environment_account_connection_id", &self.environment_account_connection_id);
        s.field("environment_account_id", &self.environment_account_id);
        s.field("last_attempted_deployment_id", &self.last_attempted_deployment_id);
        s.field("last_deployment_attempted_at", &self.last_deployment_attempted_at);
        s.field("last_deployment_succeeded_at", &self.last_deployment_succeeded_at);
        s.field("last_succeeded_deployment_id", &self.last_succeeded_deployment_id);
        s.field("name", &self.name);
        s.field("proton_service_role_arn", &self.proton_service_role_arn);
        s.field("provisioning", &self.provisioning);
        s.field("template_major_version", &self.template_major_version);
        s.field("template_minor_version", &self.template_minor_version);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for EnvironmentSummary {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("arn", &self.arn);
        w.optional("componentRoleArn", &self.component_role_arn);
        w.member("createdAt", &self.created_at);
        w.member("deploymentStatus", &self.deployment_status);
        w.optional("deploymentStatusMessage", &self.deployment_status_message);
        w.optional("description", &self.description);
        w.optional("environmentAccountConnectionId", &self.environment_account_connection_id);
        w.optional("environmentAccountId", &self.environment_account_id);
        w.optional("lastAttemptedDeploymentId", &self.last_attempted_deployment_id);
        w.member("lastDeploymentAttemptedAt", &self.last_deployment_attempted_at);
        w.member("lastDeploymentSucceededAt", &self.last_deployment_succeeded_at);
        w.optional("lastSucceededDeploymentId", &self.last_succeeded_deployment_id);
        w.member("name", &self.name);
        w.optional("protonServiceRoleArn", &self.proton_service_role_arn);
        w.optional("provisioning", &self.provisioning);
        w.member("templateMajorVersion", &self.template_major_version);
        w.member("templateMinorVersion", &self.template_minor_version);
        w.member("templateName", &self.template_name);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for EnvironmentSummary {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "arn" => r.set(&mut out.arn)?,
                "componentRoleArn" => out.component_role_arn = r.member()?,
                "createdAt" => r.set(&mut out.created_at)?,
                "deploymentStatus" => r.set(&mut out.deployment_status)?,
                "deploymentStatusMessage" => out.deployment_status_message = r.member()?,
                "description" => out.description = r.member()?,
                "environmentAccountConnectionId" => out.environment_account_connection_id = r.member()?,
                "environmentAccountId" => out.environment_account_id = r.member()?,
                "lastAttemptedDeploymentId" => out.last_attempted_deployment_id = r.member()?,
                "lastDeploymentAttemptedAt" => r.set(&mut out.last_deployment_attempted_at)?,
                "lastDeploymentSucceededAt" => r.set(&mut out.last_deployment_succeeded_at)?,
                "lastSucceededDeploymentId" => out.last_succeeded_deployment_id = r.member()?,
                "name" => r.set(&mut out.name)?,
                "protonServiceRoleArn" => out.proton_service_role_arn = r.member()?,
                "provisioning" => out.provisioning = r.member()?,
                "templateMajorVersion" => r.set(&mut out.template_major_version)?,
                "templateMinorVersion" => r.set(&mut out.template_minor_version)?,
                "templateName" => r.set(&mut out.template_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            arn: ::awsgen_runtime::codegen::FromJson::zero_value(),
            component_role_arn: ::std::option::Option::None,
            created_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            deployment_status: ::awsgen_runtime::codegen::FromJson::zero_value(),
            deployment_status_message: ::std::option::Option::None,
            description: ::std::option::Option::None,
            environment_account_connection_id: ::std::option::Option::None,
            environment_account_id: ::std::option::Option::None,
            last_attempted_deployment_id: ::std::option::Option::None,
            last_deployment_attempted_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            last_deployment_succeeded_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            last_succeeded_deployment_id: ::std::option::Option::None,
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            proton_service_role_arn: ::std::option::Option::None,
            provisioning: ::std::option::Option::None,
            template_major_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_minor_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for EnvironmentSummary {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
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
        {
            let value = &self.template_major_version;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateMajorVersion",
            )?;
        }
        {
            let value = &self.template_minor_version;
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
