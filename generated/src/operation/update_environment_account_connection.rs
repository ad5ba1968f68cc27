// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateEnvironmentAccountConnection` operation.
//!
//! In an environment account, update an environment account connection to use a new IAM role.
//!
//! For more information, see
//! [Environment account connections](<https://docs.aws.amazon.com/proton/latest/userguide/ag-env-account-connections.html>)
//! in the *Proton User guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "UpdateEnvironmentAccountConnection";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `UpdateEnvironmentAccountConnectionInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateEnvironmentAccountConnectionInput {
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
    /// The environment account connection must have a `componentRoleArn` to allow directly defined
    /// components to be associated with any environments running in the account.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// *Model:* length 1 to 2048; pattern `^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$`.
    pub component_role_arn: ::std::option::Option<::std::string::String>,
    /// The ID of the environment account connection to update.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub id: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the IAM service role that's associated with the environment
    /// account connection to update.
    ///
    /// *Model:* length 1 to 2048; pattern `^arn:(aws|aws-cn|aws-us-gov):iam::\d{12}:role/([\w+=,.@-]{1,512}[/:])*([\w+=,.@-]{1,64})$`.
    pub role_arn: ::std::option::Option<::std::string::String>,
}
impl UpdateEnvironmentAccountConnectionInput {
    /// Creates a value from its required member `id`; optional members start unset.
    pub fn new(id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            id: id.into(),
            codebuild_role_arn: ::std::option::Option::None,
            component_role_arn: ::std::option::Option::None,
            role_arn: ::std::option::Option::None,
        }
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
}
impl crate::json::ToJson for UpdateEnvironmentAccountConnectionInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
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
        map.insert("id".to_owned(), crate::json::ToJson::to_json(&self.id));
        if let ::std::option::Option::Some(value) = &self.role_arn {
            map.insert("roleArn".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateEnvironmentAccountConnectionInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_codebuild_role_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_component_role_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_role_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
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
                "id" => v_id = crate::json::member(r, crate::json::FromJson::read)?,
                "roleArn" => {
                    v_role_arn = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            codebuild_role_arn: v_codebuild_role_arn,
            component_role_arn: v_component_role_arn,
            id: v_id.unwrap_or_else(crate::json::FromJson::zero_value),
            role_arn: v_role_arn,
        })
    }
    fn zero_value() -> Self {
        Self {
            codebuild_role_arn: ::std::option::Option::None,
            component_role_arn: ::std::option::Option::None,
            id: crate::json::FromJson::zero_value(),
            role_arn: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for UpdateEnvironmentAccountConnectionInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.codebuild_role_arn {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("codebuildRoleArn"))?;
        }
        if let ::std::option::Option::Some(value) = &self.component_role_arn {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("componentRoleArn"))?;
        }
        if let ::std::option::Option::Some(value) = &self.role_arn {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("roleArn"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `UpdateEnvironmentAccountConnectionOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateEnvironmentAccountConnectionOutput {
    /// The environment account connection detail data that's returned by Proton.
    pub environment_account_connection: crate::types::EnvironmentAccountConnection,
}
impl UpdateEnvironmentAccountConnectionOutput {
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
impl crate::json::ToJson for UpdateEnvironmentAccountConnectionOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "environmentAccountConnection".to_owned(),
            crate::json::ToJson::to_json(&self.environment_account_connection),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for UpdateEnvironmentAccountConnectionOutput {
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
impl crate::validate::Validate for UpdateEnvironmentAccountConnectionOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.environment_account_connection;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("environmentAccountConnection"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `UpdateEnvironmentAccountConnection` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum UpdateEnvironmentAccountConnectionError {
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
impl UpdateEnvironmentAccountConnectionError {
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
impl crate::error::OperationError for UpdateEnvironmentAccountConnectionError {
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
impl ::std::fmt::Display for UpdateEnvironmentAccountConnectionError {
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
impl ::std::error::Error for UpdateEnvironmentAccountConnectionError {
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
