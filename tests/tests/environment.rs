//! Configuration and credentials from the environment and the shared files. One test, run in
//! order, because the process environment is shared by every test of a binary.

use proton_client::credentials::{DefaultChain, ProvideCredentials};
use proton_client::Config;
use tests::fake::{FakeServer, Reply};

const VARS: &[&str] = &[
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_PROFILE",
    "AWS_CONFIG_FILE",
    "AWS_SHARED_CREDENTIALS_FILE",
    "AWS_ENDPOINT_URL",
    "AWS_ENDPOINT_URL_PROTON",
    "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_MAX_ATTEMPTS",
    "AWS_USE_FIPS_ENDPOINT",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_AUTHORIZATION_TOKEN",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_ROLE_ARN",
    "AWS_ROLE_SESSION_NAME",
    "AWS_ENDPOINT_URL_STS",
    "AWS_ENDPOINT_URL_SSO",
    "AWS_EC2_METADATA_SERVICE_ENDPOINT",
    "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
    "AWS_EC2_METADATA_DISABLED",
    "AWS_DISABLE_REQUEST_COMPRESSION",
    "AWS_LAMBDA_FUNCTION_NAME",
    "_X_AMZN_TRACE_ID",
    "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES",
    "HTTPS_PROXY",
    "https_proxy",
    "HTTP_PROXY",
    "http_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
    "REQUEST_METHOD",
    "AWS_CA_BUNDLE",
    "HOME",
];

fn clear(home: &std::path::Path) {
    for v in VARS {
        std::env::remove_var(v);
    }
    std::env::set_var("HOME", home);
    // Never reach for a real instance metadata service from a test.
    std::env::set_var("AWS_EC2_METADATA_DISABLED", "true");
}

#[tokio::test]
async fn configuration_and_credentials_come_from_where_the_cli_finds_them() {
    let dir = tests::scratch("environment");
    let aws = dir.join(".aws");
    std::fs::create_dir_all(&aws).expect("mkdir");
    std::fs::write(
        aws.join("config"),
        "[default]\nregion = eu-west-1\n\n[profile dev]\nregion = ap-southeast-2\nendpoint_url = http://127.0.0.1:1/dev\nmax_attempts = 5\n",
    )
    .expect("config");
    std::fs::write(
        aws.join("credentials"),
        "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = secretfile\n\n[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = secretdev\naws_session_token = tokendev\n",
    )
    .expect("credentials");

    // The default profile from ~/.aws.
    clear(&dir);
    let config = Config::from_env().await;
    assert_eq!(config.region(), Some("eu-west-1"));
    assert_eq!(config.endpoint_url(), None);
    assert_eq!((config.compression().disabled, config.compression().min_size), (false, 10_240));
    // Request compression as the AWS SDKs configure it; an out-of-range size is ignored.
    std::env::set_var("AWS_DISABLE_REQUEST_COMPRESSION", "true");
    std::env::set_var("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "128");
    let config = Config::from_env().await;
    assert_eq!((config.compression().disabled, config.compression().min_size), (true, 128));
    std::env::set_var("AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES", "10485761");
    assert_eq!(Config::from_env().await.compression().min_size, 10_240);
    clear(&dir);
    let creds = DefaultChain::new().provide().await.expect("credentials from the file");
    assert_eq!(creds.access_key_id(), "AKIDFILE");

    // AWS_PROFILE selects another profile, with its endpoint and attempts.
    std::env::set_var("AWS_PROFILE", "dev");
    let config = Config::from_env().await;
    assert_eq!(
        (config.region(), config.endpoint_url(), config.retry().max_attempts),
        (Some("ap-southeast-2"), Some("http://127.0.0.1:1/dev"), 5)
    );
    let creds = DefaultChain::new().provide().await.expect("dev credentials");
    assert_eq!((creds.access_key_id(), creds.session_token()), ("AKIDDEV", Some("tokendev")));

    // Environment variables win over files; the service-specific endpoint over the general one.
    std::env::set_var("AWS_REGION", "us-west-2");
    std::env::set_var("AWS_ENDPOINT_URL", "http://127.0.0.1:2");
    std::env::set_var("AWS_ENDPOINT_URL_PROTON", "http://127.0.0.1:3");
    std::env::set_var("AWS_ACCESS_KEY_ID", "AKIDENV");
    std::env::set_var("AWS_SECRET_ACCESS_KEY", "secretenv");
    let config = Config::from_env().await;
    assert_eq!(
        (config.region(), config.endpoint_for("PROTON").as_deref()),
        (Some("us-west-2"), Some("http://127.0.0.1:3"))
    );
    // One configuration serves every service: the others get the general endpoint.
    assert_eq!(config.endpoint_for("DYNAMODB").as_deref(), Some("http://127.0.0.1:2"));
    assert_eq!(config.endpoint_url(), Some("http://127.0.0.1:2"));
    assert_eq!(DefaultChain::new().provide().await.expect("env credentials").access_key_id(), "AKIDENV");
    std::env::remove_var("AWS_ENDPOINT_URL_PROTON");
    assert_eq!(Config::from_env().await.endpoint_for("PROTON").as_deref(), Some("http://127.0.0.1:2"));
    std::env::set_var("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
    assert_eq!(Config::from_env().await.endpoint_url(), None);

    // ECS container credentials, from a loopback credentials endpoint.
    clear(&dir);
    std::fs::remove_file(aws.join("credentials")).expect("rm");
    let ecs = FakeServer::start(|req, _| {
        assert_eq!(req.header("authorization"), Some("ecs-token"));
        Reply::json(
            200,
            "{\"AccessKeyId\":\"AKIDECS\",\"SecretAccessKey\":\"secretecs\",\"Token\":\"tokenecs\",\"Expiration\":\"2099-01-01T00:00:00Z\"}",
        )
    })
    .await;
    std::env::set_var("AWS_CONTAINER_CREDENTIALS_FULL_URI", format!("{}/creds", ecs.url));
    std::env::set_var("AWS_CONTAINER_AUTHORIZATION_TOKEN", "ecs-token");
    let creds = DefaultChain::new().provide().await.expect("ECS credentials");
    assert_eq!((creds.access_key_id(), creds.session_token()), ("AKIDECS", Some("tokenecs")));
    assert_eq!(creds.expires().map(|e| e.to_string()), Some("2099-01-01T00:00:00Z".to_string()));

    // The client caches them: one fetch for several calls.
    let service = FakeServer::start(|_, _| Reply::json(200, "{}")).await;
    let config =
        Config::builder().region("us-east-1").endpoint_url(&service.url).credentials(DefaultChain::new()).build();
    let client = proton_client::Client::new(&config);
    for _ in 0..3 {
        #[allow(deprecated)]
        client.list_services(proton_client::operation::list_services::ListServicesInput::new()).await.expect("call");
    }
    assert_eq!(ecs.requests().len(), 2, "one fetch above, one for the client");
    assert!(service.requests().iter().all(|r| r.header("x-amz-security-token") == Some("tokenecs")));
    assert!(service.requests().iter().all(|r| r.header("x-amzn-trace-id").is_none()));
    // Inside Lambda, the invocation's trace id goes along (recursion detection), unsigned as
    // in every AWS SDK, and percent-encoded but for the trace format's own characters.
    std::env::set_var("AWS_LAMBDA_FUNCTION_NAME", "fn");
    std::env::set_var(
        "_X_AMZN_TRACE_ID",
        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1 é",
    );
    #[allow(deprecated)]
    client.list_services(proton_client::operation::list_services::ListServicesInput::new()).await.expect("call");
    let traced = service.requests().pop().expect("sent");
    assert_eq!(
        traced.header("x-amzn-trace-id"),
        Some("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1%20%C3%A9")
    );
    assert!(!traced.signed_headers().contains(&"x-amzn-trace-id".to_string()));
    assert!(traced.unsigned_headers().is_empty(), "{:?}", traced.unsigned_headers());
    std::env::remove_var("AWS_LAMBDA_FUNCTION_NAME");
    std::env::remove_var("_X_AMZN_TRACE_ID");

    other_credential_sources(&dir).await;
    configured_endpoints_and_named_profiles(&dir).await;
    proxies_and_ca_bundles(&dir).await;

    // Nothing anywhere: a credentials error, and no request sent.
    clear(&dir);
    let err = DefaultChain::new().provide().await.expect_err("no credentials");
    assert!(err.to_string().contains("none found"), "{err}");
    let config =
        Config::builder().region("us-east-1").endpoint_url(&service.url).credentials(DefaultChain::new()).build();
    #[allow(deprecated)]
    let err = proton_client::Client::new(&config)
        .list_services(proton_client::operation::list_services::ListServicesInput::new())
        .await
        .expect_err("no credentials");
    assert!(matches!(err, proton_client::Error::Credentials(_)), "{err}");
    assert_eq!(service.requests().len(), 4);
}

fn text(status: u16, body: &str) -> Reply {
    Reply::Respond { status, headers: vec![("Content-Type".into(), "text/plain".into())], body: body.into() }
}

/// Web identity (from the environment and from a profile), IAM Identity Center, a
/// `credential_process` and EC2 instance metadata, each against a loopback stand-in.
async fn other_credential_sources(dir: &std::path::Path) {
    let aws = dir.join(".aws");
    let token_file = dir.join("web-identity-token");
    std::fs::write(&token_file, "eyJ.token+/=\n").expect("token");
    let sts = FakeServer::start(|req, _| {
        let body = String::from_utf8_lossy(&req.body).to_string();
        if body.starts_with("Action=AssumeRole&") {
            // Signed with the source profile's (or the environment's) keys.
            let auth = req.header("authorization").unwrap_or("");
            let from = if auth.contains("Credential=AKIDBASE/") { "BASE" } else if auth.contains("Credential=AKIDENV/") { "ENV" } else { return text(403, "unsigned") };
            assert!(body.contains("&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fadmin&"), "{body}");
            return text(200, &format!("<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>AKIDROLE{from}</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2099-04-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>"));
        }
        if !body.contains("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fweb") {
            return text(403, "<ErrorResponse><Error><Code>AccessDenied</Code></Error></ErrorResponse>");
        }
        assert!(body.starts_with("Action=AssumeRoleWithWebIdentity&Version=2011-06-15&"), "{body}");
        // The token is sent trimmed of the file's line end, percent-encoded.
        assert!(body.ends_with("&WebIdentityToken=eyJ.token%2B%2F%3D"), "{body}");
        text(200, "<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>AKIDWEB</AccessKeyId><SecretAccessKey>secretweb</SecretAccessKey><SessionToken>token&amp;web</SessionToken><Expiration>2099-02-03T04:05:06Z</Expiration></Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>")
    })
    .await;

    // EKS style: a token file and a role from the environment.
    clear(dir);
    std::env::set_var("AWS_ENDPOINT_URL_STS", &sts.url);
    std::env::set_var("AWS_WEB_IDENTITY_TOKEN_FILE", &token_file);
    std::env::set_var("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/web");
    std::env::set_var("AWS_ROLE_SESSION_NAME", "session-1");
    let creds = DefaultChain::new().provide().await.expect("web identity credentials");
    assert_eq!((creds.access_key_id(), creds.session_token()), ("AKIDWEB", Some("token&web")));
    assert_eq!(creds.expires().map(|e| e.to_string()), Some("2099-02-03T04:05:06Z".to_string()));
    assert!(String::from_utf8_lossy(&sts.requests()[0].body).contains("RoleSessionName=session-1"));
    // A role STS refuses is an error naming STS, not a fall-through to the next source.
    std::env::set_var("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/other");
    let err = DefaultChain::new().provide().await.expect_err("refused role");
    assert!(err.to_string().contains("AssumeRoleWithWebIdentity") && err.to_string().contains("403"), "{err}");

    // The same from a profile.
    clear(dir);
    std::env::set_var("AWS_ENDPOINT_URL_STS", &sts.url);
    std::fs::write(
        aws.join("config"),
        format!(
            "[profile web]\nweb_identity_token_file = {}\nrole_arn = arn:aws:iam::123456789012:role/web\n\n\
             [profile sso]\nsso_session = my-sso\nsso_account_id = 111122223333\nsso_role_name = Dev Role\n\n\
             [sso-session my-sso]\nsso_region = eu-north-1\nsso_start_url = https://example.awsapps.com/start\n\n\
             [profile process]\ncredential_process = sh {}\n\n\
             [profile admin]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = base\nexternal_id = ext-1\n\n\
             [profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = secretbase\n\n\
             [profile from-env]\nrole_arn = arn:aws:iam::123456789012:role/admin\ncredential_source = Environment\n\n\
             [profile loop-a]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = loop-b\n\n\
             [profile loop-b]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = loop-a\n\n\
             [profile missing-source]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = nowhere\n",
            token_file.display(),
            dir.join("creds.sh").display()
        ),
    )
    .expect("config");
    std::env::set_var("AWS_PROFILE", "web");
    assert_eq!(DefaultChain::new().provide().await.expect("profile web identity").access_key_id(), "AKIDWEB");

    // A role assumed with another profile's keys, or the environment's; loops and missing
    // sources are errors naming the profile.
    std::env::set_var("AWS_PROFILE", "admin");
    let creds = DefaultChain::new().provide().await.expect("assumed role");
    assert_eq!((creds.access_key_id(), creds.session_token()), ("AKIDROLEBASE", Some("t")));
    assert!(String::from_utf8_lossy(&sts.requests().last().expect("sent").body).contains("&ExternalId=ext-1"));
    // `credential_source = Environment` with only half a key pair there: an error naming the
    // profile, not an unsigned call.
    std::env::set_var("AWS_PROFILE", "from-env");
    std::env::set_var("AWS_SECRET_ACCESS_KEY", "secretenv");
    let err = DefaultChain::new().provide().await.expect_err("no environment keys");
    assert!(err.to_string().contains("profile from-env"), "{err}");
    for (profile, expected) in [("loop-a", "role chain longer"), ("missing-source", "nowhere does not exist")] {
        std::env::set_var("AWS_PROFILE", profile);
        let err = DefaultChain::new().provide().await.expect_err(profile);
        assert!(err.to_string().contains(expected), "{err}");
    }
    std::env::remove_var("AWS_SECRET_ACCESS_KEY");

    // IAM Identity Center: the cached token (named by the SHA-1 of the session name,
    // 0ad374308c5a4e22f723adf10145eafad7c4031c for `my-sso`) exchanged for role credentials.
    let portal = FakeServer::start(|req, _| {
        assert_eq!(req.header("x-amz-sso_bearer_token"), Some("sso-access-token"));
        assert_eq!(req.path, "/federation/credentials?account_id=111122223333&role_name=Dev%20Role");
        Reply::json(
            200,
            "{\"roleCredentials\":{\"accessKeyId\":\"AKIDSSO\",\"secretAccessKey\":\"secretsso\",\"sessionToken\":\"tokensso\",\"expiration\":4070908800000}}",
        )
    })
    .await;
    std::env::set_var("AWS_ENDPOINT_URL_SSO", &portal.url);
    std::env::set_var("AWS_PROFILE", "sso");
    let err = DefaultChain::new().provide().await.expect_err("not logged in");
    assert!(err.to_string().contains("aws sso login"), "{err}");
    let cache = aws.join("sso").join("cache");
    std::fs::create_dir_all(&cache).expect("mkdir");
    let cached = cache.join("0ad374308c5a4e22f723adf10145eafad7c4031c.json");
    std::fs::write(&cached, "{\"accessToken\":\"sso-access-token\",\"expiresAt\":\"2000-01-01T00:00:00Z\"}")
        .expect("cache");
    let err = DefaultChain::new().provide().await.expect_err("expired login");
    assert!(err.to_string().contains("aws sso login"), "{err}");
    assert!(portal.requests().is_empty());
    std::fs::write(&cached, "{\"accessToken\":\"sso-access-token\",\"expiresAt\":\"2099-01-01T00:00:00Z\"}")
        .expect("cache");
    let creds = DefaultChain::new().provide().await.expect("SSO credentials");
    assert_eq!((creds.access_key_id(), creds.session_token()), ("AKIDSSO", Some("tokensso")));
    assert_eq!(creds.expires().map(|e| e.to_string()), Some("2099-01-01T00:00:00Z".to_string()));

    // credential_process.
    std::env::set_var("AWS_PROFILE", "process");
    std::fs::write(
        dir.join("creds.sh"),
        "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"secretproc\"}'\n",
    )
    .expect("script");
    let creds = DefaultChain::new().provide().await.expect("process credentials");
    assert_eq!((creds.access_key_id(), creds.session_token(), creds.expires()), ("AKIDPROC", None, None));
    std::fs::write(dir.join("creds.sh"), "exit 3\n").expect("script");
    let err = DefaultChain::new().provide().await.expect_err("failing process");
    assert!(err.to_string().contains("credential_process") && err.to_string().contains('3'), "{err}");

    // EC2 instance metadata, IMDSv2: a session token on every read.
    clear(dir);
    std::fs::remove_file(aws.join("config")).expect("rm");
    let imds = FakeServer::start(|req, _| match (req.method.as_str(), req.path.as_str()) {
        ("PUT", "/latest/api/token") => {
            assert_eq!(req.header("x-aws-ec2-metadata-token-ttl-seconds"), Some("21600"));
            text(200, "imds-token")
        }
        (_, _) if req.header("x-aws-ec2-metadata-token") != Some("imds-token") => text(401, ""),
        ("GET", "/latest/meta-data/iam/security-credentials/") => text(200, "instance-role\n"),
        ("GET", "/latest/meta-data/iam/security-credentials/instance-role") => Reply::json(
            200,
            "{\"Code\":\"Success\",\"AccessKeyId\":\"AKIDIMDS\",\"SecretAccessKey\":\"secretimds\",\"Token\":\"tokenimds\",\"Expiration\":\"2099-03-01T00:00:00Z\"}",
        ),
        _ => text(404, ""),
    })
    .await;
    std::env::remove_var("AWS_EC2_METADATA_DISABLED");
    std::env::set_var("AWS_EC2_METADATA_SERVICE_ENDPOINT", &imds.url);
    let creds = DefaultChain::new().provide().await.expect("instance credentials");
    assert_eq!((creds.access_key_id(), creds.session_token()), ("AKIDIMDS", Some("tokenimds")));
    assert_eq!(imds.requests().len(), 3);
    // No metadata service at all (a closed port): no credentials, not an error about IMDS.
    std::env::set_var("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:9");
    let err = DefaultChain::new().provide().await.expect_err("nothing");
    assert!(err.to_string().contains("none found"), "{err}");
}

/// The chain's own STS and SSO calls go where an STS or SSO client would (`AWS_ENDPOINT_URL`,
/// the profile's `endpoint_url` and `services` section), not to public AWS; a profile that
/// `AWS_PROFILE` names but no file has is an error before any source is contacted.
async fn configured_endpoints_and_named_profiles(dir: &std::path::Path) {
    let aws = dir.join(".aws");
    let sts = FakeServer::start(|req, _| {
        let body = String::from_utf8_lossy(&req.body).to_string();
        // Signed with the source profile's keys, over every header sent.
        if !req.header("authorization").unwrap_or("").contains("Credential=AKIDBASE/") || !req.unsigned_headers().is_empty() {
            return text(403, "unsigned");
        }
        assert!(body.starts_with("Action=AssumeRole&"), "{body}");
        text(200, "<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>AKIDLOCAL</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2099-04-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult></AssumeRoleResponse>")
    })
    .await;
    let service = FakeServer::start(|_, _| Reply::json(200, "{}")).await;
    let write_config = |extra: &str| {
        std::fs::write(
            aws.join("config"),
            format!(
                "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = base\n{extra}\n\n\
                 [profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = secretbase\n\n\
                 [services local]\nsts =\n  endpoint_url = {sts}\nproton =\n  endpoint_url = {service}\n",
                sts = sts.url,
                service = service.url,
            ),
        )
        .expect("config");
    };

    // AWS_ENDPOINT_URL sends every service there, STS included.
    clear(dir);
    write_config("");
    std::env::set_var("AWS_PROFILE", "admin");
    std::env::set_var("AWS_ENDPOINT_URL", &sts.url);
    assert_eq!(
        DefaultChain::new().provide().await.expect("role through AWS_ENDPOINT_URL").access_key_id(),
        "AKIDLOCAL"
    );
    assert_eq!(sts.requests().len(), 1);

    // So does the profile's endpoint_url.
    clear(dir);
    write_config(&format!("endpoint_url = {}", sts.url));
    std::env::set_var("AWS_PROFILE", "admin");
    assert_eq!(DefaultChain::new().provide().await.expect("role through endpoint_url").access_key_id(), "AKIDLOCAL");
    assert_eq!(sts.requests().len(), 2);

    // The profile's `services` section: STS for the chain, Proton for the client, and its
    // service entry wins over the general endpoint_url.
    clear(dir);
    write_config("services = local\nendpoint_url = http://127.0.0.1:1/general");
    std::env::set_var("AWS_PROFILE", "admin");
    let config = Config::from_env().await;
    assert_eq!(config.endpoint_for("PROTON").as_deref(), Some(service.url.as_str()));
    assert_eq!(config.endpoint_for("DYNAMODB").as_deref(), Some("http://127.0.0.1:1/general"));
    #[allow(deprecated)]
    proton_client::Client::new(&config.to_builder().region("us-east-1").build())
        .list_services(proton_client::operation::list_services::ListServicesInput::new())
        .await
        .expect("a call with the assumed role, to the services section's endpoint");
    assert_eq!(sts.requests().len(), 3);
    assert!(service
        .requests()
        .last()
        .expect("sent")
        .header("authorization")
        .unwrap_or("")
        .contains("Credential=AKIDLOCAL/"));
    // AWS_ENDPOINT_URL_STS still wins over the section.
    std::env::set_var("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:1");
    let err = DefaultChain::new().provide().await.expect_err("STS variable wins");
    assert!(err.to_string().contains("STS AssumeRole"), "{err}");
    assert_eq!(sts.requests().len(), 3);
    std::env::remove_var("AWS_ENDPOINT_URL_STS");

    // Ignoring configured endpoints ignores them for the chain too: the call goes to the public
    // STS endpoint (unreachable from a test), not to the loopback one.
    std::env::set_var("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
    assert_eq!(Config::from_env().await.endpoint_for("PROTON"), None);
    let err = DefaultChain::new().provide().await.expect_err("public STS is out of reach");
    assert!(err.to_string().contains("STS AssumeRole"), "{err}");
    assert_eq!(sts.requests().len(), 3);
    std::env::remove_var("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");
    write_config("services = local\nignore_configured_endpoint_urls = true");
    assert_eq!(Config::from_env().await.endpoint_for("PROTON"), None);

    // A profile named but nowhere: an error naming it, and no source contacted, not even keys
    // in the environment or a container endpoint that would answer.
    let ecs = FakeServer::start(|_, _| {
        Reply::json(200, "{\"AccessKeyId\":\"AKIDECS\",\"SecretAccessKey\":\"s\",\"Token\":\"t\",\"Expiration\":\"2099-01-01T00:00:00Z\"}")
    })
    .await;
    for named in ["admn", "default"] {
        clear(dir);
        std::env::set_var("AWS_PROFILE", named);
        std::env::set_var("AWS_CONTAINER_CREDENTIALS_FULL_URI", format!("{}/creds", ecs.url));
        std::env::set_var("AWS_ACCESS_KEY_ID", "AKIDENV");
        std::env::set_var("AWS_SECRET_ACCESS_KEY", "secretenv");
        let err = DefaultChain::new().provide().await.expect_err("a profile that does not exist");
        assert!(
            err.to_string().contains(&format!("profile {named} ")) && err.to_string().contains("AWS_PROFILE"),
            "{err}"
        );
    }
    assert!(ecs.requests().is_empty());
    // Unnamed, a missing default profile is no error: the next sources are tried.
    std::env::remove_var("AWS_PROFILE");
    assert_eq!(DefaultChain::new().provide().await.expect("env keys").access_key_id(), "AKIDENV");
    std::fs::remove_file(aws.join("config")).expect("rm");
}

const LISTED: &str = r#"{"services":[{"name":"frontend","status":"ACTIVE","arn":"a","templateName":"t","createdAt":1,"lastModifiedAt":1}]}"#;

#[allow(deprecated)]
async fn list(config: &Config) -> Result<(), String> {
    proton_client::Client::new(config)
        .list_services(proton_client::operation::list_services::ListServicesInput::new())
        .await
        .map(drop)
        .map_err(|e| e.to_string())
}

/// `HTTPS_PROXY`, `HTTP_PROXY`, `NO_PROXY`, `AWS_CA_BUNDLE` and the profile's `ca_bundle`, for
/// the service's calls and the credential chain's (ECS through the proxy, instance metadata
/// never), and settings that cannot be used reported by `try_from_env` and by every call of
/// `from_env`'s configuration.
async fn proxies_and_ca_bundles(dir: &std::path::Path) {
    use tests::net::{Proxy, TestCa};
    clear(dir);
    let _ = std::fs::remove_file(dir.join(".aws/config"));
    let (ca, proxy) = (TestCa::new(), Proxy::start(None).await);
    let service = FakeServer::start(|_, _| Reply::json(200, LISTED)).await;
    let plain = service.url.strip_prefix("http://").and_then(|a| a.parse().ok()).expect("address");
    let port = ca.front(plain).await;
    let ecs = FakeServer::start(|_, _| {
        Reply::json(
            200,
            r#"{"AccessKeyId":"AKIDECS","SecretAccessKey":"s","Token":"t","Expiration":"2099-01-01T00:00:00Z"}"#,
        )
    })
    .await;
    let bundle = dir.join("ca.pem");
    std::fs::write(&bundle, &ca.ca_pem).expect("bundle");
    std::env::set_var("AWS_REGION", "us-east-1");
    std::env::set_var("AWS_ENDPOINT_URL", format!("https://localhost:{port}"));
    std::env::set_var("https_proxy", &proxy.url);
    std::env::set_var("HTTP_PROXY", &proxy.url);
    std::env::set_var("AWS_CA_BUNDLE", &bundle);
    std::env::set_var("AWS_CONTAINER_CREDENTIALS_FULL_URI", format!("{}/creds", ecs.url));

    let config = Config::try_from_env().await.expect("usable settings");
    let capture = tests::trace::Capture::default();
    let guard = capture.install();
    assert_eq!(list(&config).await, Ok(()));
    drop(guard);
    // The chain's refresh is recorded, its secrets are not (nor the proxy's view of them).
    let recorded = capture.text();
    assert!(recorded.contains("credentials refreshed") && recorded.contains("2099-01-01T00:00:00Z"), "{recorded}");
    for secret in ["ECS-SECRET-KEY", "ECS-SESSION-TOKEN"] {
        assert!(!recorded.contains(secret), "{secret} recorded: {recorded}");
    }
    let lines: Vec<String> = proxy.asked().into_iter().map(|a| a.line).collect();
    assert_eq!(
        lines,
        [format!("GET {}/creds HTTP/1.1", ecs.url), format!("CONNECT localhost:{port} HTTP/1.1")],
        "the ECS call went through the HTTP proxy, the service's through a tunnel"
    );
    assert!(service.requests()[0].header("authorization").is_some_and(|a| a.contains("Credential=AKIDECS/")));

    // Instance metadata is never proxied, whatever HTTP_PROXY says.
    std::env::remove_var("AWS_CONTAINER_CREDENTIALS_FULL_URI");
    std::env::remove_var("AWS_EC2_METADATA_DISABLED");
    let imds = FakeServer::start(|req, _| match (req.method.as_str(), req.path.as_str()) {
        ("PUT", "/latest/api/token") => text(200, "imds-token"),
        ("GET", "/latest/meta-data/iam/security-credentials/") => text(200, "instance-role"),
        _ => Reply::json(200, r#"{"Code":"Success","AccessKeyId":"AKIDIMDS","SecretAccessKey":"s","Token":"t","Expiration":"2099-01-01T00:00:00Z"}"#),
    })
    .await;
    std::env::set_var("AWS_EC2_METADATA_SERVICE_ENDPOINT", &imds.url);
    assert_eq!(list(&Config::from_env().await).await, Ok(()));
    assert_eq!(imds.requests().len(), 3);
    assert_eq!(proxy.asked().len(), 3, "only the service's CONNECT: {:?}", proxy.asked());
    std::env::set_var("AWS_EC2_METADATA_DISABLED", "true");
    std::env::set_var("AWS_ACCESS_KEY_ID", "AKID");
    std::env::set_var("AWS_SECRET_ACCESS_KEY", "SECRET");

    // NO_PROXY (lower case too) keeps the service's calls direct.
    std::env::set_var("no_proxy", "127.0.0.1,localhost");
    assert_eq!(list(&Config::from_env().await).await, Ok(()));
    assert_eq!(proxy.asked().len(), 3);
    std::env::remove_var("no_proxy");

    // The profile's ca_bundle, when AWS_CA_BUNDLE is unset.
    std::env::remove_var("AWS_CA_BUNDLE");
    let config_file = dir.join(".aws/config");
    std::fs::write(&config_file, format!("[default]\nca_bundle = {}\n", bundle.display())).expect("config");
    assert_eq!(list(&Config::from_env().await).await, Ok(()));
    std::fs::write(&config_file, "[default]\nca_bundle = /nonexistent/ca.pem\n").expect("config");
    let err = Config::try_from_env().await.expect_err("missing profile bundle");
    assert_eq!(err.setting, "ca_bundle (profile)");
    std::fs::remove_file(&config_file).expect("rm");
    // Without a bundle, the test CA is not trusted.
    let err = list(&Config::from_env().await).await.expect_err("unknown CA");
    assert!(err.contains("certificate"), "{err}");

    // Settings that cannot be used: an error naming them, now or at every call.
    std::env::set_var("AWS_CA_BUNDLE", dir.join("missing.pem"));
    let err = Config::try_from_env().await.expect_err("missing bundle");
    assert!(err.setting == "AWS_CA_BUNDLE" && err.message.contains("missing.pem"), "{err}");
    let before = service.requests().len();
    let err = list(&Config::from_env().await).await.expect_err("unusable transport");
    assert!(err.contains("AWS_CA_BUNDLE") && err.contains("missing.pem"), "{err}");
    assert_eq!(service.requests().len(), before, "nothing sent with other trust than configured");
    std::env::remove_var("AWS_CA_BUNDLE");
    std::env::set_var("https_proxy", "socks5://user:secret@127.0.0.1:1080");
    let err = Config::try_from_env().await.expect_err("SOCKS");
    assert!(err.setting == "https_proxy" && !err.to_string().contains("secret"), "{err}");
}
