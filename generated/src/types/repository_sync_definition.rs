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
    fn from_json(
        value: &::serde_json::Value,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let map = crate::json::object(value)?;
        ::std::result::Result::Ok(Self {
            branch: crate::json::required(map, "branch")?,
            directory: crate::json::required(map, "directory")?,
            parent: crate::json::required(map, "parent")?,
            target: crate::json::required(map, "target")?,
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
