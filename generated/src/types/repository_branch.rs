// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Detail data for a linked repository branch.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct RepositoryBranch {
    /// The Amazon Resource Name (ARN) of the linked repository.
    pub arn: ::std::string::String,
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

/// The required members of [`RepositoryBranch`], named, for [`RepositoryBranch::new`].
#[derive(Clone)]
pub struct RepositoryBranchRequired {
    /// The Amazon Resource Name (ARN) of the linked repository.
    pub arn: ::std::string::String,
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

impl RepositoryBranch {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: RepositoryBranchRequired) -> Self {
        Self {
            arn: required.arn,
            branch: required.branch,
            name: required.name,
            provider: required.provider,
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for RepositoryBranch {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("arn", &self.arn);
        w.member("branch", &self.branch);
        w.member("name", &self.name);
        w.member("provider", &self.provider);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for RepositoryBranch {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "arn" => r.set(&mut out.arn)?,
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
            arn: ::awsgen_runtime::codegen::FromJson::zero_value(),
            branch: ::awsgen_runtime::codegen::FromJson::zero_value(),
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            provider: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for RepositoryBranch {
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
