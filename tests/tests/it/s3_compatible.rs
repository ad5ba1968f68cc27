//! S3-compatible stores (MinIO, Ceph, R2, ...): with a custom endpoint and path-style
//! addressing, every operation of today's S3 model reaches `<endpoint>/<bucket>/<key...>`: the
//! rules put the bucket in the endpoint's path (resolved here by the runtime, as a client does),
//! and the operation's URI no longer holds it, so it is not sent twice. This is the case the
//! official SDK got wrong (aws-sdk-rust #390, #1387); moto's workflow sends a sample of these
//! operations for real (`moto.rs`).

use std::sync::OnceLock;

use awsgen_runtime::codegen::ServiceInfo;
use awsgen_runtime::endpoint::{resolve, Params};
use serde_json::Value;

#[test]
fn path_style_reaches_every_s3_operation() {
    let wheel = xtask::botocore::pinned_wheel(&tests::root()).expect("the pinned botocore wheel (pip download)");
    let release = xtask::botocore::read(&wheel, None).expect("reads the wheel");
    let model = release.models.iter().find(|m| m.service == "s3").expect("S3");
    let svc = model.load("botocore").expect("loads");
    let rules: &'static str = Box::leak(codegen::endpoint_rules_json(&svc).into_boxed_str());
    let info = ServiceInfo {
        crate_version: "",
        protocol: awsgen_runtime::codegen::Protocol::RestXml,
        target_prefix: "",
        content_type: "",
        signing_name: "s3",
        env_id: "S3",
        query_compatible: false,
        retryable_errors: &[],
        default_headers: &[],
        s3_signing: true,
        endpoint_rules: rules,
        rules: OnceLock::new(),
    };
    let (mut with_bucket, mut without, mut failures) = (0, 0, Vec::new());
    for op in svc.operations.values() {
        let bound = codegen::http_bindings::bind(&svc, op).expect("binds");
        let mut params = Params {
            region: Some("us-east-1".into()),
            endpoint: Some("http://store.internal:9000".into()),
            ..Default::default()
        };
        params.builtins.insert("AWS::S3::ForcePathStyle".into(), Value::Bool(true));
        for (name, param) in &op.context_params {
            if let smithy_ir::ContextParam::Static(v) = param {
                params.context.insert(name.clone(), v.clone());
            }
        }
        let input = op.input.as_ref().map(|id| svc.shapes[id].kind.members()).unwrap_or_default();
        let bucket = input.iter().any(|m| m.context_param.as_deref() == Some("Bucket"));
        if bucket {
            params.context.insert("Bucket".into(), Value::String("my-bucket".into()));
        }
        let label_left = bound
            .uri
            .segments
            .iter()
            .any(|s| matches!(s, codegen::http_bindings::Segment::Label { name, .. } if name == "Bucket"));
        let want = if bucket { "http://store.internal:9000/my-bucket" } else { "http://store.internal:9000" };
        match resolve(&info, &params) {
            Ok(e) if e.url == want && !label_left => {}
            Ok(e) => failures.push(format!("{}: {} (bucket label left in the URI: {label_left})", op.name, e.url)),
            Err(e) => failures.push(format!("{}: {e}", op.name)),
        }
        if bucket {
            with_bucket += 1;
        } else {
            without += 1;
        }
    }
    eprintln!("S3: {with_bucket} operations with a bucket, {without} without, through a path-style custom endpoint");
    assert!(with_bucket >= 90, "{with_bucket}");
    assert!(failures.is_empty(), "{} operation(s):\n{}", failures.len(), failures.join("\n"));
}
