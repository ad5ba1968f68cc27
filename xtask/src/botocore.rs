//! Reading service models out of a botocore release: the wheel from PyPI
//! (`pip download botocore --no-deps`) or an unpacked `botocore/data` folder.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// The botocore files of a service version, and whether the package ships them gzipped.
pub const FILES: &[&str] = &["service-2.json", "paginators-1.json", "waiters-2.json", "endpoint-rule-set-1.json"];

/// The botocore release CI's sample and the README's figures come from.
pub const PINNED_VERSION: &str = "1.44.8";
pub const PINNED_SHA256: &str = "76342a76c338701db80dcb8afe1c9bd079283d6fffbb9d881442abb02a215043";
/// The same release's source distribution, which (unlike the wheel) holds every service's
/// endpoint tests (`tests/functional/endpoint-rules/<service>/endpoint-tests-1.json`).
pub const PINNED_SDIST_SHA256: &str = "945b783c1a1259e2a8b078f3f3dd40fae32ea84ab01d3a9953af6b378da7108a";

/// One service's newest model: its folder name, version folder, and files (decompressed).
#[derive(Clone)]
pub struct Model {
    pub service: String,
    pub version: String,
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Model {
    /// Loads it into the IR. `release` names the botocore release in the source shown in
    /// generated headers.
    pub fn load(&self, release: &str) -> Result<smithy_ir::Service> {
        let text = |name: &str| -> Result<Option<serde_json::Value>> {
            match self.files.get(name) {
                None => Ok(None),
                Some(bytes) => {
                    let v = serde_json::from_slice(bytes)
                        .with_context(|| format!("{}/{name} is not JSON", self.service))?;
                    Ok(Some(v))
                }
            }
        };
        let companions = smithy_ir::botocore::Companions {
            paginators: text("paginators-1.json")?,
            waiters: text("waiters-2.json")?,
            endpoint_rules: text("endpoint-rule-set-1.json")?,
        };
        let service = std::str::from_utf8(self.files.get("service-2.json").context("no service-2.json")?)
            .context("service-2.json is not UTF-8")?;
        let source = format!("{release}/data/{}/{}/service-2.json", self.service, self.version);
        smithy_ir::load_str(service, &source, &companions).map_err(|e| anyhow::anyhow!("{}: {e}", self.service))
    }
}

fn gunzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes).read_to_end(&mut out)?;
    Ok(out)
}

/// A release: the models, by service folder name, and the package version when known.
pub struct Release {
    pub version: Option<String>,
    pub models: Vec<Model>,
}

/// Every service of a wheel or `data` folder; `only` limits it to those services.
pub fn read(source: &Path, only: Option<&[String]>) -> Result<Release> {
    let wanted = |s: &str| only.is_none_or(|o| o.iter().any(|w| w == s));
    if source.is_dir() {
        let data =
            if source.join("botocore/data").is_dir() { source.join("botocore/data") } else { source.to_path_buf() };
        let mut models = Vec::new();
        let mut services: Vec<PathBuf> =
            std::fs::read_dir(&data)?.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_dir()).collect();
        services.sort();
        for dir in services {
            let service = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if !wanted(&service) {
                continue;
            }
            if let Some(m) = from_service_folder(&dir, &service)? {
                models.push(m);
            }
        }
        return Ok(Release { version: None, models });
    }
    let bytes = std::fs::read(source).with_context(|| format!("reading {}", source.display()))?;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).context("not a zip (wheel) archive")?;
    let names: Vec<String> = archive.file_names().map(str::to_string).collect();
    // botocore/data/<service>/<version>/<file>
    let mut newest: BTreeMap<String, String> = BTreeMap::new();
    for n in &names {
        let parts: Vec<&str> = n.split('/').collect();
        if let ["botocore", "data", service, version, file] = parts.as_slice() {
            if file.starts_with("service-2.json") && wanted(service) {
                let e = newest.entry(service.to_string()).or_default();
                if version > &e.as_str() {
                    *e = version.to_string();
                }
            }
        }
    }
    let mut models = Vec::new();
    for (service, version) in newest {
        let mut files = BTreeMap::new();
        for name in FILES {
            let base = format!("botocore/data/{service}/{version}/{name}");
            for (entry, gz) in [(base.clone(), false), (format!("{base}.gz"), true)] {
                if let Ok(mut f) = archive.by_name(&entry) {
                    let mut data = Vec::new();
                    f.read_to_end(&mut data)?;
                    files.insert(name.to_string(), if gz { gunzip(&data)? } else { data });
                }
            }
        }
        models.push(Model { service, version, files });
    }
    let file_name = source.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let version = file_name.strip_prefix("botocore-").and_then(|r| r.split('-').next()).map(str::to_string);
    Ok(Release { version, models })
}

/// A service folder (`data/<service>`, holding version folders) or a version folder itself:
/// the newest version's files; `None` when it holds no `service-2.json`.
pub fn from_service_folder(dir: &Path, service: &str) -> Result<Option<Model>> {
    let has_model = |d: &Path| d.join("service-2.json").exists() || d.join("service-2.json.gz").exists();
    let version_dir = if has_model(dir) {
        dir.to_path_buf()
    } else {
        let mut versions: Vec<PathBuf> = std::fs::read_dir(dir)?
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_dir() && has_model(p))
            .collect();
        versions.sort();
        match versions.pop() {
            Some(v) => v,
            None => return Ok(None),
        }
    };
    let mut files = BTreeMap::new();
    for name in FILES {
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
    let version = version_dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(Some(Model { service: service.to_string(), version, files }))
}

/// `target/botocore/botocore-<pinned>-py3-none-any.whl`, downloaded with pip when missing and
/// checked against the pinned sha256.
pub fn pinned_wheel(root: &Path) -> Result<PathBuf> {
    pinned(root, &format!("botocore-{PINNED_VERSION}-py3-none-any.whl"), &[], PINNED_SHA256)
}

/// The pinned release's source distribution in `target/botocore`, downloaded by pip when missing
/// and checked against its sha256.
pub fn pinned_sdist(root: &Path) -> Result<PathBuf> {
    pinned(root, &format!("botocore-{PINNED_VERSION}.tar.gz"), &["--no-binary", ":all:"], PINNED_SDIST_SHA256)
}

/// `target/botocore/<file>`, downloaded by `pip download` (with `pip_args`) when missing.
fn pinned(root: &Path, file: &str, pip_args: &[&str], sha256: &str) -> Result<PathBuf> {
    let dir = root.join("target/botocore");
    let path = dir.join(file);
    if !path.exists() {
        std::fs::create_dir_all(&dir)?;
        let status = std::process::Command::new("python3")
            .args(["-m", "pip", "download", "--quiet", "--no-deps"])
            .args(pip_args)
            .arg("--dest")
            .arg(&dir)
            .arg(format!("botocore=={PINNED_VERSION}"))
            .status()
            .context("running pip (python3 -m pip) to download botocore")?;
        if !status.success() {
            bail!("pip could not download {file}");
        }
    }
    let got = crate::sha256(&std::fs::read(&path)?);
    if got != sha256 {
        bail!("{} has sha256 {got}, not the pinned {sha256}", path.display());
    }
    Ok(path)
}

/// The endpoint tests in a botocore source distribution (`.tar.gz`), by service folder name;
/// `only` limits them to those services.
pub fn endpoint_tests(sdist: &Path, only: Option<&[String]>) -> Result<BTreeMap<String, serde_json::Value>> {
    let file = std::fs::File::open(sdist).with_context(|| format!("opening {}", sdist.display()))?;
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(file));
    let mut out = BTreeMap::new();
    for entry in archive.entries().context("reading the source distribution")? {
        let mut entry = entry?;
        let path = entry.path()?.to_string_lossy().into_owned();
        let Some(rest) = path.split_once("/tests/functional/endpoint-rules/").map(|(_, r)| r) else { continue };
        let Some(service) = rest.strip_suffix("/endpoint-tests-1.json") else { continue };
        if only.is_some_and(|o| !o.iter().any(|s| s == service)) {
            continue;
        }
        let mut text = String::new();
        entry.read_to_string(&mut text)?;
        let tests = serde_json::from_str(&text).with_context(|| format!("{path} is not JSON"))?;
        out.insert(service.to_string(), tests);
    }
    Ok(out)
}
