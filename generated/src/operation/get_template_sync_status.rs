// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetTemplateSyncStatus` operation.
//!
//! Get the status of a template sync.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "GetTemplateSyncStatus";

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

/// The `GetTemplateSyncStatusInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetTemplateSyncStatusInput {
    /// The template name.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
    /// The template type.
    pub template_type: crate::types::TemplateType,
    /// The template major version.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_version: ::std::string::String,
}

/// The required members of [`GetTemplateSyncStatusInput`], named, for [`GetTemplateSyncStatusInput::new`].
#[derive(Clone)]
pub struct GetTemplateSyncStatusInputRequired {
    /// The template name.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
    /// The template type.
    pub template_type: crate::types::TemplateType,
    /// The template major version.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_version: ::std::string::String,
}

impl GetTemplateSyncStatusInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: GetTemplateSyncStatusInputRequired) -> Self {
        Self {
            template_name: required.template_name,
            template_type: required.template_type,
            template_version: required.template_version,
        }
    }
}

impl ::awsgen_runtime::codegen::ToJson for GetTemplateSyncStatusInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("templateName", &self.template_name);
        w.member("templateType", &self.template_type);
        w.member("templateVersion", &self.template_version);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for GetTemplateSyncStatusInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "templateName" => r.set(&mut out.template_name)?,
                "templateType" => r.set(&mut out.template_type)?,
                "templateVersion" => r.set(&mut out.template_version)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_type: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for GetTemplateSyncStatusInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.template_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateName",
            )?;
        }
        {
            let value = &self.template_version;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateVersion",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `GetTemplateSyncStatusOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct GetTemplateSyncStatusOutput {
    /// The template sync desired state that's returned by Proton.
    pub desired_state: ::std::option::Option<crate::types::Revision>,
    /// The details of the last successful sync that's returned by Proton.
    pub latest_successful_sync: ::std::option::Option<crate::types::ResourceSyncAttempt>,
    /// The details of the last sync that's returned by Proton.
    pub latest_sync: ::std::option::Option<crate::types::ResourceSyncAttempt>,
}

impl GetTemplateSyncStatusOutput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            desired_state: ::std::option::Option::None,
            latest_successful_sync: ::std::option::Option::None,
            latest_sync: ::std::option::Option::None,
        }
    }

    /// Sets [`desired_state`](Self::desired_state).
    pub fn with_desired_state(
        mut self,
        value: impl ::std::convert::Into<crate::types::Revision>,
    ) -> Self {
        self.desired_state = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`latest_successful_sync`](Self::latest_successful_sync).
    pub fn with_latest_successful_sync(
        mut self,
        value: impl ::std::convert::Into<crate::types::ResourceSyncAttempt>,
    ) -> Self {
        self.latest_successful_sync = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`latest_sync`](Self::latest_sync).
    pub fn with_latest_sync(
        mut self,
        value: impl ::std::convert::Into<crate::types::ResourceSyncAttempt>,
    ) -> Self {
        self.latest_sync = ::std::option::Option::Some(value.into());
        self
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for GetTemplateSyncStatusOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("desiredState", &self.desired_state);
        w.optional("latestSuccessfulSync", &self.latest_successful_sync);
        w.optional("latestSync", &self.latest_sync);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for GetTemplateSyncStatusOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "desiredState" => out.desired_state = r.member()?,
                "latestSuccessfulSync" => out.latest_successful_sync = r.member()?,
                "latestSync" => out.latest_sync = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        ::std::default::Default::default()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for GetTemplateSyncStatusOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.desired_state, "desiredState")?;
        ::awsgen_runtime::codegen::nested(&self.latest_successful_sync, "latestSuccessfulSync")?;
        ::awsgen_runtime::codegen::nested(&self.latest_sync, "latestSync")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `GetTemplateSyncStatus` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum GetTemplateSyncStatusError {
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

impl GetTemplateSyncStatusError {
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

impl ::awsgen_runtime::codegen::OperationError for GetTemplateSyncStatusError {
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

impl ::awsgen_runtime::error::ServiceError for GetTemplateSyncStatusError {
    fn code(&self) -> ::std::option::Option<&str> {
        GetTemplateSyncStatusError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        GetTemplateSyncStatusError::message(self)
    }
}

impl ::std::fmt::Display for GetTemplateSyncStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for GetTemplateSyncStatusError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
