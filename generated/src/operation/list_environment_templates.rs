// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListEnvironmentTemplates` operation.
//!
//! List environment templates.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "ListEnvironmentTemplates";

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

/// The `ListEnvironmentTemplatesInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct ListEnvironmentTemplatesInput {
    /// The maximum number of environment templates to list.
    ///
    /// *Model:* value 1 to 100.
    pub max_results: ::std::option::Option<i32>,
    /// A token that indicates the location of the next environment template in the array of environment
    /// templates, after the list of environment templates that was previously requested.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl ListEnvironmentTemplatesInput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self { max_results: ::std::option::Option::None, next_token: ::std::option::Option::None }
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

impl ::awsgen_runtime::codegen::ToJson for ListEnvironmentTemplatesInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("maxResults", &self.max_results);
        w.optional("nextToken", &self.next_token);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for ListEnvironmentTemplatesInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
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

impl ::awsgen_runtime::codegen::Validate for ListEnvironmentTemplatesInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.max_results {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_value(*value as f64, 1f64),
                "maxResults",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `ListEnvironmentTemplatesOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListEnvironmentTemplatesOutput {
    /// A token that indicates the location of the next environment template in the array of environment
    /// templates, after the current requested list of environment templates.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// An array of environment templates with detail data.
    pub templates: ::std::vec::Vec<crate::types::EnvironmentTemplateSummary>,
}

impl ListEnvironmentTemplatesOutput {
    /// Creates a value from its required member `templates`; optional members start unset.
    pub fn new(
        templates: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::EnvironmentTemplateSummary>,
        >,
    ) -> Self {
        Self { templates: templates.into(), next_token: ::std::option::Option::None }
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
impl ::awsgen_runtime::codegen::ToJson for ListEnvironmentTemplatesOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("nextToken", &self.next_token);
        w.member("templates", &self.templates);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ListEnvironmentTemplatesOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "nextToken" => out.next_token = r.member()?,
                "templates" => r.set(&mut out.templates)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            templates: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ListEnvironmentTemplatesOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.templates, "templates")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `ListEnvironmentTemplates` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum ListEnvironmentTemplatesError {
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

impl ListEnvironmentTemplatesError {
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

impl ::awsgen_runtime::codegen::OperationError for ListEnvironmentTemplatesError {
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

impl ::awsgen_runtime::error::ServiceError for ListEnvironmentTemplatesError {
    fn code(&self) -> ::std::option::Option<&str> {
        ListEnvironmentTemplatesError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        ListEnvironmentTemplatesError::message(self)
    }
}

impl ::std::fmt::Display for ListEnvironmentTemplatesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for ListEnvironmentTemplatesError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}

fn send_boxed(
    client: &crate::Client,
    input: ListEnvironmentTemplatesInput,
) -> ::awsgen_runtime::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListEnvironmentTemplatesOutput,
        ::awsgen_runtime::Error<ListEnvironmentTemplatesError>,
    >,
> {
    ::std::boxed::Box::pin(client.list_environment_templates(input))
}

fn paginator_next(
    input: &crate::operation::list_environment_templates::ListEnvironmentTemplatesInput,
    output: &crate::operation::list_environment_templates::ListEnvironmentTemplatesOutput,
) -> ::std::option::Option<
    crate::operation::list_environment_templates::ListEnvironmentTemplatesInput,
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
    input: &crate::operation::list_environment_templates::ListEnvironmentTemplatesInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}

fn paginator_items(
    output: crate::operation::list_environment_templates::ListEnvironmentTemplatesOutput,
) -> ::std::vec::Vec<crate::types::EnvironmentTemplateSummary> {
    output.templates
}

pub(crate) static PAGINATOR: ::awsgen_runtime::codegen::PaginatorSpec<
    crate::Client,
    crate::operation::list_environment_templates::ListEnvironmentTemplatesInput,
    crate::operation::list_environment_templates::ListEnvironmentTemplatesOutput,
    crate::operation::list_environment_templates::ListEnvironmentTemplatesError,
    crate::types::EnvironmentTemplateSummary,
> = ::awsgen_runtime::codegen::PaginatorSpec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::Some(
        |input: &mut crate::operation::list_environment_templates::ListEnvironmentTemplatesInput, size: i32| {
            input.max_results = ::std::option::Option::Some(size);
        },
    ),
    items: paginator_items,
};
