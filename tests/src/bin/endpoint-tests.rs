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
    let (mut cases, mut passed, mut failing_services) = (0, 0, Vec::new());
    for (service, outcome) in &outcomes {
        cases += outcome.passed + outcome.failed.len();
        passed += outcome.passed;
        if !outcome.failed.is_empty() {
            println!("{service}: {} failing", outcome.failed.len());
            for f in outcome.failed.iter().take(3) {
                println!("  {f}");
            }
            failing_services.push(service.clone());
        }
    }
    println!(
        "botocore-{}: {} services with endpoint tests, {cases} cases: {passed} passed, {} failed \
         (in {} services)",
        xtask::botocore::PINNED_VERSION,
        outcomes.len(),
        cases - passed,
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
