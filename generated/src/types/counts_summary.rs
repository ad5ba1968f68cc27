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
    pub environment_templates: ::std::option::Option<
        crate::types::ResourceCountsSummary,
    >,
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
impl crate::json::ToJson for CountsSummary {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.components {
            map.insert("components".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.environment_templates {
            map.insert(
                "environmentTemplates".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.environments {
            map.insert("environments".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.pipelines {
            map.insert("pipelines".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.service_instances {
            map.insert(
                "serviceInstances".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.service_templates {
            map.insert(
                "serviceTemplates".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.services {
            map.insert("services".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for CountsSummary {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_components: ::std::option::Option<
            crate::types::ResourceCountsSummary,
        > = ::std::option::Option::None;
        let mut v_environment_templates: ::std::option::Option<
            crate::types::ResourceCountsSummary,
        > = ::std::option::Option::None;
        let mut v_environments: ::std::option::Option<
            crate::types::ResourceCountsSummary,
        > = ::std::option::Option::None;
        let mut v_pipelines: ::std::option::Option<
            crate::types::ResourceCountsSummary,
        > = ::std::option::Option::None;
        let mut v_service_instances: ::std::option::Option<
            crate::types::ResourceCountsSummary,
        > = ::std::option::Option::None;
        let mut v_service_templates: ::std::option::Option<
            crate::types::ResourceCountsSummary,
        > = ::std::option::Option::None;
        let mut v_services: ::std::option::Option<crate::types::ResourceCountsSummary> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "components" => {
                    v_components = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "environmentTemplates" => {
                    v_environment_templates = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "environments" => {
                    v_environments = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "pipelines" => {
                    v_pipelines = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "serviceInstances" => {
                    v_service_instances = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "serviceTemplates" => {
                    v_service_templates = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "services" => {
                    v_services = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            components: v_components,
            environment_templates: v_environment_templates,
            environments: v_environments,
            pipelines: v_pipelines,
            service_instances: v_service_instances,
            service_templates: v_service_templates,
            services: v_services,
        })
    }
    fn zero_value() -> Self {
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
}
impl crate::validate::Validate for CountsSummary {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.components {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("components"))?;
        }
        if let ::std::option::Option::Some(value) = &self.environment_templates {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("environmentTemplates"))?;
        }
        if let ::std::option::Option::Some(value) = &self.environments {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("environments"))?;
        }
        if let ::std::option::Option::Some(value) = &self.pipelines {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("pipelines"))?;
        }
        if let ::std::option::Option::Some(value) = &self.service_instances {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("serviceInstances"))?;
        }
        if let ::std::option::Option::Some(value) = &self.service_templates {
            crate::validate::Validate::validate(value)
                .map_err(|e| e.under("serviceTemplates"))?;
        }
        if let ::std::option::Option::Some(value) = &self.services {
            crate::validate::Validate::validate(value).map_err(|e| e.under("services"))?;
        }
        ::std::result::Result::Ok(())
    }
}
