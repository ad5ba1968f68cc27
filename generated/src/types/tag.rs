// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// A description of a resource tag.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct Tag {
    /// The key of the resource tag.
    ///
    /// *Model:* length 1 to 128.
    pub key: ::std::string::String,
    /// The value of the resource tag.
    ///
    /// *Model:* length 0 to 256.
    pub value: ::std::string::String,
}

/// The required members of [`Tag`], named, for [`Tag::new`].
#[derive(Clone)]
pub struct TagRequired {
    /// The key of the resource tag.
    ///
    /// *Model:* length 1 to 128.
    pub key: ::std::string::String,
    /// The value of the resource tag.
    ///
    /// *Model:* length 0 to 256.
    pub value: ::std::string::String,
}

impl Tag {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: TagRequired) -> Self {
        Self { key: required.key, value: required.value }
    }
}

impl ::awsgen_runtime::codegen::ToJson for Tag {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("key", &self.key);
        w.member("value", &self.value);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for Tag {
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

impl ::awsgen_runtime::codegen::Validate for Tag {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.key;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "key",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
