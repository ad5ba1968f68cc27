// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! One module per operation, each with the operation's input, output and error types.

/// The `AcceptEnvironmentAccountConnection` operation.
pub mod accept_environment_account_connection;

/// The `CancelComponentDeployment` operation.
pub mod cancel_component_deployment;

/// The `CancelEnvironmentDeployment` operation.
pub mod cancel_environment_deployment;

/// The `CancelServiceInstanceDeployment` operation.
pub mod cancel_service_instance_deployment;

/// The `CancelServicePipelineDeployment` operation.
pub mod cancel_service_pipeline_deployment;

/// The `CreateComponent` operation.
pub mod create_component;

/// The `CreateEnvironment` operation.
pub mod create_environment;

/// The `CreateEnvironmentAccountConnection` operation.
pub mod create_environment_account_connection;

/// The `CreateEnvironmentTemplate` operation.
pub mod create_environment_template;

/// The `CreateEnvironmentTemplateVersion` operation.
pub mod create_environment_template_version;

/// The `CreateRepository` operation.
pub mod create_repository;

/// The `CreateService` operation.
pub mod create_service;

/// The `CreateServiceInstance` operation.
pub mod create_service_instance;

/// The `CreateServiceSyncConfig` operation.
pub mod create_service_sync_config;

/// The `CreateServiceTemplate` operation.
pub mod create_service_template;

/// The `CreateServiceTemplateVersion` operation.
pub mod create_service_template_version;

/// The `CreateTemplateSyncConfig` operation.
pub mod create_template_sync_config;

/// The `DeleteComponent` operation.
pub mod delete_component;

/// The `DeleteDeployment` operation.
pub mod delete_deployment;

/// The `DeleteEnvironment` operation.
pub mod delete_environment;

/// The `DeleteEnvironmentAccountConnection` operation.
pub mod delete_environment_account_connection;

/// The `DeleteEnvironmentTemplate` operation.
pub mod delete_environment_template;

/// The `DeleteEnvironmentTemplateVersion` operation.
pub mod delete_environment_template_version;

/// The `DeleteRepository` operation.
pub mod delete_repository;

/// The `DeleteService` operation.
pub mod delete_service;

/// The `DeleteServiceSyncConfig` operation.
pub mod delete_service_sync_config;

/// The `DeleteServiceTemplate` operation.
pub mod delete_service_template;

/// The `DeleteServiceTemplateVersion` operation.
pub mod delete_service_template_version;

/// The `DeleteTemplateSyncConfig` operation.
pub mod delete_template_sync_config;

/// The `GetAccountSettings` operation.
pub mod get_account_settings;

/// The `GetComponent` operation.
pub mod get_component;

/// The `GetDeployment` operation.
pub mod get_deployment;

/// The `GetEnvironment` operation.
pub mod get_environment;

/// The `GetEnvironmentAccountConnection` operation.
pub mod get_environment_account_connection;

/// The `GetEnvironmentTemplate` operation.
pub mod get_environment_template;

/// The `GetEnvironmentTemplateVersion` operation.
pub mod get_environment_template_version;

/// The `GetRepository` operation.
pub mod get_repository;

/// The `GetRepositorySyncStatus` operation.
pub mod get_repository_sync_status;

/// The `GetResourcesSummary` operation.
pub mod get_resources_summary;

/// The `GetService` operation.
pub mod get_service;

/// The `GetServiceInstance` operation.
pub mod get_service_instance;

/// The `GetServiceInstanceSyncStatus` operation.
pub mod get_service_instance_sync_status;

/// The `GetServiceSyncBlockerSummary` operation.
pub mod get_service_sync_blocker_summary;

/// The `GetServiceSyncConfig` operation.
pub mod get_service_sync_config;

/// The `GetServiceTemplate` operation.
pub mod get_service_template;

/// The `GetServiceTemplateVersion` operation.
pub mod get_service_template_version;

/// The `GetTemplateSyncConfig` operation.
pub mod get_template_sync_config;

/// The `GetTemplateSyncStatus` operation.
pub mod get_template_sync_status;

/// The `ListComponentOutputs` operation.
pub mod list_component_outputs;

/// The `ListComponentProvisionedResources` operation.
pub mod list_component_provisioned_resources;

/// The `ListComponents` operation.
pub mod list_components;

/// The `ListDeployments` operation.
pub mod list_deployments;

/// The `ListEnvironmentAccountConnections` operation.
pub mod list_environment_account_connections;

/// The `ListEnvironmentOutputs` operation.
pub mod list_environment_outputs;

/// The `ListEnvironmentProvisionedResources` operation.
pub mod list_environment_provisioned_resources;

/// The `ListEnvironmentTemplateVersions` operation.
pub mod list_environment_template_versions;

/// The `ListEnvironmentTemplates` operation.
pub mod list_environment_templates;

/// The `ListEnvironments` operation.
pub mod list_environments;

/// The `ListRepositories` operation.
pub mod list_repositories;

/// The `ListRepositorySyncDefinitions` operation.
pub mod list_repository_sync_definitions;

/// The `ListServiceInstanceOutputs` operation.
pub mod list_service_instance_outputs;

/// The `ListServiceInstanceProvisionedResources` operation.
pub mod list_service_instance_provisioned_resources;

/// The `ListServiceInstances` operation.
pub mod list_service_instances;

/// The `ListServicePipelineOutputs` operation.
pub mod list_service_pipeline_outputs;

/// The `ListServicePipelineProvisionedResources` operation.
pub mod list_service_pipeline_provisioned_resources;

/// The `ListServiceTemplateVersions` operation.
pub mod list_service_template_versions;

/// The `ListServiceTemplates` operation.
pub mod list_service_templates;

/// The `ListServices` operation.
pub mod list_services;

/// The `ListTagsForResource` operation.
pub mod list_tags_for_resource;

/// The `NotifyResourceDeploymentStatusChange` operation.
pub mod notify_resource_deployment_status_change;

/// The `RejectEnvironmentAccountConnection` operation.
pub mod reject_environment_account_connection;

/// The `TagResource` operation.
pub mod tag_resource;

/// The `UntagResource` operation.
pub mod untag_resource;

/// The `UpdateAccountSettings` operation.
pub mod update_account_settings;

/// The `UpdateComponent` operation.
pub mod update_component;

/// The `UpdateEnvironment` operation.
pub mod update_environment;

/// The `UpdateEnvironmentAccountConnection` operation.
pub mod update_environment_account_connection;

/// The `UpdateEnvironmentTemplate` operation.
pub mod update_environment_template;

/// The `UpdateEnvironmentTemplateVersion` operation.
pub mod update_environment_template_version;

/// The `UpdateService` operation.
pub mod update_service;

/// The `UpdateServiceInstance` operation.
pub mod update_service_instance;

/// The `UpdateServicePipeline` operation.
pub mod update_service_pipeline;

/// The `UpdateServiceSyncBlocker` operation.
pub mod update_service_sync_blocker;

/// The `UpdateServiceSyncConfig` operation.
pub mod update_service_sync_config;

/// The `UpdateServiceTemplate` operation.
pub mod update_service_template;

/// The `UpdateServiceTemplateVersion` operation.
pub mod update_service_template_version;

/// The `UpdateTemplateSyncConfig` operation.
pub mod update_template_sync_config;
