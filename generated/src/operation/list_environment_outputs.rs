// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListEnvironmentOutputs` operation.
//!
//! List the infrastructure as code outputs for your environment.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "ListEnvironmentOutputs";

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

/// The `ListEnvironmentOutputsInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListEnvironmentOutputsInput {
    /// The ID of the deployment whose outputs you want.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub deployment_id: ::std::option::Option<::std::string::String>,
    /// The environment name.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub environment_name: ::std::string::String,
    /// A token that indicates the location of the next environment output in the array of environment
    /// outputs, after the list of environment outputs that was previously requested.
    ///
    /// *Model:* length 0 to 0.
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl ListEnvironmentOutputsInput {
    /// Creates a value from its required member `environment_name`; optional members start unset.
    pub fn new(environment_name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            environment_name: environment_name.into(),
            deployment_id: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
        }
    }

    /// Sets [`deployment_id`](Self::deployment_id).
    pub fn with_deployment_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_id = ::std::option::Option::Some(value.into());
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
}

impl ::awsgen_runtime::codegen::ToJson for ListEnvironmentOutputsInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("deploymentId", &self.deployment_id);
        w.member("environmentName", &self.environment_name);
        w.optional("nextToken", &self.next_token);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for ListEnvironmentOutputsInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "deploymentId" => out.deployment_id = r.member()?,
                "environmentName" => r.set(&mut out.environment_name)?,
                "nextToken" => out.next_token = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            deployment_id: ::std::option::Option::None,
            environment_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            next_token: ::std::option::Option::None,
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for ListEnvironmentOutputsInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.environment_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "environmentName",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `ListEnvironmentOutputsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListEnvironmentOutputsOutput {
    /// A token that indicates the location of the next environment output in the array of environment
    /// outputs, after the current requested list of environment outputs.
    ///
    /// *Model:* length 0 to 0.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// An array of environment outputs with detail data.
    pub outputs: ::std::vec::Vec<crate::types::Output>,
}

impl ListEnvironmentOutputsOutput {
    /// Creates a value from its required member `outputs`; optional members start unset.
    pub fn new(outputs: impl ::std::convert::Into<::std::vec::Vec<crate::types::Output>>) -> Self {
        Self { outputs: outputs.into(), next_token: ::std::option::Option::None }
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
impl ::awsgen_runtime::codegen::ToJson for ListEnvironmentOutputsOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("nextToken", &self.next_token);
        w.member("outputs", &self.outputs);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ListEnvironmentOutputsOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "nextToken" => out.next_token = r.member()?,
                "outputs" => r.set(&mut out.outputs)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            outputs: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ListEnvironmentOutputsOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.outputs, "outputs")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `ListEnvironmentOutputs` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum ListEnvironmentOutputsError {
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

impl ListEnvironmentOutputsError {
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

impl ::awsgen_runtime::codegen::OperationError for ListEnvironmentOutputsError {
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

impl ::awsgen_runtime::error::ServiceError for ListEnvironmentOutputsError {
    fn code(&self) -> ::std::option::Option<&str> {
        ListEnvironmentOutputsError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        ListEnvironmentOutputsError::message(self)
    }
}

impl ::std::fmt::Display for ListEnvironmentOutputsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for ListEnvironmentOutputsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}

fn send_boxed(
    client: &crate::Client,
    input: ListEnvironmentOutputsInput,
) -> ::awsgen_runtime::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListEnvironmentOutputsOutput,
        ::awsgen_runtime::Error<ListEnvironmentOutputsError>,
    >,
> {
    ::std::boxed::Box::pin(client.list_environment_outputs(input))
}

fn paginator_next(
    input: &crate::operation::list_environment_outputs::ListEnvironmentOutputsInput,
    output: &crate::operation::list_environment_outputs::ListEnvironmentOutputsOutput,
) -> ::std::option::Option<
    crate::operation::list_environment_outputs::ListEnvironmentOutputsInput,
> {
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
    input: &crate::operation::list_environment_outputs::ListEnvironmentOutputsInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}

fn paginator_items(
    output: crate::operation::list_environment_outputs::ListEnvironmentOutputsOutput,
) -> ::std::vec::Vec<crate::types::Output> {
    output.outputs
}

pub(crate) static PAGINATOR: ::awsgen_runtime::codegen::PaginatorSpec<
    crate::Client,
    crate::operation::list_environment_outputs::ListEnvironmentOutputsInput,
    crate::operation::list_environment_outputs::ListEnvironmentOutputsOutput,
    crate::operation::list_environment_outputs::ListEnvironmentOutputsError,
    crate::types::Output,
> = ::awsgen_runtime::codegen::PaginatorSpec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::None,
    items: paginator_items,
};
