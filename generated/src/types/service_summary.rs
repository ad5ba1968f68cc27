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
    fn from_json(
        value: &::serde_json::Value,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let map = crate::json::object(value)?;
        ::std::result::Result::Ok(Self {
            arn: crate::json::required(map, "arn")?,
            created_at: crate::json::required(map, "createdAt")?,
            description: crate::json::optional(map, "description")?,
            last_modified_at: crate::json::required(map, "lastModifiedAt")?,
            name: crate::json::required(map, "name")?,
            status: crate::json::required(map, "status")?,
            status_message: crate::json::optional(map, "statusMessage")?,
            template_name: crate::json::required(map, "templateName")?,
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
