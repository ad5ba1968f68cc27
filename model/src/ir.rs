//! The format-independent model that `codegen` consumes.
//!
//! Both loaders (Smithy JSON AST and botocore JSON) produce exactly this, so every later stage
//! is written once. Wire names are kept as they appear in the model; Rust names are resolved
//! later, in `codegen`'s naming module, because they depend on the whole set of shapes.

use std::collections::BTreeMap;

use serde_json::Value;

/// A shape id. For Smithy models it is absolute (`com.amazonaws.proton#Service`); botocore
/// models have no namespaces, so the loader places their shapes in a synthetic one.
pub type ShapeId = String;

/// The name part of a shape id (after `#`).
pub fn shape_name(id: &str) -> &str {
    id.rsplit_once('#').map_or(id, |(_, n)| n)
}

#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub id: ShapeId,
    /// The SDK id (`Proton`), used to name the crate and client.
    pub sdk_id: String,
    pub version: String,
    pub title: Option<String>,
    pub docs: Option<String>,
    /// The protocols the model offers, in its order of preference (botocore's `protocols`;
    /// for Smithy, the protocol traits in [`Protocol::ALL`]'s order).
    pub protocols: Vec<Protocol>,
    /// awsJson's `X-Amz-Target` prefix (botocore's `targetPrefix`; the service shape's name in
    /// Smithy).
    pub target_prefix: Option<String>,
    /// `@awsQueryCompatible`: a service moved from awsQuery to JSON, whose clients send
    /// `x-amzn-query-mode` and read error codes from `x-amzn-query-error`.
    pub aws_query_compatible: bool,
    /// AWS serves this service's event streams over HTTP/2 only (botocore's
    /// `protocolSettings.h2: "eventstream"`; Smithy's protocol trait listing `h2` first in
    /// `eventStreamHttp`).
    pub event_streams_http2: bool,
    pub signing_name: String,
    pub endpoint_prefix: Option<String>,
    pub operations: BTreeMap<ShapeId, Operation>,
    pub shapes: BTreeMap<ShapeId, Shape>,
    /// The endpoint rule set program, kept as JSON: it is data evaluated by the client.
    pub endpoint_rules: Option<Value>,
    /// Endpoint test cases (`smithy.rules#endpointTests`); botocore does not ship them.
    pub endpoint_tests: Vec<Value>,
    /// Where the model came from (a file name), for generated headers.
    pub source: String,
    /// The service's `@xmlNamespace` (botocore `metadata.xmlNamespace`): restXml bodies carry it.
    pub xml_namespace: Option<XmlNamespace>,
}

/// A wire protocol a service offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Protocol {
    AwsJson1_0,
    AwsJson1_1,
    RestJson1,
    RestXml,
    AwsQuery,
    Ec2Query,
    RpcV2Cbor,
}

impl Protocol {
    /// Every protocol, in the order botocore prefers them when a model offers several.
    pub const ALL: [Protocol; 7] = [
        Protocol::RpcV2Cbor,
        Protocol::AwsJson1_0,
        Protocol::AwsJson1_1,
        Protocol::RestJson1,
        Protocol::RestXml,
        Protocol::AwsQuery,
        Protocol::Ec2Query,
    ];

    /// Whether members travel in HTTP labels, query, headers and payload (`@http` bindings).
    pub fn is_http_bound(self) -> bool {
        matches!(self, Protocol::RestJson1 | Protocol::RestXml)
    }

    /// The name used on the command line and in the docs (the Smithy trait's name).
    pub fn name(self) -> &'static str {
        match self {
            Protocol::AwsJson1_0 => "awsJson1_0",
            Protocol::AwsJson1_1 => "awsJson1_1",
            Protocol::RestJson1 => "restJson1",
            Protocol::RestXml => "restXml",
            Protocol::AwsQuery => "awsQuery",
            Protocol::Ec2Query => "ec2Query",
            Protocol::RpcV2Cbor => "rpcv2Cbor",
        }
    }

    /// The protocol a name from [`Protocol::name`] stands for.
    pub fn from_name(name: &str) -> Option<Protocol> {
        Protocol::ALL.into_iter().find(|p| p.name().eq_ignore_ascii_case(name))
    }

    /// The Smithy trait declaring it.
    pub fn smithy_trait(self) -> &'static str {
        match self {
            Protocol::AwsJson1_0 => "aws.protocols#awsJson1_0",
            Protocol::AwsJson1_1 => "aws.protocols#awsJson1_1",
            Protocol::RestJson1 => "aws.protocols#restJson1",
            Protocol::RestXml => "aws.protocols#restXml",
            Protocol::AwsQuery => "aws.protocols#awsQuery",
            Protocol::Ec2Query => "aws.protocols#ec2Query",
            Protocol::RpcV2Cbor => "smithy.protocols#rpcv2Cbor",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    pub id: ShapeId,
    pub name: String,
    /// `None` when the operation takes `smithy.api#Unit`.
    pub input: Option<ShapeId>,
    pub output: Option<ShapeId>,
    pub errors: Vec<ShapeId>,
    pub docs: Option<String>,
    pub deprecated: Option<Deprecated>,
    pub idempotent: bool,
    pub readonly: bool,
    pub paginated: Option<Paginated>,
    pub waiters: BTreeMap<String, Waiter>,
    /// Set when an input or output member streams (a streaming blob or an event stream).
    pub streaming: bool,
    /// Endpoint rule-set parameters this operation binds (`staticContextParams`,
    /// `operationContextParams`), by parameter name. Input members bind theirs through
    /// [`Member::context_param`].
    pub context_params: BTreeMap<String, ContextParam>,
    /// `@endpoint(hostPrefix)`: prepended to the endpoint's host, with `{label}`s filled from
    /// the input's `@hostLabel` members (Step Functions sends `StartSyncExecution` to `sync-`).
    pub host_prefix: Option<String>,
    /// `@requestCompression`: the encodings the service accepts for request bodies, in order of
    /// preference (`gzip`).
    pub request_compression: Vec<String>,
    /// `@httpChecksumRequired` (or `@httpChecksum` requiring a request checksum): the request
    /// carries `Content-MD5`.
    pub checksum_required: bool,
    /// `@httpChecksum` (botocore `httpChecksum`): the flexible checksums the operation takes.
    pub http_checksum: Option<HttpChecksum>,
    /// `@unsignedPayload` (botocore `authtype: v4-unsigned-body` or `unsignedPayload`): a
    /// streamed body is signed as `UNSIGNED-PAYLOAD`.
    pub unsigned_payload: bool,
    /// No authentication: `@auth([])` or `@optionalAuth` (botocore `authtype: none`, `auth:
    /// [smithy.api#noAuth]`). Sent unsigned, as botocore sends it, and callable without
    /// credentials (Cognito's sign-in, STS `AssumeRoleWithWebIdentity`).
    pub anonymous: bool,
    /// botocore's XML name and namespace on the operation's input reference (`input.locationName`,
    /// `input.xmlNamespace`): the root element of a restXml body. Smithy gives these on the
    /// input structure and the service instead, so its loader leaves this empty.
    pub input_xml: Xml,
    /// `@http` (botocore: `http`): method, URI pattern and success code, for the HTTP-bound
    /// protocols (restJson1, restXml). awsJson and awsQuery models carry it too and ignore it.
    pub http: Option<Http>,
}

/// `@httpChecksum`: the input members naming a request checksum's algorithm and asking for
/// the response's, and the algorithms a response may carry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HttpChecksum {
    /// `requestAlgorithmMember`.
    pub request_algorithm_member: Option<String>,
    /// `requestValidationModeMember`.
    pub request_validation_mode_member: Option<String>,
    /// `responseAlgorithms` (`CRC32`, `SHA256`, ...).
    pub response_algorithms: Vec<String>,
}

/// An operation's `@http` trait.
#[derive(Debug, Clone, PartialEq)]
pub struct Http {
    /// `GET`, `PUT`, ...
    pub method: String,
    /// The URI pattern: `/functions/{FunctionName}/invocations?x=y`, `{Key+}` for a greedy label.
    pub uri: String,
    /// The status of a success, when not 200.
    pub code: Option<u16>,
}

/// Where a member of an operation's input or output travels in an HTTP-bound protocol.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum HttpBinding {
    /// In the body document (the default).
    #[default]
    Body,
    /// `@httpLabel`: fills the `{label}` of this name in the URI pattern (botocore
    /// `location: uri`, whose `locationName` may differ from the member name).
    Label(String),
    /// `@httpQuery`: a query parameter of this name.
    Query(String),
    /// `@httpQueryParams`: a map whose entries become query parameters.
    QueryParams,
    /// `@httpHeader`: a header of this name.
    Header(String),
    /// `@httpPrefixHeaders`: a map whose entries become headers with this prefix.
    PrefixHeaders(String),
    /// `@httpPayload`: the member is the whole body.
    Payload,
    /// `@httpResponseCode`: the response's status code.
    ResponseCode,
}

/// How an operation gives an endpoint rule-set parameter its value.
#[derive(Debug, Clone, PartialEq)]
pub enum ContextParam {
    /// A constant (`staticContextParams`): a string or boolean.
    Static(Value),
    /// A JMESPath over the input (`operationContextParams`).
    Path(String),
}

/// How an operation pages. Paths are JMESPath over the input or output; botocore allows several
/// tokens (paired in order) and several result keys (the first is the items).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Paginated {
    pub input_tokens: Vec<String>,
    pub output_tokens: Vec<String>,
    pub items: Vec<String>,
    pub page_size: Option<String>,
    /// botocore's `more_results`: a boolean in the output that says whether pages remain.
    pub more_results: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Waiter {
    pub docs: Option<String>,
    pub min_delay: u64,
    pub max_delay: u64,
    pub acceptors: Vec<Acceptor>,
    pub deprecated: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Acceptor {
    pub state: AcceptorState,
    pub matcher: Matcher,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcceptorState {
    Success,
    Failure,
    Retry,
}

impl AcceptorState {
    /// The state as both formats spell it (`success`, `failure`, `retry`).
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "success" => Some(AcceptorState::Success),
            "failure" => Some(AcceptorState::Failure),
            "retry" => Some(AcceptorState::Retry),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Matcher {
    /// A JMESPath over the output, compared with `expected` (a JSON value).
    Output { path: String, expected: Value, comparator: Comparator },
    /// A JMESPath over `{input, output}`.
    InputOutput { path: String, expected: Value, comparator: Comparator },
    /// `true`: the call succeeded; `false`: it failed with any error.
    Success(bool),
    /// The call failed with this error code (shape name).
    ErrorType(String),
    /// The response had this HTTP status (botocore's `status` matcher).
    Status(u16),
}

/// How a path's result is compared with the expected value (JMESPath equality: Smithy's
/// `stringEquals`/`booleanEquals` are `Equals` with a string or boolean).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparator {
    /// The result equals the expected value.
    Equals,
    /// The result is a non-empty list whose every element equals it.
    AllEqual,
    /// The result is a list with an element that equals it.
    AnyEqual,
}

/// Where a member of an event structure travels in its message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EventBinding {
    /// In the payload, with the event's other unbound members.
    #[default]
    Body,
    /// `@eventHeader`: a message header named as the member.
    Header,
    /// `@eventPayload`: the whole payload.
    Payload,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Deprecated {
    pub message: Option<String>,
    pub since: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub id: ShapeId,
    pub kind: ShapeKind,
    pub docs: Option<String>,
    pub sensitive: bool,
    pub deprecated: Option<Deprecated>,
    pub constraints: Constraints,
    /// Present on error structures.
    pub error: Option<ErrorInfo>,
    /// `@streaming`: a blob read or sent as it arrives, or a union that is an event stream.
    pub streaming: bool,
    /// `@mediaType`: a string so marked travels base64-encoded in a header.
    pub media_type: Option<String>,
    /// XML traits on the shape itself (`@xmlName` of a structure, botocore's `flattened` on a
    /// list or map, `@xmlNamespace`).
    pub xml: Xml,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ShapeKind {
    Blob,
    Boolean,
    /// A string; `values` is set for Smithy 1.0-style `@enum` strings and botocore `enum`.
    String {
        values: Option<Vec<EnumValue>>,
    },
    Enum {
        values: Vec<EnumValue>,
    },
    IntEnum {
        values: Vec<IntEnumValue>,
    },
    Byte,
    Short,
    Integer,
    Long,
    Float,
    Double,
    BigInteger,
    BigDecimal,
    Timestamp {
        format: Option<TimestampFormat>,
    },
    Document,
    List {
        member: Box<Member>,
        sparse: bool,
    },
    Map {
        key: Box<Member>,
        value: Box<Member>,
        sparse: bool,
    },
    Structure {
        members: Vec<Member>,
    },
    Union {
        members: Vec<Member>,
    },
}

impl ShapeKind {
    /// The kind of a numeric type name, as both Smithy and botocore spell them.
    pub fn numeric(type_name: &str) -> Option<ShapeKind> {
        Some(match type_name {
            "byte" => ShapeKind::Byte,
            "short" => ShapeKind::Short,
            "integer" => ShapeKind::Integer,
            "long" => ShapeKind::Long,
            "float" => ShapeKind::Float,
            "double" => ShapeKind::Double,
            "bigInteger" => ShapeKind::BigInteger,
            "bigDecimal" => ShapeKind::BigDecimal,
            _ => return None,
        })
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            ShapeKind::Blob => "blob",
            ShapeKind::Boolean => "boolean",
            ShapeKind::String { .. } => "string",
            ShapeKind::Enum { .. } => "enum",
            ShapeKind::IntEnum { .. } => "intEnum",
            ShapeKind::Byte => "byte",
            ShapeKind::Short => "short",
            ShapeKind::Integer => "integer",
            ShapeKind::Long => "long",
            ShapeKind::Float => "float",
            ShapeKind::Double => "double",
            ShapeKind::BigInteger => "bigInteger",
            ShapeKind::BigDecimal => "bigDecimal",
            ShapeKind::Timestamp { .. } => "timestamp",
            ShapeKind::Document => "document",
            ShapeKind::List { .. } => "list",
            ShapeKind::Map { .. } => "map",
            ShapeKind::Structure { .. } => "structure",
            ShapeKind::Union { .. } => "union",
        }
    }

    /// The enum values of an `enum` shape or an `@enum` string.
    pub fn enum_values(&self) -> Option<&[EnumValue]> {
        match self {
            ShapeKind::Enum { values } => Some(values),
            ShapeKind::String { values: Some(values) } => Some(values),
            _ => None,
        }
    }

    pub fn members(&self) -> &[Member] {
        match self {
            ShapeKind::Structure { members } | ShapeKind::Union { members } => members,
            _ => &[],
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue {
    /// The value on the wire.
    pub value: String,
    /// The model's name for it, when it has one (Smithy enum member name or `@enum` name).
    pub name: Option<String>,
    pub docs: Option<String>,
    pub deprecated: Option<Deprecated>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IntEnumValue {
    pub value: i32,
    pub name: String,
    pub docs: Option<String>,
    pub deprecated: Option<Deprecated>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampFormat {
    EpochSeconds,
    DateTime,
    HttpDate,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The member name as written in the model (and on the wire for awsJson).
    pub name: String,
    pub target: ShapeId,
    pub docs: Option<String>,
    pub required: bool,
    /// `@default` value, if any (`null` means an explicit "no default").
    pub default: Option<Value>,
    /// `@clientOptional`: the client treats the member as optional whatever its other traits.
    pub client_optional: bool,
    pub sensitive: bool,
    pub deprecated: Option<Deprecated>,
    pub idempotency_token: bool,
    /// Member-level constraints; they refine the target's.
    pub constraints: Constraints,
    pub json_name: Option<String>,
    /// `@contextParam`: the endpoint rule-set parameter this input member's value binds.
    pub context_param: Option<String>,
    /// `@hostLabel`: the member fills a `{label}` of the operation's host prefix.
    pub host_label: bool,
    pub timestamp_format: Option<TimestampFormat>,
    pub streaming: bool,
    /// Where the member travels in an event-stream message (`@eventHeader`, `@eventPayload`).
    pub event: EventBinding,
    /// Where the member travels in restJson1 and restXml.
    pub http: HttpBinding,
    /// The member's value is of this media type (botocore's `jsonvalue`; Smithy puts
    /// `@mediaType` on the target, see [`Shape::media_type`]).
    pub media_type: Option<String>,
    /// How the member travels in XML and the query form (awsQuery, ec2Query, restXml).
    pub xml: Xml,
    /// `@ec2QueryName` (botocore `queryName`): the member's name in an ec2Query request.
    pub ec2_query_name: Option<String>,
    /// Where the model document lists the member among its structure's (members are kept in
    /// name order; XML bodies are written in this order).
    pub position: usize,
}

/// The XML traits of a member or shape (botocore's spellings in brackets): `@xmlName`
/// (`locationName` of a body member, of a list's member, of a map's key or value),
/// `@xmlAttribute` (`xmlAttribute`), `@xmlFlattened` (`flattened`, which botocore puts on the
/// list or map shape) and `@xmlNamespace` (`xmlNamespace`). The query form uses the name and
/// flattening too.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Xml {
    pub name: Option<String>,
    pub attribute: bool,
    pub flattened: bool,
    pub namespace: Option<XmlNamespace>,
}

/// `@xmlNamespace`: `xmlns="uri"`, or `xmlns:prefix="uri"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlNamespace {
    pub uri: String,
    pub prefix: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Constraints {
    pub length: Option<Range>,
    pub range: Option<Range>,
    pub pattern: Option<String>,
}

impl Constraints {
    /// These constraints with `more` (more specific, e.g. a member's) taking precedence.
    pub fn refined_by(&self, more: &Constraints) -> Constraints {
        Constraints {
            length: more.length.clone().or_else(|| self.length.clone()),
            range: more.range.clone().or_else(|| self.range.clone()),
            pattern: more.pattern.clone().or_else(|| self.pattern.clone()),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.length.is_none() && self.range.is_none() && self.pattern.is_none()
    }
}

/// An inclusive range; numbers are kept as f64 because `@range` allows decimals.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Range {
    pub min: Option<f64>,
    pub max: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorInfo {
    pub fault: ErrorFault,
    pub http_status: Option<u16>,
    pub retryable: Option<Retryable>,
    /// `@awsQueryError`: the code the service's awsQuery API used for this error.
    pub query_code: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorFault {
    Client,
    Server,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retryable {
    pub throttling: bool,
}

impl Service {
    pub fn shape(&self, id: &str) -> Option<&Shape> {
        self.shapes.get(id)
    }
}
