//! Loads an AWS service model into the typed IR in [`ir`].
//!
//! Two formats are accepted and detected from their content: the Smithy JSON AST (a document
//! with a top-level `"smithy"` version) and botocore's JSON (`metadata` + `operations` +
//! `shapes`). For botocore, the companion files (`paginators-1.json`, `waiters-2.json`,
//! `endpoint-rule-set-1.json`) are read from beside `service-2.json` when present.

pub mod botocore;
mod error;
pub mod ir;
mod json;
mod order;

pub use order::member_order;
pub mod smithy;
mod validate;

use std::path::{Path, PathBuf};

pub use error::{LoadError, Result};
pub use ir::*;

/// Which format a model document is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Smithy,
    Botocore,
}

/// Tells the format from a parsed document.
pub fn detect(root: &serde_json::Value) -> Option<Format> {
    let o = root.as_object()?;
    if o.contains_key("smithy") {
        Some(Format::Smithy)
    } else if o.contains_key("metadata") && o.contains_key("operations") && o.contains_key("shapes") {
        Some(Format::Botocore)
    } else {
        None
    }
}

/// Loads a model from text. `companions` supplies botocore's extra files (ignored for Smithy).
pub fn load_str(text: &str, source: &str, companions: &botocore::Companions) -> Result<Service> {
    let root = json::parse(text, source)?;
    let mut svc = match detect(&root) {
        Some(Format::Smithy) => smithy::load(&root, source)?,
        Some(Format::Botocore) => botocore::load(&root, companions, source)?,
        None => Err(LoadError::new(
            source,
            "not a service model: expected a Smithy JSON AST (\"smithy\" key) or botocore JSON (\"metadata\", \"operations\", \"shapes\")",
        ))?,
    };
    let order = order::member_order(text);
    for shape in svc.shapes.values_mut() {
        let listed = order.get(&shape.id);
        if let ShapeKind::Structure { members } | ShapeKind::Union { members } = &mut shape.kind {
            for (i, m) in members.iter_mut().enumerate() {
                m.position = listed.and_then(|l| l.iter().position(|n| *n == m.name)).unwrap_or(i);
            }
        }
    }
    Ok(svc)
}

/// Loads a model from a file, or from a botocore data folder holding `service-2.json`.
pub fn load_path(path: &Path) -> Result<Service> {
    // A folder holds either a botocore `service-2.json` or a Smithy `model.json`.
    let file: PathBuf = if path.is_dir() {
        let botocore = path.join("service-2.json");
        if botocore.exists() {
            botocore
        } else {
            path.join("model.json")
        }
    } else {
        path.to_path_buf()
    };
    let shown = file.display().to_string();
    let text = std::fs::read_to_string(&file).map_err(|e| LoadError::new(&shown, format!("cannot read: {e}")))?;
    let dir = file.parent().unwrap_or(Path::new("."));
    let companion = |name: &str| -> Result<Option<serde_json::Value>> {
        let p = dir.join(name);
        match std::fs::read_to_string(&p) {
            Ok(t) => json::parse(&t, &p.display().to_string()).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(LoadError::new(p.display().to_string(), format!("cannot read: {e}"))),
        }
    };
    let is_botocore = file.file_name().is_some_and(|n| n == "service-2.json");
    let companions = if is_botocore {
        botocore::Companions {
            paginators: companion("paginators-1.json")?,
            waiters: companion("waiters-2.json")?,
            endpoint_rules: companion("endpoint-rule-set-1.json")?,
        }
    } else {
        botocore::Companions::default()
    };
    let source = source_name(&file);
    load_str(&text, &source, &companions)
}

/// A stable, machine-independent name for a model file: its last three path components
/// (for example `model/proton/service-2.json`), so headers don't change between checkouts.
fn source_name(file: &Path) -> String {
    let parts: Vec<_> = file.components().rev().take(3).collect();
    parts.iter().rev().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}
