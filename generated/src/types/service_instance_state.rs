// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// The detailed data about the current state of this service instance.
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct ServiceInstanceState {
    /// The IDs for the last successful components deployed for this service instance.
    ///
    /// *Model:* length 0 to 1.
    pub last_successful_component_deployment_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// The ID for the last successful environment deployed for this service instance.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub last_successful_environment_deployment_id: ::std::option::Option<::std::string::String>,
    /// The ID for the last successful service pipeline deployed for this service instance.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub last_successful_service_pipeline_deployment_id: ::std::option::Option<
        ::std::string::String,
    >,
    /// The service spec that was used to create the service instance.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
    /// The major version of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::string::String,
    /// The name of the service template that was used to create the service instance.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

/// The required members of [`ServiceInstanceState`], named, for [`ServiceInstanceState::new`].
#[derive(Clone)]
pub struct ServiceInstanceStateRequired {
    /// The service spec that was used to create the service instance.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub spec: ::std::string::String,
    /// The major version of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_major_version: ::std::string::String,
    /// The minor version of the service template that was used to create the service pipeline.
    ///
    /// *Model:* length 1 to 20; pattern `^(0|([1-9]{1}\d*))$`.
    pub template_minor_version: ::std::string::String,
    /// The name of the service template that was used to create the service instance.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub template_name: ::std::string::String,
}

impl ServiceInstanceState {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ServiceInstanceStateRequired) -> Self {
        Self {
            spec: required.spec,
            template_major_version: required.template_major_version,
            template_minor_version: required.template_minor_version,
            template_name: required.template_name,
            last_successful_component_deployment_ids: ::std::option::Option::None,
            last_successful_environment_deployment_id: ::std::option::Option::None,
            last_successful_service_pipeline_deployment_id: ::std::option::Option::None,
        }
    }

    /// Sets [`last_successful_component_deployment_ids`](Self::last_successful_component_deployment_ids).
    pub fn with_last_successful_component_deployment_ids(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.last_successful_component_deployment_ids = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`last_successful_environment_deployment_id`](Self::last_successful_environment_deployment_id).
    pub fn with_last_successful_environment_deployment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_successful_environment_deployment_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`last_successful_service_pipeline_deployment_id`](Self::last_successful_service_pipeline_deployment_id).
    pub fn with_last_successful_service_pipeline_deployment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.last_successful_service_pipeline_deployment_id = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for ServiceInstanceState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("ServiceInstanceState");
        s.field(
            "last_successful_component_deployment_ids",
            &self.last_successful_component_deployment_ids,
        );
        s.field(
            "last_successful_environment_deployment_id",
            &self.last_successful_environment_deployment_id,
        );
        s.field(
            "last_successful_service_pipeline_deployment_id",
            &self.last_successful_service_pipeline_deployment_id,
        );
        s.field("spec", &::awsgen_runtime::codegen::Redacted);
        s.field("template_major_version", &self.template_major_version);
        s.field("template_minor_version", &self.template_minor_version);
        s.field("template_name", &self.template_name);
        s.finish()
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ServiceInstanceState {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional(
            "lastSuccessfulComponentDeploymentIds",
            &self.last_successful_component_deployment_ids,
        );
        w.optional(
            "lastSuccessfulEnvironmentDeploymentId",
            &self.last_successful_environment_deployment_id,
        );
        w.optional(
            "lastSuccessfulServicePipelineDeploymentId",
            &self.last_successful_service_pipeline_deployment_id,
        );
        w.member("spec", &self.spec);
        w.member("templateMajorVersion", &self.template_major_version);
        w.member("templateMinorVersion", &self.template_minor_version);
        w.member("templateName", &self.template_name);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ServiceInstanceState {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "lastSuccessfulComponentDeploymentIds" => out.last_successful_component_deployment_ids = r.member()?,
                "lastSuccessfulEnvironmentDeploymentId" => out.last_successful_environment_deployment_id = r.member()?,
                "lastSuccessfulServicePipelineDeploymentId" => out.last_successful_service_pipeline_deployment_id = r.member()?,
                "spec" => r.set(&mut out.spec)?,
                "templateMajorVersion" => r.set(&mut out.template_major_version)?,
                "templateMinorVersion" => r.set(&mut out.template_minor_version)?,
                "templateName" => r.set(&mut out.template_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            last_successful_component_deployment_ids: ::std::option::Option::None,
            last_successful_environment_deployment_id: ::std::option::Option::None,
            last_successful_service_pipeline_deployment_id: ::std::option::Option::None,
            spec: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_major_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_minor_version: ::awsgen_runtime::codegen::FromJson::zero_value(),
            template_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ServiceInstanceState {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(
            &self.last_successful_component_deployment_ids,
            "lastSuccessfulComponentDeploymentIds",
        )?;
        {
            let value = &self.spec;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "spec",
            )?;
        }
        {
            let value = &self.template_major_version;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateMajorVersion",
            )?;
        }
        {
            let value = &self.template_minor_version;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateMinorVersion",
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
