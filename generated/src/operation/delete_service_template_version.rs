// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `DeleteServiceTemplateVersion` operation.
//!
//! If no other minor versions of a service template exist, delete a major version of the service
//! template if it's not the `Recommended` version. Delete the `Recommended` version of the service
//! template if no other major versions or minor versions of the service template exist. A major version
//! of a service template is a version that *isn't* backwards compatible.
//!
//! Delete a minor version of a service template if it's not the `Recommended` version. Delete a
//! `Recommended` minor version of the service template if no other minor versions of the service
//! template exist. A minor version of a service template is a version that's backwards compatible.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "DeleteServiceTemplateVersion";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `DeleteServiceTemplateVersionInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct DeleteServiceTemplateVersionInput {
    /// The service template major version to delete.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// The service template minor version to delete.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
/// The required members of [`DeleteServiceTemplateVersionInput`], named, for [`DeleteServiceTemplateVersionInput::new`].
#[derive(Clone)]
pub struct DeleteServiceTemplateVersionInputRequired {
    /// The service template major version to delete.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// The service template minor version to delete.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
impl DeleteServiceTemplateVersionInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: DeleteServiceTemplateVersionInputRequired) -> Self {
        Self {
            major_version: required.major_version,
            minor_version: required.minor_version,
            template_name: required.template_name,
        }
    }
}
impl crate::json::ToJson for DeleteServiceTemplateVersionInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "majorVersion".to_owned(),
            crate::json::ToJson::to_json(&self.major_version),
        );
        map.insert(
            "minorVersion".to_owned(),
            crate::json::ToJson::to_json(&self.minor_version),
        );
        map.insert(
            "templateName".to_owned(),
            crate::json::ToJson::to_json(&self.template_name),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for DeleteServiceTemplateVersionInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_major_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_minor_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
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
            major_version: v_major_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            minor_version: v_minor_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            template_name: v_template_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            major_version: crate::json::FromJson::zero_value(),
            minor_version: crate::json::FromJson::zero_value(),
            template_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for DeleteServiceTemplateVersionInput {
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
/// The `DeleteServiceTemplateVersionOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct DeleteServiceTemplateVersionOutput {
    /// The detailed data of the service template version being deleted.
    pub service_template_version: ::std::option::Option<
        crate::types::ServiceTemplateVersion,
    >,
}
impl DeleteServiceTemplateVersionOutput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            service_template_version: ::std::option::Option::None,
        }
    }
    /// Sets [`service_template_version`](Self::service_template_version).
    pub fn with_service_template_version(
        mut self,
        value: impl ::std::convert::Into<crate::types::ServiceTemplateVersion>,
    ) -> Self {
        self.service_template_version = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for DeleteServiceTemplateVersionOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.service_template_version {
            map.insert(
                "serviceTemplateVersion".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for DeleteServiceTemplateVersionOutput {
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
            service_template_version: v_service_template_version,
        })
    }
    fn zero_value() -> Self {
        Self {
            service_template_version: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for DeleteServiceTemplateVersionOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.service_template_version {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("serviceTemplateVersion"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `DeleteServiceTemplateVersion` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum DeleteServiceTemplateVersionError {
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
impl DeleteServiceTemplateVersionError {
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
impl crate::error::OperationError for DeleteServiceTemplateVersionError {
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
impl ::std::fmt::Display for DeleteServiceTemplateVersionError {
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
impl ::std::error::Error for DeleteServiceTemplateVersionError {
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
