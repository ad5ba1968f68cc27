// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Summary data of an Proton service template version resource.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct ServiceTemplateVersionSummary {
    /// The Amazon Resource Name (ARN) of the version of a service template.
    pub arn: ::std::string::String,
    /// The time when the version of a service template was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// A description of the version of a service template.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The time when the version of a service template was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
    /// The latest major version that's associated with the version of a service template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// The minor version of a service template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The recommended minor version of the service template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub recommended_minor_version: ::std::option::Option<::std::string::String>,
    /// The service template minor version status.
    pub status: crate::types::TemplateVersionStatus,
    /// A service template minor version status message.
    ///
    /// *Model:* sensitive: redacted in `Debug` output.
    pub status_message: ::std::option::Option<::std::string::String>,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

/// The required members of [`ServiceTemplateVersionSummary`], named, for [`ServiceTemplateVersionSummary::new`].
#[derive(Clone)]
pub struct ServiceTemplateVersionSummaryRequired {
    /// The Amazon Resource Name (ARN) of the version of a service template.
    pub arn: ::std::string::String,
    /// The time when the version of a service template was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The time when the version of a service template was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
    /// The latest major version that's associated with the version of a service template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// The minor version of a service template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The service template minor version status.
    pub status: crate::types::TemplateVersionStatus,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

impl ServiceTemplateVersionSummary {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ServiceTemplateVersionSummaryRequired) -> Self {
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
impl ::std::fmt::Debug for ServiceTemplateVersionSummary {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ServiceTemplateVersionSummary");
        s.field("arn", &self.arn);
        s.field("created_at", &self.created_at);
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("last_modified_at", &self.last_modified_at);
        s.field("major_version", &self.major_version);
        s.field("minor_version", &self.minor_version);
        s.field("recommended_minor_version", &self.recommended_minor_version);
        s.field("status", &self.status);
        s.field("status_message", &::awsgen_runtime::codegen::Redacted);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ServiceTemplateVersionSummary {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("arn", &self.arn);
        w.member("createdAt", &self.created_at);
        w.optional("description", &self.description);
        w.member("lastModifiedAt", &self.last_modified_at);
        w.member("majorVersion", &self.major_version);
        w.member("minorVersion", &self.minor_version);
        w.optional("recommendedMinorVersion", &self.recommended_minor_version);
        w.member("status", &self.status);
        w.optional("statusMessage", &self.status_message);
        w.member("templateName", &self.template_name);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ServiceTemplateVersionSummary {
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
                "majorVersion" => r.set(&mut out.major_version)?,
                "minorVersion" => r.set(&mut out.minor_version)?,
                "recommendedMinorVersion" => out.recommended_minor_version = r.member()?,
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
            major_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            minor_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            recommended_minor_version: ::std::option::Option::None,
            status: ::awsgen_runtime::codegen::FromJson::zero_value(),
            status_message: ::std::option::Option::None,
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ServiceTemplateVersionSummary {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.major_version;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "majorVersion",
            )?;
        }
        {
            let value = &self.minor_version;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "minorVersion",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.recommended_minor_version {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "recommendedMinorVersion",
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
