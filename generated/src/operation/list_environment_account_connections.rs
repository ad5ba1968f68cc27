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
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "ListEnvironmentAccountConnections";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
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
impl crate::json::ToJson for ListEnvironmentAccountConnectionsInput {
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
        map.insert(
            "requestedBy".to_owned(),
            crate::json::ToJson::to_json(&self.requested_by),
        );
        if let ::std::option::Option::Some(value) = &self.statuses {
            map.insert("statuses".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListEnvironmentAccountConnectionsInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_environment_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_requested_by: ::std::option::Option<
            crate::types::EnvironmentAccountConnectionRequesterAccountType,
        > = ::std::option::Option::None;
        let mut v_statuses: ::std::option::Option<
            ::std::vec::Vec<crate::types::EnvironmentAccountConnectionStatus>,
        > = ::std::option::Option::None;
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
                "requestedBy" => {
                    v_requested_by = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "statuses" => {
                    v_statuses = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            environment_name: v_environment_name,
            max_results: v_max_results,
            next_token: v_next_token,
            requested_by: v_requested_by
                .unwrap_or_else(crate::json::FromJson::zero_value),
            statuses: v_statuses,
        })
    }
    fn zero_value() -> Self {
        Self {
            environment_name: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            requested_by: crate::json::FromJson::zero_value(),
            statuses: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for ListEnvironmentAccountConnectionsInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.environment_name {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("environmentName"))?;
        }
        if let ::std::option::Option::Some(value) = &self.max_results {
            crate::validate::min_value(*value as f64, 1f64)
                .map_err(|e| e.under("maxResults"))?;
        }
        if let ::std::option::Option::Some(value) = &self.statuses {
            crate::validate::Validate::validate(value).map_err(|e| e.under("statuses"))?;
        }
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
impl crate::json::ToJson for ListEnvironmentAccountConnectionsOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "environmentAccountConnections".to_owned(),
            crate::json::ToJson::to_json(&self.environment_account_connections),
        );
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListEnvironmentAccountConnectionsOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_environment_account_connections: ::std::option::Option<
            ::std::vec::Vec<crate::types::EnvironmentAccountConnectionSummary>,
        > = ::std::option::Option::None;
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "environmentAccountConnections" => {
                    v_environment_account_connections = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "nextToken" => {
                    v_next_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            environment_account_connections: v_environment_account_connections
                .unwrap_or_else(crate::json::FromJson::zero_value),
            next_token: v_next_token,
        })
    }
    fn zero_value() -> Self {
        Self {
            environment_account_connections: crate::json::FromJson::zero_value(),
            next_token: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for ListEnvironmentAccountConnectionsOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.environment_account_connections;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("environmentAccountConnections"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `ListEnvironmentAccountConnections` can return.
#[non_exhaustive]
#[derive(Debug)]
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
    Unhandled(crate::error::Unhandled),
}
impl ListEnvironmentAccountConnectionsError {
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
impl crate::error::OperationError for ListEnvironmentAccountConnectionsError {
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
impl ::std::fmt::Display for ListEnvironmentAccountConnectionsError {
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
impl ::std::error::Error for ListEnvironmentAccountConnectionsError {
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
    input: ListEnvironmentAccountConnectionsInput,
) -> crate::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListEnvironmentAccountConnectionsOutput,
        crate::Error<ListEnvironmentAccountConnectionsError>,
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
pub(crate) static PAGINATOR: crate::paginate::Spec<
    crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsInput,
    crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsOutput,
    crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsError,
    crate::types::EnvironmentAccountConnectionSummary,
> = crate::paginate::Spec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::Some(|
        input: &mut crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsInput,
        size: i32|
    {
        input.max_results = ::std::option::Option::Some(size);
    }),
    items: paginator_items,
};
