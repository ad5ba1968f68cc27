//! Every model's endpoint rule set against its endpoint tests, from the pinned botocore release
//! (the wheel's rule sets, the source distribution's tests; both downloaded by pip when
//! missing): `cargo run --release -p tests --bin endpoint-tests [service ...]`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let only: Vec<String> = std::env::args().skip(1).collect();
    let only = (!only.is_empty()).then_some(only.as_slice());
    let (outcomes, without_tests) = match tests::endpoint_cases::run_pinned(only) {
        Ok(run) => run,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let (mut cases, mut passed, mut skipped, mut failing_services) = (0, 0, 0, Vec::new());
    for (service, outcome) in &outcomes {
        cases += outcome.passed + outcome.failed.len() + outcome.skipped.len();
        passed += outcome.passed;
        skipped += outcome.skipped.len();
        if !outcome.failed.is_empty() {
            println!("{service}: {} failing", outcome.failed.len());
            for f in outcome.failed.iter().take(3) {
                println!("  {f}");
            }
            failing_services.push(service.clone());
        }
        let mut builtins: Vec<&str> = outcome.skipped.iter().map(|(_, b)| b.as_str()).collect();
        builtins.sort();
        builtins.dedup();
        if !builtins.is_empty() {
            println!("{service}: {} skipped (built-ins {})", outcome.skipped.len(), builtins.join(", "));
        }
    }
    println!(
        "botocore-{}: {} services with endpoint tests, {cases} cases: {passed} passed, {} failed \
         (in {} services), {skipped} skipped",
        xtask::botocore::PINNED_VERSION,
        outcomes.len(),
        cases - passed - skipped,
        failing_services.len()
    );
    if !without_tests.is_empty() {
        println!("without endpoint tests: {}", without_tests.join(", "));
    }
    if failing_services.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!("error: failing: {}", failing_services.join(", "));
        ExitCode::FAILURE
    }
}
