// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! Shapes shared between operations: structures, unions and enums.
#![allow(deprecated)]

mod access_denied_exception;
pub use access_denied_exception::AccessDeniedException;
mod account_settings;
pub use account_settings::AccountSettings;
mod blocker_status;
pub use blocker_status::BlockerStatus;
mod blocker_type;
pub use blocker_type::BlockerType;
mod compatible_environment_template;
pub use compatible_environment_template::{
    CompatibleEnvironmentTemplate,
    CompatibleEnvironmentTemplateRequired,
};

mod compatible_environment_template_input;
pub use compatible_environment_template_input::{
    CompatibleEnvironmentTemplateInput,
    CompatibleEnvironmentTemplateInputRequired,
};

mod component;
pub use component::{Component, ComponentRequired};
mod component_deployment_update_type;
pub use component_deployment_update_type::ComponentDeploymentUpdateType;
mod component_state;
pub use component_state::ComponentState;
mod component_summary;
pub use component_summary::{ComponentSummary, ComponentSummaryRequired};
mod conflict_exception;
pub use conflict_exception::ConflictException;
mod counts_summary;
pub use counts_summary::CountsSummary;
mod deployment;
pub use deployment::{Deployment, DeploymentRequired};
mod deployment_state;
pub use deployment_state::DeploymentState;
mod deployment_status;
pub use deployment_status::DeploymentStatus;
mod deployment_summary;
pub use deployment_summary::{DeploymentSummary, DeploymentSummaryRequired};
mod deployment_target_resource_type;
pub use deployment_target_resource_type::DeploymentTargetResourceType;
mod deployment_update_type;
pub use deployment_update_type::DeploymentUpdateType;
mod environment;
pub use environment::{Environment, EnvironmentRequired};
mod environment_account_connection;
pub use environment_account_connection::{
    EnvironmentAccountConnection,
    EnvironmentAccountConnectionRequired,
};

mod environment_account_connection_requester_account_type;
pub use environment_account_connection_requester_account_type::EnvironmentAccountConnectionRequesterAccountType;
mod environment_account_connection_status;
pub use environment_account_connection_status::EnvironmentAccountConnectionStatus;
mod environment_account_connection_summary;
pub use environment_account_connection_summary::{
    EnvironmentAccountConnectionSummary,
    EnvironmentAccountConnectionSummaryRequired,
};

mod environment_state;
pub use environment_state::{EnvironmentState, EnvironmentStateRequired};
mod environment_summary;
pub use environment_summary::{EnvironmentSummary, EnvironmentSummaryRequired};
mod environment_template;
pub use environment_template::{EnvironmentTemplate, EnvironmentTemplateRequired};
mod environment_template_filter;
pub use environment_template_filter::{
    EnvironmentTemplateFilter,
    EnvironmentTemplateFilterRequired,
};

mod environment_template_summary;
pub use environment_template_summary::{
    EnvironmentTemplateSummary,
    EnvironmentTemplateSummaryRequired,
};

mod environment_template_version;
pub use environment_template_version::{
    EnvironmentTemplateVersion,
    EnvironmentTemplateVersionRequired,
};

mod environment_template_version_summary;
pub use environment_template_version_summary::{
    EnvironmentTemplateVersionSummary,
    EnvironmentTemplateVersionSummaryRequired,
};

mod internal_server_exception;
pub use internal_server_exception::InternalServerException;
mod list_service_instances_filter;
pub use list_service_instances_filter::ListServiceInstancesFilter;
mod list_service_instances_filter_by;
pub use list_service_instances_filter_by::ListServiceInstancesFilterBy;
mod list_service_instances_sort_by;
pub use list_service_instances_sort_by::ListServiceInstancesSortBy;
mod output;
pub use output::Output;
mod provisioned_resource;
pub use provisioned_resource::ProvisionedResource;
mod provisioned_resource_engine;
pub use provisioned_resource_engine::ProvisionedResourceEngine;
mod provisioning;
pub use provisioning::Provisioning;
mod repository;
pub use repository::{Repository, RepositoryRequired};
mod repository_branch;
pub use repository_branch::{RepositoryBranch, RepositoryBranchRequired};
mod repository_branch_input;
pub use repository_branch_input::{RepositoryBranchInput, RepositoryBranchInputRequired};
mod repository_provider;
pub use repository_provider::RepositoryProvider;
mod repository_summary;
pub use repository_summary::{RepositorySummary, RepositorySummaryRequired};
mod repository_sync_attempt;
pub use repository_sync_attempt::{RepositorySyncAttempt, RepositorySyncAttemptRequired};
mod repository_sync_definition;
pub use repository_sync_definition::{RepositorySyncDefinition, RepositorySyncDefinitionRequired};
mod repository_sync_event;
pub use repository_sync_event::{RepositorySyncEvent, RepositorySyncEventRequired};
mod repository_sync_status;
pub use repository_sync_status::RepositorySyncStatus;
mod resource_counts_summary;
pub use resource_counts_summary::ResourceCountsSummary;
mod resource_deployment_status;
pub use resource_deployment_status::ResourceDeploymentStatus;
mod resource_not_found_exception;
pub use resource_not_found_exception::ResourceNotFoundException;
mod resource_sync_attempt;
pub use resource_sync_attempt::{ResourceSyncAttempt, ResourceSyncAttemptRequired};
mod resource_sync_event;
pub use resource_sync_event::{ResourceSyncEvent, ResourceSyncEventRequired};
mod resource_sync_status;
pub use resource_sync_status::ResourceSyncStatus;
mod revision;
pub use revision::{Revision, RevisionRequired};
mod s3_object_source;
pub use s3_object_source::{S3ObjectSource, S3ObjectSourceRequired};
mod service;
pub use service::{Service, ServiceRequired};
mod service_instance;
pub use service_instance::{ServiceInstance, ServiceInstanceRequired};
mod service_instance_state;
pub use service_instance_state::{ServiceInstanceState, ServiceInstanceStateRequired};
mod service_instance_summary;
pub use service_instance_summary::{ServiceInstanceSummary, ServiceInstanceSummaryRequired};
mod service_pipeline;
pub use service_pipeline::{ServicePipeline, ServicePipelineRequired};
mod service_pipeline_state;
pub use service_pipeline_state::{ServicePipelineState, ServicePipelineStateRequired};
mod service_quota_exceeded_exception;
pub use service_quota_exceeded_exception::ServiceQuotaExceededException;
mod service_status;
pub use service_status::ServiceStatus;
mod service_summary;
pub use service_summary::{ServiceSummary, ServiceSummaryRequired};
mod service_sync_blocker_summary;
pub use service_sync_blocker_summary::ServiceSyncBlockerSummary;
mod service_sync_config;
pub use service_sync_config::{ServiceSyncConfig, ServiceSyncConfigRequired};
mod service_template;
pub use service_template::{ServiceTemplate, ServiceTemplateRequired};
mod service_template_summary;
pub use service_template_summary::{ServiceTemplateSummary, ServiceTemplateSummaryRequired};
mod service_template_supported_component_source_type;
pub use service_template_supported_component_source_type::ServiceTemplateSupportedComponentSourceType;
mod service_template_version;
pub use service_template_version::{ServiceTemplateVersion, ServiceTemplateVersionRequired};
mod service_template_version_summary;
pub use service_template_version_summary::{
    ServiceTemplateVersionSummary,
    ServiceTemplateVersionSummaryRequired,
};

mod sort_order;
pub use sort_order::SortOrder;
mod sync_blocker;
pub use sync_blocker::{SyncBlocker, SyncBlockerRequired};
mod sync_blocker_context;
pub use sync_blocker_context::{SyncBlockerContext, SyncBlockerContextRequired};
mod sync_type;
pub use sync_type::SyncType;
mod tag;
pub use tag::{Tag, TagRequired};
mod template_sync_config;
pub use template_sync_config::{TemplateSyncConfig, TemplateSyncConfigRequired};
mod template_type;
pub use template_type::TemplateType;
mod template_version_source_input;
pub use template_version_source_input::TemplateVersionSourceInput;
mod template_version_status;
pub use template_version_status::TemplateVersionStatus;
mod throttling_exception;
pub use throttling_exception::ThrottlingException;
mod validation_exception;
pub use validation_exception::ValidationException;
