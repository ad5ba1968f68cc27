// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Detail data for a provisioned resource.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct ProvisionedResource {
    /// The provisioned resource identifier.
    ///
    /// *Model:* length 1 to 200.
    pub identifier: ::std::option::Option<::std::string::String>,
    /// The provisioned resource name.
    ///
    /// *Model:* length 1 to 200.
    pub name: ::std::option::Option<::std::string::String>,
    /// The resource provisioning engine. At this time, `CLOUDFORMATION` can be used for Amazon Web
    /// Services-managed provisioning, and `TERRAFORM` can be used for self-managed provisioning.
    ///
    /// For more information, see
    /// [Self-managed provisioning](<https://docs.aws.amazon.com/proton/latest/userguide/ag-works-prov-methods.html#ag-works-prov-methods-self>)
    /// in the *Proton User Guide*.
    pub provisioning_engine: ::std::option::Option<crate::types::ProvisionedResourceEngine>,
}

impl ProvisionedResource {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            identifier: ::std::option::Option::None,
            name: ::std::option::Option::None,
            provisioning_engine: ::std::option::Option::None,
        }
    }

    /// Sets [`identifier`](Self::identifier).
    pub fn with_identifier(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.identifier = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`name`](Self::name).
    pub fn with_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`provisioning_engine`](Self::provisioning_engine).
    pub fn with_provisioning_engine(
        mut self,
        value: impl ::std::convert::Into<crate::types::ProvisionedResourceEngine>,
    ) -> Self {
        self.provisioning_engine = ::std::option::Option::Some(value.into());
        self
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ProvisionedResource {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("identifier", &self.identifier);
        w.optional("name", &self.name);
        w.optional("provisioningEngine", &self.provisioning_engine);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ProvisionedResource {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "identifier" => out.identifier = r.member()?,
                "name" => out.name = r.member()?,
                "provisioningEngine" => out.provisioning_engine = r.member()?,
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
impl ::awsgen_runtime::codegen::Validate for ProvisionedResource {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.identifier {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "identifier",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
