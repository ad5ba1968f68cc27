use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(about = "Maintainer commands for the generated client crate")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate the client crate from the vendored model.
    Codegen {
        /// The model: a Smithy JSON AST file, a botocore service-2.json, or a folder with either.
        #[arg(long)]
        model: Option<PathBuf>,
        /// Where the crate goes.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Compare with the crate on disk instead of writing; exit 1 when it is stale.
        #[arg(long)]
        check: bool,
    },
    /// Run every check CI runs: formatting, clippy, freshness of generated/, docs, tests.
    Test,
    /// Time regeneration of the crate (run with `cargo run --release -p xtask -- bench`).
    Bench {
        #[arg(long)]
        model: Option<PathBuf>,
        #[arg(long, default_value_t = 10)]
        iterations: usize,
    },
    /// Vendor a new model into model/proton and record its provenance.
    UpdateModel {
        /// A botocore wheel, a botocore data folder, or a Smithy JSON AST file.
        #[arg(long)]
        from: PathBuf,
        /// The botocore service folder name.
        #[arg(long, default_value = "proton")]
        service: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = xtask::workspace_root();
    let result = match cli.command {
        Command::Codegen { model, out, check } => {
            let model = model.unwrap_or_else(|| root.join("model/proton"));
            let out = out.unwrap_or_else(|| root.join("generated"));
            xtask::codegen(&model, &out, check).map(|fresh| if fresh { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        Command::Test => xtask::test_all(&root).map(|()| ExitCode::SUCCESS),
        Command::Bench { model, iterations } => {
            xtask::bench(&model.unwrap_or_else(|| root.join("model/proton")), iterations).map(|b| {
                print!("{b}");
                ExitCode::SUCCESS
            })
        }
        Command::UpdateModel { from, service } => {
            xtask::update_model(&from, &service, &root.join("model/proton")).map(|v| {
                println!("vendored {} file(s) from {}", v.files.len(), v.source);
                ExitCode::SUCCESS
            })
        }
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
