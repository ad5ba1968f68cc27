// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateAccountSettings` operation.
//!
//! Update Proton settings that are used for multiple services in the Amazon Web Services account.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "UpdateAccountSettings";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `UpdateAccountSettingsInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct UpdateAccountSettingsInput {
    /// Set to `true` to remove a configured pipeline repository from the account settings. Don't set this
    /// field if you are updating the configured pipeline repository.
    pub delete_pipeline_provisioning_repository: ::std::option::Option<bool>,
    /// The Amazon Resource Name (ARN) of the service role you want to use for provisioning pipelines.
    /// Proton assumes this role for CodeBuild-based provisioning.
    ///
    /// *Model:* length 0 to 2048; pattern `(^$)|(^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$)`.
    pub pipeline_codebuild_role_arn: ::std::option::Option<::std::string::String>,
    /// A linked repository for pipeline provisioning. Specify it if you have environments configured for
    /// self-managed provisioning with services that include pipelines. A linked repository is a repository
    /// that has been registered with Proton. For more information, see `CreateRepository`.
    ///
    /// To remove a previously configured repository, set `deletePipelineProvisioningRepository` to `true`,
    /// and don't set `pipelineProvisioningRepository`.
    pub pipeline_provisioning_repository: ::std::option::Option<
        crate::types::RepositoryBranchInput,
    >,
    /// The Amazon Resource Name (ARN) of the service role you want to use for provisioning pipelines.
    /// Assumed by Proton for Amazon Web Services-managed provisioning, and by customer-owned automation for
    /// self-managed provisioning.
    ///
    /// To remove a previously configured ARN, specify an empty string.
    ///
    /// *Model:* length 0 to 2048; pattern `(^$)|(^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$)`.
    pub pipeline_service_role_arn: ::std::option::Option<::std::string::String>,
}
impl UpdateAccountSettingsInput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            delete_pipeline_provisioning_repository: ::std::option::Option::None,
            pipeline_codebuild_role_arn: ::std::option::Option::None,
            pipeline_provisioning_repository: ::std::option::Option::None,
            pipeline_service_role_arn: ::std::option::Option::None,
        }
    }
    /// Sets [`delete_pipeline_provisioning_repository`](Self::delete_pipeline_provisioning_repository).
    pub fn with_delete_pipeline_provisioning_repository(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.delete_pipeline_provisioning_repository = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets [`pipeline_codebuild_role_arn`](Self::pipeline_codebuild_role_arn).
    pub fn with_pipeline_codebuild_role_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pipeline_codebuild_role_arn = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`pipeline_provisioning_repository`](Self::pipeline_provisioning_repository).
    pub fn with_pipeline_provisioning_repository(
        mut self,
        value: impl ::std::convert::Into<crate::types::RepositoryBranchInput>,
    ) -> Self {
        self.pipeline_provisioning_repository = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets [`pipeline_service_role_arn`](Self::pipeline_service_role_arn).
    pub fn with_pipeline_service_role_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pipeline_service_role_arn = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for UpdateAccountSettingsInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self
            .delete_pipeline_provisioning_repository
        {
            map.insert(
                "deletePipelineProvisioningRepository".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.pipeline_codebuild_role_arn {
            map.insert(
                "pipelineCodebuildRoleArn".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self
            .pipeline_provisioning_repository
        {
            map.insert(
                "pipelineProvisioningRepository".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.pipeline_service_role_arn {
            map.insert(
                "pipelineServiceRoleArn".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateAccountSettingsInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_delete_pipeline_provisioning_repository: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut v_pipeline_codebuild_role_arn: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut v_pipeline_provisioning_repository: ::std::option::Option<
            crate::types::RepositoryBranchInput,
        > = ::std::option::Option::None;
        let mut v_pipeline_service_role_arn: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "deletePipelineProvisioningRepository" => {
                    v_delete_pipeline_provisioning_repository = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "pipelineCodebuildRoleArn" => {
                    v_pipeline_codebuild_role_arn = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "pipelineProvisioningRepository" => {
                    v_pipeline_provisioning_repository = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "pipelineServiceRoleArn" => {
                    v_pipeline_service_role_arn = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            delete_pipeline_provisioning_repository: v_delete_pipeline_provisioning_repository,
            pipeline_codebuild_role_arn: v_pipeline_codebuild_role_arn,
            pipeline_provisioning_repository: v_pipeline_provisioning_repository,
            pipeline_service_role_arn: v_pipeline_service_role_arn,
        })
    }
    fn zero_value() -> Self {
        Self {
            delete_pipeline_provisioning_repository: ::std::option::Option::None,
            pipeline_codebuild_role_arn: ::std::option::Option::None,
            pipeline_provisioning_repository: ::std::option::Option::None,
            pipeline_service_role_arn: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for UpdateAccountSettingsInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self
            .pipeline_provisioning_repository
        {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("pipelineProvisioningRepository"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `UpdateAccountSettingsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateAccountSettingsOutput {
    /// The Proton pipeline service role and repository data shared across the Amazon Web Services account.
    pub account_settings: crate::types::AccountSettings,
}
impl UpdateAccountSettingsOutput {
    /// Creates a value from its required member `account_settings`; optional members start unset.
    pub fn new(
        account_settings: impl ::std::convert::Into<crate::types::AccountSettings>,
    ) -> Self {
        Self {
            account_settings: account_settings.into(),
        }
    }
}
impl crate::json::ToJson for UpdateAccountSettingsOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "accountSettings".to_owned(),
            crate::json::ToJson::to_json(&self.account_settings),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateAccountSettingsOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_account_settings: ::std::option::Option<
            crate::types::AccountSettings,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "accountSettings" => {
                    v_account_settings = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            account_settings: v_account_settings
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            account_settings: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for UpdateAccountSettingsOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.account_settings;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("accountSettings"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `UpdateAccountSettings` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum UpdateAccountSettingsError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request *couldn't* be made due to a conflicting operation or resource.
    ConflictException(crate::types::ConflictException),
    /// The request failed to register with the service.
    InternalServerException(crate::types::InternalServerException),
    /// The request was denied due to request throttling.
    ThrottlingException(crate::types::ThrottlingException),
    /// The input is invalid or an out-of-range value was supplied for the input parameter.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not declare for this operation.
    Unhandled(crate::error::Unhandled),
}
impl UpdateAccountSettingsError {
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
            Self::ThrottlingException(e) => e.message(),
            Self::ValidationException(e) => e.message(),
            Self::Unhandled(e) => e.message(),
        }
    }
}
impl crate::error::OperationError for UpdateAccountSettingsError {
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
impl ::std::fmt::Display for UpdateAccountSettingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for UpdateAccountSettingsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::InternalServerException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
