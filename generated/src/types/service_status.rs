// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// The values of `ServiceStatus`.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum ServiceStatus {
    /// The value `CREATE_IN_PROGRESS`.
    CreateInProgress,
    /// The value `CREATE_FAILED_CLEANUP_IN_PROGRESS`.
    CreateFailedCleanupInProgress,
    /// The value `CREATE_FAILED_CLEANUP_COMPLETE`.
    CreateFailedCleanupComplete,
    /// The value `CREATE_FAILED_CLEANUP_FAILED`.
    CreateFailedCleanupFailed,
    /// The value `CREATE_FAILED`.
    CreateFailed,
    /// The value `ACTIVE`.
    Active,
    /// The value `DELETE_IN_PROGRESS`.
    DeleteInProgress,
    /// The value `DELETE_FAILED`.
    DeleteFailed,
    /// The value `UPDATE_IN_PROGRESS`.
    UpdateInProgress,
    /// The value `UPDATE_FAILED_CLEANUP_IN_PROGRESS`.
    UpdateFailedCleanupInProgress,
    /// The value `UPDATE_FAILED_CLEANUP_COMPLETE`.
    UpdateFailedCleanupComplete,
    /// The value `UPDATE_FAILED_CLEANUP_FAILED`.
    UpdateFailedCleanupFailed,
    /// The value `UPDATE_FAILED`.
    UpdateFailed,
    /// The value `UPDATE_COMPLETE_CLEANUP_FAILED`.
    UpdateCompleteCleanupFailed,
    /// A value this version of the crate does not know; it is kept as received.
    Unknown(::awsgen_runtime::primitives::UnknownValue),
}

impl ServiceStatus {
    /// The known values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = &[
        "CREATE_IN_PROGRESS",
        "CREATE_FAILED_CLEANUP_IN_PROGRESS",
        "CREATE_FAILED_CLEANUP_COMPLETE",
        "CREATE_FAILED_CLEANUP_FAILED",
        "CREATE_FAILED",
        "ACTIVE",
        "DELETE_IN_PROGRESS",
        "DELETE_FAILED",
        "UPDATE_IN_PROGRESS",
        "UPDATE_FAILED_CLEANUP_IN_PROGRESS",
        "UPDATE_FAILED_CLEANUP_COMPLETE",
        "UPDATE_FAILED_CLEANUP_FAILED",
        "UPDATE_FAILED",
        "UPDATE_COMPLETE_CLEANUP_FAILED",
    ];

    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreateInProgress => "CREATE_IN_PROGRESS",
            Self::CreateFailedCleanupInProgress => "CREATE_FAILED_CLEANUP_IN_PROGRESS",
            Self::CreateFailedCleanupComplete => "CREATE_FAILED_CLEANUP_COMPLETE",
            Self::CreateFailedCleanupFailed => "CREATE_FAILED_CLEANUP_FAILED",
            Self::CreateFailed => "CREATE_FAILED",
            Self::Active => "ACTIVE",
            Self::DeleteInProgress => "DELETE_IN_PROGRESS",
            Self::DeleteFailed => "DELETE_FAILED",
            Self::UpdateInProgress => "UPDATE_IN_PROGRESS",
            Self::UpdateFailedCleanupInProgress => "UPDATE_FAILED_CLEANUP_IN_PROGRESS",
            Self::UpdateFailedCleanupComplete => "UPDATE_FAILED_CLEANUP_COMPLETE",
            Self::UpdateFailedCleanupFailed => "UPDATE_FAILED_CLEANUP_FAILED",
            Self::UpdateFailed => "UPDATE_FAILED",
            Self::UpdateCompleteCleanupFailed => "UPDATE_COMPLETE_CLEANUP_FAILED",
            Self::Unknown(value) => value.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for ServiceStatus {
    fn from(value: &str) -> Self {
        match value {
            "CREATE_IN_PROGRESS" => Self::CreateInProgress,
            "CREATE_FAILED_CLEANUP_IN_PROGRESS" => Self::CreateFailedCleanupInProgress,
            "CREATE_FAILED_CLEANUP_COMPLETE" => Self::CreateFailedCleanupComplete,
            "CREATE_FAILED_CLEANUP_FAILED" => Self::CreateFailedCleanupFailed,
            "CREATE_FAILED" => Self::CreateFailed,
            "ACTIVE" => Self::Active,
            "DELETE_IN_PROGRESS" => Self::DeleteInProgress,
            "DELETE_FAILED" => Self::DeleteFailed,
            "UPDATE_IN_PROGRESS" => Self::UpdateInProgress,
            "UPDATE_FAILED_CLEANUP_IN_PROGRESS" => Self::UpdateFailedCleanupInProgress,
            "UPDATE_FAILED_CLEANUP_COMPLETE" => Self::UpdateFailedCleanupComplete,
            "UPDATE_FAILED_CLEANUP_FAILED" => Self::UpdateFailedCleanupFailed,
            "UPDATE_FAILED" => Self::UpdateFailed,
            "UPDATE_COMPLETE_CLEANUP_FAILED" => Self::UpdateCompleteCleanupFailed,
            other => Self::Unknown(::awsgen_runtime::primitives::UnknownValue::new(other)),
        }
    }
}

/// Parsing never fails: an unrecognised value becomes [`Unknown`](Self::Unknown).
impl ::std::str::FromStr for ServiceStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}

impl ::std::convert::AsRef<str> for ServiceStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl ::std::fmt::Display for ServiceStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ServiceStatus {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.string(self.as_str())
    }
}

impl ::awsgen_runtime::codegen::FromJson for ServiceStatus {
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
impl ::awsgen_runtime::codegen::Validate for ServiceStatus {}
