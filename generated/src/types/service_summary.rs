// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// Summary data of an Proton service resource.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct ServiceSummary {
    /// The Amazon Resource Name (ARN) of the service.
    pub arn: ::std::string::String,
    /// The time when the service was created.
    pub created_at: crate::primitives::DateTime,
    /// A description of the service.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The time when the service was last modified.
    pub last_modified_at: crate::primitives::DateTime,
    /// The name of the service.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The status of the service.
    pub status: crate::types::ServiceStatus,
    /// A service status message.
    ///
    /// *Model:* sensitive: redacted in `Debug` output.
    pub status_message: ::std::option::Option<::std::string::String>,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
/// The required members of [`ServiceSummary`], named, for [`ServiceSummary::new`].
#[derive(Clone)]
pub struct ServiceSummaryRequired {
    /// The Amazon Resource Name (ARN) of the service.
    pub arn: ::std::string::String,
    /// The time when the service was created.
    pub created_at: crate::primitives::DateTime,
    /// The time when the service was last modified.
    pub last_modified_at: crate::primitives::DateTime,
    /// The name of the service.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The status of the service.
    pub status: crate::types::ServiceStatus,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}
impl ServiceSummary {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ServiceSummaryRequired) -> Self {
        Self {
            arn: required.arn,
            created_at: required.created_at,
            last_modified_at: required.last_modified_at,
            name: required.name,
            status: required.status,
            template_name: required.template_name,
            description: ::std::option::Option::None,
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
impl ::std::fmt::Debug for ServiceSummary {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ServiceSummary");
        s.field("arn", &self.arn);
        s.field("created_at", &self.created_at);
        s.field("description", &crate::primitives::Redacted);
        s.field("last_modified_at", &self.last_modified_at);
        s.field("name", &self.name);
        s.field("status", &self.status);
        s.field("status_message", &crate::primitives::Redacted);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}
impl crate::json::ToJson for ServiceSummary {
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
        map.insert("name".to_owned(), crate::json::ToJson::to_json(&self.name));
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
impl crate::json::FromJson for ServiceSummary {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_created_at: ::std::option::Option<crate::primitives::DateTime> = ::std::option::Option::None;
        let mut v_description: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_last_modified_at: ::std::option::Option<crate::primitives::DateTime> = ::std::option::Option::None;
        let mut v_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_status: ::std::option::Option<crate::types::ServiceStatus> = ::std::option::Option::None;
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
                "name" => v_name = crate::json::member(r, crate::json::FromJson::read)?,
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
            name: v_name.unwrap_or_else(crate::json::FromJson::zero_value),
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
            name: crate::json::FromJson::zero_value(),
            status: crate::json::FromJson::zero_value(),
            status_message: ::std::option::Option::None,
            template_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ServiceSummary {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("name"))?;
        }
        {
            let value = &self.template_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("templateName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
