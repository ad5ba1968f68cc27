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
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "branch" => r.set(&mut out.branch)?,
                "directory" => r.set(&mut out.directory)?,
                "parent" => r.set(&mut out.parent)?,
                "target" => r.set(&mut out.target)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
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
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
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
