fn main() {
    for p in std::env::args().skip(1) {
        match smithy_ir::load_path(std::path::Path::new(&p)) {
            Ok(s) => {
                let enums = s.shapes.values().filter(|x| x.kind.enum_values().is_some()).count();
                let unions = s.shapes.values().filter(|x| matches!(x.kind, smithy_ir::ShapeKind::Union { .. })).count();
                let pag = s.operations.values().filter(|o| o.paginated.is_some()).count();
                let w: usize = s.operations.values().map(|o| o.waiters.len()).sum();
                println!(
                    "{p}: {} ops {} shapes {enums} enums {unions} unions {pag} paginated {w} waiters tests={} {:?}",
                    s.operations.len(),
                    s.shapes.len(),
                    s.endpoint_tests.len(),
                    s.protocols
                );
            }
            Err(e) => println!("{p}: ERROR {e}"),
        }
    }
}
