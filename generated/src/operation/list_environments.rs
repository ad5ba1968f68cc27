// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListEnvironments` operation.
//!
//! List environments with detail data summaries.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "ListEnvironments";

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

/// The `ListEnvironmentsInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct ListEnvironmentsInput {
    /// An array of the versions of the environment template.
    pub environment_templates: ::std::option::Option<
        ::std::vec::Vec<crate::types::EnvironmentTemplateFilter>,
    >,
    /// The maximum number of environments to list.
    ///
    /// *Model:* value 1 to 100.
    pub max_results: ::std::option::Option<i32>,
    /// A token that indicates the location of the next environment in the array of environments, after the
    /// list of environments that was previously requested.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl ListEnvironmentsInput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            environment_templates: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
        }
    }

    /// Sets [`environment_templates`](Self::environment_templates).
    pub fn with_environment_templates(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::EnvironmentTemplateFilter>>,
    ) -> Self {
        self.environment_templates = ::std::option::Option::Some(value.into());
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
}

impl ::awsgen_runtime::codegen::ToJson for ListEnvironmentsInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("environmentTemplates", &self.environment_templates);
        w.optional("maxResults", &self.max_results);
        w.optional("nextToken", &self.next_token);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for ListEnvironmentsInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "environmentTemplates" => out.environment_templates = r.member()?,
                "maxResults" => out.max_results = r.member()?,
                "nextToken" => out.next_token = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        ::std::default::Default::default()
    }
}

impl ::awsgen_runtime::codegen::Validate for ListEnvironmentsInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.environment_templates, "environmentTemplates")?;
        if let ::std::option::Option::Some(value) = &self.max_results {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_value(*value as f64, 1f64),
                "maxResults",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `ListEnvironmentsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListEnvironmentsOutput {
    /// An array of environment detail data summaries.
    pub environments: ::std::vec::Vec<crate::types::EnvironmentSummary>,
    /// A token that indicates the location of the next environment in the array of environments, after the
    /// current requested list of environments.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl ListEnvironmentsOutput {
    /// Creates a value from its required member `environments`; optional members start unset.
    pub fn new(
        environments: impl ::std::convert::Into<::std::vec::Vec<crate::types::EnvironmentSummary>>,
    ) -> Self {
        Self { environments: environments.into(), next_token: ::std::option::Option::None }
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
impl ::awsgen_runtime::codegen::ToJson for ListEnvironmentsOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("environments", &self.environments);
        w.optional("nextToken", &self.next_token);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ListEnvironmentsOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "environments" => r.set(&mut out.environments)?,
                "nextToken" => out.next_token = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            environments: ::awsgen_runtime::codegen::FromJson::zero_value(),
            next_token: ::std::option::Option::None,
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ListEnvironmentsOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.environments, "environments")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `ListEnvironments` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum ListEnvironmentsError {
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
    Unhandled(::awsgen_runtime::error::Unhandled),
}

impl ListEnvironmentsError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
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

impl ::awsgen_runtime::codegen::OperationError for ListEnvironmentsError {
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

impl ::awsgen_runtime::error::ServiceError for ListEnvironmentsError {
    fn code(&self) -> ::std::option::Option<&str> {
        ListEnvironmentsError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        ListEnvironmentsError::message(self)
    }
}

impl ::std::fmt::Display for ListEnvironmentsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for ListEnvironmentsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}

fn send_boxed(
    client: &crate::Client,
    input: ListEnvironmentsInput,
) -> ::awsgen_runtime::http::BoxFuture<
    '_,
    ::std::result::Result<ListEnvironmentsOutput, ::awsgen_runtime::Error<ListEnvironmentsError>>,
> {
    ::std::boxed::Box::pin(client.list_environments(input))
}

fn paginator_next(
    input: &crate::operation::list_environments::ListEnvironmentsInput,
    output: &crate::operation::list_environments::ListEnvironmentsOutput,
) -> ::std::option::Option<crate::operation::list_environments::ListEnvironmentsInput> {
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
    input: &crate::operation::list_environments::ListEnvironmentsInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}

fn paginator_items(
    output: crate::operation::list_environments::ListEnvironmentsOutput,
) -> ::std::vec::Vec<crate::types::EnvironmentSummary> {
    output.environments
}

pub(crate) static PAGINATOR: ::awsgen_runtime::codegen::PaginatorSpec<
    crate::Client,
    crate::operation::list_environments::ListEnvironmentsInput,
    crate::operation::list_environments::ListEnvironmentsOutput,
    crate::operation::list_environments::ListEnvironmentsError,
    crate::types::EnvironmentSummary,
> = ::awsgen_runtime::codegen::PaginatorSpec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::Some(
        |input: &mut crate::operation::list_environments::ListEnvironmentsInput, size: i32| {
            input.max_results = ::std::option::Option::Some(size);
        },
    ),
    items: paginator_items,
};
