// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `TagResource` operation.
//!
//! Tag a resource. A tag is a key-value pair of metadata that you associate with an Proton resource.
//!
//! For more information, see
//! [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
//! in the *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "TagResource";

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

/// The `TagResourceInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct TagResourceInput {
    /// The Amazon Resource Name (ARN) of the Proton resource to apply customer tags to.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub resource_arn: ::std::string::String,
    /// A list of customer tags to apply to the Proton resource.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::vec::Vec<crate::types::Tag>,
}

/// The required members of [`TagResourceInput`], named, for [`TagResourceInput::new`].
#[derive(Clone)]
pub struct TagResourceInputRequired {
    /// The Amazon Resource Name (ARN) of the Proton resource to apply customer tags to.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub resource_arn: ::std::string::String,
    /// A list of customer tags to apply to the Proton resource.
    ///
    /// *Model:* length 0 to 50.
    pub tags: ::std::vec::Vec<crate::types::Tag>,
}

impl TagResourceInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: TagResourceInputRequired) -> Self {
        Self { resource_arn: required.resource_arn, tags: required.tags }
    }
}

impl ::awsgen_runtime::codegen::ToJson for TagResourceInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("resourceArn", &self.resource_arn);
        w.member("tags", &self.tags);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for TagResourceInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "resourceArn" => r.set(&mut out.resource_arn)?,
                "tags" => r.set(&mut out.tags)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            resource_arn: ::awsgen_runtime::codegen::FromJson::zero_value(),
            tags: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for TagResourceInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.resource_arn;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "resourceArn",
            )?;
        }
        ::awsgen_runtime::codegen::nested(&self.tags, "tags")?;
        ::std::result::Result::Ok(())
    }
}

/// The `TagResourceOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct TagResourceOutput {}
impl TagResourceOutput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {}
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for TagResourceOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for TagResourceOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, _key| r.skip())?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        ::std::default::Default::default()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for TagResourceOutput {}
/// The errors `TagResource` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum TagResourceError {
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

impl TagResourceError {
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

impl ::awsgen_runtime::codegen::OperationError for TagResourceError {
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

impl ::awsgen_runtime::error::ServiceError for TagResourceError {
    fn code(&self) -> ::std::option::Option<&str> {
        TagResourceError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        TagResourceError::message(self)
    }
}

impl ::std::fmt::Display for TagResourceError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for TagResourceError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
