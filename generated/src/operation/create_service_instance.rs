// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `CreateServiceInstance` operation.
//!
//! Create a service instance.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "CreateServiceInstance";

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

/// The `CreateServiceInstanceInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct CreateServiceInstanceInput {
    /// The client token of the service instance to create.
    ///
    /// *Model:* length 0 to 64; pattern `^[!-~]*$`; an idempotency token: the client fills it with a fresh UUID when unset, the same on every attempt.
    pub client_token: ::std::option::Option<::std::string::String>,
    /// The name of the service instance to create.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The name of the service the service instance is added to.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
    /// The spec for the service instance you want to create.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
    /// An optional list of metadata items that you can associate with the Proton service instance. A tag is
    /// a key-value pair.
    ///
    /// For more information, see
    /// [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
    /// in the *Proton User Guide*.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::option::Option<::std::vec::Vec<crate::types::Tag>>,
    /// To create a new major and minor version of the service template, *exclude* `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::option::Option<::std::string::String>,
    /// To create a new minor version of the service template, include a `major Version`.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::option::Option<::std::string::String>,
}

/// The required members of [`CreateServiceInstanceInput`], named, for [`CreateServiceInstanceInput::new`].
#[derive(Clone)]
pub struct CreateServiceInstanceInputRequired {
    /// The name of the service instance to create.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The name of the service the service instance is added to.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
    /// The spec for the service instance you want to create.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
}

impl CreateServiceInstanceInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: CreateServiceInstanceInputRequired) -> Self {
        Self {
            name: required.name,
            service_name: required.service_name,
            spec: required.spec,
            client_token: ::std::option::Option::None,
            tags: ::std::option::Option::None,
            template_major_version: ::std::option::Option::None,
            template_minor_version: ::std::option::Option::None,
        }
    }

    /// Sets [`client_token`](Self::client_token).
    pub fn with_client_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`tags`](Self::tags).
    pub fn with_tags(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::Tag>>,
    ) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`template_major_version`](Self::template_major_version).
    pub fn with_template_major_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_major_version = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`template_minor_version`](Self::template_minor_version).
    pub fn with_template_minor_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_minor_version = ::std::option::Option::Some(value.into());
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for CreateServiceInstanceInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("CreateServiceInstanceInput");
        s.field("client_token", &self.client_token);
        s.field("name", &self.name);
        s.field("service_name", &self.service_name);
        s.field("spec", &::awsgen_runtime::codegen::Redacted);
        s.field("tags", &self.tags);
        s.field("template_major_version", &self.template_major_version);
        s.field("template_minor_version", &self.template_minor_version);
        s.finish()
    }
}

impl ::awsgen_runtime::codegen::ToJson for CreateServiceInstanceInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("clientToken", &self.client_token);
        w.member("name", &self.name);
        w.member("serviceName", &self.service_name);
        w.member("spec", &self.spec);
        w.optional("tags", &self.tags);
        w.optional("templateMajorVersion", &self.template_major_version);
        w.optional("templateMinorVersion", &self.template_minor_version);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for CreateServiceInstanceInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "clientToken" => out.client_token = r.member()?,
                "name" => r.set(&mut out.name)?,
                "serviceName" => r.set(&mut out.service_name)?,
                "spec" => r.set(&mut out.spec)?,
                "tags" => out.tags = r.member()?,
                "templateMajorVersion" => out.template_major_version = r.member()?,
                "templateMinorVersion" => out.template_minor_version = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            client_token: ::std::option::Option::None,
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            service_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            spec: ::awsgen_runtime::codegen::FromJson::zero_value(),
            tags: ::std::option::Option::None,
            template_major_version: ::std::option::Option::None,
            template_minor_version: ::std::option::Option::None,
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for CreateServiceInstanceInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        {
            let value = &self.service_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceName",
            )?;
        }
        {
            let value = &self.spec;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "spec",
            )?;
        }
        ::awsgen_runtime::codegen::nested(&self.tags, "tags")?;
        if let ::std::option::Option::Some(value) = &self.template_major_version {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateMajorVersion",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.template_minor_version {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateMinorVersion",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `CreateServiceInstanceOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CreateServiceInstanceOutput {
    /// The detailed data of the service instance being created.
    pub service_instance: crate::types::ServiceInstance,
}

impl CreateServiceInstanceOutput {
    /// Creates a value from its required member `service_instance`; optional members start unset.
    pub fn new(service_instance: impl ::std::convert::Into<crate::types::ServiceInstance>) -> Self {
        Self { service_instance: service_instance.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for CreateServiceInstanceOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("serviceInstance", &self.service_instance);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for CreateServiceInstanceOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "serviceInstance" => r.set(&mut out.service_instance)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { service_instance: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for CreateServiceInstanceOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.service_instance, "serviceInstance")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `CreateServiceInstance` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum CreateServiceInstanceError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request *couldn't* be made due to a conflicting operation or resource.
    ConflictException(crate::types::ConflictException),
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

impl CreateServiceInstanceError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
            Self::ConflictException(e) => e,
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

impl ::awsgen_runtime::codegen::OperationError for CreateServiceInstanceError {
    const ERRORS: &'static ::awsgen_runtime::codegen::ErrorTable<Self> = &[
        (
            "AccessDeniedException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::AccessDeniedException),
        ),
        (
            "ConflictException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ConflictException),
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

impl ::awsgen_runtime::error::ServiceError for CreateServiceInstanceError {
    fn code(&self) -> ::std::option::Option<&str> {
        CreateServiceInstanceError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        CreateServiceInstanceError::message(self)
    }
}

impl ::std::fmt::Display for CreateServiceInstanceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for CreateServiceInstanceError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
