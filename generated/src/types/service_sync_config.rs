// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Detailed data of the service sync configuration.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ServiceSyncConfig {
    /// The name of the code repository branch that holds the service code Proton will sync with.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The file path to the service sync configuration file.
    ///
    /// *Model:* length 1 to 4096.
    pub file_path: ::std::string::String,
    /// The name of the code repository that holds the service code Proton will sync with.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub repository_name: ::std::string::String,
    /// The name of the repository provider that holds the repository Proton will sync with.
    pub repository_provider: crate::types::RepositoryProvider,
    /// The name of the service that the service instance is added to.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}

/// The required members of [`ServiceSyncConfig`], named, for [`ServiceSyncConfig::new`].
#[derive(Clone)]
pub struct ServiceSyncConfigRequired {
    /// The name of the code repository branch that holds the service code Proton will sync with.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The file path to the service sync configuration file.
    ///
    /// *Model:* length 1 to 4096.
    pub file_path: ::std::string::String,
    /// The name of the code repository that holds the service code Proton will sync with.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub repository_name: ::std::string::String,
    /// The name of the repository provider that holds the repository Proton will sync with.
    pub repository_provider: crate::types::RepositoryProvider,
    /// The name of the service that the service instance is added to.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}

impl ServiceSyncConfig {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ServiceSyncConfigRequired) -> Self {
        Self {
            branch: required.branch,
            file_path: required.file_path,
            repository_name: required.repository_name,
            repository_provider: required.repository_provider,
            service_name: required.service_name,
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ServiceSyncConfig {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("branch", &self.branch);
        w.member("filePath", &self.file_path);
        w.member("repositoryName", &self.repository_name);
        w.member("repositoryProvider", &self.repository_provider);
        w.member("serviceName", &self.service_name);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ServiceSyncConfig {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "branch" => r.set(&mut out.branch)?,
                "filePath" => r.set(&mut out.file_path)?,
                "repositoryName" => r.set(&mut out.repository_name)?,
                "repositoryProvider" => r.set(&mut out.repository_provider)?,
                "serviceName" => r.set(&mut out.service_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            branch: ::awsgen_runtime::codegen::FromJson::zero_value(),
            file_path: ::awsgen_runtime::codegen::FromJson::zero_value(),
            repository_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            repository_provider: ::awsgen_runtime::codegen::FromJson::zero_value(),
            service_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ServiceSyncConfig {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.branch;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "branch",
            )?;
        }
        {
            let value = &self.file_path;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "filePath",
            )?;
        }
        {
            let value = &self.repository_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "repositoryName",
            )?;
        }
        {
            let value = &self.service_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceName",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
