//! The examples in `generated/examples/` run against a fake Proton, pointed at it only through
//! `AWS_ENDPOINT_URL`, as a user would with `cargo run --example NAME`.

use std::process::Command;

use serde_json::Value;
use tests::fake::{FakeServer, Reply};

fn canned(op: &str) -> String {
    tests::wire("responses.jsonl")
        .into_iter()
        .find(|c| c["kind"] == "output" && c["operation"] == op)
        .and_then(|c| c["body"].as_str().map(str::to_string))
        .unwrap_or_else(|| panic!("no canned output for {op}"))
}

// The examples run as blocking child processes; the fake server needs its own thread meanwhile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn examples_talk_to_the_endpoint_in_aws_endpoint_url() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let built = Command::new(&cargo)
        .args(["build", "--quiet", "--offline", "-p", "proton-client", "--examples"])
        .current_dir(tests::root())
        .status()
        .expect("cargo runs");
    assert!(built.success(), "examples build");

    let (create_service, update_instance) = (canned("CreateService"), canned("UpdateServiceInstance"));
    let (create_env, get_env) = (canned("CreateEnvironment"), canned("GetEnvironment"));
    let polls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let creates = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let server = FakeServer::start(move |req, _| {
        let target = req.header("x-amz-target").unwrap_or("").to_string();
        match target.split('.').nth(1).unwrap_or("") {
            "ListServices" => Reply::json(200, r#"{"services":[{"name":"frontend","status":"ACTIVE","arn":"a","templateName":"t","createdAt":1,"lastModifiedAt":1}]}"#),
            "CreateService" => Reply::json(200, create_service.clone()),
            "UpdateServiceInstance" => Reply::json(200, update_instance.clone()),
            "ListServiceInstances" if req.json().get("nextToken").is_none() => {
                Reply::json(200, r#"{"serviceInstances":[{"name":"frontend-dev","environmentName":"dev","deploymentStatus":"SUCCEEDED"}],"nextToken":"page2"}"#)
            }
            "ListServiceInstances" => Reply::json(200, r#"{"serviceInstances":[{"name":"frontend-prod","environmentName":"prod","deploymentStatus":"IN_PROGRESS"}]}"#),
            // handle_conflict runs first and meets a conflict; wait_for_environment then creates.
            "CreateEnvironment" if creates.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 => {
                Reply::json(400, r#"{"__type":"ConflictException","message":"exists"}"#)
            }
            "CreateEnvironment" => Reply::json(200, create_env.clone()),
            "GetEnvironment" => {
                // In progress once, then failed: the example reports the failure.
                let n = polls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let status = if n == 0 { "IN_PROGRESS" } else { "FAILED" };
                let mut body: Value = serde_json::from_str(&get_env).expect("JSON");
                body["environment"]["deploymentStatus"] = Value::from(status);
                body["environment"]["deploymentStatusMessage"] = Value::from("quota exceeded");
                Reply::json(200, body.to_string())
            }
            "ListEnvironments" => Reply::json(200, r#"{"environments":[]}"#),
            _ => Reply::json(400, r#"{"__type":"UnknownOperationException"}"#),
        }
    })
    .await;
    let home = tests::scratch("examples-home");
    let run_with = |name: &str, endpoint: &str, extra: &[(&str, &str)]| {
        let bin = tests::root().join("target/debug/examples").join(name);
        let out = Command::new(&bin)
            .env_clear()
            .env("HOME", &home)
            .envs(extra.iter().copied())
            .env("AWS_ENDPOINT_URL", endpoint)
            .env("AWS_REGION", "us-east-1")
            .env("AWS_ACCESS_KEY_ID", "AKID")
            .env("AWS_SECRET_ACCESS_KEY", "SECRET")
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .output()
            .unwrap_or_else(|e| panic!("{}: {e}", bin.display()));
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let run = |name: &str| run_with(name, &server.url, &[]);
    let from_env = run("from_env");
    assert!(from_env.contains("frontend (ACTIVE)") && from_env.contains(&server.url), "{from_env}");
    assert!(run("create_service").contains("created "));
    assert!(run("update_service_instance").contains("deployment"));
    let listed = run("list_with_filter");
    assert!(
        listed.contains("frontend-dev in dev: SUCCEEDED") && listed.contains("frontend-prod in prod: IN_PROGRESS"),
        "{listed}"
    );
    assert!(run("handle_conflict").contains("already exists (request 11111111-2222-4333-8444-555555555555)"));
    let waited = run("wait_for_environment");
    assert!(waited.contains("dev failed to deploy: quota exceeded"), "{waited}");

    let targets: Vec<String> =
        server.requests().iter().map(|r| r.header("x-amz-target").unwrap_or("").to_string()).collect();
    assert_eq!(
        targets,
        [
            "ListServices",
            "CreateService",
            "UpdateServiceInstance",
            "ListServiceInstances",
            "ListServiceInstances",
            "CreateEnvironment",
            "CreateEnvironment",
            "GetEnvironment",
            "GetEnvironment"
        ]
        .map(|t| format!("AwsProton20200720.{t}"))
    );
    // Behind a proxy, with a private CA: the same program, told only by the environment.
    let ca = tests::net::TestCa::new();
    let proxy = tests::net::Proxy::start(None).await;
    let plain = server.url.strip_prefix("http://").and_then(|a| a.parse().ok()).expect("address");
    let tls = format!("https://localhost:{}", ca.front(plain).await);
    let bundle = home.join("corporate-ca.pem");
    std::fs::write(&bundle, &ca.ca_pem).expect("bundle");
    let bundle = bundle.to_string_lossy().into_owned();
    let proxied = run_with("from_env", &tls, &[("HTTPS_PROXY", &proxy.url), ("AWS_CA_BUNDLE", &bundle)]);
    assert!(proxied.contains("frontend (ACTIVE)"), "{proxied}");
    let port = tls.rsplit(':').next().expect("port");
    let lines: Vec<String> = proxy.asked().into_iter().map(|a| a.line).collect();
    assert_eq!(lines, [format!("CONNECT localhost:{port} HTTP/1.1")]);
    assert_eq!(server.requests().len(), 10, "the call reached the service through the tunnel");

    // The calls' spans, as a program's logs show them.
    let traced = run("trace_calls");
    let closed = tests::trace::closed_call(&traced);
    for field in [
        "operation=\"ListServices\"",
        "attempts=1",
        "status=200",
        "request_id=\"11111111-2222-4333-8444-555555555555\"",
    ] {
        assert!(closed.contains(field), "{field} in {closed}");
    }
    assert!(traced.contains("1 services") && !traced.contains("SECRET"), "{traced}");

    let update = &server.requests()[2];
    assert_eq!(update.json()["deploymentType"], "MINOR_VERSION");
    let filter = &server.requests()[3].json()["filters"][0];
    assert_eq!((filter["key"].as_str(), filter["value"].as_str()), (Some("templateName"), Some("web-service")));

    // The library function over every page, then its own tests through the mock.
    let attention = run("tested_with_mocks");
    assert_eq!(attention.trim(), "no service needs attention", "the one service is ACTIVE");
    let tested = Command::new(&cargo)
        .args(["test", "--offline", "-p", "proton-client", "--example", "tested_with_mocks", "--features", "test-util"])
        .current_dir(tests::root())
        .output()
        .expect("cargo runs");
    let report = String::from_utf8_lossy(&tested.stdout);
    assert!(tested.status.success(), "{report}{}", String::from_utf8_lossy(&tested.stderr));
    assert!(report.contains("test result: ok. 2 passed"), "{report}");
}
