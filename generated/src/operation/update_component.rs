// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `UpdateComponent` operation.
//!
//! Update a component.
//!
//! There are a few modes for updating a component. The `deploymentType` field defines the mode.
//!
//! **Note:** You can't update a component while its deployment status, or the deployment status of a
//! service instance attached to it, is `IN_PROGRESS`.
//!
//! For more information about components, see
//! [Proton components](<https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html>) in the
//! *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "UpdateComponent";

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

/// The `UpdateComponentInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct UpdateComponentInput {
    /// The client token for the updated component.
    ///
    /// *Model:* length 0 to 64; pattern `^[!-~]*$`; an idempotency token: the client fills it with a fresh UUID when unset, the same on every attempt.
    pub client_token: ::std::option::Option<::std::string::String>,
    /// The deployment type. It defines the mode for updating a component, as follows:
    ///
    /// `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
    /// updated. You can only specify `description` in this mode. `CURRENT_VERSION` In this mode, the
    /// component is deployed and updated with the new `serviceSpec`, `templateSource`, and/or `type` that
    /// you provide. Only requested parameters are updated.
    pub deployment_type: crate::types::ComponentDeploymentUpdateType,
    /// An optional customer-provided description of the component.
    ///
    /// *Model:* length 0 to 500; sensitive: redacted in `Debug` output.
    pub description: ::std::option::Option<::std::string::String>,
    /// The name of the component to update.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
    /// The name of the service instance that you want to attach this component to. Don't specify to keep
    /// the component's current service instance attachment. Specify an empty string to detach the component
    /// from the service instance it's attached to. Specify non-empty values for both `serviceInstanceName`
    /// and `serviceName` or for neither of them.
    ///
    /// *Model:* length 0 to 100; pattern `(^$)|^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_instance_name: ::std::option::Option<::std::string::String>,
    /// The name of the service that `serviceInstanceName` is associated with. Don't specify to keep the
    /// component's current service instance attachment. Specify an empty string to detach the component
    /// from the service instance it's attached to. Specify non-empty values for both `serviceInstanceName`
    /// and `serviceName` or for neither of them.
    ///
    /// *Model:* length 0 to 100; pattern `(^$)|^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::option::Option<::std::string::String>,
    /// The service spec that you want the component to use to access service inputs. Set this only when the
    /// component is attached to a service instance.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub service_spec: ::std::option::Option<::std::string::String>,
    /// A path to the Infrastructure as Code (IaC) file describing infrastructure that a custom component
    /// provisions.
    ///
    /// **Note:** Components support a single IaC file, even if you use Terraform as your template language.
    ///
    /// *Model:* length 1 to 51200; sensitive: redacted in `Debug` output.
    pub template_file: ::std::option::Option<::std::string::String>,
}

/// The required members of [`UpdateComponentInput`], named, for [`UpdateComponentInput::new`].
#[derive(Clone)]
pub struct UpdateComponentInputRequired {
    /// The deployment type. It defines the mode for updating a component, as follows:
    ///
    /// `NONE` In this mode, a deployment *doesn't* occur. Only the requested metadata parameters are
    /// updated. You can only specify `description` in this mode. `CURRENT_VERSION` In this mode, the
    /// component is deployed and updated with the new `serviceSpec`, `templateSource`, and/or `type` that
    /// you provide. Only requested parameters are updated.
    pub deployment_type: crate::types::ComponentDeploymentUpdateType,
    /// The name of the component to update.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub name: ::std::string::String,
}

impl UpdateComponentInput {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: UpdateComponentInputRequired) -> Self {
        Self {
            deployment_type: required.deployment_type,
            name: required.name,
            client_token: ::std::option::Option::None,
            description: ::std::option::Option::None,
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            service_spec: ::std::option::Option::None,
            template_file: ::std::option::Option::None,
        }
    }

    /// Sets [`client_token`](Self::client_token).
    pub fn with_client_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`description`](Self::description).
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
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

    /// Sets [`service_spec`](Self::service_spec).
    pub fn with_service_spec(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_spec = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`template_file`](Self::template_file).
    pub fn with_template_file(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_file = ::std::option::Option::Some(value.into());
        self
    }
}

/// Redacts sensitive members.
impl ::std::fmt::Debug for UpdateComponentInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("UpdateComponentInput");
        s.field("client_token", &self.client_token);
        s.field("deployment_type", &self.deployment_type);
        s.field("description", &::awsgen_runtime::codegen::Redacted);
        s.field("name", &self.name);
        s.field("service_instance_name", &self.service_instance_name);
        s.field("service_name", &self.service_name);
        s.field("service_spec", &::awsgen_runtime::codegen::Redacted);
        s.field("template_file", &::awsgen_runtime::codegen::Redacted);
        s.finish()
    }
}

impl ::awsgen_runtime::codegen::ToJson for UpdateComponentInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("clientToken", &self.client_token);
        w.member("deploymentType", &self.deployment_type);
        w.optional("description", &self.description);
        w.member("name", &self.name);
        w.optional("serviceInstanceName", &self.service_instance_name);
        w.optional("serviceName", &self.service_name);
        w.optional("serviceSpec", &self.service_spec);
        w.optional("templateFile", &self.template_file);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for UpdateComponentInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "clientToken" => out.client_token = r.member()?,
                "deploymentType" => r.set(&mut out.deployment_type)?,
                "description" => out.description = r.member()?,
                "name" => r.set(&mut out.name)?,
                "serviceInstanceName" => out.service_instance_name = r.member()?,
                "serviceName" => out.service_name = r.member()?,
                "serviceSpec" => out.service_spec = r.member()?,
                "templateFile" => out.template_file = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            client_token: ::std::option::Option::None,
            deployment_type: ::awsgen_runtime::codegen::FromJson::zero_value(),
            description: ::std::option::Option::None,
            name: ::awsgen_runtime::codegen::FromJson::zero_value(),
            service_instance_name: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            service_spec: ::std::option::Option::None,
            template_file: ::std::option::Option::None,
        }
    }
}

impl ::awsgen_runtime::codegen::Validate for UpdateComponentInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        {
            let value = &self.name;
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "name",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.service_spec {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "serviceSpec",
            )?;
        }
        if let ::std::option::Option::Some(value) = &self.template_file {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_length(value.chars().count(), 1u64),
                "templateFile",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}

/// The `UpdateComponentOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct UpdateComponentOutput {
    /// The detailed data of the updated component.
    pub component: crate::types::Component,
}

impl UpdateComponentOutput {
    /// Creates a value from its required member `component`; optional members start unset.
    pub fn new(component: impl ::std::convert::Into<crate::types::Component>) -> Self {
        Self { component: component.into() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for UpdateComponentOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("component", &self.component);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for UpdateComponentOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "component" => r.set(&mut out.component)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self { component: ::awsgen_runtime::codegen::FromJson::zero_value() }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for UpdateComponentOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.component, "component")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `UpdateComponent` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum UpdateComponentError {
    /// There *isn't* sufficient access for performing this action.
    AccessDeniedException(crate::types::AccessDeniedException),
    /// The request *couldn't* be made due to a conflicting operation or resource.
    ConflictException(crate::types::ConflictException),
    /// The request failed to register with the service.
    InternalServerException(crate::types::InternalServerException),
    /// The requested resource *wasn't* found.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    /// A quota was exceeded. For more information, see
    /// [Proton Quotas](<https://docs.aws.amazon.com/proton/latest/userguide/ag-limits.html>) in the *Proton
    /// User Guide*.
    ServiceQuotaExceededException(crate::types::ServiceQuotaExceededException),
    /// The request was denied due to request throttling.
    ThrottlingException(crate::types::ThrottlingException),
    /// The input is invalid or an out-of-range value was supplied for the input parameter.
    ValidationException(crate::types::ValidationException),
    /// An error the model does not declare for this operation.
    Unhandled(::awsgen_runtime::error::Unhandled),
}

impl UpdateComponentError {
    /// The error inside, whichever variant, as every service's errors are: with a code
    /// and a message.
    pub fn inner(&self) -> &(dyn ::awsgen_runtime::error::ServiceError + 'static) {
        match self {
            Self::AccessDeniedException(e) => e,
            Self::ConflictException(e) => e,
            Self::InternalServerException(e) => e,
            Self::ResourceNotFoundException(e) => e,
            Self::ServiceQuotaExceededException(e) => e,
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

impl ::awsgen_runtime::codegen::OperationError for UpdateComponentError {
    const ERRORS: &'static ::awsgen_runtime::codegen::ErrorTable<Self> = &[
        (
            "AccessDeniedException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::AccessDeniedException),
        ),
        (
            "ConflictException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ConflictException),
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
            "ServiceQuotaExceededException",
            |b, _| ::awsgen_runtime::codegen::read(b).map(Self::ServiceQuotaExceededException),
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

impl ::awsgen_runtime::error::ServiceError for UpdateComponentError {
    fn code(&self) -> ::std::option::Option<&str> {
        UpdateComponentError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        UpdateComponentError::message(self)
    }
}

impl ::std::fmt::Display for UpdateComponentError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for UpdateComponentError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}
