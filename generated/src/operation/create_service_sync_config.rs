// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `CreateServiceSyncConfig` operation.
//!
//! Create the Proton Ops configuration file.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "CreateServiceSyncConfig";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `CreateServiceSyncConfigInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CreateServiceSyncConfigInput {
    /// The repository branch for your Proton Ops file.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The path to the Proton Ops file.
    ///
    /// *Model:* length 1 to 4096.
    pub file_path: ::std::string::String,
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub repository_name: ::std::string::String,
    /// The provider type for your repository.
    pub repository_provider: crate::types::RepositoryProvider,
    /// The name of the service the Proton Ops file is for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}
/// The required members of [`CreateServiceSyncConfigInput`], named, for [`CreateServiceSyncConfigInput::new`].
#[derive(Clone)]
pub struct CreateServiceSyncConfigInputRequired {
    /// The repository branch for your Proton Ops file.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The path to the Proton Ops file.
    ///
    /// *Model:* length 1 to 4096.
    pub file_path: ::std::string::String,
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub repository_name: ::std::string::String,
    /// The provider type for your repository.
    pub repository_provider: crate::types::RepositoryProvider,
    /// The name of the service the Proton Ops file is for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}
impl CreateServiceSyncConfigInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: CreateServiceSyncConfigInputRequired) -> Self {
        Self {
            branch: required.branch,
            file_path: required.file_path,
            repository_name: required.repository_name,
            repository_provider: required.repository_provider,
            service_name: required.service_name,
        }
    }
}
impl crate::json::ToJson for CreateServiceSyncConfigInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("branch".to_owned(), crate::json::ToJson::to_json(&self.branch));
        map.insert("filePath".to_owned(), crate::json::ToJson::to_json(&self.file_path));
        map.insert(
            "repositoryName".to_owned(),
            crate::json::ToJson::to_json(&self.repository_name),
        );
        map.insert(
            "repositoryProvider".to_owned(),
            crate::json::ToJson::to_json(&self.repository_provider),
        );
        map.insert(
            "serviceName".to_owned(),
            crate::json::ToJson::to_json(&self.service_name),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for CreateServiceSyncConfigInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_branch: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_file_path: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_repository_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_repository_provider: ::std::option::Option<
            crate::types::RepositoryProvider,
        > = ::std::option::Option::None;
        let mut v_service_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "branch" => {
                    v_branch = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "filePath" => {
                    v_file_path = crate::json::member(r, crate::json::FromJson::read)?;
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
                "serviceName" => {
                    v_service_name = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            branch: v_branch.unwrap_or_else(crate::json::FromJson::zero_value),
            file_path: v_file_path.unwrap_or_else(crate::json::FromJson::zero_value),
            repository_name: v_repository_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
            repository_provider: v_repository_provider
                .unwrap_or_else(crate::json::FromJson::zero_value),
            service_name: v_service_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            branch: crate::json::FromJson::zero_value(),
            file_path: crate::json::FromJson::zero_value(),
            repository_name: crate::json::FromJson::zero_value(),
            repository_provider: crate::json::FromJson::zero_value(),
            service_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for CreateServiceSyncConfigInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.branch;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("branch"))?;
        }
        {
            let value = &self.file_path;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("filePath"))?;
        }
        {
            let value = &self.repository_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("repositoryName"))?;
        }
        {
            let value = &self.service_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `CreateServiceSyncConfigOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct CreateServiceSyncConfigOutput {
    /// The detailed data of the Proton Ops file.
    pub service_sync_config: ::std::option::Option<crate::types::ServiceSyncConfig>,
}
impl CreateServiceSyncConfigOutput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            service_sync_config: ::std::option::Option::None,
        }
    }
    /// Sets [`service_sync_config`](Self::service_sync_config).
    pub fn with_service_sync_config(
        mut self,
        value: impl ::std::convert::Into<crate::types::ServiceSyncConfig>,
    ) -> Self {
        self.service_sync_config = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for CreateServiceSyncConfigOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.service_sync_config {
            map.insert(
                "serviceSyncConfig".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for CreateServiceSyncConfigOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_service_sync_config: ::std::option::Option<
            crate::types::ServiceSyncConfig,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "serviceSyncConfig" => {
                    v_service_sync_config = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            service_sync_config: v_service_sync_config,
        })
    }
    fn zero_value() -> Self {
        Self {
            service_sync_config: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for CreateServiceSyncConfigOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.service_sync_config {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("serviceSyncConfig"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `CreateServiceSyncConfig` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum CreateServiceSyncConfigError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request *couldn't* be made due to a conflicting operation or resource.
    ConflictException(crate::types::ConflictException),
    /// The request failed to register with the service.
    InternalServerException(crate::types::InternalServerException),
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
impl CreateServiceSyncConfigError {
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
            Self::ServiceQuotaExceededException(e) => e.message(),
            Self::ThrottlingException(e) => e.message(),
            Self::ValidationException(e) => e.message(),
            Self::Unhandled(e) => e.message(),
        }
    }
}
impl crate::error::OperationError for CreateServiceSyncConfigError {
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
impl ::std::fmt::Display for CreateServiceSyncConfigError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceQuotaExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for CreateServiceSyncConfigError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::InternalServerException(e) => ::std::option::Option::Some(e),
            Self::ServiceQuotaExceededException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
