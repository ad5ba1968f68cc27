// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// The values of `ListServiceInstancesFilterBy`.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum ListServiceInstancesFilterBy {
    /// The value `name`.
    Name,
    /// The value `deploymentStatus`.
    DeploymentStatus,
    /// The value `templateName`.
    TemplateName,
    /// The value `serviceName`.
    ServiceName,
    /// The value `deployedTemplateVersionStatus`.
    DeployedTemplateVersionStatus,
    /// The value `environmentName`.
    EnvironmentName,
    /// The value `lastDeploymentAttemptedAtBefore`.
    LastDeploymentAttemptedAtBefore,
    /// The value `lastDeploymentAttemptedAtAfter`.
    LastDeploymentAttemptedAtAfter,
    /// The value `createdAtBefore`.
    CreatedAtBefore,
    /// The value `createdAtAfter`.
    CreatedAtAfter,
    /// A value this version of the crate does not know; it is kept as received.
    Unknown(::awsgen_runtime::primitives::UnknownValue),
}

impl ListServiceInstancesFilterBy {
    /// The known values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = &[
        "name",
        "deploymentStatus",
        "templateName",
        "serviceName",
        "deployedTemplateVersionStatus",
        "environmentName",
        "lastDeploymentAttemptedAtBefore",
        "lastDeploymentAttemptedAtAfter",
        "createdAtBefore",
        "createdAtAfter",
    ];

    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "name",
            Self::DeploymentStatus => "deploymentStatus",
            Self::TemplateName => "templateName",
            Self::ServiceName => "serviceName",
            Self::DeployedTemplateVersionStatus => "deployedTemplateVersionStatus",
            Self::EnvironmentName => "environmentName",
            Self::LastDeploymentAttemptedAtBefore => "lastDeploymentAttemptedAtBefore",
            Self::LastDeploymentAttemptedAtAfter => "lastDeploymentAttemptedAtAfter",
            Self::CreatedAtBefore => "createdAtBefore",
            Self::CreatedAtAfter => "createdAtAfter",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for ListServiceInstancesFilterBy {
    fn from(value: &str) -> Self {
        match value {
            "name" => Self::Name,
            "deploymentStatus" => Self::DeploymentStatus,
            "templateName" => Self::TemplateName,
            "serviceName" => Self::ServiceName,
            "deployedTemplateVersionStatus" => Self::DeployedTemplateVersionStatus,
            "environmentName" => Self::EnvironmentName,
            "lastDeploymentAttemptedAtBefore" => Self::LastDeploymentAttemptedAtBefore,
            "lastDeploymentAttemptedAtAfter" => Self::LastDeploymentAttemptedAtAfter,
            "createdAtBefore" => Self::CreatedAtBefore,
            "createdAtAfter" => Self::CreatedAtAfter,
            other => Self::Unknown(::awsgen_runtime::primitives::UnknownValue::new(other)),
        }
    }
}

/// Parsing never fails: an unrecognised value becomes [`Unknown`](Self::Unknown).
impl ::std::str::FromStr for ListServiceInstancesFilterBy {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}

impl ::std::convert::AsRef<str> for ListServiceInstancesFilterBy {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl ::std::fmt::Display for ListServiceInstancesFilterBy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::awsgen_runtime::codegen::ToJson for ListServiceInstancesFilterBy {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.string(self.as_str())
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for ListServiceInstancesFilterBy {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        r.string().map(|s| Self::from(s.as_str()))
    }

    fn zero_value() -> Self {
        Self::Unknown(::awsgen_runtime::primitives::UnknownValue::new(::std::string::String::new()))
    }
}

impl ::awsgen_runtime::codegen::Validate for ListServiceInstancesFilterBy {}
