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

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "UpdateEnvironmentAccountConnection";

/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: ::awsgen_runtime::codegen::Operation = ::awsgen_runtime::codegen::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
    content_md5: false,
    unsigned_payload: false,
    anonymous: false,
    customizations: &[],
    http2: false,
    checksum: ::std::option::Option::None,
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

impl ::awsgen_runtime::codegen::ToJson for UpdateEnvironmentAccountConnectionInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("codebuildRoleArn", &self.codebuild_role_arn);
        w.optional("componentRoleArn", &self.component_role_arn);
        w.member("id", &self.id);
        w.optional("roleArn", &self.role_arn);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for UpdateEnvironmentAccountConnectionInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "codebuildRoleArn" => out.codebuild_role_arn = r.member()?,
                "componentRoleArn" => out.component_role_arn = r.member()?,
                "id" => r.set(&mut out.id)?,
                "roleArn" => out.role_arn = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            codebuild_role_arn: ::std::option::Option::None,
            component_role_arn: ::std::option::Option::None,
            id: ::awsgen_runtime::codegen::FromJson::zero_value(),
            role_arn: ::std::option::Option::None,
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for UpdateEnvironmentAccountConnectionInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.codebuild_role_arn {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "codebuildRoleArn",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.component_role_arn {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "componentRoleArn",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.role_arn {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "roleArn",
            )?;
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
        Self { environment_account_connection: environment_account_connection.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for UpdateEnvironmentAccountConnectionOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("environmentAccountConnection", &self.environment_account_connection);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for UpdateEnvironmentAccountConnectionOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "environmentAccountConnection" => r.set(&mut out.environment_account_connection)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { environment_account_connection: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for UpdateEnvironmentAccountConnectionOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(
            &self.environment_account_connection,
            "environmentAccountConnection",
        )?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `UpdateEnvironmentAccountConnection` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
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
    Unhandled(::awsgen_runtime::error::Unhandled),
}

impl UpdateEnvironmentAccountConnectionError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
            Self::ConflictException(e) => e,
            Self::InternalServerException(e) => e,
            Self::ResourceNotFoundException(e) => e,
            Self::ThrottlingException(e) => e,
            Self::ValidationException(e) => e,
            Self::Unhandled(e) => e,
        }
    }

    /// The error code, when the service sent one.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.inner().code()
    }

    /// The error message, when the service sent one.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.inner().message()
    }
}

impl ::awsgen_runtime::codegen::OperationError for UpdateEnvironmentAccountConnectionError {
    const ERRORS: &'static ::awsgen_runtime::codegen::ErrorTable<Self> = &[
        (
            "AccessDeniedException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::AccessDeniedException),
        ),
        (
            "ConflictException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ConflictException),
        ),
        (
            "InternalServerException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::InternalServerException),
        ),
        (
            "ResourceNotFoundException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ResourceNotFoundException),
        ),
        (
            "ThrottlingException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ThrottlingException),
        ),
        (
            "ValidationException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ValidationException),
        ),
    ];

    fn unhandled(unhandled: ::awsgen_runtime::error::Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}

impl ::awsgen_runtime::error::ServiceError for UpdateEnvironmentAccountConnectionError {
    fn code(&self) -> ::std::option::Option<&str> {
        UpdateEnvironmentAccountConnectionError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        UpdateEnvironmentAccountConnectionError::message(self)
    }
}

impl ::std::fmt::Display for UpdateEnvironmentAccountConnectionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for UpdateEnvironmentAccountConnectionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
