// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// The detailed data about the current state of the environment.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct EnvironmentState {
    /// The environment spec that was used to create the environment.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::option::Option<::std::string::String>,
    /// The major version of the environment template that was used to create the environment.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the environment template that was used to create the environment.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::string::String,
    /// The name of the environment template that was used to create the environment.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
/// The required members of [`EnvironmentState`], named, for [`EnvironmentState::new`].
#[derive(Clone)]
pub struct EnvironmentStateRequired {
    /// The major version of the environment template that was used to create the environment.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the environment template that was used to create the environment.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::string::String,
    /// The name of the environment template that was used to create the environment.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
impl EnvironmentState {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: EnvironmentStateRequired) -> Self {
        Self {
            template_major_version: required.template_major_version,
            template_minor_version: required.template_minor_version,
            template_name: required.template_name,
            spec: ::std::option::Option::None,
        }
    }
    /// Sets [`spec`](Self::spec).
    pub fn with_spec(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spec = ::std::option::Option::Some(value.into());
        self
    }
}
/// Redacts sensitive members.
impl ::std::fmt::Debug for EnvironmentState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("EnvironmentState");
        s.field("spec", &crate::primitives::Redacted);
        s.field("template_major_version", &self.template_major_version);
        s.field("template_minor_version", &self.template_minor_version);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}
impl crate::json::ToJson for EnvironmentState {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.spec {
            map.insert("spec".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "templateMajorVersion".to_owned(),
            crate::json::ToJson::to_json(&self.template_major_version),
        );
        map.insert(
            "templateMinorVersion".to_owned(),
            crate::json::ToJson::to_json(&self.template_minor_version),
        );
        map.insert(
            "templateName".to_owned(),
            crate::json::ToJson::to_json(&self.template_name),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for EnvironmentState {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_spec: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_major_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_minor_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "spec" => v_spec = crate::json::member(r, crate::json::FromJson::read)?,
                "templateMajorVersion" => {
                    v_template_major_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "templateMinorVersion" => {
                    v_template_minor_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "templateName" => {
                    v_template_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            spec: v_spec,
            template_major_version: v_template_major_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            template_minor_version: v_template_minor_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            template_name: v_template_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            spec: ::std::option::Option::None,
            template_major_version: crate::json::FromJson::zero_value(),
            template_minor_version: crate::json::FromJson::zero_value(),
            template_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for EnvironmentState {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.spec {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("spec"))?;
        }
        {
            let value = &self.template_major_version;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateMajorVersion"))?;
        }
        {
            let value = &self.template_minor_version;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateMinorVersion"))?;
        }
        {
            let value = &self.template_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
