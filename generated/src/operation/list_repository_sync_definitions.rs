// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListRepositorySyncDefinitions` operation.
//!
//! List repository sync definitions with detail data.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "ListRepositorySyncDefinitions";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
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
impl crate::json::ToJson for ListRepositorySyncDefinitionsInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "repositoryName".to_owned(),
            crate::json::ToJson::to_json(&self.repository_name),
        );
        map.insert(
            "repositoryProvider".to_owned(),
            crate::json::ToJson::to_json(&self.repository_provider),
        );
        map.insert("syncType".to_owned(), crate::json::ToJson::to_json(&self.sync_type));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListRepositorySyncDefinitionsInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_repository_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_repository_provider: ::std::option::Option<
            crate::types::RepositoryProvider,
        > = ::std::option::Option::None;
        let mut v_sync_type: ::std::option::Option<crate::types::SyncType> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "nextToken" => {
                    v_next_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "repositoryName" => {
                    v_repository_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "repositoryProvider" => {
                    v_repository_provider = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "syncType" => {
                    v_sync_type = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            next_token: v_next_token,
            repository_name: v_repository_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
            repository_provider: v_repository_provider
                .unwrap_or_else(crate::json::FromJson::zero_value),
            sync_type: v_sync_type.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            repository_name: crate::json::FromJson::zero_value(),
            repository_provider: crate::json::FromJson::zero_value(),
            sync_type: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ListRepositorySyncDefinitionsInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.repository_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("repositoryName"))?;
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
        Self {
            sync_definitions: sync_definitions.into(),
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
impl crate::json::ToJson for ListRepositorySyncDefinitionsOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "syncDefinitions".to_owned(),
            crate::json::ToJson::to_json(&self.sync_definitions),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListRepositorySyncDefinitionsOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_sync_definitions: ::std::option::Option<
            ::std::vec::Vec<crate::types::RepositorySyncDefinition>,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "nextToken" => {
                    v_next_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "syncDefinitions" => {
                    v_sync_definitions = crate::json::member(
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
            sync_definitions: v_sync_definitions
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            sync_definitions: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ListRepositorySyncDefinitionsOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.sync_definitions;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("syncDefinitions"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `ListRepositorySyncDefinitions` can return.
#[non_exhaustive]
#[derive(Debug)]
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
    Unhandled(crate::error::Unhandled),
}
impl ListRepositorySyncDefinitionsError {
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
impl crate::error::OperationError for ListRepositorySyncDefinitionsError {
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
impl ::std::fmt::Display for ListRepositorySyncDefinitionsError {
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
impl ::std::error::Error for ListRepositorySyncDefinitionsError {
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
    input: ListRepositorySyncDefinitionsInput,
) -> crate::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListRepositorySyncDefinitionsOutput,
        crate::Error<ListRepositorySyncDefinitionsError>,
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
pub(crate) static PAGINATOR: crate::paginate::Spec<
    crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsInput,
    crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsOutput,
    crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsError,
    crate::types::RepositorySyncDefinition,
> = crate::paginate::Spec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::None,
    items: paginator_items,
};
