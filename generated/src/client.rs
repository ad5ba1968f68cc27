// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The client.
#![allow(deprecated)]

/// A client for AWS Proton: one async method per operation.
///
/// Cheap to clone. Clients built from one [`Config`](crate::Config), of this service or
/// any other, share its credential cache and connection pool.
#[derive(Clone, Debug)]
pub struct Client {
    inner: ::awsgen_runtime::codegen::ServiceClient,
}

impl ::awsgen_runtime::codegen::AsServiceClient for Client {
    fn service_client(&self) -> &::awsgen_runtime::codegen::ServiceClient {
        &self.inner
    }
}

impl Client {
    /// A client with this configuration (shared, not copied: build every service's
    /// client from the same one).
    pub fn new(config: &crate::Config) -> Self {
        Client {
            inner: ::awsgen_runtime::codegen::ServiceClient::new(config, &crate::service::SERVICE),
        }
    }

    /// A client configured from the environment, the way the AWS CLI is (see
    /// [`Config::from_env`](crate::Config::from_env)).
    pub async fn from_env() -> Self {
        Self::new(&crate::Config::from_env().await)
    }

    /// This client with some settings replaced for the calls made through it (retries,
    /// timeouts, endpoint); it shares everything else, so it is cheap to make per call.
    pub fn with_overrides(&self, overrides: crate::Overrides) -> Self {
        Client { inner: self.inner.with_overrides(overrides) }
    }

    /// The request of the call `call` makes, presigned rather than sent: any operation,
    /// valid for as long as `config` says (at most 7 days), with the credentials'
    /// session token. `client.presigned(config, |c| async move { c.get_object(input).await })`.
    pub async fn presigned<O, E, F>(
        &self,
        config: ::awsgen_runtime::presign::PresignConfig,
        call: impl ::std::ops::FnOnce(Client) -> F,
    ) -> ::std::result::Result<
        ::awsgen_runtime::presign::PresignedRequest,
        ::awsgen_runtime::Error<E>,
    >
    where
        F: ::std::future::Future<Output = ::std::result::Result<O, ::awsgen_runtime::Error<E>>>,
    {
        self.inner.presigned(config, |inner| call(Client { inner })).await
    }

    /// The client's configuration.
    pub fn config(&self) -> &crate::Config {
        self.inner.config()
    }

    /// In a management account, an environment account connection request is accepted. When the environment
    /// account connection request is accepted, Proton can use the associated IAM role to provision
    /// environment infrastructure resources in the associated environment account.
    ///
    /// For more information, see
    /// [Environment account connections](<https://docs.aws.amazon.com/proton/latest/userguide/ag-env-account-connections.html>)
    /// in the *Proton User guide*.
    ///
    /// Takes [`AcceptEnvironmentAccountConnectionInput`](crate::operation::accept_environment_account_connection::AcceptEnvironmentAccountConnectionInput); returns [`AcceptEnvironmentAccountConnectionOutput`](crate::operation::accept_environment_account_connection::AcceptEnvironmentAccountConnectionOutput) or an [`Error`](crate::Error) with [`AcceptEnvironmentAccountConnectionError`](crate::operation::accept_environment_account_connection::AcceptEnvironmentAccountConnectionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn accept_environment_account_connection(
        &self,
        input: crate::operation::accept_environment_account_connection::AcceptEnvironmentAccountConnectionInput,
    ) -> ::std::result::Result<
        crate::operation::accept_environment_account_connection::AcceptEnvironmentAccountConnectionOutput,
        ::awsgen_runtime::Error<
            crate::operation::accept_environment_account_connection::AcceptEnvironmentAccountConnectionError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::accept_environment_account_connection::OPERATION,
            request,
        ).await
    }

    /// Attempts to cancel a component deployment (for a component that is in the `IN_PROGRESS` deployment
    /// status).
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// Takes [`CancelComponentDeploymentInput`](crate::operation::cancel_component_deployment::CancelComponentDeploymentInput); returns [`CancelComponentDeploymentOutput`](crate::operation::cancel_component_deployment::CancelComponentDeploymentOutput) or an [`Error`](crate::Error) with [`CancelComponentDeploymentError`](crate::operation::cancel_component_deployment::CancelComponentDeploymentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn cancel_component_deployment(
        &self,
        input: crate::operation::cancel_component_deployment::CancelComponentDeploymentInput,
    ) -> ::std::result::Result<
        crate::operation::cancel_component_deployment::CancelComponentDeploymentOutput,
        ::awsgen_runtime::Error<
            crate::operation::cancel_component_deployment::CancelComponentDeploymentError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::cancel_component_deployment::OPERATION, request).await
    }

    /// Attempts to cancel an environment deployment on an `UpdateEnvironment` action, if the deployment is
    /// `IN_PROGRESS`. For more information, see
    /// [Update an environment](<https://docs.aws.amazon.com/proton/latest/userguide/ag-env-update.html>) in
    /// the *Proton User guide*.
    ///
    /// The following list includes potential cancellation scenarios.
    ///
    /// - If the cancellation attempt succeeds, the resulting deployment state is `CANCELLED`.
    /// - If the cancellation attempt fails, the resulting deployment state is `FAILED`.
    /// - If the current `UpdateEnvironment` action succeeds before the cancellation attempt starts, the
    ///   resulting deployment state is `SUCCEEDED` and the cancellation attempt has no effect.
    ///
    /// Takes [`CancelEnvironmentDeploymentInput`](crate::operation::cancel_environment_deployment::CancelEnvironmentDeploymentInput); returns [`CancelEnvironmentDeploymentOutput`](crate::operation::cancel_environment_deployment::CancelEnvironmentDeploymentOutput) or an [`Error`](crate::Error) with [`CancelEnvironmentDeploymentError`](crate::operation::cancel_environment_deployment::CancelEnvironmentDeploymentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn cancel_environment_deployment(
        &self,
        input: crate::operation::cancel_environment_deployment::CancelEnvironmentDeploymentInput,
    ) -> ::std::result::Result<
        crate::operation::cancel_environment_deployment::CancelEnvironmentDeploymentOutput,
        ::awsgen_runtime::Error<
            crate::operation::cancel_environment_deployment::CancelEnvironmentDeploymentError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::cancel_environment_deployment::OPERATION,
            request,
        ).await
    }

    /// Attempts to cancel a service instance deployment on an `UpdateServiceInstance` action, if the
    /// deployment is `IN_PROGRESS`. For more information, see
    /// [Update a service instance](<https://docs.aws.amazon.com/proton/latest/userguide/ag-svc-instance-update.html>)
    /// in the *Proton User guide*.
    ///
    /// The following list includes potential cancellation scenarios.
    ///
    /// - If the cancellation attempt succeeds, the resulting deployment state is `CANCELLED`.
    /// - If the cancellation attempt fails, the resulting deployment state is `FAILED`.
    /// - If the current `UpdateServiceInstance` action succeeds before the cancellation attempt starts, the
    ///   resulting deployment state is `SUCCEEDED` and the cancellation attempt has no effect.
    ///
    /// Takes [`CancelServiceInstanceDeploymentInput`](crate::operation::cancel_service_instance_deployment::CancelServiceInstanceDeploymentInput); returns [`CancelServiceInstanceDeploymentOutput`](crate::operation::cancel_service_instance_deployment::CancelServiceInstanceDeploymentOutput) or an [`Error`](crate::Error) with [`CancelServiceInstanceDeploymentError`](crate::operation::cancel_service_instance_deployment::CancelServiceInstanceDeploymentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn cancel_service_instance_deployment(
        &self,
        input: crate::operation::cancel_service_instance_deployment::CancelServiceInstanceDeploymentInput,
    ) -> ::std::result::Result<
        crate::operation::cancel_service_instance_deployment::CancelServiceInstanceDeploymentOutput,
        ::awsgen_runtime::Error<
            crate::operation::cancel_service_instance_deployment::CancelServiceInstanceDeploymentError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::cancel_service_instance_deployment::OPERATION,
            request,
        ).await
    }

    /// Attempts to cancel a service pipeline deployment on an `UpdateServicePipeline` action, if the
    /// deployment is `IN_PROGRESS`. For more information, see
    /// [Update a service pipeline](<https://docs.aws.amazon.com/proton/latest/userguide/ag-svc-pipeline-update.html>)
    /// in the *Proton User guide*.
    ///
    /// The following list includes potential cancellation scenarios.
    ///
    /// - If the cancellation attempt succeeds, the resulting deployment state is `CANCELLED`.
    /// - If the cancellation attempt fails, the resulting deployment state is `FAILED`.
    /// - If the current `UpdateServicePipeline` action succeeds before the cancellation attempt starts, the
    ///   resulting deployment state is `SUCCEEDED` and the cancellation attempt has no effect.
    ///
    /// Takes [`CancelServicePipelineDeploymentInput`](crate::operation::cancel_service_pipeline_deployment::CancelServicePipelineDeploymentInput); returns [`CancelServicePipelineDeploymentOutput`](crate::operation::cancel_service_pipeline_deployment::CancelServicePipelineDeploymentOutput) or an [`Error`](crate::Error) with [`CancelServicePipelineDeploymentError`](crate::operation::cancel_service_pipeline_deployment::CancelServicePipelineDeploymentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn cancel_service_pipeline_deployment(
        &self,
        input: crate::operation::cancel_service_pipeline_deployment::CancelServicePipelineDeploymentInput,
    ) -> ::std::result::Result<
        crate::operation::cancel_service_pipeline_deployment::CancelServicePipelineDeploymentOutput,
        ::awsgen_runtime::Error<
            crate::operation::cancel_service_pipeline_deployment::CancelServicePipelineDeploymentError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::cancel_service_pipeline_deployment::OPERATION,
            request,
        ).await
    }

    /// Create an Proton component. A component is an infrastructure extension for a service instance.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// Takes [`CreateComponentInput`](crate::operation::create_component::CreateComponentInput); returns [`CreateComponentOutput`](crate::operation::create_component::CreateComponentOutput) or an [`Error`](crate::Error) with [`CreateComponentError`](crate::operation::create_component::CreateComponentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn create_component(
        &self,
        input: crate::operation::create_component::CreateComponentInput,
    ) -> ::std::result::Result<
        crate::operation::create_component::CreateComponentOutput,
        ::awsgen_runtime::Error<crate::operation::create_component::CreateComponentError>,
    > {
        let mut input = input;
        if input.client_token.is_none() {
            input.client_token = ::std::option::Option::Some(self.inner.idempotency_token());
        }
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::create_component::OPERATION, request).await
    }

    /// Deploy a new environment. An Proton environment is created from an environment template that defines
    /// infrastructure and resources that can be shared across services.
    ///
    /// **You can provision environments using the following methods:**
    ///
    /// - Amazon Web Services-managed provisioning: Proton makes direct calls to provision your resources.
    /// - Self-managed provisioning: Proton makes pull requests on your repository to provide compiled
    ///   infrastructure as code (IaC) files that your IaC engine uses to provision resources.
    ///
    /// For more information, see
    /// [Environments](<https://docs.aws.amazon.com/proton/latest/userguide/ag-environments.html>) and
    /// [Provisioning methods](<https://docs.aws.amazon.com/proton/latest/userguide/ag-works-prov-methods.html>)
    /// in the *Proton User Guide*.
    ///
    /// Takes [`CreateEnvironmentInput`](crate::operation::create_environment::CreateEnvironmentInput); returns [`CreateEnvironmentOutput`](crate::operation::create_environment::CreateEnvironmentOutput) or an [`Error`](crate::Error) with [`CreateEnvironmentError`](crate::operation::create_environment::CreateEnvironmentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn create_environment(
        &self,
        input: crate::operation::create_environment::CreateEnvironmentInput,
    ) -> ::std::result::Result<
        crate::operation::create_environment::CreateEnvironmentOutput,
        ::awsgen_runtime::Error<crate::operation::create_environment::CreateEnvironmentError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::create_environment::OPERATION, request).await
    }

    /// Create an environment account connection in an environment account so that environment
    /// infrastructure resources can be provisioned in the environment account from a management account.
    ///
    /// An environment account connection is a secure bi-directional connection between a *management
    /// account* and an *environment account* that maintains authorization and permissions. For more
    /// information, see
    /// [Environment account connections](<https://docs.aws.amazon.com/proton/latest/userguide/ag-env-account-connections.html>)
    /// in the *Proton User guide*.
    ///
    /// Takes [`CreateEnvironmentAccountConnectionInput`](crate::operation::create_environment_account_connection::CreateEnvironmentAccountConnectionInput); returns [`CreateEnvironmentAccountConnectionOutput`](crate::operation::create_environment_account_connection::CreateEnvironmentAccountConnectionOutput) or an [`Error`](crate::Error) with [`CreateEnvironmentAccountConnectionError`](crate::operation::create_environment_account_connection::CreateEnvironmentAccountConnectionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn create_environment_account_connection(
        &self,
        input: crate::operation::create_environment_account_connection::CreateEnvironmentAccountConnectionInput,
    ) -> ::std::result::Result<
        crate::operation::create_environment_account_connection::CreateEnvironmentAccountConnectionOutput,
        ::awsgen_runtime::Error<
            crate::operation::create_environment_account_connection::CreateEnvironmentAccountConnectionError,
        >,
    > {
        let mut input = input;
        if input.client_token.is_none() {
            input.client_token = ::std::option::Option::Some(self.inner.idempotency_token());
        }
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::create_environment_account_connection::OPERATION,
            request,
        ).await
    }

    /// Create an environment template for Proton. For more information, see
    /// [Environment Templates](<https://docs.aws.amazon.com/proton/latest/userguide/ag-templates.html>) in
    /// the *Proton User Guide*.
    ///
    /// You can create an environment template in one of the two following ways:
    ///
    /// - Register and publish a *standard* environment template that instructs Proton to deploy and manage
    ///   environment infrastructure.
    /// - Register and publish a *customer managed* environment template that connects Proton to your
    ///   existing provisioned infrastructure that you manage. Proton *doesn't* manage your existing
    ///   provisioned infrastructure. To create an environment template for customer provisioned and managed
    ///   infrastructure, include the `provisioning` parameter and set the value to `CUSTOMER_MANAGED`. For
    ///   more information, see
    ///   [Register and publish an environment template](<https://docs.aws.amazon.com/proton/latest/userguide/template-create.html>)
    ///   in the *Proton User Guide*.
    ///
    /// Takes [`CreateEnvironmentTemplateInput`](crate::operation::create_environment_template::CreateEnvironmentTemplateInput); returns [`CreateEnvironmentTemplateOutput`](crate::operation::create_environment_template::CreateEnvironmentTemplateOutput) or an [`Error`](crate::Error) with [`CreateEnvironmentTemplateError`](crate::operation::create_environment_template::CreateEnvironmentTemplateError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn create_environment_template(
        &self,
        input: crate::operation::create_environment_template::CreateEnvironmentTemplateInput,
    ) -> ::std::result::Result<
        crate::operation::create_environment_template::CreateEnvironmentTemplateOutput,
        ::awsgen_runtime::Error<
            crate::operation::create_environment_template::CreateEnvironmentTemplateError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::create_environment_template::OPERATION, request).await
    }

    /// Create a new major or minor version of an environment template. A major version of an environment
    /// template is a version that *isn't* backwards compatible. A minor version of an environment template
    /// is a version that's backwards compatible within its major version.
    ///
    /// Takes [`CreateEnvironmentTemplateVersionInput`](crate::operation::create_environment_template_version::CreateEnvironmentTemplateVersionInput); returns [`CreateEnvironmentTemplateVersionOutput`](crate::operation::create_environment_template_version::CreateEnvironmentTemplateVersionOutput) or an [`Error`](crate::Error) with [`CreateEnvironmentTemplateVersionError`](crate::operation::create_environment_template_version::CreateEnvironmentTemplateVersionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn create_environment_template_version(
        &self,
        input: crate::operation::create_environment_template_version::CreateEnvironmentTemplateVersionInput,
    ) -> ::std::result::Result<
        crate::operation::create_environment_template_version::CreateEnvironmentTemplateVersionOutput,
        ::awsgen_runtime::Error<
            crate::operation::create_environment_template_version::CreateEnvironmentTemplateVersionError,
        >,
    > {
        let mut input = input;
        if input.client_token.is_none() {
            input.client_token = ::std::option::Option::Some(self.inner.idempotency_token());
        }
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::create_environment_template_version::OPERATION,
            request,
        ).await
    }

    /// Create and register a link to a repository. Proton uses the link to repeatedly access the
    /// repository, to either push to it (self-managed provisioning) or pull from it (template sync). You
    /// can share a linked repository across multiple resources (like environments using self-managed
    /// provisioning, or synced templates). When you create a repository link, Proton creates a
    /// [service-linked role](<https://docs.aws.amazon.com/proton/latest/userguide/using-service-linked-roles.html>)
    /// for you.
    ///
    /// For more information, see
    /// [Self-managed provisioning](<https://docs.aws.amazon.com/proton/latest/userguide/ag-works-prov-methods.html#ag-works-prov-methods-self>),
    /// [Template bundles](<https://docs.aws.amazon.com/proton/latest/userguide/ag-template-authoring.html#ag-template-bundles>),
    /// and
    /// [Template sync configurations](<https://docs.aws.amazon.com/proton/latest/userguide/ag-template-sync-configs.html>)
    /// in the *Proton User Guide*.
    ///
    /// Takes [`CreateRepositoryInput`](crate::operation::create_repository::CreateRepositoryInput); returns [`CreateRepositoryOutput`](crate::operation::create_repository::CreateRepositoryOutput) or an [`Error`](crate::Error) with [`CreateRepositoryError`](crate::operation::create_repository::CreateRepositoryError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn create_repository(
        &self,
        input: crate::operation::create_repository::CreateRepositoryInput,
    ) -> ::std::result::Result<
        crate::operation::create_repository::CreateRepositoryOutput,
        ::awsgen_runtime::Error<crate::operation::create_repository::CreateRepositoryError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::create_repository::OPERATION, request).await
    }

    /// Create an Proton service. An Proton service is an instantiation of a service template and often
    /// includes several service instances and pipeline. For more information, see
    /// [Services](<https://docs.aws.amazon.com/proton/latest/userguide/ag-services.html>) in the *Proton
    /// User Guide*.
    ///
    /// Takes [`CreateServiceInput`](crate::operation::create_service::CreateServiceInput); returns [`CreateServiceOutput`](crate::operation::create_service::CreateServiceOutput) or an [`Error`](crate::Error) with [`CreateServiceError`](crate::operation::create_service::CreateServiceError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn create_service(
        &self,
        input: crate::operation::create_service::CreateServiceInput,
    ) -> ::std::result::Result<
        crate::operation::create_service::CreateServiceOutput,
        ::awsgen_runtime::Error<crate::operation::create_service::CreateServiceError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::create_service::OPERATION, request).await
    }

    /// Create a service instance.
    ///
    /// Takes [`CreateServiceInstanceInput`](crate::operation::create_service_instance::CreateServiceInstanceInput); returns [`CreateServiceInstanceOutput`](crate::operation::create_service_instance::CreateServiceInstanceOutput) or an [`Error`](crate::Error) with [`CreateServiceInstanceError`](crate::operation::create_service_instance::CreateServiceInstanceError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn create_service_instance(
        &self,
        input: crate::operation::create_service_instance::CreateServiceInstanceInput,
    ) -> ::std::result::Result<
        crate::operation::create_service_instance::CreateServiceInstanceOutput,
        ::awsgen_runtime::Error<
            crate::operation::create_service_instance::CreateServiceInstanceError,
        >,
    > {
        let mut input = input;
        if input.client_token.is_none() {
            input.client_token = ::std::option::Option::Some(self.inner.idempotency_token());
        }
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::create_service_instance::OPERATION, request).await
    }

    /// Create the Proton Ops configuration file.
    ///
    /// Takes [`CreateServiceSyncConfigInput`](crate::operation::create_service_sync_config::CreateServiceSyncConfigInput); returns [`CreateServiceSyncConfigOutput`](crate::operation::create_service_sync_config::CreateServiceSyncConfigOutput) or an [`Error`](crate::Error) with [`CreateServiceSyncConfigError`](crate::operation::create_service_sync_config::CreateServiceSyncConfigError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn create_service_sync_config(
        &self,
        input: crate::operation::create_service_sync_config::CreateServiceSyncConfigInput,
    ) -> ::std::result::Result<
        crate::operation::create_service_sync_config::CreateServiceSyncConfigOutput,
        ::awsgen_runtime::Error<
            crate::operation::create_service_sync_config::CreateServiceSyncConfigError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::create_service_sync_config::OPERATION, request).await
    }

    /// Create a service template. The administrator creates a service template to define standardized
    /// infrastructure and an optional CI/CD service pipeline. Developers, in turn, select the service
    /// template from Proton. If the selected service template includes a service pipeline definition, they
    /// provide a link to their source code repository. Proton then deploys and manages the infrastructure
    /// defined by the selected service template. For more information, see
    /// [Proton templates](<https://docs.aws.amazon.com/proton/latest/userguide/ag-templates.html>) in the
    /// *Proton User Guide*.
    ///
    /// Takes [`CreateServiceTemplateInput`](crate::operation::create_service_template::CreateServiceTemplateInput); returns [`CreateServiceTemplateOutput`](crate::operation::create_service_template::CreateServiceTemplateOutput) or an [`Error`](crate::Error) with [`CreateServiceTemplateError`](crate::operation::create_service_template::CreateServiceTemplateError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn create_service_template(
        &self,
        input: crate::operation::create_service_template::CreateServiceTemplateInput,
    ) -> ::std::result::Result<
        crate::operation::create_service_template::CreateServiceTemplateOutput,
        ::awsgen_runtime::Error<
            crate::operation::create_service_template::CreateServiceTemplateError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::create_service_template::OPERATION, request).await
    }

    /// Create a new major or minor version of a service template. A major version of a service template is
    /// a version that *isn't* backward compatible. A minor version of a service template is a version
    /// that's backward compatible within its major version.
    ///
    /// Takes [`CreateServiceTemplateVersionInput`](crate::operation::create_service_template_version::CreateServiceTemplateVersionInput); returns [`CreateServiceTemplateVersionOutput`](crate::operation::create_service_template_version::CreateServiceTemplateVersionOutput) or an [`Error`](crate::Error) with [`CreateServiceTemplateVersionError`](crate::operation::create_service_template_version::CreateServiceTemplateVersionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn create_service_template_version(
        &self,
        input: crate::operation::create_service_template_version::CreateServiceTemplateVersionInput,
    ) -> ::std::result::Result<
        crate::operation::create_service_template_version::CreateServiceTemplateVersionOutput,
        ::awsgen_runtime::Error<
            crate::operation::create_service_template_version::CreateServiceTemplateVersionError,
        >,
    > {
        let mut input = input;
        if input.client_token.is_none() {
            input.client_token = ::std::option::Option::Some(self.inner.idempotency_token());
        }
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::create_service_template_version::OPERATION,
            request,
        ).await
    }

    /// Set up a template to create new template versions automatically by tracking a linked repository. A
    /// linked repository is a repository that has been registered with Proton. For more information, see
    /// `CreateRepository`.
    ///
    /// When a commit is pushed to your linked repository, Proton checks for changes to your repository
    /// template bundles. If it detects a template bundle change, a new major or minor version of its
    /// template is created, if the version doesn’t already exist. For more information, see
    /// [Template sync configurations](<https://docs.aws.amazon.com/proton/latest/userguide/ag-template-sync-configs.html>)
    /// in the *Proton User Guide*.
    ///
    /// Takes [`CreateTemplateSyncConfigInput`](crate::operation::create_template_sync_config::CreateTemplateSyncConfigInput); returns [`CreateTemplateSyncConfigOutput`](crate::operation::create_template_sync_config::CreateTemplateSyncConfigOutput) or an [`Error`](crate::Error) with [`CreateTemplateSyncConfigError`](crate::operation::create_template_sync_config::CreateTemplateSyncConfigError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn create_template_sync_config(
        &self,
        input: crate::operation::create_template_sync_config::CreateTemplateSyncConfigInput,
    ) -> ::std::result::Result<
        crate::operation::create_template_sync_config::CreateTemplateSyncConfigOutput,
        ::awsgen_runtime::Error<
            crate::operation::create_template_sync_config::CreateTemplateSyncConfigError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::create_template_sync_config::OPERATION, request).await
    }

    /// Delete an Proton component resource.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// Takes [`DeleteComponentInput`](crate::operation::delete_component::DeleteComponentInput); returns [`DeleteComponentOutput`](crate::operation::delete_component::DeleteComponentOutput) or an [`Error`](crate::Error) with [`DeleteComponentError`](crate::operation::delete_component::DeleteComponentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn delete_component(
        &self,
        input: crate::operation::delete_component::DeleteComponentInput,
    ) -> ::std::result::Result<
        crate::operation::delete_component::DeleteComponentOutput,
        ::awsgen_runtime::Error<crate::operation::delete_component::DeleteComponentError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::delete_component::OPERATION, request).await
    }

    /// Delete the deployment.
    ///
    /// Takes [`DeleteDeploymentInput`](crate::operation::delete_deployment::DeleteDeploymentInput); returns [`DeleteDeploymentOutput`](crate::operation::delete_deployment::DeleteDeploymentOutput) or an [`Error`](crate::Error) with [`DeleteDeploymentError`](crate::operation::delete_deployment::DeleteDeploymentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn delete_deployment(
        &self,
        input: crate::operation::delete_deployment::DeleteDeploymentInput,
    ) -> ::std::result::Result<
        crate::operation::delete_deployment::DeleteDeploymentOutput,
        ::awsgen_runtime::Error<crate::operation::delete_deployment::DeleteDeploymentError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::delete_deployment::OPERATION, request).await
    }

    /// Delete an environment.
    ///
    /// Takes [`DeleteEnvironmentInput`](crate::operation::delete_environment::DeleteEnvironmentInput); returns [`DeleteEnvironmentOutput`](crate::operation::delete_environment::DeleteEnvironmentOutput) or an [`Error`](crate::Error) with [`DeleteEnvironmentError`](crate::operation::delete_environment::DeleteEnvironmentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn delete_environment(
        &self,
        input: crate::operation::delete_environment::DeleteEnvironmentInput,
    ) -> ::std::result::Result<
        crate::operation::delete_environment::DeleteEnvironmentOutput,
        ::awsgen_runtime::Error<crate::operation::delete_environment::DeleteEnvironmentError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::delete_environment::OPERATION, request).await
    }

    /// In an environment account, delete an environment account connection.
    ///
    /// After you delete an environment account connection that’s in use by an Proton environment, Proton
    /// *can’t* manage the environment infrastructure resources until a new environment account connection
    /// is accepted for the environment account and associated environment. You're responsible for cleaning
    /// up provisioned resources that remain without an environment connection.
    ///
    /// For more information, see
    /// [Environment account connections](<https://docs.aws.amazon.com/proton/latest/userguide/ag-env-account-connections.html>)
    /// in the *Proton User guide*.
    ///
    /// Takes [`DeleteEnvironmentAccountConnectionInput`](crate::operation::delete_environment_account_connection::DeleteEnvironmentAccountConnectionInput); returns [`DeleteEnvironmentAccountConnectionOutput`](crate::operation::delete_environment_account_connection::DeleteEnvironmentAccountConnectionOutput) or an [`Error`](crate::Error) with [`DeleteEnvironmentAccountConnectionError`](crate::operation::delete_environment_account_connection::DeleteEnvironmentAccountConnectionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn delete_environment_account_connection(
        &self,
        input: crate::operation::delete_environment_account_connection::DeleteEnvironmentAccountConnectionInput,
    ) -> ::std::result::Result<
        crate::operation::delete_environment_account_connection::DeleteEnvironmentAccountConnectionOutput,
        ::awsgen_runtime::Error<
            crate::operation::delete_environment_account_connection::DeleteEnvironmentAccountConnectionError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::delete_environment_account_connection::OPERATION,
            request,
        ).await
    }

    /// If no other major or minor versions of an environment template exist, delete the environment
    /// template.
    ///
    /// Takes [`DeleteEnvironmentTemplateInput`](crate::operation::delete_environment_template::DeleteEnvironmentTemplateInput); returns [`DeleteEnvironmentTemplateOutput`](crate::operation::delete_environment_template::DeleteEnvironmentTemplateOutput) or an [`Error`](crate::Error) with [`DeleteEnvironmentTemplateError`](crate::operation::delete_environment_template::DeleteEnvironmentTemplateError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn delete_environment_template(
        &self,
        input: crate::operation::delete_environment_template::DeleteEnvironmentTemplateInput,
    ) -> ::std::result::Result<
        crate::operation::delete_environment_template::DeleteEnvironmentTemplateOutput,
        ::awsgen_runtime::Error<
            crate::operation::delete_environment_template::DeleteEnvironmentTemplateError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::delete_environment_template::OPERATION, request).await
    }

    /// If no other minor versions of an environment template exist, delete a major version of the
    /// environment template if it's not the `Recommended` version. Delete the `Recommended` version of the
    /// environment template if no other major versions or minor versions of the environment template exist.
    /// A major version of an environment template is a version that's not backward compatible.
    ///
    /// Delete a minor version of an environment template if it *isn't* the `Recommended` version. Delete a
    /// `Recommended` minor version of the environment template if no other minor versions of the
    /// environment template exist. A minor version of an environment template is a version that's backward
    /// compatible.
    ///
    /// Takes [`DeleteEnvironmentTemplateVersionInput`](crate::operation::delete_environment_template_version::DeleteEnvironmentTemplateVersionInput); returns [`DeleteEnvironmentTemplateVersionOutput`](crate::operation::delete_environment_template_version::DeleteEnvironmentTemplateVersionOutput) or an [`Error`](crate::Error) with [`DeleteEnvironmentTemplateVersionError`](crate::operation::delete_environment_template_version::DeleteEnvironmentTemplateVersionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn delete_environment_template_version(
        &self,
        input: crate::operation::delete_environment_template_version::DeleteEnvironmentTemplateVersionInput,
    ) -> ::std::result::Result<
        crate::operation::delete_environment_template_version::DeleteEnvironmentTemplateVersionOutput,
        ::awsgen_runtime::Error<
            crate::operation::delete_environment_template_version::DeleteEnvironmentTemplateVersionError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::delete_environment_template_version::OPERATION,
            request,
        ).await
    }

    /// De-register and unlink your repository.
    ///
    /// Takes [`DeleteRepositoryInput`](crate::operation::delete_repository::DeleteRepositoryInput); returns [`DeleteRepositoryOutput`](crate::operation::delete_repository::DeleteRepositoryOutput) or an [`Error`](crate::Error) with [`DeleteRepositoryError`](crate::operation::delete_repository::DeleteRepositoryError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn delete_repository(
        &self,
        input: crate::operation::delete_repository::DeleteRepositoryInput,
    ) -> ::std::result::Result<
        crate::operation::delete_repository::DeleteRepositoryOutput,
        ::awsgen_runtime::Error<crate::operation::delete_repository::DeleteRepositoryError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::delete_repository::OPERATION, request).await
    }

    /// Delete a service, with its instances and pipeline.
    ///
    /// **Note:** You can't delete a service if it has any service instances that have components attached
    /// to them.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// Takes [`DeleteServiceInput`](crate::operation::delete_service::DeleteServiceInput); returns [`DeleteServiceOutput`](crate::operation::delete_service::DeleteServiceOutput) or an [`Error`](crate::Error) with [`DeleteServiceError`](crate::operation::delete_service::DeleteServiceError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn delete_service(
        &self,
        input: crate::operation::delete_service::DeleteServiceInput,
    ) -> ::std::result::Result<
        crate::operation::delete_service::DeleteServiceOutput,
        ::awsgen_runtime::Error<crate::operation::delete_service::DeleteServiceError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::delete_service::OPERATION, request).await
    }

    /// Delete the Proton Ops file.
    ///
    /// Takes [`DeleteServiceSyncConfigInput`](crate::operation::delete_service_sync_config::DeleteServiceSyncConfigInput); returns [`DeleteServiceSyncConfigOutput`](crate::operation::delete_service_sync_config::DeleteServiceSyncConfigOutput) or an [`Error`](crate::Error) with [`DeleteServiceSyncConfigError`](crate::operation::delete_service_sync_config::DeleteServiceSyncConfigError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn delete_service_sync_config(
        &self,
        input: crate::operation::delete_service_sync_config::DeleteServiceSyncConfigInput,
    ) -> ::std::result::Result<
        crate::operation::delete_service_sync_config::DeleteServiceSyncConfigOutput,
        ::awsgen_runtime::Error<
            crate::operation::delete_service_sync_config::DeleteServiceSyncConfigError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::delete_service_sync_config::OPERATION, request).await
    }

    /// If no other major or minor versions of the service template exist, delete the service template.
    ///
    /// Takes [`DeleteServiceTemplateInput`](crate::operation::delete_service_template::DeleteServiceTemplateInput); returns [`DeleteServiceTemplateOutput`](crate::operation::delete_service_template::DeleteServiceTemplateOutput) or an [`Error`](crate::Error) with [`DeleteServiceTemplateError`](crate::operation::delete_service_template::DeleteServiceTemplateError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn delete_service_template(
        &self,
        input: crate::operation::delete_service_template::DeleteServiceTemplateInput,
    ) -> ::std::result::Result<
        crate::operation::delete_service_template::DeleteServiceTemplateOutput,
        ::awsgen_runtime::Error<
            crate::operation::delete_service_template::DeleteServiceTemplateError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::delete_service_template::OPERATION, request).await
    }

    /// If no other minor versions of a service template exist, delete a major version of the service
    /// template if it's not the `Recommended` version. Delete the `Recommended` version of the service
    /// template if no other major versions or minor versions of the service template exist. A major version
    /// of a service template is a version that *isn't* backwards compatible.
    ///
    /// Delete a minor version of a service template if it's not the `Recommended` version. Delete a
    /// `Recommended` minor version of the service template if no other minor versions of the service
    /// template exist. A minor version of a service template is a version that's backwards compatible.
    ///
    /// Takes [`DeleteServiceTemplateVersionInput`](crate::operation::delete_service_template_version::DeleteServiceTemplateVersionInput); returns [`DeleteServiceTemplateVersionOutput`](crate::operation::delete_service_template_version::DeleteServiceTemplateVersionOutput) or an [`Error`](crate::Error) with [`DeleteServiceTemplateVersionError`](crate::operation::delete_service_template_version::DeleteServiceTemplateVersionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn delete_service_template_version(
        &self,
        input: crate::operation::delete_service_template_version::DeleteServiceTemplateVersionInput,
    ) -> ::std::result::Result<
        crate::operation::delete_service_template_version::DeleteServiceTemplateVersionOutput,
        ::awsgen_runtime::Error<
            crate::operation::delete_service_template_version::DeleteServiceTemplateVersionError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::delete_service_template_version::OPERATION,
            request,
        ).await
    }

    /// Delete a template sync configuration.
    ///
    /// Takes [`DeleteTemplateSyncConfigInput`](crate::operation::delete_template_sync_config::DeleteTemplateSyncConfigInput); returns [`DeleteTemplateSyncConfigOutput`](crate::operation::delete_template_sync_config::DeleteTemplateSyncConfigOutput) or an [`Error`](crate::Error) with [`DeleteTemplateSyncConfigError`](crate::operation::delete_template_sync_config::DeleteTemplateSyncConfigError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn delete_template_sync_config(
        &self,
        input: crate::operation::delete_template_sync_config::DeleteTemplateSyncConfigInput,
    ) -> ::std::result::Result<
        crate::operation::delete_template_sync_config::DeleteTemplateSyncConfigOutput,
        ::awsgen_runtime::Error<
            crate::operation::delete_template_sync_config::DeleteTemplateSyncConfigError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::delete_template_sync_config::OPERATION, request).await
    }

    /// Get detail data for Proton account-wide settings.
    ///
    /// Takes [`GetAccountSettingsInput`](crate::operation::get_account_settings::GetAccountSettingsInput); returns [`GetAccountSettingsOutput`](crate::operation::get_account_settings::GetAccountSettingsOutput) or an [`Error`](crate::Error) with [`GetAccountSettingsError`](crate::operation::get_account_settings::GetAccountSettingsError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_account_settings(
        &self,
        input: crate::operation::get_account_settings::GetAccountSettingsInput,
    ) -> ::std::result::Result<
        crate::operation::get_account_settings::GetAccountSettingsOutput,
        ::awsgen_runtime::Error<crate::operation::get_account_settings::GetAccountSettingsError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_account_settings::OPERATION, request).await
    }

    /// Get detailed data for a component.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// Takes [`GetComponentInput`](crate::operation::get_component::GetComponentInput); returns [`GetComponentOutput`](crate::operation::get_component::GetComponentOutput) or an [`Error`](crate::Error) with [`GetComponentError`](crate::operation::get_component::GetComponentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_component(
        &self,
        input: crate::operation::get_component::GetComponentInput,
    ) -> ::std::result::Result<
        crate::operation::get_component::GetComponentOutput,
        ::awsgen_runtime::Error<crate::operation::get_component::GetComponentError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_component::OPERATION, request).await
    }

    /// Get detailed data for a deployment.
    ///
    /// Takes [`GetDeploymentInput`](crate::operation::get_deployment::GetDeploymentInput); returns [`GetDeploymentOutput`](crate::operation::get_deployment::GetDeploymentOutput) or an [`Error`](crate::Error) with [`GetDeploymentError`](crate::operation::get_deployment::GetDeploymentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_deployment(
        &self,
        input: crate::operation::get_deployment::GetDeploymentInput,
    ) -> ::std::result::Result<
        crate::operation::get_deployment::GetDeploymentOutput,
        ::awsgen_runtime::Error<crate::operation::get_deployment::GetDeploymentError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_deployment::OPERATION, request).await
    }

    /// Get detailed data for an environment.
    ///
    /// Takes [`GetEnvironmentInput`](crate::operation::get_environment::GetEnvironmentInput); returns [`GetEnvironmentOutput`](crate::operation::get_environment::GetEnvironmentOutput) or an [`Error`](crate::Error) with [`GetEnvironmentError`](crate::operation::get_environment::GetEnvironmentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_environment(
        &self,
        input: crate::operation::get_environment::GetEnvironmentInput,
    ) -> ::std::result::Result<
        crate::operation::get_environment::GetEnvironmentOutput,
        ::awsgen_runtime::Error<crate::operation::get_environment::GetEnvironmentError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_environment::OPERATION, request).await
    }

    /// In an environment account, get the detailed data for an environment account connection.
    ///
    /// For more information, see
    /// [Environment account connections](<https://docs.aws.amazon.com/proton/latest/userguide/ag-env-account-connections.html>)
    /// in the *Proton User guide*.
    ///
    /// Takes [`GetEnvironmentAccountConnectionInput`](crate::operation::get_environment_account_connection::GetEnvironmentAccountConnectionInput); returns [`GetEnvironmentAccountConnectionOutput`](crate::operation::get_environment_account_connection::GetEnvironmentAccountConnectionOutput) or an [`Error`](crate::Error) with [`GetEnvironmentAccountConnectionError`](crate::operation::get_environment_account_connection::GetEnvironmentAccountConnectionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_environment_account_connection(
        &self,
        input: crate::operation::get_environment_account_connection::GetEnvironmentAccountConnectionInput,
    ) -> ::std::result::Result<
        crate::operation::get_environment_account_connection::GetEnvironmentAccountConnectionOutput,
        ::awsgen_runtime::Error<
            crate::operation::get_environment_account_connection::GetEnvironmentAccountConnectionError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::get_environment_account_connection::OPERATION,
            request,
        ).await
    }

    /// Get detailed data for an environment template.
    ///
    /// Takes [`GetEnvironmentTemplateInput`](crate::operation::get_environment_template::GetEnvironmentTemplateInput); returns [`GetEnvironmentTemplateOutput`](crate::operation::get_environment_template::GetEnvironmentTemplateOutput) or an [`Error`](crate::Error) with [`GetEnvironmentTemplateError`](crate::operation::get_environment_template::GetEnvironmentTemplateError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_environment_template(
        &self,
        input: crate::operation::get_environment_template::GetEnvironmentTemplateInput,
    ) -> ::std::result::Result<
        crate::operation::get_environment_template::GetEnvironmentTemplateOutput,
        ::awsgen_runtime::Error<
            crate::operation::get_environment_template::GetEnvironmentTemplateError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_environment_template::OPERATION, request).await
    }

    /// Get detailed data for a major or minor version of an environment template.
    ///
    /// Takes [`GetEnvironmentTemplateVersionInput`](crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionInput); returns [`GetEnvironmentTemplateVersionOutput`](crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionOutput) or an [`Error`](crate::Error) with [`GetEnvironmentTemplateVersionError`](crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_environment_template_version(
        &self,
        input: crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionInput,
    ) -> ::std::result::Result<
        crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionOutput,
        ::awsgen_runtime::Error<
            crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::get_environment_template_version::OPERATION,
            request,
        ).await
    }

    /// Get detail data for a linked repository.
    ///
    /// Takes [`GetRepositoryInput`](crate::operation::get_repository::GetRepositoryInput); returns [`GetRepositoryOutput`](crate::operation::get_repository::GetRepositoryOutput) or an [`Error`](crate::Error) with [`GetRepositoryError`](crate::operation::get_repository::GetRepositoryError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_repository(
        &self,
        input: crate::operation::get_repository::GetRepositoryInput,
    ) -> ::std::result::Result<
        crate::operation::get_repository::GetRepositoryOutput,
        ::awsgen_runtime::Error<crate::operation::get_repository::GetRepositoryError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_repository::OPERATION, request).await
    }

    /// Get the sync status of a repository used for Proton template sync. For more information about
    /// template sync, see .
    ///
    /// **Note:** A repository sync status isn't tied to the Proton Repository resource (or any other Proton
    /// resource). Therefore, tags on an Proton Repository resource have no effect on this action.
    /// Specifically, you can't use these tags to control access to this action using Attribute-based access
    /// control (ABAC).
    ///
    /// For more information about ABAC, see
    /// [ABAC](<https://docs.aws.amazon.com/proton/latest/userguide/security_iam_service-with-iam.html#security_iam_service-with-iam-tags>)
    /// in the *Proton User Guide*.
    ///
    /// Takes [`GetRepositorySyncStatusInput`](crate::operation::get_repository_sync_status::GetRepositorySyncStatusInput); returns [`GetRepositorySyncStatusOutput`](crate::operation::get_repository_sync_status::GetRepositorySyncStatusOutput) or an [`Error`](crate::Error) with [`GetRepositorySyncStatusError`](crate::operation::get_repository_sync_status::GetRepositorySyncStatusError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_repository_sync_status(
        &self,
        input: crate::operation::get_repository_sync_status::GetRepositorySyncStatusInput,
    ) -> ::std::result::Result<
        crate::operation::get_repository_sync_status::GetRepositorySyncStatusOutput,
        ::awsgen_runtime::Error<
            crate::operation::get_repository_sync_status::GetRepositorySyncStatusError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_repository_sync_status::OPERATION, request).await
    }

    /// Get counts of Proton resources.
    ///
    /// For infrastructure-provisioning resources (environments, services, service instances, pipelines),
    /// the action returns staleness counts. A resource is stale when it's behind the recommended version of
    /// the Proton template that it uses and it needs an update to become current.
    ///
    /// The action returns staleness counts (counts of resources that are up-to-date, behind a template
    /// major version, or behind a template minor version), the total number of resources, and the number of
    /// resources that are in a failed state, grouped by resource type. Components, environments, and
    /// service templates return less information - see the `components`, `environments`, and
    /// `serviceTemplates` field descriptions.
    ///
    /// For context, the action also returns the total number of each type of Proton template in the Amazon
    /// Web Services account.
    ///
    /// For more information, see
    /// [Proton dashboard](<https://docs.aws.amazon.com/proton/latest/userguide/monitoring-dashboard.html>)
    /// in the *Proton User Guide*.
    ///
    /// Takes [`GetResourcesSummaryInput`](crate::operation::get_resources_summary::GetResourcesSummaryInput); returns [`GetResourcesSummaryOutput`](crate::operation::get_resources_summary::GetResourcesSummaryOutput) or an [`Error`](crate::Error) with [`GetResourcesSummaryError`](crate::operation::get_resources_summary::GetResourcesSummaryError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_resources_summary(
        &self,
        input: crate::operation::get_resources_summary::GetResourcesSummaryInput,
    ) -> ::std::result::Result<
        crate::operation::get_resources_summary::GetResourcesSummaryOutput,
        ::awsgen_runtime::Error<crate::operation::get_resources_summary::GetResourcesSummaryError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_resources_summary::OPERATION, request).await
    }

    /// Get detailed data for a service.
    ///
    /// Takes [`GetServiceInput`](crate::operation::get_service::GetServiceInput); returns [`GetServiceOutput`](crate::operation::get_service::GetServiceOutput) or an [`Error`](crate::Error) with [`GetServiceError`](crate::operation::get_service::GetServiceError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_service(
        &self,
        input: crate::operation::get_service::GetServiceInput,
    ) -> ::std::result::Result<
        crate::operation::get_service::GetServiceOutput,
        ::awsgen_runtime::Error<crate::operation::get_service::GetServiceError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_service::OPERATION, request).await
    }

    /// Get detailed data for a service instance. A service instance is an instantiation of service template
    /// and it runs in a specific environment.
    ///
    /// Takes [`GetServiceInstanceInput`](crate::operation::get_service_instance::GetServiceInstanceInput); returns [`GetServiceInstanceOutput`](crate::operation::get_service_instance::GetServiceInstanceOutput) or an [`Error`](crate::Error) with [`GetServiceInstanceError`](crate::operation::get_service_instance::GetServiceInstanceError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_service_instance(
        &self,
        input: crate::operation::get_service_instance::GetServiceInstanceInput,
    ) -> ::std::result::Result<
        crate::operation::get_service_instance::GetServiceInstanceOutput,
        ::awsgen_runtime::Error<crate::operation::get_service_instance::GetServiceInstanceError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_service_instance::OPERATION, request).await
    }

    /// Get the status of the synced service instance.
    ///
    /// Takes [`GetServiceInstanceSyncStatusInput`](crate::operation::get_service_instance_sync_status::GetServiceInstanceSyncStatusInput); returns [`GetServiceInstanceSyncStatusOutput`](crate::operation::get_service_instance_sync_status::GetServiceInstanceSyncStatusOutput) or an [`Error`](crate::Error) with [`GetServiceInstanceSyncStatusError`](crate::operation::get_service_instance_sync_status::GetServiceInstanceSyncStatusError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_service_instance_sync_status(
        &self,
        input: crate::operation::get_service_instance_sync_status::GetServiceInstanceSyncStatusInput,
    ) -> ::std::result::Result<
        crate::operation::get_service_instance_sync_status::GetServiceInstanceSyncStatusOutput,
        ::awsgen_runtime::Error<
            crate::operation::get_service_instance_sync_status::GetServiceInstanceSyncStatusError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::get_service_instance_sync_status::OPERATION,
            request,
        ).await
    }

    /// Get detailed data for the service sync blocker summary.
    ///
    /// Takes [`GetServiceSyncBlockerSummaryInput`](crate::operation::get_service_sync_blocker_summary::GetServiceSyncBlockerSummaryInput); returns [`GetServiceSyncBlockerSummaryOutput`](crate::operation::get_service_sync_blocker_summary::GetServiceSyncBlockerSummaryOutput) or an [`Error`](crate::Error) with [`GetServiceSyncBlockerSummaryError`](crate::operation::get_service_sync_blocker_summary::GetServiceSyncBlockerSummaryError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_service_sync_blocker_summary(
        &self,
        input: crate::operation::get_service_sync_blocker_summary::GetServiceSyncBlockerSummaryInput,
    ) -> ::std::result::Result<
        crate::operation::get_service_sync_blocker_summary::GetServiceSyncBlockerSummaryOutput,
        ::awsgen_runtime::Error<
            crate::operation::get_service_sync_blocker_summary::GetServiceSyncBlockerSummaryError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::get_service_sync_blocker_summary::OPERATION,
            request,
        ).await
    }

    /// Get detailed information for the service sync configuration.
    ///
    /// Takes [`GetServiceSyncConfigInput`](crate::operation::get_service_sync_config::GetServiceSyncConfigInput); returns [`GetServiceSyncConfigOutput`](crate::operation::get_service_sync_config::GetServiceSyncConfigOutput) or an [`Error`](crate::Error) with [`GetServiceSyncConfigError`](crate::operation::get_service_sync_config::GetServiceSyncConfigError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_service_sync_config(
        &self,
        input: crate::operation::get_service_sync_config::GetServiceSyncConfigInput,
    ) -> ::std::result::Result<
        crate::operation::get_service_sync_config::GetServiceSyncConfigOutput,
        ::awsgen_runtime::Error<
            crate::operation::get_service_sync_config::GetServiceSyncConfigError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_service_sync_config::OPERATION, request).await
    }

    /// Get detailed data for a service template.
    ///
    /// Takes [`GetServiceTemplateInput`](crate::operation::get_service_template::GetServiceTemplateInput); returns [`GetServiceTemplateOutput`](crate::operation::get_service_template::GetServiceTemplateOutput) or an [`Error`](crate::Error) with [`GetServiceTemplateError`](crate::operation::get_service_template::GetServiceTemplateError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_service_template(
        &self,
        input: crate::operation::get_service_template::GetServiceTemplateInput,
    ) -> ::std::result::Result<
        crate::operation::get_service_template::GetServiceTemplateOutput,
        ::awsgen_runtime::Error<crate::operation::get_service_template::GetServiceTemplateError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_service_template::OPERATION, request).await
    }

    /// Get detailed data for a major or minor version of a service template.
    ///
    /// Takes [`GetServiceTemplateVersionInput`](crate::operation::get_service_template_version::GetServiceTemplateVersionInput); returns [`GetServiceTemplateVersionOutput`](crate::operation::get_service_template_version::GetServiceTemplateVersionOutput) or an [`Error`](crate::Error) with [`GetServiceTemplateVersionError`](crate::operation::get_service_template_version::GetServiceTemplateVersionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_service_template_version(
        &self,
        input: crate::operation::get_service_template_version::GetServiceTemplateVersionInput,
    ) -> ::std::result::Result<
        crate::operation::get_service_template_version::GetServiceTemplateVersionOutput,
        ::awsgen_runtime::Error<
            crate::operation::get_service_template_version::GetServiceTemplateVersionError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_service_template_version::OPERATION, request).await
    }

    /// Get detail data for a template sync configuration.
    ///
    /// Takes [`GetTemplateSyncConfigInput`](crate::operation::get_template_sync_config::GetTemplateSyncConfigInput); returns [`GetTemplateSyncConfigOutput`](crate::operation::get_template_sync_config::GetTemplateSyncConfigOutput) or an [`Error`](crate::Error) with [`GetTemplateSyncConfigError`](crate::operation::get_template_sync_config::GetTemplateSyncConfigError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_template_sync_config(
        &self,
        input: crate::operation::get_template_sync_config::GetTemplateSyncConfigInput,
    ) -> ::std::result::Result<
        crate::operation::get_template_sync_config::GetTemplateSyncConfigOutput,
        ::awsgen_runtime::Error<
            crate::operation::get_template_sync_config::GetTemplateSyncConfigError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_template_sync_config::OPERATION, request).await
    }

    /// Get the status of a template sync.
    ///
    /// Takes [`GetTemplateSyncStatusInput`](crate::operation::get_template_sync_status::GetTemplateSyncStatusInput); returns [`GetTemplateSyncStatusOutput`](crate::operation::get_template_sync_status::GetTemplateSyncStatusOutput) or an [`Error`](crate::Error) with [`GetTemplateSyncStatusError`](crate::operation::get_template_sync_status::GetTemplateSyncStatusError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn get_template_sync_status(
        &self,
        input: crate::operation::get_template_sync_status::GetTemplateSyncStatusInput,
    ) -> ::std::result::Result<
        crate::operation::get_template_sync_status::GetTemplateSyncStatusOutput,
        ::awsgen_runtime::Error<
            crate::operation::get_template_sync_status::GetTemplateSyncStatusError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::get_template_sync_status::OPERATION, request).await
    }

    /// Get a list of component Infrastructure as Code (IaC) outputs.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// Takes [`ListComponentOutputsInput`](crate::operation::list_component_outputs::ListComponentOutputsInput); returns [`ListComponentOutputsOutput`](crate::operation::list_component_outputs::ListComponentOutputsOutput) or an [`Error`](crate::Error) with [`ListComponentOutputsError`](crate::operation::list_component_outputs::ListComponentOutputsError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_component_outputs(
        &self,
        input: crate::operation::list_component_outputs::ListComponentOutputsInput,
    ) -> ::std::result::Result<
        crate::operation::list_component_outputs::ListComponentOutputsOutput,
        ::awsgen_runtime::Error<crate::operation::list_component_outputs::ListComponentOutputsError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::list_component_outputs::OPERATION, request).await
    }

    /// List provisioned resources for a component with details.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// Takes [`ListComponentProvisionedResourcesInput`](crate::operation::list_component_provisioned_resources::ListComponentProvisionedResourcesInput); returns [`ListComponentProvisionedResourcesOutput`](crate::operation::list_component_provisioned_resources::ListComponentProvisionedResourcesOutput) or an [`Error`](crate::Error) with [`ListComponentProvisionedResourcesError`](crate::operation::list_component_provisioned_resources::ListComponentProvisionedResourcesError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_component_provisioned_resources(
        &self,
        input: crate::operation::list_component_provisioned_resources::ListComponentProvisionedResourcesInput,
    ) -> ::std::result::Result<
        crate::operation::list_component_provisioned_resources::ListComponentProvisionedResourcesOutput,
        ::awsgen_runtime::Error<
            crate::operation::list_component_provisioned_resources::ListComponentProvisionedResourcesError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::list_component_provisioned_resources::OPERATION,
            request,
        ).await
    }

    /// List components with summary data. You can filter the result list by environment, service, or a
    /// single service instance.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// Takes [`ListComponentsInput`](crate::operation::list_components::ListComponentsInput); returns [`ListComponentsOutput`](crate::operation::list_components::ListComponentsOutput) or an [`Error`](crate::Error) with [`ListComponentsError`](crate::operation::list_components::ListComponentsError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_components(
        &self,
        input: crate::operation::list_components::ListComponentsInput,
    ) -> ::std::result::Result<
        crate::operation::list_components::ListComponentsOutput,
        ::awsgen_runtime::Error<crate::operation::list_components::ListComponentsError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::list_components::OPERATION, request).await
    }

    /// List deployments. You can filter the result list by environment, service, or a single service
    /// instance.
    ///
    /// Takes [`ListDeploymentsInput`](crate::operation::list_deployments::ListDeploymentsInput); returns [`ListDeploymentsOutput`](crate::operation::list_deployments::ListDeploymentsOutput) or an [`Error`](crate::Error) with [`ListDeploymentsError`](crate::operation::list_deployments::ListDeploymentsError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_deployments(
        &self,
        input: crate::operation::list_deployments::ListDeploymentsInput,
    ) -> ::std::result::Result<
        crate::operation::list_deployments::ListDeploymentsOutput,
        ::awsgen_runtime::Error<crate::operation::list_deployments::ListDeploymentsError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::list_deployments::OPERATION, request).await
    }

    /// View a list of environment account connections.
    ///
    /// For more information, see
    /// [Environment account connections](<https://docs.aws.amazon.com/proton/latest/userguide/ag-env-account-connections.html>)
    /// in the *Proton User guide*.
    ///
    /// Takes [`ListEnvironmentAccountConnectionsInput`](crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsInput); returns [`ListEnvironmentAccountConnectionsOutput`](crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsOutput) or an [`Error`](crate::Error) with [`ListEnvironmentAccountConnectionsError`](crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_environment_account_connections(
        &self,
        input: crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsInput,
    ) -> ::std::result::Result<
        crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsOutput,
        ::awsgen_runtime::Error<
            crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::list_environment_account_connections::OPERATION,
            request,
        ).await
    }

    /// List the infrastructure as code outputs for your environment.
    ///
    /// Takes [`ListEnvironmentOutputsInput`](crate::operation::list_environment_outputs::ListEnvironmentOutputsInput); returns [`ListEnvironmentOutputsOutput`](crate::operation::list_environment_outputs::ListEnvironmentOutputsOutput) or an [`Error`](crate::Error) with [`ListEnvironmentOutputsError`](crate::operation::list_environment_outputs::ListEnvironmentOutputsError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_environment_outputs(
        &self,
        input: crate::operation::list_environment_outputs::ListEnvironmentOutputsInput,
    ) -> ::std::result::Result<
        crate::operation::list_environment_outputs::ListEnvironmentOutputsOutput,
        ::awsgen_runtime::Error<
            crate::operation::list_environment_outputs::ListEnvironmentOutputsError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::list_environment_outputs::OPERATION, request).await
    }

    /// List the provisioned resources for your environment.
    ///
    /// Takes [`ListEnvironmentProvisionedResourcesInput`](crate::operation::list_environment_provisioned_resources::ListEnvironmentProvisionedResourcesInput); returns [`ListEnvironmentProvisionedResourcesOutput`](crate::operation::list_environment_provisioned_resources::ListEnvironmentProvisionedResourcesOutput) or an [`Error`](crate::Error) with [`ListEnvironmentProvisionedResourcesError`](crate::operation::list_environment_provisioned_resources::ListEnvironmentProvisionedResourcesError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_environment_provisioned_resources(
        &self,
        input: crate::operation::list_environment_provisioned_resources::ListEnvironmentProvisionedResourcesInput,
    ) -> ::std::result::Result<
        crate::operation::list_environment_provisioned_resources::ListEnvironmentProvisionedResourcesOutput,
        ::awsgen_runtime::Error<
            crate::operation::list_environment_provisioned_resources::ListEnvironmentProvisionedResourcesError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::list_environment_provisioned_resources::OPERATION,
            request,
        ).await
    }

    /// List major or minor versions of an environment template with detail data.
    ///
    /// Takes [`ListEnvironmentTemplateVersionsInput`](crate::operation::list_environment_template_versions::ListEnvironmentTemplateVersionsInput); returns [`ListEnvironmentTemplateVersionsOutput`](crate::operation::list_environment_template_versions::ListEnvironmentTemplateVersionsOutput) or an [`Error`](crate::Error) with [`ListEnvironmentTemplateVersionsError`](crate::operation::list_environment_template_versions::ListEnvironmentTemplateVersionsError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_environment_template_versions(
        &self,
        input: crate::operation::list_environment_template_versions::ListEnvironmentTemplateVersionsInput,
    ) -> ::std::result::Result<
        crate::operation::list_environment_template_versions::ListEnvironmentTemplateVersionsOutput,
        ::awsgen_runtime::Error<
            crate::operation::list_environment_template_versions::ListEnvironmentTemplateVersionsError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::list_environment_template_versions::OPERATION,
            request,
        ).await
    }

    /// List environment templates.
    ///
    /// Takes [`ListEnvironmentTemplatesInput`](crate::operation::list_environment_templates::ListEnvironmentTemplatesInput); returns [`ListEnvironmentTemplatesOutput`](crate::operation::list_environment_templates::ListEnvironmentTemplatesOutput) or an [`Error`](crate::Error) with [`ListEnvironmentTemplatesError`](crate::operation::list_environment_templates::ListEnvironmentTemplatesError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_environment_templates(
        &self,
        input: crate::operation::list_environment_templates::ListEnvironmentTemplatesInput,
    ) -> ::std::result::Result<
        crate::operation::list_environment_templates::ListEnvironmentTemplatesOutput,
        ::awsgen_runtime::Error<
            crate::operation::list_environment_templates::ListEnvironmentTemplatesError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::list_environment_templates::OPERATION, request).await
    }

    /// List environments with detail data summaries.
    ///
    /// Takes [`ListEnvironmentsInput`](crate::operation::list_environments::ListEnvironmentsInput); returns [`ListEnvironmentsOutput`](crate::operation::list_environments::ListEnvironmentsOutput) or an [`Error`](crate::Error) with [`ListEnvironmentsError`](crate::operation::list_environments::ListEnvironmentsError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_environments(
        &self,
        input: crate::operation::list_environments::ListEnvironmentsInput,
    ) -> ::std::result::Result<
        crate::operation::list_environments::ListEnvironmentsOutput,
        ::awsgen_runtime::Error<crate::operation::list_environments::ListEnvironmentsError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::list_environments::OPERATION, request).await
    }

    /// List linked repositories with detail data.
    ///
    /// Takes [`ListRepositoriesInput`](crate::operation::list_repositories::ListRepositoriesInput); returns [`ListRepositoriesOutput`](crate::operation::list_repositories::ListRepositoriesOutput) or an [`Error`](crate::Error) with [`ListRepositoriesError`](crate::operation::list_repositories::ListRepositoriesError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_repositories(
        &self,
        input: crate::operation::list_repositories::ListRepositoriesInput,
    ) -> ::std::result::Result<
        crate::operation::list_repositories::ListRepositoriesOutput,
        ::awsgen_runtime::Error<crate::operation::list_repositories::ListRepositoriesError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::list_repositories::OPERATION, request).await
    }

    /// List repository sync definitions with detail data.
    ///
    /// Takes [`ListRepositorySyncDefinitionsInput`](crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsInput); returns [`ListRepositorySyncDefinitionsOutput`](crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsOutput) or an [`Error`](crate::Error) with [`ListRepositorySyncDefinitionsError`](crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_repository_sync_definitions(
        &self,
        input: crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsInput,
    ) -> ::std::result::Result<
        crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsOutput,
        ::awsgen_runtime::Error<
            crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::list_repository_sync_definitions::OPERATION,
            request,
        ).await
    }

    /// Get a list service of instance Infrastructure as Code (IaC) outputs.
    ///
    /// Takes [`ListServiceInstanceOutputsInput`](crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsInput); returns [`ListServiceInstanceOutputsOutput`](crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsOutput) or an [`Error`](crate::Error) with [`ListServiceInstanceOutputsError`](crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_service_instance_outputs(
        &self,
        input: crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsInput,
    ) -> ::std::result::Result<
        crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsOutput,
        ::awsgen_runtime::Error<
            crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::list_service_instance_outputs::OPERATION,
            request,
        ).await
    }

    /// List provisioned resources for a service instance with details.
    ///
    /// Takes [`ListServiceInstanceProvisionedResourcesInput`](crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesInput); returns [`ListServiceInstanceProvisionedResourcesOutput`](crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesOutput) or an [`Error`](crate::Error) with [`ListServiceInstanceProvisionedResourcesError`](crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_service_instance_provisioned_resources(
        &self,
        input: crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesInput,
    ) -> ::std::result::Result<
        crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesOutput,
        ::awsgen_runtime::Error<
            crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::list_service_instance_provisioned_resources::OPERATION,
            request,
        ).await
    }

    /// List service instances with summary data. This action lists service instances of all services in the
    /// Amazon Web Services account.
    ///
    /// Takes [`ListServiceInstancesInput`](crate::operation::list_service_instances::ListServiceInstancesInput); returns [`ListServiceInstancesOutput`](crate::operation::list_service_instances::ListServiceInstancesOutput) or an [`Error`](crate::Error) with [`ListServiceInstancesError`](crate::operation::list_service_instances::ListServiceInstancesError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_service_instances(
        &self,
        input: crate::operation::list_service_instances::ListServiceInstancesInput,
    ) -> ::std::result::Result<
        crate::operation::list_service_instances::ListServiceInstancesOutput,
        ::awsgen_runtime::Error<crate::operation::list_service_instances::ListServiceInstancesError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::list_service_instances::OPERATION, request).await
    }

    /// Get a list of service pipeline Infrastructure as Code (IaC) outputs.
    ///
    /// Takes [`ListServicePipelineOutputsInput`](crate::operation::list_service_pipeline_outputs::ListServicePipelineOutputsInput); returns [`ListServicePipelineOutputsOutput`](crate::operation::list_service_pipeline_outputs::ListServicePipelineOutputsOutput) or an [`Error`](crate::Error) with [`ListServicePipelineOutputsError`](crate::operation::list_service_pipeline_outputs::ListServicePipelineOutputsError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_service_pipeline_outputs(
        &self,
        input: crate::operation::list_service_pipeline_outputs::ListServicePipelineOutputsInput,
    ) -> ::std::result::Result<
        crate::operation::list_service_pipeline_outputs::ListServicePipelineOutputsOutput,
        ::awsgen_runtime::Error<
            crate::operation::list_service_pipeline_outputs::ListServicePipelineOutputsError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::list_service_pipeline_outputs::OPERATION,
            request,
        ).await
    }

    /// List provisioned resources for a service and pipeline with details.
    ///
    /// Takes [`ListServicePipelineProvisionedResourcesInput`](crate::operation::list_service_pipeline_provisioned_resources::ListServicePipelineProvisionedResourcesInput); returns [`ListServicePipelineProvisionedResourcesOutput`](crate::operation::list_service_pipeline_provisioned_resources::ListServicePipelineProvisionedResourcesOutput) or an [`Error`](crate::Error) with [`ListServicePipelineProvisionedResourcesError`](crate::operation::list_service_pipeline_provisioned_resources::ListServicePipelineProvisionedResourcesError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_service_pipeline_provisioned_resources(
        &self,
        input: crate::operation::list_service_pipeline_provisioned_resources::ListServicePipelineProvisionedResourcesInput,
    ) -> ::std::result::Result<
        crate::operation::list_service_pipeline_provisioned_resources::ListServicePipelineProvisionedResourcesOutput,
        ::awsgen_runtime::Error<
            crate::operation::list_service_pipeline_provisioned_resources::ListServicePipelineProvisionedResourcesError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::list_service_pipeline_provisioned_resources::OPERATION,
            request,
        ).await
    }

    /// List major or minor versions of a service template with detail data.
    ///
    /// Takes [`ListServiceTemplateVersionsInput`](crate::operation::list_service_template_versions::ListServiceTemplateVersionsInput); returns [`ListServiceTemplateVersionsOutput`](crate::operation::list_service_template_versions::ListServiceTemplateVersionsOutput) or an [`Error`](crate::Error) with [`ListServiceTemplateVersionsError`](crate::operation::list_service_template_versions::ListServiceTemplateVersionsError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_service_template_versions(
        &self,
        input: crate::operation::list_service_template_versions::ListServiceTemplateVersionsInput,
    ) -> ::std::result::Result<
        crate::operation::list_service_template_versions::ListServiceTemplateVersionsOutput,
        ::awsgen_runtime::Error<
            crate::operation::list_service_template_versions::ListServiceTemplateVersionsError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::list_service_template_versions::OPERATION,
            request,
        ).await
    }

    /// List service templates with detail data.
    ///
    /// Takes [`ListServiceTemplatesInput`](crate::operation::list_service_templates::ListServiceTemplatesInput); returns [`ListServiceTemplatesOutput`](crate::operation::list_service_templates::ListServiceTemplatesOutput) or an [`Error`](crate::Error) with [`ListServiceTemplatesError`](crate::operation::list_service_templates::ListServiceTemplatesError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_service_templates(
        &self,
        input: crate::operation::list_service_templates::ListServiceTemplatesInput,
    ) -> ::std::result::Result<
        crate::operation::list_service_templates::ListServiceTemplatesOutput,
        ::awsgen_runtime::Error<crate::operation::list_service_templates::ListServiceTemplatesError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::list_service_templates::OPERATION, request).await
    }

    /// List services with summaries of detail data.
    ///
    /// Takes [`ListServicesInput`](crate::operation::list_services::ListServicesInput); returns [`ListServicesOutput`](crate::operation::list_services::ListServicesOutput) or an [`Error`](crate::Error) with [`ListServicesError`](crate::operation::list_services::ListServicesError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_services(
        &self,
        input: crate::operation::list_services::ListServicesInput,
    ) -> ::std::result::Result<
        crate::operation::list_services::ListServicesOutput,
        ::awsgen_runtime::Error<crate::operation::list_services::ListServicesError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::list_services::OPERATION, request).await
    }

    /// List tags for a resource. For more information, see
    /// [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
    /// in the *Proton User Guide*.
    ///
    /// Takes [`ListTagsForResourceInput`](crate::operation::list_tags_for_resource::ListTagsForResourceInput); returns [`ListTagsForResourceOutput`](crate::operation::list_tags_for_resource::ListTagsForResourceOutput) or an [`Error`](crate::Error) with [`ListTagsForResourceError`](crate::operation::list_tags_for_resource::ListTagsForResourceError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn list_tags_for_resource(
        &self,
        input: crate::operation::list_tags_for_resource::ListTagsForResourceInput,
    ) -> ::std::result::Result<
        crate::operation::list_tags_for_resource::ListTagsForResourceOutput,
        ::awsgen_runtime::Error<crate::operation::list_tags_for_resource::ListTagsForResourceError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::list_tags_for_resource::OPERATION, request).await
    }

    /// Notify Proton of status changes to a provisioned resource when you use self-managed provisioning.
    ///
    /// For more information, see
    /// [Self-managed provisioning](<https://docs.aws.amazon.com/proton/latest/userguide/ag-works-prov-methods.html#ag-works-prov-methods-self>)
    /// in the *Proton User Guide*.
    ///
    /// Takes [`NotifyResourceDeploymentStatusChangeInput`](crate::operation::notify_resource_deployment_status_change::NotifyResourceDeploymentStatusChangeInput); returns [`NotifyResourceDeploymentStatusChangeOutput`](crate::operation::notify_resource_deployment_status_change::NotifyResourceDeploymentStatusChangeOutput) or an [`Error`](crate::Error) with [`NotifyResourceDeploymentStatusChangeError`](crate::operation::notify_resource_deployment_status_change::NotifyResourceDeploymentStatusChangeError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn notify_resource_deployment_status_change(
        &self,
        input: crate::operation::notify_resource_deployment_status_change::NotifyResourceDeploymentStatusChangeInput,
    ) -> ::std::result::Result<
        crate::operation::notify_resource_deployment_status_change::NotifyResourceDeploymentStatusChangeOutput,
        ::awsgen_runtime::Error<
            crate::operation::notify_resource_deployment_status_change::NotifyResourceDeploymentStatusChangeError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::notify_resource_deployment_status_change::OPERATION,
            request,
        ).await
    }

    /// In a management account, reject an environment account connection from another environment account.
    ///
    /// After you reject an environment account connection request, you *can't* accept or use the rejected
    /// environment account connection.
    ///
    /// You *can’t* reject an environment account connection that's connected to an environment.
    ///
    /// For more information, see
    /// [Environment account connections](<https://docs.aws.amazon.com/proton/latest/userguide/ag-env-account-connections.html>)
    /// in the *Proton User guide*.
    ///
    /// Takes [`RejectEnvironmentAccountConnectionInput`](crate::operation::reject_environment_account_connection::RejectEnvironmentAccountConnectionInput); returns [`RejectEnvironmentAccountConnectionOutput`](crate::operation::reject_environment_account_connection::RejectEnvironmentAccountConnectionOutput) or an [`Error`](crate::Error) with [`RejectEnvironmentAccountConnectionError`](crate::operation::reject_environment_account_connection::RejectEnvironmentAccountConnectionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn reject_environment_account_connection(
        &self,
        input: crate::operation::reject_environment_account_connection::RejectEnvironmentAccountConnectionInput,
    ) -> ::std::result::Result<
        crate::operation::reject_environment_account_connection::RejectEnvironmentAccountConnectionOutput,
        ::awsgen_runtime::Error<
            crate::operation::reject_environment_account_connection::RejectEnvironmentAccountConnectionError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::reject_environment_account_connection::OPERATION,
            request,
        ).await
    }

    /// Tag a resource. A tag is a key-value pair of metadata that you associate with an Proton resource.
    ///
    /// For more information, see
    /// [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
    /// in the *Proton User Guide*.
    ///
    /// Takes [`TagResourceInput`](crate::operation::tag_resource::TagResourceInput); returns [`TagResourceOutput`](crate::operation::tag_resource::TagResourceOutput) or an [`Error`](crate::Error) with [`TagResourceError`](crate::operation::tag_resource::TagResourceError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn tag_resource(
        &self,
        input: crate::operation::tag_resource::TagResourceInput,
    ) -> ::std::result::Result<
        crate::operation::tag_resource::TagResourceOutput,
        ::awsgen_runtime::Error<crate::operation::tag_resource::TagResourceError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::tag_resource::OPERATION, request).await
    }

    /// Remove a customer tag from a resource. A tag is a key-value pair of metadata associated with an
    /// Proton resource.
    ///
    /// For more information, see
    /// [Proton resources and tagging](<https://docs.aws.amazon.com/proton/latest/userguide/resources.html>)
    /// in the *Proton User Guide*.
    ///
    /// Takes [`UntagResourceInput`](crate::operation::untag_resource::UntagResourceInput); returns [`UntagResourceOutput`](crate::operation::untag_resource::UntagResourceOutput) or an [`Error`](crate::Error) with [`UntagResourceError`](crate::operation::untag_resource::UntagResourceError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn untag_resource(
        &self,
        input: crate::operation::untag_resource::UntagResourceInput,
    ) -> ::std::result::Result<
        crate::operation::untag_resource::UntagResourceOutput,
        ::awsgen_runtime::Error<crate::operation::untag_resource::UntagResourceError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::untag_resource::OPERATION, request).await
    }

    /// Update Proton settings that are used for multiple services in the Amazon Web Services account.
    ///
    /// Takes [`UpdateAccountSettingsInput`](crate::operation::update_account_settings::UpdateAccountSettingsInput); returns [`UpdateAccountSettingsOutput`](crate::operation::update_account_settings::UpdateAccountSettingsOutput) or an [`Error`](crate::Error) with [`UpdateAccountSettingsError`](crate::operation::update_account_settings::UpdateAccountSettingsError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_account_settings(
        &self,
        input: crate::operation::update_account_settings::UpdateAccountSettingsInput,
    ) -> ::std::result::Result<
        crate::operation::update_account_settings::UpdateAccountSettingsOutput,
        ::awsgen_runtime::Error<
            crate::operation::update_account_settings::UpdateAccountSettingsError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::update_account_settings::OPERATION, request).await
    }

    /// Update a component.
    ///
    /// There are a few modes for updating a component. The `deploymentType` field defines the mode.
    ///
    /// **Note:** You can't update a component while its deployment status, or the deployment status of a
    /// service instance attached to it, is `IN_PROGRESS`.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// Takes [`UpdateComponentInput`](crate::operation::update_component::UpdateComponentInput); returns [`UpdateComponentOutput`](crate::operation::update_component::UpdateComponentOutput) or an [`Error`](crate::Error) with [`UpdateComponentError`](crate::operation::update_component::UpdateComponentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_component(
        &self,
        input: crate::operation::update_component::UpdateComponentInput,
    ) -> ::std::result::Result<
        crate::operation::update_component::UpdateComponentOutput,
        ::awsgen_runtime::Error<crate::operation::update_component::UpdateComponentError>,
    > {
        let mut input = input;
        if input.client_token.is_none() {
            input.client_token = ::std::option::Option::Some(self.inner.idempotency_token());
        }
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::update_component::OPERATION, request).await
    }

    /// Update an environment.
    ///
    /// If the environment is associated with an environment account connection, *don't* update or include
    /// the `protonServiceRoleArn` and `provisioningRepository` parameter to update or connect to an
    /// environment account connection.
    ///
    /// You can only update to a new environment account connection if that connection was created in the
    /// same environment account that the current environment account connection was created in. The account
    /// connection must also be associated with the current environment.
    ///
    /// If the environment *isn't* associated with an environment account connection, *don't* update or
    /// include the `environmentAccountConnectionId` parameter. You *can't* update or connect the
    /// environment to an environment account connection if it *isn't* already associated with an
    /// environment connection.
    ///
    /// You can update either the `environmentAccountConnectionId` or `protonServiceRoleArn` parameter and
    /// value. You can’t update both.
    ///
    /// If the environment was configured for Amazon Web Services-managed provisioning, omit the
    /// `provisioningRepository` parameter.
    ///
    /// If the environment was configured for self-managed provisioning, specify the
    /// `provisioningRepository` parameter and omit the `protonServiceRoleArn` and
    /// `environmentAccountConnectionId` parameters.
    ///
    /// For more information, see
    /// [Environments](<https://docs.aws.amazon.com/proton/latest/userguide/ag-environments.html>) and
    /// [Provisioning methods](<https://docs.aws.amazon.com/proton/latest/userguide/ag-works-prov-methods.html>)
    /// in the *Proton User Guide*.
    ///
    /// There are four modes for updating an environment. The `deploymentType` field defines the mode.
    ///
    /// `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
    /// updated. `CURRENT_VERSION` In this mode, the environment is deployed and updated with the new spec
    /// that you provide. Only requested parameters are updated. *Don’t* include minor or major version
    /// parameters when you use this `deployment-type`. `MINOR_VERSION` In this mode, the environment is
    /// deployed and updated with the published, recommended (latest) minor version of the current major
    /// version in use, by default. You can also specify a different minor version of the current major
    /// version in use. `MAJOR_VERSION` In this mode, the environment is deployed and updated with the
    /// published, recommended (latest) major and minor version of the current template, by default. You can
    /// also specify a different major version that's higher than the major version in use and a minor
    /// version.
    ///
    /// Takes [`UpdateEnvironmentInput`](crate::operation::update_environment::UpdateEnvironmentInput); returns [`UpdateEnvironmentOutput`](crate::operation::update_environment::UpdateEnvironmentOutput) or an [`Error`](crate::Error) with [`UpdateEnvironmentError`](crate::operation::update_environment::UpdateEnvironmentError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_environment(
        &self,
        input: crate::operation::update_environment::UpdateEnvironmentInput,
    ) -> ::std::result::Result<
        crate::operation::update_environment::UpdateEnvironmentOutput,
        ::awsgen_runtime::Error<crate::operation::update_environment::UpdateEnvironmentError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::update_environment::OPERATION, request).await
    }

    /// In an environment account, update an environment account connection to use a new IAM role.
    ///
    /// For more information, see
    /// [Environment account connections](<https://docs.aws.amazon.com/proton/latest/userguide/ag-env-account-connections.html>)
    /// in the *Proton User guide*.
    ///
    /// Takes [`UpdateEnvironmentAccountConnectionInput`](crate::operation::update_environment_account_connection::UpdateEnvironmentAccountConnectionInput); returns [`UpdateEnvironmentAccountConnectionOutput`](crate::operation::update_environment_account_connection::UpdateEnvironmentAccountConnectionOutput) or an [`Error`](crate::Error) with [`UpdateEnvironmentAccountConnectionError`](crate::operation::update_environment_account_connection::UpdateEnvironmentAccountConnectionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_environment_account_connection(
        &self,
        input: crate::operation::update_environment_account_connection::UpdateEnvironmentAccountConnectionInput,
    ) -> ::std::result::Result<
        crate::operation::update_environment_account_connection::UpdateEnvironmentAccountConnectionOutput,
        ::awsgen_runtime::Error<
            crate::operation::update_environment_account_connection::UpdateEnvironmentAccountConnectionError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::update_environment_account_connection::OPERATION,
            request,
        ).await
    }

    /// Update an environment template.
    ///
    /// Takes [`UpdateEnvironmentTemplateInput`](crate::operation::update_environment_template::UpdateEnvironmentTemplateInput); returns [`UpdateEnvironmentTemplateOutput`](crate::operation::update_environment_template::UpdateEnvironmentTemplateOutput) or an [`Error`](crate::Error) with [`UpdateEnvironmentTemplateError`](crate::operation::update_environment_template::UpdateEnvironmentTemplateError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_environment_template(
        &self,
        input: crate::operation::update_environment_template::UpdateEnvironmentTemplateInput,
    ) -> ::std::result::Result<
        crate::operation::update_environment_template::UpdateEnvironmentTemplateOutput,
        ::awsgen_runtime::Error<
            crate::operation::update_environment_template::UpdateEnvironmentTemplateError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::update_environment_template::OPERATION, request).await
    }

    /// Update a major or minor version of an environment template.
    ///
    /// Takes [`UpdateEnvironmentTemplateVersionInput`](crate::operation::update_environment_template_version::UpdateEnvironmentTemplateVersionInput); returns [`UpdateEnvironmentTemplateVersionOutput`](crate::operation::update_environment_template_version::UpdateEnvironmentTemplateVersionOutput) or an [`Error`](crate::Error) with [`UpdateEnvironmentTemplateVersionError`](crate::operation::update_environment_template_version::UpdateEnvironmentTemplateVersionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_environment_template_version(
        &self,
        input: crate::operation::update_environment_template_version::UpdateEnvironmentTemplateVersionInput,
    ) -> ::std::result::Result<
        crate::operation::update_environment_template_version::UpdateEnvironmentTemplateVersionOutput,
        ::awsgen_runtime::Error<
            crate::operation::update_environment_template_version::UpdateEnvironmentTemplateVersionError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::update_environment_template_version::OPERATION,
            request,
        ).await
    }

    /// Edit a service description or use a spec to add and delete service instances.
    ///
    /// **Note:** Existing service instances and the service pipeline *can't* be edited using this API. They
    /// can only be deleted.
    ///
    /// Use the `description` parameter to modify the description.
    ///
    /// Edit the `spec` parameter to add or delete instances.
    ///
    /// **Note:** You can't delete a service instance (remove it from the spec) if it has an attached
    /// component.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// Takes [`UpdateServiceInput`](crate::operation::update_service::UpdateServiceInput); returns [`UpdateServiceOutput`](crate::operation::update_service::UpdateServiceOutput) or an [`Error`](crate::Error) with [`UpdateServiceError`](crate::operation::update_service::UpdateServiceError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_service(
        &self,
        input: crate::operation::update_service::UpdateServiceInput,
    ) -> ::std::result::Result<
        crate::operation::update_service::UpdateServiceOutput,
        ::awsgen_runtime::Error<crate::operation::update_service::UpdateServiceError>,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::update_service::OPERATION, request).await
    }

    /// Update a service instance.
    ///
    /// There are a few modes for updating a service instance. The `deploymentType` field defines the mode.
    ///
    /// **Note:** You can't update a service instance while its deployment status, or the deployment status
    /// of a component attached to it, is `IN_PROGRESS`.
    ///
    /// For more information about components, see
    /// [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
    /// *Proton User Guide*.
    ///
    /// Takes [`UpdateServiceInstanceInput`](crate::operation::update_service_instance::UpdateServiceInstanceInput); returns [`UpdateServiceInstanceOutput`](crate::operation::update_service_instance::UpdateServiceInstanceOutput) or an [`Error`](crate::Error) with [`UpdateServiceInstanceError`](crate::operation::update_service_instance::UpdateServiceInstanceError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_service_instance(
        &self,
        input: crate::operation::update_service_instance::UpdateServiceInstanceInput,
    ) -> ::std::result::Result<
        crate::operation::update_service_instance::UpdateServiceInstanceOutput,
        ::awsgen_runtime::Error<
            crate::operation::update_service_instance::UpdateServiceInstanceError,
        >,
    > {
        let mut input = input;
        if input.client_token.is_none() {
            input.client_token = ::std::option::Option::Some(self.inner.idempotency_token());
        }
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::update_service_instance::OPERATION, request).await
    }

    /// Update the service pipeline.
    ///
    /// There are four modes for updating a service pipeline. The `deploymentType` field defines the mode.
    ///
    /// `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
    /// updated. `CURRENT_VERSION` In this mode, the service pipeline is deployed and updated with the new
    /// spec that you provide. Only requested parameters are updated. *Don’t* include major or minor
    /// version parameters when you use this `deployment-type`. `MINOR_VERSION` In this mode, the service
    /// pipeline is deployed and updated with the published, recommended (latest) minor version of the
    /// current major version in use, by default. You can specify a different minor version of the current
    /// major version in use. `MAJOR_VERSION` In this mode, the service pipeline is deployed and updated
    /// with the published, recommended (latest) major and minor version of the current template by default.
    /// You can specify a different major version that's higher than the major version in use and a minor
    /// version.
    ///
    /// Takes [`UpdateServicePipelineInput`](crate::operation::update_service_pipeline::UpdateServicePipelineInput); returns [`UpdateServicePipelineOutput`](crate::operation::update_service_pipeline::UpdateServicePipelineOutput) or an [`Error`](crate::Error) with [`UpdateServicePipelineError`](crate::operation::update_service_pipeline::UpdateServicePipelineError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_service_pipeline(
        &self,
        input: crate::operation::update_service_pipeline::UpdateServicePipelineInput,
    ) -> ::std::result::Result<
        crate::operation::update_service_pipeline::UpdateServicePipelineOutput,
        ::awsgen_runtime::Error<
            crate::operation::update_service_pipeline::UpdateServicePipelineError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::update_service_pipeline::OPERATION, request).await
    }

    /// Update the service sync blocker by resolving it.
    ///
    /// Takes [`UpdateServiceSyncBlockerInput`](crate::operation::update_service_sync_blocker::UpdateServiceSyncBlockerInput); returns [`UpdateServiceSyncBlockerOutput`](crate::operation::update_service_sync_blocker::UpdateServiceSyncBlockerOutput) or an [`Error`](crate::Error) with [`UpdateServiceSyncBlockerError`](crate::operation::update_service_sync_blocker::UpdateServiceSyncBlockerError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_service_sync_blocker(
        &self,
        input: crate::operation::update_service_sync_blocker::UpdateServiceSyncBlockerInput,
    ) -> ::std::result::Result<
        crate::operation::update_service_sync_blocker::UpdateServiceSyncBlockerOutput,
        ::awsgen_runtime::Error<
            crate::operation::update_service_sync_blocker::UpdateServiceSyncBlockerError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::update_service_sync_blocker::OPERATION, request).await
    }

    /// Update the Proton Ops config file.
    ///
    /// Takes [`UpdateServiceSyncConfigInput`](crate::operation::update_service_sync_config::UpdateServiceSyncConfigInput); returns [`UpdateServiceSyncConfigOutput`](crate::operation::update_service_sync_config::UpdateServiceSyncConfigOutput) or an [`Error`](crate::Error) with [`UpdateServiceSyncConfigError`](crate::operation::update_service_sync_config::UpdateServiceSyncConfigError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_service_sync_config(
        &self,
        input: crate::operation::update_service_sync_config::UpdateServiceSyncConfigInput,
    ) -> ::std::result::Result<
        crate::operation::update_service_sync_config::UpdateServiceSyncConfigOutput,
        ::awsgen_runtime::Error<
            crate::operation::update_service_sync_config::UpdateServiceSyncConfigError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::update_service_sync_config::OPERATION, request).await
    }

    /// Update a service template.
    ///
    /// Takes [`UpdateServiceTemplateInput`](crate::operation::update_service_template::UpdateServiceTemplateInput); returns [`UpdateServiceTemplateOutput`](crate::operation::update_service_template::UpdateServiceTemplateOutput) or an [`Error`](crate::Error) with [`UpdateServiceTemplateError`](crate::operation::update_service_template::UpdateServiceTemplateError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_service_template(
        &self,
        input: crate::operation::update_service_template::UpdateServiceTemplateInput,
    ) -> ::std::result::Result<
        crate::operation::update_service_template::UpdateServiceTemplateOutput,
        ::awsgen_runtime::Error<
            crate::operation::update_service_template::UpdateServiceTemplateError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::update_service_template::OPERATION, request).await
    }

    /// Update a major or minor version of a service template.
    ///
    /// Takes [`UpdateServiceTemplateVersionInput`](crate::operation::update_service_template_version::UpdateServiceTemplateVersionInput); returns [`UpdateServiceTemplateVersionOutput`](crate::operation::update_service_template_version::UpdateServiceTemplateVersionOutput) or an [`Error`](crate::Error) with [`UpdateServiceTemplateVersionError`](crate::operation::update_service_template_version::UpdateServiceTemplateVersionError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_service_template_version(
        &self,
        input: crate::operation::update_service_template_version::UpdateServiceTemplateVersionInput,
    ) -> ::std::result::Result<
        crate::operation::update_service_template_version::UpdateServiceTemplateVersionOutput,
        ::awsgen_runtime::Error<
            crate::operation::update_service_template_version::UpdateServiceTemplateVersionError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(
            &crate::operation::update_service_template_version::OPERATION,
            request,
        ).await
    }

    /// Update template sync configuration parameters, except for the `templateName` and `templateType`.
    /// Repository details (branch, name, and provider) should be of a linked repository. A linked
    /// repository is a repository that has been registered with Proton. For more information, see
    /// `CreateRepository`.
    ///
    /// Takes [`UpdateTemplateSyncConfigInput`](crate::operation::update_template_sync_config::UpdateTemplateSyncConfigInput); returns [`UpdateTemplateSyncConfigOutput`](crate::operation::update_template_sync_config::UpdateTemplateSyncConfigOutput) or an [`Error`](crate::Error) with [`UpdateTemplateSyncConfigError`](crate::operation::update_template_sync_config::UpdateTemplateSyncConfigError).
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn update_template_sync_config(
        &self,
        input: crate::operation::update_template_sync_config::UpdateTemplateSyncConfigInput,
    ) -> ::std::result::Result<
        crate::operation::update_template_sync_config::UpdateTemplateSyncConfigOutput,
        ::awsgen_runtime::Error<
            crate::operation::update_template_sync_config::UpdateTemplateSyncConfigError,
        >,
    > {
        ::awsgen_runtime::codegen::Validate::validate(&input).map_err(
            |e| ::awsgen_runtime::Error::Validation(e.under("input")),
        )?;
        let request = ::awsgen_runtime::codegen::Input {
            body: ::awsgen_runtime::codegen::ToJson::to_json_bytes(&input),
            host_labels: &[],
            context: ::std::option::Option::None,
            endpoint_url: ::std::option::Option::None,
            typed: &input,
        };
        self.inner.call(&crate::operation::update_template_sync_config::OPERATION, request).await
    }

    /// Pages of [`list_component_outputs`](Self::list_component_outputs) (the `ListComponentOutputs` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `outputs` of every page.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_component_outputs_paginator(
        &self,
        input: crate::operation::list_component_outputs::ListComponentOutputsInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_component_outputs::ListComponentOutputsInput,
        crate::operation::list_component_outputs::ListComponentOutputsOutput,
        crate::operation::list_component_outputs::ListComponentOutputsError,
        crate::types::Output,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_component_outputs::PAGINATOR,
        )
    }

    /// Pages of [`list_component_provisioned_resources`](Self::list_component_provisioned_resources) (the `ListComponentProvisionedResources` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `provisionedResources` of every page.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_component_provisioned_resources_paginator(
        &self,
        input: crate::operation::list_component_provisioned_resources::ListComponentProvisionedResourcesInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_component_provisioned_resources::ListComponentProvisionedResourcesInput,
        crate::operation::list_component_provisioned_resources::ListComponentProvisionedResourcesOutput,
        crate::operation::list_component_provisioned_resources::ListComponentProvisionedResourcesError,
        crate::types::ProvisionedResource,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_component_provisioned_resources::PAGINATOR,
        )
    }

    /// Pages of [`list_components`](Self::list_components) (the `ListComponents` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `components` of every page.
    /// `.page_size(n)` sets `maxResults`.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_components_paginator(
        &self,
        input: crate::operation::list_components::ListComponentsInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_components::ListComponentsInput,
        crate::operation::list_components::ListComponentsOutput,
        crate::operation::list_components::ListComponentsError,
        crate::types::ComponentSummary,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_components::PAGINATOR,
        )
    }

    /// Pages of [`list_deployments`](Self::list_deployments) (the `ListDeployments` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `deployments` of every page.
    /// `.page_size(n)` sets `maxResults`.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_deployments_paginator(
        &self,
        input: crate::operation::list_deployments::ListDeploymentsInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_deployments::ListDeploymentsInput,
        crate::operation::list_deployments::ListDeploymentsOutput,
        crate::operation::list_deployments::ListDeploymentsError,
        crate::types::DeploymentSummary,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_deployments::PAGINATOR,
        )
    }

    /// Pages of [`list_environment_account_connections`](Self::list_environment_account_connections) (the `ListEnvironmentAccountConnections` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `environmentAccountConnections` of every page.
    /// `.page_size(n)` sets `maxResults`.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_environment_account_connections_paginator(
        &self,
        input: crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsInput,
        crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsOutput,
        crate::operation::list_environment_account_connections::ListEnvironmentAccountConnectionsError,
        crate::types::EnvironmentAccountConnectionSummary,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_environment_account_connections::PAGINATOR,
        )
    }

    /// Pages of [`list_environment_outputs`](Self::list_environment_outputs) (the `ListEnvironmentOutputs` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `outputs` of every page.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_environment_outputs_paginator(
        &self,
        input: crate::operation::list_environment_outputs::ListEnvironmentOutputsInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_environment_outputs::ListEnvironmentOutputsInput,
        crate::operation::list_environment_outputs::ListEnvironmentOutputsOutput,
        crate::operation::list_environment_outputs::ListEnvironmentOutputsError,
        crate::types::Output,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_environment_outputs::PAGINATOR,
        )
    }

    /// Pages of [`list_environment_provisioned_resources`](Self::list_environment_provisioned_resources) (the `ListEnvironmentProvisionedResources` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `provisionedResources` of every page.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_environment_provisioned_resources_paginator(
        &self,
        input: crate::operation::list_environment_provisioned_resources::ListEnvironmentProvisionedResourcesInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_environment_provisioned_resources::ListEnvironmentProvisionedResourcesInput,
        crate::operation::list_environment_provisioned_resources::ListEnvironmentProvisionedResourcesOutput,
        crate::operation::list_environment_provisioned_resources::ListEnvironmentProvisionedResourcesError,
        crate::types::ProvisionedResource,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_environment_provisioned_resources::PAGINATOR,
        )
    }

    /// Pages of [`list_environment_template_versions`](Self::list_environment_template_versions) (the `ListEnvironmentTemplateVersions` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `templateVersions` of every page.
    /// `.page_size(n)` sets `maxResults`.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_environment_template_versions_paginator(
        &self,
        input: crate::operation::list_environment_template_versions::ListEnvironmentTemplateVersionsInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_environment_template_versions::ListEnvironmentTemplateVersionsInput,
        crate::operation::list_environment_template_versions::ListEnvironmentTemplateVersionsOutput,
        crate::operation::list_environment_template_versions::ListEnvironmentTemplateVersionsError,
        crate::types::EnvironmentTemplateVersionSummary,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_environment_template_versions::PAGINATOR,
        )
    }

    /// Pages of [`list_environment_templates`](Self::list_environment_templates) (the `ListEnvironmentTemplates` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `templates` of every page.
    /// `.page_size(n)` sets `maxResults`.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_environment_templates_paginator(
        &self,
        input: crate::operation::list_environment_templates::ListEnvironmentTemplatesInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_environment_templates::ListEnvironmentTemplatesInput,
        crate::operation::list_environment_templates::ListEnvironmentTemplatesOutput,
        crate::operation::list_environment_templates::ListEnvironmentTemplatesError,
        crate::types::EnvironmentTemplateSummary,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_environment_templates::PAGINATOR,
        )
    }

    /// Pages of [`list_environments`](Self::list_environments) (the `ListEnvironments` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `environments` of every page.
    /// `.page_size(n)` sets `maxResults`.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_environments_paginator(
        &self,
        input: crate::operation::list_environments::ListEnvironmentsInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_environments::ListEnvironmentsInput,
        crate::operation::list_environments::ListEnvironmentsOutput,
        crate::operation::list_environments::ListEnvironmentsError,
        crate::types::EnvironmentSummary,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_environments::PAGINATOR,
        )
    }

    /// Pages of [`list_repositories`](Self::list_repositories) (the `ListRepositories` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `repositories` of every page.
    /// `.page_size(n)` sets `maxResults`.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_repositories_paginator(
        &self,
        input: crate::operation::list_repositories::ListRepositoriesInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_repositories::ListRepositoriesInput,
        crate::operation::list_repositories::ListRepositoriesOutput,
        crate::operation::list_repositories::ListRepositoriesError,
        crate::types::RepositorySummary,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_repositories::PAGINATOR,
        )
    }

    /// Pages of [`list_repository_sync_definitions`](Self::list_repository_sync_definitions) (the `ListRepositorySyncDefinitions` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `syncDefinitions` of every page.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_repository_sync_definitions_paginator(
        &self,
        input: crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsInput,
        crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsOutput,
        crate::operation::list_repository_sync_definitions::ListRepositorySyncDefinitionsError,
        crate::types::RepositorySyncDefinition,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_repository_sync_definitions::PAGINATOR,
        )
    }

    /// Pages of [`list_service_instance_outputs`](Self::list_service_instance_outputs) (the `ListServiceInstanceOutputs` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `outputs` of every page.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_service_instance_outputs_paginator(
        &self,
        input: crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsInput,
        crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsOutput,
        crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsError,
        crate::types::Output,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_service_instance_outputs::PAGINATOR,
        )
    }

    /// Pages of [`list_service_instance_provisioned_resources`](Self::list_service_instance_provisioned_resources) (the `ListServiceInstanceProvisionedResources` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `provisionedResources` of every page.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_service_instance_provisioned_resources_paginator(
        &self,
        input: crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesInput,
        crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesOutput,
        crate::operation::list_service_instance_provisioned_resources::ListServiceInstanceProvisionedResourcesError,
        crate::types::ProvisionedResource,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_service_instance_provisioned_resources::PAGINATOR,
        )
    }

    /// Pages of [`list_service_instances`](Self::list_service_instances) (the `ListServiceInstances` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `serviceInstances` of every page.
    /// `.page_size(n)` sets `maxResults`.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_service_instances_paginator(
        &self,
        input: crate::operation::list_service_instances::ListServiceInstancesInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_service_instances::ListServiceInstancesInput,
        crate::operation::list_service_instances::ListServiceInstancesOutput,
        crate::operation::list_service_instances::ListServiceInstancesError,
        crate::types::ServiceInstanceSummary,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_service_instances::PAGINATOR,
        )
    }

    /// Pages of [`list_service_pipeline_outputs`](Self::list_service_pipeline_outputs) (the `ListServicePipelineOutputs` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `outputs` of every page.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_service_pipeline_outputs_paginator(
        &self,
        input: crate::operation::list_service_pipeline_outputs::ListServicePipelineOutputsInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_service_pipeline_outputs::ListServicePipelineOutputsInput,
        crate::operation::list_service_pipeline_outputs::ListServicePipelineOutputsOutput,
        crate::operation::list_service_pipeline_outputs::ListServicePipelineOutputsError,
        crate::types::Output,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_service_pipeline_outputs::PAGINATOR,
        )
    }

    /// Pages of [`list_service_pipeline_provisioned_resources`](Self::list_service_pipeline_provisioned_resources) (the `ListServicePipelineProvisionedResources` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `provisionedResources` of every page.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_service_pipeline_provisioned_resources_paginator(
        &self,
        input: crate::operation::list_service_pipeline_provisioned_resources::ListServicePipelineProvisionedResourcesInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_service_pipeline_provisioned_resources::ListServicePipelineProvisionedResourcesInput,
        crate::operation::list_service_pipeline_provisioned_resources::ListServicePipelineProvisionedResourcesOutput,
        crate::operation::list_service_pipeline_provisioned_resources::ListServicePipelineProvisionedResourcesError,
        crate::types::ProvisionedResource,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_service_pipeline_provisioned_resources::PAGINATOR,
        )
    }

    /// Pages of [`list_service_template_versions`](Self::list_service_template_versions) (the `ListServiceTemplateVersions` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `templateVersions` of every page.
    /// `.page_size(n)` sets `maxResults`.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_service_template_versions_paginator(
        &self,
        input: crate::operation::list_service_template_versions::ListServiceTemplateVersionsInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_service_template_versions::ListServiceTemplateVersionsInput,
        crate::operation::list_service_template_versions::ListServiceTemplateVersionsOutput,
        crate::operation::list_service_template_versions::ListServiceTemplateVersionsError,
        crate::types::ServiceTemplateVersionSummary,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_service_template_versions::PAGINATOR,
        )
    }

    /// Pages of [`list_service_templates`](Self::list_service_templates) (the `ListServiceTemplates` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `templates` of every page.
    /// `.page_size(n)` sets `maxResults`.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_service_templates_paginator(
        &self,
        input: crate::operation::list_service_templates::ListServiceTemplatesInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_service_templates::ListServiceTemplatesInput,
        crate::operation::list_service_templates::ListServiceTemplatesOutput,
        crate::operation::list_service_templates::ListServiceTemplatesError,
        crate::types::ServiceTemplateSummary,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_service_templates::PAGINATOR,
        )
    }

    /// Pages of [`list_services`](Self::list_services) (the `ListServices` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `services` of every page.
    /// `.page_size(n)` sets `maxResults`.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_services_paginator(
        &self,
        input: crate::operation::list_services::ListServicesInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_services::ListServicesInput,
        crate::operation::list_services::ListServicesOutput,
        crate::operation::list_services::ListServicesError,
        crate::types::ServiceSummary,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_services::PAGINATOR,
        )
    }

    /// Pages of [`list_tags_for_resource`](Self::list_tags_for_resource) (the `ListTagsForResource` operation): sends it once per page, passing each page's `nextToken` on as `nextToken`.
    ///
    /// Ends after a page whose token is absent or empty, after a page that fails (with that error), or with `Error::Pagination` if the service repeats a token.
    /// `.items()` yields the `tags` of every page.
    /// `.page_size(n)` sets `maxResults`.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub fn list_tags_for_resource_paginator(
        &self,
        input: crate::operation::list_tags_for_resource::ListTagsForResourceInput,
    ) -> crate::paginate::Paginator<
        crate::Client,
        crate::operation::list_tags_for_resource::ListTagsForResourceInput,
        crate::operation::list_tags_for_resource::ListTagsForResourceOutput,
        crate::operation::list_tags_for_resource::ListTagsForResourceError,
        crate::types::Tag,
    > {
        crate::paginate::Paginator::new(
            self.clone(),
            input,
            &crate::operation::list_tags_for_resource::PAGINATOR,
        )
    }

    /// Wait until a Component is deleted. Use this after invoking DeleteComponent
    ///
    /// The `ComponentDeleted` waiter: calls [`get_component`](Self::get_component) (the `GetComponent` operation) until an acceptor decides, waiting 5 to 4995 s between calls, for at most `max_wait` in all.
    ///
    /// Acceptors, in order:
    ///
    /// - success when the call fails with `ResourceNotFoundException`
    /// - failure when `component.deploymentStatus` is `DELETE_FAILED`
    ///
    /// Returns the last output on success (`None` when an error was the success, as for deletion), or [`WaiterError`](crate::waiter::WaiterError): a failure state, the time running out, or an error no acceptor matched.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn wait_until_component_deleted(
        &self,
        input: crate::operation::get_component::GetComponentInput,
        max_wait: ::std::time::Duration,
    ) -> ::std::result::Result<
        ::std::option::Option<crate::operation::get_component::GetComponentOutput>,
        crate::waiter::WaiterError<
            crate::operation::get_component::GetComponentOutput,
            crate::operation::get_component::GetComponentError,
        >,
    > {
        ::awsgen_runtime::codegen::wait(
            self,
            input,
            max_wait,
            &crate::operation::get_component::COMPONENT_DELETED_WAITER,
        ).await
    }

    /// Wait until a Component is deployed. Use this after invoking CreateComponent or UpdateComponent
    ///
    /// The `ComponentDeployed` waiter: calls [`get_component`](Self::get_component) (the `GetComponent` operation) until an acceptor decides, waiting 5 to 4995 s between calls, for at most `max_wait` in all.
    ///
    /// Acceptors, in order:
    ///
    /// - success when `component.deploymentStatus` is `SUCCEEDED`
    /// - failure when `component.deploymentStatus` is `FAILED`
    ///
    /// Returns the last output on success (`None` when an error was the success, as for deletion), or [`WaiterError`](crate::waiter::WaiterError): a failure state, the time running out, or an error no acceptor matched.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn wait_until_component_deployed(
        &self,
        input: crate::operation::get_component::GetComponentInput,
        max_wait: ::std::time::Duration,
    ) -> ::std::result::Result<
        ::std::option::Option<crate::operation::get_component::GetComponentOutput>,
        crate::waiter::WaiterError<
            crate::operation::get_component::GetComponentOutput,
            crate::operation::get_component::GetComponentError,
        >,
    > {
        ::awsgen_runtime::codegen::wait(
            self,
            input,
            max_wait,
            &crate::operation::get_component::COMPONENT_DEPLOYED_WAITER,
        ).await
    }

    /// Wait until an Environment is deployed. Use this after invoking CreateEnvironment or
    /// UpdateEnvironment
    ///
    /// The `EnvironmentDeployed` waiter: calls [`get_environment`](Self::get_environment) (the `GetEnvironment` operation) until an acceptor decides, waiting 5 to 4995 s between calls, for at most `max_wait` in all.
    ///
    /// Acceptors, in order:
    ///
    /// - success when `environment.deploymentStatus` is `SUCCEEDED`
    /// - failure when `environment.deploymentStatus` is `FAILED`
    ///
    /// Returns the last output on success (`None` when an error was the success, as for deletion), or [`WaiterError`](crate::waiter::WaiterError): a failure state, the time running out, or an error no acceptor matched.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn wait_until_environment_deployed(
        &self,
        input: crate::operation::get_environment::GetEnvironmentInput,
        max_wait: ::std::time::Duration,
    ) -> ::std::result::Result<
        ::std::option::Option<crate::operation::get_environment::GetEnvironmentOutput>,
        crate::waiter::WaiterError<
            crate::operation::get_environment::GetEnvironmentOutput,
            crate::operation::get_environment::GetEnvironmentError,
        >,
    > {
        ::awsgen_runtime::codegen::wait(
            self,
            input,
            max_wait,
            &crate::operation::get_environment::ENVIRONMENT_DEPLOYED_WAITER,
        ).await
    }

    /// Wait until an EnvironmentTemplateVersion is registered. Use this after invoking
    /// CreateEnvironmentTemplateVersion
    ///
    /// The `EnvironmentTemplateVersionRegistered` waiter: calls [`get_environment_template_version`](Self::get_environment_template_version) (the `GetEnvironmentTemplateVersion` operation) until an acceptor decides, waiting 2 to 300 s between calls, for at most `max_wait` in all.
    ///
    /// Acceptors, in order:
    ///
    /// - success when `environmentTemplateVersion.status` is `DRAFT`
    /// - success when `environmentTemplateVersion.status` is `PUBLISHED`
    /// - failure when `environmentTemplateVersion.status` is `REGISTRATION_FAILED`
    ///
    /// Returns the last output on success (`None` when an error was the success, as for deletion), or [`WaiterError`](crate::waiter::WaiterError): a failure state, the time running out, or an error no acceptor matched.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn wait_until_environment_template_version_registered(
        &self,
        input: crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionInput,
        max_wait: ::std::time::Duration,
    ) -> ::std::result::Result<
        ::std::option::Option<
            crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionOutput,
        >,
        crate::waiter::WaiterError<
            crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionOutput,
            crate::operation::get_environment_template_version::GetEnvironmentTemplateVersionError,
        >,
    > {
        ::awsgen_runtime::codegen::wait(
            self,
            input,
            max_wait,
            &crate::operation::get_environment_template_version::ENVIRONMENT_TEMPLATE_VERSION_REGISTERED_WAITER,
        ).await
    }

    /// Wait until an Service has deployed its instances and possibly pipeline. Use this after invoking
    /// CreateService
    ///
    /// The `ServiceCreated` waiter: calls [`get_service`](Self::get_service) (the `GetService` operation) until an acceptor decides, waiting 5 to 4995 s between calls, for at most `max_wait` in all.
    ///
    /// Acceptors, in order:
    ///
    /// - success when `service.status` is `ACTIVE`
    /// - failure when `service.status` is `CREATE_FAILED_CLEANUP_COMPLETE`
    /// - failure when `service.status` is `CREATE_FAILED_CLEANUP_FAILED`
    /// - failure when `service.status` is `CREATE_FAILED`
    ///
    /// Returns the last output on success (`None` when an error was the success, as for deletion), or [`WaiterError`](crate::waiter::WaiterError): a failure state, the time running out, or an error no acceptor matched.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn wait_until_service_created(
        &self,
        input: crate::operation::get_service::GetServiceInput,
        max_wait: ::std::time::Duration,
    ) -> ::std::result::Result<
        ::std::option::Option<crate::operation::get_service::GetServiceOutput>,
        crate::waiter::WaiterError<
            crate::operation::get_service::GetServiceOutput,
            crate::operation::get_service::GetServiceError,
        >,
    > {
        ::awsgen_runtime::codegen::wait(
            self,
            input,
            max_wait,
            &crate::operation::get_service::SERVICE_CREATED_WAITER,
        ).await
    }

    /// Wait until a Service, its instances, and possibly pipeline have been deleted after DeleteService is
    /// invoked
    ///
    /// The `ServiceDeleted` waiter: calls [`get_service`](Self::get_service) (the `GetService` operation) until an acceptor decides, waiting 5 to 4995 s between calls, for at most `max_wait` in all.
    ///
    /// Acceptors, in order:
    ///
    /// - success when the call fails with `ResourceNotFoundException`
    /// - failure when `service.status` is `DELETE_FAILED`
    ///
    /// Returns the last output on success (`None` when an error was the success, as for deletion), or [`WaiterError`](crate::waiter::WaiterError): a failure state, the time running out, or an error no acceptor matched.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn wait_until_service_deleted(
        &self,
        input: crate::operation::get_service::GetServiceInput,
        max_wait: ::std::time::Duration,
    ) -> ::std::result::Result<
        ::std::option::Option<crate::operation::get_service::GetServiceOutput>,
        crate::waiter::WaiterError<
            crate::operation::get_service::GetServiceOutput,
            crate::operation::get_service::GetServiceError,
        >,
    > {
        ::awsgen_runtime::codegen::wait(
            self,
            input,
            max_wait,
            &crate::operation::get_service::SERVICE_DELETED_WAITER,
        ).await
    }

    /// Wait until an ServicePipeline is deployed. Use this after invoking CreateService or
    /// UpdateServicePipeline
    ///
    /// The `ServicePipelineDeployed` waiter: calls [`get_service`](Self::get_service) (the `GetService` operation) until an acceptor decides, waiting 10 to 3600 s between calls, for at most `max_wait` in all.
    ///
    /// Acceptors, in order:
    ///
    /// - success when `service.pipeline.deploymentStatus` is `SUCCEEDED`
    /// - failure when `service.pipeline.deploymentStatus` is `FAILED`
    ///
    /// Returns the last output on success (`None` when an error was the success, as for deletion), or [`WaiterError`](crate::waiter::WaiterError): a failure state, the time running out, or an error no acceptor matched.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn wait_until_service_pipeline_deployed(
        &self,
        input: crate::operation::get_service::GetServiceInput,
        max_wait: ::std::time::Duration,
    ) -> ::std::result::Result<
        ::std::option::Option<crate::operation::get_service::GetServiceOutput>,
        crate::waiter::WaiterError<
            crate::operation::get_service::GetServiceOutput,
            crate::operation::get_service::GetServiceError,
        >,
    > {
        ::awsgen_runtime::codegen::wait(
            self,
            input,
            max_wait,
            &crate::operation::get_service::SERVICE_PIPELINE_DEPLOYED_WAITER,
        ).await
    }

    /// Wait until a Service, its instances, and possibly pipeline have been deployed after UpdateService is
    /// invoked
    ///
    /// The `ServiceUpdated` waiter: calls [`get_service`](Self::get_service) (the `GetService` operation) until an acceptor decides, waiting 5 to 4995 s between calls, for at most `max_wait` in all.
    ///
    /// Acceptors, in order:
    ///
    /// - success when `service.status` is `ACTIVE`
    /// - failure when `service.status` is `UPDATE_FAILED_CLEANUP_COMPLETE`
    /// - failure when `service.status` is `UPDATE_FAILED_CLEANUP_FAILED`
    /// - failure when `service.status` is `UPDATE_FAILED`
    /// - failure when `service.status` is `UPDATE_COMPLETE_CLEANUP_FAILED`
    ///
    /// Returns the last output on success (`None` when an error was the success, as for deletion), or [`WaiterError`](crate::waiter::WaiterError): a failure state, the time running out, or an error no acceptor matched.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn wait_until_service_updated(
        &self,
        input: crate::operation::get_service::GetServiceInput,
        max_wait: ::std::time::Duration,
    ) -> ::std::result::Result<
        ::std::option::Option<crate::operation::get_service::GetServiceOutput>,
        crate::waiter::WaiterError<
            crate::operation::get_service::GetServiceOutput,
            crate::operation::get_service::GetServiceError,
        >,
    > {
        ::awsgen_runtime::codegen::wait(
            self,
            input,
            max_wait,
            &crate::operation::get_service::SERVICE_UPDATED_WAITER,
        ).await
    }

    /// Wait until a ServiceInstance is deployed. Use this after invoking CreateService or
    /// UpdateServiceInstance
    ///
    /// The `ServiceInstanceDeployed` waiter: calls [`get_service_instance`](Self::get_service_instance) (the `GetServiceInstance` operation) until an acceptor decides, waiting 5 to 4995 s between calls, for at most `max_wait` in all.
    ///
    /// Acceptors, in order:
    ///
    /// - success when `serviceInstance.deploymentStatus` is `SUCCEEDED`
    /// - failure when `serviceInstance.deploymentStatus` is `FAILED`
    ///
    /// Returns the last output on success (`None` when an error was the success, as for deletion), or [`WaiterError`](crate::waiter::WaiterError): a failure state, the time running out, or an error no acceptor matched.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn wait_until_service_instance_deployed(
        &self,
        input: crate::operation::get_service_instance::GetServiceInstanceInput,
        max_wait: ::std::time::Duration,
    ) -> ::std::result::Result<
        ::std::option::Option<crate::operation::get_service_instance::GetServiceInstanceOutput>,
        crate::waiter::WaiterError<
            crate::operation::get_service_instance::GetServiceInstanceOutput,
            crate::operation::get_service_instance::GetServiceInstanceError,
        >,
    > {
        ::awsgen_runtime::codegen::wait(
            self,
            input,
            max_wait,
            &crate::operation::get_service_instance::SERVICE_INSTANCE_DEPLOYED_WAITER,
        ).await
    }

    /// Wait until a ServiceTemplateVersion is registered. Use this after invoking
    /// CreateServiceTemplateVersion
    ///
    /// The `ServiceTemplateVersionRegistered` waiter: calls [`get_service_template_version`](Self::get_service_template_version) (the `GetServiceTemplateVersion` operation) until an acceptor decides, waiting 2 to 300 s between calls, for at most `max_wait` in all.
    ///
    /// Acceptors, in order:
    ///
    /// - success when `serviceTemplateVersion.status` is `DRAFT`
    /// - success when `serviceTemplateVersion.status` is `PUBLISHED`
    /// - failure when `serviceTemplateVersion.status` is `REGISTRATION_FAILED`
    ///
    /// Returns the last output on success (`None` when an error was the success, as for deletion), or [`WaiterError`](crate::waiter::WaiterError): a failure state, the time running out, or an error no acceptor matched.
    #[deprecated(note = "AWS Proton is not accepting new customers.")]
    pub async fn wait_until_service_template_version_registered(
        &self,
        input: crate::operation::get_service_template_version::GetServiceTemplateVersionInput,
        max_wait: ::std::time::Duration,
    ) -> ::std::result::Result<
        ::std::option::Option<
            crate::operation::get_service_template_version::GetServiceTemplateVersionOutput,
        >,
        crate::waiter::WaiterError<
            crate::operation::get_service_template_version::GetServiceTemplateVersionOutput,
            crate::operation::get_service_template_version::GetServiceTemplateVersionError,
        >,
    > {
        ::awsgen_runtime::codegen::wait(
            self,
            input,
            max_wait,
            &crate::operation::get_service_template_version::SERVICE_TEMPLATE_VERSION_REGISTERED_WAITER,
        ).await
    }
}
