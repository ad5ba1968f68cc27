// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetResourcesSummary` operation.
//!
//! Get counts of Proton resources.
//!
//! For infrastructure-provisioning resources (environments, services, service instances, pipelines),
//! the action returns staleness counts. A resource is stale when it's behind the recommended version of
//! the Proton template that it uses and it needs an update to become current.
//!
//! The action returns staleness counts (counts of resources that are up-to-date, behind a template
//! major version, or behind a template minor version), the total number of resources, and the number of
//! resources that are in a failed state, grouped by resource type. Components, environments, and
//! service templates return less information - see the `components`, `environments`, and
//! `serviceTemplates` field descriptions.
//!
//! For context, the action also returns the total number of each type of Proton template in the Amazon
//! Web Services account.
//!
//! For more information, see
//! [Proton dashboard](<https://docs.aws.amazon.com/proton/latest/userguide/monitoring-dashboard.html>)
//! in the *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "GetResourcesSummary";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `GetResourcesSummaryInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct GetResourcesSummaryInput {}
impl GetResourcesSummaryInput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::json::ToJson for GetResourcesSummaryInput {
    fn to_json(&self) -> ::serde_json::Value {
        let map = ::serde_json::Map::new();
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetResourcesSummaryInput {
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
impl crate::validate::Validate for GetResourcesSummaryInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        ::std::result::Result::Ok(())
    }
}
/// The `GetResourcesSummaryOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetResourcesSummaryOutput {
    /// Summary counts of each Proton resource type.
    pub counts: crate::types::CountsSummary,
}
impl GetResourcesSummaryOutput {
    /// Creates a value from its required member `counts`; optional members start unset.
    pub fn new(counts: impl ::std::convert::Into<crate::types::CountsSummary>) -> Self {
        Self { counts: counts.into() }
    }
}
impl crate::json::ToJson for GetResourcesSummaryOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("counts".to_owned(), crate::json::ToJson::to_json(&self.counts));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetResourcesSummaryOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_counts: ::std::option::Option<crate::types::CountsSummary> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "counts" => {
                    v_counts = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            counts: v_counts.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            counts: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for GetResourcesSummaryOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.counts;
            crate::validate::Validate::validate(value).map_err(|e| e.under("counts"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `GetResourcesSummary` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum GetResourcesSummaryError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request failed to register with the service.
    InternalServerException(crate::types::InternalServerException),
    /// The request was denied due to request throttling.
    ThrottlingException(crate::types::ThrottlingException),
    /// The input is invalid or an out-of-range value was supplied for the input parameter.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not declare for this operation.
    Unhandled(crate::error::Unhandled),
}
impl GetResourcesSummaryError {
    /// The error code, when the service sent one.
    pub fn code(&self) -> ::std::option::Option<&str> {
        match self {
            Self::AccessDeniedException(_) => {
                ::std::option::Option::Some(crate::types::AccessDeniedException::CODE)
            }
            Self::InternalServerException(_) => {
                ::std::option::Option::Some(crate::types::InternalServerException::CODE)
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
            Self::InternalServerException(e) => e.message(),
            Self::ThrottlingException(e) => e.message(),
            Self::ValidationException(e) => e.message(),
            Self::Unhandled(e) => e.message(),
        }
    }
}
impl crate::error::OperationError for GetResourcesSummaryError {
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
            "InternalServerException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::InternalServerException(e),
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
impl ::std::fmt::Display for GetResourcesSummaryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for GetResourcesSummaryError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::InternalServerException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
