// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// The detailed data about the current state of the service pipeline.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct ServicePipelineState {
    /// The service spec that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::option::Option<::std::string::String>,
    /// The major version of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::string::String,
    /// The name of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

/// The required members of [`ServicePipelineState`], named, for [`ServicePipelineState::new`].
#[derive(Clone)]
pub struct ServicePipelineStateRequired {
    /// The major version of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::string::String,
    /// The name of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

impl ServicePipelineState {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ServicePipelineStateRequired) -> Self {
        Self {
            template_major_version: required.template_major_version,
            template_minor_version: required.template_minor_version,
            template_name: required.template_name,
            spec: ::std::option::Option::None,
        }
    }

    /// Sets [`spec`](Self::spec).
    pub fn with_spec(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.spec = ::std::option::Option::Some(value.into());
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for ServicePipelineState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ServicePipelineState");
        s.field("spec", &::awsgen_runtime::codegen::Redacted);
        s.field("template_major_version", &self.template_major_version);
        s.field("template_minor_version", &self.template_minor_version);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ServicePipelineState {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("spec", &self.spec);
        w.member("templateMajorVersion", &self.template_major_version);
        w.member("templateMinorVersion", &self.template_minor_version);
        w.member("templateName", &self.template_name);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ServicePipelineState {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "spec" => out.spec = r.member()?,
                "templateMajorVersion" => r.set(&mut out.template_major_version)?,
                "templateMinorVersion" => r.set(&mut out.template_minor_version)?,
                "templateName" => r.set(&mut out.template_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            spec: ::std::option::Option::None,
            template_major_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_minor_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ServicePipelineState {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.spec {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "spec",
            )?;
        }
        {
            let value = &self.template_major_version;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateMajorVersion",
            )?;
        }
        {
            let value = &self.template_minor_version;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateMinorVersion",
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
