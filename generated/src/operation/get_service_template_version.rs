// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetServiceTemplateVersion` operation.
//!
//! Get detailed data for a major or minor version of a service template.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "GetServiceTemplateVersion";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `GetServiceTemplateVersionInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetServiceTemplateVersionInput {
    /// To get service template major version detail data, include `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// To get service template minor version detail data, include `minorVersion`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The name of the service template a version of which you want to get detailed data for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
/// The required members of [`GetServiceTemplateVersionInput`], named, for [`GetServiceTemplateVersionInput::new`].
#[derive(Clone)]
pub struct GetServiceTemplateVersionInputRequired {
    /// To get service template major version detail data, include `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// To get service template minor version detail data, include `minorVersion`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The name of the service template a version of which you want to get detailed data for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
impl GetServiceTemplateVersionInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: GetServiceTemplateVersionInputRequired) -> Self {
        Self {
            major_version: required.major_version,
            minor_version: required.minor_version,
            template_name: required.template_name,
        }
    }
}
impl crate::json::ToJson for GetServiceTemplateVersionInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "majorVersion".to_owned(),
            crate::json::ToJson::to_json(&self.major_version),
        );
        map.insert(
            "minorVersion".to_owned(),
            crate::json::ToJson::to_json(&self.minor_version),
        );
        map.insert(
            "templateName".to_owned(),
            crate::json::ToJson::to_json(&self.template_name),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetServiceTemplateVersionInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_major_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_minor_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "majorVersion" => {
                    v_major_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "minorVersion" => {
                    v_minor_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
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
            major_version: v_major_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            minor_version: v_minor_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            template_name: v_template_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            major_version: crate::json::FromJson::zero_value(),
            minor_version: crate::json::FromJson::zero_value(),
            template_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for GetServiceTemplateVersionInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.major_version;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("majorVersion"))?;
        }
        {
            let value = &self.minor_version;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("minorVersion"))?;
        }
        {
            let value = &self.template_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `GetServiceTemplateVersionOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetServiceTemplateVersionOutput {
    /// The detailed data of the requested service template version.
    pub service_template_version: crate::types::ServiceTemplateVersion,
}
impl GetServiceTemplateVersionOutput {
    /// Creates a value from its required member `service_template_version`; optional members start unset.
    pub fn new(
        service_template_version: impl ::std::convert::Into<
            crate::types::ServiceTemplateVersion,
        >,
    ) -> Self {
        Self {
            service_template_version: service_template_version.into(),
        }
    }
}
impl crate::json::ToJson for GetServiceTemplateVersionOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "serviceTemplateVersion".to_owned(),
            crate::json::ToJson::to_json(&self.service_template_version),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetServiceTemplateVersionOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_service_template_version: ::std::option::Option<
            crate::types::ServiceTemplateVersion,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "serviceTemplateVersion" => {
                    v_service_template_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            service_template_version: v_service_template_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            service_template_version: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for GetServiceTemplateVersionOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.service_template_version;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("serviceTemplateVersion"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `GetServiceTemplateVersion` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum GetServiceTemplateVersionError {
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
impl GetServiceTemplateVersionError {
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
impl crate::error::OperationError for GetServiceTemplateVersionError {
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
impl ::std::fmt::Display for GetServiceTemplateVersionError {
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
impl ::std::error::Error for GetServiceTemplateVersionError {
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
    input: GetServiceTemplateVersionInput,
) -> crate::http::BoxFuture<
    '_,
    ::std::result::Result<
        GetServiceTemplateVersionOutput,
        crate::Error<GetServiceTemplateVersionError>,
    >,
> {
    ::std::boxed::Box::pin(client.get_service_template_version(input))
}
/// The value of `serviceTemplateVersion.status` (JMESPath).
fn path_0(
    output: &crate::operation::get_service_template_version::GetServiceTemplateVersionOutput,
) -> ::std::option::Option<::serde_json::Value> {
    {
        let _v0 = &output.service_template_version.status;
        ::std::option::Option::Some(::serde_json::Value::String(_v0.as_str().to_owned()))
    }
}
fn waiter_service_template_version_registered_classify(
    _input: &crate::operation::get_service_template_version::GetServiceTemplateVersionInput,
    result: &::std::result::Result<
        crate::operation::get_service_template_version::GetServiceTemplateVersionOutput,
        crate::Error<GetServiceTemplateVersionError>,
    >,
) -> ::std::option::Option<crate::waiter::State> {
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(::std::string::String::from("DRAFT")),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(::std::string::String::from("PUBLISHED")),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if crate::jmespath::equals(
            path_0(output),
            &::serde_json::Value::String(
                ::std::string::String::from("REGISTRATION_FAILED"),
            ),
        ) {
            return ::std::option::Option::Some(crate::waiter::State::Failure);
        }
    }
    ::std::option::Option::None
}
pub(crate) static SERVICE_TEMPLATE_VERSION_REGISTERED_WAITER: crate::waiter::Spec<
    crate::operation::get_service_template_version::GetServiceTemplateVersionInput,
    crate::operation::get_service_template_version::GetServiceTemplateVersionOutput,
    GetServiceTemplateVersionError,
> = crate::waiter::Spec {
    call: send_boxed,
    classify: waiter_service_template_version_registered_classify,
    min_delay: ::std::time::Duration::from_secs(2u64),
    max_delay: ::std::time::Duration::from_secs(300u64),
};
