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
impl crate::json::FromJson for DeploymentState {
    fn from_json(
        value: &::serde_json::Value,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let map = crate::json::object(value)?;
        let mut set = map.iter().filter(|(_, v)| !v.is_null());
        let (key, value) = match (set.next(), set.next()) {
            (::std::option::Option::Some(one), ::std::option::Option::None) => one,
            _ => {
                return ::std::result::Result::Err(
                    crate::json::DeserializeError::new(
                        "an object with exactly one member set",
                        value,
                    ),
                );
            }
        };
        ::std::result::Result::Ok(
            match key.as_str() {
                "component" => {
                    Self::Component(
                        crate::json::FromJson::from_json(value)
                            .map_err(|e| e.in_member("component"))?,
                    )
                }
                "environment" => {
                    Self::Environment(
                        crate::json::FromJson::from_json(value)
                            .map_err(|e| e.in_member("environment"))?,
                    )
                }
                "serviceInstance" => {
                    Self::ServiceInstance(
                        crate::json::FromJson::from_json(value)
                            .map_err(|e| e.in_member("serviceInstance"))?,
                    )
                }
                "servicePipeline" => {
                    Self::ServicePipeline(
                        crate::json::FromJson::from_json(value)
                            .map_err(|e| e.in_member("servicePipeline"))?,
                    )
                }
                _ => {
                    Self::Unknown(crate::primitives::UnknownVariant {
                        name: key.clone(),
                        value: value.clone(),
                    })
                }
            },
        )
    }
    fn zero_value() -> Self {
        Self::Unknown(crate::primitives::UnknownVariant {
            name: ::std::string::String::new(),
            value: ::serde_json::Value::Null,
        })
    }
}
