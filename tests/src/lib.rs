//! Helpers shared by the integration tests in `tests/tests/` (most of them in the `it` binary).

use std::path::{Path, PathBuf};

pub mod endpoint_cases;

/// The workspace root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ has a parent").to_path_buf()
}

/// `../shared` beside the repository (read-only test data).
pub fn shared() -> PathBuf {
    root().parent().expect("the repository has a parent").join("shared")
}

/// The fixture models in `tests/fixtures`, by name (file stem, or folder name for botocore).
pub fn fixtures() -> Vec<(String, PathBuf)> {
    let dir = root().join("tests/fixtures");
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.join("service-2.json").exists() || p.extension().is_some_and(|e| e == "json"))
        .map(|p| (p.file_stem().expect("named").to_string_lossy().into_owned(), p))
        .collect();
    out.sort();
    out
}

/// Loads and generates a model with xtask's config, as `cargo xtask codegen` does for
/// `generated/`.
pub fn generate(model: &Path) -> codegen::Files {
    generate_into(model, &root().join("generated"))
}

/// Loads and generates a model with xtask's config for a crate written to `out` (which decides
/// how the crate reaches the runtime).
pub fn generate_into(model: &Path, out: &Path) -> codegen::Files {
    let svc = smithy_ir::load_path(model).unwrap_or_else(|e| panic!("{}: {e}", model.display()));
    let config = xtask::config(&svc, out).expect("generator config");
    codegen::generate(&svc, &config).unwrap_or_else(|e| panic!("{}: {e}", model.display()))
}

/// A fresh, empty scratch directory under the target directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = root().join("target/test-scratch").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Held while a test runs a build of generated crates: the integration tests are one binary
/// whose tests run in parallel, and several cargo builds at once on a 2-core CI machine only
/// compete for its cores and memory.
pub fn heavy_build() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Builds and runs a program against generated client crates, the way a downstream crate would.
/// `dir` is a scratch folder holding each crate in `<name>/` (package `<name>-client`); the
/// program (`source` as `main.rs`, with serde_json, tokio, flate2 and `loopback-fake`) goes beside them, and all are
/// built as one workspace with this workspace's lock file (so offline), warnings denied, in the
/// shared `target/other-services` directory (crates that do not depend on serde_json's features
/// are reused across these programs). Returns standard output; panics with the build's or
/// program's standard error when either fails.
pub fn run_program(dir: &Path, crates: &[&str], source: &str, env: &[(&str, PathBuf)]) -> String {
    let program = dir.join("program");
    std::fs::create_dir_all(program.join("src")).expect("mkdir");
    std::fs::write(program.join("src/main.rs"), source).expect("program source");
    let mut deps: String =
        crates.iter().map(|c| format!("{c}-client = {{ path = \"../{c}\", features = [\"test-util\"] }}\n")).collect();
    deps.push_str(&format!("loopback-fake = {{ path = {:?} }}\nflate2 = \"1\"\n", root().join("tests/fake")));
    std::fs::write(
        program.join("Cargo.toml"),
        format!(
            "[package]\nname = \"program\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
             [dependencies]\n{deps}serde_json = \"1\"\ntokio = {{ version = \"1\", features = [\"macros\", \"rt\", \"time\", \"test-util\"] }}\n"
        ),
    )
    .expect("program manifest");
    let members: Vec<String> = crates.iter().chain(&["program"]).map(|c| format!("\"{c}\"")).collect();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members.join(", ")),
    )
    .expect("workspace manifest");
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).expect("lock file");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let _one_build = heavy_build();
    let out = std::process::Command::new(cargo)
        .args(["run", "--quiet", "--offline", "-p", "program"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", root().join("target/other-services"))
        .env("RUSTFLAGS", "-D warnings")
        // Incremental state of these one-off crates would only fill the disk.
        .env("CARGO_INCREMENTAL", "0")
        .envs(env.iter().map(|(k, v)| (*k, v)))
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The cases of a file of `../shared/testdata/wire` (`expected.jsonl`, `responses.jsonl`).
pub fn wire(file: &str) -> Vec<serde_json::Value> {
    let path = shared().join("testdata/wire").join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines().map(|l| serde_json::from_str(l).expect("valid JSON line")).collect()
}

/// A signing-suite `request.txt` with its continuation lines joined to the value they continue
/// (folded to one space, as signing folds them).
pub fn unfold_request(text: &str) -> String {
    let mut unfolded = String::new();
    for line in text.split('\n') {
        match line.starts_with([' ', '\t']) {
            true => unfolded.push_str(&format!(" {}", line.trim())),
            false => unfolded.push_str(&format!("\n{line}")),
        }
    }
    unfolded.split_off(1)
}

/// SigV4's `X-Amz-Date` form (`20240102T030405Z`) as a timestamp.
pub fn amz_date(s: &str) -> proton_client::DateTime {
    let part = |r: std::ops::Range<usize>| s.get(r).unwrap_or_else(|| panic!("bad X-Amz-Date {s}"));
    let rfc3339 =
        format!("{}-{}-{}T{}:{}:{}Z", part(0..4), part(4..6), part(6..8), part(9..11), part(11..13), part(13..15));
    proton_client::DateTime::from_rfc3339(&rfc3339).unwrap_or_else(|| panic!("bad X-Amz-Date {s}"))
}

/// Compares JSON values, treating numbers by value (`1` equals `1.0`), as botocore's
/// separators and number formatting differ from serde_json's.
pub fn json_eq(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value::*;
    match (a, b) {
        (Number(x), Number(y)) => x.as_f64() == y.as_f64(),
        (Array(x), Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_eq(a, b)),
        (Object(x), Object(y)) => x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w))),
        _ => a == b,
    }
}

/// Parses JSON into a generated type and writes it back out.
pub type RoundTrip = fn(&serde_json::Value) -> Result<serde_json::Value, awsgen_runtime::codegen::DeserializeError>;

fn round_trip<T: awsgen_runtime::codegen::FromJson + awsgen_runtime::codegen::ToJson>(
    v: &serde_json::Value,
) -> Result<serde_json::Value, awsgen_runtime::codegen::DeserializeError> {
    T::from_json(v).map(|t| t.to_json())
}

include!(concat!(env!("OUT_DIR"), "/operations.rs"));

/// The loopback fake service (its own crate, so scratch programs can use it too).
pub use loopback_fake as fake;
pub mod fuzz;
pub mod fuzz_wire;
pub mod net;
pub mod trace;

/// How a call through the client ended, in terms every operation shares.
#[derive(Debug)]
pub enum Outcome {
    Output(serde_json::Value),
    /// A service error: its code, message, whether the operation models it, and the display.
    Service {
        code: Option<String>,
        message: Option<String>,
        modeled: bool,
        shown: String,
    },
    /// Any other client error, displayed.
    Other(String),
}

pub type Call = for<'a> fn(
    &'a proton_client::Client,
    &'a serde_json::Value,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Outcome> + 'a>>;

async fn call_one<I, O, E, F, Fut>(v: &serde_json::Value, f: F, unhandled: fn(&E) -> bool) -> Outcome
where
    I: awsgen_runtime::codegen::FromJson,
    O: awsgen_runtime::codegen::ToJson,
    E: std::error::Error + ErrorParts + 'static,
    F: FnOnce(I) -> Fut,
    Fut: std::future::Future<Output = Result<O, proton_client::Error<E>>>,
{
    let input = match I::from_json(v) {
        Ok(i) => i,
        Err(e) => return Outcome::Other(format!("test input does not parse: {e}")),
    };
    match f(input).await {
        Ok(o) => Outcome::Output(o.to_json()),
        Err(err) => {
            // What an error reporter (anyhow, `{:#}`) shows: the error and each source.
            let mut shown = err.to_string();
            let mut source = std::error::Error::source(&err);
            while let Some(s) = source {
                shown = format!("{shown}: {s}");
                source = s.source();
            }
            match err.into_service_error() {
                Some(e) => {
                    Outcome::Service { code: e.code_str(), message: e.message_str(), modeled: !unhandled(&e), shown }
                }
                None => Outcome::Other(shown),
            }
        }
    }
}

/// The accessors every generated operation error has.
pub trait ErrorParts {
    fn code_str(&self) -> Option<String>;
    fn message_str(&self) -> Option<String>;
}

/// How a waiter ended, in terms every waiter shares.
#[derive(Debug, PartialEq)]
pub enum WaitOutcome {
    /// Success; whether it carried an output (an error can be the success).
    Success {
        with_output: bool,
    },
    Failure,
    Timeout,
    Operation(String),
}

pub type Wait = for<'a> fn(
    &'a proton_client::Client,
    &'a serde_json::Value,
    std::time::Duration,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = WaitOutcome> + 'a>>;

async fn wait_one<I, O, E, F, Fut>(v: &serde_json::Value, max: std::time::Duration, f: F) -> WaitOutcome
where
    I: awsgen_runtime::codegen::FromJson,
    E: std::fmt::Display,
    F: FnOnce(I, std::time::Duration) -> Fut,
    Fut: std::future::Future<Output = Result<Option<O>, proton_client::waiter::WaiterError<O, E>>>,
{
    let input = I::from_json(v).expect("test input parses");
    match f(input, max).await {
        Ok(out) => WaitOutcome::Success { with_output: out.is_some() },
        Err(proton_client::waiter::WaiterError::Failure(_)) => WaitOutcome::Failure,
        Err(proton_client::waiter::WaiterError::Timeout(_)) => WaitOutcome::Timeout,
        Err(proton_client::waiter::WaiterError::Operation(e)) => WaitOutcome::Operation(e.to_string()),
        Err(other) => WaitOutcome::Operation(format!("unexpected: {other}")),
    }
}

/// A transport that answers from a script, in process: no sockets, so tests can run on
/// paused (virtual) time.
/// Clones share the script and the count.
#[derive(Debug, Default, Clone)]
pub struct Scripted {
    replies: std::sync::Arc<std::sync::Mutex<std::collections::VecDeque<(u16, String)>>>,
    headers: Vec<(String, String)>,
    sent: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

impl Scripted {
    /// Replies in order; the last one repeats.
    pub fn new(replies: Vec<(u16, String)>) -> Self {
        Self::with_headers(replies, &[])
    }

    /// Replies in order, each with `headers` besides a request id; the last one repeats.
    pub fn with_headers(replies: Vec<(u16, String)>, headers: &[(&str, &str)]) -> Self {
        Scripted {
            replies: std::sync::Arc::new(std::sync::Mutex::new(replies.into())),
            headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            sent: Default::default(),
        }
    }

    /// How many requests were sent.
    pub fn sent(&self) -> usize {
        self.sent.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl proton_client::http::HttpClient for Scripted {
    fn send(
        &self,
        _request: proton_client::http::Request,
    ) -> proton_client::http::BoxFuture<'_, Result<proton_client::http::Response, proton_client::http::HttpError>> {
        self.sent.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let mut q = self.replies.lock().expect("lock");
        let (status, body) =
            if q.len() > 1 { q.pop_front() } else { q.front().cloned() }.unwrap_or((500, String::new()));
        let mut headers = vec![("x-amzn-RequestId".to_string(), "r".to_string())];
        headers.extend(self.headers.iter().cloned());
        Box::pin(async move { Ok(proton_client::http::Response { status, headers, body: body.into_bytes() }) })
    }
}

/// Generates `sample` (botocore folder names) from the pinned botocore release into the scratch
/// folder `scratch`, each as `<service>-client`; `check` sees each service's protocol and what
/// its crate leaves out. Returns the folder, for [`run_program`].
pub fn generate_todays(
    sample: &[&str],
    scratch_name: &str,
    check: impl Fn(&str, smithy_ir::Protocol, &[codegen::Omitted]),
) -> PathBuf {
    let wheel = xtask::botocore::pinned_wheel(&root()).expect("the pinned botocore wheel (pip download)");
    let only: Vec<String> = sample.iter().map(|s| s.to_string()).collect();
    let release = xtask::botocore::read(&wheel, Some(&only)).expect("reads the wheel");
    assert_eq!(release.models.len(), sample.len());
    let dir = scratch(scratch_name);
    for model in &release.models {
        let svc = model.load("botocore").expect("loads");
        let config = codegen::Config {
            crate_name: Some(format!("{}-client", model.service)),
            ..xtask::config(&svc, &dir.join(&model.service)).expect("config")
        };
        let (protocol, omitted) = codegen::summary(&svc, &config).expect("plans");
        check(&model.service, protocol, &omitted);
        let files = codegen::generate(&svc, &config).unwrap_or_else(|e| panic!("{}: {e}", model.service));
        codegen::write(&dir.join(&model.service), &files).expect("write crate");
    }
    dir
}
