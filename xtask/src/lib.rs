//! The logic behind `cargo xtask`; `main.rs` only parses arguments.

pub mod api_diff;
pub mod botocore;
pub mod check_models;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

/// The generator configuration for `svc`, for a crate written to `out`: defaults, the runtime
/// dependency [`runtime_for`] `out`, and the examples written for this service
/// (`model/<service>-examples/*.rs`, if that folder exists: examples belong to the model they
/// were written for).
pub fn config(svc: &smithy_ir::Service, out: &Path) -> Result<codegen::Config> {
    let mut extra_files = BTreeMap::new();
    let stem: String =
        svc.sdk_id.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    let examples = workspace_root().join(format!("model/{stem}-examples"));
    if examples.is_dir() {
        for entry in std::fs::read_dir(&examples).with_context(|| format!("reading {}", examples.display()))? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "rs") {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                extra_files.insert(format!("examples/{name}"), std::fs::read_to_string(&path)?);
            }
        }
    }
    Ok(codegen::Config { extra_files, runtime: runtime_for(out), ..codegen::Config::default() })
}

/// How a crate written to `out` reaches the runtime: inside this workspace, by a relative path
/// to `runtime/` (one copy compiled for every crate, and edits to it seen at once); anywhere
/// else, a vendored copy, so the crate builds on its own.
pub fn runtime_for(out: &Path) -> codegen::RuntimeDep {
    let absolute = |p: &Path| -> PathBuf {
        let p = if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(p) };
        // Lexically: `out` may not exist yet.
        let mut clean = PathBuf::new();
        for c in p.components() {
            match c {
                std::path::Component::ParentDir => {
                    clean.pop();
                }
                std::path::Component::CurDir => {}
                other => clean.push(other),
            }
        }
        clean
    };
    let root = absolute(&workspace_root());
    match absolute(out).strip_prefix(&root) {
        Ok(rel) if rel.components().count() > 0 => {
            let up = "../".repeat(rel.components().count());
            codegen::RuntimeDep::Path(format!("{up}runtime"))
        }
        _ => codegen::RuntimeDep::Vendored,
    }
}

/// Parses a `--runtime` value: `vendored`, `path:DIR` (relative to the crate), `version:REQ`.
pub fn parse_runtime(text: &str) -> Result<codegen::RuntimeDep> {
    match text.split_once(':') {
        None if text == "vendored" => Ok(codegen::RuntimeDep::Vendored),
        Some(("path", dir)) if !dir.is_empty() => Ok(codegen::RuntimeDep::Path(dir.to_string())),
        Some(("version", req)) if !req.is_empty() => Ok(codegen::RuntimeDep::Version(req.to_string())),
        _ => bail!("unknown runtime `{text}` (vendored, path:DIR or version:REQ)"),
    }
}

/// Parses a `--protocol` value (`awsJson1_0`, `restJson1`, ...).
pub fn parse_protocol(name: &str) -> Result<smithy_ir::Protocol> {
    smithy_ir::Protocol::from_name(name).with_context(|| {
        let known: Vec<&str> = smithy_ir::Protocol::ALL.iter().map(|p| p.name()).collect();
        format!("unknown protocol `{name}` (one of {})", known.join(", "))
    })
}

/// Loads the model and generates the crate in memory, saying on standard error which protocol
/// was chosen and what was left out.
pub fn generate(model: &Path, out: &Path, options: &Options) -> Result<codegen::Files> {
    let svc = smithy_ir::load_path(model).map_err(|e| anyhow::anyhow!("invalid model: {e}"))?;
    let mut config = codegen::Config { protocol: options.protocol, ..config(&svc, out)? };
    if let Some(r) = &options.runtime {
        config.runtime = r.clone();
    }
    let (files, (chosen, omitted)) =
        codegen::generate_with_summary(&svc, &config).map_err(|e| anyhow::anyhow!("cannot generate: {e}"))?;
    eprintln!("{}: protocol {}", svc.sdk_id, chosen.name());
    for o in &omitted {
        eprintln!("note: left out {}: {}", o.item, o.reason);
    }
    Ok(files)
}

/// The choices `cargo xtask codegen` takes besides the model and the output folder.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--protocol`: force one the model offers.
    pub protocol: Option<smithy_ir::Protocol>,
    /// `--runtime`: how the crate reaches the runtime (default: [`runtime_for`] the folder).
    pub runtime: Option<codegen::RuntimeDep>,
}

/// `cargo xtask codegen`: regenerate into `out`, saying what changed; with `check`, only
/// compare. Returns whether `out` was fresh (always true after a write).
pub fn codegen(model: &Path, out: &Path, check: bool, options: &Options) -> Result<bool> {
    let files = generate(model, out, options)?;
    if check {
        let report = codegen::check(out, &files).with_context(|| format!("reading {}", out.display()))?;
        if !report.is_fresh() {
            eprintln!("{} is stale; run `cargo xtask codegen`.\n{report}", out.display());
        }
        return Ok(report.is_fresh());
    }
    let report = codegen::write(out, &files).with_context(|| format!("writing {}", out.display()))?;
    if report.is_fresh() {
        eprintln!("{} is up to date", out.display());
    } else {
        eprintln!("{}: {}", out.display(), report.summary());
        for c in &report.changes {
            match c {
                codegen::Change::Added(p) => eprintln!("  added:   {p}"),
                codegen::Change::Removed(p) => eprintln!("  removed: {p}"),
                codegen::Change::Changed(p, _) => eprintln!("  changed: {p}"),
            }
        }
    }
    Ok(true)
}

/// Where the vendored model came from.
pub struct Vendored {
    pub files: BTreeMap<String, Vec<u8>>,
    pub source: String,
    pub package_version: Option<String>,
    pub archive_sha256: Option<String>,
    /// The API changes from the model it replaced (none when there was none).
    pub changes: Option<api_diff::Report>,
}

/// `cargo xtask update-model --from PATH`: a botocore wheel, a botocore data folder (the
/// service's version folder, or a folder above it), or a Smithy JSON AST file. The new model
/// must load before anything in `dest` is replaced; `dest` is then swapped whole.
pub fn update_model(from: &Path, service: &str, dest: &Path) -> Result<Vendored> {
    let vendored = if from.is_dir() {
        from_folder(from)?
    } else if from.extension().is_some_and(|e| e == "whl" || e == "zip") {
        from_wheel(from, service)?
    } else {
        let bytes = std::fs::read(from).with_context(|| format!("reading {}", from.display()))?;
        let mut files = BTreeMap::new();
        files.insert("model.json".to_string(), bytes);
        Vendored {
            files,
            source: from.display().to_string(),
            package_version: None,
            archive_sha256: None,
            changes: None,
        }
    };
    // Prove the new model loads and generates, in a scratch folder, before touching `dest`.
    let scratch = unique_temp_dir("xtask-model");
    let staged: codegen::Files = vendored
        .files
        .iter()
        .map(|(k, v)| Ok((k.clone(), String::from_utf8(v.clone()).with_context(|| format!("{k} is not UTF-8"))?)))
        .collect::<Result<_>>()?;
    codegen::write(&scratch, &staged)?;
    let loaded = generate(&scratch, &scratch, &Options::default());
    // What the update changes in the crate's API, for the maintainer to version it by.
    let changes = match (&loaded, dest.join("service-2.json").exists() || dest.join("model.json").exists()) {
        (Ok(_), true) => Some(api_diff::against_vendored(dest, &scratch, &codegen::Config::default().crate_version)),
        _ => None,
    };
    let _ = std::fs::remove_dir_all(&scratch);
    loaded?;
    let mut vendored = vendored;
    vendored.changes = changes.transpose()?;
    let mut out = staged;
    out.insert("provenance.json".to_string(), provenance(&vendored));
    codegen::write(dest, &out).with_context(|| format!("writing {}", dest.display()))?;
    Ok(vendored)
}

impl std::fmt::Debug for Vendored {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sizes: BTreeMap<&str, usize> = self.files.iter().map(|(k, v)| (k.as_str(), v.len())).collect();
        f.debug_struct("Vendored")
            .field("files (bytes)", &sizes)
            .field("source", &self.source)
            .field("package_version", &self.package_version)
            .finish()
    }
}

/// A temporary folder name no other call (in this process or another) uses.
fn unique_temp_dir(prefix: &str) -> PathBuf {
    static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    std::env::temp_dir().join(format!("{prefix}-{}-{n}", std::process::id()))
}

pub(crate) fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn provenance(v: &Vendored) -> String {
    let mut files = serde_json::Map::new();
    for (name, bytes) in &v.files {
        files.insert(name.clone(), serde_json::Value::from(sha256(bytes)));
    }
    let mut root = serde_json::Map::new();
    root.insert("source".into(), v.source.clone().into());
    if let Some(ver) = &v.package_version {
        root.insert("package".into(), "botocore".into());
        root.insert("version".into(), ver.clone().into());
    }
    if let Some(h) = &v.archive_sha256 {
        root.insert("archive_sha256".into(), h.clone().into());
    }
    root.insert("sha256".into(), files.into());
    root.insert("note".into(), "Files are stored decompressed; sha256 is of the stored bytes. Update with `cargo xtask update-model --from PATH`.".into());
    let mut text = serde_json::to_string_pretty(&serde_json::Value::Object(root)).unwrap_or_default();
    text.push('\n');
    text
}

/// `service`'s newest model in a botocore wheel.
fn from_wheel(path: &Path, service: &str) -> Result<Vendored> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let release = botocore::read(path, Some(&[service.to_string()]))?;
    let model =
        release.models.into_iter().next().with_context(|| format!("the wheel has no botocore/data/{service}/"))?;
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(Vendored {
        source: format!("{file_name} (botocore/data/{service}/{}/)", model.version),
        files: model.files,
        package_version: release.version,
        archive_sha256: Some(sha256(&bytes)),
        changes: None,
    })
}

/// A botocore service folder, or one of its version folders.
fn from_folder(dir: &Path) -> Result<Vendored> {
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let model = botocore::from_service_folder(dir, &name)?
        .with_context(|| format!("{} holds no service-2.json", dir.display()))?;
    let source = dir.display().to_string();
    Ok(Vendored { files: model.files, source, package_version: None, archive_sha256: None, changes: None })
}

/// Timings of `bench`: each stage's samples, in seconds.
pub struct Bench {
    pub load: Vec<f64>,
    pub generate: Vec<f64>,
    pub write: Vec<f64>,
    pub files: usize,
    pub bytes: usize,
}

/// `cargo xtask bench`: regenerates the crate `iterations` times (load the model, generate in
/// memory, write to a scratch folder) and times each stage. Run it in release mode.
pub fn bench(model: &Path, iterations: usize) -> Result<Bench> {
    use std::time::Instant;
    let scratch = unique_temp_dir("xtask-bench");
    let mut b = Bench { load: Vec::new(), generate: Vec::new(), write: Vec::new(), files: 0, bytes: 0 };
    for _ in 0..iterations.max(1) {
        let t = Instant::now();
        let svc = smithy_ir::load_path(model).map_err(|e| anyhow::anyhow!("invalid model: {e}"))?;
        b.load.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let files = codegen::generate(&svc, &config(&svc, &scratch)?).map_err(|e| anyhow::anyhow!("{e}"))?;
        b.generate.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        codegen::write(&scratch, &files)?;
        b.write.push(t.elapsed().as_secs_f64());
        b.files = files.len();
        b.bytes = files.values().map(String::len).sum();
    }
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(b)
}

impl std::fmt::Display for Bench {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let stat = |v: &[f64]| {
            let mut s = v.to_vec();
            s.sort_by(f64::total_cmp);
            (s[0] * 1e3, s[s.len() / 2] * 1e3, s[s.len() - 1] * 1e3)
        };
        writeln!(
            f,
            "{} files, {} KiB, {} runs (milliseconds: min / median / max)",
            self.files,
            self.bytes / 1024,
            self.load.len()
        )?;
        let total: Vec<f64> = (0..self.load.len()).map(|i| self.load[i] + self.generate[i] + self.write[i]).collect();
        for (name, v) in [("load", &self.load), ("generate", &self.generate), ("write", &self.write), ("total", &total)]
        {
            let (min, med, max) = stat(v);
            writeln!(f, "  {name:<9} {min:8.1} {med:8.1} {max:8.1}")?;
        }
        Ok(())
    }
}

/// One CI step: a name, the cargo arguments, extra environment.
type Step = (&'static str, &'static [&'static str], &'static [(&'static str, &'static str)]);

/// `cargo xtask test`: every check CI runs, in order, stopping at the first failure.
pub fn test_all(root: &Path) -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let steps: &[Step] = &[
        ("formatting", &["fmt", "--all", "--check"], &[]),
        ("clippy", &["clippy", "--workspace", "--all-targets", "--locked", "--", "-D", "warnings"], &[]),
        ("generated/ is fresh", &["run", "--quiet", "--locked", "-p", "xtask", "--", "codegen", "--check"], &[]),
        (
            "docs (whole workspace)",
            &["doc", "--workspace", "--no-deps", "--locked"],
            &[("RUSTDOCFLAGS", "-D warnings")],
        ),
        ("tests", &["test", "--workspace", "--locked"], &[]),
    ];
    let (mut passed, mut failed) = (0u64, 0u64);
    for (name, args, env) in steps {
        eprintln!("==> {name}: cargo {}", args.join(" "));
        let mut child = std::process::Command::new(&cargo)
            .args(*args)
            .envs(env.iter().copied())
            .current_dir(root)
            .stdout(std::process::Stdio::piped())
            .spawn()?;
        // Echo the output, adding up cargo test's summaries for one closing line.
        if let Some(out) = child.stdout.take() {
            for line in std::io::BufRead::lines(std::io::BufReader::new(out)) {
                let line = line?;
                println!("{line}");
                if let Some((p, f)) = summary_counts(&line) {
                    passed += p;
                    failed += f;
                }
            }
        }
        if !child.wait()?.success() {
            println!("{passed} passed, {} failed", failed.max(1));
            bail!("{name} failed (cargo {})", args.join(" "));
        }
    }
    println!("{passed} passed, {failed} failed");
    Ok(())
}

/// The counts of a `test result: ok. 3 passed; 0 failed; ...` line.
fn summary_counts(line: &str) -> Option<(u64, u64)> {
    let rest = line.strip_prefix("test result: ")?;
    let count = |word: &str| -> Option<u64> {
        rest.split(';').find_map(|part| {
            let part = part.trim().trim_start_matches(|c: char| !c.is_ascii_digit());
            part.strip_suffix(word)?.trim().parse().ok()
        })
    };
    Some((count("passed")?, count("failed")?))
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_cargo_test_summaries() {
        let line = "test result: ok. 22 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s";
        assert_eq!(super::summary_counts(line), Some((22, 1)));
        assert_eq!(super::summary_counts("running 3 tests"), None);
    }
}
