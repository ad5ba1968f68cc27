// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `NotifyResourceDeploymentStatusChange` operation.
//!
//! Notify Proton of status changes to a provisioned resource when you use self-managed provisioning.
//!
//! For more information, see
//! [Self-managed provisioning](<https://docs.aws.amazon.com/proton/latest/userguide/ag-works-prov-methods.html#ag-works-prov-methods-self>)
//! in the *Proton User Guide*.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]
/// The operation's name, as sent in `X-Amz-Target`.
pub const OPERATION_NAME: &str = "NotifyResourceDeploymentStatusChange";
/// What the runtime needs to know about the operation.
pub(crate) static OPERATION: crate::invoke::Operation = crate::invoke::Operation {
    name: OPERATION_NAME,
    host_prefix: ::std::option::Option::None,
    compress: false,
};
/// The `NotifyResourceDeploymentStatusChangeInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq)]
pub struct NotifyResourceDeploymentStatusChangeInput {
    /// The deployment ID for your provisioned resource.
    ///
    /// *Model:* pattern `^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`.
    pub deployment_id: ::std::option::Option<::std::string::String>,
    /// The provisioned resource state change detail data that's returned by Proton.
    ///
    /// *Model:* length 0 to 50.
    pub outputs: ::std::option::Option<::std::vec::Vec<crate::types::Output>>,
    /// The provisioned resource Amazon Resource Name (ARN).
    ///
    /// *Model:* length 1 to 200; pattern `^arn:(aws|aws-cn|aws-us-gov):[a-zA-Z0-9-]+:[a-zA-Z0-9-]*:\d{12}:([\w+=,.@-]+[/:])*[\w+=,.@-]+$`.
    pub resource_arn: ::std::string::String,
    /// The status of your provisioned resource.
    pub status: ::std::option::Option<crate::types::ResourceDeploymentStatus>,
    /// The deployment status message for your provisioned resource.
    ///
    /// *Model:* length 0 to 5000; sensitive: redacted in `Debug` output.
    pub status_message: ::std::option::Option<::std::string::String>,
}
impl NotifyResourceDeploymentStatusChangeInput {
    /// Creates a value from its required member `resource_arn`; optional members start unset.
    pub fn new(resource_arn: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            resource_arn: resource_arn.into(),
            deployment_id: ::std::option::Option::None,
            outputs: ::std::option::Option::None,
            status: ::std::option::Option::None,
            status_message: ::std::option::Option::None,
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
    /// Sets [`outputs`](Self::outputs).
    pub fn with_outputs(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::Output>>,
    ) -> Self {
        self.outputs = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status`](Self::status).
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<crate::types::ResourceDeploymentStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets [`status_message`](Self::status_message).
    pub fn with_status_message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_message = ::std::option::Option::Some(value.into());
        self
    }
}
/// Redacts sensitive members.
impl ::std::fmt::Debug for NotifyResourceDeploymentStatusChangeInput {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let mut s = f.debug_struct("NotifyResourceDeploymentStatusChangeInput");
        s.field("deployment_id", &self.deployment_id);
        s.field("outputs", &self.outputs);
        s.field("resource_arn", &self.resource_arn);
        s.field("status", &self.status);
        s.field("status_message", &crate::primitives::Redacted);
        s.finish()
    }
}
impl crate::json::ToJson for NotifyResourceDeploymentStatusChangeInput {
    fn to_json(&self) -> ::serde_json::Value {
        let mut map = ::serde_json::Map::new();
        if let ::std::option::Option::Some(value) = &self.deployment_id {
            map.insert("deploymentId".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.outputs {
            map.insert("outputs".to_owned(), crate::json::ToJson::to_json(value));
        }
        map.insert(
            "resourceArn".to_owned(),
            crate::json::ToJson::to_json(&self.resource_arn),
        );
        if let ::std::option::Option::Some(value) = &self.status {
            map.insert("status".to_owned(), crate::json::ToJson::to_json(value));
        }
        if let ::std::option::Option::Some(value) = &self.status_message {
            map.insert("statusMessage".to_owned(), crate::json::ToJson::to_json(value));
        }
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for NotifyResourceDeploymentStatusChangeInput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        let mut v_deployment_id: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_outputs: ::std::option::Option<
            ::std::vec::Vec<crate::types::Output>,
        > = ::std::option::Option::None;
        let mut v_resource_arn: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut v_status: ::std::option::Option<
            crate::types::ResourceDeploymentStatus,
        > = ::std::option::Option::None;
        let mut v_status_message: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        r.object(|r, key| {
            match key {
                "deploymentId" => {
                    v_deployment_id = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                "outputs" => {
                    v_outputs = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "resourceArn" => {
                    v_resource_arn = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "status" => {
                    v_status = crate::json::member(r, crate::json::FromJson::read)?;
                }
                "statusMessage" => {
                    v_status_message = crate::json::member(
                        r,
                        crate::json::FromJson::read,
                    )?;
                }
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(Self {
            deployment_id: v_deployment_id,
            outputs: v_outputs,
            resource_arn: v_resource_arn
                .unwrap_or_else(crate::json::FromJson::zero_value),
            status: v_status,
            status_message: v_status_message,
        })
    }
    fn zero_value() -> Self {
        Self {
            deployment_id: ::std::option::Option::None,
            outputs: ::std::option::Option::None,
            resource_arn: crate::json::FromJson::zero_value(),
            status: ::std::option::Option::None,
            status_message: ::std::option::Option::None,
        }
    }
}
impl crate::validate::Validate for NotifyResourceDeploymentStatusChangeInput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        if let ::std::option::Option::Some(value) = &self.outputs {
            crate::validate::Validate::validate(value).map_err(|e| e.under("outputs"))?;
        }
        {
            let value = &self.resource_arn;
            crate::validate::min_length(value.chars().count(), 1u64)
                .map_err(|e| e.under("resourceArn"))?;
        }
        ::std::result::Result::Ok(())
    }
}
/// The `NotifyResourceDeploymentStatusChangeOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct NotifyResourceDeploymentStatusChangeOutput {}
impl NotifyResourceDeploymentStatusChangeOutput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::json::ToJson for NotifyResourceDeploymentStatusChangeOutput {
    fn to_json(&self) -> ::serde_json::Value {
        let map = ::serde_json::Map::new();
        ::serde_json::Value::Object(map)
    }
}
impl crate::json::FromJson for NotifyResourceDeploymentStatusChangeOutput {
    fn read(
        r: &mut crate::json::Reader<'_>,
    ) -> ::std::result::Result<Self, crate::json::DeserializeError> {
        r.object(|r, _key| r.skip())?;
        ::std::result::Result::Ok(Self {})
    }
    fn zero_value() -> Self {
        Self {}
    }
}
impl crate::validate::Validate for NotifyResourceDeploymentStatusChangeOutput {
    fn validate(&self) -> ::std::result::Result<(), crate::error::ValidationError> {
        ::std::result::Result::Ok(())
    }
}
/// The errors `NotifyResourceDeploymentStatusChange` can return.
#[non_exhaustive]
#[derive(Debug)]
pub enum NotifyResourceDeploymentStatusChangeError {
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
    Unhandled(crate::error::Unhandled),
}
impl NotifyResourceDeploymentStatusChangeError {
    /// The error code, when the service sent one.
    pub fn code(&self) -> ::std::option::Option<&str> {
        match self {
            Self::AccessDeniedException(_) => {
                ::std::option::Option::Some(crate::types::AccessDeniedException::CODE)
            }
            Self::ConflictException(_) => {
                ::std::option::Option::Some(crate::types::ConflictException::CODE)
            }
            Self::InternalServerException(_) => {
                ::std::option::Option::Some(crate::types::InternalServerException::CODE)
            }
            Self::ResourceNotFoundException(_) => {
                ::std::option::Option::Some(
                    crate::types::ResourceNotFoundException::CODE,
                )
            }
            Self::ServiceQuotaExceededException(_) => {
                ::std::option::Option::Some(
                    crate::types::ServiceQuotaExceededException::CODE,
                )
            }
            Self::ThrottlingException(_) => {
                ::std::option::Option::Some(crate::types::ThrottlingException::CODE)
            }
            Self::ValidationException(_) => {
                ::std::option::Option::Some(crate::types::ValidationException::CODE)
            }
            Self::Unhandled(e) => e.code(),
        }
    }
    /// The error message, when the service sent one.
    pub fn message(&self) -> ::std::option::Option<&str> {
        match self {
            Self::AccessDeniedException(e) => e.message(),
            Self::ConflictException(e) => e.message(),
            Self::InternalServerException(e) => e.message(),
            Self::ResourceNotFoundException(e) => e.message(),
            Self::ServiceQuotaExceededException(e) => e.message(),
            Self::ThrottlingException(e) => e.message(),
            Self::ValidationException(e) => e.message(),
            Self::Unhandled(e) => e.message(),
        }
    }
}
impl crate::error::OperationError for NotifyResourceDeploymentStatusChangeError {
    fn from_response(
        code: &str,
        body: &[u8],
        unhandled: crate::error::Unhandled,
    ) -> Self {
        match code {
            "AccessDeniedException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::AccessDeniedException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "ConflictException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::ConflictException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "InternalServerException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::InternalServerException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "ResourceNotFoundException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::ResourceNotFoundException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "ServiceQuotaExceededException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => {
                        Self::ServiceQuotaExceededException(e)
                    }
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "ThrottlingException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::ThrottlingException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            "ValidationException" => {
                match crate::json::FromJson::from_slice(body) {
                    ::std::result::Result::Ok(e) => Self::ValidationException(e),
                    ::std::result::Result::Err(_) => Self::Unhandled(unhandled),
                }
            }
            _ => Self::Unhandled(unhandled),
        }
    }
}
impl ::std::fmt::Display for NotifyResourceDeploymentStatusChangeError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::AccessDeniedException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ConflictException(e) => ::std::fmt::Display::fmt(e, f),
            Self::InternalServerException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ResourceNotFoundException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceQuotaExceededException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottlingException(e) => ::std::fmt::Display::fmt(e, f),
            Self::ValidationException(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unhandled(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for NotifyResourceDeploymentStatusChangeError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::AccessDeniedException(e) => ::std::option::Option::Some(e),
            Self::ConflictException(e) => ::std::option::Option::Some(e),
            Self::InternalServerException(e) => ::std::option::Option::Some(e),
            Self::ResourceNotFoundException(e) => ::std::option::Option::Some(e),
            Self::ServiceQuotaExceededException(e) => ::std::option::Option::Some(e),
            Self::ThrottlingException(e) => ::std::option::Option::Some(e),
            Self::ValidationException(e) => ::std::option::Option::Some(e),
            Self::Unhandled(e) => ::std::option::Option::Some(e),
        }
    }
}
