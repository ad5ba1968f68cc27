// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// The values of `ListServiceInstancesSortBy`.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum ListServiceInstancesSortBy {
    /// The value `name`.
    Name,
    /// The value `deploymentStatus`.
    DeploymentStatus,
    /// The value `templateName`.
    TemplateName,
    /// The value `serviceName`.
    ServiceName,
    /// The value `environmentName`.
    EnvironmentName,
    /// The value `lastDeploymentAttemptedAt`.
    LastDeploymentAttemptedAt,
    /// The value `createdAt`.
    CreatedAt,
    /// A value this version of the crate does not know; it is kept as received.
    Unknown(::awsgen_runtime::primitives::UnknownValue),
}

impl ListServiceInstancesSortBy {
    /// The known values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = &[
        "name",
        "deploymentStatus",
        "templateName",
        "serviceName",
        "environmentName",
        "lastDeploymentAttemptedAt",
        "createdAt",
    ];

    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "name",
            Self::DeploymentStatus => "deploymentStatus",
            Self::TemplateName => "templateName",
            Self::ServiceName => "serviceName",
            Self::EnvironmentName => "environmentName",
            Self::LastDeploymentAttemptedAt => "lastDeploymentAttemptedAt",
            Self::CreatedAt => "createdAt",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for ListServiceInstancesSortBy {
    fn from(value: &str) -> Self {
        match value {
            "name" => Self::Name,
            "deploymentStatus" => Self::DeploymentStatus,
            "templateName" => Self::TemplateName,
            "serviceName" => Self::ServiceName,
            "environmentName" => Self::EnvironmentName,
            "lastDeploymentAttemptedAt" => Self::LastDeploymentAttemptedAt,
            "createdAt" => Self::CreatedAt,
            other => Self::Unknown(::awsgen_runtime::primitives::UnknownValue::new(other)),
        }
    }
}

/// Parsing never fails: an unrecognised value becomes [`Unknown`](Self::Unknown).
impl ::std::str::FromStr for ListServiceInstancesSortBy {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}

impl ::std::convert::AsRef<str> for ListServiceInstancesSortBy {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl ::std::fmt::Display for ListServiceInstancesSortBy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::awsgen_runtime::codegen::ToJson for ListServiceInstancesSortBy {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.string(self.as_str())
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for ListServiceInstancesSortBy {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        r.string().map(|s| Self::from(s.as_str()))
    }

    fn zero_value() -> Self {
        Self::Unknown(::awsgen_runtime::primitives::UnknownValue::new(::std::string::String::new()))
    }
}

impl ::awsgen_runtime::codegen::Validate for ListServiceInstancesSortBy {}
