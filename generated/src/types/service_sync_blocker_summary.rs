// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// If a service instance is manually updated, Proton wants to prevent accidentally overriding a manual
/// change.
///
/// A blocker is created because of the manual update or deletion of a service instance. The summary
/// describes the blocker as being active or resolved.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ServiceSyncBlockerSummary {
    /// The latest active blockers for the synced service.
    pub latest_blockers: ::std::option::Option<::std::vec::Vec<crate::types::SyncBlocker>>,
    /// The name of the service instance that you want sync your service configuration with.
    pub service_instance_name: ::std::option::Option<::std::string::String>,
    /// The name of the service that you want to get the sync blocker summary for. If given a service
    /// instance name and a service name, it will return the blockers only applying to the instance that is
    /// blocked.
    ///
    /// If given only a service name, it will return the blockers that apply to all of the instances. In
    /// order to get the blockers for a single instance, you will need to make two distinct calls, one to
    /// get the sync blocker summary for the service and the other to get the sync blocker for the service
    /// instance.
    pub service_name: ::std::string::String,
}

impl ServiceSyncBlockerSummary {
    /// Creates a value from its required member `service_name`; optional members start unset.
    pub fn new(service_name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            service_name: service_name.into(),
            latest_blockers: ::std::option::Option::None,
            service_instance_name: ::std::option::Option::None,
        }
    }

    /// Sets [`latest_blockers`](Self::latest_blockers).
    pub fn with_latest_blockers(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::SyncBlocker>>,
    ) -> Self {
        self.latest_blockers = ::std::option::Option::Some(value.into());
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
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ServiceSyncBlockerSummary {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("latestBlockers", &self.latest_blockers);
        w.optional("serviceInstanceName", &self.service_instance_name);
        w.member("serviceName", &self.service_name);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ServiceSyncBlockerSummary {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "latestBlockers" => out.latest_blockers = r.member()?,
                "serviceInstanceName" => out.service_instance_name = r.member()?,
                "serviceName" => r.set(&mut out.service_name)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            latest_blockers: ::std::option::Option::None,
            service_instance_name: ::std::option::Option::None,
            service_name: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ServiceSyncBlockerSummary {
    fn validate(&self) -> ::std::result::Result<(), ::awsgen_runtime::error::ValidationError> {
        ::awsgen_runtime::codegen::nested(&self.latest_blockers, "latestBlockers")?;
        ::std::result::Result::Ok(())
    }
}
