// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]
impl crate::validate::Validate for DeploymentState {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        match self {
            Self::Component(value) => {
                crate::validate::Validate::validate(value)
                    .map_err(|e| e.under("component"))
            }
            Self::Environment(value) => {
                crate::validate::Validate::validate(value)
                    .map_err(|e| e.under("environment"))
            }
            Self::ServiceInstance(value) => {
                crate::validate::Validate::validate(value)
                    .map_err(|e| e.under("serviceInstance"))
            }
            Self::ServicePipeline(value) => {
                crate::validate::Validate::validate(value)
                    .map_err(|e| e.under("servicePipeline"))
            }
            Self::Unknown(_) => ::std::result::Result::Ok(()),
        }
    }
}
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
    Unknown(crate::primitives::UnknownVariant),
}
impl crate::json::ToJson for DeploymentState {
    fn to_json(&self) -> ::serde_json::Value {
        let (key, value) = match self {
            Self::Component(value) => ("component", crate::json::ToJson::to_json(value)),
            Self::Environment(value) => {
                ("environment", crate::json::ToJson::to_json(value))
            }
            Self::ServiceInstance(value) => {
                ("serviceInstance", crate::json::ToJson::to_json(value))
            }
            Self::ServicePipeline(value) => {
                ("servicePipeline", crate::json::ToJson::to_json(value))
            }
            Self::Unknown(unknown) => (unknown.name.as_str(), unknown.value.clone()),
        };
        let mut map = ::serde_json::Map::new();
        map.insert(key.to_owned(), value);
        ::serde_json::Value::Object(map)
    }
}
/// Exactly one member must be set. `__type` (which some services add) and members
/// this version does not know are ignored next to a known one; a lone unknown member is
/// kept as `Unknown`.
impl crate::json::FromJson for DeploymentState {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut set: ::std::vec::Vec<Self> = ::std::vec::Vec::new();
        let mut unknown: ::std::option::Option<crate::primitives::UnknownVariant> = ::std::option::Option::None;
        r.object(|r, key| {
            if r.try_null() {
                return ::std::result::Result::Ok(());
            }
            match key {
                "component" => set.push(Self::Component(crate::json::FromJson::read(r)?)),
                "environment" => {
                    set.push(Self::Environment(crate::json::FromJson::read(r)?))
                }
                "serviceInstance" => {
                    set.push(Self::ServiceInstance(crate::json::FromJson::read(r)?))
                }
                "servicePipeline" => {
                    set.push(Self::ServicePipeline(crate::json::FromJson::read(r)?))
                }
                "__type" => r.skip()?,
                _ => {
                    let value = r.value_or_null()?;
                    unknown
                        .get_or_insert(crate::primitives::UnknownVariant {
                            name: key.to_owned(),
                            value,
                        });
                }
            }
            ::std::result::Result::Ok(())
        })?;
        match (set.pop(), set.is_empty(), unknown) {
            (::std::option::Option::Some(one), true, _) => ::std::result::Result::Ok(one),
            (::std::option::Option::None, _, ::std::option::Option::Some(u)) => {
                ::std::result::Result::Ok(Self::Unknown(u))
            }
            (::std::option::Option::Some(_), false, _) => {
                ::std::result::Result::Err(
                    crate::json::DeserializeError::new(
                        "an object with one member set",
                        "several",
                    ),
                )
            }
            (::std::option::Option::None, _, ::std::option::Option::None) => {
                ::std::result::Result::Err(
                    crate::json::DeserializeError::new(
                        "an object with one member set",
                        "none",
                    ),
                )
            }
        }
    }
    fn zero_value() -> Self {
        Self::Unknown(crate::primitives::UnknownVariant {
            name: ::std::string::String::new(),
            value: ::serde_json::Value::Null,
        })
    }
}
