// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `DeleteComponent` operation.
//!
//! Delete an Proton component resource.
//!
//! For more information about components, see
//! [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
//! *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "DeleteComponent";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `DeleteComponentInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct DeleteComponentInput {
    /// The name of the component to delete.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
}
impl DeleteComponentInput {
    /// Creates a value from its required member `name`; optional members start unset.
    pub fn new(name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { name: name.into() }
    }
}
impl crate::json::ToJson for DeleteComponentInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("name".to_owned(), crate::json::ToJson::to_json(&self.name));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for DeleteComponentInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "name" => v_name = crate::json::member(r, crate::json::FromJson::read)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            name: v_name.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for DeleteComponentInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("name"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `DeleteComponentOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct DeleteComponentOutput {
    /// The detailed data of the component being deleted.
    pub component: ::std::option::Option<crate::types::Component>,
}
impl DeleteComponentOutput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            component: ::std::option::Option::None,
        }
    }
    /// Sets [`component`](Self::component).
    pub fn with_component(
        mut self,
        value: impl ::std::convert::Into<crate::types::Component>,
    ) -> Self {
        self.component = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for DeleteComponentOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.component {
            map.insert("component".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for DeleteComponentOutput {
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
        ::std::result::Result::Ok(Self { component: v_component })
    }
    fn zero_value() -> Self {
        Self {
            component: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for DeleteComponentOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.component {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("component"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `DeleteComponent` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum DeleteComponentError {
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
impl DeleteComponentError {
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
impl crate::error::OperationError for DeleteComponentError {
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
impl ::std::fmt::Display for DeleteComponentError {
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
impl ::std::error::Error for DeleteComponentError {
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
