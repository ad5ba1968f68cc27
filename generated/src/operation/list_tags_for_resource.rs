// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListTagsForResource` operation.
//!
//! List tags for a resource. For more information, see
//! [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
//! in the *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "ListTagsForResource";

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

/// The `ListTagsForResourceInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListTagsForResourceInput {
    /// The maximum number of tags to list.
    ///
    /// *Model:* value 1 to 100.
    pub max_results: ::std::option::Option<i32>,
    /// A token that indicates the location of the next resource tag in the array of resource tags, after
    /// the list of resource tags that was previously requested.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The Amazon Resource Name (ARN) of the resource for the listed tags.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub resource_arn: ::std::string::String,
}

impl ListTagsForResourceInput {
    /// Creates a value from its required member `resource_arn`; optional members start unset.
    pub fn new(resource_arn: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            resource_arn: resource_arn.into(),
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
        }
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

impl ::awsgen_runtime::codegen::ToJson for ListTagsForResourceInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("maxResults", &self.max_results);
        w.optional("nextToken", &self.next_token);
        w.member("resourceArn", &self.resource_arn);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for ListTagsForResourceInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "maxResults" => out.max_results = r.member()?,
                "nextToken" => out.next_token = r.member()?,
                "resourceArn" => r.set(&mut out.resource_arn)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            resource_arn: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for ListTagsForResourceInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.max_results {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_value(*value as f64, 1f64),
                "maxResults",
            )?;
        }
        {
            let value = &self.resource_arn;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "resourceArn",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `ListTagsForResourceOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListTagsForResourceOutput {
    /// A token that indicates the location of the next resource tag in the array of resource tags, after
    /// the current requested list of resource tags.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// A list of resource tags with detail data.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::vec::Vec<crate::types::Tag>,
}

impl ListTagsForResourceOutput {
    /// Creates a value from its required member `tags`; optional members start unset.
    pub fn new(tags: impl ::std::convert::Into<::std::vec::Vec<crate::types::Tag>>) -> Self {
        Self { tags: tags.into(), next_token: ::std::option::Option::None }
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
impl ::awsgen_runtime::codegen::ToJson for ListTagsForResourceOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("nextToken", &self.next_token);
        w.member("tags", &self.tags);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ListTagsForResourceOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "nextToken" => out.next_token = r.member()?,
                "tags" => r.set(&mut out.tags)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            tags: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ListTagsForResourceOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.tags, "tags")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `ListTagsForResource` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum ListTagsForResourceError {
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

impl ListTagsForResourceError {
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

impl ::awsgen_runtime::codegen::OperationError for ListTagsForResourceError {
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

impl ::awsgen_runtime::error::ServiceError for ListTagsForResourceError {
    fn code(&self) -> ::std::option::Option<&str> {
        ListTagsForResourceError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        ListTagsForResourceError::message(self)
    }
}

impl ::std::fmt::Display for ListTagsForResourceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for ListTagsForResourceError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}

fn send_boxed(
    client: &crate::Client,
    input: ListTagsForResourceInput,
) -> ::awsgen_runtime::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListTagsForResourceOutput,
        ::awsgen_runtime::Error<ListTagsForResourceError>,
    >,
> {
    ::std::boxed::Box::pin(client.list_tags_for_resource(input))
}

fn paginator_next(
    input: &crate::operation::list_tags_for_resource::ListTagsForResourceInput,
    output: &crate::operation::list_tags_for_resource::ListTagsForResourceOutput,
) -> ::std::option::Option<crate::operation::list_tags_for_resource::ListTagsForResourceInput> {
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
    input: &crate::operation::list_tags_for_resource::ListTagsForResourceInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}

fn paginator_items(
    output: crate::operation::list_tags_for_resource::ListTagsForResourceOutput,
) -> ::std::vec::Vec<crate::types::Tag> {
    output.tags
}

pub(crate) static PAGINATOR: ::awsgen_runtime::codegen::PaginatorSpec<
    crate::Client,
    crate::operation::list_tags_for_resource::ListTagsForResourceInput,
    crate::operation::list_tags_for_resource::ListTagsForResourceOutput,
    crate::operation::list_tags_for_resource::ListTagsForResourceError,
    crate::types::Tag,
> = ::awsgen_runtime::codegen::PaginatorSpec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::Some(
        |input: &mut crate::operation::list_tags_for_resource::ListTagsForResourceInput, size: i32| {
            input.max_results = ::std::option::Option::Some(size);
        },
    ),
    items: paginator_items,
};
