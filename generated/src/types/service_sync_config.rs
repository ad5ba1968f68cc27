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
impl crate::json::ToJson for ServiceSyncConfig {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("branch".to_owned(), crate::json::ToJson::to_json(&self.branch));
        map.insert("filePath".to_owned(), crate::json::ToJson::to_json(&self.file_path));
        map.insert(
            "repositoryName".to_owned(),
            crate::json::ToJson::to_json(&self.repository_name),
        );
        map.insert(
            "repositoryProvider".to_owned(),
            crate::json::ToJson::to_json(&self.repository_provider),
        );
        map.insert(
            "serviceName".to_owned(),
            crate::json::ToJson::to_json(&self.service_name),
        );
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for ServiceSyncConfig {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_branch: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_file_path: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_repository_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_repository_provider: ::std::option::Option<
            crate::types::RepositoryProvider,
        > = ::std::option::Option::None;
        let mut v_service_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "branch" => {
                    v_branch = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "filePath" => {
                    v_file_path = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "repositoryName" => {
                    v_repository_name = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "repositoryProvider" => {
                    v_repository_provider = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "serviceName" => {
                    v_service_name = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            branch: v_branch.unwrap_or_else(crate::json::FromJson::zero_value),
            file_path: v_file_path.unwrap_or_else(crate::json::FromJson::zero_value),
            repository_name: v_repository_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
            repository_provider: v_repository_provider
                .unwrap_or_else(crate::json::FromJson::zero_value),
            service_name: v_service_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            branch: crate::json::FromJson::zero_value(),
            file_path: crate::json::FromJson::zero_value(),
            repository_name: crate::json::FromJson::zero_value(),
            repository_provider: crate::json::FromJson::zero_value(),
            service_name: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for ServiceSyncConfig {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.branch;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("branch"))?;
        }
        {
            let value = &self.file_path;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("filePath"))?;
        }
        {
            let value = &self.repository_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("repositoryName"))?;
        }
        {
            let value = &self.service_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("serviceName"))?;
        }
        ::std::result::Result::Ok(())
    }
}
