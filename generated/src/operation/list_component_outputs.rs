// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListComponentOutputs` operation.
//!
//! Get a list of component Infrastructure as Code (IaC) outputs.
//!
//! For more information about components, see
//! [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
//! *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "ListComponentOutputs";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `ListComponentOutputsInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListComponentOutputsInput {
    /// The name of the component whose outputs you want.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub component_name: ::std::string::String,
    /// The ID of the deployment whose outputs you want.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub deployment_id: ::std::option::Option<::std::string::String>,
    /// A token that indicates the location of the next output in the array of outputs, after the list of
    /// outputs that was previously requested.
    ///
    /// *Model:* length 0 to 0.
    pub next_token: ::std::option::Option<::std::string::String>,
}
impl ListComponentOutputsInput {
    /// Creates a value from its required member `component_name`; optional members start unset.
    pub fn new(
        component_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            component_name: component_name.into(),
            deployment_id: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
        }
    }
    /// Sets [`deployment_id`](Self::deployment_id).
    pub fn with_deployment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_id = ::std::option::Option::Some(value.into());
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
impl crate::json::ToJson for ListComponentOutputsInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "componentName".to_owned(),
            crate::json::ToJson::to_json(&self.component_name),
        );
        if let ::std::option::Option::Some(value) = &self.deployment_id {
            map.insert("deploymentId".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListComponentOutputsInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_component_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_deployment_id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "componentName" => {
                    v_component_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "deploymentId" => {
                    v_deployment_id = crate::json::member(
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
            component_name: v_component_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
            deployment_id: v_deployment_id,
            next_token: v_next_token,
        })
    }
    fn zero_value() -> Self {
        Self {
            component_name: crate::json::FromJson::zero_value(),
            deployment_id: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for ListComponentOutputsInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.component_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("componentName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `ListComponentOutputsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListComponentOutputsOutput {
    /// A token that indicates the location of the next output in the array of outputs, after the list of
    /// outputs that was previously requested.
    ///
    /// *Model:* length 0 to 0.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// An array of component Infrastructure as Code (IaC) outputs.
    pub outputs: ::std::vec::Vec<crate::types::Output>,
}
impl ListComponentOutputsOutput {
    /// Creates a value from its required member `outputs`; optional members start unset.
    pub fn new(
        outputs: impl ::std::convert::Into<::std::vec::Vec<crate::types::Output>>,
    ) -> Self {
        Self {
            outputs: outputs.into(),
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
impl crate::json::ToJson for ListComponentOutputsOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert("outputs".to_owned(), crate::json::ToJson::to_json(&self.outputs));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListComponentOutputsOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_outputs: ::std::option::Option<
            ::std::vec::Vec<crate::types::Output>,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "nextToken" => {
                    v_next_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "outputs" => {
                    v_outputs = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            next_token: v_next_token,
            outputs: v_outputs.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            outputs: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ListComponentOutputsOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.outputs;
            crate::validate::Validate::validate(value).map_err(|e| e.under("outputs"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `ListComponentOutputs` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum ListComponentOutputsError {
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
impl ListComponentOutputsError {
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
impl crate::error::OperationError for ListComponentOutputsError {
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
impl ::std::fmt::Display for ListComponentOutputsError {
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
impl ::std::error::Error for ListComponentOutputsError {
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
    input: ListComponentOutputsInput,
) -> crate::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListComponentOutputsOutput,
        crate::Error<ListComponentOutputsError>,
    >,
> {
    ::std::boxed::Box::pin(client.list_component_outputs(input))
}
fn paginator_next(
    input: &crate::operation::list_component_outputs::ListComponentOutputsInput,
    output: &crate::operation::list_component_outputs::ListComponentOutputsOutput,
) -> ::std::option::Option<
    crate::operation::list_component_outputs::ListComponentOutputsInput,
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
    input: &crate::operation::list_component_outputs::ListComponentOutputsInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}
fn paginator_items(
    output: crate::operation::list_component_outputs::ListComponentOutputsOutput,
) -> ::std::vec::Vec<crate::types::Output> {
    output.outputs
}
pub(crate) static PAGINATOR: crate::paginate::Spec<
    crate::operation::list_component_outputs::ListComponentOutputsInput,
    crate::operation::list_component_outputs::ListComponentOutputsOutput,
    crate::operation::list_component_outputs::ListComponentOutputsError,
    crate::types::Output,
> = crate::paginate::Spec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::None,
    items: paginator_items,
};
