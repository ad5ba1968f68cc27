// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetEnvironmentTemplateVersion` operation.
//!
//! Get detailed data for a major or minor version of an environment template.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "GetEnvironmentTemplateVersion";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `GetEnvironmentTemplateVersionInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetEnvironmentTemplateVersionInput {
    /// To get environment template major version detail data, include `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// To get environment template minor version detail data, include `minorVersion`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The name of the environment template a version of which you want to get detailed data for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
/// The required members of [`GetEnvironmentTemplateVersionInput`], named, for [`GetEnvironmentTemplateVersionInput::new`].
#[derive(Clone)]
pub struct GetEnvironmentTemplateVersionInputRequired {
    /// To get environment template major version detail data, include `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// To get environment template minor version detail data, include `minorVersion`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The name of the environment template a version of which you want to get detailed data for.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
impl GetEnvironmentTemplateVersionInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: GetEnvironmentTemplateVersionInputRequired) -> Self {
        Self {
            major_version: required.major_version,
            minor_version: required.minor_version,
            template_name: required.template_name,
        }
    }
}
impl crate::json::ToJson for GetEnvironmentTemplateVersionInput {
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
impl crate::json::FromJson for GetEnvironmentTemplateVersionInput {
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
impl crate::validate::Validate for GetEnvironmentTemplateVersionInput {
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
/// The `GetEnvironmentTemplateVersionOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetEnvironmentTemplateVersionOutput {
    /// The detailed data of the requested environment template version.
    pub environment_template_version: crate::types::EnvironmentTemplateVersion,
}
impl GetEnvironmentTemplateVersionOutput {
    /// Creates a value from its required member `environment_template_version`; optional members start unset.
    pub fn new(
        environment_template_version: impl ::std::convert::Into<
            crate::types::EnvironmentTemplateVersion,
        >,
    ) -> Self {
        Self {
            environment_template_version: environment_template_version.into(),
        }
    }
}
impl crate::json::ToJson for GetEnvironmentTemplateVersionOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert(
            "environmentTemplateVersion".to_owned(),
            crate::json::ToJson::to_json(&self.environment_template_version),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for GetEnvironmentTemplateVersionOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_environment_template_version: ::std::option::Option<
            crate::types::EnvironmentTemplateVersion,
        > = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "environmentTemplateVersion" => {
                    v_environment_template_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            environment_template_version: v_environment_template_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            environment_template_version: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for GetEnvironmentTemplateVersionOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.environment_template_version;
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("environmentTemplateVersion"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The errors `GetEnvironmentTemplateVersion` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum GetEnvironmentTemplateVersionError {
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
impl GetEnvironmentTemplateVersionError {
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
impl crate::error::OperationError for GetEnvironmentTemplateVersionError {
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
impl ::std::fmt::Display for GetEnvironmentTemplateVersionError {
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
impl ::std::error::Error for GetEnvironmentTemplateVersionError {
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
    input: GetEnvironmentTemplateVersionInput,
) -> crate::http::BoxFuture<
    '_,
    ::std::result::Result<
        GetEnvironmentTemplateVersionOutput,
        crate::Error<GetEnvironmentTemplateVersionError>,
    >,
> {
    ::std::boxed::Box::pin(client.get_environment_template_version(input))
}
/// The value of `environmentTemplateVersion.status` (JMESPath).
fn path_0(
    output: &crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionOutput,
) -> ::std::option::Option<::serde_json::Value> {
    {
        let _v0 = &output.environment_template_version.status;
        ::std::option::Option::Some(::serde_json::Value::String(_v0.as_str().to_owned()))
    }
}
fn waiter_environment_template_version_registered_classify(
    _input: &crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionInput,
    result: &::std::result::Result<
        crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionOutput,
        crate::Error<GetEnvironmentTemplateVersionError>,
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
pub(crate) static ENVIRONMENT_TEMPLATE_VERSION_REGISTERED_WAITER: crate::waiter::Spec<
    crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionInput,
    crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionOutput,
    GetEnvironmentTemplateVersionError,
> = crate::waiter::Spec {
    call: send_boxed,
    classify: waiter_environment_template_version_registered_classify,
    min_delay: ::std::time::Duration::from_secs(2u64),
    max_delay: ::std::time::Duration::from_secs(300u64),
};
