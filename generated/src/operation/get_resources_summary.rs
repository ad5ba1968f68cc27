// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `GetResourcesSummary` operation.
//!
//! Get counts of Proton resources.
//!
//! For infrastructure-provisioning resources (environments, services, service instances, pipelines),
//! the action returns staleness counts. A resource is stale when it's behind the recommended version of
//! the Proton template that it uses and it needs an update to become current.
//!
//! The action returns staleness counts (counts of resources that are up-to-date, behind a template
//! major version, or behind a template minor version), the total number of resources, and the number of
//! resources that are in a failed state, grouped by resource type. Components, environments, and
//! service templates return less information - see the `components`, `environments`, and
//! `serviceTemplates` field descriptions.
//!
//! For context, the action also returns the total number of each type of Proton template in the Amazon
//! Web Services account.
//!
//! For more information, see
//! [Proton dashboard](<https://docs.aws.amazon.com/proton/latest/userguide/monitoring-dashboard.html>)
//! in the *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "GetResourcesSummary";

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

/// The `GetResourcesSummaryInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct GetResourcesSummaryInput {}
impl GetResourcesSummaryInput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {}
    }
}

impl ::awsgen_runtime::codegen::ToJson for GetResourcesSummaryInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for GetResourcesSummaryInput {
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

impl ::awsgen_runtime::codegen::Validate for GetResourcesSummaryInput {}
/// The `GetResourcesSummaryOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct GetResourcesSummaryOutput {
    /// Summary counts of each Proton resource type.
    pub counts: crate::types::CountsSummary,
}

impl GetResourcesSummaryOutput {
    /// Creates a value from its required member `counts`; optional members start unset.
    pub fn new(counts: impl ::std::convert::Into<crate::types::CountsSummary>) -> Self {
        Self { counts: counts.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for GetResourcesSummaryOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("counts", &self.counts);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for GetResourcesSummaryOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "counts" => r.set(&mut out.counts)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { counts: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for GetResourcesSummaryOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.counts, "counts")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `GetResourcesSummary` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum GetResourcesSummaryError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request failed to register with the service.
    InternalServerException(crate::types::InternalServerException),
    /// The request was denied due to request throttling.
    ThrottlingException(crate::types::ThrottlingException),
    /// The input is invalid or an out-of-range value was supplied for the input parameter.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not declare for this operation.
    Unhandled(::awsgen_runtime::error::Unhandled),
}

impl GetResourcesSummaryError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
            Self::InternalServerException(e) => e,
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

impl ::awsgen_runtime::codegen::OperationError for GetResourcesSummaryError {
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

impl ::awsgen_runtime::error::ServiceError for GetResourcesSummaryError {
    fn code(&self) -> ::std::option::Option<&str> {
        GetResourcesSummaryError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        GetResourcesSummaryError::message(self)
    }
}

impl ::std::fmt::Display for GetResourcesSummaryError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for GetResourcesSummaryError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
