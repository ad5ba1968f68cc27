// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// The state that a PR-based deployment can be updated to.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum ResourceDeploymentStatus {
    /// The value `IN_PROGRESS`.
    InProgress,
    /// The value `FAILED`.
    Failed,
    /// The value `SUCCEEDED`.
    Succeeded,
    /// A value this version of the crate does not know; it is kept as received.
    Unknown(crate::primitives::UnknownValue),
}
impl ResourceDeploymentStatus {
    /// The known values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = &["IN_PROGRESS", "FAILED", "SUCCEEDED"];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "IN_PROGRESS",
            Self::Failed => "FAILED",
            Self::Succeeded => "SUCCEEDED",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for ResourceDeploymentStatus {
    fn from(value: &str) -> Self {
        match value {
            "IN_PROGRESS" => Self::InProgress,
            "FAILED" => Self::Failed,
            "SUCCEEDED" => Self::Succeeded,
            other => Self::Unknown(crate::primitives::UnknownValue(other.to_owned())),
        }
    }
}
/// Parsing never fails: an unrecognised value becomes [`Unknown`](Self::Unknown).
impl ::std::str::FromStr for ResourceDeploymentStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for ResourceDeploymentStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for ResourceDeploymentStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl crate::json::ToJson for ResourceDeploymentStatus {
    fn to_json(&self) -> ::serde_json::Value {
        ::serde_json::Value::String(self.as_str().to_owned())
    }
}
impl crate::json::FromJson for ResourceDeploymentStatus {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        r.string().map(|s| Self::from(s.as_str()))
    }
    fn zero_value() -> Self {
        Self::Unknown(crate::primitives::UnknownValue(::std::string::String::new()))
    }
}
impl crate::validate::Validate for ResourceDeploymentStatus {}
