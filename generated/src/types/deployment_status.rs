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
    Unknown(crate::primitives::UnknownValue),
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
            other => Self::Unknown(crate::primitives::UnknownValue(other.to_owned())),
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
impl crate::json::ToJson for DeploymentStatus {
    fn to_json(&self) -> ::serde_json::Value {
        ::serde_json::Value::String(self.as_str().to_owned())
    }
}
impl crate::json::FromJson for DeploymentStatus {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        r.string().map(|s| Self::from(s.as_str()))
    }
    fn zero_value() -> Self {
        Self::Unknown(crate::primitives::UnknownValue(::std::string::String::new()))
    }
}
impl crate::validate::Validate for DeploymentStatus {}
