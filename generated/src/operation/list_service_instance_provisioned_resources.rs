// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListServiceInstanceProvisionedResources` operation.
//!
//! List provisioned resources for a service instance with details.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "ListServiceInstanceProvisionedResources";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `ListServiceInstanceProvisionedResourcesInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListServiceInstanceProvisionedResourcesInput {
    /// A token that indicates the location of the next provisioned resource in the array of provisioned
    /// resources, after the list of provisioned resources that was previously requested.
    ///
    /// *Model:* length 0 to 0.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The name of the service instance whose provisioned resources you want.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::string::String,
    /// The name of the service that `serviceInstanceName` is associated to.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}
/// The required members of [`ListServiceInstanceProvisionedResourcesInput`], named, for [`ListServiceInstanceProvisionedResourcesInput::new`].
#[derive(Clone)]
pub struct ListServiceInstanceProvisionedResourcesInputRequired {
    /// The name of the service instance whose provisioned resources you want.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::string::String,
    /// The name of the service that `serviceInstanceName` is associated to.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}
impl ListServiceInstanceProvisionedResourcesInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ListServiceInstanceProvisionedResourcesInputRequired) -> Self {
        Self {
            service_instance_name: required.service_instance_name,
            service_name: required.service_name,
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
impl crate::json::ToJson for ListServiceInstanceProvisionedResourcesInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "serviceInstanceName".to_owned(),
            crate::json::ToJson::to_json(&self.service_instance_name),
        );
        map.insert(
            "serviceName".to_owned(),
            crate::json::ToJson::to_json(&self.service_name),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListServiceInstanceProvisionedResourcesInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_instance_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
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
            next_token: v_next_token,
            service_instance_name: v_service_instance_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
            service_name: v_service_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            service_instance_name: crate::json::FromJson::zero_value(),
            service_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ListServiceInstanceProvisionedResourcesInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.service_instance_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceInstanceName"))?;
        }
        {
            let value = &self.service_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `ListServiceInstanceProvisionedResourcesOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListServiceInstanceProvisionedResourcesOutput {
    /// A token that indicates the location of the next provisioned resource in the array of provisioned
    /// resources, after the current requested list of provisioned resources.
    ///
    /// *Model:* length 0 to 0.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// An array of provisioned resources for a service instance.
    pub provisioned_resources: ::std::vec::Vec<crate::types::ProvisionedResource>,
}
impl ListServiceInstanceProvisionedResourcesOutput {
    /// Creates a value from its required member `provisioned_resources`; optional members start unset.
    pub fn new(
        provisioned_resources: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::ProvisionedResource>,
        >,
    ) -> Self {
        Self {
            provisioned_resources: provisioned_resources.into(),
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
impl crate::json::ToJson for ListServiceInstanceProvisionedResourcesOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.next_token {
            map.insert("nextToken".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "provisionedResources".to_owned(),
            crate::json::ToJson::to_json(&self.provisioned_resources),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ListServiceInstanceProvisionedResourcesOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_next_token: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_provisioned_resources: ::std::option::Option<
            ::std::vec::Vec<crate::types::ProvisionedResource>,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "nextToken" => {
                    v_next_token = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "provisionedResources" => {
                    v_provisioned_resources = crate::json::member(
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
            provisioned_resources: v_provisioned_resources
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            provisioned_resources: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ListServiceInstanceProvisionedResourcesOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.provisioned_resources;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("provisionedResources"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `ListServiceInstanceProvisionedResources` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum ListServiceInstanceProvisionedResourcesError {
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
impl ListServiceInstanceProvisionedResourcesError {
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
impl crate::error::OperationError for ListServiceInstanceProvisionedResourcesError {
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
impl ::std::fmt::Display for ListServiceInstanceProvisionedResourcesError {
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
impl ::std::error::Error for ListServiceInstanceProvisionedResourcesError {
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
    input: ListServiceInstanceProvisionedResourcesInput,
) -> crate::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListServiceInstanceProvisionedResourcesOutput,
        crate::Error<ListServiceInstanceProvisionedResourcesError>,
    >,
> {
    ::std::boxed::Box::pin(client.list_service_instance_provisioned_resources(input))
}
fn paginator_next(
    input: &crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesInput,
    output: &crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesOutput,
) -> ::std::option::Option<
    crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesInput,
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
    input: &crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}
fn paginator_items(
    output: crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesOutput,
) -> ::std::vec::Vec<crate::types::ProvisionedResource> {
    output.provisioned_resources
}
pub(crate) static PAGINATOR: crate::paginate::Spec<
    crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesInput,
    crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesOutput,
    crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesError,
    crate::types::ProvisionedResource,
> = crate::paginate::Spec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::None,
    items: paginator_items,
};
