// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// The values of `EnvironmentAccountConnectionStatus`.
#[non_exhaustive]
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum EnvironmentAccountConnectionStatus {
    /// The value `PENDING`.
    Pending,
    /// The value `CONNECTED`.
    Connected,
    /// The value `REJECTED`.
    Rejected,
    /// A value this version of the crate does not know; it is kept as received.
    Unknown(crate::primitives::UnknownValue),
}
impl EnvironmentAccountConnectionStatus {
    /// The known values, as sent on the wire.
    pub const VALUES: &'static [&'static str] = &["PENDING", "CONNECTED", "REJECTED"];
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Connected => "CONNECTED",
            Self::Rejected => "REJECTED",
            Self::Unknown(value) => value.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for EnvironmentAccountConnectionStatus {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "CONNECTED" => Self::Connected,
            "REJECTED" => Self::Rejected,
            other => Self::Unknown(crate::primitives::UnknownValue(other.to_owned())),
        }
    }
}
/// Parsing never fails: an unrecognised value becomes [`Unknown`](Self::Unknown).
impl ::std::str::FromStr for EnvironmentAccountConnectionStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::std::convert::AsRef<str> for EnvironmentAccountConnectionStatus {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for EnvironmentAccountConnectionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl crate::json::ToJson for EnvironmentAccountConnectionStatus {
    fn to_json(&self) -> ::serde_json::Value {
        ::serde_json::Value::String(self.as_str().to_owned())
    }
}
impl crate::json::FromJson for EnvironmentAccountConnectionStatus {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        r.string().map(|s| Self::from(s.as_str()))
    }
    fn zero_value() -> Self {
        Self::Unknown(crate::primitives::UnknownValue(::std::string::String::new()))
    }
}
impl crate::validate::Validate for EnvironmentAccountConnectionStatus {}
