// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListDeployments` operation.
//!
//! List deployments. You can filter the result list by environment, service, or a single service
//! instance.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "ListDeployments";

/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: ::awsgen_runtime::codegen::Operation = ::awsgen_runtime::codegen::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
    content_md5: false,
    unsigned_payload: false,
    anonymous: false,
    customizations: &[],
    http2: false,
    checksum: ::std::option::Option::None,
};

/// The `ListDeploymentsInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct ListDeploymentsInput {
    /// The name of a component for result list filtering. Proton returns deployments associated with that
    /// component.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub component_name: ::std::option::Option<::std::string::String>,
    /// The name of an environment for result list filtering. Proton returns deployments associated with the
    /// environment.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::option::Option<::std::string::String>,
    /// The maximum number of deployments to list.
    ///
    /// *Model:* value 1 to 100.
    pub max_results: ::std::option::Option<i32>,
    /// A token that indicates the location of the next deployment in the array of deployment, after the
    /// list of deployment that was previously requested.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The name of a service instance for result list filtering. Proton returns the deployments associated
    /// with the service instance.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::option::Option<::std::string::String>,
    /// The name of a service for result list filtering. Proton returns deployments associated with service
    /// instances of the service.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::option::Option<::std::string::String>,
}

impl ListDeploymentsInput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            component_name: ::std::option::Option::None,
            environment_name: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
        }
    }

    /// Sets [`component_name`](Self::component_name).
    pub fn with_component_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.component_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`environment_name`](Self::environment_name).
    pub fn with_environment_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.environment_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`max_results`](Self::max_results).
    pub fn with_max_results(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.max_results = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`next_token`](Self::next_token).
    pub fn with_next_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`service_instance_name`](Self::service_instance_name).
    pub fn with_service_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_instance_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`service_name`](Self::service_name).
    pub fn with_service_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_name = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::awsgen_runtime::codegen::ToJson for ListDeploymentsInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("componentName", &self.component_name);
        w.optional("environmentName", &self.environment_name);
        w.optional("maxResults", &self.max_results);
        w.optional("nextToken", &self.next_token);
        w.optional("serviceInstanceName", &self.service_instance_name);
        w.optional("serviceName", &self.service_name);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for ListDeploymentsInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "componentName" => out.component_name = r.member()?,
                "environmentName" => out.environment_name = r.member()?,
                "maxResults" => out.max_results = r.member()?,
                "nextToken" => out.next_token = r.member()?,
                "serviceInstanceName" => out.service_instance_name = r.member()?,
                "serviceName" => out.service_name = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        ::std::default::Default::default()
    }
}

impl ::awsgen_runtime::codegen::Validate for ListDeploymentsInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.component_name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "componentName",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.environment_name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "environmentName",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.max_results {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_value(*value as f64, 1f64),
                "maxResults",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.service_instance_name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceInstanceName",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.service_name {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceName",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `ListDeploymentsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListDeploymentsOutput {
    /// An array of deployment with summary data.
    pub deployments: ::std::vec::Vec<crate::types::DeploymentSummary>,
    /// A token that indicates the location of the next deployment in the array of deployment, after the
    /// current requested list of deployment.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl ListDeploymentsOutput {
    /// Creates a value from its required member `deployments`; optional members start unset.
    pub fn new(
        deployments: impl ::std::convert::Into<::std::vec::Vec<crate::types::DeploymentSummary>>,
    ) -> Self {
        Self { deployments: deployments.into(), next_token: ::std::option::Option::None }
    }

    /// Sets [`next_token`](Self::next_token).
    pub fn with_next_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ListDeploymentsOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("deployments", &self.deployments);
        w.optional("nextToken", &self.next_token);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ListDeploymentsOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "deployments" => r.set(&mut out.deployments)?,
                "nextToken" => out.next_token = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            deployments: ::awsgen_runtime::codegen::FromJson::zero_value(),
            next_token: ::std::option::Option::None,
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ListDeploymentsOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.deployments, "deployments")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `ListDeployments` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum ListDeploymentsError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request failed to register with the service.
    InternalServerException(crate::types::InternalServerException),
    /// The requested resource *wasn't* found.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// The request was denied due to request throttling.
    ThrottlingException(crate::types::ThrottlingException),
    /// The input is invalid or an out-of-range value was supplied for the input parameter.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not declare for this operation.
    Unhandled(::awsgen_runtime::error::Unhandled),
}

impl ListDeploymentsError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
            Self::InternalServerException(e) => e,
            Self::ResourceNotFoundException(e) => e,
            Self::ThrottlingException(e) => e,
            Self::ValidationException(e) => e,
            Self::Unhandled(e) => e,
        }
    }

    /// The error code, when the service sent one.
    pub fn code(&self) -> ::std::option::Option<&str> {
        self.inner().code()
    }

    /// The error message, when the service sent one.
    pub fn message(&self) -> ::std::option::Option<&str> {
        self.inner().message()
    }
}

impl ::awsgen_runtime::codegen::OperationError for ListDeploymentsError {
    const ERRORS: &'static ::awsgen_runtime::codegen::ErrorTable<Self> = &[
        (
            "AccessDeniedException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::AccessDeniedException),
        ),
        (
            "InternalServerException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::InternalServerException),
        ),
        (
            "ResourceNotFoundException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ResourceNotFoundException),
        ),
        (
            "ThrottlingException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ThrottlingException),
        ),
        (
            "ValidationException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ValidationException),
        ),
    ];

    fn unhandled(unhandled: ::awsgen_runtime::error::Unhandled) -> Self {
        Self::Unhandled(unhandled)
    }
}

impl ::awsgen_runtime::error::ServiceError for ListDeploymentsError {
    fn code(&self) -> ::std::option::Option<&str> {
        ListDeploymentsError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        ListDeploymentsError::message(self)
    }
}

impl ::std::fmt::Display for ListDeploymentsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for ListDeploymentsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}

fn send_boxed(
    client: &crate::Client,
    input: ListDeploymentsInput,
) -> ::awsgen_runtime::http::BoxFuture<
    '_,
    ::std::result::Result<ListDeploymentsOutput, ::awsgen_runtime::Error<ListDeploymentsError>>,
> {
    ::std::boxed::Box::pin(client.list_deployments(input))
}

fn paginator_next(
    input: &crate::operation::list_deployments::ListDeploymentsInput,
    output: &crate::operation::list_deployments::ListDeploymentsOutput,
) -> ::std::option::Option<crate::operation::list_deployments::ListDeploymentsInput> {
    let token0 = output.next_token.as_ref();
    let set0 = token0.is_some_and(|_v0| !_v0.is_empty());
    if !set0 {
        return ::std::option::Option::None;
    }
    let mut next = input.clone();
    next.next_token = token0.cloned();
    ::std::option::Option::Some(next)
}

fn paginator_token_key(
    input: &crate::operation::list_deployments::ListDeploymentsInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}

fn paginator_items(
    output: crate::operation::list_deployments::ListDeploymentsOutput,
) -> ::std::vec::Vec<crate::types::DeploymentSummary> {
    output.deployments
}

pub(crate) static PAGINATOR: ::awsgen_runtime::codegen::PaginatorSpec<
    crate::Client,
    crate::operation::list_deployments::ListDeploymentsInput,
    crate::operation::list_deployments::ListDeploymentsOutput,
    crate::operation::list_deployments::ListDeploymentsError,
    crate::types::DeploymentSummary,
> = ::awsgen_runtime::codegen::PaginatorSpec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::Some(
        |input: &mut crate::operation::list_deployments::ListDeploymentsInput, size: i32| {
            input.max_results = ::std::option::Option::Some(size);
        },
    ),
    items: paginator_items,
};
