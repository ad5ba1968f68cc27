// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Detailed data of an Proton service resource.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct Service {
    /// The Amazon Resource Name (ARN) of the service.
    pub arn: ::std::string::String,
    /// The name of the code repository branch that holds the code that's deployed in Proton.
    ///
    /// *Model:* length 1 to 200.
    pub branch_name: ::std::option::Option<::std::string::String>,
    /// The time when the service was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// A description of the service.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The time when the service was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
    /// The name of the service.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The service pipeline detail data.
    pub pipeline: ::std::option::Option<crate::types::ServicePipeline>,
    /// The Amazon Resource Name (ARN) of the repository connection. For more information, see
    /// [Setting up an AWS CodeStar connection](<https://docs.aws.amazon.com/proton/latest/userguide/setting-up-for-service.html#setting-up-vcontrol>)
    /// in the *Proton User Guide*.
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub repository_connection_arn: ::std::option::Option<::std::string::String>,
    /// The ID of the source code repository.
    ///
    /// *Model:* length 1 to 200.
    pub repository_id: ::std::option::Option<::std::string::String>,
    /// The formatted specification that defines the service.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
    /// The status of the service.
    pub status: crate::types::ServiceStatus,
    /// A service status message.
    ///
    /// *Model:* sensitive: redacted in `Debug` output.
    pub status_message: ::std::option::Option<::std::string::String>,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

/// The required members of [`Service`], named, for [`Service::new`].
#[derive(Clone)]
pub struct ServiceRequired {
    /// The Amazon Resource Name (ARN) of the service.
    pub arn: ::std::string::String,
    /// The time when the service was created.
    pub created_at: ::awsgen_runtime::primitives::DateTime,
    /// The time when the service was last modified.
    pub last_modified_at: ::awsgen_runtime::primitives::DateTime,
    /// The name of the service.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The formatted specification that defines the service.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
    /// The status of the service.
    pub status: crate::types::ServiceStatus,
    /// The name of the service template.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

impl Service {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ServiceRequired) -> Self {
        Self {
            arn: required.arn,
            created_at: required.created_at,
            last_modified_at: required.last_modified_at,
            name: required.name,
            spec: required.spec,
            status: required.status,
            template_name: required.template_name,
            branch_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            pipeline: ::std::option::Option::None,
            repository_connection_arn: ::std::option::Option::None,
            repository_id: ::std::option::Option::None,
            status_message: ::std::option::Option::None,
        }
    }

    /// Sets [`branch_name`](Self::branch_name).
    pub fn with_branch_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.branch_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`pipeline`](Self::pipeline).
    pub fn with_pipeline(
        mut self,
        value: impl ::std::convert::Into<crate::types::ServicePipeline>,
    ) -> Self {
        self.pipeline = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`repository_connection_arn`](Self::repository_connection_arn).
    pub fn with_repository_connection_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.repository_connection_arn = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`repository_id`](Self::repository_id).
    pub fn with_repository_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.repository_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`status_message`](Self::status_message).
    pub fn with_status_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_message = ::std::option::Option::Some(value.into());
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for Service {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("Service");
        s.field("arn", &self.arn);
        s.field("branch_name", &self.branch_name);
        s.field("created_at", &self.created_at);
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("last_modified_at", &self.last_modified_at);
        s.field("name", &self.name);
        s.field("pipeline", &self.pipeline);
        s.field("repository_connection_arn", &self.repository_connection_arn);
        s.field("repository_id", &self.repository_id);
        s.field("spec", &::awsgen_runtime::codegen::Redacted);
        s.field("status", &self.status);
        s.field("status_message", &::awsgen_runtime::codegen::Redacted);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for Service {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("arn", &self.arn);
        w.optional("branchName", &self.branch_name);
        w.member("createdAt", &self.created_at);
        w.optional("description", &self.description);
        w.member("lastModifiedAt", &self.last_modified_at);
        w.member("name", &self.name);
        w.optional("pipeline", &self.pipeline);
        w.optional("repositoryConnectionArn", &self.repository_connection_arn);
        w.optional("repositoryId", &self.repository_id);
        w.member("spec", &self.spec);
        w.member("status", &self.status);
        w.optional("statusMessage", &self.status_message);
        w.member("templateName", &self.template_name);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for Service {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "arn" => r.set(&mut out.arn)?,
                "branchName" => out.branch_name = r.member()?,
                "createdAt" => r.set(&mut out.created_at)?,
                "description" => out.description = r.member()?,
                "lastModifiedAt" => r.set(&mut out.last_modified_at)?,
                "name" => r.set(&mut out.name)?,
                "pipeline" => out.pipeline = r.member()?,
                "repositoryConnectionArn" => out.repository_connection_arn = r.member()?,
                "repositoryId" => out.repository_id = r.member()?,
                "spec" => r.set(&mut out.spec)?,
                "status" => r.set(&mut out.status)?,
                "statusMessage" => out.status_message = r.member()?,
                "templateName" => r.set(&mut out.template_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            arn: ::awsgen_runtime::codegen::FromJson::zero_value(),
            branch_name: ::std::option::Option::None,
            created_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            description: ::std::option::Option::None,
            last_modified_at: ::awsgen_runtime::codegen::FromJson::zero_value(),
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            pipeline: ::std::option::Option::None,
            repository_connection_arn: ::std::option::Option::None,
            repository_id: ::std::option::Option::None,
            spec: ::awsgen_runtime::codegen::FromJson::zero_value(),
            status: ::awsgen_runtime::codegen::FromJson::zero_value(),
            status_message: ::std::option::Option::None,
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for Service {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.branch_name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "branchName",
            )?;
        }
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        ::awsgen_runtime::codegen::nested(&self.pipeline, "pipeline")?;
        if let ::std::option::Option::Some(value) = &self.repository_connection_arn {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "repositoryConnectionArn",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.repository_id {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "repositoryId",
            )?;
        }
        {
            let value = &self.spec;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "spec",
            )?;
        }
        {
            let value = &self.template_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateName",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
