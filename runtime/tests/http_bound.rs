//! The call path of HTTP-bound protocols (restJson1, restXml): method, path, query and headers
//! from the operation's bindings, signed and sent; the output read from status, headers and
//! body; errors typed as for awsJson. Through a transport that records what it is given.

use std::sync::{Arc, Mutex, OnceLock};

use awsgen_runtime::codegen::{
    DeserializeError, ErrorTable, FromResponse, HttpParts, Input, Operation, OperationError, ServiceClient, ServiceInfo,
};
use awsgen_runtime::error::Unhandled;
use awsgen_runtime::http::{BoxFuture, HttpClient, HttpError, Request, Response};
use awsgen_runtime::sigv4::Credentials;
use awsgen_runtime::{Config, Error};

#[derive(Debug, Clone)]
struct Recorder {
    sent: Arc<Mutex<Vec<Request>>>,
    reply: Response,
}

impl HttpClient for Recorder {
    fn send(&self, request: Request) -> BoxFuture<'_, Result<Response, HttpError>> {
        self.sent.lock().expect("lock").push(request);
        let reply = self.reply.clone();
        Box::pin(async move { Ok(reply) })
    }
}

static SERVICE: ServiceInfo = ServiceInfo {
    crate_version: "0.1.0",
    protocol: awsgen_runtime::codegen::Protocol::RestJson,
    target_prefix: "",
    content_type: "application/json",
    signing_name: "lambda",
    env_id: "LAMBDA",
    query_compatible: false,
    retryable_errors: &[],
    default_headers: &[("Accept", "application/json")],
    s3_signing: false,
    endpoint_rules: "",
    rules: OnceLock::new(),
};

static INVOKE: Operation = Operation {
    name: "Invoke",
    host_prefix: None,
    compress: false,
    content_md5: false,
    unsigned_payload: false,
    anonymous: false,
    customizations: &[],
    http2: false,
    checksum: None,
};

fn input(body: &[u8]) -> Input<'static> {
    Input { body: body.to_vec(), host_labels: &[], context: None, endpoint_url: None, typed: &() }
}

/// `INVOKE` with some of its settings changed.
fn operation(change: impl FnOnce(&mut Operation)) -> &'static Operation {
    let mut op = Operation { ..INVOKE };
    change(&mut op);
    Box::leak(Box::new(op))
}

/// An output with a header member, the status code and a body.
#[derive(Debug, PartialEq)]
struct InvokeOutput {
    status: u16,
    version: Option<String>,
    payload: Vec<u8>,
}

impl FromResponse for InvokeOutput {
    fn from_response(body: &[u8], r: &Response) -> Result<Self, DeserializeError> {
        Ok(InvokeOutput {
            status: r.status,
            version: r.header("x-amz-executed-version").map(str::to_string),
            payload: body.to_vec(),
        })
    }
}

#[derive(Debug)]
enum InvokeError {
    Unhandled(Unhandled),
}

impl OperationError for InvokeError {
    const ERRORS: &'static ErrorTable<Self> = &[];

    fn unhandled(unhandled: Unhandled) -> Self {
        InvokeError::Unhandled(unhandled)
    }
}

fn client(reply: Response) -> (ServiceClient, Arc<Mutex<Vec<Request>>>) {
    let sent = Arc::new(Mutex::new(Vec::new()));
    let config = Config::builder()
        .region("eu-west-1")
        .endpoint_url("https://example.com/base/")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(Recorder { sent: sent.clone(), reply })
        .build();
    (ServiceClient::new(&config, &SERVICE), sent)
}

fn parts() -> HttpParts {
    HttpParts {
        method: "POST",
        path: "/2015-03-31/functions/my%20fn/invocations".to_string(),
        query: "Qualifier=v%2F1".to_string(),
        headers: vec![("X-Amz-Invocation-Type".to_string(), "RequestResponse".to_string())],
        content_type: Some("application/json"),
    }
}

fn response(status: u16, headers: &[(&str, &str)], body: &str) -> Response {
    Response {
        status,
        headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        body: body.as_bytes().to_vec(),
    }
}

#[tokio::test]
async fn sends_the_bound_request_and_reads_the_whole_response() {
    let (client, sent) = client(response(202, &[("X-Amz-Executed-Version", "7")], "{\"ok\":1}"));
    let out: InvokeOutput =
        client.call_http::<_, InvokeError>(&INVOKE, input(b"{\"a\":1}"), parts()).await.expect("success");
    assert_eq!(out, InvokeOutput { status: 202, version: Some("7".into()), payload: b"{\"ok\":1}".to_vec() });

    let sent = sent.lock().expect("lock");
    let req = &sent[0];
    assert_eq!(req.method, "POST");
    // The endpoint's path, then the operation's, then the query.
    assert_eq!(req.url, "https://example.com/base/2015-03-31/functions/my%20fn/invocations?Qualifier=v%2F1");
    let header = |n: &str| req.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(n)).map(|(_, v)| v.as_str());
    assert_eq!(header("content-type"), Some("application/json"));
    assert_eq!(header("x-amz-invocation-type"), Some("RequestResponse"));
    assert_eq!(header("x-amz-target"), None, "no awsJson target on an HTTP-bound request");
    let auth = header("authorization").expect("signed");
    assert!(auth.contains("/eu-west-1/lambda/aws4_request"), "{auth}");
    assert!(auth.contains("x-amz-invocation-type"), "bound headers are signed: {auth}");
    assert_eq!(req.body, b"{\"a\":1}");
}

#[tokio::test]
async fn a_request_without_body_has_no_content_type() {
    let (client, sent) = client(response(200, &[], ""));
    let parts = HttpParts { method: "GET", query: String::new(), content_type: None, headers: Vec::new(), ..parts() };
    client.call_http::<InvokeOutput, InvokeError>(&INVOKE, input(b""), parts).await.expect("success");
    let sent = sent.lock().expect("lock");
    assert_eq!(sent[0].method, "GET");
    assert!(sent[0].url.ends_with("/invocations"), "{}", sent[0].url);
    assert!(!sent[0].headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("content-type")));
}

#[tokio::test]
async fn errors_are_typed_from_the_header_or_the_body() {
    for (headers, body) in [
        (vec![("X-Amzn-Errortype", "ResourceNotFoundException:http://internal.amazon.com/")], "{\"message\":\"gone\"}"),
        (vec![], "{\"code\":\"ResourceNotFoundException\",\"message\":\"gone\"}"),
        (vec![], "{\"__type\":\"aws.lambda#ResourceNotFoundException\",\"Message\":\"gone\"}"),
    ] {
        let (client, _) = client(response(404, &headers, body));
        let err = client.call_http::<InvokeOutput, InvokeError>(&INVOKE, input(b""), parts()).await.expect_err("404");
        let Error::Service { error: InvokeError::Unhandled(e), status, .. } = err else { panic!("{err:?}") };
        assert_eq!((status, e.code(), e.message()), (404, Some("ResourceNotFoundException"), Some("gone")), "{body}");
    }
}

/// A client whose transport answers 503 to everything, retrying quickly.
fn failing_client() -> (ServiceClient, Arc<Mutex<Vec<Request>>>) {
    let sent = Arc::new(Mutex::new(Vec::new()));
    let config = Config::builder()
        .region("eu-west-1")
        .endpoint_url("https://example.com")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .retry(awsgen_runtime::config::RetryConfig {
            max_attempts: 3,
            max_backoff: std::time::Duration::from_millis(2),
            initial_backoff: std::time::Duration::from_millis(1),
        })
        .http_client(Recorder { sent: sent.clone(), reply: response(503, &[], "busy") })
        .build();
    (ServiceClient::new(&config, &SERVICE), sent)
}

#[tokio::test]
async fn streamed_uploads_are_retried_only_when_they_can_be_sent_again() {
    use awsgen_runtime::primitives::ByteStream;
    let path = std::env::temp_dir().join(format!("http-bound-upload-{}", std::process::id()));
    std::fs::write(&path, b"file body").expect("write");

    // A file is reopened for each attempt: three attempts, each with the whole body and its hash.
    let (client, sent) = failing_client();
    let upload = ByteStream::from_path(&path).expect("stat");
    let result =
        client.call_http_stream::<InvokeOutput, InvokeError>(&INVOKE, input(b""), parts(), Some(upload), false).await;
    assert!(matches!(result, Err(Error::Service { status: 503, .. })), "{result:?}");
    let sent = sent.lock().expect("lock").clone();
    assert_eq!(sent.len(), 3);
    for r in &sent {
        assert_eq!(r.body, b"file body");
        let hash = r.headers.iter().find(|(k, _)| k == "x-amz-content-sha256").map(|(_, v)| v.as_str());
        assert_eq!(
            hash,
            Some("15e470ec647ae0e6734ec2a397d8be444063aebab70fb6775c1a1e5f042b0ae6"),
            "the body's SHA-256"
        );
    }

    // A one-shot body cannot be sent twice: one attempt.
    let (client, sent) = failing_client();
    let once = ByteStream::from_body(ByteStream::from_bytes(&b"once"[..]).to_body().expect("body"), Some(4));
    let unsigned = operation(|o| o.unsigned_payload = true);
    let result =
        client.call_http_stream::<InvokeOutput, InvokeError>(unsigned, input(b""), parts(), Some(once), false).await;
    assert!(matches!(result, Err(Error::Service { status: 503, .. })), "{result:?}");
    let sent = sent.lock().expect("lock").clone();
    assert_eq!(sent.len(), 1, "a one-shot upload is not retried");
    assert_eq!(sent[0].body, b"once");
    assert!(sent[0].headers.iter().any(|(k, v)| k == "x-amz-content-sha256" && v == "UNSIGNED-PAYLOAD"));
    let _ = std::fs::remove_file(&path);
}

fn header<'r>(req: &'r Request, name: &str) -> Option<&'r str> {
    req.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

#[tokio::test]
async fn a_service_default_header_goes_unless_the_request_sets_it() {
    let (client, sent) = client(response(200, &[], "{}"));
    client.call_http::<InvokeOutput, InvokeError>(&INVOKE, input(b"{}"), parts()).await.expect("success");
    let mut bound = parts();
    bound.headers.push(("Accept".to_string(), "application/pdf".to_string()));
    client.call_http::<InvokeOutput, InvokeError>(&INVOKE, input(b"{}"), bound).await.expect("success");
    let sent = sent.lock().expect("lock");
    assert_eq!(header(&sent[0], "accept"), Some("application/json"));
    assert!(header(&sent[0], "authorization").is_some_and(|a| a.contains("SignedHeaders=accept;")), "signed");
    assert_eq!(sent[1].headers.iter().filter(|(k, _)| k.eq_ignore_ascii_case("accept")).count(), 1);
    assert_eq!(header(&sent[1], "accept"), Some("application/pdf"), "the bound value wins");
}

#[tokio::test]
async fn an_anonymous_operation_needs_no_credentials_and_is_not_signed() {
    let sent = Arc::new(Mutex::new(Vec::new()));
    let config = Config::builder()
        .region("eu-west-1")
        .endpoint_url("https://example.com")
        .http_client(Recorder { sent: sent.clone(), reply: response(200, &[], "{}") })
        .build();
    let client = ServiceClient::new(&config, &SERVICE);
    let err = client.call_http::<InvokeOutput, InvokeError>(&INVOKE, input(b""), parts()).await.expect_err("no creds");
    assert!(matches!(err, Error::Credentials(_)), "{err:?}");
    let anonymous = operation(|o| o.anonymous = true);
    client.call_http::<InvokeOutput, InvokeError>(anonymous, input(b""), parts()).await.expect("sent unsigned");
    let sent = sent.lock().expect("lock");
    assert_eq!(sent.len(), 1);
    assert!(header(&sent[0], "authorization").is_none() && header(&sent[0], "x-amz-date").is_none());
}

#[tokio::test]
async fn an_endpoint_the_input_gives_wins() {
    let (client, sent) = client(response(200, &[], "{}"));
    let mut given = input(b"{}");
    given.endpoint_url = Some("https://realtime.machinelearning.us-east-1.amazonaws.com");
    client.call_http::<InvokeOutput, InvokeError>(&INVOKE, given, parts()).await.expect("success");
    let sent = sent.lock().expect("lock");
    assert!(
        sent[0].url.starts_with("https://realtime.machinelearning.us-east-1.amazonaws.com/2015-03-31/"),
        "{}",
        sent[0].url
    );
    assert_eq!(header(&sent[0], "host"), Some("realtime.machinelearning.us-east-1.amazonaws.com"));
}

#[tokio::test]
async fn a_query_moves_into_a_form_body_where_the_rule_says() {
    use awsgen_runtime::codegen::Customization;
    let (client, sent) = client(response(200, &[], "{}"));
    let search = operation(|o| o.customizations = &[Customization::QueryAsFormBody]);
    let get = HttpParts { method: "GET", content_type: None, headers: Vec::new(), ..parts() };
    client.call_http::<InvokeOutput, InvokeError>(search, input(b""), get).await.expect("success");
    let sent = sent.lock().expect("lock");
    assert_eq!(sent[0].method, "POST");
    assert!(sent[0].url.ends_with("/invocations"), "no query left: {}", sent[0].url);
    assert_eq!(sent[0].body, b"Qualifier=v%2F1");
    assert_eq!(header(&sent[0], "content-type"), Some("application/x-www-form-urlencoded"));
    assert_eq!(header(&sent[0], "content-length"), Some("15"));
}

#[tokio::test]
async fn glacier_uploads_carry_their_tree_hash_and_linear_hash() {
    use awsgen_runtime::codegen::Customization;
    use awsgen_runtime::primitives::ByteStream;
    let glacier = operation(|o| o.customizations = &[Customization::GlacierChecksums]);
    // 3 MiB and a bit: an odd block out. Hashes as botocore 1.43.11 computes them.
    let data: Vec<u8> = (0..3_145_733usize).map(|i| (i % 251) as u8).collect();
    let tree = "c9e0c11a00161b193e0a1b3692ec553d4033a887f2086a7cadd4cd722d87f09f";
    let linear = "b01669d77761c4dfdfc8fb927821087bcf5c9ef1f917c4f1f8504e529f19edab";
    let path = std::env::temp_dir().join(format!("http-bound-glacier-{}", std::process::id()));
    std::fs::write(&path, &data).expect("write");
    let (client, sent) = client(response(201, &[], ""));
    // From a file (read once for both hashes), from bytes held in memory, and with the tree
    // hash the caller gave, which is kept.
    let file = ByteStream::from_path(&path).expect("stat");
    client
        .call_http_stream::<InvokeOutput, InvokeError>(glacier, input(b""), parts(), Some(file), false)
        .await
        .expect("file");
    client.call_http::<InvokeOutput, InvokeError>(glacier, input(&data), parts()).await.expect("bytes");
    let mut given = parts();
    given.headers.push(("x-amz-sha256-tree-hash".to_string(), "beef".to_string()));
    client.call_http::<InvokeOutput, InvokeError>(glacier, input(&data), given).await.expect("given");
    let sent = sent.lock().expect("lock");
    for (i, expected_tree) in [tree, tree, "beef"].iter().enumerate() {
        assert_eq!(sent[i].body.len(), data.len());
        assert_eq!(header(&sent[i], "x-amz-sha256-tree-hash"), Some(*expected_tree), "request {i}");
        assert_eq!(sent[i].headers.iter().filter(|(k, _)| k.eq_ignore_ascii_case("x-amz-sha256-tree-hash")).count(), 1);
        assert_eq!(header(&sent[i], "x-amz-content-sha256"), Some(linear), "request {i}");
        let auth = header(&sent[i], "authorization").expect("signed");
        assert!(auth.contains("x-amz-content-sha256;") && auth.contains("x-amz-sha256-tree-hash"), "{auth}");
    }
    let _ = std::fs::remove_file(&path);
}
