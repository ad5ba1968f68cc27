// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

//! The `ListServiceInstances` operation.
//!
//! List service instances with summary data. This action lists service instances of all services in the
//! Amazon Web Services account.
//!
//! **Deprecated:** AWS Proton is not accepting new customers.
#![allow(deprecated)]

/// The operation's name, as the model gives it.
pub const OPERATION_NAME: &str = "ListServiceInstances";

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

/// The `ListServiceInstancesInput` structure.
#[deprecated(note = "AWS Proton is not accepting new customers.")]
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug, Default)]
pub struct ListServiceInstancesInput {
    /// An array of filtering criteria that scope down the result list. By default, all service instances in
    /// the Amazon Web Services account are returned.
    pub filters: ::std::option::Option<::std::vec::Vec<crate::types::ListServiceInstancesFilter>>,
    /// The maximum number of service instances to list.
    ///
    /// *Model:* value 1 to 100.
    pub max_results: ::std::option::Option<i32>,
    /// A token that indicates the location of the next service in the array of service instances, after the
    /// list of service instances that was previously requested.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// The name of the service that the service instance belongs to.
    ///
    /// *Model:* length 1 to 100; pattern `^[0-9A-Za-z]+[0-9A-Za-z_\-]*$`.
    pub service_name: ::std::option::Option<::std::string::String>,
    /// The field that the result list is sorted by.
    ///
    /// When you choose to sort by `serviceName`, service instances within each service are sorted by
    /// service instance name.
    ///
    /// Default: `serviceName`
    pub sort_by: ::std::option::Option<crate::types::ListServiceInstancesSortBy>,
    /// Result list sort order.
    ///
    /// Default: `ASCENDING`
    pub sort_order: ::std::option::Option<crate::types::SortOrder>,
}

impl ListServiceInstancesInput {
    /// Creates a value with every (optional) member unset.
    pub fn new() -> Self {
        Self {
            filters: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            service_name: ::std::option::Option::None,
            sort_by: ::std::option::Option::None,
            sort_order: ::std::option::Option::None,
        }
    }

    /// Sets [`filters`](Self::filters).
    pub fn with_filters(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::ListServiceInstancesFilter>>,
    ) -> Self {
        self.filters = ::std::option::Option::Some(value.into());
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

    /// Sets [`service_name`](Self::service_name).
    pub fn with_service_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.service_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`sort_by`](Self::sort_by).
    pub fn with_sort_by(
        mut self,
        value: impl ::std::convert::Into<crate::types::ListServiceInstancesSortBy>,
    ) -> Self {
        self.sort_by = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`sort_order`](Self::sort_order).
    pub fn with_sort_order(
        mut self,
        value: impl ::std::convert::Into<crate::types::SortOrder>,
    ) -> Self {
        self.sort_order = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::awsgen_runtime::codegen::ToJson for ListServiceInstancesInput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("filters", &self.filters);
        w.optional("maxResults", &self.max_results);
        w.optional("nextToken", &self.next_token);
        w.optional("serviceName", &self.service_name);
        w.optional("sortBy", &self.sort_by);
        w.optional("sortOrder", &self.sort_order);
        w.end_object();
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::FromJson for ListServiceInstancesInput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "filters" => out.filters = r.member()?,
                "maxResults" => out.max_results = r.member()?,
                "nextToken" => out.next_token = r.member()?,
                "serviceName" => out.service_name = r.member()?,
                "sortBy" => out.sort_by = r.member()?,
                "sortOrder" => out.sort_order = r.member()?,
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

impl ::awsgen_runtime::codegen::Validate for ListServiceInstancesInput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.filters, "filters")?;
        if let ::std::option::Option::Some(value) = &self.max_results {
            ::awsgen_runtime::codegen::under(
                ::awsgen_runtime::codegen::min_value(*value as f64, 1f64),
                "maxResults",
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

/// The `ListServiceInstancesOutput` structure.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ListServiceInstancesOutput {
    /// A token that indicates the location of the next service instance in the array of service instances,
    /// after the current requested list of service instances.
    ///
    /// *Model:* pattern `^[A-Za-z0-9+=/]+$`.
    pub next_token: ::std::option::Option<::std::string::String>,
    /// An array of service instances with summary data.
    pub service_instances: ::std::vec::Vec<crate::types::ServiceInstanceSummary>,
}

impl ListServiceInstancesOutput {
    /// Creates a value from its required member `service_instances`; optional members start unset.
    pub fn new(
        service_instances: impl ::std::convert::Into<
            ::std::vec::Vec<crate::types::ServiceInstanceSummary>,
        >,
    ) -> Self {
        Self {
            service_instances: service_instances.into(),
            next_token: ::std::option::Option::None,
        }
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
impl ::awsgen_runtime::codegen::ToJson for ListServiceInstancesOutput {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("nextToken", &self.next_token);
        w.member("serviceInstances", &self.service_instances);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ListServiceInstancesOutput {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "nextToken" => out.next_token = r.member()?,
                "serviceInstances" => r.set(&mut out.service_instances)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            next_token: ::std::option::Option::None,
            service_instances: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ListServiceInstancesOutput {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.service_instances, "serviceInstances")?;
        ::std::result::Result::Ok(())
    }
}

/// The errors `ListServiceInstances` can return.
#[non_exhaustive]
#[derive(Debug)]
#[cfg_attr(feature = "test-util", derive(Clone))]
pub enum ListServiceInstancesError {
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

impl ListServiceInstancesError {
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

impl ::awsgen_runtime::codegen::OperationError for ListServiceInstancesError {
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

impl ::awsgen_runtime::error::ServiceError for ListServiceInstancesError {
    fn code(&self) -> ::std::option::Option<&str> {
        ListServiceInstancesError::code(self)
    }

    fn message(&self) -> ::std::option::Option<&str> {
        ListServiceInstancesError::message(self)
    }
}

impl ::std::fmt::Display for ListServiceInstancesError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(self.inner(), f)
    }
}

impl ::std::error::Error for ListServiceInstancesError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        self.inner().source()
    }
}

fn send_boxed(
    client: &crate::Client,
    input: ListServiceInstancesInput,
) -> ::awsgen_runtime::http::BoxFuture<
    '_,
    ::std::result::Result<
        ListServiceInstancesOutput,
        ::awsgen_runtime::Error<ListServiceInstancesError>,
    >,
> {
    ::std::boxed::Box::pin(client.list_service_instances(input))
}

fn paginator_next(
    input: &crate::operation::list_service_instances::ListServiceInstancesInput,
    output: &crate::operation::list_service_instances::ListServiceInstancesOutput,
) -> ::std::option::Option<crate::operation::list_service_instances::ListServiceInstancesInput> {
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
    input: &crate::operation::list_service_instances::ListServiceInstancesInput,
) -> ::std::string::String {
    input.next_token.clone().unwrap_or_default()
}

fn paginator_items(
    output: crate::operation::list_service_instances::ListServiceInstancesOutput,
) -> ::std::vec::Vec<crate::types::ServiceInstanceSummary> {
    output.service_instances
}

pub(crate) static PAGINATOR: ::awsgen_runtime::codegen::PaginatorSpec<
    crate::Client,
    crate::operation::list_service_instances::ListServiceInstancesInput,
    crate::operation::list_service_instances::ListServiceInstancesOutput,
    crate::operation::list_service_instances::ListServiceInstancesError,
    crate::types::ServiceInstanceSummary,
> = ::awsgen_runtime::codegen::PaginatorSpec {
    call: send_boxed,
    next: paginator_next,
    token_key: paginator_token_key,
    set_page_size: ::std::option::Option::Some(
        |input: &mut crate::operation::list_service_instances::ListServiceInstancesInput, size: i32| {
            input.max_results = ::std::option::Option::Some(size);
        },
    ),
    items: paginator_items,
};
