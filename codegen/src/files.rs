//! Putting generated files on disk, or comparing them with what is there.
//!
//! One comparison serves both `cargo xtask codegen --check` and the freshness test, so the two
//! can never disagree about what "stale" means.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::Files;

/// How the files on disk differ from the generated ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Generated but missing on disk.
    Added(String),
    /// On disk but no longer generated.
    Removed(String),
    /// Different; carries the first lines of a unified diff (disk → generated).
    Changed(String, String),
}

/// The result of [`check`]: empty when the directory is up to date.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    pub changes: Vec<Change>,
}

impl Report {
    pub fn is_fresh(&self) -> bool {
        self.changes.is_empty()
    }

    /// `3 file(s) changed, 1 added, 0 removed`.
    pub fn summary(&self) -> String {
        let count = |p: fn(&Change) -> bool| self.changes.iter().filter(|c| p(c)).count();
        format!(
            "{} file(s) changed, {} added, {} removed",
            count(|c| matches!(c, Change::Changed(..))),
            count(|c| matches!(c, Change::Added(_))),
            count(|c| matches!(c, Change::Removed(_)))
        )
    }
}

const DIFF_LINES: usize = 12;

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = |p: fn(&Change) -> bool| self.changes.iter().filter(|c| p(c)).count();
        writeln!(
            f,
            "{} file(s) would be added, {} removed, {} changed:",
            count(|c| matches!(c, Change::Added(_))),
            count(|c| matches!(c, Change::Removed(_))),
            count(|c| matches!(c, Change::Changed(..)))
        )?;
        for c in &self.changes {
            match c {
                Change::Added(p) => writeln!(f, "  added:   {p}")?,
                Change::Removed(p) => writeln!(f, "  removed: {p}")?,
                Change::Changed(p, diff) => {
                    writeln!(f, "  changed: {p}")?;
                    for line in diff.lines() {
                        writeln!(f, "      {line}")?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// What a crate folder may hold besides its generated files: build output and the lock file of
/// a standalone build. Neither is compared, and [`write`] keeps both.
const KEPT: &[&str] = &["target", "Cargo.lock"];

/// Every file under `dir` (relative, `/`-separated), skipping what [`KEPT`] names at its top.
fn list(dir: &Path) -> io::Result<Vec<String>> {
    let mut out = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let entries = match fs::read_dir(dir.join(&rel)) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound && rel.as_os_str().is_empty() => return Ok(out),
            Err(e) => return Err(e),
        };
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name();
            if rel.as_os_str().is_empty() && KEPT.iter().any(|k| name == *k) {
                continue;
            }
            let path = rel.join(&name);
            if entry.file_type()?.is_dir() {
                stack.push(path);
            } else {
                out.push(path.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Compares `files` with the contents of `dir`.
pub fn check(dir: &Path, files: &Files) -> io::Result<Report> {
    let on_disk = list(dir)?;
    let mut changes = Vec::new();
    for (path, text) in files {
        match fs::read(dir.join(path)) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => changes.push(Change::Added(path.clone())),
            Err(e) => return Err(e),
            Ok(bytes) if bytes == text.as_bytes() => {}
            Ok(bytes) => {
                let old = String::from_utf8_lossy(&bytes);
                let diff = similar::TextDiff::from_lines(old.as_ref(), text.as_str())
                    .unified_diff()
                    .context_radius(1)
                    .header(&format!("{path} (on disk)"), &format!("{path} (generated)"))
                    .to_string();
                let head: Vec<&str> = diff.lines().take(DIFF_LINES).collect();
                changes.push(Change::Changed(path.clone(), head.join("\n")));
            }
        }
    }
    for path in on_disk {
        if !files.contains_key(&path) {
            changes.push(Change::Removed(path));
        }
    }
    changes.sort_by(|a, b| key(a).cmp(key(b)));
    Ok(Report { changes })
}

fn key(c: &Change) -> &str {
    match c {
        Change::Added(p) | Change::Removed(p) | Change::Changed(p, _) => p,
    }
}

fn sibling(dir: &Path, suffix: &str) -> PathBuf {
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".to_string());
    dir.with_file_name(format!(".{name}.{suffix}"))
}

/// Replaces `dir` with exactly `files` (keeping a `target/` folder and a `Cargo.lock`), and says
/// what changed.
///
/// A fresh `dir` is not touched at all. Otherwise everything is first put in a sibling
/// directory, unchanged files as hard links to the old ones (so their times stay and nothing
/// rebuilds needlessly); only when that succeeded is the old tree moved aside and the new one
/// renamed into place (two renames on one file system). A run that fails before that leaves
/// `dir` untouched; a run interrupted between the renames leaves the old tree in `.<dir>.old`,
/// which the next run moves back before doing anything else.
pub fn write(dir: &Path, files: &Files) -> io::Result<Report> {
    let staging = sibling(dir, "new");
    let backup = sibling(dir, "old");
    if !dir.exists() && backup.exists() {
        fs::rename(&backup, dir)?;
    }
    let report = check(dir, files)?;
    if report.is_fresh() && dir.exists() {
        return Ok(report);
    }
    let changed: std::collections::BTreeSet<&str> = report.changes.iter().map(key).collect();
    if staging.exists() {
        fs::remove_dir_all(&staging)?;
    }
    if backup.exists() {
        fs::remove_dir_all(&backup)?;
    }
    let staged = (|| -> io::Result<()> {
        for (path, text) in files {
            let p = staging.join(path);
            if let Some(parent) = p.parent() {
                fs::create_dir_all(parent)?;
            }
            if changed.contains(path.as_str()) || fs::hard_link(dir.join(path), &p).is_err() {
                fs::write(&p, text)?;
            }
        }
        fs::create_dir_all(&staging)
    })();
    if let Err(e) = staged {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    for kept in KEPT {
        if dir.join(kept).exists() {
            fs::rename(dir.join(kept), staging.join(kept))?;
        }
    }
    if dir.exists() {
        fs::rename(dir, &backup)?;
    }
    if let Err(e) = fs::rename(&staging, dir) {
        let _ = fs::rename(&backup, dir);
        return Err(e);
    }
    let _ = fs::remove_dir_all(&backup);
    Ok(report)
}
