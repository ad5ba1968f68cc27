// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `TagResource` operation.
//!
//! Tag a resource. A tag is a key-value pair of metadata that you associate with an Proton resource.
//!
//! For more information, see
//! [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
//! in the *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "TagResource";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `TagResourceInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct TagResourceInput {
    /// The Amazon Resource Name (ARN) of the Proton resource to apply customer tags to.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub resource_arn: ::std::string::String,
    /// A list of customer tags to apply to the Proton resource.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::vec::Vec<crate::types::Tag>,
}
/// The required members of [`TagResourceInput`], named, for [`TagResourceInput::new`].
#[derive(Clone)]
pub struct TagResourceInputRequired {
    /// The Amazon Resource Name (ARN) of the Proton resource to apply customer tags to.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub resource_arn: ::std::string::String,
    /// A list of customer tags to apply to the Proton resource.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::vec::Vec<crate::types::Tag>,
}
impl TagResourceInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: TagResourceInputRequired) -> Self {
        Self {
            resource_arn: required.resource_arn,
            tags: required.tags,
        }
    }
}
impl crate::json::ToJson for TagResourceInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "resourceArn".to_owned(),
            crate::json::ToJson::to_json(&self.resource_arn),
        );
        map.insert("tags".to_owned(), crate::json::ToJson::to_json(&self.tags));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for TagResourceInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_resource_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "resourceArn" => {
                    v_resource_arn = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "tags" => v_tags = crate::json::member(r, crate::json::FromJson::read)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            resource_arn: v_resource_arn
                .unwrap_or_else(crate::json::FromJson::zero_value),
            tags: v_tags.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            resource_arn: crate::json::FromJson::zero_value(),
            tags: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for TagResourceInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.resource_arn;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("resourceArn"))?;
        }
        {
            let value = &self.tags;
            crate::validate::Validate::validate(value).map_err(|e| e.under("tags"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `TagResourceOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct TagResourceOutput {}
impl TagResourceOutput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::json::ToJson for TagResourceOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let map = ::serde_json::Map::new();
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for TagResourceOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        r.object(|r, _key| r.skip())?;
        ::std::result::Result::Ok(Self {})
    }
    fn zero_value() -> Self {
        Self {}
    }
}
impl crate::validate::Validate for TagResourceOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        ::std::result::Result::Ok(())
    }
}
/// The errors `TagResource` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum TagResourceError {
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
impl TagResourceError {
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
impl crate::error::OperationError for TagResourceError {
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
impl ::std::fmt::Display for TagResourceError {
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
impl ::std::error::Error for TagResourceError {
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
