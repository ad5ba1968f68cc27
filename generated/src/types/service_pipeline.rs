// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// Detailed data of an Proton service instance pipeline resource.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct ServicePipeline {
    /// The Amazon Resource Name (ARN) of the service pipeline.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub arn: ::std::string::String,
    /// The time when the service pipeline was created.
    pub created_at: crate::primitives::DateTime,
    /// The deployment status of the service pipeline.
    pub deployment_status: crate::types::DeploymentStatus,
    /// A service pipeline deployment status message.
    ///
    /// *Model:* sensitive: redacted in `Debug` output.
    pub deployment_status_message: ::std::option::Option<::std::string::String>,
    /// The ID of the last attempted deployment of this service pipeline.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub last_attempted_deployment_id: ::std::option::Option<::std::string::String>,
    /// The time when a deployment of the service pipeline was last attempted.
    pub last_deployment_attempted_at: crate::primitives::DateTime,
    /// The time when the service pipeline was last deployed successfully.
    pub last_deployment_succeeded_at: crate::primitives::DateTime,
    /// The ID of the last successful deployment of this service pipeline.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub last_succeeded_deployment_id: ::std::option::Option<::std::string::String>,
    /// The service spec that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::option::Option<::std::string::String>,
    /// The major version of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::string::String,
    /// The name of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
/// The required members of [`ServicePipeline`], named, for [`ServicePipeline::new`].
#[derive(Clone)]
pub struct ServicePipelineRequired {
    /// The Amazon Resource Name (ARN) of the service pipeline.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub arn: ::std::string::String,
    /// The time when the service pipeline was created.
    pub created_at: crate::primitives::DateTime,
    /// The deployment status of the service pipeline.
    pub deployment_status: crate::types::DeploymentStatus,
    /// The time when a deployment of the service pipeline was last attempted.
    pub last_deployment_attempted_at: crate::primitives::DateTime,
    /// The time when the service pipeline was last deployed successfully.
    pub last_deployment_succeeded_at: crate::primitives::DateTime,
    /// The major version of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::string::String,
    /// The name of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
impl ServicePipeline {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ServicePipelineRequired) -> Self {
        Self {
            arn: required.arn,
            created_at: required.created_at,
            deployment_status: required.deployment_status,
            last_deployment_attempted_at: required.last_deployment_attempted_at,
            last_deployment_succeeded_at: required.last_deployment_succeeded_at,
            template_major_version: required.template_major_version,
            template_minor_version: required.template_minor_version,
            template_name: required.template_name,
            deployment_status_message: ::std::option::Option::None,
            last_attempted_deployment_id: ::std::option::Option::None,
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
    /// Sets [`last_succeeded_deployment_id`](Self::last_succeeded_deployment_id).
    pub fn with_last_succeeded_deployment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_succeeded_deployment_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`spec`](Self::spec).
    pub fn with_spec(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spec = ::std::option::Option::Some(value.into());
        self
    }
}
/// Redacts sensitive members.
impl ::std::fmt::Debug for ServicePipeline {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ServicePipeline");
        s.field("arn", &self.arn);
        s.field("created_at", &self.created_at);
        s.field("deployment_status", &self.deployment_status);
        s.field("deployment_status_message", &crate::primitives::Redacted);
        s.field("last_attempted_deployment_id", &self.last_attempted_deployment_id);
        s.field("last_deployment_attempted_at", &self.last_deployment_attempted_at);
        s.field("last_deployment_succeeded_at", &self.last_deployment_succeeded_at);
        s.field("last_succeeded_deployment_id", &self.last_succeeded_deployment_id);
        s.field("spec", &crate::primitives::Redacted);
        s.field("template_major_version", &self.template_major_version);
        s.field("template_minor_version", &self.template_minor_version);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}
impl crate::json::ToJson for ServicePipeline {
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
        if let ::std::option::Option::Some(value) = &self.last_attempted_deployment_id {
            map.insert(
                "lastAttemptedDeploymentId".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        map.insert(
            "lastDeploymentAttemptedAt".to_owned(),
            crate::json::ToJson::to_json(&self.last_deployment_attempted_at),
        );
        map.insert(
            "lastDeploymentSucceededAt".to_owned(),
            crate::json::ToJson::to_json(&self.last_deployment_succeeded_at),
        );
        if let ::std::option::Option::Some(value) = &self.last_succeeded_deployment_id {
            map.insert(
                "lastSucceededDeploymentId".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.spec {
            map.insert("spec".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "templateMajorVersion".to_owned(),
            crate::json::ToJson::to_json(&self.template_major_version),
        );
        map.insert(
            "templateMinorVersion".to_owned(),
            crate::json::ToJson::to_json(&self.template_minor_version),
        );
        map.insert(
            "templateName".to_owned(),
            crate::json::ToJson::to_json(&self.template_name),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ServicePipeline {
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
        let mut v_last_attempted_deployment_id: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut v_last_deployment_attempted_at: ::std::option::Option<
            crate::primitives::DateTime,
        > = ::std::option::Option::None;
        let mut v_last_deployment_succeeded_at: ::std::option::Option<
            crate::primitives::DateTime,
        > = ::std::option::Option::None;
        let mut v_last_succeeded_deployment_id: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut v_spec: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_major_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_minor_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
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
                "lastAttemptedDeploymentId" => {
                    v_last_attempted_deployment_id = crate::json::member(
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
                "lastSucceededDeploymentId" => {
                    v_last_succeeded_deployment_id = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "spec" => v_spec = crate::json::member(r, crate::json::FromJson::read)?,
                "templateMajorVersion" => {
                    v_template_major_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "templateMinorVersion" => {
                    v_template_minor_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "templateName" => {
                    v_template_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
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
            last_attempted_deployment_id: v_last_attempted_deployment_id,
            last_deployment_attempted_at: v_last_deployment_attempted_at
                .unwrap_or_else(crate::json::FromJson::zero_value),
            last_deployment_succeeded_at: v_last_deployment_succeeded_at
                .unwrap_or_else(crate::json::FromJson::zero_value),
            last_succeeded_deployment_id: v_last_succeeded_deployment_id,
            spec: v_spec,
            template_major_version: v_template_major_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            template_minor_version: v_template_minor_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            template_name: v_template_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            arn: crate::json::FromJson::zero_value(),
            created_at: crate::json::FromJson::zero_value(),
            deployment_status: crate::json::FromJson::zero_value(),
            deployment_status_message: ::std::option::Option::None,
            last_attempted_deployment_id: ::std::option::Option::None,
            last_deployment_attempted_at: crate::json::FromJson::zero_value(),
            last_deployment_succeeded_at: crate::json::FromJson::zero_value(),
            last_succeeded_deployment_id: ::std::option::Option::None,
            spec: ::std::option::Option::None,
            template_major_version: crate::json::FromJson::zero_value(),
            template_minor_version: crate::json::FromJson::zero_value(),
            template_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ServicePipeline {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.arn;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("arn"))?;
        }
        if let ::std::option::Option::Some(value) = &self.spec {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("spec"))?;
        }
        {
            let value = &self.template_major_version;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateMajorVersion"))?;
        }
        {
            let value = &self.template_minor_version;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateMinorVersion"))?;
        }
        {
            let value = &self.template_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
