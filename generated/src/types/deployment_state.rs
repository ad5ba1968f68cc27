// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// The detailed data about the current state of the deployment.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub enum DeploymentState {
    /// The state of the component associated with the deployment.
    Component(crate::types::ComponentState),
    /// The state of the environment associated with the deployment.
    Environment(crate::types::EnvironmentState),
    /// The state of the service instance associated with the deployment.
    ServiceInstance(crate::types::ServiceInstanceState),
    /// The state of the service pipeline associated with the deployment.
    ServicePipeline(crate::types::ServicePipelineState),
    /// A member this version of the crate does not know; its name and value are kept.
    Unknown(::awsgen_runtime::primitives::UnknownVariant),
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for DeploymentState {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        match self {
            Self::Component(value) => {
                w.member("component", value);
            }
            Self::Environment(value) => {
                w.member("environment", value);
            }
            Self::ServiceInstance(value) => {
                w.member("serviceInstance", value);
            }
            Self::ServicePipeline(value) => {
                w.member("servicePipeline", value);
            }
            Self::Unknown(unknown) => {
                w.key(unknown.name());
                ::awsgen_runtime::codegen::ToJson::write(unknown.value(), w);
            }
        }
        w.end_object();
    }
}

/// Exactly one member must be set. `__type` (which some services add) and members
/// this version does not know are ignored next to a known one; a lone unknown member is
/// kept as `Unknown`.
impl ::awsgen_runtime::codegen::FromJson for DeploymentState {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut set: ::std::vec::Vec<Self> = ::std::vec::Vec::new();
        let mut unknown: ::std::option::Option<::awsgen_runtime::primitives::UnknownVariant> = ::std::option::Option::None;
        r.object(|r, key| {
            if r.try_null() {
                return ::std::result::Result::Ok(());
            }
            match key {
                "component" => set.push(
                    Self::Component(::awsgen_runtime::codegen::FromJson::read(r)?),
                ),
                "environment" => set.push(
                    Self::Environment(::awsgen_runtime::codegen::FromJson::read(r)?),
                ),
                "serviceInstance" => set.push(
                    Self::ServiceInstance(::awsgen_runtime::codegen::FromJson::read(r)?),
                ),
                "servicePipeline" => set.push(
                    Self::ServicePipeline(::awsgen_runtime::codegen::FromJson::read(r)?),
                ),
                "__type" => r.skip()?,
                _ => {
                    let value = r.value_or_null()?;
                    unknown.get_or_insert(
                        ::awsgen_runtime::primitives::UnknownVariant::new(key, value),
                    );
                }
            }
            ::std::result::Result::Ok(())
        })?;
        match (set.pop(), set.is_empty(), unknown) {
            (::std::option::Option::Some(one), true, _) => ::std::result::Result::Ok(one),
            (::std::option::Option::None, _, ::std::option::Option::Some(u)) => ::std::result::Result::Ok(
                Self::Unknown(u),
            ),
            (::std::option::Option::Some(_), false, _) => ::std::result::Result::Err(
                ::awsgen_runtime::codegen::DeserializeError::new(
                    "an object with one member set",
                    "several",
                ),
            ),
            (::std::option::Option::None, _, ::std::option::Option::None) => ::std::result::Result::Err(
                ::awsgen_runtime::codegen::DeserializeError::new(
                    "an object with one member set",
                    "none",
                ),
            ),
        }
    }

    fn zero_value() -> Self {
        Self::Unknown(
            ::awsgen_runtime::primitives::UnknownVariant::new(
                ::std::string::String::new(),
                ::awsgen_runtime::codegen::serde_json::Value::Null,
            ),
        )
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for DeploymentState {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        match self {
            Self::Component(value) => ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::Validate::validate(value),
                "component",
            ),
            Self::Environment(value) => ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::Validate::validate(value),
                "environment",
            ),
            Self::ServiceInstance(value) => ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::Validate::validate(value),
                "serviceInstance",
            ),
            Self::ServicePipeline(value) => ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::Validate::validate(value),
                "servicePipeline",
            ),
            Self::Unknown(_) => ::std::result::Result::Ok(()),
        }
    }
}
