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
    Unknown(::awsgen_runtime::primitives::UnknownValue),
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
            other => Self::Unknown(::awsgen_runtime::primitives::UnknownValue::new(other)),
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

impl ::awsgen_runtime::codegen::ToJson for ResourceDeploymentStatus {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.string(self.as_str())
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for ResourceDeploymentStatus {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        r.string().map(|s| Self::from(s.as_str()))
    }

    fn zero_value() -> Self {
        Self::Unknown(::awsgen_runtime::primitives::UnknownValue::new(::std::string::String::new()))
    }
}

impl ::awsgen_runtime::codegen::Validate for ResourceDeploymentStatus {}
