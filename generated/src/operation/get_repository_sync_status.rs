// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetRepositorySyncStatus` operation.
//!
//! Get the sync status of a repository used for Proton template sync. For more information about
//! template sync, see .
//!
//! **Note:** A repository sync status isn't tied to the Proton Repository resource (or any other Proton
//! resource). Therefore, tags on an Proton Repository resource have no effect on this action.
//! Specifically, you can't use these tags to control access to this action using Attribute-based access
//! control (ABAC).
//!
//! For more information about ABAC, see
//! [ABAC](<https://docs.aws.amazon.com/proton/latest/userguide/security_iam_service-with-iam.html#security_iam_service-with-iam-tags>)
//! in the *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "GetRepositorySyncStatus";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `GetRepositorySyncStatusInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetRepositorySyncStatusInput {
    /// The repository branch.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub repository_name: ::std::string::String,
    /// The repository provider.
    pub repository_provider: crate::types::RepositoryProvider,
    /// The repository sync type.
    pub sync_type: crate::types::SyncType,
}
/// The required members of [`GetRepositorySyncStatusInput`], named, for [`GetRepositorySyncStatusInput::new`].
#[derive(Clone)]
pub struct GetRepositorySyncStatusInputRequired {
    /// The repository branch.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub repository_name: ::std::string::String,
    /// The repository provider.
    pub repository_provider: crate::types::RepositoryProvider,
    /// The repository sync type.
    pub sync_type: crate::types::SyncType,
}
impl GetRepositorySyncStatusInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: GetRepositorySyncStatusInputRequired) -> Self {
        Self {
            branch: required.branch,
            repository_name: required.repository_name,
            repository_provider: required.repository_provider,
            sync_type: required.sync_type,
        }
    }
}
impl crate::json::ToJson for GetRepositorySyncStatusInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("branch".to_owned(), crate::json::ToJson::to_json(&self.branch));
        map.insert(
            "repositoryName".to_owned(),
            crate::json::ToJson::to_json(&self.repository_name),
        );
        map.insert(
            "repositoryProvider".to_owned(),
            crate::json::ToJson::to_json(&self.repository_provider),
        );
        map.insert("syncType".to_owned(), crate::json::ToJson::to_json(&self.sync_type));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetRepositorySyncStatusInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_branch: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_repository_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_repository_provider: ::std::option::Option<
            crate::types::RepositoryProvider,
        > = ::std::option::Option::None;
        let mut v_sync_type: ::std::option::Option<crate::types::SyncType> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "branch" => {
                    v_branch = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "repositoryName" => {
                    v_repository_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "repositoryProvider" => {
                    v_repository_provider = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "syncType" => {
                    v_sync_type = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            branch: v_branch.unwrap_or_else(crate::json::FromJson::zero_value),
            repository_name: v_repository_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
            repository_provider: v_repository_provider
                .unwrap_or_else(crate::json::FromJson::zero_value),
            sync_type: v_sync_type.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            branch: crate::json::FromJson::zero_value(),
            repository_name: crate::json::FromJson::zero_value(),
            repository_provider: crate::json::FromJson::zero_value(),
            sync_type: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for GetRepositorySyncStatusInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.branch;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("branch"))?;
        }
        {
            let value = &self.repository_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("repositoryName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `GetRepositorySyncStatusOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct GetRepositorySyncStatusOutput {
    /// The repository sync status detail data that's returned by Proton.
    pub latest_sync: ::std::option::Option<crate::types::RepositorySyncAttempt>,
}
impl GetRepositorySyncStatusOutput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            latest_sync: ::std::option::Option::None,
        }
    }
    /// Sets [`latest_sync`](Self::latest_sync).
    pub fn with_latest_sync(
        mut self,
        value: impl ::std::convert::Into<crate::types::RepositorySyncAttempt>,
    ) -> Self {
        self.latest_sync = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for GetRepositorySyncStatusOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.latest_sync {
            map.insert("latestSync".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetRepositorySyncStatusOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_latest_sync: ::std::option::Option<
            crate::types::RepositorySyncAttempt,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "latestSync" => {
                    v_latest_sync = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self { latest_sync: v_latest_sync })
    }
    fn zero_value() -> Self {
        Self {
            latest_sync: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for GetRepositorySyncStatusOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.latest_sync {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("latestSync"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `GetRepositorySyncStatus` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum GetRepositorySyncStatusError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
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
impl GetRepositorySyncStatusError {
    /// The error code, when the service sent one.
    pub fn code(&self) -> ::std::option::Option<&str> {
        match self {
            Self::AccessDeniedException(_) => {
                ::std::option::Option::Some(crate::types::AccessDeniedException::CODE)
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
            Self::InternalServerException(e) => e.message(),
            Self::ResourceNotFoundException(e) => e.message(),
            Self::ThrottlingException(e) => e.message(),
            Self::ValidationException(e) => e.message(),
            Self::Unhandled(e) => e.message(),
        }
    }
}
impl crate::error::OperationError for GetRepositorySyncStatusError {
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
impl ::std::fmt::Display for GetRepositorySyncStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for GetRepositorySyncStatusError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::InternalServerException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
