// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// The values of `DeploymentStatus`.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum DeploymentStatus {
    /// The value `IN_PROGRESS`.
    InProgress,
    /// The value `FAILED`.
    Failed,
    /// The value `SUCCEEDED`.
    Succeeded,
    /// The value `DELETE_IN_PROGRESS`.
    DeleteInProgress,
    /// The value `DELETE_FAILED`.
    DeleteFailed,
    /// The value `DELETE_COMPLETE`.
    DeleteComplete,
    /// The value `CANCELLING`.
    Cancelling,
    /// The value `CANCELLED`.
    Cancelled,
    /// A value this version of the crate does not know; it is kept as received.
    Unknown(::awsgen_runtime::primitives::UnknownValue),
}

impl DeploymentStatus {
    /// The known values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = &[
        "IN_PROGRESS",
        "FAILED",
        "SUCCEEDED",
        "DELETE_IN_PROGRESS",
        "DELETE_FAILED",
        "DELETE_COMPLETE",
        "CANCELLING",
        "CANCELLED",
    ];

    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Failed => "FAILED",
            Self::Succeeded => "SUCCEEDED",
            Self::DeleteInProgress => "DELETE_IN_PROGRESS",
            Self::DeleteFailed => "DELETE_FAILED",
            Self::DeleteComplete => "DELETE_COMPLETE",
            Self::Cancelling => "CANCELLING",
            Self::Cancelled => "CANCELLED",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for DeploymentStatus {
    fn from(value: &str) -> Self {
        match value {
            "IN_PROGRESS" => Self::InProgress,
            "FAILED" => Self::Failed,
            "SUCCEEDED" => Self::Succeeded,
            "DELETE_IN_PROGRESS" => Self::DeleteInProgress,
            "DELETE_FAILED" => Self::DeleteFailed,
            "DELETE_COMPLETE" => Self::DeleteComplete,
            "CANCELLING" => Self::Cancelling,
            "CANCELLED" => Self::Cancelled,
            other => Self::Unknown(::awsgen_runtime::primitives::UnknownValue::new(other)),
        }
    }
}

/// Parsing never fails: an unrecognised value becomes [`Unknown`](Self::Unknown).
impl ::std::str::FromStr for DeploymentStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}

impl ::std::convert::AsRef<str> for DeploymentStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl ::std::fmt::Display for DeploymentStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for DeploymentStatus {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.string(self.as_str())
    }
}

impl ::awsgen_runtime::codegen::FromJson for DeploymentStatus {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        r.string().map(|s| Self::from(s.as_str()))
    }

    fn zero_value() -> Self {
        Self::Unknown(::awsgen_runtime::primitives::UnknownValue::new(::std::string::String::new()))
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for DeploymentStatus {}
