//! `cargo xtask check-models`: generate every model of a botocore release that offers a protocol
//! this generator implements, then `cargo check` all the crates with warnings denied, and report
//! counts and each failure.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::botocore;

pub struct Options {
    /// A botocore wheel or data folder.
    pub source: PathBuf,
    /// Only these services (botocore folder names).
    pub only: Option<Vec<String>>,
    /// Where the crates and their workspace go (replaced).
    pub out: PathBuf,
    pub jobs: usize,
    /// Run `cargo check` on the crates (otherwise only generate them).
    pub compile: bool,
}

#[derive(Default)]
pub struct Report {
    pub release: String,
    pub models: usize,
    /// Models that offer no protocol the generator implements, by protocols offered.
    pub not_applicable: BTreeMap<String, usize>,
    /// (service, crate name)
    pub generated: Vec<(String, String)>,
    /// (service, why)
    pub refused: Vec<(String, String)>,
    /// What the generated crates leave out: (service, item, reason).
    pub omitted: Vec<(String, String, String)>,
    pub generate_secs: f64,
    /// Removing the previous run's crates, after generating.
    pub cleanup_secs: Option<f64>,
    /// `None` when not compiled.
    pub compile: Option<Compile>,
}

pub struct Compile {
    pub secs: f64,
    /// (service, the compiler's first errors)
    pub failures: Vec<(String, String)>,
    /// Set when cargo itself failed before reporting on the crates.
    pub cargo_error: Option<String>,
    /// Crates cargo never checked (a dependency, such as the runtime, failed first).
    pub not_checked: Vec<String>,
}

impl Report {
    pub fn ok(&self) -> bool {
        self.refused.is_empty()
            && self
                .compile
                .as_ref()
                .is_none_or(|c| c.failures.is_empty() && c.cargo_error.is_none() && c.not_checked.is_empty())
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let applicable = self.generated.len() + self.refused.len();
        writeln!(
            f,
            "{}: {} models; {applicable} offer a protocol this generator implements",
            self.release, self.models
        )?;
        for (protocols, n) in &self.not_applicable {
            writeln!(f, "  not applicable: {n} offering only {protocols}")?;
        }
        write!(f, "generated {}/{applicable} in {:.1} s", self.generated.len(), self.generate_secs)?;
        match self.cleanup_secs {
            Some(secs) => writeln!(f, " (then {secs:.1} s removing the previous run's crates)")?,
            None => writeln!(f)?,
        }
        for (service, why) in &self.refused {
            writeln!(f, "  REFUSED {service}: {why}")?;
        }
        let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
        for (_, item, _) in &self.omitted {
            *kinds.entry(item.split(' ').next().unwrap_or("")).or_default() += 1;
        }
        writeln!(f, "left out (listed in each crate's docs): {kinds:?}")?;
        for (service, item, why) in &self.omitted {
            writeln!(f, "  {service}: {item}: {why}")?;
        }
        match &self.compile {
            None => writeln!(f, "not compiled (--no-compile)")?,
            Some(c) => {
                if let Some(e) = &c.cargo_error {
                    writeln!(f, "cargo failed: {e}")?;
                }
                writeln!(
                    f,
                    "compiled {}/{} without warnings (cargo check, RUSTFLAGS=-D warnings) in {:.1} s",
                    self.generated.len() - c.failures.len() - c.not_checked.len(),
                    self.generated.len(),
                    c.secs
                )?;
                if !c.not_checked.is_empty() {
                    writeln!(f, "  NOT CHECKED (a dependency failed): {}", c.not_checked.join(", "))?;
                }
                for (service, errors) in &c.failures {
                    writeln!(f, "  FAILED {service}:")?;
                    for line in errors.lines().take(20) {
                        writeln!(f, "    {line}")?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// The generated crate's package name, from its `Cargo.toml`.
fn package_name(files: &codegen::Files) -> String {
    files
        .get("Cargo.toml")
        .and_then(|t| t.lines().find_map(|l| l.strip_prefix("name = \"")?.strip_suffix('"').map(str::to_string)))
        .unwrap_or_default()
}

pub fn run(opts: &Options) -> Result<Report> {
    let release = botocore::read(&opts.source, opts.only.as_deref())?;
    let release_name = format!("botocore-{}", release.version.as_deref().unwrap_or("(folder)"));
    let mut report = Report { release: release_name.clone(), models: release.models.len(), ..Report::default() };
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Outcome)>> = Mutex::new(Vec::new());
    // Keep the build cache between runs; replace the crates. The old ones are moved aside, and
    // deleted once the new ones are written (tens of thousands of files): deleting them at the
    // same time took a core from generation (a tenth of its time on 2 cores), and is not
    // generation.
    let trash = opts.out.with_extension("old");
    let _ = std::fs::remove_dir_all(&trash);
    if opts.out.exists() {
        std::fs::create_dir_all(&trash)?;
        for entry in std::fs::read_dir(&opts.out)? {
            let path = entry?.path();
            if let Some(name) = path.file_name().filter(|n| *n != "target") {
                std::fs::rename(&path, trash.join(name))?;
            }
        }
    }
    std::fs::create_dir_all(&opts.out)?;
    let started = Instant::now();
    let total = release.models.len();
    // Largest models first, so that EC2 does not start when the others are done and leave one
    // core idle at the end.
    let mut order: Vec<usize> = (0..total).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(release.models[i].files.values().map(Vec::len).sum::<usize>()));
    std::thread::scope(|scope| {
        for _ in 0..opts.jobs.max(1) {
            scope.spawn(|| {
                while let Some(&i) = order.get(next.fetch_add(1, Ordering::SeqCst)) {
                    let model = &release.models[i];
                    let one = Instant::now();
                    let outcome = generate_one(model, &release_name, &opts.out);
                    // Progress on standard error, as models finish; the report goes to standard output.
                    let what = match &outcome {
                        Outcome::NotApplicable(p) => format!("not applicable ({p})"),
                        Outcome::Refused(_) => "REFUSED".to_string(),
                        Outcome::Generated { .. } => "generated".to_string(),
                    };
                    if let Ok(mut r) = results.lock() {
                        r.push((i, outcome));
                        eprintln!(
                            "[{}/{total}] {}: {what} in {:.1} s",
                            r.len(),
                            model.service,
                            one.elapsed().as_secs_f64()
                        );
                    }
                }
            });
        }
    });
    let mut results = results.into_inner().map_err(|_| anyhow::anyhow!("a generation thread panicked"))?;
    results.sort_by_key(|(i, _)| *i);
    for (i, outcome) in results {
        let service = release.models[i].service.clone();
        match outcome {
            Outcome::NotApplicable(protocols) => *report.not_applicable.entry(protocols).or_default() += 1,
            Outcome::Refused(why) => report.refused.push((service, why)),
            Outcome::Generated { package, omitted } => {
                report.omitted.extend(omitted.into_iter().map(|o| (service.clone(), o.item, o.reason)));
                report.generated.push((service, package));
            }
        }
    }
    report.generate_secs = started.elapsed().as_secs_f64();
    let removing = Instant::now();
    if trash.exists() {
        std::fs::remove_dir_all(&trash).with_context(|| format!("removing {}", trash.display()))?;
        report.cleanup_secs = Some(removing.elapsed().as_secs_f64());
    }
    if opts.compile && !report.generated.is_empty() {
        report.compile = Some(compile(&opts.out, &report.generated)?);
    }
    Ok(report)
}

enum Outcome {
    NotApplicable(String),
    Refused(String),
    Generated { package: String, omitted: Vec<codegen::Omitted> },
}

fn generate_one(model: &botocore::Model, release: &str, out: &Path) -> Outcome {
    let svc = match model.load(release) {
        Ok(svc) => svc,
        Err(e) => return Outcome::Refused(format!("invalid model: {e:#}")),
    };
    if codegen::choose_protocol(&svc, None).is_err() {
        let offered: Vec<&str> = svc.protocols.iter().map(|p| p.name()).collect();
        return Outcome::NotApplicable(offered.join("+"));
    }
    // Crates are named by botocore's folder, which is unique (two services can share an SDK id:
    // `pinpoint-sms-voice` and `sms-voice`).
    let config = crate::config(&svc, &out.join(&model.service))
        .map(|c| codegen::Config { crate_name: Some(format!("{}-client", model.service)), ..c });
    let generated = config.and_then(|config| {
        let (files, (_, omitted)) =
            codegen::generate_with_summary(&svc, &config).map_err(|e| anyhow::anyhow!("{e}"))?;
        codegen::write(&out.join(&model.service), &files)?;
        Ok((package_name(&files), omitted))
    });
    match generated {
        Ok((package, omitted)) => Outcome::Generated { package, omitted },
        Err(e) => Outcome::Refused(format!("{e:#}")),
    }
}

/// `cargo check` of every generated crate in one workspace, errors grouped by crate.
fn compile(out: &Path, crates: &[(String, String)]) -> Result<Compile> {
    let members: Vec<String> = crates.iter().map(|(s, _)| format!("{s:?}")).collect();
    std::fs::write(
        out.join("Cargo.toml"),
        format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members.join(", ")),
    )?;
    // The generated crates' dependencies are those of `generated/`, locked here.
    std::fs::copy(crate::workspace_root().join("Cargo.lock"), out.join("Cargo.lock")).context("copying Cargo.lock")?;
    let started = Instant::now();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut child = std::process::Command::new(cargo)
        .args(["check", "--workspace", "--keep-going", "--message-format=json"])
        .current_dir(out)
        .env("RUSTFLAGS", "-D warnings")
        // Incremental state of these one-off crates would only fill the disk.
        .env("CARGO_INCREMENTAL", "0")
        .env("CARGO_TARGET_DIR", out.join("target"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .context("running cargo check")?;
    // cargo's own messages, read beside its JSON so neither pipe fills.
    let stderr_pipe = child.stderr.take();
    let stderr_reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut pipe) = stderr_pipe {
            let _ = std::io::Read::read_to_string(&mut pipe, &mut text);
        }
        text
    });
    let by_package: BTreeMap<&str, &str> = crates.iter().map(|(s, p)| (p.as_str(), s.as_str())).collect();
    let mut errors: BTreeMap<String, String> = BTreeMap::new();
    let mut checked = std::collections::BTreeSet::new();
    let stdout = child.stdout.take().context("cargo's output")?;
    for line in std::io::BufRead::lines(std::io::BufReader::new(stdout)) {
        let line = line?;
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        if msg["reason"] == "compiler-artifact" {
            if let Some(service) = by_package.get(package_of(msg["package_id"].as_str().unwrap_or("")).as_str()) {
                checked.insert(service.to_string());
                eprintln!(
                    "checked {}/{}: {service} ({:.0} s)",
                    checked.len(),
                    crates.len(),
                    started.elapsed().as_secs_f64()
                );
            }
            continue;
        }
        if msg["reason"] != "compiler-message" {
            continue;
        }
        let level = msg["message"]["level"].as_str().unwrap_or("");
        if !matches!(level, "error" | "warning") {
            continue;
        }
        let package = package_of(msg["package_id"].as_str().unwrap_or(""));
        let Some(service) = by_package.get(package.as_str()) else { continue };
        let rendered = msg["message"]["rendered"].as_str().unwrap_or("").to_string();
        errors.entry(service.to_string()).or_default().push_str(&rendered);
    }
    let status = child.wait().context("waiting for cargo check")?;
    let stderr = stderr_reader.join().unwrap_or_default();
    let cargo_error = (!status.success() && errors.is_empty())
        .then(|| stderr.lines().rev().take(15).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n"));
    let not_checked =
        crates.iter().map(|(s, _)| s).filter(|s| !checked.contains(*s) && !errors.contains_key(*s)).cloned().collect();
    Ok(Compile {
        secs: started.elapsed().as_secs_f64(),
        failures: errors.into_iter().collect(),
        cargo_error,
        not_checked,
    })
}

/// The package name in a cargo package id: `path+file:///x/ecs#ecs-client@0.1.0`,
/// `path+file:///x/ecs-client#0.1.0`, or the older `ecs-client 0.1.0 (path+file:///x/ecs)`.
fn package_of(id: &str) -> String {
    match id.split_once('#') {
        Some((path, rest)) => match rest.split_once('@') {
            Some((name, _)) => name.to_string(),
            None => path.rsplit('/').next().unwrap_or("").to_string(),
        },
        None => id.split_whitespace().next().unwrap_or("").to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn package_ids_in_every_form() {
        assert_eq!(super::package_of("path+file:///x/ecs#ecs-client@0.1.0"), "ecs-client");
        assert_eq!(super::package_of("path+file:///x/ecs-client#0.1.0"), "ecs-client");
        assert_eq!(super::package_of("ecs-client 0.1.0 (path+file:///x/ecs)"), "ecs-client");
    }
}
