// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Summary data of a linked repository—a repository that has been registered with Proton.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct RepositorySummary {
    /// The Amazon Resource Name (ARN) of the linked repository.
    pub arn: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the of your connection that connects Proton to your repository.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub connection_arn: ::std::string::String,
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub name: ::std::string::String,
    /// The repository provider.
    pub provider: crate::types::RepositoryProvider,
}

/// The required members of [`RepositorySummary`], named, for [`RepositorySummary::new`].
#[derive(Clone)]
pub struct RepositorySummaryRequired {
    /// The Amazon Resource Name (ARN) of the linked repository.
    pub arn: ::std::string::String,
    /// The Amazon Resource Name (ARN) of the of your connection that connects Proton to your repository.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub connection_arn: ::std::string::String,
    /// The repository name.
    ///
    /// *Model:* length 1 to 100; pattern `[A-Za-z0-9_.-].*/[A-Za-z0-9_.-].*`.
    pub name: ::std::string::String,
    /// The repository provider.
    pub provider: crate::types::RepositoryProvider,
}

impl RepositorySummary {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: RepositorySummaryRequired) -> Self {
        Self {
            arn: required.arn,
            connection_arn: required.connection_arn,
            name: required.name,
            provider: required.provider,
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for RepositorySummary {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("arn", &self.arn);
        w.member("connectionArn", &self.connection_arn);
        w.member("name", &self.name);
        w.member("provider", &self.provider);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for RepositorySummary {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "arn" => r.set(&mut out.arn)?,
                "connectionArn" => r.set(&mut out.connection_arn)?,
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
            connection_arn: ::awsgen_runtime::codegen::FromJson::zero_value(),
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            provider: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for RepositorySummary {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.connection_arn;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "connectionArn",
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
