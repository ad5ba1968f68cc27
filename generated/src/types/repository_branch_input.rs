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
        Self { branch: required.branch, name: required.name, provider: required.provider }
    }
}

impl ::awsgen_runtime::codegen::ToJson for RepositoryBranchInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("branch", &self.branch);
        w.member("name", &self.name);
        w.member("provider", &self.provider);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for RepositoryBranchInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "branch" => r.set(&mut out.branch)?,
                "name" => r.set(&mut out.name)?,
                "provider" => r.set(&mut out.provider)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            branch: ::awsgen_runtime::codegen::FromJson::zero_value(),
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            provider: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for RepositoryBranchInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.branch;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "branch",
            )?;
        }
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
