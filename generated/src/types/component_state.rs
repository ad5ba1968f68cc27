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
        s.field("service_spec", &crate::primitives::Redacted);
        s.field("template_file", &crate::primitives::Redacted);
        s.finish()
    }
}
impl crate::json::ToJson for ComponentState {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.service_instance_name {
            map.insert(
                "serviceInstanceName".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.service_name {
            map.insert("serviceName".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.service_spec {
            map.insert("serviceSpec".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.template_file {
            map.insert("templateFile".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ComponentState {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_service_instance_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_service_spec: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_file: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "serviceInstanceName" => {
                    v_service_instance_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "serviceName" => {
                    v_service_name = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "serviceSpec" => {
                    v_service_spec = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "templateFile" => {
                    v_template_file = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            service_instance_name: v_service_instance_name,
            service_name: v_service_name,
            service_spec: v_service_spec,
            template_file: v_template_file,
        })
    }
    fn zero_value() -> Self {
        Self {
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            service_spec: ::std::option::Option::None,
            template_file: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for ComponentState {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.service_spec {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceSpec"))?;
        }
        if let ::std::option::Option::Some(value) = &self.template_file {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateFile"))?;
        }
        ::std::result::Result::Ok(())
    }
}
