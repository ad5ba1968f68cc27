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

/// Loads the model and generates the crate in memory.
pub fn generate(model: &Path) -> Result<codegen::Files> {
    let svc = smithy_ir::load_path(model).map_err(|e| anyhow::anyhow!("invalid model: {e}"))?;
    codegen::generate(&svc, &codegen::Config::default()).map_err(|e| anyhow::anyhow!("cannot generate: {e}"))
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
    let scratch = std::env::temp_dir().join(format!("xtask-model-{}", std::process::id()));
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
