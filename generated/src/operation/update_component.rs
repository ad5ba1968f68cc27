// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateComponent` operation.
//!
//! Update a component.
//!
//! There are a few modes for updating a component. The `deploymentType` field defines the mode.
//!
//! **Note:** You can't update a component while its deployment status, or the deployment status of a
//! service instance attached to it, is `IN_PROGRESS`.
//!
//! For more information about components, see
//! [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
//! *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "UpdateComponent";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `UpdateComponentInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct UpdateComponentInput {
    /// The client token for the updated component.
    ///
    /// *Model:* length 0 to 64; pattern `^[!-~]*$`; an idempotency token: the client fills it with a fresh UUID when unset.
    pub client_token: ::std::option::Option<::std::string::String>,
    /// The deployment type. It defines the mode for updating a component, as follows:
    ///
    /// `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
    /// updated. You can only specify `description` in this mode. `CURRENT_VERSION` In this mode, the
    /// component is deployed and updated with the new `serviceSpec`, `templateSource`, and/or `type` that
    /// you provide. Only requested parameters are updated.
    pub deployment_type: crate::types::ComponentDeploymentUpdateType,
    /// An optional customer-provided description of the component.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The name of the component to update.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The name of the service instance that you want to attach this component to. Don't specify to keep
    /// the component's current service instance attachment. Specify an empty string to detach the component
    /// from the service instance it's attached to. Specify non-empty values for both `serviceInstanceName`
    /// and `serviceName` or for neither of them.
    ///
    /// *Model:* length 0 to 100; pattern `(^$)|^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::option::Option<::std::string::String>,
    /// The name of the service that `serviceInstanceName` is associated with. Don't specify to keep the
    /// component's current service instance attachment. Specify an empty string to detach the component
    /// from the service instance it's attached to. Specify non-empty values for both `serviceInstanceName`
    /// and `serviceName` or for neither of them.
    ///
    /// *Model:* length 0 to 100; pattern `(^$)|^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::option::Option<::std::string::String>,
    /// The service spec that you want the component to use to access service inputs. Set this only when the
    /// component is attached to a service instance.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub service_spec: ::std::option::Option<::std::string::String>,
    /// A path to the Infrastructure as Code (IaC) file describing infrastructure that a custom component
    /// provisions.
    ///
    /// **Note:** Components support a single IaC file, even if you use Terraform as your template language.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub template_file: ::std::option::Option<::std::string::String>,
}
/// The required members of [`UpdateComponentInput`], named, for [`UpdateComponentInput::new`].
#[derive(Clone)]
pub struct UpdateComponentInputRequired {
    /// The deployment type. It defines the mode for updating a component, as follows:
    ///
    /// `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
    /// updated. You can only specify `description` in this mode. `CURRENT_VERSION` In this mode, the
    /// component is deployed and updated with the new `serviceSpec`, `templateSource`, and/or `type` that
    /// you provide. Only requested parameters are updated.
    pub deployment_type: crate::types::ComponentDeploymentUpdateType,
    /// The name of the component to update.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
}
impl UpdateComponentInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: UpdateComponentInputRequired) -> Self {
        Self {
            deployment_type: required.deployment_type,
            name: required.name,
            client_token: ::std::option::Option::None,
            description: ::std::option::Option::None,
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            service_spec: ::std::option::Option::None,
            template_file: ::std::option::Option::None,
        }
    }
    /// Sets [`client_token`](Self::client_token).
    pub fn with_client_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
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
    /// Sets [`template_file`](Self::template_file).
    pub fn with_template_file(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_file = ::std::option::Option::Some(value.into());
        self
    }
}
/// Redacts sensitive members.
impl ::std::fmt::Debug for UpdateComponentInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("UpdateComponentInput");
        s.field("client_token", &self.client_token);
        s.field("deployment_type", &self.deployment_type);
        s.field("description", &crate::primitives::Redacted);
        s.field("name", &self.name);
        s.field("service_instance_name", &self.service_instance_name);
        s.field("service_name", &self.service_name);
        s.field("service_spec", &crate::primitives::Redacted);
        s.field("template_file", &crate::primitives::Redacted);
        s.finish()
    }
}
impl crate::json::ToJson for UpdateComponentInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.client_token {
            map.insert("clientToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "deploymentType".to_owned(),
            crate::json::ToJson::to_json(&self.deployment_type),
        );
        if let ::std::option::Option::Some(value) = &self.description {
            map.insert("description".to_owned(), crate::json::ToJson::to_json(value));
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
        if let ::std::option::Option::Some(value) = &self.template_file {
            map.insert("templateFile".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateComponentInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_client_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_deployment_type: ::std::option::Option<
            crate::types::ComponentDeploymentUpdateType,
        > = ::std::option::Option::None;
        let mut v_description: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_instance_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_spec: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_file: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "clientToken" => {
                    v_client_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "deploymentType" => {
                    v_deployment_type = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "description" => {
                    v_description = crate::json::member(r, crate::json::FromJson::read)?;
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
                "templateFile" => {
                    v_template_file = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            client_token: v_client_token,
            deployment_type: v_deployment_type
                .unwrap_or_else(crate::json::FromJson::zero_value),
            description: v_description,
            name: v_name.unwrap_or_else(crate::json::FromJson::zero_value),
            service_instance_name: v_service_instance_name,
            service_name: v_service_name,
            service_spec: v_service_spec,
            template_file: v_template_file,
        })
    }
    fn zero_value() -> Self {
        Self {
            client_token: ::std::option::Option::None,
            deployment_type: crate::json::FromJson::zero_value(),
            description: ::std::option::Option::None,
            name: crate::json::FromJson::zero_value(),
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            service_spec: ::std::option::Option::None,
            template_file: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for UpdateComponentInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("name"))?;
        }
        if let ::std::option::Option::Some(value) = &self.service_spec {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceSpec"))?;
        }
        if let ::std::option::Option::Some(value) = &self.template_file {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateFile"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `UpdateComponentOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateComponentOutput {
    /// The detailed data of the updated component.
    pub component: crate::types::Component,
}
impl UpdateComponentOutput {
    /// Creates a value from its required member `component`; optional members start unset.
    pub fn new(component: impl ::std::convert::Into<crate::types::Component>) -> Self {
        Self {
            component: component.into(),
        }
    }
}
impl crate::json::ToJson for UpdateComponentOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "component".to_owned(),
            crate::json::ToJson::to_json(&self.component),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateComponentOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_component: ::std::option::Option<crate::types::Component> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "component" => {
                    v_component = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            component: v_component.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            component: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for UpdateComponentOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.component;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("component"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `UpdateComponent` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum UpdateComponentError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request *couldn't* be made due to a conflicting operation or resource.
    ConflictException(crate::types::ConflictException),
    /// The request failed to register with the service.
    InternalServerException(crate::types::InternalServerException),
    /// The requested resource *wasn't* found.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A quota was exceeded. For more information, see
    /// [Proton Quotas](<https://docs.aws.amazon.com/proton/latest/userguide/ag-limits.html>) in the *Proton
    /// User Guide*.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The request was denied due to request throttling.
    ThrottlingException(crate::types::ThrottlingException),
    /// The input is invalid or an out-of-range value was supplied for the input parameter.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not declare for this operation.
    Unhandled(crate::error::Unhandled),
}
impl UpdateComponentError {
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
            Self::ServiceQuotaExceededException(_) => {
                ::std::option::Option::Some(
                    crate::types::ServiceQuotaExceededException::CODE,
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
            Self::ServiceQuotaExceededException(e) => e.message(),
            Self::ThrottlingException(e) => e.message(),
            Self::ValidationException(e) => e.message(),
            Self::Unhandled(e) => e.message(),
        }
    }
}
impl crate::error::OperationError for UpdateComponentError {
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
            "ServiceQuotaExceededException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => {
                        Self::ServiceQuotaExceededException(e)
                    }
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
impl ::std::fmt::Display for UpdateComponentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceQuotaExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateComponentError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::InternalServerException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceQuotaExceededException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
