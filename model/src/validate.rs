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
/// value, so neither a caller nor a response could ever produce one.
fn required_cycles(svc: &Service) -> Result<()> {
    fn visit<'a>(svc: &'a Service, id: &'a str, path: &mut Vec<&'a str>, done: &mut BTreeSet<&'a str>) -> Result<()> {
        if done.contains(id) {
            return Ok(());
        }
        if let Some(pos) = path.iter().position(|p| *p == id) {
            return Err(LoadError::new(
                id,
                format!("structure requires itself through required members: {}", path[pos..].join(" -> ")),
            ));
        }
        path.push(id);
        if let Some(Shape { kind: ShapeKind::Structure { members }, .. }) = svc.shapes.get(id) {
            for m in members.iter().filter(|m| m.required) {
                visit(svc, &m.target, path, done)?;
            }
        }
        path.pop();
        done.insert(id);
        Ok(())
    }
    let mut done = BTreeSet::new();
    for id in svc.shapes.keys() {
        visit(svc, id, &mut Vec::new(), &mut done)?;
    }
    Ok(())
}
