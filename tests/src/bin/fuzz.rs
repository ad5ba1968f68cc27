//! `cargo run --release -p tests --bin fuzz -- <model|responses|wire> <seconds> [seed]`
//! `cargo run --release -p tests --bin fuzz -- replay <model|responses|wire> <file>` reruns one input.
//! Exits 1 if any input panicked or took over 2 s; the inputs are saved in
//! `target/fuzz-findings/`.

use std::time::Duration;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("replay") {
        let data = std::fs::read(args.get(3).expect("a file")).expect("readable");
        match args.get(2).map(String::as_str) {
            Some("model") => tests::fuzz::model_target(&data),
            Some("wire") => {
                tests::fuzz_wire::wire_target(&data);
            }
            _ => {
                tests::fuzz::ResponsesTarget::new().run(&data);
            }
        }
        println!("no panic");
        return;
    }
    let target = args.get(1).map(String::as_str).unwrap_or("model");
    let seconds: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(60);
    let seed: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(0x5eed);
    let seeds = if target == "wire" { tests::fuzz_wire::seeds() } else { tests::fuzz::seeds(target) };
    let budget = Duration::from_secs(seconds);
    let (runs, findings) = match target {
        "model" => tests::fuzz::fuzz(target, &seeds, budget, seed, &tests::fuzz::model_target),
        "wire" => tests::fuzz::fuzz(target, &seeds, budget, seed, &|d: &[u8]| {
            tests::fuzz_wire::wire_target(d);
        }),
        "responses" => {
            let t = tests::fuzz::ResponsesTarget::new();
            tests::fuzz::fuzz(target, &seeds, budget, seed, &|d: &[u8]| {
                t.run(d);
            })
        }
        other => {
            eprintln!("unknown target {other}: use model, responses or wire");
            std::process::exit(2);
        }
    };
    println!("{target}: {runs} inputs in {seconds} s from {} seeds, {} findings", seeds.len(), findings.len());
    for f in &findings {
        println!("  {f}");
    }
    if !findings.is_empty() {
        std::process::exit(1);
    }
}
