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
    pub created_at: crate::primitives::DateTime,
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
    pub last_deployment_attempted_at: ::std::option::Option<crate::primitives::DateTime>,
    /// The time when the component was last deployed successfully.
    pub last_deployment_succeeded_at: ::std::option::Option<crate::primitives::DateTime>,
    /// The time when the component was last modified.
    pub last_modified_at: crate::primitives::DateTime,
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
    pub created_at: crate::primitives::DateTime,
    /// The component deployment status.
    pub deployment_status: crate::types::DeploymentStatus,
    /// The name of the Proton environment that this component is associated with.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::string::String,
    /// The time when the component was last modified.
    pub last_modified_at: crate::primitives::DateTime,
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
        value: impl ::std::convert::Into<crate::primitives::DateTime>,
    ) -> Self {
        self.last_deployment_attempted_at = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`last_deployment_succeeded_at`](Self::last_deployment_succeeded_at).
    pub fn with_last_deployment_succeeded_at(
        mut self,
        value: impl ::std::convert::Into<crate::primitives::DateTime>,
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
        s.field("deployment_status_message", &crate::primitives::Redacted);
        s.field("description", &crate::primitives::Redacted);
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
        s.field("service_spec", &crate::primitives::Redacted);
        s.finish()
    }
}
impl crate::json::ToJson for Component {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("arn".to_owned(), crate::json::ToJson::to_json(&self.arn));
        map.insert(
            "createdAt".to_owned(),
            crate::json::ToJson::to_json(&self.created_at),
        );
        map.insert(
            "deploymentStatus".to_owned(),
            crate::json::ToJson::to_json(&self.deployment_status),
        );
        if let ::std::option::Option::Some(value) = &self.deployment_status_message {
            map.insert(
                "deploymentStatusMessage".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.description {
            map.insert("description".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "environmentName".to_owned(),
            crate::json::ToJson::to_json(&self.environment_name),
        );
        if let ::std::option::Option::Some(value) = &self.last_attempted_deployment_id {
            map.insert(
                "lastAttemptedDeploymentId".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.last_client_request_token {
            map.insert(
                "lastClientRequestToken".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.last_deployment_attempted_at {
            map.insert(
                "lastDeploymentAttemptedAt".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.last_deployment_succeeded_at {
            map.insert(
                "lastDeploymentSucceededAt".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        map.insert(
            "lastModifiedAt".to_owned(),
            crate::json::ToJson::to_json(&self.last_modified_at),
        );
        if let ::std::option::Option::Some(value) = &self.last_succeeded_deployment_id {
            map.insert(
                "lastSucceededDeploymentId".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        map.insert("name".to_owned(), crate::json::ToJson::to_json(&self.name));
        if let ::std::option::Option::Some(value) = &self.service_instance_name {
            map.insert(
                "serviceInstanceName".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.service_name {
            map.insert("serviceName".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.service_spec {
            map.insert("serviceSpec".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for Component {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_created_at: ::std::option::Option<crate::primitives::DateTime> = ::std::option::Option::None;
        let mut v_deployment_status: ::std::option::Option<
            crate::types::DeploymentStatus,
        > = ::std::option::Option::None;
        let mut v_deployment_status_message: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut v_description: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_environment_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_last_attempted_deployment_id: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut v_last_client_request_token: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut v_last_deployment_attempted_at: ::std::option::Option<
            crate::primitives::DateTime,
        > = ::std::option::Option::None;
        let mut v_last_deployment_succeeded_at: ::std::option::Option<
            crate::primitives::DateTime,
        > = ::std::option::Option::None;
        let mut v_last_modified_at: ::std::option::Option<crate::primitives::DateTime> = ::std::option::Option::None;
        let mut v_last_succeeded_deployment_id: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut v_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_instance_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_spec: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "arn" => v_arn = crate::json::member(r, crate::json::FromJson::read)?,
                "createdAt" => {
                    v_created_at = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "deploymentStatus" => {
                    v_deployment_status = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "deploymentStatusMessage" => {
                    v_deployment_status_message = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "description" => {
                    v_description = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "environmentName" => {
                    v_environment_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "lastAttemptedDeploymentId" => {
                    v_last_attempted_deployment_id = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "lastClientRequestToken" => {
                    v_last_client_request_token = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "lastDeploymentAttemptedAt" => {
                    v_last_deployment_attempted_at = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "lastDeploymentSucceededAt" => {
                    v_last_deployment_succeeded_at = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "lastModifiedAt" => {
                    v_last_modified_at = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "lastSucceededDeploymentId" => {
                    v_last_succeeded_deployment_id = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "name" => v_name = crate::json::member(r, crate::json::FromJson::read)?,
                "serviceInstanceName" => {
                    v_service_instance_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "serviceName" => {
                    v_service_name = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "serviceSpec" => {
                    v_service_spec = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            arn: v_arn.unwrap_or_else(crate::json::FromJson::zero_value),
            created_at: v_created_at.unwrap_or_else(crate::json::FromJson::zero_value),
            deployment_status: v_deployment_status
                .unwrap_or_else(crate::json::FromJson::zero_value),
            deployment_status_message: v_deployment_status_message,
            description: v_description,
            environment_name: v_environment_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
            last_attempted_deployment_id: v_last_attempted_deployment_id,
            last_client_request_token: v_last_client_request_token,
            last_deployment_attempted_at: v_last_deployment_attempted_at,
            last_deployment_succeeded_at: v_last_deployment_succeeded_at,
            last_modified_at: v_last_modified_at
                .unwrap_or_else(crate::json::FromJson::zero_value),
            last_succeeded_deployment_id: v_last_succeeded_deployment_id,
            name: v_name.unwrap_or_else(crate::json::FromJson::zero_value),
            service_instance_name: v_service_instance_name,
            service_name: v_service_name,
            service_spec: v_service_spec,
        })
    }
    fn zero_value() -> Self {
        Self {
            arn: crate::json::FromJson::zero_value(),
            created_at: crate::json::FromJson::zero_value(),
            deployment_status: crate::json::FromJson::zero_value(),
            deployment_status_message: ::std::option::Option::None,
            description: ::std::option::Option::None,
            environment_name: crate::json::FromJson::zero_value(),
            last_attempted_deployment_id: ::std::option::Option::None,
            last_client_request_token: ::std::option::Option::None,
            last_deployment_attempted_at: ::std::option::Option::None,
            last_deployment_succeeded_at: ::std::option::Option::None,
            last_modified_at: crate::json::FromJson::zero_value(),
            last_succeeded_deployment_id: ::std::option::Option::None,
            name: crate::json::FromJson::zero_value(),
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            service_spec: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for Component {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.environment_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("environmentName"))?;
        }
        {
            let value = &self.name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("name"))?;
        }
        if let ::std::option::Option::Some(value) = &self.service_instance_name {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceInstanceName"))?;
        }
        if let ::std::option::Option::Some(value) = &self.service_name {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceName"))?;
        }
        if let ::std::option::Option::Some(value) = &self.service_spec {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceSpec"))?;
        }
        ::std::result::Result::Ok(())
    }
}
