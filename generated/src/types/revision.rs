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

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for Revision {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("branch", &self.branch);
        w.member("directory", &self.directory);
        w.member("repositoryName", &self.repository_name);
        w.member("repositoryProvider", &self.repository_provider);
        w.member("sha", &self.sha);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for Revision {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "branch" => r.set(&mut out.branch)?,
                "directory" => r.set(&mut out.directory)?,
                "repositoryName" => r.set(&mut out.repository_name)?,
                "repositoryProvider" => r.set(&mut out.repository_provider)?,
                "sha" => r.set(&mut out.sha)?,
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
            repository_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            repository_provider: ::awsgen_runtime::codegen::FromJson::zero_value(),
            sha: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for Revision {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.branch;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "branch",
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
            let value = &self.sha;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "sha",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
