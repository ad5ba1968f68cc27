//! The logic behind `cargo xtask`; `main.rs` only parses arguments.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use sha2::{Digest, Sha256};

/// The workspace root (the parent of this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

/// The generator configuration: defaults plus the vendored AWS partitions.
pub fn config() -> Result<codegen::Config> {
    let path = workspace_root().join("model/partitions.json");
    let partitions = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let mut extra_files = BTreeMap::new();
    let examples = workspace_root().join("model/proton-examples");
    for entry in std::fs::read_dir(&examples).with_context(|| format!("reading {}", examples.display()))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "rs") {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            extra_files.insert(format!("examples/{name}"), std::fs::read_to_string(&path)?);
        }
    }
    Ok(codegen::Config { partitions: Some(partitions), extra_files, ..codegen::Config::default() })
}

/// Loads the model and generates the crate in memory.
pub fn generate(model: &Path) -> Result<codegen::Files> {
    let svc = smithy_ir::load_path(model).map_err(|e| anyhow::anyhow!("invalid model: {e}"))?;
    for (op, why) in codegen::unsupported_operations(&svc).map_err(|e| anyhow::anyhow!("cannot generate: {e}"))? {
        eprintln!("note: left out operation {op}: {why}");
    }
    codegen::generate(&svc, &config()?).map_err(|e| anyhow::anyhow!("cannot generate: {e}"))
}

/// `cargo xtask codegen`: regenerate into `out`; with `check`, only compare. Returns whether
/// `out` was fresh (always true after a write).
pub fn codegen(model: &Path, out: &Path, check: bool) -> Result<bool> {
    let files = generate(model)?;
    if check {
        let report = codegen::check(out, &files).with_context(|| format!("reading {}", out.display()))?;
        if !report.is_fresh() {
            eprintln!("{} is stale; run `cargo xtask codegen`.\n{report}", out.display());
        }
        return Ok(report.is_fresh());
    }
    codegen::write(out, &files).with_context(|| format!("writing {}", out.display()))?;
    Ok(true)
}

/// The botocore files we vendor, and whether the package ships them gzipped.
const BOTOCORE_FILES: &[&str] = &["service-2.json", "paginators-1.json", "waiters-2.json", "endpoint-rule-set-1.json"];

/// Where the vendored model came from.
pub struct Vendored {
    pub files: BTreeMap<String, Vec<u8>>,
    pub source: String,
    pub package_version: Option<String>,
    pub archive_sha256: Option<String>,
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
        Vendored { files, source: from.display().to_string(), package_version: None, archive_sha256: None }
    };
    // Prove the new model loads and generates, in a scratch folder, before touching `dest`.
    let scratch = unique_temp_dir("xtask-model");
    let staged: codegen::Files = vendored
        .files
        .iter()
        .map(|(k, v)| Ok((k.clone(), String::from_utf8(v.clone()).with_context(|| format!("{k} is not UTF-8"))?)))
        .collect::<Result<_>>()?;
    codegen::write(&scratch, &staged)?;
    let loaded = generate(&scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    loaded?;
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

fn sha256(bytes: &[u8]) -> String {
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

fn gunzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes).read_to_end(&mut out)?;
    Ok(out)
}

/// The newest version folder (`2020-07-20`) of `service` among `paths`, by name.
fn from_wheel(path: &Path, service: &str) -> Result<Vendored> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).context("not a zip (wheel) archive")?;
    let prefix = format!("botocore/data/{service}/");
    let names: Vec<String> = archive.file_names().map(str::to_string).collect();
    let version = names
        .iter()
        .filter_map(|n| n.strip_prefix(&prefix)?.split('/').next().map(str::to_string))
        .filter(|v| !v.is_empty() && !v.contains('.'))
        .max()
        .with_context(|| format!("the wheel has no {prefix}"))?;
    let mut files = BTreeMap::new();
    for name in BOTOCORE_FILES {
        for (entry, gz) in
            [(format!("{prefix}{version}/{name}"), false), (format!("{prefix}{version}/{name}.gz"), true)]
        {
            if let Ok(mut f) = archive.by_name(&entry) {
                let mut data = Vec::new();
                f.read_to_end(&mut data)?;
                files.insert(name.to_string(), if gz { gunzip(&data)? } else { data });
            }
        }
    }
    if !files.contains_key("service-2.json") {
        bail!("the wheel has no {prefix}{version}/service-2.json");
    }
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let package_version = file_name.strip_prefix("botocore-").and_then(|r| r.split('-').next()).map(str::to_string);
    Ok(Vendored {
        files,
        source: format!("{file_name} ({prefix}{version})"),
        package_version,
        archive_sha256: Some(sha256(&bytes)),
    })
}

fn from_folder(dir: &Path) -> Result<Vendored> {
    // Accept the version folder itself, or a service folder holding version folders.
    let mut version_dir = dir.to_path_buf();
    if !dir.join("service-2.json").exists() && !dir.join("service-2.json.gz").exists() {
        let mut versions: Vec<PathBuf> =
            std::fs::read_dir(dir)?.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_dir()).collect();
        versions.sort();
        version_dir = versions.pop().with_context(|| format!("{} holds no service-2.json", dir.display()))?;
    }
    let mut files = BTreeMap::new();
    for name in BOTOCORE_FILES {
        let plain = version_dir.join(name);
        let gz = version_dir.join(format!("{name}.gz"));
        if plain.exists() {
            files.insert(name.to_string(), std::fs::read(&plain)?);
        } else if gz.exists() {
            files.insert(name.to_string(), gunzip(&std::fs::read(&gz)?)?);
        }
    }
    if !files.contains_key("service-2.json") {
        bail!("{} holds no service-2.json", version_dir.display());
    }
    Ok(Vendored { files, source: version_dir.display().to_string(), package_version: None, archive_sha256: None })
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
        let files = codegen::generate(&svc, &config()?).map_err(|e| anyhow::anyhow!("{e}"))?;
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
