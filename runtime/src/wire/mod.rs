//! Wire formats: one codec per file, each a reader and a writer that generated code drives.

pub mod cbor;
pub mod eventstream;
pub(crate) mod json;
pub mod query;
pub mod xml;
