// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// Revision detail data for a commit and push that activates a sync attempt
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct Revision {
    /// The repository branch.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The repository directory changed by a commit and push that activated the sync attempt.
    pub directory: ::std::string::String,
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub repository_name: ::std::string::String,
    /// The repository provider.
    pub repository_provider: crate::types::RepositoryProvider,
    /// The secure hash algorithm (SHA) hash for the revision.
    ///
    /// *Model:* length 1 to 255.
    pub sha: ::std::string::String,
}
/// The required members of [`Revision`], named, for [`Revision::new`].
#[derive(Clone)]
pub struct RevisionRequired {
    /// The repository branch.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The repository directory changed by a commit and push that activated the sync attempt.
    pub directory: ::std::string::String,
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub repository_name: ::std::string::String,
    /// The repository provider.
    pub repository_provider: crate::types::RepositoryProvider,
    /// The secure hash algorithm (SHA) hash for the revision.
    ///
    /// *Model:* length 1 to 255.
    pub sha: ::std::string::String,
}
impl Revision {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: RevisionRequired) -> Self {
        Self {
            branch: required.branch,
            directory: required.directory,
            repository_name: required.repository_name,
            repository_provider: required.repository_provider,
            sha: required.sha,
        }
    }
}
impl crate::json::ToJson for Revision {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("branch".to_owned(), crate::json::ToJson::to_json(&self.branch));
        map.insert(
            "directory".to_owned(),
            crate::json::ToJson::to_json(&self.directory),
        );
        map.insert(
            "repositoryName".to_owned(),
            crate::json::ToJson::to_json(&self.repository_name),
        );
        map.insert(
            "repositoryProvider".to_owned(),
            crate::json::ToJson::to_json(&self.repository_provider),
        );
        map.insert("sha".to_owned(), crate::json::ToJson::to_json(&self.sha));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for Revision {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_branch: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_directory: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_repository_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_repository_provider: ::std::option::Option<
            crate::types::RepositoryProvider,
        > = ::std::option::Option::None;
        let mut v_sha: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "branch" => {
                    v_branch = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "directory" => {
                    v_directory = crate::json::member(r, crate::json::FromJson::read)?;
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
                "sha" => v_sha = crate::json::member(r, crate::json::FromJson::read)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            branch: v_branch.unwrap_or_else(crate::json::FromJson::zero_value),
            directory: v_directory.unwrap_or_else(crate::json::FromJson::zero_value),
            repository_name: v_repository_name
                .unwrap_or_else(crate::json::FromJson::zero_value),
            repository_provider: v_repository_provider
                .unwrap_or_else(crate::json::FromJson::zero_value),
            sha: v_sha.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            branch: crate::json::FromJson::zero_value(),
            directory: crate::json::FromJson::zero_value(),
            repository_name: crate::json::FromJson::zero_value(),
            repository_provider: crate::json::FromJson::zero_value(),
            sha: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for Revision {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.branch;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("branch"))?;
        }
        {
            let value = &self.repository_name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("repositoryName"))?;
        }
        {
            let value = &self.sha;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("sha"))?;
        }
        ::std::result::Result::Ok(())
    }
}
