// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// The request was denied due to request throttling.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct ThrottlingException {
    /// The `message` member.
    ///
    /// *Model:* sensitive: redacted in `Debug` output.
    pub message: ::std::string::String,
}
impl ThrottlingException {
    /// Creates a value from its required member `message`; optional members start unset.
    pub fn new(message: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { message: message.into() }
    }
}
/// Redacts sensitive members.
impl ::std::fmt::Debug for ThrottlingException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ThrottlingException");
        s.field("message", &crate::primitives::Redacted);
        s.finish()
    }
}
impl crate::json::ToJson for ThrottlingException {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("message".to_owned(), crate::json::ToJson::to_json(&self.message));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ThrottlingException {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_message: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "message" | "Message" => {
                    v_message = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            message: v_message.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            message: crate::json::FromJson::zero_value(),
        }
    }
}
impl ThrottlingException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ThrottlingException";
    /// The message the service sent, if any.
    pub fn message(&self) -> ::std::option::Option<&str> {
        ::std::option::Option::Some(self.message.as_str())
    }
    /// Whether the model marks this error retryable.
    pub fn is_retryable(&self) -> bool {
        true
    }
    /// Whether the model marks this error as throttling.
    pub fn is_throttling(&self) -> bool {
        true
    }
    /// Whether the fault lies with the service (`true`) or the caller (`false`).
    pub fn is_server_fault(&self) -> bool {
        false
    }
}
impl ::std::fmt::Display for ThrottlingException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(Self::CODE)?;
        f.write_str(": (message withheld: sensitive in the model; see `.message()`)")?;
        ::std::result::Result::Ok(())
    }
}
impl ::std::error::Error for ThrottlingException {}
impl crate::validate::Validate for ThrottlingException {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        ::std::result::Result::Ok(())
    }
}
