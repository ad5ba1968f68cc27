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

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for RepositorySyncDefinition {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("branch", &self.branch);
        w.member("directory", &self.directory);
        w.member("parent", &self.parent);
        w.member("target", &self.target);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for RepositorySyncDefinition {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut v_branch = ::std::option::Option::None;
        let mut v_directory = ::std::option::Option::None;
        let mut v_parent = ::std::option::Option::None;
        let mut v_target = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "branch" => v_branch = r.member()?,
                "directory" => v_directory = r.member()?,
                "parent" => v_parent = r.member()?,
                "target" => v_target = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            branch: v_branch
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            directory: v_directory
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            parent: v_parent
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
            target: v_target
                .unwrap_or_else(::awsgen_runtime::codegen::FromJson::zero_value),
        })
    }

    fn zero_value() -> Self {
        Self {
            branch: ::awsgen_runtime::codegen::FromJson::zero_value(),
            directory: ::awsgen_runtime::codegen::FromJson::zero_value(),
            parent: ::awsgen_runtime::codegen::FromJson::zero_value(),
            target: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for RepositorySyncDefinition {
    fn validate(
        &self,
    ) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.branch;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "branch",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
