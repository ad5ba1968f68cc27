// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateServiceTemplateVersion` operation.
//!
//! Update a major or minor version of a service template.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "UpdateServiceTemplateVersion";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `UpdateServiceTemplateVersionInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct UpdateServiceTemplateVersionInput {
    /// An array of environment template objects that are compatible with this service template version. A
    /// service instance based on this service template version can run in environments based on compatible
    /// templates.
    ///
    /// *Model:* length 1 to 10.
    pub compatible_environment_templates: ::std::option::Option<
        ::std::vec::Vec<crate::types::CompatibleEnvironmentTemplateInput>,
    >,
    /// A description of a service template version to update.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// To update a major version of a service template, include `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// To update a minor version of a service template, include `minorVersion`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The status of the service template minor version to update.
    pub status: ::std::option::Option<crate::types::TemplateVersionStatus>,
    /// An array of supported component sources. Components with supported sources can be attached to
    /// service instances based on this service template version.
    ///
    /// **Note:** A change to `supportedComponentSources` doesn't impact existing component attachments to
    /// instances based on this template version. A change only affects later associations.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    pub supported_component_sources: ::std::option::Option<
        ::std::vec::Vec<crate::types::ServiceTemplateSupportedComponentSourceType>,
    >,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
/// The required members of [`UpdateServiceTemplateVersionInput`], named, for [`UpdateServiceTemplateVersionInput::new`].
#[derive(Clone)]
pub struct UpdateServiceTemplateVersionInputRequired {
    /// To update a major version of a service template, include `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// To update a minor version of a service template, include `minorVersion`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
impl UpdateServiceTemplateVersionInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: UpdateServiceTemplateVersionInputRequired) -> Self {
        Self {
            major_version: required.major_version,
            minor_version: required.minor_version,
            template_name: required.template_name,
            compatible_environment_templates: ::std::option::Option::None,
            description: ::std::option::Option::None,
            status: ::std::option::Option::None,
            supported_component_sources: ::std::option::Option::None,
        }
    }
    /// Sets [`compatible_environment_templates`](Self::compatible_environment_templates).
    pub fn with_compatible_environment_templates(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::CompatibleEnvironmentTemplateInput>,
        >,
    ) -> Self {
        self.compatible_environment_templates = ::std::option::Option::Some(
            value.into(),
        );
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
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<crate::types::TemplateVersionStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`supported_component_sources`](Self::supported_component_sources).
    pub fn with_supported_component_sources(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::ServiceTemplateSupportedComponentSourceType>,
        >,
    ) -> Self {
        self.supported_component_sources = ::std::option::Option::Some(value.into());
        self
    }
}
/// Redacts sensitive members.
impl ::std::fmt::Debug for UpdateServiceTemplateVersionInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("UpdateServiceTemplateVersionInput");
        s.field(
            "compatible_environment_templates",
            &self.compatible_environment_templates,
        );
        s.field("description", &crate::primitives::Redacted);
        s.field("major_version", &self.major_version);
        s.field("minor_version", &self.minor_version);
        s.field("status", &self.status);
        s.field("supported_component_sources", &self.supported_component_sources);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}
impl crate::json::ToJson for UpdateServiceTemplateVersionInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self
            .compatible_environment_templates
        {
            map.insert(
                "compatibleEnvironmentTemplates".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.description {
            map.insert("description".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "majorVersion".to_owned(),
            crate::json::ToJson::to_json(&self.major_version),
        );
        map.insert(
            "minorVersion".to_owned(),
            crate::json::ToJson::to_json(&self.minor_version),
        );
        if let ::std::option::Option::Some(value) = &self.status {
            map.insert("status".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.supported_component_sources {
            map.insert(
                "supportedComponentSources".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        map.insert(
            "templateName".to_owned(),
            crate::json::ToJson::to_json(&self.template_name),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateServiceTemplateVersionInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_compatible_environment_templates: ::std::option::Option<
            ::std::vec::Vec<crate::types::CompatibleEnvironmentTemplateInput>,
        > = ::std::option::Option::None;
        let mut v_description: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_major_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_minor_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_status: ::std::option::Option<crate::types::TemplateVersionStatus> = ::std::option::Option::None;
        let mut v_supported_component_sources: ::std::option::Option<
            ::std::vec::Vec<crate::types::ServiceTemplateSupportedComponentSourceType>,
        > = ::std::option::Option::None;
        let mut v_template_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "compatibleEnvironmentTemplates" => {
                    v_compatible_environment_templates = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "description" => {
                    v_description = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "majorVersion" => {
                    v_major_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "minorVersion" => {
                    v_minor_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "status" => {
                    v_status = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "supportedComponentSources" => {
                    v_supported_component_sources = crate::json::member(
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
            compatible_environment_templates: v_compatible_environment_templates,
            description: v_description,
            major_version: v_major_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            minor_version: v_minor_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            status: v_status,
            supported_component_sources: v_supported_component_sources,
            template_name: v_template_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            compatible_environment_templates: ::std::option::Option::None,
            description: ::std::option::Option::None,
            major_version: crate::json::FromJson::zero_value(),
            minor_version: crate::json::FromJson::zero_value(),
            status: ::std::option::Option::None,
            supported_component_sources: ::std::option::Option::None,
            template_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for UpdateServiceTemplateVersionInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self
            .compatible_environment_templates
        {
            crate::validate::min_length(value.len(), 1u64)
                .map_err(|e| e.under("compatibleEnvironmentTemplates"))?;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("compatibleEnvironmentTemplates"))?;
        }
        {
            let value = &self.major_version;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("majorVersion"))?;
        }
        {
            let value = &self.minor_version;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("minorVersion"))?;
        }
        if let ::std::option::Option::Some(value) = &self.supported_component_sources {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("supportedComponentSources"))?;
        }
        {
            let value = &self.template_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `UpdateServiceTemplateVersionOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateServiceTemplateVersionOutput {
    /// The service template version detail data that's returned by Proton.
    pub service_template_version: crate::types::ServiceTemplateVersion,
}
impl UpdateServiceTemplateVersionOutput {
    /// Creates a value from its required member `service_template_version`; optional members start unset.
    pub fn new(
        service_template_version: impl ::std::convert::Into<
            crate::types::ServiceTemplateVersion,
        >,
    ) -> Self {
        Self {
            service_template_version: service_template_version.into(),
        }
    }
}
impl crate::json::ToJson for UpdateServiceTemplateVersionOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "serviceTemplateVersion".to_owned(),
            crate::json::ToJson::to_json(&self.service_template_version),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateServiceTemplateVersionOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_service_template_version: ::std::option::Option<
            crate::types::ServiceTemplateVersion,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "serviceTemplateVersion" => {
                    v_service_template_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            service_template_version: v_service_template_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            service_template_version: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for UpdateServiceTemplateVersionOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.service_template_version;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("serviceTemplateVersion"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `UpdateServiceTemplateVersion` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum UpdateServiceTemplateVersionError {
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
impl UpdateServiceTemplateVersionError {
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
impl crate::error::OperationError for UpdateServiceTemplateVersionError {
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
impl ::std::fmt::Display for UpdateServiceTemplateVersionError {
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
impl ::std::error::Error for UpdateServiceTemplateVersionError {
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
