// The endpoint rule functions this runtime evaluates. The generator includes this file too and
// refuses a rule set that uses any other, so the two cannot disagree.

/// The functions an endpoint rule set may call.
pub const RULE_FUNCTIONS: &[&str] = &[
    "isSet",
    "not",
    "booleanEquals",
    "stringEquals",
    "getAttr",
    "aws.partition",
    "aws.parseArn",
    "aws.isVirtualHostableS3Bucket",
    "isValidHostLabel",
    "substring",
    "uriEncode",
    "parseURL",
];
