// @generated from `model/proton/service-2.json` by the codegen crate. Do not edit by hand.
// Regenerate with `cargo xtask codegen`.

#![allow(deprecated)]

/// Summary counts of each Proton resource types.
#[non_exhaustive]
#[derive(Clone, PartialEq, Debug)]
pub struct ResourceCountsSummary {
    /// The number of resources of this type in the Amazon Web Services account that need a major template
    /// version update.
    pub behind_major: ::std::option::Option<i32>,
    /// The number of resources of this type in the Amazon Web Services account that need a minor template
    /// version update.
    pub behind_minor: ::std::option::Option<i32>,
    /// The number of resources of this type in the Amazon Web Services account that failed to deploy.
    pub failed: ::std::option::Option<i32>,
    /// The total number of resources of this type in the Amazon Web Services account.
    pub total: i32,
    /// The number of resources of this type in the Amazon Web Services account that are up-to-date with
    /// their template.
    pub up_to_date: ::std::option::Option<i32>,
}

impl ResourceCountsSummary {
    /// Creates a value from its required member `total`; optional members start unset.
    pub fn new(total: impl ::std::convert::Into<i32>) -> Self {
        Self {
            total: total.into(),
            behind_major: ::std::option::Option::None,
            behind_minor: ::std::option::Option::None,
            failed: ::std::option::Option::None,
            up_to_date: ::std::option::Option::None,
        }
    }

    /// Sets [`behind_major`](Self::behind_major).
    pub fn with_behind_major(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.behind_major = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`behind_minor`](Self::behind_minor).
    pub fn with_behind_minor(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.behind_minor = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`failed`](Self::failed).
    pub fn with_failed(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.failed = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets [`up_to_date`](Self::up_to_date).
    pub fn with_up_to_date(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.up_to_date = ::std::option::Option::Some(value.into());
        self
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::ToJson for ResourceCountsSummary {
    fn write(&self, w: &mut ::awsgen_runtime::codegen::Writer) {
        w.begin_object();
        w.optional("behindMajor", &self.behind_major);
        w.optional("behindMinor", &self.behind_minor);
        w.optional("failed", &self.failed);
        w.member("total", &self.total);
        w.optional("upToDate", &self.up_to_date);
        w.end_object();
    }
}

impl ::awsgen_runtime::codegen::FromJson for ResourceCountsSummary {
    fn read(
        r: &mut ::awsgen_runtime::codegen::Reader<'_>,
    ) -> ::std::result::Result<Self, ::awsgen_runtime::codegen::DeserializeError> {
        let mut out = <Self as ::awsgen_runtime::codegen::FromJson>::zero_value();
        r.object(|r, key| {
            match key {
                "behindMajor" => out.behind_major = r.member()?,
                "behindMinor" => out.behind_minor = r.member()?,
                "failed" => out.failed = r.member()?,
                "total" => r.set(&mut out.total)?,
                "upToDate" => out.up_to_date = r.member()?,
                _ => r.skip()?,
            }
            ::std::result::Result::Ok(())
        })?;
        ::std::result::Result::Ok(out)
    }

    fn zero_value() -> Self {
        Self {
            behind_major: ::std::option::Option::None,
            behind_minor: ::std::option::Option::None,
            failed: ::std::option::Option::None,
            total: ::awsgen_runtime::codegen::FromJson::zero_value(),
            up_to_date: ::std::option::Option::None,
        }
    }
}

#[cfg(feature = "test-util")]
impl ::awsgen_runtime::codegen::Validate for ResourceCountsSummary {}
