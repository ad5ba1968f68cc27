//! The fuzz seed corpus, run once as a normal test (the long runs are a documented command: see
//! `tests/src/fuzz.rs` and the README), plus a short fuzzing burst of each target.

use std::time::Duration;

// One test: the fuzzer silences the (process-wide) panic hook while it runs.
#[test]
fn seeds_and_a_short_burst_of_each_target_never_panic() {
    for seed in tests::fuzz::seeds("model") {
        tests::fuzz::model_target(&seed);
    }
    let (runs, findings) =
        tests::fuzz::fuzz("model", &tests::fuzz::seeds("model"), Duration::from_secs(3), 1, &tests::fuzz::model_target);
    assert!(findings.is_empty() && runs > 10, "{runs} runs, findings: {findings:?}");

    let target = tests::fuzz::ResponsesTarget::new();
    let seeds = tests::fuzz::seeds("responses");
    assert!(seeds.len() > 100);
    let sent: usize = seeds.iter().map(|seed| target.run(seed)).sum();
    assert_eq!(sent, seeds.iter().filter(|s| s.len() >= 2).count(), "every seed reaches the transport once");
    let (runs, findings) = tests::fuzz::fuzz("responses", &seeds, Duration::from_secs(3), 2, &|d: &[u8]| {
        target.run(d);
    });
    assert!(findings.is_empty() && runs > 100, "{runs} runs, findings: {findings:?}");

    let seeds = tests::fuzz_wire::seeds();
    assert!(seeds.len() > 150, "the XML and CBOR protocol tests' bodies: {}", seeds.len());
    // The probe reaches the readers of both formats: the seeds hold values it reads.
    let read = |cbor: bool| -> usize {
        seeds.iter().filter(|s| s[0] == u8::from(cbor)).map(|s| tests::fuzz_wire::wire_target(s)).sum()
    };
    assert!(read(false) > 100 && read(true) > 50, "values read: XML {}, CBOR {}", read(false), read(true));
    let (runs, findings) = tests::fuzz::fuzz("wire", &seeds, Duration::from_secs(3), 3, &|d: &[u8]| {
        tests::fuzz_wire::wire_target(d);
    });
    assert!(findings.is_empty() && runs > 100, "{runs} runs, findings: {findings:?}");
}
