// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! One type per operation, to stub it on a [`Mock`](crate::mock::Mock) and read back the
//! inputs it was sent: `mock.on::<mocks::Operation>()`. A client built from the mock's
//! configuration is answered by its stubs and never reaches the network.
#![allow(deprecated)]

/// The `AcceptEnvironmentAccountConnection` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum AcceptEnvironmentAccountConnection {}
impl ::awsgen_runtime::mock::Mocked for AcceptEnvironmentAccountConnection {
    const NAME: &'static str = crate::operation::accept_environment_account_connection::OPERATION_NAME;
    type Input = crate::operation::accept_environment_account_connection::AcceptEnvironmentAccountConnectionInput;
    type Output = crate::operation::accept_environment_account_connection::AcceptEnvironmentAccountConnectionOutput;
    type Error = crate::operation::accept_environment_account_connection::AcceptEnvironmentAccountConnectionError;
}

/// The `CancelComponentDeployment` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CancelComponentDeployment {}
impl ::awsgen_runtime::mock::Mocked for CancelComponentDeployment {
    const NAME: &'static str = crate::operation::cancel_component_deployment::OPERATION_NAME;
    type Input = crate::operation::cancel_component_deployment::CancelComponentDeploymentInput;
    type Output = crate::operation::cancel_component_deployment::CancelComponentDeploymentOutput;
    type Error = crate::operation::cancel_component_deployment::CancelComponentDeploymentError;
}

/// The `CancelEnvironmentDeployment` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CancelEnvironmentDeployment {}
impl ::awsgen_runtime::mock::Mocked for CancelEnvironmentDeployment {
    const NAME: &'static str = crate::operation::cancel_environment_deployment::OPERATION_NAME;
    type Input = crate::operation::cancel_environment_deployment::CancelEnvironmentDeploymentInput;
    type Output = crate::operation::cancel_environment_deployment::CancelEnvironmentDeploymentOutput;
    type Error = crate::operation::cancel_environment_deployment::CancelEnvironmentDeploymentError;
}

/// The `CancelServiceInstanceDeployment` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CancelServiceInstanceDeployment {}
impl ::awsgen_runtime::mock::Mocked for CancelServiceInstanceDeployment {
    const NAME: &'static str = crate::operation::cancel_service_instance_deployment::OPERATION_NAME;
    type Input = crate::operation::cancel_service_instance_deployment::CancelServiceInstanceDeploymentInput;
    type Output = crate::operation::cancel_service_instance_deployment::CancelServiceInstanceDeploymentOutput;
    type Error = crate::operation::cancel_service_instance_deployment::CancelServiceInstanceDeploymentError;
}

/// The `CancelServicePipelineDeployment` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CancelServicePipelineDeployment {}
impl ::awsgen_runtime::mock::Mocked for CancelServicePipelineDeployment {
    const NAME: &'static str = crate::operation::cancel_service_pipeline_deployment::OPERATION_NAME;
    type Input = crate::operation::cancel_service_pipeline_deployment::CancelServicePipelineDeploymentInput;
    type Output = crate::operation::cancel_service_pipeline_deployment::CancelServicePipelineDeploymentOutput;
    type Error = crate::operation::cancel_service_pipeline_deployment::CancelServicePipelineDeploymentError;
}

/// The `CreateComponent` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CreateComponent {}
impl ::awsgen_runtime::mock::Mocked for CreateComponent {
    const NAME: &'static str = crate::operation::create_component::OPERATION_NAME;
    type Input = crate::operation::create_component::CreateComponentInput;
    type Output = crate::operation::create_component::CreateComponentOutput;
    type Error = crate::operation::create_component::CreateComponentError;
}

/// The `CreateEnvironment` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CreateEnvironment {}
impl ::awsgen_runtime::mock::Mocked for CreateEnvironment {
    const NAME: &'static str = crate::operation::create_environment::OPERATION_NAME;
    type Input = crate::operation::create_environment::CreateEnvironmentInput;
    type Output = crate::operation::create_environment::CreateEnvironmentOutput;
    type Error = crate::operation::create_environment::CreateEnvironmentError;
}

/// The `CreateEnvironmentAccountConnection` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CreateEnvironmentAccountConnection {}
impl ::awsgen_runtime::mock::Mocked for CreateEnvironmentAccountConnection {
    const NAME: &'static str = crate::operation::create_environment_account_connection::OPERATION_NAME;
    type Input = crate::operation::create_environment_account_connection::CreateEnvironmentAccountConnectionInput;
    type Output = crate::operation::create_environment_account_connection::CreateEnvironmentAccountConnectionOutput;
    type Error = crate::operation::create_environment_account_connection::CreateEnvironmentAccountConnectionError;
}

/// The `CreateEnvironmentTemplate` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CreateEnvironmentTemplate {}
impl ::awsgen_runtime::mock::Mocked for CreateEnvironmentTemplate {
    const NAME: &'static str = crate::operation::create_environment_template::OPERATION_NAME;
    type Input = crate::operation::create_environment_template::CreateEnvironmentTemplateInput;
    type Output = crate::operation::create_environment_template::CreateEnvironmentTemplateOutput;
    type Error = crate::operation::create_environment_template::CreateEnvironmentTemplateError;
}

/// The `CreateEnvironmentTemplateVersion` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CreateEnvironmentTemplateVersion {}
impl ::awsgen_runtime::mock::Mocked for CreateEnvironmentTemplateVersion {
    const NAME: &'static str = crate::operation::create_environment_template_version::OPERATION_NAME;
    type Input = crate::operation::create_environment_template_version::CreateEnvironmentTemplateVersionInput;
    type Output = crate::operation::create_environment_template_version::CreateEnvironmentTemplateVersionOutput;
    type Error = crate::operation::create_environment_template_version::CreateEnvironmentTemplateVersionError;
}

/// The `CreateRepository` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CreateRepository {}
impl ::awsgen_runtime::mock::Mocked for CreateRepository {
    const NAME: &'static str = crate::operation::create_repository::OPERATION_NAME;
    type Input = crate::operation::create_repository::CreateRepositoryInput;
    type Output = crate::operation::create_repository::CreateRepositoryOutput;
    type Error = crate::operation::create_repository::CreateRepositoryError;
}

/// The `CreateService` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CreateService {}
impl ::awsgen_runtime::mock::Mocked for CreateService {
    const NAME: &'static str = crate::operation::create_service::OPERATION_NAME;
    type Input = crate::operation::create_service::CreateServiceInput;
    type Output = crate::operation::create_service::CreateServiceOutput;
    type Error = crate::operation::create_service::CreateServiceError;
}

/// The `CreateServiceInstance` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CreateServiceInstance {}
impl ::awsgen_runtime::mock::Mocked for CreateServiceInstance {
    const NAME: &'static str = crate::operation::create_service_instance::OPERATION_NAME;
    type Input = crate::operation::create_service_instance::CreateServiceInstanceInput;
    type Output = crate::operation::create_service_instance::CreateServiceInstanceOutput;
    type Error = crate::operation::create_service_instance::CreateServiceInstanceError;
}

/// The `CreateServiceSyncConfig` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CreateServiceSyncConfig {}
impl ::awsgen_runtime::mock::Mocked for CreateServiceSyncConfig {
    const NAME: &'static str = crate::operation::create_service_sync_config::OPERATION_NAME;
    type Input = crate::operation::create_service_sync_config::CreateServiceSyncConfigInput;
    type Output = crate::operation::create_service_sync_config::CreateServiceSyncConfigOutput;
    type Error = crate::operation::create_service_sync_config::CreateServiceSyncConfigError;
}

/// The `CreateServiceTemplate` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CreateServiceTemplate {}
impl ::awsgen_runtime::mock::Mocked for CreateServiceTemplate {
    const NAME: &'static str = crate::operation::create_service_template::OPERATION_NAME;
    type Input = crate::operation::create_service_template::CreateServiceTemplateInput;
    type Output = crate::operation::create_service_template::CreateServiceTemplateOutput;
    type Error = crate::operation::create_service_template::CreateServiceTemplateError;
}

/// The `CreateServiceTemplateVersion` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CreateServiceTemplateVersion {}
impl ::awsgen_runtime::mock::Mocked for CreateServiceTemplateVersion {
    const NAME: &'static str = crate::operation::create_service_template_version::OPERATION_NAME;
    type Input = crate::operation::create_service_template_version::CreateServiceTemplateVersionInput;
    type Output = crate::operation::create_service_template_version::CreateServiceTemplateVersionOutput;
    type Error = crate::operation::create_service_template_version::CreateServiceTemplateVersionError;
}

/// The `CreateTemplateSyncConfig` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum CreateTemplateSyncConfig {}
impl ::awsgen_runtime::mock::Mocked for CreateTemplateSyncConfig {
    const NAME: &'static str = crate::operation::create_template_sync_config::OPERATION_NAME;
    type Input = crate::operation::create_template_sync_config::CreateTemplateSyncConfigInput;
    type Output = crate::operation::create_template_sync_config::CreateTemplateSyncConfigOutput;
    type Error = crate::operation::create_template_sync_config::CreateTemplateSyncConfigError;
}

/// The `DeleteComponent` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum DeleteComponent {}
impl ::awsgen_runtime::mock::Mocked for DeleteComponent {
    const NAME: &'static str = crate::operation::delete_component::OPERATION_NAME;
    type Input = crate::operation::delete_component::DeleteComponentInput;
    type Output = crate::operation::delete_component::DeleteComponentOutput;
    type Error = crate::operation::delete_component::DeleteComponentError;
}

/// The `DeleteDeployment` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum DeleteDeployment {}
impl ::awsgen_runtime::mock::Mocked for DeleteDeployment {
    const NAME: &'static str = crate::operation::delete_deployment::OPERATION_NAME;
    type Input = crate::operation::delete_deployment::DeleteDeploymentInput;
    type Output = crate::operation::delete_deployment::DeleteDeploymentOutput;
    type Error = crate::operation::delete_deployment::DeleteDeploymentError;
}

/// The `DeleteEnvironment` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum DeleteEnvironment {}
impl ::awsgen_runtime::mock::Mocked for DeleteEnvironment {
    const NAME: &'static str = crate::operation::delete_environment::OPERATION_NAME;
    type Input = crate::operation::delete_environment::DeleteEnvironmentInput;
    type Output = crate::operation::delete_environment::DeleteEnvironmentOutput;
    type Error = crate::operation::delete_environment::DeleteEnvironmentError;
}

/// The `DeleteEnvironmentAccountConnection` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum DeleteEnvironmentAccountConnection {}
impl ::awsgen_runtime::mock::Mocked for DeleteEnvironmentAccountConnection {
    const NAME: &'static str = crate::operation::delete_environment_account_connection::OPERATION_NAME;
    type Input = crate::operation::delete_environment_account_connection::DeleteEnvironmentAccountConnectionInput;
    type Output = crate::operation::delete_environment_account_connection::DeleteEnvironmentAccountConnectionOutput;
    type Error = crate::operation::delete_environment_account_connection::DeleteEnvironmentAccountConnectionError;
}

/// The `DeleteEnvironmentTemplate` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum DeleteEnvironmentTemplate {}
impl ::awsgen_runtime::mock::Mocked for DeleteEnvironmentTemplate {
    const NAME: &'static str = crate::operation::delete_environment_template::OPERATION_NAME;
    type Input = crate::operation::delete_environment_template::DeleteEnvironmentTemplateInput;
    type Output = crate::operation::delete_environment_template::DeleteEnvironmentTemplateOutput;
    type Error = crate::operation::delete_environment_template::DeleteEnvironmentTemplateError;
}

/// The `DeleteEnvironmentTemplateVersion` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum DeleteEnvironmentTemplateVersion {}
impl ::awsgen_runtime::mock::Mocked for DeleteEnvironmentTemplateVersion {
    const NAME: &'static str = crate::operation::delete_environment_template_version::OPERATION_NAME;
    type Input = crate::operation::delete_environment_template_version::DeleteEnvironmentTemplateVersionInput;
    type Output = crate::operation::delete_environment_template_version::DeleteEnvironmentTemplateVersionOutput;
    type Error = crate::operation::delete_environment_template_version::DeleteEnvironmentTemplateVersionError;
}

/// The `DeleteRepository` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum DeleteRepository {}
impl ::awsgen_runtime::mock::Mocked for DeleteRepository {
    const NAME: &'static str = crate::operation::delete_repository::OPERATION_NAME;
    type Input = crate::operation::delete_repository::DeleteRepositoryInput;
    type Output = crate::operation::delete_repository::DeleteRepositoryOutput;
    type Error = crate::operation::delete_repository::DeleteRepositoryError;
}

/// The `DeleteService` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum DeleteService {}
impl ::awsgen_runtime::mock::Mocked for DeleteService {
    const NAME: &'static str = crate::operation::delete_service::OPERATION_NAME;
    type Input = crate::operation::delete_service::DeleteServiceInput;
    type Output = crate::operation::delete_service::DeleteServiceOutput;
    type Error = crate::operation::delete_service::DeleteServiceError;
}

/// The `DeleteServiceSyncConfig` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum DeleteServiceSyncConfig {}
impl ::awsgen_runtime::mock::Mocked for DeleteServiceSyncConfig {
    const NAME: &'static str = crate::operation::delete_service_sync_config::OPERATION_NAME;
    type Input = crate::operation::delete_service_sync_config::DeleteServiceSyncConfigInput;
    type Output = crate::operation::delete_service_sync_config::DeleteServiceSyncConfigOutput;
    type Error = crate::operation::delete_service_sync_config::DeleteServiceSyncConfigError;
}

/// The `DeleteServiceTemplate` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum DeleteServiceTemplate {}
impl ::awsgen_runtime::mock::Mocked for DeleteServiceTemplate {
    const NAME: &'static str = crate::operation::delete_service_template::OPERATION_NAME;
    type Input = crate::operation::delete_service_template::DeleteServiceTemplateInput;
    type Output = crate::operation::delete_service_template::DeleteServiceTemplateOutput;
    type Error = crate::operation::delete_service_template::DeleteServiceTemplateError;
}

/// The `DeleteServiceTemplateVersion` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum DeleteServiceTemplateVersion {}
impl ::awsgen_runtime::mock::Mocked for DeleteServiceTemplateVersion {
    const NAME: &'static str = crate::operation::delete_service_template_version::OPERATION_NAME;
    type Input = crate::operation::delete_service_template_version::DeleteServiceTemplateVersionInput;
    type Output = crate::operation::delete_service_template_version::DeleteServiceTemplateVersionOutput;
    type Error = crate::operation::delete_service_template_version::DeleteServiceTemplateVersionError;
}

/// The `DeleteTemplateSyncConfig` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum DeleteTemplateSyncConfig {}
impl ::awsgen_runtime::mock::Mocked for DeleteTemplateSyncConfig {
    const NAME: &'static str = crate::operation::delete_template_sync_config::OPERATION_NAME;
    type Input = crate::operation::delete_template_sync_config::DeleteTemplateSyncConfigInput;
    type Output = crate::operation::delete_template_sync_config::DeleteTemplateSyncConfigOutput;
    type Error = crate::operation::delete_template_sync_config::DeleteTemplateSyncConfigError;
}

/// The `GetAccountSettings` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetAccountSettings {}
impl ::awsgen_runtime::mock::Mocked for GetAccountSettings {
    const NAME: &'static str = crate::operation::get_account_settings::OPERATION_NAME;
    type Input = crate::operation::get_account_settings::GetAccountSettingsInput;
    type Output = crate::operation::get_account_settings::GetAccountSettingsOutput;
    type Error = crate::operation::get_account_settings::GetAccountSettingsError;
}

/// The `GetComponent` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetComponent {}
impl ::awsgen_runtime::mock::Mocked for GetComponent {
    const NAME: &'static str = crate::operation::get_component::OPERATION_NAME;
    type Input = crate::operation::get_component::GetComponentInput;
    type Output = crate::operation::get_component::GetComponentOutput;
    type Error = crate::operation::get_component::GetComponentError;
}

/// The `GetDeployment` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetDeployment {}
impl ::awsgen_runtime::mock::Mocked for GetDeployment {
    const NAME: &'static str = crate::operation::get_deployment::OPERATION_NAME;
    type Input = crate::operation::get_deployment::GetDeploymentInput;
    type Output = crate::operation::get_deployment::GetDeploymentOutput;
    type Error = crate::operation::get_deployment::GetDeploymentError;
}

/// The `GetEnvironment` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetEnvironment {}
impl ::awsgen_runtime::mock::Mocked for GetEnvironment {
    const NAME: &'static str = crate::operation::get_environment::OPERATION_NAME;
    type Input = crate::operation::get_environment::GetEnvironmentInput;
    type Output = crate::operation::get_environment::GetEnvironmentOutput;
    type Error = crate::operation::get_environment::GetEnvironmentError;
}

/// The `GetEnvironmentAccountConnection` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetEnvironmentAccountConnection {}
impl ::awsgen_runtime::mock::Mocked for GetEnvironmentAccountConnection {
    const NAME: &'static str = crate::operation::get_environment_account_connection::OPERATION_NAME;
    type Input = crate::operation::get_environment_account_connection::GetEnvironmentAccountConnectionInput;
    type Output = crate::operation::get_environment_account_connection::GetEnvironmentAccountConnectionOutput;
    type Error = crate::operation::get_environment_account_connection::GetEnvironmentAccountConnectionError;
}

/// The `GetEnvironmentTemplate` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetEnvironmentTemplate {}
impl ::awsgen_runtime::mock::Mocked for GetEnvironmentTemplate {
    const NAME: &'static str = crate::operation::get_environment_template::OPERATION_NAME;
    type Input = crate::operation::get_environment_template::GetEnvironmentTemplateInput;
    type Output = crate::operation::get_environment_template::GetEnvironmentTemplateOutput;
    type Error = crate::operation::get_environment_template::GetEnvironmentTemplateError;
}

/// The `GetEnvironmentTemplateVersion` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetEnvironmentTemplateVersion {}
impl ::awsgen_runtime::mock::Mocked for GetEnvironmentTemplateVersion {
    const NAME: &'static str = crate::operation::get_environment_template_version::OPERATION_NAME;
    type Input = crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionInput;
    type Output = crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionOutput;
    type Error = crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionError;
}

/// The `GetRepository` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetRepository {}
impl ::awsgen_runtime::mock::Mocked for GetRepository {
    const NAME: &'static str = crate::operation::get_repository::OPERATION_NAME;
    type Input = crate::operation::get_repository::GetRepositoryInput;
    type Output = crate::operation::get_repository::GetRepositoryOutput;
    type Error = crate::operation::get_repository::GetRepositoryError;
}

/// The `GetRepositorySyncStatus` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetRepositorySyncStatus {}
impl ::awsgen_runtime::mock::Mocked for GetRepositorySyncStatus {
    const NAME: &'static str = crate::operation::get_repository_sync_status::OPERATION_NAME;
    type Input = crate::operation::get_repository_sync_status::GetRepositorySyncStatusInput;
    type Output = crate::operation::get_repository_sync_status::GetRepositorySyncStatusOutput;
    type Error = crate::operation::get_repository_sync_status::GetRepositorySyncStatusError;
}

/// The `GetResourcesSummary` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetResourcesSummary {}
impl ::awsgen_runtime::mock::Mocked for GetResourcesSummary {
    const NAME: &'static str = crate::operation::get_resources_summary::OPERATION_NAME;
    type Input = crate::operation::get_resources_summary::GetResourcesSummaryInput;
    type Output = crate::operation::get_resources_summary::GetResourcesSummaryOutput;
    type Error = crate::operation::get_resources_summary::GetResourcesSummaryError;
}

/// The `GetService` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetService {}
impl ::awsgen_runtime::mock::Mocked for GetService {
    const NAME: &'static str = crate::operation::get_service::OPERATION_NAME;
    type Input = crate::operation::get_service::GetServiceInput;
    type Output = crate::operation::get_service::GetServiceOutput;
    type Error = crate::operation::get_service::GetServiceError;
}

/// The `GetServiceInstance` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetServiceInstance {}
impl ::awsgen_runtime::mock::Mocked for GetServiceInstance {
    const NAME: &'static str = crate::operation::get_service_instance::OPERATION_NAME;
    type Input = crate::operation::get_service_instance::GetServiceInstanceInput;
    type Output = crate::operation::get_service_instance::GetServiceInstanceOutput;
    type Error = crate::operation::get_service_instance::GetServiceInstanceError;
}

/// The `GetServiceInstanceSyncStatus` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetServiceInstanceSyncStatus {}
impl ::awsgen_runtime::mock::Mocked for GetServiceInstanceSyncStatus {
    const NAME: &'static str = crate::operation::get_service_instance_sync_status::OPERATION_NAME;
    type Input = crate::operation::get_service_instance_sync_status::GetServiceInstanceSyncStatusInput;
    type Output = crate::operation::get_service_instance_sync_status::GetServiceInstanceSyncStatusOutput;
    type Error = crate::operation::get_service_instance_sync_status::GetServiceInstanceSyncStatusError;
}

/// The `GetServiceSyncBlockerSummary` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetServiceSyncBlockerSummary {}
impl ::awsgen_runtime::mock::Mocked for GetServiceSyncBlockerSummary {
    const NAME: &'static str = crate::operation::get_service_sync_blocker_summary::OPERATION_NAME;
    type Input = crate::operation::get_service_sync_blocker_summary::GetServiceSyncBlockerSummaryInput;
    type Output = crate::operation::get_service_sync_blocker_summary::GetServiceSyncBlockerSummaryOutput;
    type Error = crate::operation::get_service_sync_blocker_summary::GetServiceSyncBlockerSummaryError;
}

/// The `GetServiceSyncConfig` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetServiceSyncConfig {}
impl ::awsgen_runtime::mock::Mocked for GetServiceSyncConfig {
    const NAME: &'static str = crate::operation::get_service_sync_config::OPERATION_NAME;
    type Input = crate::operation::get_service_sync_config::GetServiceSyncConfigInput;
    type Output = crate::operation::get_service_sync_config::GetServiceSyncConfigOutput;
    type Error = crate::operation::get_service_sync_config::GetServiceSyncConfigError;
}

/// The `GetServiceTemplate` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetServiceTemplate {}
impl ::awsgen_runtime::mock::Mocked for GetServiceTemplate {
    const NAME: &'static str = crate::operation::get_service_template::OPERATION_NAME;
    type Input = crate::operation::get_service_template::GetServiceTemplateInput;
    type Output = crate::operation::get_service_template::GetServiceTemplateOutput;
    type Error = crate::operation::get_service_template::GetServiceTemplateError;
}

/// The `GetServiceTemplateVersion` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetServiceTemplateVersion {}
impl ::awsgen_runtime::mock::Mocked for GetServiceTemplateVersion {
    const NAME: &'static str = crate::operation::get_service_template_version::OPERATION_NAME;
    type Input = crate::operation::get_service_template_version::GetServiceTemplateVersionInput;
    type Output = crate::operation::get_service_template_version::GetServiceTemplateVersionOutput;
    type Error = crate::operation::get_service_template_version::GetServiceTemplateVersionError;
}

/// The `GetTemplateSyncConfig` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetTemplateSyncConfig {}
impl ::awsgen_runtime::mock::Mocked for GetTemplateSyncConfig {
    const NAME: &'static str = crate::operation::get_template_sync_config::OPERATION_NAME;
    type Input = crate::operation::get_template_sync_config::GetTemplateSyncConfigInput;
    type Output = crate::operation::get_template_sync_config::GetTemplateSyncConfigOutput;
    type Error = crate::operation::get_template_sync_config::GetTemplateSyncConfigError;
}

/// The `GetTemplateSyncStatus` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum GetTemplateSyncStatus {}
impl ::awsgen_runtime::mock::Mocked for GetTemplateSyncStatus {
    const NAME: &'static str = crate::operation::get_template_sync_status::OPERATION_NAME;
    type Input = crate::operation::get_template_sync_status::GetTemplateSyncStatusInput;
    type Output = crate::operation::get_template_sync_status::GetTemplateSyncStatusOutput;
    type Error = crate::operation::get_template_sync_status::GetTemplateSyncStatusError;
}

/// The `ListComponentOutputs` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListComponentOutputs {}
impl ::awsgen_runtime::mock::Mocked for ListComponentOutputs {
    const NAME: &'static str = crate::operation::list_component_outputs::OPERATION_NAME;
    type Input = crate::operation::list_component_outputs::ListComponentOutputsInput;
    type Output = crate::operation::list_component_outputs::ListComponentOutputsOutput;
    type Error = crate::operation::list_component_outputs::ListComponentOutputsError;
}

/// The `ListComponentProvisionedResources` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListComponentProvisionedResources {}
impl ::awsgen_runtime::mock::Mocked for ListComponentProvisionedResources {
    const NAME: &'static str = crate::operation::list_component_provisioned_resources::OPERATION_NAME;
    type Input = crate::operation::list_component_provisioned_resources::ListComponentProvisionedResourcesInput;
    type Output = crate::operation::list_component_provisioned_resources::ListComponentProvisionedResourcesOutput;
    type Error = crate::operation::list_component_provisioned_resources::ListComponentProvisionedResourcesError;
}

/// The `ListComponents` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListComponents {}
impl ::awsgen_runtime::mock::Mocked for ListComponents {
    const NAME: &'static str = crate::operation::list_components::OPERATION_NAME;
    type Input = crate::operation::list_components::ListComponentsInput;
    type Output = crate::operation::list_components::ListComponentsOutput;
    type Error = crate::operation::list_components::ListComponentsError;
}

/// The `ListDeployments` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListDeployments {}
impl ::awsgen_runtime::mock::Mocked for ListDeployments {
    const NAME: &'static str = crate::operation::list_deployments::OPERATION_NAME;
    type Input = crate::operation::list_deployments::ListDeploymentsInput;
    type Output = crate::operation::list_deployments::ListDeploymentsOutput;
    type Error = crate::operation::list_deployments::ListDeploymentsError;
}

/// The `ListEnvironmentAccountConnections` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListEnvironmentAccountConnections {}
impl ::awsgen_runtime::mock::Mocked for ListEnvironmentAccountConnections {
    const NAME: &'static str = crate::operation::list_environment_account_connections::OPERATION_NAME;
    type Input = crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsInput;
    type Output = crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsOutput;
    type Error = crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsError;
}

/// The `ListEnvironmentOutputs` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListEnvironmentOutputs {}
impl ::awsgen_runtime::mock::Mocked for ListEnvironmentOutputs {
    const NAME: &'static str = crate::operation::list_environment_outputs::OPERATION_NAME;
    type Input = crate::operation::list_environment_outputs::ListEnvironmentOutputsInput;
    type Output = crate::operation::list_environment_outputs::ListEnvironmentOutputsOutput;
    type Error = crate::operation::list_environment_outputs::ListEnvironmentOutputsError;
}

/// The `ListEnvironmentProvisionedResources` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListEnvironmentProvisionedResources {}
impl ::awsgen_runtime::mock::Mocked for ListEnvironmentProvisionedResources {
    const NAME: &'static str = crate::operation::list_environment_provisioned_resources::OPERATION_NAME;
    type Input = crate::operation::list_environment_provisioned_resources::ListEnvironmentProvisionedResourcesInput;
    type Output = crate::operation::list_environment_provisioned_resources::ListEnvironmentProvisionedResourcesOutput;
    type Error = crate::operation::list_environment_provisioned_resources::ListEnvironmentProvisionedResourcesError;
}

/// The `ListEnvironmentTemplateVersions` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListEnvironmentTemplateVersions {}
impl ::awsgen_runtime::mock::Mocked for ListEnvironmentTemplateVersions {
    const NAME: &'static str = crate::operation::list_environment_template_versions::OPERATION_NAME;
    type Input = crate::operation::list_environment_template_versions::ListEnvironmentTemplateVersionsInput;
    type Output = crate::operation::list_environment_template_versions::ListEnvironmentTemplateVersionsOutput;
    type Error = crate::operation::list_environment_template_versions::ListEnvironmentTemplateVersionsError;
}

/// The `ListEnvironmentTemplates` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListEnvironmentTemplates {}
impl ::awsgen_runtime::mock::Mocked for ListEnvironmentTemplates {
    const NAME: &'static str = crate::operation::list_environment_templates::OPERATION_NAME;
    type Input = crate::operation::list_environment_templates::ListEnvironmentTemplatesInput;
    type Output = crate::operation::list_environment_templates::ListEnvironmentTemplatesOutput;
    type Error = crate::operation::list_environment_templates::ListEnvironmentTemplatesError;
}

/// The `ListEnvironments` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListEnvironments {}
impl ::awsgen_runtime::mock::Mocked for ListEnvironments {
    const NAME: &'static str = crate::operation::list_environments::OPERATION_NAME;
    type Input = crate::operation::list_environments::ListEnvironmentsInput;
    type Output = crate::operation::list_environments::ListEnvironmentsOutput;
    type Error = crate::operation::list_environments::ListEnvironmentsError;
}

/// The `ListRepositories` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListRepositories {}
impl ::awsgen_runtime::mock::Mocked for ListRepositories {
    const NAME: &'static str = crate::operation::list_repositories::OPERATION_NAME;
    type Input = crate::operation::list_repositories::ListRepositoriesInput;
    type Output = crate::operation::list_repositories::ListRepositoriesOutput;
    type Error = crate::operation::list_repositories::ListRepositoriesError;
}

/// The `ListRepositorySyncDefinitions` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListRepositorySyncDefinitions {}
impl ::awsgen_runtime::mock::Mocked for ListRepositorySyncDefinitions {
    const NAME: &'static str = crate::operation::list_repository_sync_definitions::OPERATION_NAME;
    type Input = crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsInput;
    type Output = crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsOutput;
    type Error = crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsError;
}

/// The `ListServiceInstanceOutputs` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListServiceInstanceOutputs {}
impl ::awsgen_runtime::mock::Mocked for ListServiceInstanceOutputs {
    const NAME: &'static str = crate::operation::list_service_instance_outputs::OPERATION_NAME;
    type Input = crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsInput;
    type Output = crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsOutput;
    type Error = crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsError;
}

/// The `ListServiceInstanceProvisionedResources` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListServiceInstanceProvisionedResources {}
impl ::awsgen_runtime::mock::Mocked for ListServiceInstanceProvisionedResources {
    const NAME: &'static str = crate::operation::list_service_instance_provisioned_resources::OPERATION_NAME;
    type Input = crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesInput;
    type Output = crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesOutput;
    type Error = crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesError;
}

/// The `ListServiceInstances` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListServiceInstances {}
impl ::awsgen_runtime::mock::Mocked for ListServiceInstances {
    const NAME: &'static str = crate::operation::list_service_instances::OPERATION_NAME;
    type Input = crate::operation::list_service_instances::ListServiceInstancesInput;
    type Output = crate::operation::list_service_instances::ListServiceInstancesOutput;
    type Error = crate::operation::list_service_instances::ListServiceInstancesError;
}

/// The `ListServicePipelineOutputs` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListServicePipelineOutputs {}
impl ::awsgen_runtime::mock::Mocked for ListServicePipelineOutputs {
    const NAME: &'static str = crate::operation::list_service_pipeline_outputs::OPERATION_NAME;
    type Input = crate::operation::list_service_pipeline_outputs::ListServicePipelineOutputsInput;
    type Output = crate::operation::list_service_pipeline_outputs::ListServicePipelineOutputsOutput;
    type Error = crate::operation::list_service_pipeline_outputs::ListServicePipelineOutputsError;
}

/// The `ListServicePipelineProvisionedResources` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListServicePipelineProvisionedResources {}
impl ::awsgen_runtime::mock::Mocked for ListServicePipelineProvisionedResources {
    const NAME: &'static str = crate::operation::list_service_pipeline_provisioned_resources::OPERATION_NAME;
    type Input = crate::operation::list_service_pipeline_provisioned_resources::ListServicePipelineProvisionedResourcesInput;
    type Output = crate::operation::list_service_pipeline_provisioned_resources::ListServicePipelineProvisionedResourcesOutput;
    type Error = crate::operation::list_service_pipeline_provisioned_resources::ListServicePipelineProvisionedResourcesError;
}

/// The `ListServiceTemplateVersions` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListServiceTemplateVersions {}
impl ::awsgen_runtime::mock::Mocked for ListServiceTemplateVersions {
    const NAME: &'static str = crate::operation::list_service_template_versions::OPERATION_NAME;
    type Input = crate::operation::list_service_template_versions::ListServiceTemplateVersionsInput;
    type Output = crate::operation::list_service_template_versions::ListServiceTemplateVersionsOutput;
    type Error = crate::operation::list_service_template_versions::ListServiceTemplateVersionsError;
}

/// The `ListServiceTemplates` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListServiceTemplates {}
impl ::awsgen_runtime::mock::Mocked for ListServiceTemplates {
    const NAME: &'static str = crate::operation::list_service_templates::OPERATION_NAME;
    type Input = crate::operation::list_service_templates::ListServiceTemplatesInput;
    type Output = crate::operation::list_service_templates::ListServiceTemplatesOutput;
    type Error = crate::operation::list_service_templates::ListServiceTemplatesError;
}

/// The `ListServices` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListServices {}
impl ::awsgen_runtime::mock::Mocked for ListServices {
    const NAME: &'static str = crate::operation::list_services::OPERATION_NAME;
    type Input = crate::operation::list_services::ListServicesInput;
    type Output = crate::operation::list_services::ListServicesOutput;
    type Error = crate::operation::list_services::ListServicesError;
}

/// The `ListTagsForResource` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum ListTagsForResource {}
impl ::awsgen_runtime::mock::Mocked for ListTagsForResource {
    const NAME: &'static str = crate::operation::list_tags_for_resource::OPERATION_NAME;
    type Input = crate::operation::list_tags_for_resource::ListTagsForResourceInput;
    type Output = crate::operation::list_tags_for_resource::ListTagsForResourceOutput;
    type Error = crate::operation::list_tags_for_resource::ListTagsForResourceError;
}

/// The `NotifyResourceDeploymentStatusChange` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum NotifyResourceDeploymentStatusChange {}
impl ::awsgen_runtime::mock::Mocked for NotifyResourceDeploymentStatusChange {
    const NAME: &'static str = crate::operation::notify_resource_deployment_status_change::OPERATION_NAME;
    type Input = crate::operation::notify_resource_deployment_status_change::NotifyResourceDeploymentStatusChangeInput;
    type Output = crate::operation::notify_resource_deployment_status_change::NotifyResourceDeploymentStatusChangeOutput;
    type Error = crate::operation::notify_resource_deployment_status_change::NotifyResourceDeploymentStatusChangeError;
}

/// The `RejectEnvironmentAccountConnection` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum RejectEnvironmentAccountConnection {}
impl ::awsgen_runtime::mock::Mocked for RejectEnvironmentAccountConnection {
    const NAME: &'static str = crate::operation::reject_environment_account_connection::OPERATION_NAME;
    type Input = crate::operation::reject_environment_account_connection::RejectEnvironmentAccountConnectionInput;
    type Output = crate::operation::reject_environment_account_connection::RejectEnvironmentAccountConnectionOutput;
    type Error = crate::operation::reject_environment_account_connection::RejectEnvironmentAccountConnectionError;
}

/// The `TagResource` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum TagResource {}
impl ::awsgen_runtime::mock::Mocked for TagResource {
    const NAME: &'static str = crate::operation::tag_resource::OPERATION_NAME;
    type Input = crate::operation::tag_resource::TagResourceInput;
    type Output = crate::operation::tag_resource::TagResourceOutput;
    type Error = crate::operation::tag_resource::TagResourceError;
}

/// The `UntagResource` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UntagResource {}
impl ::awsgen_runtime::mock::Mocked for UntagResource {
    const NAME: &'static str = crate::operation::untag_resource::OPERATION_NAME;
    type Input = crate::operation::untag_resource::UntagResourceInput;
    type Output = crate::operation::untag_resource::UntagResourceOutput;
    type Error = crate::operation::untag_resource::UntagResourceError;
}

/// The `UpdateAccountSettings` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateAccountSettings {}
impl ::awsgen_runtime::mock::Mocked for UpdateAccountSettings {
    const NAME: &'static str = crate::operation::update_account_settings::OPERATION_NAME;
    type Input = crate::operation::update_account_settings::UpdateAccountSettingsInput;
    type Output = crate::operation::update_account_settings::UpdateAccountSettingsOutput;
    type Error = crate::operation::update_account_settings::UpdateAccountSettingsError;
}

/// The `UpdateComponent` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateComponent {}
impl ::awsgen_runtime::mock::Mocked for UpdateComponent {
    const NAME: &'static str = crate::operation::update_component::OPERATION_NAME;
    type Input = crate::operation::update_component::UpdateComponentInput;
    type Output = crate::operation::update_component::UpdateComponentOutput;
    type Error = crate::operation::update_component::UpdateComponentError;
}

/// The `UpdateEnvironment` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateEnvironment {}
impl ::awsgen_runtime::mock::Mocked for UpdateEnvironment {
    const NAME: &'static str = crate::operation::update_environment::OPERATION_NAME;
    type Input = crate::operation::update_environment::UpdateEnvironmentInput;
    type Output = crate::operation::update_environment::UpdateEnvironmentOutput;
    type Error = crate::operation::update_environment::UpdateEnvironmentError;
}

/// The `UpdateEnvironmentAccountConnection` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateEnvironmentAccountConnection {}
impl ::awsgen_runtime::mock::Mocked for UpdateEnvironmentAccountConnection {
    const NAME: &'static str = crate::operation::update_environment_account_connection::OPERATION_NAME;
    type Input = crate::operation::update_environment_account_connection::UpdateEnvironmentAccountConnectionInput;
    type Output = crate::operation::update_environment_account_connection::UpdateEnvironmentAccountConnectionOutput;
    type Error = crate::operation::update_environment_account_connection::UpdateEnvironmentAccountConnectionError;
}

/// The `UpdateEnvironmentTemplate` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateEnvironmentTemplate {}
impl ::awsgen_runtime::mock::Mocked for UpdateEnvironmentTemplate {
    const NAME: &'static str = crate::operation::update_environment_template::OPERATION_NAME;
    type Input = crate::operation::update_environment_template::UpdateEnvironmentTemplateInput;
    type Output = crate::operation::update_environment_template::UpdateEnvironmentTemplateOutput;
    type Error = crate::operation::update_environment_template::UpdateEnvironmentTemplateError;
}

/// The `UpdateEnvironmentTemplateVersion` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateEnvironmentTemplateVersion {}
impl ::awsgen_runtime::mock::Mocked for UpdateEnvironmentTemplateVersion {
    const NAME: &'static str = crate::operation::update_environment_template_version::OPERATION_NAME;
    type Input = crate::operation::update_environment_template_version::UpdateEnvironmentTemplateVersionInput;
    type Output = crate::operation::update_environment_template_version::UpdateEnvironmentTemplateVersionOutput;
    type Error = crate::operation::update_environment_template_version::UpdateEnvironmentTemplateVersionError;
}

/// The `UpdateService` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateService {}
impl ::awsgen_runtime::mock::Mocked for UpdateService {
    const NAME: &'static str = crate::operation::update_service::OPERATION_NAME;
    type Input = crate::operation::update_service::UpdateServiceInput;
    type Output = crate::operation::update_service::UpdateServiceOutput;
    type Error = crate::operation::update_service::UpdateServiceError;
}

/// The `UpdateServiceInstance` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateServiceInstance {}
impl ::awsgen_runtime::mock::Mocked for UpdateServiceInstance {
    const NAME: &'static str = crate::operation::update_service_instance::OPERATION_NAME;
    type Input = crate::operation::update_service_instance::UpdateServiceInstanceInput;
    type Output = crate::operation::update_service_instance::UpdateServiceInstanceOutput;
    type Error = crate::operation::update_service_instance::UpdateServiceInstanceError;
}

/// The `UpdateServicePipeline` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateServicePipeline {}
impl ::awsgen_runtime::mock::Mocked for UpdateServicePipeline {
    const NAME: &'static str = crate::operation::update_service_pipeline::OPERATION_NAME;
    type Input = crate::operation::update_service_pipeline::UpdateServicePipelineInput;
    type Output = crate::operation::update_service_pipeline::UpdateServicePipelineOutput;
    type Error = crate::operation::update_service_pipeline::UpdateServicePipelineError;
}

/// The `UpdateServiceSyncBlocker` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateServiceSyncBlocker {}
impl ::awsgen_runtime::mock::Mocked for UpdateServiceSyncBlocker {
    const NAME: &'static str = crate::operation::update_service_sync_blocker::OPERATION_NAME;
    type Input = crate::operation::update_service_sync_blocker::UpdateServiceSyncBlockerInput;
    type Output = crate::operation::update_service_sync_blocker::UpdateServiceSyncBlockerOutput;
    type Error = crate::operation::update_service_sync_blocker::UpdateServiceSyncBlockerError;
}

/// The `UpdateServiceSyncConfig` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateServiceSyncConfig {}
impl ::awsgen_runtime::mock::Mocked for UpdateServiceSyncConfig {
    const NAME: &'static str = crate::operation::update_service_sync_config::OPERATION_NAME;
    type Input = crate::operation::update_service_sync_config::UpdateServiceSyncConfigInput;
    type Output = crate::operation::update_service_sync_config::UpdateServiceSyncConfigOutput;
    type Error = crate::operation::update_service_sync_config::UpdateServiceSyncConfigError;
}

/// The `UpdateServiceTemplate` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateServiceTemplate {}
impl ::awsgen_runtime::mock::Mocked for UpdateServiceTemplate {
    const NAME: &'static str = crate::operation::update_service_template::OPERATION_NAME;
    type Input = crate::operation::update_service_template::UpdateServiceTemplateInput;
    type Output = crate::operation::update_service_template::UpdateServiceTemplateOutput;
    type Error = crate::operation::update_service_template::UpdateServiceTemplateError;
}

/// The `UpdateServiceTemplateVersion` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateServiceTemplateVersion {}
impl ::awsgen_runtime::mock::Mocked for UpdateServiceTemplateVersion {
    const NAME: &'static str = crate::operation::update_service_template_version::OPERATION_NAME;
    type Input = crate::operation::update_service_template_version::UpdateServiceTemplateVersionInput;
    type Output = crate::operation::update_service_template_version::UpdateServiceTemplateVersionOutput;
    type Error = crate::operation::update_service_template_version::UpdateServiceTemplateVersionError;
}

/// The `UpdateTemplateSyncConfig` operation, to stub on a [`Mock`](crate::mock::Mock).
#[derive(Debug)]
pub enum UpdateTemplateSyncConfig {}
impl ::awsgen_runtime::mock::Mocked for UpdateTemplateSyncConfig {
    const NAME: &'static str = crate::operation::update_template_sync_config::OPERATION_NAME;
    type Input = crate::operation::update_template_sync_config::UpdateTemplateSyncConfigInput;
    type Output = crate::operation::update_template_sync_config::UpdateTemplateSyncConfigOutput;
    type Error = crate::operation::update_template_sync_config::UpdateTemplateSyncConfigError;
}
