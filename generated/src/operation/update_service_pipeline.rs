// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateServicePipeline` operation.
//!
//! Update the service pipeline.
//!
//! There are four modes for updating a service pipeline. The `deploymentType` field defines the mode.
//!
//! `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
//! updated. `CURRENT_VERSION` In this mode, the service pipeline is deployed and updated with the new
//! spec that you provide. Only requested parameters are updated. *Don’t* include major or minor
//! version parameters when you use this `deployment-type`. `MINOR_VERSION` In this mode, the service
//! pipeline is deployed and updated with the published, recommended (latest) minor version of the
//! current major version in use, by default. You can specify a different minor version of the current
//! major version in use. `MAJOR_VERSION` In this mode, the service pipeline is deployed and updated
//! with the published, recommended (latest) major and minor version of the current template by default.
//! You can specify a different major version that's higher than the major version in use and a minor
//! version.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "UpdateServicePipeline";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `UpdateServicePipelineInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct UpdateServicePipelineInput {
    /// The deployment type.
    ///
    /// There are four modes for updating a service pipeline. The `deploymentType` field defines the mode.
    ///
    /// `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
    /// updated. `CURRENT_VERSION` In this mode, the service pipeline is deployed and updated with the new
    /// spec that you provide. Only requested parameters are updated. *Don’t* include major or minor
    /// version parameters when you use this `deployment-type`. `MINOR_VERSION` In this mode, the service
    /// pipeline is deployed and updated with the published, recommended (latest) minor version of the
    /// current major version in use, by default. You can specify a different minor version of the current
    /// major version in use. `MAJOR_VERSION` In this mode, the service pipeline is deployed and updated
    /// with the published, recommended (latest) major and minor version of the current template, by
    /// default. You can specify a different major version that's higher than the major version in use and a
    /// minor version.
    pub deployment_type: crate::types::DeploymentUpdateType,
    /// The name of the service to that the pipeline is associated with.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
    /// The spec for the service pipeline to update.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
    /// The major version of the service template that was used to create the service that the pipeline is
    /// associated with.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::option::Option<::std::string::String>,
    /// The minor version of the service template that was used to create the service that the pipeline is
    /// associated with.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::option::Option<::std::string::String>,
}
/// The required members of [`UpdateServicePipelineInput`], named, for [`UpdateServicePipelineInput::new`].
#[derive(Clone)]
pub struct UpdateServicePipelineInputRequired {
    /// The deployment type.
    ///
    /// There are four modes for updating a service pipeline. The `deploymentType` field defines the mode.
    ///
    /// `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
    /// updated. `CURRENT_VERSION` In this mode, the service pipeline is deployed and updated with the new
    /// spec that you provide. Only requested parameters are updated. *Don’t* include major or minor
    /// version parameters when you use this `deployment-type`. `MINOR_VERSION` In this mode, the service
    /// pipeline is deployed and updated with the published, recommended (latest) minor version of the
    /// current major version in use, by default. You can specify a different minor version of the current
    /// major version in use. `MAJOR_VERSION` In this mode, the service pipeline is deployed and updated
    /// with the published, recommended (latest) major and minor version of the current template, by
    /// default. You can specify a different major version that's higher than the major version in use and a
    /// minor version.
    pub deployment_type: crate::types::DeploymentUpdateType,
    /// The name of the service to that the pipeline is associated with.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
    /// The spec for the service pipeline to update.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
}
impl UpdateServicePipelineInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: UpdateServicePipelineInputRequired) -> Self {
        Self {
            deployment_type: required.deployment_type,
            service_name: required.service_name,
            spec: required.spec,
            template_major_version: ::std::option::Option::None,
            template_minor_version: ::std::option::Option::None,
        }
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
impl ::std::fmt::Debug for UpdateServicePipelineInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("UpdateServicePipelineInput");
        s.field("deployment_type", &self.deployment_type);
        s.field("service_name", &self.service_name);
        s.field("spec", &crate::primitives::Redacted);
        s.field("template_major_version", &self.template_major_version);
        s.field("template_minor_version", &self.template_minor_version);
        s.finish()
    }
}
impl crate::json::ToJson for UpdateServicePipelineInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "deploymentType".to_owned(),
            crate::json::ToJson::to_json(&self.deployment_type),
        );
        map.insert(
            "serviceName".to_owned(),
            crate::json::ToJson::to_json(&self.service_name),
        );
        map.insert("spec".to_owned(), crate::json::ToJson::to_json(&self.spec));
        if let ::std::option::Option::Some(value) = &self.template_major_version {
            map.insert(
                "templateMajorVersion".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.template_minor_version {
            map.insert(
                "templateMinorVersion".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateServicePipelineInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_deployment_type: ::std::option::Option<
            crate::types::DeploymentUpdateType,
        > = ::std::option::Option::None;
        let mut v_service_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_spec: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_major_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_minor_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "deploymentType" => {
                    v_deployment_type = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "serviceName" => {
                    v_service_name = crate::json::member(r, crate::json::FromJson::read)?;
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
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            deployment_type: v_deployment_type
                .unwrap_or_else(crate::json::FromJson::zero_value),
            service_name: v_service_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
            spec: v_spec.unwrap_or_else(crate::json::FromJson::zero_value),
            template_major_version: v_template_major_version,
            template_minor_version: v_template_minor_version,
        })
    }
    fn zero_value() -> Self {
        Self {
            deployment_type: crate::json::FromJson::zero_value(),
            service_name: crate::json::FromJson::zero_value(),
            spec: crate::json::FromJson::zero_value(),
            template_major_version: ::std::option::Option::None,
            template_minor_version: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for UpdateServicePipelineInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.service_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceName"))?;
        }
        {
            let value = &self.spec;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("spec"))?;
        }
        if let ::std::option::Option::Some(value) = &self.template_major_version {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateMajorVersion"))?;
        }
        if let ::std::option::Option::Some(value) = &self.template_minor_version {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateMinorVersion"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `UpdateServicePipelineOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateServicePipelineOutput {
    /// The pipeline details that are returned by Proton.
    pub pipeline: crate::types::ServicePipeline,
}
impl UpdateServicePipelineOutput {
    /// Creates a value from its required member `pipeline`; optional members start unset.
    pub fn new(
        pipeline: impl ::std::convert::Into<crate::types::ServicePipeline>,
    ) -> Self {
        Self { pipeline: pipeline.into() }
    }
}
impl crate::json::ToJson for UpdateServicePipelineOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("pipeline".to_owned(), crate::json::ToJson::to_json(&self.pipeline));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateServicePipelineOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_pipeline: ::std::option::Option<crate::types::ServicePipeline> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "pipeline" => {
                    v_pipeline = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            pipeline: v_pipeline.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            pipeline: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for UpdateServicePipelineOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.pipeline;
            crate::validate::Validate::validate(value).map_err(|e| e.under("pipeline"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `UpdateServicePipeline` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum UpdateServicePipelineError {
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
    Unhandled(crate::error::Unhandled),
}
impl UpdateServicePipelineError {
    /// The error code, when the service sent one.
    pub fn code(&self) -> ::std::option::Option<&str> {
        match self {
            Self::AccessDeniedException(_) => {
                ::std::option::Option::Some(crate::types::AccessDeniedException::CODE)
            }
            Self::ConflictException(_) => {
                ::std::option::Option::Some(crate::types::ConflictException::CODE)
            }
            Self::InternalServerException(_) => {
                ::std::option::Option::Some(crate::types::InternalServerException::CODE)
            }
            Self::ResourceNotFoundException(_) => {
                ::std::option::Option::Some(
                    crate::types::ResourceNotFoundException::CODE,
                )
            }
            Self::ThrottlingException(_) => {
                ::std::option::Option::Some(crate::types::ThrottlingException::CODE)
            }
            Self::ValidationException(_) => {
                ::std::option::Option::Some(crate::types::ValidationException::CODE)
            }
            Self::Unhandled(e) => e.code(),
        }
    }
    /// The error message, when the service sent one.
    pub fn message(&self) -> ::std::option::Option<&str> {
        match self {
            Self::AccessDeniedException(e) => e.message(),
            Self::ConflictException(e) => e.message(),
            Self::InternalServerException(e) => e.message(),
            Self::ResourceNotFoundException(e) => e.message(),
            Self::ThrottlingException(e) => e.message(),
            Self::ValidationException(e) => e.message(),
            Self::Unhandled(e) => e.message(),
        }
    }
}
impl crate::error::OperationError for UpdateServicePipelineError {
    fn from_response(
        code: &str,
        body: &[u8],
        unhandled: crate::error::Unhandled,
    ) -> Self {
        match code {
            "AccessDeniedException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::AccessDeniedException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "ConflictException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::ConflictException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "InternalServerException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::InternalServerException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "ResourceNotFoundException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::ResourceNotFoundException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "ThrottlingException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::ThrottlingException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "ValidationException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::ValidationException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            _ => Self::Unhandled(unhandled),
        }
    }
}
impl ::std::fmt::Display for UpdateServicePipelineError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateServicePipelineError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::InternalServerException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
