// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Summary counts of each Proton resource type.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct CountsSummary {
    /// The total number of components in the Amazon Web Services account.
    ///
    /// The semantics of the `components` field are different from the semantics of results for other
    /// infrastructure-provisioning resources. That's because at this time components don't have associated
    /// templates, therefore they don't have the concept of staleness. The `components` object will only
    /// contain `total` and `failed` members.
    pub components: ::std::option::Option<crate::types::ResourceCountsSummary>,
    /// The total number of environment templates in the Amazon Web Services account. The
    /// `environmentTemplates` object will only contain `total` members.
    pub environment_templates: ::std::option::Option<crate::types::ResourceCountsSummary>,
    /// The staleness counts for Proton environments in the Amazon Web Services account. The `environments`
    /// object will only contain `total` members.
    pub environments: ::std::option::Option<crate::types::ResourceCountsSummary>,
    /// The staleness counts for Proton pipelines in the Amazon Web Services account.
    pub pipelines: ::std::option::Option<crate::types::ResourceCountsSummary>,
    /// The staleness counts for Proton service instances in the Amazon Web Services account.
    pub service_instances: ::std::option::Option<crate::types::ResourceCountsSummary>,
    /// The total number of service templates in the Amazon Web Services account. The `serviceTemplates`
    /// object will only contain `total` members.
    pub service_templates: ::std::option::Option<crate::types::ResourceCountsSummary>,
    /// The staleness counts for Proton services in the Amazon Web Services account.
    pub services: ::std::option::Option<crate::types::ResourceCountsSummary>,
}

impl CountsSummary {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            components: ::std::option::Option::None,
            environment_templates: ::std::option::Option::None,
            environments: ::std::option::Option::None,
            pipelines: ::std::option::Option::None,
            service_instances: ::std::option::Option::None,
            service_templates: ::std::option::Option::None,
            services: ::std::option::Option::None,
        }
    }

    /// Sets [`components`](Self::components).
    pub fn with_components(
        mut self,
        value: impl ::std::convert::Into<crate::types::ResourceCountsSummary>,
    ) -> Self {
        self.components = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`environment_templates`](Self::environment_templates).
    pub fn with_environment_templates(
        mut self,
        value: impl ::std::convert::Into<crate::types::ResourceCountsSummary>,
    ) -> Self {
        self.environment_templates = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`environments`](Self::environments).
    pub fn with_environments(
        mut self,
        value: impl ::std::convert::Into<crate::types::ResourceCountsSummary>,
    ) -> Self {
        self.environments = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`pipelines`](Self::pipelines).
    pub fn with_pipelines(
        mut self,
        value: impl ::std::convert::Into<crate::types::ResourceCountsSummary>,
    ) -> Self {
        self.pipelines = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`service_instances`](Self::service_instances).
    pub fn with_service_instances(
        mut self,
        value: impl ::std::convert::Into<crate::types::ResourceCountsSummary>,
    ) -> Self {
        self.service_instances = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`service_templates`](Self::service_templates).
    pub fn with_service_templates(
        mut self,
        value: impl ::std::convert::Into<crate::types::ResourceCountsSummary>,
    ) -> Self {
        self.service_templates = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`services`](Self::services).
    pub fn with_services(
        mut self,
        value: impl ::std::convert::Into<crate::types::ResourceCountsSummary>,
    ) -> Self {
        self.services = ::std::option::Option::Some(value.into());
        self
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for CountsSummary {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("components", &self.components);
        w.optional("environmentTemplates", &self.environment_templates);
        w.optional("environments", &self.environments);
        w.optional("pipelines", &self.pipelines);
        w.optional("serviceInstances", &self.service_instances);
        w.optional("serviceTemplates", &self.service_templates);
        w.optional("services", &self.services);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for CountsSummary {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "components" => out.components = r.member()?,
                "environmentTemplates" => out.environment_templates = r.member()?,
                "environments" => out.environments = r.member()?,
                "pipelines" => out.pipelines = r.member()?,
                "serviceInstances" => out.service_instances = r.member()?,
                "serviceTemplates" => out.service_templates = r.member()?,
                "services" => out.services = r.member()?,
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
impl ::awsgen_runtime::codegen::Validate for CountsSummary {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.components, "components")?;
        ::awsgen_runtime::codegen::nested(&self.environment_templates, "environmentTemplates")?;
        ::awsgen_runtime::codegen::nested(&self.environments, "environments")?;
        ::awsgen_runtime::codegen::nested(&self.pipelines, "pipelines")?;
        ::awsgen_runtime::codegen::nested(&self.service_instances, "serviceInstances")?;
        ::awsgen_runtime::codegen::nested(&self.service_templates, "serviceTemplates")?;
        ::awsgen_runtime::codegen::nested(&self.services, "services")?;
        ::std::result::Result::Ok(())
    }
}
