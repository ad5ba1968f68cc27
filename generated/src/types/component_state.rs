// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// The detailed data about the current state of the component.
#[non_exhaustive]
#[derive(Clone, PartialEq, Default)]
pub struct ComponentState {
    /// The name of the service instance that this component is attached to. Provided when a component is
    /// attached to a service instance.
    ///
    /// *Model:* length 0 to 100; pattern `(^$)|^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::option::Option<::std::string::String>,
    /// The name of the service that `serviceInstanceName` is associated with. Provided when a component is
    /// attached to a service instance.
    ///
    /// *Model:* length 0 to 100; pattern `(^$)|^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::option::Option<::std::string::String>,
    /// The service spec that the component uses to access service inputs. Provided when a component is
    /// attached to a service instance.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub service_spec: ::std::option::Option<::std::string::String>,
    /// The template file used.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub template_file: ::std::option::Option<::std::string::String>,
}

impl ComponentState {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            service_spec: ::std::option::Option::None,
            template_file: ::std::option::Option::None,
        }
    }

    /// Sets [`service_instance_name`](Self::service_instance_name).
    pub fn with_service_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_instance_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`service_name`](Self::service_name).
    pub fn with_service_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`service_spec`](Self::service_spec).
    pub fn with_service_spec(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_spec = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`template_file`](Self::template_file).
    pub fn with_template_file(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_file = ::std::option::Option::Some(value.into());
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for ComponentState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ComponentState");
        s.field("service_instance_name", &self.service_instance_name);
        s.field("service_name", &self.service_name);
        s.field("service_spec", &::awsgen_runtime::codegen::Redacted);
        s.field("template_file", &::awsgen_runtime::codegen::Redacted);
        s.finish()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ComponentState {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("serviceInstanceName", &self.service_instance_name);
        w.optional("serviceName", &self.service_name);
        w.optional("serviceSpec", &self.service_spec);
        w.optional("templateFile", &self.template_file);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ComponentState {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "serviceInstanceName" => out.service_instance_name = r.member()?,
                "serviceName" => out.service_name = r.member()?,
                "serviceSpec" => out.service_spec = r.member()?,
                "templateFile" => out.template_file = r.member()?,
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

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ComponentState {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.service_spec {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceSpec",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.template_file {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateFile",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
