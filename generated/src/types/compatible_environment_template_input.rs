// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Compatible environment template data.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct CompatibleEnvironmentTemplateInput {
    /// The major version of the compatible environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// The compatible environment template name.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

/// The required members of [`CompatibleEnvironmentTemplateInput`], named, for [`CompatibleEnvironmentTemplateInput::new`].
#[derive(Clone)]
pub struct CompatibleEnvironmentTemplateInputRequired {
    /// The major version of the compatible environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// The compatible environment template name.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

impl CompatibleEnvironmentTemplateInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: CompatibleEnvironmentTemplateInputRequired) -> Self {
        Self { major_version: required.major_version, template_name: required.template_name }
    }
}

impl ::awsgen_runtime::codegen::ToJson for CompatibleEnvironmentTemplateInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("majorVersion", &self.major_version);
        w.member("templateName", &self.template_name);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for CompatibleEnvironmentTemplateInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "majorVersion" => r.set(&mut out.major_version)?,
                "templateName" => r.set(&mut out.template_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            major_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for CompatibleEnvironmentTemplateInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.major_version;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "majorVersion",
            )?;
        }
        {
            let value = &self.template_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateName",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
