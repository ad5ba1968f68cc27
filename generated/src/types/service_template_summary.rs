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
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// A description of the service template.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The service template name as displayed in the developer interface.
    ///
    /// *Model:* length 1 to 100; sensitive: redacted in `Debug` output.
    pub display_name: ::std::option::Option<::std::string::String>,
    /// The time when the service template was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
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
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The time when the service template was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
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
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("display_name", &::awsgen_runtime::codegen::Redacted);
        s.field("last_modified_at", &self.last_modified_at);
        s.field("name", &self.name);
        s.field("pipeline_provisioning", &self.pipeline_provisioning);
        s.field("recommended_version", &self.recommended_version);
        s.finish()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ServiceTemplateSummary {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("arn", &self.arn);
        w.member("createdAt", &self.created_at);
        w.optional("description", &self.description);
        w.optional("displayName", &self.display_name);
        w.member("lastModifiedAt", &self.last_modified_at);
        w.member("name", &self.name);
        w.optional("pipelineProvisioning", &self.pipeline_provisioning);
        w.optional("recommendedVersion", &self.recommended_version);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ServiceTemplateSummary {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "arn" => r.set(&mut out.arn)?,
                "createdAt" => r.set(&mut out.created_at)?,
                "description" => out.description = r.member()?,
                "displayName" => out.display_name = r.member()?,
                "lastModifiedAt" => r.set(&mut out.last_modified_at)?,
                "name" => r.set(&mut out.name)?,
                "pipelineProvisioning" => out.pipeline_provisioning = r.member()?,
                "recommendedVersion" => out.recommended_version = r.member()?,
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
            display_name: ::std::option::Option::None,
            last_modified_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            pipeline_provisioning: ::std::option::Option::None,
            recommended_version: ::std::option::Option::None,
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ServiceTemplateSummary {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.display_name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "displayName",
            )?;
        }
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.recommended_version {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "recommendedVersion",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
