// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// The detail data for a template sync configuration.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct TemplateSyncConfig {
    /// The repository branch.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The repository name (for example, `myrepos/myrepo`).
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub repository_name: ::std::string::String,
    /// The repository provider.
    pub repository_provider: crate::types::RepositoryProvider,
    /// A subdirectory path to your template bundle version.
    ///
    /// *Model:* length 1 to 4096.
    pub subdirectory: ::std::option::Option<::std::string::String>,
    /// The template name.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
    /// The template type.
    pub template_type: crate::types::TemplateType,
}

/// The required members of [`TemplateSyncConfig`], named, for [`TemplateSyncConfig::new`].
#[derive(Clone)]
pub struct TemplateSyncConfigRequired {
    /// The repository branch.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The repository name (for example, `myrepos/myrepo`).
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub repository_name: ::std::string::String,
    /// The repository provider.
    pub repository_provider: crate::types::RepositoryProvider,
    /// The template name.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
    /// The template type.
    pub template_type: crate::types::TemplateType,
}

impl TemplateSyncConfig {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: TemplateSyncConfigRequired) -> Self {
        Self {
            branch: required.branch,
            repository_name: required.repository_name,
            repository_provider: required.repository_provider,
            template_name: required.template_name,
            template_type: required.template_type,
            subdirectory: ::std::option::Option::None,
        }
    }

    /// Sets [`subdirectory`](Self::subdirectory).
    pub fn with_subdirectory(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.subdirectory = ::std::option::Option::Some(value.into());
        self
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for TemplateSyncConfig {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("branch", &self.branch);
        w.member("repositoryName", &self.repository_name);
        w.member("repositoryProvider", &self.repository_provider);
        w.optional("subdirectory", &self.subdirectory);
        w.member("templateName", &self.template_name);
        w.member("templateType", &self.template_type);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for TemplateSyncConfig {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "branch" => r.set(&mut out.branch)?,
                "repositoryName" => r.set(&mut out.repository_name)?,
                "repositoryProvider" => r.set(&mut out.repository_provider)?,
                "subdirectory" => out.subdirectory = r.member()?,
                "templateName" => r.set(&mut out.template_name)?,
                "templateType" => r.set(&mut out.template_type)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            branch: ::awsgen_runtime::codegen::FromJson::zero_value(),
            repository_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            repository_provider: ::awsgen_runtime::codegen::FromJson::zero_value(),
            subdirectory: ::std::option::Option::None,
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_type: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for TemplateSyncConfig {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.branch;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "branch",
            )?;
        }
        {
            let value = &self.repository_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "repositoryName",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.subdirectory {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "subdirectory",
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
