//! `cargo xtask api-diff OLD NEW`: what changed in the generated crates' API between two models
//! (files or model folders) or two botocore releases (wheels or data folders), by service, each
//! change classed (see `codegen::api`) with the version bump it implies.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use anyhow::{bail, Context, Result};
use codegen::api::{Change, Class};

/// One service's outcome.
#[derive(Debug)]
pub enum Outcome {
    Added,
    Removed,
    Changed(Vec<Change>),
    /// One side does not generate (the other may); the message says which and why.
    Refused(String),
}

#[derive(Debug, Default)]
pub struct Report {
    pub old: String,
    pub new: String,
    /// The crate version bumps are computed from.
    pub crate_version: String,
    /// By service; unchanged services are left out but counted.
    pub services: BTreeMap<String, Outcome>,
    pub unchanged: usize,
}

impl Report {
    pub fn breaking(&self) -> usize {
        self.changes().filter(|c| c.class == Class::Breaking).count()
    }

    fn changes(&self) -> impl Iterator<Item = &Change> {
        self.services.values().flat_map(|o| match o {
            Outcome::Changed(c) => c.as_slice(),
            _ => &[],
        })
    }
}

/// A service's model, loaded when its turn comes (two whole releases at once would hold a
/// gigabyte of IR).
type Load = Box<dyn FnOnce() -> Result<smithy_ir::Service>>;

/// A model or a release, by service name (one model: the name `""`).
fn load_side(path: &Path, only: Option<&[String]>) -> Result<(String, BTreeMap<String, Load>)> {
    let one = |svc: Result<smithy_ir::Service>| {
        let load: Load = Box::new(move || svc);
        Ok((path.display().to_string(), BTreeMap::from([(String::new(), load)])))
    };
    let archive = path.extension().is_some_and(|e| e == "whl" || e == "zip");
    if path.is_file() && !archive {
        return one(smithy_ir::load_path(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display())));
    }
    if path.is_dir() {
        // A botocore service or version folder (compressed or not), or a vendored model.
        if let Some(model) = crate::botocore::from_service_folder(path, "")? {
            return one(model.load("botocore"));
        }
        if has_json(path) {
            return one(smithy_ir::load_path(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display())));
        }
    }
    let release = crate::botocore::read(path, only)?;
    let name = release.version.clone().map(|v| format!("botocore {v}")).unwrap_or_else(|| path.display().to_string());
    let label = release.version.clone().unwrap_or_else(|| "botocore".to_string());
    let models = release
        .models
        .into_iter()
        .map(|m| {
            let label = label.clone();
            (m.service.clone(), Box::new(move || m.load(&label)) as Load)
        })
        .collect();
    Ok((name, models))
}

/// A folder holding a Smithy JSON AST file and no service folders (a release's data folder
/// holds `endpoints.json` beside them).
fn has_json(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    let paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.iter().any(|p| p.extension().is_some_and(|x| x == "json")) && !paths.iter().any(|p| p.is_dir())
}

/// Compares `old` with `new`: two models (one service) or two releases (`only` limits them).
pub fn run(old: &Path, new: &Path, only: Option<&[String]>, crate_version: &str) -> Result<Report> {
    let (old_name, mut old_models) = load_side(old, only)?;
    let (new_name, mut new_models) = load_side(new, only)?;
    let singles = [&old_models, &new_models].map(|m| m.len() == 1 && m.contains_key(""));
    if singles[0] != singles[1] {
        bail!("compare a model with a model, or a release with a release");
    }
    let mut report =
        Report { old: old_name, new: new_name, crate_version: crate_version.to_string(), ..Default::default() };
    let names: std::collections::BTreeSet<String> = old_models.keys().chain(new_models.keys()).cloned().collect();
    for name in names {
        let outcome = match (old_models.remove(&name), new_models.remove(&name)) {
            (None, Some(_)) => Outcome::Added,
            (Some(_), None) => Outcome::Removed,
            (Some(o), Some(n)) => match (surface(o()), surface(n())) {
                (Ok(o), Ok(n)) => Outcome::Changed(codegen::api::diff(&o, &n)),
                (Err(e), _) => Outcome::Refused(format!("the old model: {e:#}")),
                (_, Err(e)) => Outcome::Refused(format!("the new model: {e:#}")),
            },
            (None, None) => continue,
        };
        if matches!(&outcome, Outcome::Changed(c) if c.is_empty()) {
            report.unchanged += 1;
        } else {
            report.services.insert(name, outcome);
        }
    }
    Ok(report)
}

fn surface(svc: Result<smithy_ir::Service>) -> Result<codegen::api::Surface> {
    Ok(codegen::api_surface(&svc?, &codegen::Config::default())?)
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "API changes from {} to {}", self.old, self.new)?;
        for (service, outcome) in &self.services {
            let name = if service.is_empty() { "the model" } else { service };
            match outcome {
                Outcome::Added => writeln!(f, "\n{name}: new service")?,
                Outcome::Removed => writeln!(f, "\n{name}: service removed")?,
                Outcome::Refused(why) => writeln!(f, "\n{name}: not compared: {why}")?,
                Outcome::Changed(changes) => {
                    let top = changes.iter().map(|c| c.class).max().unwrap_or(Class::Patch);
                    let next = codegen::api::next_version(&self.crate_version, changes).unwrap_or_default();
                    writeln!(f, "\n{name}: {} change(s), {top}: {} -> {next}", changes.len(), self.crate_version)?;
                    for c in changes {
                        writeln!(f, "  {:<9} {}: {}", c.class.to_string(), c.item, c.what)?;
                    }
                }
            }
        }
        let mut per_class: BTreeMap<Class, usize> = BTreeMap::new();
        let mut per_kind: BTreeMap<(Class, &str), usize> = BTreeMap::new();
        for c in self.changes() {
            *per_class.entry(c.class).or_default() += 1;
            *per_kind.entry((c.class, c.kind)).or_default() += 1;
        }
        let count = |pred: &dyn Fn(&Outcome) -> bool| self.services.values().filter(|o| pred(o)).count();
        let changed_with = |class: Class| {
            count(&|o| matches!(o, Outcome::Changed(c) if c.iter().map(|c| c.class).max() == Some(class)))
        };
        writeln!(
            f,
            "\n{} service(s): {} added, {} removed, {} not compared, {} unchanged; changed: {} breaking, {} additive, {} patch only",
            self.services.len() + self.unchanged,
            count(&|o| matches!(o, Outcome::Added)),
            count(&|o| matches!(o, Outcome::Removed)),
            count(&|o| matches!(o, Outcome::Refused(_))),
            self.unchanged,
            changed_with(Class::Breaking),
            changed_with(Class::Additive),
            changed_with(Class::Patch),
        )?;
        if per_class.is_empty() {
            return writeln!(f, "no API changes");
        }
        let classes: Vec<String> = per_class.iter().rev().map(|(c, n)| format!("{n} {c}")).collect();
        writeln!(f, "{} change(s): {}", per_class.values().sum::<usize>(), classes.join(", "))?;
        for ((class, kind), n) in per_kind.iter().rev() {
            writeln!(f, "  {n:>6} {class:<9} {kind}", class = class.to_string())?;
        }
        Ok(())
    }
}

/// The report for `update-model`: the vendored model against the incoming one.
pub fn against_vendored(vendored: &Path, incoming: &Path, crate_version: &str) -> Result<Report> {
    run(vendored, incoming, None, crate_version).with_context(|| format!("comparing with {}", vendored.display()))
}
