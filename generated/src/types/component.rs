// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Detailed data of an Proton component resource.
///
/// For more information about components, see
/// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
/// *Proton User Guide*.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct Component {
    /// The Amazon Resource Name (ARN) of the component.
    pub arn: ::std::string::String,
    /// The time when the component was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The component deployment status.
    pub deployment_status: crate::types::DeploymentStatus,
    /// The message associated with the component deployment status.
    ///
    /// *Model:* sensitive: redacted in `Debug` output.
    pub deployment_status_message: ::std::option::Option<::std::string::String>,
    /// A description of the component.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The name of the Proton environment that this component is associated with.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::string::String,
    /// The ID of the last attempted deployment of this component.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub last_attempted_deployment_id: ::std::option::Option<::std::string::String>,
    /// The last token the client requested.
    pub last_client_request_token: ::std::option::Option<::std::string::String>,
    /// The time when a deployment of the component was last attempted.
    pub last_deployment_attempted_at: ::std::option::Option<
        ::awsgen_runtime::primitives::DateTime,
    >,
    /// The time when the component was last deployed successfully.
    pub last_deployment_succeeded_at: ::std::option::Option<
        ::awsgen_runtime::primitives::DateTime,
    >,
    /// The time when the component was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
    /// The ID of the last successful deployment of this component.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub last_succeeded_deployment_id: ::std::option::Option<::std::string::String>,
    /// The name of the component.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The name of the service instance that this component is attached to. Provided when a component is
    /// attached to a service instance.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::option::Option<::std::string::String>,
    /// The name of the service that `serviceInstanceName` is associated with. Provided when a component is
    /// attached to a service instance.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::option::Option<::std::string::String>,
    /// The service spec that the component uses to access service inputs. Provided when a component is
    /// attached to a service instance.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub service_spec: ::std::option::Option<::std::string::String>,
}

/// The required members of [`Component`], named, for [`Component::new`].
#[derive(Clone)]
pub struct ComponentRequired {
    /// The Amazon Resource Name (ARN) of the component.
    pub arn: ::std::string::String,
    /// The time when the component was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The component deployment status.
    pub deployment_status: crate::types::DeploymentStatus,
    /// The name of the Proton environment that this component is associated with.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::string::String,
    /// The time when the component was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
    /// The name of the component.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
}

impl Component {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ComponentRequired) -> Self {
        Self {
            arn: required.arn,
            created_at: required.created_at,
            deployment_status: required.deployment_status,
            environment_name: required.environment_name,
            last_modified_at: required.last_modified_at,
            name: required.name,
            deployment_status_message: ::std::option::Option::None,
            description: ::std::option::Option::None,
            last_attempted_deployment_id: ::std::option::Option::None,
            last_client_request_token: ::std::option::Option::None,
            last_deployment_attempted_at: ::std::option::Option::None,
            last_deployment_succeeded_at: ::std::option::Option::None,
            last_succeeded_deployment_id: ::std::option::Option::None,
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            service_spec: ::std::option::Option::None,
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

    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
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

    /// Sets [`last_deployment_attempted_at`](Self::last_deployment_attempted_at).
    pub fn with_last_deployment_attempted_at(
        mut self,
        value: impl ::std::convert::Into<::awsgen_runtime::primitives::DateTime>,
    ) -> Self {
        self.last_deployment_attempted_at = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`last_deployment_succeeded_at`](Self::last_deployment_succeeded_at).
    pub fn with_last_deployment_succeeded_at(
        mut self,
        value: impl ::std::convert::Into<::awsgen_runtime::primitives::DateTime>,
    ) -> Self {
        self.last_deployment_succeeded_at = ::std::option::Option::Some(value.into());
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

    /// Sets [`service_spec`](Self::service_spec).
    pub fn with_service_spec(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_spec = ::std::option::Option::Some(value.into());
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for Component {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("Component");
        s.field("arn", &self.arn);
        s.field("created_at", &self.created_at);
        s.field("deployment_status", &self.deployment_status);
        s.field("deployment_status_message", &::awsgen_runtime::codegen::Redacted);
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("environment_name", &self.environment_name);
        s.field("last_attempted_deployment_id", &self.last_attempted_deployment_id);
        s.field("last_client_request_token", &self.last_client_request_token);
        s.field("last_deployment_attempted_at", &self.last_deployment_attempted_at);
        s.field("last_deployment_succeeded_at", &self.last_deployment_succeeded_at);
        s.field("last_modified_at", &self.last_modified_at);
        s.field("last_succeeded_deployment_id", &self.last_succeeded_deployment_id);
        s.field("name", &self.name);
        s.field("service_instance_name", &self.service_instance_name);
        s.field("service_name", &self.service_name);
        s.field("service_spec", &::awsgen_runtime::codegen::Redacted);
        s.finish()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for Component {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("arn", &self.arn);
        w.member("createdAt", &self.created_at);
        w.member("deploymentStatus", &self.deployment_status);
        w.optional("deploymentStatusMessage", &self.deployment_status_message);
        w.optional("description", &self.description);
        w.member("environmentName", &self.environment_name);
        w.optional("lastAttemptedDeploymentId", &self.last_attempted_deployment_id);
        w.optional("lastClientRequestToken", &self.last_client_request_token);
        w.optional("lastDeploymentAttemptedAt", &self.last_deployment_attempted_at);
        w.optional("lastDeploymentSucceededAt", &self.last_deployment_succeeded_at);
        w.member("lastModifiedAt", &self.last_modified_at);
        w.optional("lastSucceededDeploymentId", &self.last_succeeded_deployment_id);
        w.member("name", &self.name);
        w.optional("serviceInstanceName", &self.service_instance_name);
        w.optional("serviceName", &self.service_name);
        w.optional("serviceSpec", &self.service_spec);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for Component {
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
                "description" => out.description = r.member()?,
                "environmentName" => r.set(&mut out.environment_name)?,
                "lastAttemptedDeploymentId" => out.last_attempted_deployment_id = r.member()?,
                "lastClientRequestToken" => out.last_client_request_token = r.member()?,
                "lastDeploymentAttemptedAt" => out.last_deployment_attempted_at = r.member()?,
                "lastDeploymentSucceededAt" => out.last_deployment_succeeded_at = r.member()?,
                "lastModifiedAt" => r.set(&mut out.last_modified_at)?,
                "lastSucceededDeploymentId" => out.last_succeeded_deployment_id = r.member()?,
                "name" => r.set(&mut out.name)?,
                "serviceInstanceName" => out.service_instance_name = r.member()?,
                "serviceName" => out.service_name = r.member()?,
                "serviceSpec" => out.service_spec = r.member()?,
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
            description: ::std::option::Option::None,
            environment_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            last_attempted_deployment_id: ::std::option::Option::None,
            last_client_request_token: ::std::option::Option::None,
            last_deployment_attempted_at: ::std::option::Option::None,
            last_deployment_succeeded_at: ::std::option::Option::None,
            last_modified_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            last_succeeded_deployment_id: ::std::option::Option::None,
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            service_spec: ::std::option::Option::None,
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for Component {
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
        ::std::result::Result::Ok(())
    }
}
