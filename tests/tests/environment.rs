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
    "AWS_EC2_METADATA_DISABLED",
    "AWS_DISABLE_REQUEST_COMPRESSION",
    "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES",
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
    assert_eq!(service.requests().len(), 3);
}
