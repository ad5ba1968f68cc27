// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListEnvironmentTemplates` operation.
//!
//! List environment templates.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "ListEnvironmentTemplates";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
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
        Self {
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
impl crate::json::ToJson for ListEnvironmentTemplatesInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.max_results {
            map.insert("maxResults".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListEnvironmentTemplatesInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "maxResults" => {
                    v_max_results = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "nextToken" => {
                    v_next_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            max_results: v_max_results,
            next_token: v_next_token,
        })
    }
    fn zero_value() -> Self {
        Self {
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for ListEnvironmentTemplatesInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.max_results {
            crate::validate::min_value(*value as f64, 1f64)
                .map_err(|e| e.under("maxResults"))?;
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
        Self {
            templates: templates.into(),
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
impl crate::json::ToJson for ListEnvironmentTemplatesOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "templates".to_owned(),
            crate::json::ToJson::to_json(&self.templates),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListEnvironmentTemplatesOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_templates: ::std::option::Option<
            ::std::vec::Vec<crate::types::EnvironmentTemplateSummary>,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "nextToken" => {
                    v_next_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "templates" => {
                    v_templates = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            next_token: v_next_token,
            templates: v_templates.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            templates: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ListEnvironmentTemplatesOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.templates;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("templates"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `ListEnvironmentTemplates` can return.
#[non_exhaustive]
#[derive(Debug)]
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
    Unhandled(crate::error::Unhandled),
}
impl ListEnvironmentTemplatesError {
    /// The error code, when the service sent one.
    pub fn code(&self) -> ::std::option::Option<&str> {
        match self {
            Self::AccessDeniedException(_) => {
                ::std::option::Option::Some(crate::types::AccessDeniedException::CODE)
            }
            Self::InternalServerException(_) => {
                ::std::option::Option::Some(crate::types::InternalServerException::CODE)
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
            Self::ThrottlingException(e) => e.message(),
            Self::ValidationException(e) => e.message(),
            Self::Unhandled(e) => e.message(),
        }
    }
}
impl crate::error::OperationError for ListEnvironmentTemplatesError {
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
impl ::std::fmt::Display for ListEnvironmentTemplatesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListEnvironmentTemplatesError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::InternalServerException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
fn send_boxed(
    client: &crate::Client,
    input: ListEnvironmentTemplatesInput,
) -> crate::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListEnvironmentTemplatesOutput,
        crate::Error<ListEnvironmentTemplatesError>,
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
pub(crate) static PAGINATOR: crate::paginate::Spec<
    crate::operation::list_environment_templates::ListEnvironmentTemplatesInput,
    crate::operation::list_environment_templates::ListEnvironmentTemplatesOutput,
    crate::operation::list_environment_templates::ListEnvironmentTemplatesError,
    crate::types::EnvironmentTemplateSummary,
> = crate::paginate::Spec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::Some(|
        input: &mut crate::operation::list_environment_templates::ListEnvironmentTemplatesInput,
        size: i32|
    {
        input.max_results = ::std::option::Option::Some(size);
    }),
    items: paginator_items,
};
