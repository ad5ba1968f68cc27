// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListServiceInstanceOutputs` operation.
//!
//! Get a list service of instance Infrastructure as Code (IaC) outputs.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "ListServiceInstanceOutputs";

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

/// The `ListServiceInstanceOutputsInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListServiceInstanceOutputsInput {
    /// The ID of the deployment whose outputs you want.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub deployment_id: ::std::option::Option<::std::string::String>,
    /// A token that indicates the location of the next output in the array of outputs, after the list of
    /// outputs that was previously requested.
    ///
    /// *Model:* length 0 to 0.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The name of the service instance whose outputs you want.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::string::String,
    /// The name of the service that `serviceInstanceName` is associated to.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}

/// The required members of [`ListServiceInstanceOutputsInput`], named, for [`ListServiceInstanceOutputsInput::new`].
#[derive(Clone)]
pub struct ListServiceInstanceOutputsInputRequired {
    /// The name of the service instance whose outputs you want.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::string::String,
    /// The name of the service that `serviceInstanceName` is associated to.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::string::String,
}

impl ListServiceInstanceOutputsInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ListServiceInstanceOutputsInputRequired) -> Self {
        Self {
            service_instance_name: required.service_instance_name,
            service_name: required.service_name,
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

impl ::awsgen_runtime::codegen::ToJson for ListServiceInstanceOutputsInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("deploymentId", &self.deployment_id);
        w.optional("nextToken", &self.next_token);
        w.member("serviceInstanceName", &self.service_instance_name);
        w.member("serviceName", &self.service_name);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for ListServiceInstanceOutputsInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "deploymentId" => out.deployment_id = r.member()?,
                "nextToken" => out.next_token = r.member()?,
                "serviceInstanceName" => r.set(&mut out.service_instance_name)?,
                "serviceName" => r.set(&mut out.service_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            deployment_id: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            service_instance_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            service_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for ListServiceInstanceOutputsInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.service_instance_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceInstanceName",
            )?;
        }
        {
            let value = &self.service_name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceName",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `ListServiceInstanceOutputsOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListServiceInstanceOutputsOutput {
    /// A token that indicates the location of the next output in the array of outputs, after the current
    /// requested list of outputs.
    ///
    /// *Model:* length 0 to 0.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// An array of service instance Infrastructure as Code (IaC) outputs.
    pub outputs: ::std::vec::Vec<crate::types::Output>,
}

impl ListServiceInstanceOutputsOutput {
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
impl ::awsgen_runtime::codegen::ToJson for ListServiceInstanceOutputsOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("nextToken", &self.next_token);
        w.member("outputs", &self.outputs);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ListServiceInstanceOutputsOutput {
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
impl ::awsgen_runtime::codegen::Validate for ListServiceInstanceOutputsOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.outputs, "outputs")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `ListServiceInstanceOutputs` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum ListServiceInstanceOutputsError {
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

impl ListServiceInstanceOutputsError {
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

impl ::awsgen_runtime::codegen::OperationError for ListServiceInstanceOutputsError {
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

impl ::awsgen_runtime::error::ServiceError for ListServiceInstanceOutputsError {
    fn code(&self) -> ::std::option::Option<&str> {
        ListServiceInstanceOutputsError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        ListServiceInstanceOutputsError::message(self)
    }
}

impl ::std::fmt::Display for ListServiceInstanceOutputsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for ListServiceInstanceOutputsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}

fn send_boxed(
    client: &crate::Client,
    input: ListServiceInstanceOutputsInput,
) -> ::awsgen_runtime::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListServiceInstanceOutputsOutput,
        ::awsgen_runtime::Error<ListServiceInstanceOutputsError>,
    >,
> {
    ::std::boxed::Box::pin(client.list_service_instance_outputs(input))
}

fn paginator_next(
    input: &crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsInput,
    output: &crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsOutput,
) -> ::std::option::Option<
    crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsInput,
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
    input: &crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}

fn paginator_items(
    output: crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsOutput,
) -> ::std::vec::Vec<crate::types::Output> {
    output.outputs
}

pub(crate) static PAGINATOR: ::awsgen_runtime::codegen::PaginatorSpec<
    crate::Client,
    crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsInput,
    crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsOutput,
    crate::operation::list_service_instance_outputs::ListServiceInstanceOutputsError,
    crate::types::Output,
> = ::awsgen_runtime::codegen::PaginatorSpec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::None,
    items: paginator_items,
};
