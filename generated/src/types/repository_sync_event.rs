// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Repository sync event detail data for a sync attempt.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct RepositorySyncEvent {
    /// Event detail for a repository sync attempt.
    pub event: ::std::string::String,
    /// The external ID of the sync event.
    pub external_id: ::std::option::Option<::std::string::String>,
    /// The time that the sync event occurred.
    pub time: ::awsgen_runtime::primitives::DateTime,
    /// The type of event.
    pub r#type: ::std::string::String,
}

/// The required members of [`RepositorySyncEvent`], named, for [`RepositorySyncEvent::new`].
#[derive(Clone)]
pub struct RepositorySyncEventRequired {
    /// Event detail for a repository sync attempt.
    pub event: ::std::string::String,
    /// The time that the sync event occurred.
    pub time: ::awsgen_runtime::primitives::DateTime,
    /// The type of event.
    pub r#type: ::std::string::String,
}

impl RepositorySyncEvent {
    /// Creates a value from its required members; optional members start unset.
    pub fn new(required: RepositorySyncEventRequired) -> Self {
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
impl ::awsgen_runtime::codegen::ToJson for RepositorySyncEvent {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.member("event", &self.event);
        w.optional("externalId", &self.external_id);
        w.member("time", &self.time);
        w.member("type", &self.r#type);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for RepositorySyncEvent {
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
impl ::awsgen_runtime::codegen::Validate for RepositorySyncEvent {}
