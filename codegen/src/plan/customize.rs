//! What AWS's SDKs do for some services beyond their models (botocore's handlers, the AWS SDK
//! for Java's interceptors): each rule here is a fact about one service, resolved into plan data
//! that the emitters write and the runtime applies. Services are named by SDK id, which both
//! model formats carry.
//!
//! Rules of this kind that are not here: S3's, S3 Control's, Route 53's, EC2's, RDS's and the
//! other awsQuery/restXml services' (they come with those protocols), and Lex's, Polly's and
//! the other event-stream services' (they come with event streams).

use smithy_ir::{Member, Operation, Service};

/// A per-operation rule; the runtime's `Customization` of the same name applies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpRule {
    /// Glacier's uploads carry the body's tree hash and SHA-256 (botocore
    /// `add_glacier_checksums`).
    GlacierChecksums,
    /// CloudSearch Domain's `Search` moves its query into a `POST` body (botocore
    /// `change_get_to_post`, Java's `SwitchToPostInterceptor`), so long queries fit.
    QueryAsFormBody,
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
        _ => Vec::new(),
    }
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
