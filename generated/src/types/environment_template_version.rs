// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// The environment template version data.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct EnvironmentTemplateVersion {
    /// The Amazon Resource Name (ARN) of the version of an environment template.
    pub arn: ::std::string::String,
    /// The time when the version of an environment template was created.
    pub created_at: crate::primitives::DateTime,
    /// A description of the minor version of an environment template.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The time when the version of an environment template was last modified.
    pub last_modified_at: crate::primitives::DateTime,
    /// The latest major version that's associated with the version of an environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// The minor version of an environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The recommended minor version of the environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub recommended_minor_version: ::std::option::Option<::std::string::String>,
    /// The schema of the version of an environment template.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub schema: ::std::option::Option<::std::string::String>,
    /// The status of the version of an environment template.
    pub status: crate::types::TemplateVersionStatus,
    /// The status message of the version of an environment template.
    ///
    /// *Model:* sensitive: redacted in `Debug` output.
    pub status_message: ::std::option::Option<::std::string::String>,
    /// The name of the version of an environment template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
/// The required members of [`EnvironmentTemplateVersion`], named, for [`EnvironmentTemplateVersion::new`].
#[derive(Clone)]
pub struct EnvironmentTemplateVersionRequired {
    /// The Amazon Resource Name (ARN) of the version of an environment template.
    pub arn: ::std::string::String,
    /// The time when the version of an environment template was created.
    pub created_at: crate::primitives::DateTime,
    /// The time when the version of an environment template was last modified.
    pub last_modified_at: crate::primitives::DateTime,
    /// The latest major version that's associated with the version of an environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// The minor version of an environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The status of the version of an environment template.
    pub status: crate::types::TemplateVersionStatus,
    /// The name of the version of an environment template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
impl EnvironmentTemplateVersion {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: EnvironmentTemplateVersionRequired) -> Self {
        Self {
            arn: required.arn,
            created_at: required.created_at,
            last_modified_at: required.last_modified_at,
            major_version: required.major_version,
            minor_version: required.minor_version,
            status: required.status,
            template_name: required.template_name,
            description: ::std::option::Option::None,
            recommended_minor_version: ::std::option::Option::None,
            schema: ::std::option::Option::None,
            status_message: ::std::option::Option::None,
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
    /// Sets [`recommended_minor_version`](Self::recommended_minor_version).
    pub fn with_recommended_minor_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.recommended_minor_version = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`schema`](Self::schema).
    pub fn with_schema(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.schema = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status_message`](Self::status_message).
    pub fn with_status_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_message = ::std::option::Option::Some(value.into());
        self
    }
}
/// Redacts sensitive members.
impl ::std::fmt::Debug for EnvironmentTemplateVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("EnvironmentTemplateVersion");
        s.field("arn", &self.arn);
        s.field("created_at", &self.created_at);
        s.field("description", &crate::primitives::Redacted);
        s.field("last_modified_at", &self.last_modified_at);
        s.field("major_version", &self.major_version);
        s.field("minor_version", &self.minor_version);
        s.field("recommended_minor_version", &self.recommended_minor_version);
        s.field("schema", &crate::primitives::Redacted);
        s.field("status", &self.status);
        s.field("status_message", &crate::primitives::Redacted);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}
impl crate::json::ToJson for EnvironmentTemplateVersion {
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
        map.insert(
            "lastModifiedAt".to_owned(),
            crate::json::ToJson::to_json(&self.last_modified_at),
        );
        map.insert(
            "majorVersion".to_owned(),
            crate::json::ToJson::to_json(&self.major_version),
        );
        map.insert(
            "minorVersion".to_owned(),
            crate::json::ToJson::to_json(&self.minor_version),
        );
        if let ::std::option::Option::Some(value) = &self.recommended_minor_version {
            map.insert(
                "recommendedMinorVersion".to_owned(),
                crate::json::ToJson::to_json(value),
            );
        }
        if let ::std::option::Option::Some(value) = &self.schema {
            map.insert("schema".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert("status".to_owned(), crate::json::ToJson::to_json(&self.status));
        if let ::std::option::Option::Some(value) = &self.status_message {
            map.insert("statusMessage".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "templateName".to_owned(),
            crate::json::ToJson::to_json(&self.template_name),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for EnvironmentTemplateVersion {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_created_at: ::std::option::Option<crate::primitives::DateTime> = ::std::option::Option::None;
        let mut v_description: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_last_modified_at: ::std::option::Option<crate::primitives::DateTime> = ::std::option::Option::None;
        let mut v_major_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_minor_version: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_recommended_minor_version: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut v_schema: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_status: ::std::option::Option<crate::types::TemplateVersionStatus> = ::std::option::Option::None;
        let mut v_status_message: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_template_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "arn" => v_arn = crate::json::member(r, crate::json::FromJson::read)?,
                "createdAt" => {
                    v_created_at = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "description" => {
                    v_description = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "lastModifiedAt" => {
                    v_last_modified_at = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "majorVersion" => {
                    v_major_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "minorVersion" => {
                    v_minor_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "recommendedMinorVersion" => {
                    v_recommended_minor_version = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "schema" => {
                    v_schema = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "status" => {
                    v_status = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "statusMessage" => {
                    v_status_message = crate::json::member(
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
            arn: v_arn.unwrap_or_else(crate::json::FromJson::zero_value),
            created_at: v_created_at.unwrap_or_else(crate::json::FromJson::zero_value),
            description: v_description,
            last_modified_at: v_last_modified_at
                .unwrap_or_else(crate::json::FromJson::zero_value),
            major_version: v_major_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            minor_version: v_minor_version
                .unwrap_or_else(crate::json::FromJson::zero_value),
            recommended_minor_version: v_recommended_minor_version,
            schema: v_schema,
            status: v_status.unwrap_or_else(crate::json::FromJson::zero_value),
            status_message: v_status_message,
            template_name: v_template_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            arn: crate::json::FromJson::zero_value(),
            created_at: crate::json::FromJson::zero_value(),
            description: ::std::option::Option::None,
            last_modified_at: crate::json::FromJson::zero_value(),
            major_version: crate::json::FromJson::zero_value(),
            minor_version: crate::json::FromJson::zero_value(),
            recommended_minor_version: ::std::option::Option::None,
            schema: ::std::option::Option::None,
            status: crate::json::FromJson::zero_value(),
            status_message: ::std::option::Option::None,
            template_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for EnvironmentTemplateVersion {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.major_version;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("majorVersion"))?;
        }
        {
            let value = &self.minor_version;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("minorVersion"))?;
        }
        if let ::std::option::Option::Some(value) = &self.recommended_minor_version {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("recommendedMinorVersion"))?;
        }
        if let ::std::option::Option::Some(value) = &self.schema {
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("schema"))?;
        }
        {
            let value = &self.template_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
