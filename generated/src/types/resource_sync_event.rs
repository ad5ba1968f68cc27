// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Detail data for a resource sync event.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ResourceSyncEvent {
    /// A resource sync event.
    pub event: ::std::string::String,
    /// The external ID for the event.
    pub external_id: ::std::option::Option<::std::string::String>,
    /// The time when the event occurred.
    pub time: ::awsgen_runtime::primitives::DateTime,
    /// The type of event.
    pub r#type: ::std::string::String,
}

/// The required members of [`ResourceSyncEvent`], named, for [`ResourceSyncEvent::new`].
#[derive(Clone)]
pub struct ResourceSyncEventRequired {
    /// A resource sync event.
    pub event: ::std::string::String,
    /// The time when the event occurred.
    pub time: ::awsgen_runtime::primitives::DateTime,
    /// The type of event.
    pub r#type: ::std::string::String,
}

impl ResourceSyncEvent {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: ResourceSyncEventRequired) -> Self {
        Self {
            event: required.event,
            time: required.time,
            r#type: required.r#type,
            external_id: ::std::option::Option::None,
        }
    }

    /// Sets [`external_id`](Self::external_id).
    pub fn with_external_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_id = ::std::option::Option::Some(value.into());
        self
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ResourceSyncEvent {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("event", &self.event);
        w.optional("externalId", &self.external_id);
        w.member("time", &self.time);
        w.member("type", &self.r#type);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ResourceSyncEvent {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "event" => r.set(&mut out.event)?,
                "externalId" => out.external_id = r.member()?,
                "time" => r.set(&mut out.time)?,
                "type" => r.set(&mut out.r#type)?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            event: ::awsgen_runtime::codegen::FromJson::zero_value(),
            external_id: ::std::option::Option::None,
            time: ::awsgen_runtime::codegen::FromJson::zero_value(),
            r#type: ::awsgen_runtime::codegen::FromJson::zero_value(),
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ResourceSyncEvent {}
