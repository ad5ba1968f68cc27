// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListServiceTemplateVersions` operation.
//!
//! List major or minor versions of a service template with detail data.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "ListServiceTemplateVersions";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `ListServiceTemplateVersionsInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListServiceTemplateVersionsInput {
    /// To view a list of minor of versions under a major version of a service template, include
    /// `major Version`.
    ///
    /// To view a list of major versions of a service template, *exclude* `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::option::Option<::std::string::String>,
    /// The maximum number of major or minor versions of a service template to list.
    ///
    /// *Model:* value 1 to 100.
    pub max_results: ::std::option::Option<i32>,
    /// A token that indicates the location of the next major or minor version in the array of major or
    /// minor versions of a service template, after the list of major or minor versions that was previously
    /// requested.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
impl ListServiceTemplateVersionsInput {
    /// Creates a value from its required member `template_name`; optional members start unset.
    pub fn new(template_name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            template_name: template_name.into(),
            major_version: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
        }
    }
    /// Sets [`major_version`](Self::major_version).
    pub fn with_major_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.major_version = ::std::option::Option::Some(value.into());
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
impl crate::json::ToJson for ListServiceTemplateVersionsInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.major_version {
            map.insert("majorVersion".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.max_results {
            map.insert("maxResults".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "templateName".to_owned(),
            crate::json::ToJson::to_json(&self.template_name),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListServiceTemplateVersionsInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_major_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "majorVersion" => {
                    v_major_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "maxResults" => {
                    v_max_results = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "nextToken" => {
                    v_next_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "templateName" => {
                    v_template_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            major_version: v_major_version,
            max_results: v_max_results,
            next_token: v_next_token,
            template_name: v_template_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            major_version: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            template_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ListServiceTemplateVersionsInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.major_version {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("majorVersion"))?;
        }
        if let ::std::option::Option::Some(value) = &self.max_results {
            crate::validate::min_value(*value as f64, 1f64)
                .map_err(|e| e.under("maxResults"))?;
        }
        {
            let value = &self.template_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `ListServiceTemplateVersionsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListServiceTemplateVersionsOutput {
    /// A token that indicates the location of the next major or minor version in the array of major or
    /// minor versions of a service template, after the current requested list of service major or minor
    /// versions.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// An array of major or minor versions of a service template with detail data.
    pub template_versions: ::std::vec::Vec<crate::types::ServiceTemplateVersionSummary>,
}
impl ListServiceTemplateVersionsOutput {
    /// Creates a value from its required member `template_versions`; optional members start unset.
    pub fn new(
        template_versions: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::ServiceTemplateVersionSummary>,
        >,
    ) -> Self {
        Self {
            template_versions: template_versions.into(),
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
impl crate::json::ToJson for ListServiceTemplateVersionsOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "templateVersions".to_owned(),
            crate::json::ToJson::to_json(&self.template_versions),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListServiceTemplateVersionsOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_versions: ::std::option::Option<
            ::std::vec::Vec<crate::types::ServiceTemplateVersionSummary>,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "nextToken" => {
                    v_next_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "templateVersions" => {
                    v_template_versions = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            next_token: v_next_token,
            template_versions: v_template_versions
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            template_versions: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ListServiceTemplateVersionsOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.template_versions;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("templateVersions"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `ListServiceTemplateVersions` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum ListServiceTemplateVersionsError {
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
impl ListServiceTemplateVersionsError {
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
impl crate::error::OperationError for ListServiceTemplateVersionsError {
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
impl ::std::fmt::Display for ListServiceTemplateVersionsError {
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
impl ::std::error::Error for ListServiceTemplateVersionsError {
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
    input: ListServiceTemplateVersionsInput,
) -> crate::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListServiceTemplateVersionsOutput,
        crate::Error<ListServiceTemplateVersionsError>,
    >,
> {
    ::std::boxed::Box::pin(client.list_service_template_versions(input))
}
fn paginator_next(
    input: &crate::operation::list_service_template_versions::ListServiceTemplateVersionsInput,
    output: &crate::operation::list_service_template_versions::ListServiceTemplateVersionsOutput,
) -> ::std::option::Option<
    crate::operation::list_service_template_versions::ListServiceTemplateVersionsInput,
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
    input: &crate::operation::list_service_template_versions::ListServiceTemplateVersionsInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}
fn paginator_items(
    output: crate::operation::list_service_template_versions::ListServiceTemplateVersionsOutput,
) -> ::std::vec::Vec<crate::types::ServiceTemplateVersionSummary> {
    output.template_versions
}
pub(crate) static PAGINATOR: crate::paginate::Spec<
    crate::operation::list_service_template_versions::ListServiceTemplateVersionsInput,
    crate::operation::list_service_template_versions::ListServiceTemplateVersionsOutput,
    crate::operation::list_service_template_versions::ListServiceTemplateVersionsError,
    crate::types::ServiceTemplateVersionSummary,
> = crate::paginate::Spec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::Some(|
        input: &mut crate::operation::list_service_template_versions::ListServiceTemplateVersionsInput,
        size: i32|
    {
        input.max_results = ::std::option::Option::Some(size);
    }),
    items: paginator_items,
};
