// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetEnvironmentTemplateVersion` operation.
//!
//! Get detailed data for a major or minor version of an environment template.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "GetEnvironmentTemplateVersion";

/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: ::awsgen_runtime::codegen::Operation = ::awsgen_runtime::codegen::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
    content_md5: false,
    unsigned_payload: false,
    anonymous: false,
    customizations: &[],
    http2: false,
    checksum: ::std::option::Option::None,
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

impl ::awsgen_runtime::codegen::ToJson for GetEnvironmentTemplateVersionInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("majorVersion", &self.major_version);
        w.member("minorVersion", &self.minor_version);
        w.member("templateName", &self.template_name);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for GetEnvironmentTemplateVersionInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "majorVersion" => r.set(&mut out.major_version)?,
                "minorVersion" => r.set(&mut out.minor_version)?,
                "templateName" => r.set(&mut out.template_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            major_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            minor_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for GetEnvironmentTemplateVersionInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.major_version;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "majorVersion",
            )?;
        }
        {
            let value = &self.minor_version;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "minorVersion",
            )?;
        }
        {
            let value = &self.template_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateName",
            )?;
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
        Self { environment_template_version: environment_template_version.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for GetEnvironmentTemplateVersionOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("environmentTemplateVersion", &self.environment_template_version);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for GetEnvironmentTemplateVersionOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "environmentTemplateVersion" => r.set(&mut out.environment_template_version)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { environment_template_version: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for GetEnvironmentTemplateVersionOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(
            &self.environment_template_version,
            "environmentTemplateVersion",
        )?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `GetEnvironmentTemplateVersion` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
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
    Unhandled(::awsgen_runtime::error::Unhandled),
}

impl GetEnvironmentTemplateVersionError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
            Self::InternalServerException(e) => e,
            Self::ResourceNotFoundException(e) => e,
            Self::ThrottlingException(e) => e,
            Self::ValidationException(e) => e,
            Self::Unhandled(e) => e,
        }
    }

    /// The error code, when the service sent one.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.inner().code()
    }

    /// The error message, when the service sent one.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.inner().message()
    }
}

impl ::awsgen_runtime::codegen::OperationError for GetEnvironmentTemplateVersionError {
    const ERRORS: &'static ::awsgen_runtime::codegen::ErrorTable<Self> = &[
        (
            "AccessDeniedException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::AccessDeniedException),
        ),
        (
            "InternalServerException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::InternalServerException),
        ),
        (
            "ResourceNotFoundException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ResourceNotFoundException),
        ),
        (
            "ThrottlingException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ThrottlingException),
        ),
        (
            "ValidationException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ValidationException),
        ),
    ];

    fn unhandled(unhandled: ::awsgen_runtime::error::Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}

impl ::awsgen_runtime::error::ServiceError for GetEnvironmentTemplateVersionError {
    fn code(&self) -> ::std::option::Option<&str> {
        GetEnvironmentTemplateVersionError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        GetEnvironmentTemplateVersionError::message(self)
    }
}

impl ::std::fmt::Display for GetEnvironmentTemplateVersionError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for GetEnvironmentTemplateVersionError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}

fn send_boxed(
    client: &crate::Client,
    input: GetEnvironmentTemplateVersionInput,
) -> ::awsgen_runtime::http::BoxFuture<
    '_,
    ::std::result::Result<
        GetEnvironmentTemplateVersionOutput,
        ::awsgen_runtime::Error<GetEnvironmentTemplateVersionError>,
    >,
> {
    ::std::boxed::Box::pin(client.get_environment_template_version(input))
}

/// The value of `environmentTemplateVersion.status` (JMESPath).
fn path_0(
    output: &crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionOutput,
) -> ::std::option::Option<::awsgen_runtime::codegen::serde_json::Value> {
    {
        let _v0 = &output.environment_template_version.status;
        ::std::option::Option::Some(
            ::awsgen_runtime::codegen::serde_json::Value::String(_v0.as_str().to_owned()),
        )
    }
}

fn waiter_environment_template_version_registered_classify(
    _input: &crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionInput,
    result: &::std::result::Result<
        crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionOutput,
        ::awsgen_runtime::Error<GetEnvironmentTemplateVersionError>,
    >,
) -> ::std::option::Option<::awsgen_runtime::codegen::State> {
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("DRAFT"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("PUBLISHED"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Success);
        }
    }
    if let ::std::result::Result::Ok(output) = result {
        if ::awsgen_runtime::jmespath::equals(
            path_0(output),
            &::awsgen_runtime::codegen::serde_json::Value::String(
                ::std::string::String::from("REGISTRATION_FAILED"),
            ),
        ) {
            return ::std::option::Option::Some(::awsgen_runtime::codegen::State::Failure);
        }
    }
    ::std::option::Option::None
}

pub(crate) static ENVIRONMENT_TEMPLATE_VERSION_REGISTERED_WAITER: ::awsgen_runtime::codegen::WaiterSpec<
    crate::Client,
    crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionInput,
    crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionOutput,
    GetEnvironmentTemplateVersionError,
> = ::awsgen_runtime::codegen::WaiterSpec {
    call: send_boxed,
    classify: waiter_environment_template_version_registered_classify,
    min_delay: ::std::time::Duration::from_secs(2u64),
    max_delay: ::std::time::Duration::from_secs(300u64),
};
