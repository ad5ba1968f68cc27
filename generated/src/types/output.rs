// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// An infrastructure as code defined resource output.
#[non_exhaustive]
#[derive(Clone, PartialEq, Default)]
pub struct Output {
    /// The output key.
    ///
    /// *Model:* length 1 to 1024.
    pub key: ::std::option::Option<::std::string::String>,
    /// The output value.
    ///
    /// *Model:* length 1 to 1024.
    pub value_string: ::std::option::Option<::std::string::String>,
}

impl Output {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self { key: ::std::option::Option::None, value_string: ::std::option::Option::None }
    }

    /// Sets [`key`](Self::key).
    pub fn with_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`value_string`](Self::value_string).
    pub fn with_value_string(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value_string = ::std::option::Option::Some(value.into());
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for Output {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("Output");
        s.field("key", &::awsgen_runtime::codegen::Redacted);
        s.field("value_string", &::awsgen_runtime::codegen::Redacted);
        s.finish()
    }
}

impl ::awsgen_runtime::codegen::ToJson for Output {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("key", &self.key);
        w.optional("valueString", &self.value_string);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for Output {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "key" => out.key = r.member()?,
                "valueString" => out.value_string = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        ::std::default::Default::default()
    }
}

impl ::awsgen_runtime::codegen::Validate for Output {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.key {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "key",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.value_string {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "valueString",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
