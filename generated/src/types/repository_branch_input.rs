// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// Detail input data for a linked repository branch.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct RepositoryBranchInput {
    /// The repository branch.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub name: ::std::string::String,
    /// The repository provider.
    pub provider: crate::types::RepositoryProvider,
}
/// The required members of [`RepositoryBranchInput`], named, for [`RepositoryBranchInput::new`].
#[derive(Clone)]
pub struct RepositoryBranchInputRequired {
    /// The repository branch.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub name: ::std::string::String,
    /// The repository provider.
    pub provider: crate::types::RepositoryProvider,
}
impl RepositoryBranchInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: RepositoryBranchInputRequired) -> Self {
        Self {
            branch: required.branch,
            name: required.name,
            provider: required.provider,
        }
    }
}
impl crate::json::ToJson for RepositoryBranchInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("branch".to_owned(), crate::json::ToJson::to_json(&self.branch));
        map.insert("name".to_owned(), crate::json::ToJson::to_json(&self.name));
        map.insert("provider".to_owned(), crate::json::ToJson::to_json(&self.provider));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for RepositoryBranchInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_branch: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_provider: ::std::option::Option<crate::types::RepositoryProvider> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "branch" => {
                    v_branch = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "name" => v_name = crate::json::member(r, crate::json::FromJson::read)?,
                "provider" => {
                    v_provider = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            branch: v_branch.unwrap_or_else(crate::json::FromJson::zero_value),
            name: v_name.unwrap_or_else(crate::json::FromJson::zero_value),
            provider: v_provider.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            branch: crate::json::FromJson::zero_value(),
            name: crate::json::FromJson::zero_value(),
            provider: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for RepositoryBranchInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.branch;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("branch"))?;
        }
        {
            let value = &self.name;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("name"))?;
        }
        ::std::result::Result::Ok(())
    }
}
