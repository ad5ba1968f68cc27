// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Detailed data of the context of the sync blocker.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct SyncBlockerContext {
    /// The key for the sync blocker context.
    pub key: ::std::string::String,
    /// The value of the sync blocker context.
    pub value: ::std::string::String,
}

/// The required members of [`SyncBlockerContext`], named, for [`SyncBlockerContext::new`].
#[derive(Clone)]
pub struct SyncBlockerContextRequired {
    /// The key for the sync blocker context.
    pub key: ::std::string::String,
    /// The value of the sync blocker context.
    pub value: ::std::string::String,
}

impl SyncBlockerContext {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: SyncBlockerContextRequired) -> Self {
        Self { key: required.key, value: required.value }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for SyncBlockerContext {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("key", &self.key);
        w.member("value", &self.value);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for SyncBlockerContext {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "key" => r.set(&mut out.key)?,
                "value" => r.set(&mut out.value)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            key: ::awsgen_runtime::codegen::FromJson::zero_value(),
            value: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for SyncBlockerContext {}
