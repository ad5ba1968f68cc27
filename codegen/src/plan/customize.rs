//! What AWS's SDKs do for some services beyond their models (botocore's handlers, the AWS SDK
//! for Java's interceptors): each rule here is a fact about one service, resolved into plan data
//! that the emitters write and the runtime applies. Services are named by SDK id, which both
//! model formats carry.
//!
//! Rules of this kind that are not here: S3's other rules (issue "S3 as its users use it"), EC2's and RDS's
//! presigned copy URLs, IAM's and CloudFormation's URL-encoded documents (read as the strings
//! the models say), and Lex's, Polly's and the other input-stream services' (they come with
//! input event streams).

use smithy_ir::{HttpBinding, Member, Operation, Service, ShapeKind};

/// A per-operation rule; the runtime's `Customization` of the same name applies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpRule {
    /// Glacier's uploads carry the body's tree hash and SHA-256 (botocore
    /// `add_glacier_checksums`).
    GlacierChecksums,
    /// CloudSearch Domain's `Search` moves its query into a `POST` body (botocore
    /// `change_get_to_post`, Java's `SwitchToPostInterceptor`), so long queries fit.
    QueryAsFormBody,
    /// S3 may answer 200 with an `<Error>` body (a copy that failed after it started, a
    /// multipart upload that could not complete): such an answer, or one cut short, is read
    /// as a 500 (botocore `_handle_200_error`), so it is retried and then an error.
    ErrorIn200,
}

/// Headers sent with every request of the service unless the request sets them.
pub fn default_headers(svc: &Service) -> Vec<(String, String)> {
    let pairs: &[(&str, &str)] = match svc.sdk_id.as_str() {
        // API Gateway answers HAL (`application/hal+json`) otherwise; its Smithy customization
        // says clients must ask for JSON (botocore `add_accept_header`).
        "API Gateway" => &[("Accept", "application/json")],
        // The one API version Glacier has; every request must name it (`add_glacier_version`).
        "Glacier" => &[("x-amz-glacier-version", "2012-06-01")],
        _ => &[],
    };
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// The rules an operation has.
pub fn operation_rules(svc: &Service, op: &Operation) -> Vec<OpRule> {
    match (svc.sdk_id.as_str(), op.name.as_str()) {
        ("Glacier", "UploadArchive" | "UploadMultipartPart") => vec![OpRule::GlacierChecksums],
        ("CloudSearch Domain", "Search") => vec![OpRule::QueryAsFormBody],
        ("S3", _) if error_in_200_possible(svc, op) => vec![OpRule::ErrorIn200],
        _ => Vec::new(),
    }
}

/// Every S3 operation with an output, unless its body is the object itself (a blob or string
/// payload) or a stream, which an `<Error>` body could not be told from.
fn error_in_200_possible(svc: &Service, op: &Operation) -> bool {
    let Some(ShapeKind::Structure { members }) = op.output.as_ref().and_then(|id| svc.shapes.get(id)).map(|s| &s.kind)
    else {
        return false;
    };
    !members.iter().any(|m| {
        let raw =
            matches!(svc.shapes.get(&m.target).map(|s| &s.kind), Some(ShapeKind::Blob | ShapeKind::String { .. }));
        m.streaming || (m.http == HttpBinding::Payload && raw)
    })
}

/// The output member whose element is the whole body, though the model wraps it in the
/// output's element: S3's `GetBucketLocation` answers `<LocationConstraint>eu-west-1</...>`
/// (botocore `parse_get_bucket_location`).
pub fn unwrapped_output(svc: &Service, output: &str) -> Option<String> {
    let shape = output.rsplit('#').next().unwrap_or(output);
    (svc.sdk_id == "S3" && shape == "GetBucketLocationOutput").then(|| "LocationConstraint".to_string())
}

/// The input member whose value is the endpoint URL of the call: Machine Learning's `Predict`
/// goes to the model's real-time endpoint (botocore `switch_host_machinelearning`).
pub fn endpoint_member(svc: &Service, op: &Operation) -> Option<&'static str> {
    match (svc.sdk_id.as_str(), op.name.as_str()) {
        ("Machine Learning", "Predict") => Some("PredictEndpoint"),
        _ => None,
    }
}

/// A value the client sends for an operation input's member the caller leaves unset, beyond
/// the model's defaults: Glacier's `accountId` is `-`, the account of the credentials
/// (botocore `inject_account_id`).
pub fn input_default(svc: &Service, member: &Member) -> Option<&'static str> {
    match (svc.sdk_id.as_str(), member.name.as_str()) {
        ("Glacier", "accountId") => Some("-"),
        _ => None,
    }
}

/// Whether the service's endpoint rules put what its `@endpoint(hostPrefix)` would in the host
/// themselves: S3 Control's rules give `{AccountId}.s3-control...`, so the model's
/// `{AccountId}.` prefix must not be added again (botocore removes it from the model).
pub fn rules_own_host_prefix(svc: &Service) -> bool {
    svc.sdk_id == "S3 Control"
}

/// The input members given as a resource path whose last segment is the id the URI needs:
/// Route 53 accepts `/hostedzone/Z1D633PJN98FT9` where `Z1D633PJN98FT9` is meant, as its
/// own answers give ids (botocore `fix_route53_ids`), for members of its `ResourceId`,
/// `DelegationSetId` and `ChangeId` shapes.
pub fn trimmed_id_members<'a>(svc: &Service, op: &Operation, input: Option<&'a smithy_ir::Shape>) -> Vec<&'a str> {
    if svc.sdk_id != "Route 53" || op.input.is_none() {
        return Vec::new();
    }
    let ids = ["ResourceId", "DelegationSetId", "ChangeId"];
    input
        .map(|s| s.kind.members())
        .unwrap_or(&[])
        .iter()
        .filter(|m| ids.contains(&smithy_ir::shape_name(&m.target)))
        .map(|m| m.name.as_str())
        .collect()
}

/// S3's customer-provided encryption keys: (key member, MD5 member) pairs of an input whose
/// MD5 the client computes from the key when the caller leaves it unset (botocore `sse_md5`,
/// `copy_source_sse_md5`).
pub fn key_md5_members(svc: &Service) -> &'static [(&'static str, &'static str)] {
    match svc.sdk_id.as_str() {
        "S3" => &[("SSECustomerKey", "SSECustomerKeyMD5"), ("CopySourceSSECustomerKey", "CopySourceSSECustomerKeyMD5")],
        _ => &[],
    }
}

/// Whether the service signs as S3 does (botocore's `s3v4`): S3 and S3 Control.
pub fn s3_signing(svc: &Service) -> bool {
    matches!(svc.sdk_id.as_str(), "S3" | "S3 Control")
}

/// Whether the endpoint rules give the bucket's place (virtual-hosted or path-style), so the
/// URI patterns' leading `{Bucket}` label is dropped: S3.
pub fn bucket_in_endpoint(svc: &Service) -> bool {
    svc.sdk_id == "S3"
}
