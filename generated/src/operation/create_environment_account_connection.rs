// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `CreateEnvironmentAccountConnection` operation.
//!
//! Create an environment account connection in an environment account so that environment
//! infrastructure resources can be provisioned in the environment account from a management account.
//!
//! An environment account connection is a secure bi-directional connection between a *management
//! account* and an *environment account* that maintains authorization and permissions. For more
//! information, see
//! [Environment account connections](<https://docs.aws.amazon.com/proton/latest/userguide/ag-env-account-connections.html>)
//! in the *Proton User guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "CreateEnvironmentAccountConnection";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `CreateEnvironmentAccountConnectionInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CreateEnvironmentAccountConnectionInput {
    /// When included, if two identical requests are made with the same client token, Proton returns the
    /// environment account connection that the first request created.
    ///
    /// *Model:* length 0 to 64; pattern `^[!-~]*$`; an idempotency token: the client fills it with a fresh UUID when unset.
    pub client_token: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of an IAM service role in the environment account. Proton uses this
    /// role to provision infrastructure resources using CodeBuild-based provisioning in the associated
    /// environment account.
    ///
    /// *Model:* length 1 to 2048; pattern `^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$`.
    pub codebuild_role_arn: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the IAM service role that Proton uses when provisioning directly
    /// defined components in the associated environment account. It determines the scope of infrastructure
    /// that a component can provision in the account.
    ///
    /// You must specify `componentRoleArn` to allow directly defined components to be associated with any
    /// environments running in this account.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// *Model:* length 1 to 2048; pattern `^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$`.
    pub component_role_arn: ::std::option::Option<::std::string::String>,
    /// The name of the Proton environment that's created in the associated management account.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::string::String,
    /// The ID of the management account that accepts or rejects the environment account connection. You
    /// create and manage the Proton environment in this account. If the management account accepts the
    /// environment account connection, Proton can use the associated IAM role to provision environment
    /// infrastructure resources in the associated environment account.
    ///
    /// *Model:* pattern `^\d{12}$`.
    pub management_account_id: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the IAM service role that's created in the environment account.
    /// Proton uses this role to provision infrastructure resources in the associated environment account.
    ///
    /// *Model:* length 1 to 2048; pattern `^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$`.
    pub role_arn: ::std::option::Option<::std::string::String>,
    /// An optional list of metadata items that you can associate with the Proton environment account
    /// connection. A tag is a key-value pair.
    ///
    /// For more information, see
    /// [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
    /// in the *Proton User Guide*.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
}
/// The required members of [`CreateEnvironmentAccountConnectionInput`], named, for [`CreateEnvironmentAccountConnectionInput::new`].
#[derive(Clone)]
pub struct CreateEnvironmentAccountConnectionInputRequired {
    /// The name of the Proton environment that's created in the associated management account.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::string::String,
    /// The ID of the management account that accepts or rejects the environment account connection. You
    /// create and manage the Proton environment in this account. If the management account accepts the
    /// environment account connection, Proton can use the associated IAM role to provision environment
    /// infrastructure resources in the associated environment account.
    ///
    /// *Model:* pattern `^\d{12}$`.
    pub management_account_id: ::std::string::String,
}
impl CreateEnvironmentAccountConnectionInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: CreateEnvironmentAccountConnectionInputRequired) -> Self {
        Self {
            environment_name: required.environment_name,
            management_account_id: required.management_account_id,
            client_token: ::std::option::Option::None,
            codebuild_role_arn: ::std::option::Option::None,
            component_role_arn: ::std::option::Option::None,
            role_arn: ::std::option::Option::None,
            tags: ::std::option::Option::None,
        }
    }
    /// Sets [`client_token`](Self::client_token).
    pub fn with_client_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`codebuild_role_arn`](Self::codebuild_role_arn).
    pub fn with_codebuild_role_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.codebuild_role_arn = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`component_role_arn`](Self::component_role_arn).
    pub fn with_component_role_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.component_role_arn = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`role_arn`](Self::role_arn).
    pub fn with_role_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.role_arn = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`tags`](Self::tags).
    pub fn with_tags(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for CreateEnvironmentAccountConnectionInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.client_token {
            map.insert("clientToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.codebuild_role_arn {
            map.insert(
                "codebuildRoleArn".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.component_role_arn {
            map.insert(
                "componentRoleArn".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        map.insert(
            "environmentName".to_owned(),
            crate::json::ToJson::to_json(&self.environment_name),
        );
        map.insert(
            "managementAccountId".to_owned(),
            crate::json::ToJson::to_json(&self.management_account_id),
        );
        if let ::std::option::Option::Some(value) = &self.role_arn {
            map.insert("roleArn".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.tags {
            map.insert("tags".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for CreateEnvironmentAccountConnectionInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_client_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_codebuild_role_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_component_role_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_environment_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_management_account_id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_role_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "clientToken" => {
                    v_client_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "codebuildRoleArn" => {
                    v_codebuild_role_arn = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "componentRoleArn" => {
                    v_component_role_arn = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "environmentName" => {
                    v_environment_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "managementAccountId" => {
                    v_management_account_id = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "roleArn" => {
                    v_role_arn = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "tags" => v_tags = crate::json::member(r, crate::json::FromJson::read)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            client_token: v_client_token,
            codebuild_role_arn: v_codebuild_role_arn,
            component_role_arn: v_component_role_arn,
            environment_name: v_environment_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
            management_account_id: v_management_account_id
                .unwrap_or_else(crate::json::FromJson::zero_value),
            role_arn: v_role_arn,
            tags: v_tags,
        })
    }
    fn zero_value() -> Self {
        Self {
            client_token: ::std::option::Option::None,
            codebuild_role_arn: ::std::option::Option::None,
            component_role_arn: ::std::option::Option::None,
            environment_name: crate::json::FromJson::zero_value(),
            management_account_id: crate::json::FromJson::zero_value(),
            role_arn: ::std::option::Option::None,
            tags: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for CreateEnvironmentAccountConnectionInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.codebuild_role_arn {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("codebuildRoleArn"))?;
        }
        if let ::std::option::Option::Some(value) = &self.component_role_arn {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("componentRoleArn"))?;
        }
        {
            let value = &self.environment_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("environmentName"))?;
        }
        if let ::std::option::Option::Some(value) = &self.role_arn {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("roleArn"))?;
        }
        if let ::std::option::Option::Some(value) = &self.tags {
            crate::validate::Validate::validate(value).map_err(|e| e.under("tags"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `CreateEnvironmentAccountConnectionOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CreateEnvironmentAccountConnectionOutput {
    /// The environment account connection detail data that's returned by Proton.
    pub environment_account_connection: crate::types::EnvironmentAccountConnection,
}
impl CreateEnvironmentAccountConnectionOutput {
    /// Creates a value from its required member `environment_account_connection`; optional members start unset.
    pub fn new(
        environment_account_connection: impl ::std::convert::Into<
            crate::types::EnvironmentAccountConnection,
        >,
    ) -> Self {
        Self {
            environment_account_connection: environment_account_connection.into(),
        }
    }
}
impl crate::json::ToJson for CreateEnvironmentAccountConnectionOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "environmentAccountConnection".to_owned(),
            crate::json::ToJson::to_json(&self.environment_account_connection),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for CreateEnvironmentAccountConnectionOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_environment_account_connection: ::std::option::Option<
            crate::types::EnvironmentAccountConnection,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "environmentAccountConnection" => {
                    v_environment_account_connection = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            environment_account_connection: v_environment_account_connection
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            environment_account_connection: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for CreateEnvironmentAccountConnectionOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.environment_account_connection;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("environmentAccountConnection"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `CreateEnvironmentAccountConnection` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum CreateEnvironmentAccountConnectionError {
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
impl CreateEnvironmentAccountConnectionError {
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
impl crate::error::OperationError for CreateEnvironmentAccountConnectionError {
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
impl ::std::fmt::Display for CreateEnvironmentAccountConnectionError {
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
impl ::std::error::Error for CreateEnvironmentAccountConnectionError {
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
