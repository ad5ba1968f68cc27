//! The generated Proton crate, used the way a downstream crate uses it.
#![allow(deprecated)] // every Proton operation is deprecated in the model

use std::str::FromStr;

use awsgen_runtime::codegen::{FromJson, ToJson};
use proton_client::operation::create_service::{CreateServiceInput, CreateServiceInputRequired};
use proton_client::operation::get_service::{GetServiceError, GetServiceInput, GetServiceOutput};
use proton_client::operation::update_service_instance::{
    UpdateServiceInstanceInput, UpdateServiceInstanceInputRequired,
};
use proton_client::types::{DeploymentState, DeploymentUpdateType, Service, ServiceStatus, Tag, TagRequired};
use serde_json::json;

#[test]
fn required_members_are_named_and_optional_ones_set_by_name() {
    let input = UpdateServiceInstanceInput::new(UpdateServiceInstanceInputRequired {
        name: "instance".into(),
        service_name: "svc".into(),
        deployment_type: DeploymentUpdateType::MinorVersion,
    })
    .with_template_major_version("1");
    assert_eq!(input.name, "instance");
    assert_eq!(input.template_minor_version, None);
    assert_eq!(
        input.to_json(),
        json!({"name": "instance", "serviceName": "svc", "deploymentType": "MINOR_VERSION", "templateMajorVersion": "1"})
    );
    // One required member: a plain argument.
    assert_eq!(GetServiceInput::new("svc").to_json(), json!({"name": "svc"}));
}

#[test]
fn enums_know_their_values_and_keep_unknown_ones() {
    assert_eq!(DeploymentUpdateType::VALUES, ["NONE", "CURRENT_VERSION", "MINOR_VERSION", "MAJOR_VERSION"]);
    assert_eq!(DeploymentUpdateType::MajorVersion.as_str(), "MAJOR_VERSION");
    assert_eq!(DeploymentUpdateType::from_str("NONE"), Ok(DeploymentUpdateType::NoneValue));
    assert_eq!(ServiceStatus::from("ACTIVE").to_string(), "ACTIVE");
    let future = ServiceStatus::from("SOMETHING_NEW");
    assert!(matches!(&future, ServiceStatus::Unknown(v) if v.as_str() == "SOMETHING_NEW"));
    assert_eq!(future.to_json(), json!("SOMETHING_NEW"));
    assert_eq!(ServiceStatus::from_json(&json!("SOMETHING_NEW")).expect("parses"), future);
}

#[test]
fn unions_keep_unknown_members() {
    let v = json!({"brandNewKind": {"x": 1}});
    let state = DeploymentState::from_json(&v).expect("parses");
    assert!(matches!(&state, DeploymentState::Unknown(u) if u.name() == "brandNewKind"));
    assert_eq!(state.to_json(), v);
    assert!(DeploymentState::from_json(&json!({"component": {}, "environment": {}})).is_err(), "two members set");
    let known = DeploymentState::from_json(&json!({"component": null, "environment": {"templateName": "t", "templateMajorVersion": "1", "templateMinorVersion": "0"}}))
        .expect("null members are absent");
    assert!(matches!(known, DeploymentState::Environment(_)));
}

#[test]
fn sensitive_members_are_redacted_in_debug() {
    let input = CreateServiceInput::new(CreateServiceInputRequired {
        name: "svc".into(),
        template_name: "tpl".into(),
        template_major_version: "1".into(),
        spec: "super-secret-spec".into(),
    })
    .with_description("secret-description");
    let shown = format!("{input:?}");
    assert!(shown.contains("svc") && shown.contains("tpl"), "{shown}");
    assert!(!shown.contains("super-secret-spec") && !shown.contains("secret-description"), "{shown}");
}

#[test]
fn missing_required_output_members_take_zero_values() {
    let service = Service::from_json(&json!({"name": "svc"})).expect("parses");
    assert_eq!(service.name, "svc");
    assert_eq!(service.template_name, "");
    assert!(matches!(&service.status, ServiceStatus::Unknown(v) if v.as_str().is_empty()));
    assert_eq!(service.created_at.secs(), 0);
    assert!(GetServiceOutput::from_json(&json!({})).expect("an empty body").service.is_none());
}

#[test]
fn timestamps_keep_fractions() {
    let out = GetServiceOutput::from_json(&json!({"service": {"createdAt": 1704164645.25}})).expect("parses");
    let service = out.service.as_ref().expect("set");
    assert_eq!(service.created_at.to_string(), "2024-01-02T03:04:05.25Z");
    assert_eq!(out.to_json()["service"]["createdAt"], json!(1704164645.25));
}

#[test]
fn errors_say_what_went_wrong() {
    let e = proton_client::types::ResourceNotFoundException::from_json(&json!({"message": "no service svc"}))
        .expect("parses");
    // Proton marks error messages @sensitive: Display names the error, not the message.
    let shown = e.to_string();
    assert!(shown.starts_with("ResourceNotFoundException: ") && !shown.contains("no service svc"), "{shown}");
    let op = GetServiceError::ResourceNotFoundException(e);
    assert_eq!(op.code(), Some("ResourceNotFoundException"));
    assert_eq!(op.message(), Some("no service svc"));
    // The enum is transparent: the variant's text, and no source repeating it.
    assert_eq!(op.to_string(), shown);
    assert!(std::error::Error::source(&op).is_none());
    assert!(proton_client::types::ThrottlingException::from_json(&json!({})).expect("parses").is_throttling());
}

#[test]
fn structures_with_several_required_members_use_named_fields() {
    let tag = Tag::new(TagRequired { key: "team".into(), value: "a".into() });
    assert_eq!(tag.to_json(), json!({"key": "team", "value": "a"}));
}
