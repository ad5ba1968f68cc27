//! JMESPath, compiled: waiter acceptors, paginator tokens and items, and endpoint-parameter
//! paths are parsed here and turned into Rust over the generated types at generation time.

pub mod compile;
pub mod parse;

pub use compile::{Compiler, Ty, Typed};
pub use parse::parse;
