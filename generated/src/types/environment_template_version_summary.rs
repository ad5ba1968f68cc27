// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// A summary of the version of an environment template detail data.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct EnvironmentTemplateVersionSummary {
    /// The Amazon Resource Name (ARN) of the version of an environment template.
    pub arn: ::std::string::String,
    /// The time when the version of an environment template was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// A description of the version of an environment template.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The time when the version of an environment template was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
    /// The latest major version that's associated with the version of an environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// The version of an environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The recommended minor version of the environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub recommended_minor_version: ::std::option::Option<::std::string::String>,
    /// The status of the version of an environment template.
    pub status: crate::types::TemplateVersionStatus,
    /// The status message of the version of an environment template.
    ///
    /// *Model:* sensitive: redacted in `Debug` output.
    pub status_message: ::std::option::Option<::std::string::String>,
    /// The name of the environment template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

/// The required members of [`EnvironmentTemplateVersionSummary`], named, for [`EnvironmentTemplateVersionSummary::new`].
#[derive(Clone)]
pub struct EnvironmentTemplateVersionSummaryRequired {
    /// The Amazon Resource Name (ARN) of the version of an environment template.
    pub arn: ::std::string::String,
    /// The time when the version of an environment template was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The time when the version of an environment template was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
    /// The latest major version that's associated with the version of an environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub major_version: ::std::string::String,
    /// The version of an environment template.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub minor_version: ::std::string::String,
    /// The status of the version of an environment template.
    pub status: crate::types::TemplateVersionStatus,
    /// The name of the environment template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

impl EnvironmentTemplateVersionSummary {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: EnvironmentTemplateVersionSummaryRequired) -> Self {
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
impl ::std::fmt::Debug for EnvironmentTemplateVersionSummary {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("EnvironmentTemplateVersionSummary");
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
impl ::awsgen_runtime::codegen::ToJson for EnvironmentTemplateVersionSummary {
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

impl ::awsgen_runtime::codegen::FromJson for EnvironmentTemplateVersionSummary {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut v_arn = ::std::option::Option::None;
        let mut v_created_at = ::std::option::Option::None;
        let mut v_description = ::std::option::Option::None;
        let mut v_last_modified_at = ::std::option::Option::None;
        let mut v_major_version = ::std::option::Option::None;
        let mut v_minor_version = ::std::option::Option::None;
        let mut v_recommended_minor_version = ::std::option::Option::None;
        let mut v_status = ::std::option::Option::None;
        let mut v_status_message = ::std::option::Option::None;
        let mut v_template_name = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "arn" => v_arn = r.member()?,
                "createdAt" => v_created_at = r.member()?,
                "description" => v_description = r.member()?,
                "lastModifiedAt" => v_last_modified_at = r.member()?,
                "majorVersion" => v_major_version = r.member()?,
                "minorVersion" => v_minor_version = r.member()?,
                "recommendedMinorVersion" => v_recommended_minor_version = r.member()?,
                "status" => v_status = r.member()?,
                "statusMessage" => v_status_message = r.member()?,
                "templateName" => v_template_name = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            arn: v_arn.unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            created_at: v_created_at
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            description: v_description,
            last_modified_at: v_last_modified_at
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            major_version: v_major_version
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            minor_version: v_minor_version
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            recommended_minor_version: v_recommended_minor_version,
            status: v_status
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            status_message: v_status_message,
            template_name: v_template_name
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
        })
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
impl ::awsgen_runtime::codegen::Validate for EnvironmentTemplateVersionSummary {
    fn validate(
        &self,
    ) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
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
