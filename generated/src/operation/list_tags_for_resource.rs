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
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "ListTagsForResource";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
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
impl crate::json::ToJson for ListTagsForResourceInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.max_results {
            map.insert("maxResults".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "resourceArn".to_owned(),
            crate::json::ToJson::to_json(&self.resource_arn),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListTagsForResourceInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_resource_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "maxResults" => {
                    v_max_results = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "nextToken" => {
                    v_next_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "resourceArn" => {
                    v_resource_arn = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            max_results: v_max_results,
            next_token: v_next_token,
            resource_arn: v_resource_arn
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            resource_arn: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ListTagsForResourceInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.max_results {
            crate::validate::min_value(*value as f64, 1f64)
                .map_err(|e| e.under("maxResults"))?;
        }
        {
            let value = &self.resource_arn;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("resourceArn"))?;
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
    pub fn new(
        tags: impl ::std::convert::Into<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        Self {
            tags: tags.into(),
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
impl crate::json::ToJson for ListTagsForResourceOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert("tags".to_owned(), crate::json::ToJson::to_json(&self.tags));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListTagsForResourceOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "nextToken" => {
                    v_next_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "tags" => v_tags = crate::json::member(r, crate::json::FromJson::read)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            next_token: v_next_token,
            tags: v_tags.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            tags: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ListTagsForResourceOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.tags;
            crate::validate::Validate::validate(value).map_err(|e| e.under("tags"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `ListTagsForResource` can return.
#[non_exhaustive]
#[derive(Debug)]
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
    Unhandled(crate::error::Unhandled),
}
impl ListTagsForResourceError {
    /// The error code, when the service sent one.
    pub fn code(&self) -> ::std::option::Option<&str> {
        match self {
            Self::AccessDeniedException(_) => {
                ::std::option::Option::Some(crate::types::AccessDeniedException::CODE)
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
            Self::InternalServerException(e) => e.message(),
            Self::ResourceNotFoundException(e) => e.message(),
            Self::ThrottlingException(e) => e.message(),
            Self::ValidationException(e) => e.message(),
            Self::Unhandled(e) => e.message(),
        }
    }
}
impl crate::error::OperationError for ListTagsForResourceError {
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
impl ::std::fmt::Display for ListTagsForResourceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListTagsForResourceError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::InternalServerException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
fn send_boxed(
    client: &crate::Client,
    input: ListTagsForResourceInput,
) -> crate::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListTagsForResourceOutput,
        crate::Error<ListTagsForResourceError>,
    >,
> {
    ::std::boxed::Box::pin(client.list_tags_for_resource(input))
}
fn paginator_next(
    input: &crate::operation::list_tags_for_resource::ListTagsForResourceInput,
    output: &crate::operation::list_tags_for_resource::ListTagsForResourceOutput,
) -> ::std::option::Option<
    crate::operation::list_tags_for_resource::ListTagsForResourceInput,
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
    input: &crate::operation::list_tags_for_resource::ListTagsForResourceInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}
fn paginator_items(
    output: crate::operation::list_tags_for_resource::ListTagsForResourceOutput,
) -> ::std::vec::Vec<crate::types::Tag> {
    output.tags
}
pub(crate) static PAGINATOR: crate::paginate::Spec<
    crate::operation::list_tags_for_resource::ListTagsForResourceInput,
    crate::operation::list_tags_for_resource::ListTagsForResourceOutput,
    crate::operation::list_tags_for_resource::ListTagsForResourceError,
    crate::types::Tag,
> = crate::paginate::Spec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::Some(|
        input: &mut crate::operation::list_tags_for_resource::ListTagsForResourceInput,
        size: i32|
    {
        input.max_results = ::std::option::Option::Some(size);
    }),
    items: paginator_items,
};
