// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateEnvironmentTemplateVersion` operation.
//!
//! Update a major or minor version of an environment template.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "UpdateEnvironmentTemplateVersion";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `UpdateEnvironmentTemplateVersionInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct UpdateEnvironmentTemplateVersionInput {
    /// A description of environment template version to update.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// To update a major version of an environment template, include `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// To update a minor version of an environment template, include `minorVersion`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The status of the environment template minor version to update.
    pub status: ::std::option::Option<crate::types::TemplateVersionStatus>,
    /// The name of the environment template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
/// The required members of [`UpdateEnvironmentTemplateVersionInput`], named, for [`UpdateEnvironmentTemplateVersionInput::new`].
#[derive(Clone)]
pub struct UpdateEnvironmentTemplateVersionInputRequired {
    /// To update a major version of an environment template, include `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// To update a minor version of an environment template, include `minorVersion`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The name of the environment template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
impl UpdateEnvironmentTemplateVersionInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: UpdateEnvironmentTemplateVersionInputRequired) -> Self {
        Self {
            major_version: required.major_version,
            minor_version: required.minor_version,
            template_name: required.template_name,
            description: ::std::option::Option::None,
            status: ::std::option::Option::None,
        }
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
}
/// Redacts sensitive members.
impl ::std::fmt::Debug for UpdateEnvironmentTemplateVersionInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("UpdateEnvironmentTemplateVersionInput");
        s.field("description", &crate::primitives::Redacted);
        s.field("major_version", &self.major_version);
        s.field("minor_version", &self.minor_version);
        s.field("status", &self.status);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}
impl crate::json::ToJson for UpdateEnvironmentTemplateVersionInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
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
        map.insert(
            "templateName".to_owned(),
            crate::json::ToJson::to_json(&self.template_name),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateEnvironmentTemplateVersionInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_description: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_major_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_minor_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_status: ::std::option::Option<crate::types::TemplateVersionStatus> = ::std::option::Option::None;
        let mut v_template_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
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
            description: v_description,
            major_version: v_major_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            minor_version: v_minor_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            status: v_status,
            template_name: v_template_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            description: ::std::option::Option::None,
            major_version: crate::json::FromJson::zero_value(),
            minor_version: crate::json::FromJson::zero_value(),
            status: ::std::option::Option::None,
            template_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for UpdateEnvironmentTemplateVersionInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
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
        {
            let value = &self.template_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `UpdateEnvironmentTemplateVersionOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateEnvironmentTemplateVersionOutput {
    /// The environment template version detail data that's returned by Proton.
    pub environment_template_version: crate::types::EnvironmentTemplateVersion,
}
impl UpdateEnvironmentTemplateVersionOutput {
    /// Creates a value from its required member `environment_template_version`; optional members start unset.
    pub fn new(
        environment_template_version: impl ::std::convert::Into<
            crate::types::EnvironmentTemplateVersion,
        >,
    ) -> Self {
        Self {
            environment_template_version: environment_template_version.into(),
        }
    }
}
impl crate::json::ToJson for UpdateEnvironmentTemplateVersionOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "environmentTemplateVersion".to_owned(),
            crate::json::ToJson::to_json(&self.environment_template_version),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateEnvironmentTemplateVersionOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_environment_template_version: ::std::option::Option<
            crate::types::EnvironmentTemplateVersion,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "environmentTemplateVersion" => {
                    v_environment_template_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            environment_template_version: v_environment_template_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            environment_template_version: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for UpdateEnvironmentTemplateVersionOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.environment_template_version;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("environmentTemplateVersion"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `UpdateEnvironmentTemplateVersion` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum UpdateEnvironmentTemplateVersionError {
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
impl UpdateEnvironmentTemplateVersionError {
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
impl crate::error::OperationError for UpdateEnvironmentTemplateVersionError {
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
impl ::std::fmt::Display for UpdateEnvironmentTemplateVersionError {
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
impl ::std::error::Error for UpdateEnvironmentTemplateVersionError {
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
