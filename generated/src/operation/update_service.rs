// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateService` operation.
//!
//! Edit a service description or use a spec to add and delete service instances.
//!
//! **Note:** Existing service instances and the service pipeline *can't* be edited using this API. They
//! can only be deleted.
//!
//! Use the `description` parameter to modify the description.
//!
//! Edit the `spec` parameter to add or delete instances.
//!
//! **Note:** You can't delete a service instance (remove it from the spec) if it has an attached
//! component.
//!
//! For more information about components, see
//! [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
//! *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "UpdateService";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `UpdateServiceInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct UpdateServiceInput {
    /// The edited service description.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The name of the service to edit.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// Lists the service instances to add and the existing service instances to remain. Omit the existing
    /// service instances to delete from the list. *Don't* include edits to the existing service instances
    /// or pipeline. For more information, see
    /// [Edit a service](<https://docs.aws.amazon.com/proton/latest/userguide/ag-svc-update.html>) in the
    /// *Proton User Guide*.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::option::Option<::std::string::String>,
}
impl UpdateServiceInput {
    /// Creates a value from its required member `name`; optional members start unset.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            name: name.into(),
            description: ::std::option::Option::None,
            spec: ::std::option::Option::None,
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
impl ::std::fmt::Debug for UpdateServiceInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("UpdateServiceInput");
        s.field("description", &crate::primitives::Redacted);
        s.field("name", &self.name);
        s.field("spec", &crate::primitives::Redacted);
        s.finish()
    }
}
impl crate::json::ToJson for UpdateServiceInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.description {
            map.insert("description".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert("name".to_owned(), crate::json::ToJson::to_json(&self.name));
        if let ::std::option::Option::Some(value) = &self.spec {
            map.insert("spec".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateServiceInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_description: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_spec: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "description" => {
                    v_description = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "name" => v_name = crate::json::member(r, crate::json::FromJson::read)?,
                "spec" => v_spec = crate::json::member(r, crate::json::FromJson::read)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            description: v_description,
            name: v_name.unwrap_or_else(crate::json::FromJson::zero_value),
            spec: v_spec,
        })
    }
    fn zero_value() -> Self {
        Self {
            description: ::std::option::Option::None,
            name: crate::json::FromJson::zero_value(),
            spec: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for UpdateServiceInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("name"))?;
        }
        if let ::std::option::Option::Some(value) = &self.spec {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("spec"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `UpdateServiceOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateServiceOutput {
    /// The service detail data that's returned by Proton.
    pub service: crate::types::Service,
}
impl UpdateServiceOutput {
    /// Creates a value from its required member `service`; optional members start unset.
    pub fn new(service: impl ::std::convert::Into<crate::types::Service>) -> Self {
        Self { service: service.into() }
    }
}
impl crate::json::ToJson for UpdateServiceOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("service".to_owned(), crate::json::ToJson::to_json(&self.service));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateServiceOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_service: ::std::option::Option<crate::types::Service> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "service" => {
                    v_service = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            service: v_service.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            service: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for UpdateServiceOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.service;
            crate::validate::Validate::validate(value).map_err(|e| e.under("service"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `UpdateService` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum UpdateServiceError {
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
impl UpdateServiceError {
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
impl crate::error::OperationError for UpdateServiceError {
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
impl ::std::fmt::Display for UpdateServiceError {
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
impl ::std::error::Error for UpdateServiceError {
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
