//! Every model's endpoint rule set against its endpoint tests, from the pinned botocore release
//! (the wheel's rule sets, the source distribution's tests; both downloaded by pip when
//! missing): `cargo run --release -p tests --bin endpoint-tests [service ...]`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let only: Vec<String> = std::env::args().skip(1).collect();
    let only = (!only.is_empty()).then_some(only.as_slice());
    let root = tests::root();
    let run = || -> Result<(), String> {
        let wheel = xtask::botocore::pinned_wheel(&root).map_err(|e| e.to_string())?;
        let sdist = xtask::botocore::pinned_sdist(&root).map_err(|e| e.to_string())?;
        let release = xtask::botocore::read(&wheel, only).map_err(|e| e.to_string())?;
        let suites = xtask::botocore::endpoint_tests(&sdist, only).map_err(|e| e.to_string())?;
        let (mut services, mut cases, mut passed, mut skipped, mut failing_services) = (0, 0, 0, 0, Vec::new());
        let mut without_tests = Vec::new();
        for model in &release.models {
            let Some(tests) = suites.get(&model.service) else {
                without_tests.push(model.service.clone());
                continue;
            };
            let svc = model.load("botocore").map_err(|e| format!("{}: {e}", model.service))?;
            let outcome = tests::endpoint_cases::run(&svc, tests);
            services += 1;
            cases += outcome.passed + outcome.failed.len() + outcome.skipped.len();
            passed += outcome.passed;
            skipped += outcome.skipped.len();
            if !outcome.failed.is_empty() {
                println!("{}: {} failing", model.service, outcome.failed.len());
                for f in outcome.failed.iter().take(3) {
                    println!("  {f}");
                }
                failing_services.push(model.service.clone());
            }
            let mut builtins: Vec<&str> = outcome.skipped.iter().map(|(_, b)| b.as_str()).collect();
            builtins.sort();
            builtins.dedup();
            if !builtins.is_empty() {
                println!("{}: {} skipped (built-ins {})", model.service, outcome.skipped.len(), builtins.join(", "));
            }
        }
        println!(
            "botocore-{}: {services} services with endpoint tests, {cases} cases: {passed} passed, {} failed \
             (in {} services), {skipped} skipped",
            xtask::botocore::PINNED_VERSION,
            cases - passed - skipped,
            failing_services.len()
        );
        if !without_tests.is_empty() {
            println!("without endpoint tests: {}", without_tests.join(", "));
        }
        if failing_services.is_empty() {
            Ok(())
        } else {
            Err(format!("failing: {}", failing_services.join(", ")))
        }
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
