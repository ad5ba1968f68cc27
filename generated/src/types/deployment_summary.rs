// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Summary data of the deployment.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct DeploymentSummary {
    /// The Amazon Resource Name (ARN) of the deployment.
    pub arn: ::std::string::String,
    /// The date and time the deployment was completed.
    pub completed_at: ::std::option::Option<::awsgen_runtime::primitives::DateTime>,
    /// The name of the component associated with the deployment.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub component_name: ::std::option::Option<::std::string::String>,
    /// The date and time the deployment was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The current status of the deployment.
    pub deployment_status: crate::types::DeploymentStatus,
    /// The name of the environment associated with the deployment.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::string::String,
    /// The ID of the deployment.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub id: ::std::string::String,
    /// The ID of the last attempted deployment.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub last_attempted_deployment_id: ::std::option::Option<::std::string::String>,
    /// The date and time the deployment was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
    /// The ID of the last successful deployment.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub last_succeeded_deployment_id: ::std::option::Option<::std::string::String>,
    /// The name of the service instance associated with the deployment.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::option::Option<::std::string::String>,
    /// The name of the service associated with the deployment.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the target of the deployment.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub target_arn: ::std::string::String,
    /// The date and time the target resource was created.
    pub target_resource_created_at: ::awsgen_runtime::primitives::DateTime,
    /// The resource type of the deployment target. It can be an environment, service, service instance, or
    /// component.
    pub target_resource_type: crate::types::DeploymentTargetResourceType,
}

/// The required members of [`DeploymentSummary`], named, for [`DeploymentSummary::new`].
#[derive(Clone)]
pub struct DeploymentSummaryRequired {
    /// The Amazon Resource Name (ARN) of the deployment.
    pub arn: ::std::string::String,
    /// The date and time the deployment was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The current status of the deployment.
    pub deployment_status: crate::types::DeploymentStatus,
    /// The name of the environment associated with the deployment.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::string::String,
    /// The ID of the deployment.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub id: ::std::string::String,
    /// The date and time the deployment was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
    /// The Amazon Resource Name (ARN) of the target of the deployment.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub target_arn: ::std::string::String,
    /// The date and time the target resource was created.
    pub target_resource_created_at: ::awsgen_runtime::primitives::DateTime,
    /// The resource type of the deployment target. It can be an environment, service, service instance, or
    /// component.
    pub target_resource_type: crate::types::DeploymentTargetResourceType,
}

impl DeploymentSummary {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: DeploymentSummaryRequired) -> Self {
        Self {
            arn: required.arn,
            created_at: required.created_at,
            deployment_status: required.deployment_status,
            environment_name: required.environment_name,
            id: required.id,
            last_modified_at: required.last_modified_at,
            target_arn: required.target_arn,
            target_resource_created_at: required.target_resource_created_at,
            target_resource_type: required.target_resource_type,
            completed_at: ::std::option::Option::None,
            component_name: ::std::option::Option::None,
            last_attempted_deployment_id: ::std::option::Option::None,
            last_succeeded_deployment_id: ::std::option::Option::None,
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
        }
    }

    /// Sets [`completed_at`](Self::completed_at).
    pub fn with_completed_at(
        mut self,
        value: impl ::std::convert::Into<::awsgen_runtime::primitives::DateTime>,
    ) -> Self {
        self.completed_at = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`component_name`](Self::component_name).
    pub fn with_component_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.component_name = ::std::option::Option::Some(value.into());
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
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for DeploymentSummary {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("arn", &self.arn);
        w.optional("completedAt", &self.completed_at);
        w.optional("componentName", &self.component_name);
        w.member("createdAt", &self.created_at);
        w.member("deploymentStatus", &self.deployment_status);
        w.member("environmentName", &self.environment_name);
        w.member("id", &self.id);
        w.optional("lastAttemptedDeploymentId", &self.last_attempted_deployment_id);
        w.member("lastModifiedAt", &self.last_modified_at);
        w.optional("lastSucceededDeploymentId", &self.last_succeeded_deployment_id);
        w.optional("serviceInstanceName", &self.service_instance_name);
        w.optional("serviceName", &self.service_name);
        w.member("targetArn", &self.target_arn);
        w.member("targetResourceCreatedAt", &self.target_resource_created_at);
        w.member("targetResourceType", &self.target_resource_type);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for DeploymentSummary {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "arn" => r.set(&mut out.arn)?,
                "completedAt" => out.completed_at = r.member()?,
                "componentName" => out.component_name = r.member()?,
                "createdAt" => r.set(&mut out.created_at)?,
                "deploymentStatus" => r.set(&mut out.deployment_status)?,
                "environmentName" => r.set(&mut out.environment_name)?,
                "id" => r.set(&mut out.id)?,
                "lastAttemptedDeploymentId" => out.last_attempted_deployment_id = r.member()?,
                "lastModifiedAt" => r.set(&mut out.last_modified_at)?,
                "lastSucceededDeploymentId" => out.last_succeeded_deployment_id = r.member()?,
                "serviceInstanceName" => out.service_instance_name = r.member()?,
                "serviceName" => out.service_name = r.member()?,
                "targetArn" => r.set(&mut out.target_arn)?,
                "targetResourceCreatedAt" => r.set(&mut out.target_resource_created_at)?,
                "targetResourceType" => r.set(&mut out.target_resource_type)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            arn: ::awsgen_runtime::codegen::FromJson::zero_value(),
            completed_at: ::std::option::Option::None,
            component_name: ::std::option::Option::None,
            created_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            deployment_status: ::awsgen_runtime::codegen::FromJson::zero_value(),
            environment_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            id: ::awsgen_runtime::codegen::FromJson::zero_value(),
            last_attempted_deployment_id: ::std::option::Option::None,
            last_modified_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            last_succeeded_deployment_id: ::std::option::Option::None,
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            target_arn: ::awsgen_runtime::codegen::FromJson::zero_value(),
            target_resource_created_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            target_resource_type: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for DeploymentSummary {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.component_name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "componentName",
            )?;
        }
        {
            let value = &self.environment_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "environmentName",
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
        {
            let value = &self.target_arn;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "targetArn",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
