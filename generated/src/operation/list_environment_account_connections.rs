// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListEnvironmentAccountConnections` operation.
//!
//! View a list of environment account connections.
//!
//! For more information, see
//! [Environment account connections](<https://docs.aws.amazon.com/proton/latest/userguide/ag-env-account-connections.html>)
//! in the *Proton User guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "ListEnvironmentAccountConnections";

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

/// The `ListEnvironmentAccountConnectionsInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListEnvironmentAccountConnectionsInput {
    /// The environment name that's associated with each listed environment account connection.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::option::Option<::std::string::String>,
    /// The maximum number of environment account connections to list.
    ///
    /// *Model:* value 1 to 100.
    pub max_results: ::std::option::Option<i32>,
    /// A token that indicates the location of the next environment account connection in the array of
    /// environment account connections, after the list of environment account connections that was
    /// previously requested.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The type of account making the `ListEnvironmentAccountConnections` request.
    pub requested_by: crate::types::EnvironmentAccountConnectionRequesterAccountType,
    /// The status details for each listed environment account connection.
    pub statuses: ::std::option::Option<
        ::std::vec::Vec<crate::types::EnvironmentAccountConnectionStatus>,
    >,
}

impl ListEnvironmentAccountConnectionsInput {
    /// Creates a value from its required member `requested_by`; optional members start unset.
    pub fn new(
        requested_by: impl ::std::convert::Into<
            crate::types::EnvironmentAccountConnectionRequesterAccountType,
        >,
    ) -> Self {
        Self {
            requested_by: requested_by.into(),
            environment_name: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            statuses: ::std::option::Option::None,
        }
    }

    /// Sets [`environment_name`](Self::environment_name).
    pub fn with_environment_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.environment_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`max_results`](Self::max_results).
    pub fn with_max_results(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.max_results = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`next_token`](Self::next_token).
    pub fn with_next_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`statuses`](Self::statuses).
    pub fn with_statuses(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::EnvironmentAccountConnectionStatus>,
        >,
    ) -> Self {
        self.statuses = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::awsgen_runtime::codegen::ToJson for ListEnvironmentAccountConnectionsInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("environmentName", &self.environment_name);
        w.optional("maxResults", &self.max_results);
        w.optional("nextToken", &self.next_token);
        w.member("requestedBy", &self.requested_by);
        w.optional("statuses", &self.statuses);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for ListEnvironmentAccountConnectionsInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "environmentName" => out.environment_name = r.member()?,
                "maxResults" => out.max_results = r.member()?,
                "nextToken" => out.next_token = r.member()?,
                "requestedBy" => r.set(&mut out.requested_by)?,
                "statuses" => out.statuses = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            environment_name: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            requested_by: ::awsgen_runtime::codegen::FromJson::zero_value(),
            statuses: ::std::option::Option::None,
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for ListEnvironmentAccountConnectionsInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.environment_name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "environmentName",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.max_results {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_value(*value as f64, 1f64),
                "maxResults",
            )?;
        }
        ::awsgen_runtime::codegen::nested(&self.statuses, "statuses")?;
        ::std::result::Result::Ok(())
    }
}

/// The `ListEnvironmentAccountConnectionsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListEnvironmentAccountConnectionsOutput {
    /// An array of environment account connections with details that's returned by Proton.
    pub environment_account_connections: ::std::vec::Vec<
        crate::types::EnvironmentAccountConnectionSummary,
    >,
    /// A token that indicates the location of the next environment account connection in the array of
    /// environment account connections, after the current requested list of environment account
    /// connections.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl ListEnvironmentAccountConnectionsOutput {
    /// Creates a value from its required member `environment_account_connections`; optional members start unset.
    pub fn new(
        environment_account_connections: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::EnvironmentAccountConnectionSummary>,
        >,
    ) -> Self {
        Self {
            environment_account_connections: environment_account_connections.into(),
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

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ListEnvironmentAccountConnectionsOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("environmentAccountConnections", &self.environment_account_connections);
        w.optional("nextToken", &self.next_token);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ListEnvironmentAccountConnectionsOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "environmentAccountConnections" => r.set(
                    &mut out.environment_account_connections,
                )?,
                "nextToken" => out.next_token = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            environment_account_connections: ::awsgen_runtime::codegen::FromJson::zero_value(),
            next_token: ::std::option::Option::None,
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ListEnvironmentAccountConnectionsOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(
            &self.environment_account_connections,
            "environmentAccountConnections",
        )?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `ListEnvironmentAccountConnections` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum ListEnvironmentAccountConnectionsError {
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

impl ListEnvironmentAccountConnectionsError {
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

impl ::awsgen_runtime::codegen::OperationError for ListEnvironmentAccountConnectionsError {
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

impl ::awsgen_runtime::error::ServiceError for ListEnvironmentAccountConnectionsError {
    fn code(&self) -> ::std::option::Option<&str> {
        ListEnvironmentAccountConnectionsError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        ListEnvironmentAccountConnectionsError::message(self)
    }
}

impl ::std::fmt::Display for ListEnvironmentAccountConnectionsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for ListEnvironmentAccountConnectionsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}

fn send_boxed(
    client: &crate::Client,
    input: ListEnvironmentAccountConnectionsInput,
) -> ::awsgen_runtime::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListEnvironmentAccountConnectionsOutput,
        ::awsgen_runtime::Error<ListEnvironmentAccountConnectionsError>,
    >,
> {
    ::std::boxed::Box::pin(client.list_environment_account_connections(input))
}

fn paginator_next(
    input: &crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsInput,
    output: &crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsOutput,
) -> ::std::option::Option<
    crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsInput,
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
    input: &crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}

fn paginator_items(
    output: crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsOutput,
) -> ::std::vec::Vec<crate::types::EnvironmentAccountConnectionSummary> {
    output.environment_account_connections
}

pub(crate) static PAGINATOR: ::awsgen_runtime::codegen::PaginatorSpec<
    crate::Client,
    crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsInput,
    crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsOutput,
    crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsError,
    crate::types::EnvironmentAccountConnectionSummary,
> = ::awsgen_runtime::codegen::PaginatorSpec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::Some(
        |input: &mut crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsInput, size: i32| {
            input.max_results = ::std::option::Option::Some(size);
        },
    ),
    items: paginator_items,
};
