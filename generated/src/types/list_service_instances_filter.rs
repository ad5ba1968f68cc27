// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// A filtering criterion to scope down the result list of the `ListServiceInstances` action.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct ListServiceInstancesFilter {
    /// The name of a filtering criterion.
    pub key: ::std::option::Option<crate::types::ListServiceInstancesFilterBy>,
    /// A value to filter by.
    ///
    /// With the date/time keys (`*At{Before,After}`), the value is a valid
    /// [RFC 3339](<https://datatracker.ietf.org/doc/html/rfc3339.html>) string with no UTC offset and with
    /// an optional fractional precision (for example, `1985-04-12T23:20:50.52Z`).
    pub value: ::std::option::Option<::std::string::String>,
}

impl ListServiceInstancesFilter {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self { key: ::std::option::Option::None, value: ::std::option::Option::None }
    }

    /// Sets [`key`](Self::key).
    pub fn with_key(
        mut self,
        value: impl ::std::convert::Into<crate::types::ListServiceInstancesFilterBy>,
    ) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`value`](Self::value).
    pub fn with_value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::awsgen_runtime::codegen::ToJson for ListServiceInstancesFilter {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("key", &self.key);
        w.optional("value", &self.value);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for ListServiceInstancesFilter {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "key" => out.key = r.member()?,
                "value" => out.value = r.member()?,
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

impl ::awsgen_runtime::codegen::Validate for ListServiceInstancesFilter {}
