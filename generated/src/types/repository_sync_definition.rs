// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
/// A repository sync definition.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct RepositorySyncDefinition {
    /// The repository branch.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The directory in the repository.
    pub directory: ::std::string::String,
    /// The resource that is synced from.
    pub parent: ::std::string::String,
    /// The resource that is synced to.
    pub target: ::std::string::String,
}
/// The required members of [`RepositorySyncDefinition`], named, for [`RepositorySyncDefinition::new`].
#[derive(Clone)]
pub struct RepositorySyncDefinitionRequired {
    /// The repository branch.
    ///
    /// *Model:* length 1 to 200.
    pub branch: ::std::string::String,
    /// The directory in the repository.
    pub directory: ::std::string::String,
    /// The resource that is synced from.
    pub parent: ::std::string::String,
    /// The resource that is synced to.
    pub target: ::std::string::String,
}
impl RepositorySyncDefinition {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: RepositorySyncDefinitionRequired) -> Self {
        Self {
            branch: required.branch,
            directory: required.directory,
            parent: required.parent,
            target: required.target,
        }
    }
}
impl crate::json::ToJson for RepositorySyncDefinition {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        map.insert("branch".to_owned(), crate::json::ToJson::to_json(&self.branch));
        map.insert(
            "directory".to_owned(),
            crate::json::ToJson::to_json(&self.directory),
        );
        map.insert("parent".to_owned(), crate::json::ToJson::to_json(&self.parent));
        map.insert("target".to_owned(), crate::json::ToJson::to_json(&self.target));
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for RepositorySyncDefinition {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_branch: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_directory: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_parent: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_target: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "branch" => {
                    v_branch = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "directory" => {
                    v_directory = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "parent" => {
                    v_parent = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "target" => {
                    v_target = crate::json::member(r, crate::json::FromJson::read)?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            branch: v_branch.unwrap_or_else(crate::json::FromJson::zero_value),
            directory: v_directory.unwrap_or_else(crate::json::FromJson::zero_value),
            parent: v_parent.unwrap_or_else(crate::json::FromJson::zero_value),
            target: v_target.unwrap_or_else(crate::json::FromJson::zero_value),
        })
    }
    fn zero_value() -> Self {
        Self {
            branch: crate::json::FromJson::zero_value(),
            directory: crate::json::FromJson::zero_value(),
            parent: crate::json::FromJson::zero_value(),
            target: crate::json::FromJson::zero_value(),
        }
    }
}
impl crate::validate::Validate for RepositorySyncDefinition {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        {
            let value = &self.branch;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("branch"))?;
        }
        ::std::result::Result::Ok(())
    }
}
