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
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// A description of the service.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The time when the service was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
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
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The time when the service was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
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
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("last_modified_at", &self.last_modified_at);
        s.field("name", &self.name);
        s.field("status", &self.status);
        s.field("status_message", &::awsgen_runtime::codegen::Redacted);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ServiceSummary {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("arn", &self.arn);
        w.member("createdAt", &self.created_at);
        w.optional("description", &self.description);
        w.member("lastModifiedAt", &self.last_modified_at);
        w.member("name", &self.name);
        w.member("status", &self.status);
        w.optional("statusMessage", &self.status_message);
        w.member("templateName", &self.template_name);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ServiceSummary {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "arn" => r.set(&mut out.arn)?,
                "createdAt" => r.set(&mut out.created_at)?,
                "description" => out.description = r.member()?,
                "lastModifiedAt" => r.set(&mut out.last_modified_at)?,
                "name" => r.set(&mut out.name)?,
                "status" => r.set(&mut out.status)?,
                "statusMessage" => out.status_message = r.member()?,
                "templateName" => r.set(&mut out.template_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            arn: ::awsgen_runtime::codegen::FromJson::zero_value(),
            created_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            description: ::std::option::Option::None,
            last_modified_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            status: ::awsgen_runtime::codegen::FromJson::zero_value(),
            status_message: ::std::option::Option::None,
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ServiceSummary {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        {
            let value = &self.template_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateName",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
