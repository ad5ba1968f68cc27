// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `CreateRepository` operation.
//!
//! Create and register a link to a repository. Proton uses the link to repeatedly access the
//! repository, to either push to it (self-managed provisioning) or pull from it (template sync). You
//! can share a linked repository across multiple resources (like environments using self-managed
//! provisioning, or synced templates). When you create a repository link, Proton creates a
//! [service-linked role](<https://docs.aws.amazon.com/proton/latest/userguide/using-service-linked-roles.html>)
//! for you.
//!
//! For more information, see
//! [Self-managed provisioning](<https://docs.aws.amazon.com/proton/latest/userguide/ag-works-prov-methods.html#ag-works-prov-methods-self>),
//! [Template bundles](<https://docs.aws.amazon.com/proton/latest/userguide/ag-template-authoring.html#ag-template-bundles>),
//! and
//! [Template sync configurations](<https://docs.aws.amazon.com/proton/latest/userguide/ag-template-sync-configs.html>)
//! in the *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "CreateRepository";

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

/// The `CreateRepositoryInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CreateRepositoryInput {
    /// The Amazon Resource Name (ARN) of your AWS CodeStar connection that connects Proton to your
    /// repository provider account. For more information, see
    /// [Setting up for Proton](<https://docs.aws.amazon.com/proton/latest/userguide/setting-up-for-service.html>)
    /// in the *Proton User Guide*.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub connection_arn: ::std::string::String,
    /// The ARN of your customer Amazon Web Services Key Management Service (Amazon Web Services KMS) key.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub encryption_key: ::std::option::Option<::std::string::String>,
    /// The repository name (for example, `myrepos/myrepo`).
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub name: ::std::string::String,
    /// The repository provider.
    pub provider: crate::types::RepositoryProvider,
    /// An optional list of metadata items that you can associate with the Proton repository. A tag is a
    /// key-value pair.
    ///
    /// For more information, see
    /// [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
    /// in the *Proton User Guide*.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
}

/// The required members of [`CreateRepositoryInput`], named, for [`CreateRepositoryInput::new`].
#[derive(Clone)]
pub struct CreateRepositoryInputRequired {
    /// The Amazon Resource Name (ARN) of your AWS CodeStar connection that connects Proton to your
    /// repository provider account. For more information, see
    /// [Setting up for Proton](<https://docs.aws.amazon.com/proton/latest/userguide/setting-up-for-service.html>)
    /// in the *Proton User Guide*.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub connection_arn: ::std::string::String,
    /// The repository name (for example, `myrepos/myrepo`).
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub name: ::std::string::String,
    /// The repository provider.
    pub provider: crate::types::RepositoryProvider,
}

impl CreateRepositoryInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: CreateRepositoryInputRequired) -> Self {
        Self {
            connection_arn: required.connection_arn,
            name: required.name,
            provider: required.provider,
            encryption_key: ::std::option::Option::None,
            tags: ::std::option::Option::None,
        }
    }

    /// Sets [`encryption_key`](Self::encryption_key).
    pub fn with_encryption_key(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.encryption_key = ::std::option::Option::Some(value.into());
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

impl ::awsgen_runtime::codegen::ToJson for CreateRepositoryInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("connectionArn", &self.connection_arn);
        w.optional("encryptionKey", &self.encryption_key);
        w.member("name", &self.name);
        w.member("provider", &self.provider);
        w.optional("tags", &self.tags);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for CreateRepositoryInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "connectionArn" => r.set(&mut out.connection_arn)?,
                "encryptionKey" => out.encryption_key = r.member()?,
                "name" => r.set(&mut out.name)?,
                "provider" => r.set(&mut out.provider)?,
                "tags" => out.tags = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            connection_arn: ::awsgen_runtime::codegen::FromJson::zero_value(),
            encryption_key: ::std::option::Option::None,
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            provider: ::awsgen_runtime::codegen::FromJson::zero_value(),
            tags: ::std::option::Option::None,
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for CreateRepositoryInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.connection_arn;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "connectionArn",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.encryption_key {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "encryptionKey",
            )?;
        }
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        ::awsgen_runtime::codegen::nested(&self.tags, "tags")?;
        ::std::result::Result::Ok(())
    }
}

/// The `CreateRepositoryOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CreateRepositoryOutput {
    /// The repository link's detail data that's returned by Proton.
    pub repository: crate::types::Repository,
}

impl CreateRepositoryOutput {
    /// Creates a value from its required member `repository`; optional members start unset.
    pub fn new(repository: impl ::std::convert::Into<crate::types::Repository>) -> Self {
        Self { repository: repository.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for CreateRepositoryOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("repository", &self.repository);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for CreateRepositoryOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "repository" => r.set(&mut out.repository)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { repository: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for CreateRepositoryOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.repository, "repository")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `CreateRepository` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum CreateRepositoryError {
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
    Unhandled(::awsgen_runtime::error::Unhandled),
}

impl CreateRepositoryError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
            Self::ConflictException(e) => e,
            Self::InternalServerException(e) => e,
            Self::ServiceQuotaExceededException(e) => e,
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

impl ::awsgen_runtime::codegen::OperationError for CreateRepositoryError {
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
            "ServiceQuotaExceededException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ServiceQuotaExceededException),
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

impl ::awsgen_runtime::error::ServiceError for CreateRepositoryError {
    fn code(&self) -> ::std::option::Option<&str> {
        CreateRepositoryError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        CreateRepositoryError::message(self)
    }
}

impl ::std::fmt::Display for CreateRepositoryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for CreateRepositoryError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
