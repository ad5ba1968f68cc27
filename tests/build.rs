//! Writes a table of every Proton operation with functions that round-trip its input and output
//! through the generated types, so the wire tests can drive all 87 by name.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("../model/proton");
    println!("cargo:rerun-if-changed={}", model.display());
    let svc = smithy_ir::load_path(&model).expect("the vendored model loads");
    let ops = codegen::operation_names(&svc, &codegen::Config::default()).expect("the vendored model generates");
    let mut out = String::from("/// Every operation: (name, input round trip, output round trip).\n#[allow(deprecated)]\npub const OPERATIONS: &[(&str, RoundTrip, RoundTrip)] = &[\n");
    for op in &ops {
        let m = op.module.strip_prefix("r#").map(|m| format!("r#{m}")).unwrap_or(op.module.clone());
        writeln!(
            out,
            "    ({:?}, round_trip::<proton_client::operation::{m}::{}>, round_trip::<proton_client::operation::{m}::{}>),",
            op.name, op.input, op.output
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    out.push_str("/// Every operation called through the client: (name, call).\n#[allow(deprecated)]\npub const CALLS: &[(&str, Call)] = &[\n");
    for op in &ops {
        let m = op.module.strip_prefix("r#").map(|m| format!("r#{m}")).unwrap_or(op.module.clone());
        writeln!(out, "    ({:?}, |c, v| Box::pin(call_one(v, move |i| c.{m}(i), |e: &proton_client::operation::{m}::{}| matches!(e, proton_client::operation::{m}::{}::Unhandled(_))))),", op.name, op.error, op.error).unwrap();
    }
    out.push_str("];\n");
    out.push_str("\n/// Every waiter: (waiter, operation, wait).\n#[allow(deprecated)]\npub const WAITERS: &[(&str, &str, Wait)] = &[\n");
    for op in &ops {
        for (name, method) in &op.waiters {
            writeln!(
                out,
                "    ({name:?}, {:?}, |c, v, d| Box::pin(wait_one(v, d, move |i, d| c.{method}(i, d)))),",
                op.name
            )
            .unwrap();
        }
    }
    out.push_str("];\n");
    for op in &ops {
        let m = op.module.strip_prefix("r#").map(|m| format!("r#{m}")).unwrap_or(op.module.clone());
        writeln!(
            out,
            "impl ErrorParts for proton_client::operation::{m}::{0} {{ fn code_str(&self) -> Option<String> {{ self.code().map(String::from) }} fn message_str(&self) -> Option<String> {{ self.message().map(String::from) }} }}",
            op.error
        )
        .unwrap();
    }
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR is set")).join("operations.rs");
    std::fs::write(dest, out).expect("write operations.rs");
}
