// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListComponents` operation.
//!
//! List components with summary data. You can filter the result list by environment, service, or a
//! single service instance.
//!
//! For more information about components, see
//! [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
//! *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "ListComponents";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `ListComponentsInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct ListComponentsInput {
    /// The name of an environment for result list filtering. Proton returns components associated with the
    /// environment or attached to service instances running in it.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::option::Option<::std::string::String>,
    /// The maximum number of components to list.
    ///
    /// *Model:* value 1 to 100.
    pub max_results: ::std::option::Option<i32>,
    /// A token that indicates the location of the next component in the array of components, after the list
    /// of components that was previously requested.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The name of a service instance for result list filtering. Proton returns the component attached to
    /// the service instance, if any.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::option::Option<::std::string::String>,
    /// The name of a service for result list filtering. Proton returns components attached to service
    /// instances of the service.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::option::Option<::std::string::String>,
}
impl ListComponentsInput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            environment_name: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
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
    /// Sets [`service_instance_name`](Self::service_instance_name).
    pub fn with_service_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_instance_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`service_name`](Self::service_name).
    pub fn with_service_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_name = ::std::option::Option::Some(value.into());
        self
    }
}
impl crate::json::ToJson for ListComponentsInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.environment_name {
            map.insert(
                "environmentName".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.max_results {
            map.insert("maxResults".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.service_instance_name {
            map.insert(
                "serviceInstanceName".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.service_name {
            map.insert("serviceName".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListComponentsInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_environment_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_instance_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "environmentName" => {
                    v_environment_name = crate::json::member(
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
                "serviceInstanceName" => {
                    v_service_instance_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "serviceName" => {
                    v_service_name = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            environment_name: v_environment_name,
            max_results: v_max_results,
            next_token: v_next_token,
            service_instance_name: v_service_instance_name,
            service_name: v_service_name,
        })
    }
    fn zero_value() -> Self {
        Self {
            environment_name: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for ListComponentsInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.environment_name {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("environmentName"))?;
        }
        if let ::std::option::Option::Some(value) = &self.max_results {
            crate::validate::min_value(*value as f64, 1f64)
                .map_err(|e| e.under("maxResults"))?;
        }
        if let ::std::option::Option::Some(value) = &self.service_instance_name {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceInstanceName"))?;
        }
        if let ::std::option::Option::Some(value) = &self.service_name {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `ListComponentsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListComponentsOutput {
    /// An array of components with summary data.
    pub components: ::std::vec::Vec<crate::types::ComponentSummary>,
    /// A token that indicates the location of the next component in the array of components, after the
    /// current requested list of components.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListComponentsOutput {
    /// Creates a value from its required member `components`; optional members start unset.
    pub fn new(
        components: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::ComponentSummary>,
        >,
    ) -> Self {
        Self {
            components: components.into(),
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
impl crate::json::ToJson for ListComponentsOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "components".to_owned(),
            crate::json::ToJson::to_json(&self.components),
        );
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListComponentsOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_components: ::std::option::Option<
            ::std::vec::Vec<crate::types::ComponentSummary>,
        > = ::std::option::Option::None;
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "components" => {
                    v_components = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "nextToken" => {
                    v_next_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            components: v_components.unwrap_or_else(crate::json::FromJson::zero_value),
            next_token: v_next_token,
        })
    }
    fn zero_value() -> Self {
        Self {
            components: crate::json::FromJson::zero_value(),
            next_token: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for ListComponentsOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.components;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("components"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `ListComponents` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum ListComponentsError {
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
impl ListComponentsError {
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
impl crate::error::OperationError for ListComponentsError {
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
impl ::std::fmt::Display for ListComponentsError {
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
impl ::std::error::Error for ListComponentsError {
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
    input: ListComponentsInput,
) -> crate::http::BoxFuture<
    '_,
    ::std::result::Result<ListComponentsOutput, crate::Error<ListComponentsError>>,
> {
    ::std::boxed::Box::pin(client.list_components(input))
}
fn paginator_next(
    input: &crate::operation::list_components::ListComponentsInput,
    output: &crate::operation::list_components::ListComponentsOutput,
) -> ::std::option::Option<crate::operation::list_components::ListComponentsInput> {
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
    input: &crate::operation::list_components::ListComponentsInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}
fn paginator_items(
    output: crate::operation::list_components::ListComponentsOutput,
) -> ::std::vec::Vec<crate::types::ComponentSummary> {
    output.components
}
pub(crate) static PAGINATOR: crate::paginate::Spec<
    crate::operation::list_components::ListComponentsInput,
    crate::operation::list_components::ListComponentsOutput,
    crate::operation::list_components::ListComponentsError,
    crate::types::ComponentSummary,
> = crate::paginate::Spec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::Some(|
        input: &mut crate::operation::list_components::ListComponentsInput,
        size: i32|
    {
        input.max_results = ::std::option::Option::Some(size);
    }),
    items: paginator_items,
};
