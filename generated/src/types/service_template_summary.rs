// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// Summary data of an Proton service template resource.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct ServiceTemplateSummary {
    /// The Amazon Resource Name (ARN) of the service template.
    pub arn: ::std::string::String,
    /// The time when the service template was created.
    pub created_at: crate::primitives::DateTime,
    /// A description of the service template.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The service template name as displayed in the developer interface.
    ///
    /// *Model:* length 1 to 100; sensitive: redacted in `Debug` output.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The time when the service template was last modified.
    pub last_modified_at: crate::primitives::DateTime,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// If `pipelineProvisioning` is `true`, a service pipeline is included in the service template,
    /// otherwise a service pipeline *isn't* included in the service template.
    pub pipeline_provisioning: ::std::option::Option<crate::types::Provisioning>,
    /// The recommended version of the service template.
    ///
    /// *Model:* length 1 to 10; pattern `^(0|([1-9]{1}\d*)).(0|([1-9]{1}\d*))$`.
    pub recommended_version: ::std::option::Option<::std::string::String>,
}
/// The required members of [`ServiceTemplateSummary`], named, for [`ServiceTemplateSummary::new`].
#[derive(Clone)]
pub struct ServiceTemplateSummaryRequired {
    /// The Amazon Resource Name (ARN) of the service template.
    pub arn: ::std::string::String,
    /// The time when the service template was created.
    pub created_at: crate::primitives::DateTime,
    /// The time when the service template was last modified.
    pub last_modified_at: crate::primitives::DateTime,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
}
impl ServiceTemplateSummary {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ServiceTemplateSummaryRequired) -> Self {
        Self {
            arn: required.arn,
            created_at: required.created_at,
            last_modified_at: required.last_modified_at,
            name: required.name,
            description: ::std::option::Option::None,
            display_name: ::std::option::Option::None,
            pipeline_provisioning: ::std::option::Option::None,
            recommended_version: ::std::option::Option::None,
        }
    }
    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`display_name`](Self::display_name).
    pub fn with_display_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`pipeline_provisioning`](Self::pipeline_provisioning).
    pub fn with_pipeline_provisioning(
        mut self,
        value: impl ::std::convert::Into<crate::types::Provisioning>,
    ) -> Self {
        self.pipeline_provisioning = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`recommended_version`](Self::recommended_version).
    pub fn with_recommended_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.recommended_version = ::std::option::Option::Some(value.into());
        self
    }
}
/// Redacts sensitive members.
impl ::std::fmt::Debug for ServiceTemplateSummary {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ServiceTemplateSummary");
        s.field("arn", &self.arn);
        s.field("created_at", &self.created_at);
        s.field("description", &crate::primitives::Redacted);
        s.field("display_name", &crate::primitives::Redacted);
        s.field("last_modified_at", &self.last_modified_at);
        s.field("name", &self.name);
        s.field("pipeline_provisioning", &self.pipeline_provisioning);
        s.field("recommended_version", &self.recommended_version);
        s.finish()
    }
}
impl crate::json::ToJson for ServiceTemplateSummary {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("arn".to_owned(), crate::json::ToJson::to_json(&self.arn));
        map.insert(
            "createdAt".to_owned(),
            crate::json::ToJson::to_json(&self.created_at),
        );
        if let ::std::option::Option::Some(value) = &self.description {
            map.insert("description".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.display_name {
            map.insert("displayName".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "lastModifiedAt".to_owned(),
            crate::json::ToJson::to_json(&self.last_modified_at),
        );
        map.insert("name".to_owned(), crate::json::ToJson::to_json(&self.name));
        if let ::std::option::Option::Some(value) = &self.pipeline_provisioning {
            map.insert(
                "pipelineProvisioning".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.recommended_version {
            map.insert(
                "recommendedVersion".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ServiceTemplateSummary {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_created_at: ::std::option::Option<crate::primitives::DateTime> = ::std::option::Option::None;
        let mut v_description: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_display_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_last_modified_at: ::std::option::Option<crate::primitives::DateTime> = ::std::option::Option::None;
        let mut v_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_pipeline_provisioning: ::std::option::Option<
            crate::types::Provisioning,
        > = ::std::option::Option::None;
        let mut v_recommended_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "arn" => v_arn = crate::json::member(r, crate::json::FromJson::read)?,
                "createdAt" => {
                    v_created_at = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "description" => {
                    v_description = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "displayName" => {
                    v_display_name = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "lastModifiedAt" => {
                    v_last_modified_at = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "name" => v_name = crate::json::member(r, crate::json::FromJson::read)?,
                "pipelineProvisioning" => {
                    v_pipeline_provisioning = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "recommendedVersion" => {
                    v_recommended_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            arn: v_arn.unwrap_or_else(crate::json::FromJson::zero_value),
            created_at: v_created_at.unwrap_or_else(crate::json::FromJson::zero_value),
            description: v_description,
            display_name: v_display_name,
            last_modified_at: v_last_modified_at
                .unwrap_or_else(crate::json::FromJson::zero_value),
            name: v_name.unwrap_or_else(crate::json::FromJson::zero_value),
            pipeline_provisioning: v_pipeline_provisioning,
            recommended_version: v_recommended_version,
        })
    }
    fn zero_value() -> Self {
        Self {
            arn: crate::json::FromJson::zero_value(),
            created_at: crate::json::FromJson::zero_value(),
            description: ::std::option::Option::None,
            display_name: ::std::option::Option::None,
            last_modified_at: crate::json::FromJson::zero_value(),
            name: crate::json::FromJson::zero_value(),
            pipeline_provisioning: ::std::option::Option::None,
            recommended_version: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for ServiceTemplateSummary {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.display_name {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("displayName"))?;
        }
        {
            let value = &self.name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("name"))?;
        }
        if let ::std::option::Option::Some(value) = &self.recommended_version {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("recommendedVersion"))?;
        }
        ::std::result::Result::Ok(())
    }
}
