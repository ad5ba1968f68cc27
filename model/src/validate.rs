//! Checks that hold for every model, whatever format it came from.

use std::collections::BTreeSet;

use crate::error::{LoadError, Result};
use crate::ir::*;

pub fn validate(svc: &Service) -> Result<()> {
    for (id, shape) in &svc.shapes {
        let check = |m: &Member| -> Result<()> {
            if !svc.shapes.contains_key(&m.target) {
                return Err(LoadError::new(
                    format!("{id}${}", m.name),
                    format!("target `{}` does not exist", m.target),
                ));
            }
            Ok(())
        };
        match &shape.kind {
            ShapeKind::List { member, .. } => check(member)?,
            ShapeKind::Map { key, value, .. } => {
                check(key)?;
                check(value)?;
                let key_shape = &svc.shapes[&key.target];
                if !matches!(key_shape.kind, ShapeKind::String { .. } | ShapeKind::Enum { .. }) {
                    return Err(LoadError::new(format!("{id}$key"), "map keys must be strings"));
                }
            }
            ShapeKind::Structure { members } | ShapeKind::Union { members } => {
                for m in members {
                    check(m)?;
                }
            }
            ShapeKind::Enum { values } | ShapeKind::String { values: Some(values) } => {
                let mut seen = BTreeSet::new();
                for v in values {
                    if !seen.insert(&v.value) {
                        return Err(LoadError::new(
                            id,
                            format!("enum value \"{}\" appears twice", v.value.escape_default()),
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    for (id, op) in &svc.operations {
        for (what, target) in [("input", &op.input), ("output", &op.output)] {
            if let Some(t) = target {
                match svc.shapes.get(t) {
                    None => return Err(LoadError::new(format!("{id}.{what}"), format!("target `{t}` does not exist"))),
                    Some(s) if !matches!(s.kind, ShapeKind::Structure { .. }) => {
                        return Err(LoadError::new(
                            format!("{id}.{what}"),
                            format!("`{t}` must be a structure, not a {}", s.kind.type_name()),
                        ))
                    }
                    _ => {}
                }
            }
        }
        for e in &op.errors {
            match svc.shapes.get(e) {
                None => return Err(LoadError::new(format!("{id}.errors"), format!("target `{e}` does not exist"))),
                Some(s) if s.error.is_none() => {
                    return Err(LoadError::new(format!("{id}.errors"), format!("`{e}` is not an error structure")))
                }
                _ => {}
            }
        }
    }
    required_cycles(svc)
}

/// A structure that requires itself (through required structure members only) has no finite
/// value, so neither a caller nor a response could ever produce one. A list or map that
/// contains itself with no structure or union in between has no Rust type (Smithy forbids it).
fn required_cycles(svc: &Service) -> Result<()> {
    find_cycle(svc, "structure requires itself through required members", |shape| match &shape.kind {
        ShapeKind::Structure { members } => members.iter().filter(|m| m.required).map(|m| m.target.as_str()).collect(),
        _ => Vec::new(),
    })?;
    find_cycle(svc, "list or map contains itself with no structure or union in between", |shape| {
        let collection = |id: &str| {
            matches!(svc.shapes.get(id).map(|s| &s.kind), Some(ShapeKind::List { .. } | ShapeKind::Map { .. }))
        };
        match &shape.kind {
            ShapeKind::List { member, .. } => [member.target.as_str()].into_iter().filter(|t| collection(t)).collect(),
            ShapeKind::Map { value, .. } => [value.target.as_str()].into_iter().filter(|t| collection(t)).collect(),
            _ => Vec::new(),
        }
    })
}

/// Depth-first search for a cycle along `edges`; the error names the shapes on it.
fn find_cycle<'a>(svc: &'a Service, what: &str, edges: impl Fn(&'a Shape) -> Vec<&'a str>) -> Result<()> {
    // Iterative, so that a long chain in a hostile model cannot overflow the stack.
    let mut done: BTreeSet<&str> = BTreeSet::new();
    for start in svc.shapes.keys() {
        if done.contains(start.as_str()) {
            continue;
        }
        let mut path: Vec<&str> = Vec::new();
        let mut stack: Vec<(&str, bool)> = vec![(start.as_str(), false)];
        while let Some((id, leaving)) = stack.pop() {
            if leaving {
                path.pop();
                done.insert(id);
                continue;
            }
            if done.contains(id) {
                continue;
            }
            if let Some(pos) = path.iter().position(|p| *p == id) {
                return Err(LoadError::new(id, format!("{what}: {}", path[pos..].join(" -> "))));
            }
            path.push(id);
            stack.push((id, true));
            if let Some(shape) = svc.shapes.get(id) {
                for next in edges(shape) {
                    stack.push((next, false));
                }
            }
        }
    }
    Ok(())
}
