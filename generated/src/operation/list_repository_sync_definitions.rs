// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListRepositorySyncDefinitions` operation.
//!
//! List repository sync definitions with detail data.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "ListRepositorySyncDefinitions";

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

/// The `ListRepositorySyncDefinitionsInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListRepositorySyncDefinitionsInput {
    /// A token that indicates the location of the next repository sync definition in the array of
    /// repository sync definitions, after the list of repository sync definitions previously requested.
    ///
    /// *Model:* length 0 to 0.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub repository_name: ::std::string::String,
    /// The repository provider.
    pub repository_provider: crate::types::RepositoryProvider,
    /// The sync type. The only supported value is `TEMPLATE_SYNC`.
    pub sync_type: crate::types::SyncType,
}

/// The required members of [`ListRepositorySyncDefinitionsInput`], named, for [`ListRepositorySyncDefinitionsInput::new`].
#[derive(Clone)]
pub struct ListRepositorySyncDefinitionsInputRequired {
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub repository_name: ::std::string::String,
    /// The repository provider.
    pub repository_provider: crate::types::RepositoryProvider,
    /// The sync type. The only supported value is `TEMPLATE_SYNC`.
    pub sync_type: crate::types::SyncType,
}

impl ListRepositorySyncDefinitionsInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ListRepositorySyncDefinitionsInputRequired) -> Self {
        Self {
            repository_name: required.repository_name,
            repository_provider: required.repository_provider,
            sync_type: required.sync_type,
            next_token: ::std::option::Option::None,
        }
    }

    /// Sets [`next_token`](Self::next_token).
    pub fn with_next_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::awsgen_runtime::codegen::ToJson for ListRepositorySyncDefinitionsInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("nextToken", &self.next_token);
        w.member("repositoryName", &self.repository_name);
        w.member("repositoryProvider", &self.repository_provider);
        w.member("syncType", &self.sync_type);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for ListRepositorySyncDefinitionsInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "nextToken" => out.next_token = r.member()?,
                "repositoryName" => r.set(&mut out.repository_name)?,
                "repositoryProvider" => r.set(&mut out.repository_provider)?,
                "syncType" => r.set(&mut out.sync_type)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            repository_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            repository_provider: ::awsgen_runtime::codegen::FromJson::zero_value(),
            sync_type: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for ListRepositorySyncDefinitionsInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.repository_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "repositoryName",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `ListRepositorySyncDefinitionsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListRepositorySyncDefinitionsOutput {
    /// A token that indicates the location of the next repository sync definition in the array of
    /// repository sync definitions, after the current requested list of repository sync definitions.
    ///
    /// *Model:* length 0 to 0.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// An array of repository sync definitions.
    pub sync_definitions: ::std::vec::Vec<crate::types::RepositorySyncDefinition>,
}

impl ListRepositorySyncDefinitionsOutput {
    /// Creates a value from its required member `sync_definitions`; optional members start unset.
    pub fn new(
        sync_definitions: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::RepositorySyncDefinition>,
        >,
    ) -> Self {
        Self { sync_definitions: sync_definitions.into(), next_token: ::std::option::Option::None }
    }

    /// Sets [`next_token`](Self::next_token).
    pub fn with_next_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ListRepositorySyncDefinitionsOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("nextToken", &self.next_token);
        w.member("syncDefinitions", &self.sync_definitions);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ListRepositorySyncDefinitionsOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "nextToken" => out.next_token = r.member()?,
                "syncDefinitions" => r.set(&mut out.sync_definitions)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            sync_definitions: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ListRepositorySyncDefinitionsOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.sync_definitions, "syncDefinitions")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `ListRepositorySyncDefinitions` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum ListRepositorySyncDefinitionsError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request failed to register with the service.
    InternalServerException(crate::types::InternalServerException),
    /// The request was denied due to request throttling.
    ThrottlingException(crate::types::ThrottlingException),
    /// The input is invalid or an out-of-range value was supplied for the input parameter.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not declare for this operation.
    Unhandled(::awsgen_runtime::error::Unhandled),
}

impl ListRepositorySyncDefinitionsError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
            Self::InternalServerException(e) => e,
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

impl ::awsgen_runtime::codegen::OperationError for ListRepositorySyncDefinitionsError {
    const ERRORS: &'static ::awsgen_runtime::codegen::ErrorTable<Self> = &[
        (
            "AccessDeniedException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::AccessDeniedException),
        ),
        (
            "InternalServerException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::InternalServerException),
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

impl ::awsgen_runtime::error::ServiceError for ListRepositorySyncDefinitionsError {
    fn code(&self) -> ::std::option::Option<&str> {
        ListRepositorySyncDefinitionsError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        ListRepositorySyncDefinitionsError::message(self)
    }
}

impl ::std::fmt::Display for ListRepositorySyncDefinitionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for ListRepositorySyncDefinitionsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}

fn send_boxed(
    client: &crate::Client,
    input: ListRepositorySyncDefinitionsInput,
) -> ::awsgen_runtime::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListRepositorySyncDefinitionsOutput,
        ::awsgen_runtime::Error<ListRepositorySyncDefinitionsError>,
    >,
> {
    ::std::boxed::Box::pin(client.list_repository_sync_definitions(input))
}

fn paginator_next(
    input: &crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsInput,
    output: &crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsOutput,
) -> ::std::option::Option<
    crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsInput,
> {
    let token0 = output.next_token.as_ref();
    let set0 = token0.is_some_and(|_v0| !_v0.is_empty());
    if !set0 {
        return ::std::option::Option::None;
    }
    let mut next = input.clone();
    next.next_token = token0.cloned();
    ::std::option::Option::Some(next)
}

fn paginator_token_key(
    input: &crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}

fn paginator_items(
    output: crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsOutput,
) -> ::std::vec::Vec<crate::types::RepositorySyncDefinition> {
    output.sync_definitions
}

pub(crate) static PAGINATOR: ::awsgen_runtime::codegen::PaginatorSpec<
    crate::Client,
    crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsInput,
    crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsOutput,
    crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsError,
    crate::types::RepositorySyncDefinition,
> = ::awsgen_runtime::codegen::PaginatorSpec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::None,
    items: paginator_items,
};
