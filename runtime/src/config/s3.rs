//! S3's, S3 Control's and STS's own endpoint settings, and the endpoint rules' built-ins
//! (`AWS::S3::ForcePathStyle`, ...) they give, as botocore derives them.

use std::collections::BTreeMap;

use serde_json::Value;

/// How a bucket is addressed: in the host (`bucket.s3.region.amazonaws.com`) or in the path
/// (`s3.region.amazonaws.com/bucket`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AddressingStyle {
    /// In the host where the bucket name allows it; in the path with a custom endpoint (an
    /// S3-compatible store), as the AWS CLI does.
    #[default]
    Auto,
    /// Always in the host.
    Virtual,
    /// Always in the path.
    Path,
}

/// S3's and S3 Control's settings: the AWS CLI's `s3` configuration section and its variables.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct S3Config {
    /// `addressing_style`.
    pub addressing_style: AddressingStyle,
    /// `use_accelerate_endpoint`: S3 Transfer Acceleration.
    pub accelerate: bool,
    /// `use_dualstack_endpoint` of the `s3` section: dual-stack for S3 and S3 Control only.
    pub dual_stack: bool,
    /// `use_arn_region` (`AWS_S3_USE_ARN_REGION`): whether an ARN's region may differ from the
    /// client's. Unset, S3 allows it and S3 Control does not.
    pub use_arn_region: Option<bool>,
    /// `s3_disable_multiregion_access_points` (`AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS`).
    pub disable_multi_region_access_points: bool,
    /// `us_east_1_regional_endpoint = regional` (`AWS_S3_US_EAST_1_REGIONAL_ENDPOINT`): in
    /// us-east-1, `s3.us-east-1.amazonaws.com` rather than the global `s3.amazonaws.com`.
    pub us_east_1_regional: bool,
}

impl S3Config {
    /// The defaults: addressing chosen per bucket and endpoint, no acceleration.
    pub fn new() -> Self {
        Self::default()
    }

    /// How buckets are addressed.
    pub fn addressing_style(mut self, style: AddressingStyle) -> Self {
        self.addressing_style = style;
        self
    }

    /// Buckets always in the path (`true`), or addressed as [`AddressingStyle::Auto`] decides.
    pub fn force_path_style(self, on: bool) -> Self {
        self.addressing_style(if on { AddressingStyle::Path } else { AddressingStyle::Auto })
    }

    /// S3 Transfer Acceleration.
    pub fn accelerate(mut self, on: bool) -> Self {
        self.accelerate = on;
        self
    }

    /// Dual-stack (IPv6) endpoints for S3 and S3 Control.
    pub fn dual_stack(mut self, on: bool) -> Self {
        self.dual_stack = on;
        self
    }

    /// Whether an ARN's region may differ from the client's.
    pub fn use_arn_region(mut self, on: bool) -> Self {
        self.use_arn_region = Some(on);
        self
    }

    /// Refuses Multi-Region Access Point ARNs.
    pub fn disable_multi_region_access_points(mut self, on: bool) -> Self {
        self.disable_multi_region_access_points = on;
        self
    }

    /// The regional endpoint in us-east-1.
    pub fn us_east_1_regional(mut self, on: bool) -> Self {
        self.us_east_1_regional = on;
        self
    }

    /// The settings of the environment and the active profile, as the AWS CLI reads them.
    pub(crate) fn from_env(setting: &dyn Fn(&str, &[&str]) -> Option<String>) -> S3Config {
        let flag = |var: &str, keys: &[&str]| setting(var, keys).map(|v| v.trim().eq_ignore_ascii_case("true"));
        let style = setting("", &["s3.addressing_style"]);
        S3Config {
            addressing_style: match style.as_deref().map(str::trim) {
                Some("path") => AddressingStyle::Path,
                Some("virtual") => AddressingStyle::Virtual,
                _ => AddressingStyle::Auto,
            },
            accelerate: flag("", &["s3.use_accelerate_endpoint"]).unwrap_or(false),
            dual_stack: flag("", &["s3.use_dualstack_endpoint"]).unwrap_or(false),
            use_arn_region: flag("AWS_S3_USE_ARN_REGION", &["s3_use_arn_region", "s3.use_arn_region"]),
            disable_multi_region_access_points: flag(
                "AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS",
                &["s3_disable_multiregion_access_points", "s3.s3_disable_multiregion_access_points"],
            )
            .unwrap_or(false),
            us_east_1_regional: setting(
                "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT",
                &["s3_us_east_1_regional_endpoint", "s3.us_east_1_regional_endpoint"],
            )
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("regional")),
        }
    }
}

/// The regions where `sts_regional_endpoints = legacy` sends STS calls to the global endpoint
/// (botocore's list).
const LEGACY_GLOBAL_STS_REGIONS: &[&str] = &[
    "ap-northeast-1",
    "ap-south-1",
    "ap-southeast-1",
    "ap-southeast-2",
    "aws-global",
    "ca-central-1",
    "eu-central-1",
    "eu-north-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "sa-east-1",
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
];

/// What the endpoint rules of S3, S3 Control and STS read from the configuration: their
/// built-ins by name, as botocore computes them. `endpoint` is the custom endpoint URL, if
/// any: with one, `Auto` addressing puts the bucket in the path (S3-compatible stores), and
/// STS never goes global.
pub(crate) fn builtins(
    s3: &S3Config,
    sts_global_endpoint: bool,
    region: Option<&str>,
    endpoint: Option<&str>,
) -> BTreeMap<&'static str, Value> {
    let force_path_style = if s3.accelerate {
        false
    } else if endpoint.is_some_and(|url| !is_accelerate_url(url)) {
        s3.addressing_style != AddressingStyle::Virtual
    } else {
        s3.addressing_style == AddressingStyle::Path
    };
    let us_east_1 = matches!(region, None | Some("us-east-1"));
    let sts_global =
        sts_global_endpoint && endpoint.is_none() && region.is_some_and(|r| LEGACY_GLOBAL_STS_REGIONS.contains(&r));
    BTreeMap::from([
        ("AWS::S3::ForcePathStyle", Value::Bool(force_path_style)),
        ("AWS::S3::Accelerate", Value::Bool(s3.accelerate)),
        ("AWS::S3::UseArnRegion", Value::Bool(s3.use_arn_region.unwrap_or(true))),
        ("AWS::S3Control::UseArnRegion", Value::Bool(s3.use_arn_region.unwrap_or(false))),
        ("AWS::S3::DisableMultiRegionAccessPoints", Value::Bool(s3.disable_multi_region_access_points)),
        ("AWS::S3::UseGlobalEndpoint", Value::Bool(!s3.us_east_1_regional && us_east_1)),
        ("AWS::STS::UseGlobalEndpoint", Value::Bool(sts_global)),
    ])
}

/// S3's rules for one call beyond its settings, as botocore has them: `GetBucketLocation`
/// always in the path (a virtual host would need the region it asks for); an ARN bucket never
/// in the path; a presigned URL on the global endpoint (`bucket.s3.amazonaws.com`) unless the
/// settings or the bucket rule it out, whatever the client's region (the signature keeps it).
pub(crate) fn s3_call(params: &mut crate::endpoint::Params, operation: &str, s3: &S3Config, presign: bool) {
    let bucket = params.context.get("Bucket").and_then(Value::as_str).map(str::to_string);
    let arn = bucket.as_deref().is_some_and(|b| b.starts_with("arn:"));
    let path_style = "AWS::S3::ForcePathStyle".to_string();
    if operation == "GetBucketLocation" {
        params.builtins.insert(path_style.clone(), Value::Bool(true));
    } else if arn {
        params.builtins.insert(path_style.clone(), Value::Bool(false));
    }
    let path_required = bucket.as_deref().is_some_and(|b| !is_host_label(b));
    let path_requested = params.builtins.get(&path_style) == Some(&Value::Bool(true));
    let express = bucket.as_deref().is_some_and(|b| b.ends_with("--x-s3"));
    let region = params.region.as_deref().unwrap_or("us-east-1");
    let regional = s3.us_east_1_regional && region == "us-east-1";
    let global_allowed = crate::endpoint::partition_name(region).as_deref() == Some("aws")
        && !params.use_dual_stack
        && !regional
        && s3.addressing_style != AddressingStyle::Virtual;
    if presign && global_allowed && !path_required && !path_requested && !arn && !express {
        params.region = Some("aws-global".to_string());
        params.builtins.insert("AWS::S3::UseGlobalEndpoint".to_string(), Value::Bool(true));
    }
}

/// A DNS label: letters, digits and `-`, 1 to 63 of them, not starting or ending with `-`.
fn is_host_label(s: &str) -> bool {
    (1..=63).contains(&s.len())
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// `https://s3-accelerate.amazonaws.com` and its dual-stack form: a custom endpoint that is
/// S3's own accelerate endpoint keeps virtual addressing.
fn is_accelerate_url(url: &str) -> bool {
    let host = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = host.split(['/', ':']).next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    matches!(labels.as_slice(), ["s3-accelerate", .., "amazonaws", "com"] if labels.len() <= 5)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(b: &BTreeMap<&'static str, Value>, name: &str) -> bool {
        b[name].as_bool().unwrap()
    }

    #[test]
    fn a_custom_endpoint_puts_the_bucket_in_the_path_unless_virtual_is_asked() {
        let auto = S3Config::new();
        assert!(!get(&builtins(&auto, false, Some("us-west-2"), None), "AWS::S3::ForcePathStyle"));
        assert!(get(
            &builtins(&auto, false, Some("us-west-2"), Some("http://127.0.0.1:9000")),
            "AWS::S3::ForcePathStyle"
        ));
        let virt = S3Config::new().addressing_style(AddressingStyle::Virtual);
        assert!(!get(&builtins(&virt, false, None, Some("http://minio:9000")), "AWS::S3::ForcePathStyle"));
        let path = S3Config::new().force_path_style(true);
        assert!(get(&builtins(&path, false, None, None), "AWS::S3::ForcePathStyle"));
        // Acceleration wins; S3's own accelerate endpoint is not a custom store.
        let fast = S3Config::new().force_path_style(true).accelerate(true);
        assert!(!get(&builtins(&fast, false, None, None), "AWS::S3::ForcePathStyle"));
        assert!(!get(
            &builtins(&auto, false, None, Some("https://s3-accelerate.amazonaws.com")),
            "AWS::S3::ForcePathStyle"
        ));
    }

    #[test]
    fn arn_region_and_global_endpoints_follow_botocore() {
        let b = builtins(&S3Config::new(), false, Some("us-east-1"), None);
        assert!(get(&b, "AWS::S3::UseArnRegion") && !get(&b, "AWS::S3Control::UseArnRegion"));
        assert!(get(&b, "AWS::S3::UseGlobalEndpoint") && !get(&b, "AWS::STS::UseGlobalEndpoint"));
        let regional = S3Config::new().us_east_1_regional(true).use_arn_region(false);
        let b = builtins(&regional, true, Some("us-east-1"), None);
        assert!(!get(&b, "AWS::S3::UseGlobalEndpoint") && !get(&b, "AWS::S3::UseArnRegion"));
        assert!(get(&b, "AWS::STS::UseGlobalEndpoint"));
        // Legacy STS only in its regions, and never with a custom endpoint.
        assert!(!get(&builtins(&regional, true, Some("ap-east-1"), None), "AWS::STS::UseGlobalEndpoint"));
        assert!(!get(&builtins(&regional, true, Some("us-east-1"), Some("http://x")), "AWS::STS::UseGlobalEndpoint"));
        assert!(!get(&builtins(&S3Config::new(), false, Some("eu-west-1"), None), "AWS::S3::UseGlobalEndpoint"));
    }

    fn call(region: &str, bucket: &str, operation: &str, s3: &S3Config, presign: bool) -> crate::endpoint::Params {
        let mut params = crate::endpoint::Params { region: Some(region.to_string()), ..Default::default() };
        params.context.insert("Bucket".to_string(), Value::String(bucket.to_string()));
        params.builtins =
            builtins(s3, false, params.region.as_deref(), None).into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        s3_call(&mut params, operation, s3, presign);
        params
    }

    #[test]
    fn per_call_rules_as_botocore_has_them() {
        let auto = S3Config::new();
        let path = |p: &crate::endpoint::Params| p.builtins["AWS::S3::ForcePathStyle"] == Value::Bool(true);
        assert!(path(&call("eu-west-1", "b", "GetBucketLocation", &auto, false)));
        let arn = "arn:aws:s3:us-west-2:123456789012:accesspoint/ap";
        assert!(!path(&call("eu-west-1", arn, "GetObject", &S3Config::new().force_path_style(true), false)));
        // Presigned: the global endpoint, the client's region kept for the signature only.
        let global = |p: &crate::endpoint::Params| p.region.as_deref() == Some("aws-global");
        assert!(global(&call("eu-west-1", "my-bucket", "GetObject", &auto, true)));
        assert!(!global(&call("eu-west-1", "my-bucket", "GetObject", &auto, false)));
        assert!(!global(&call("eu-west-1", "my.bucket", "GetObject", &auto, true)), "not a host label");
        assert!(!global(&call("eu-west-1", "b--x-s3", "GetObject", &auto, true)), "S3 Express");
        assert!(!global(&call("eu-west-1", arn, "GetObject", &auto, true)));
        assert!(!global(&call("cn-north-1", "my-bucket", "GetObject", &auto, true)), "not the aws partition");
        let virt = S3Config::new().addressing_style(AddressingStyle::Virtual);
        assert!(!global(&call("eu-west-1", "my-bucket", "GetObject", &virt, true)));
        let regional = S3Config::new().us_east_1_regional(true);
        assert!(!global(&call("us-east-1", "my-bucket", "GetObject", &regional, true)));
        assert!(global(&call("us-west-2", "my-bucket", "GetObject", &regional, true)));
    }

    #[test]
    fn read_from_the_environment_and_the_profile() {
        let env = |var: &str, keys: &[&str]| -> Option<String> {
            let set = [
                ("AWS_S3_USE_ARN_REGION", "false"),
                ("s3.addressing_style", "path"),
                ("s3.use_accelerate_endpoint", "true"),
                ("s3_us_east_1_regional_endpoint", "regional"),
                ("s3.s3_disable_multiregion_access_points", "TRUE"),
            ];
            std::iter::once(var)
                .chain(keys.iter().copied())
                .find_map(|k| set.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string()))
        };
        let s3 = S3Config::from_env(&env);
        assert_eq!(
            s3,
            S3Config {
                addressing_style: AddressingStyle::Path,
                accelerate: true,
                dual_stack: false,
                use_arn_region: Some(false),
                disable_multi_region_access_points: true,
                us_east_1_regional: true,
            }
        );
    }
}
