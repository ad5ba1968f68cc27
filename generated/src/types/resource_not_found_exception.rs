// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// The requested resource *wasn't* found.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct ResourceNotFoundException {
    /// The `message` member.
    ///
    /// *Model:* sensitive: redacted in `Debug` output.
    pub message: ::std::string::String,
}

impl ResourceNotFoundException {
    /// Creates a value from its required member `message`; optional members start unset.
    pub fn new(message: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { message: message.into() }
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for ResourceNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ResourceNotFoundException");
        s.field("message", &::awsgen_runtime::codegen::Redacted);
        s.finish()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ResourceNotFoundException {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("message", &self.message);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ResourceNotFoundException {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        let mut message_rank = usize::MAX;
        let mut v_message = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                key @ ("message" | "Message" | "errorMessage" | "error_description") => r.message_member(
                    key,
                    &mut message_rank,
                    &mut v_message,
                )?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        if let ::std::option::Option::Some(value) = v_message {
            out.message = value;
        }
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { message: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

impl ResourceNotFoundException {
    /// The error code, as the service sends it.
    pub const CODE: &'static str = "ResourceNotFoundException";

    /// The message the service sent, if any.
    pub fn message(&self) -> ::std::option::Option<&str> {
        ::std::option::Option::Some(self.message.as_str())
    }

    /// Whether the model marks this error retryable.
    pub fn is_retryable(&self) -> bool {
        false
    }

    /// Whether the model marks this error as throttling.
    pub fn is_throttling(&self) -> bool {
        false
    }

    /// Whether the fault lies with the service (`true`) or the caller (`false`).
    pub fn is_server_fault(&self) -> bool {
        false
    }
}

impl ::std::fmt::Display for ResourceNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(Self::CODE)?;
        f.write_str(": (message withheld: sensitive in the model; see `.message()`)")?;
        ::std::result::Result::Ok(())
    }
}

impl ::std::error::Error for ResourceNotFoundException {}
impl ::awsgen_runtime::error::ServiceError for ResourceNotFoundException {
    fn code(&self) -> ::std::option::Option<&str> {
        ::std::option::Option::Some(Self::CODE)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        Self::message(self)
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ResourceNotFoundException {}
