// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Detailed data of an Proton service instance resource.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct ServiceInstance {
    /// The Amazon Resource Name (ARN) of the service instance.
    pub arn: ::std::string::String,
    /// The time when the service instance was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The service instance deployment status.
    pub deployment_status: crate::types::DeploymentStatus,
    /// The message associated with the service instance deployment status.
    ///
    /// *Model:* sensitive: redacted in `Debug` output.
    pub deployment_status_message: ::std::option::Option<::std::string::String>,
    /// The name of the environment that the service instance was deployed into.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::string::String,
    /// The ID of the last attempted deployment of this service instance.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub last_attempted_deployment_id: ::std::option::Option<::std::string::String>,
    /// The last client request token received.
    pub last_client_request_token: ::std::option::Option<::std::string::String>,
    /// The time when a deployment of the service instance was last attempted.
    pub last_deployment_attempted_at: ::awsgen_runtime::primitives::DateTime,
    /// The time when the service instance was last deployed successfully.
    pub last_deployment_succeeded_at: ::awsgen_runtime::primitives::DateTime,
    /// The ID of the last successful deployment of this service instance.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub last_succeeded_deployment_id: ::std::option::Option<::std::string::String>,
    /// The name of the service instance.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The name of the service that the service instance belongs to.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
    /// The service spec that was used to create the service instance.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::option::Option<::std::string::String>,
    /// The major version of the service template that was used to create the service instance.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the service template that was used to create the service instance.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::string::String,
    /// The name of the service template that was used to create the service instance.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

/// The required members of [`ServiceInstance`], named, for [`ServiceInstance::new`].
#[derive(Clone)]
pub struct ServiceInstanceRequired {
    /// The Amazon Resource Name (ARN) of the service instance.
    pub arn: ::std::string::String,
    /// The time when the service instance was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The service instance deployment status.
    pub deployment_status: crate::types::DeploymentStatus,
    /// The name of the environment that the service instance was deployed into.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::string::String,
    /// The time when a deployment of the service instance was last attempted.
    pub last_deployment_attempted_at: ::awsgen_runtime::primitives::DateTime,
    /// The time when the service instance was last deployed successfully.
    pub last_deployment_succeeded_at: ::awsgen_runtime::primitives::DateTime,
    /// The name of the service instance.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The name of the service that the service instance belongs to.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
    /// The major version of the service template that was used to create the service instance.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the service template that was used to create the service instance.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::string::String,
    /// The name of the service template that was used to create the service instance.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

impl ServiceInstance {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ServiceInstanceRequired) -> Self {
        Self {
            arn: required.arn,
            created_at: required.created_at,
            deployment_status: required.deployment_status,
            environment_name: required.environment_name,
            last_deployment_attempted_at: required.last_deployment_attempted_at,
            last_deployment_succeeded_at: required.last_deployment_succeeded_at,
            name: required.name,
            service_name: required.service_name,
            template_major_version: required.template_major_version,
            template_minor_version: required.template_minor_version,
            template_name: required.template_name,
            deployment_status_message: ::std::option::Option::None,
            last_attempted_deployment_id: ::std::option::Option::None,
            last_client_request_token: ::std::option::Option::None,
            last_succeeded_deployment_id: ::std::option::Option::None,
            spec: ::std::option::Option::None,
        }
    }

    /// Sets [`deployment_status_message`](Self::deployment_status_message).
    pub fn with_deployment_status_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_status_message = ::std::option::Option::Some(value.into());
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

    /// Sets [`last_client_request_token`](Self::last_client_request_token).
    pub fn with_last_client_request_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_client_request_token = ::std::option::Option::Some(value.into());
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

    /// Sets [`spec`](Self::spec).
    pub fn with_spec(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.spec = ::std::option::Option::Some(value.into());
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for ServiceInstance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ServiceInstance");
        s.field("arn", &self.arn);
        s.field("created_at", &self.created_at);
        s.field("deployment_status", &self.deployment_status);
        s.field("deployment_status_message", &::awsgen_runtime::codegen::Redacted);
        s.field("environment_name", &self.environment_name);
        s.field("last_attempted_deployment_id", &self.last_attempted_deployment_id);
        s.field("last_client_request_token", &self.last_client_request_token);
        s.field("last_deployment_attempted_at", &self.last_deployment_attempted_at);
        s.field("last_deployment_succeeded_at", &self.last_deployment_succeeded_at);
        s.field("last_succeeded_deployment_id", &self.last_succeeded_deployment_id);
        s.field("name", &self.name);
        s.field("service_name", &self.service_name);
        s.field("spec", &::awsgen_runtime::codegen::Redacted);
        s.field("template_major_version", &self.template_major_version);
        s.field("template_minor_version", &self.template_minor_version);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ServiceInstance {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("arn", &self.arn);
        w.member("createdAt", &self.created_at);
        w.member("deploymentStatus", &self.deployment_status);
        w.optional("deploymentStatusMessage", &self.deployment_status_message);
        w.member("environmentName", &self.environment_name);
        w.optional("lastAttemptedDeploymentId", &self.last_attempted_deployment_id);
        w.optional("lastClientRequestToken", &self.last_client_request_token);
        w.member("lastDeploymentAttemptedAt", &self.last_deployment_attempted_at);
        w.member("lastDeploymentSucceededAt", &self.last_deployment_succeeded_at);
        w.optional("lastSucceededDeploymentId", &self.last_succeeded_deployment_id);
        w.member("name", &self.name);
        w.member("serviceName", &self.service_name);
        w.optional("spec", &self.spec);
        w.member("templateMajorVersion", &self.template_major_version);
        w.member("templateMinorVersion", &self.template_minor_version);
        w.member("templateName", &self.template_name);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ServiceInstance {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "arn" => r.set(&mut out.arn)?,
                "createdAt" => r.set(&mut out.created_at)?,
                "deploymentStatus" => r.set(&mut out.deployment_status)?,
                "deploymentStatusMessage" => out.deployment_status_message = r.member()?,
                "environmentName" => r.set(&mut out.environment_name)?,
                "lastAttemptedDeploymentId" => out.last_attempted_deployment_id = r.member()?,
                "lastClientRequestToken" => out.last_client_request_token = r.member()?,
                "lastDeploymentAttemptedAt" => r.set(&mut out.last_deployment_attempted_at)?,
                "lastDeploymentSucceededAt" => r.set(&mut out.last_deployment_succeeded_at)?,
                "lastSucceededDeploymentId" => out.last_succeeded_deployment_id = r.member()?,
                "name" => r.set(&mut out.name)?,
                "serviceName" => r.set(&mut out.service_name)?,
                "spec" => out.spec = r.member()?,
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
            created_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            deployment_status: ::awsgen_runtime::codegen::FromJson::zero_value(),
            deployment_status_message: ::std::option::Option::None,
            environment_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            last_attempted_deployment_id: ::std::option::Option::None,
            last_client_request_token: ::std::option::Option::None,
            last_deployment_attempted_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            last_deployment_succeeded_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            last_succeeded_deployment_id: ::std::option::Option::None,
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            service_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            spec: ::std::option::Option::None,
            template_major_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_minor_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ServiceInstance {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.environment_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "environmentName",
            )?;
        }
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        {
            let value = &self.service_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceName",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.spec {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "spec",
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
