use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

// Generation is mostly allocation (token trees, syn's AST, strings): glibc's malloc and free
// were a third of `check-models`' CPU time; mimalloc takes about a quarter off it.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        /// The protocol to generate for (default: the first the model offers that the generator
        /// implements): awsJson1_0, awsJson1_1, restJson1, restXml, awsQuery, ec2Query, rpcv2Cbor.
        #[arg(long)]
        protocol: Option<String>,
        /// How the crate reaches the runtime crate: `vendored` (a copy inside the crate),
        /// `path:DIR` (relative to the crate) or `version:REQ`. Default: a path to this
        /// workspace's `runtime/` when the crate is inside the workspace, else vendored.
        #[arg(long)]
        runtime: Option<String>,
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
    /// Generate every model of a botocore release that offers a protocol the generator
    /// implements, `cargo check` them all with warnings denied, and report counts and failures.
    CheckModels {
        /// A botocore wheel (`pip download botocore --no-deps`) or data folder; by default the
        /// pinned release, downloaded into target/botocore.
        #[arg(long)]
        botocore: Option<PathBuf>,
        /// Only these services (botocore folder names, comma-separated).
        #[arg(long, value_delimiter = ',')]
        only: Option<Vec<String>>,
        /// Where the crates go (default target/check-models; its build cache is kept).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Generation threads (default: the machine's cores).
        #[arg(long)]
        jobs: Option<usize>,
        /// Only generate; do not compile.
        #[arg(long)]
        no_compile: bool,
    },
    /// Download the pinned botocore wheel into target/botocore (checked against its sha256).
    FetchBotocore,
    /// What changed in the generated crates' API between two models (files or model folders)
    /// or two botocore releases (wheels or data folders): each change classed breaking,
    /// additive or patch, with the version bump it implies.
    ApiDiff {
        old: PathBuf,
        new: PathBuf,
        /// Only these services (botocore folder names, comma-separated).
        #[arg(long, value_delimiter = ',')]
        only: Option<Vec<String>>,
        /// The crate version the bumps start from.
        #[arg(long, default_value = "0.1.0")]
        crate_version: String,
        /// Exit 1 when a change is breaking (for CI).
        #[arg(long)]
        deny_breaking: bool,
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
        Command::Codegen { model, out, check, protocol, runtime } => (|| {
            let model = model.unwrap_or_else(|| root.join("model/proton"));
            let out = out.unwrap_or_else(|| root.join("generated"));
            let options = xtask::Options {
                protocol: protocol.as_deref().map(xtask::parse_protocol).transpose()?,
                runtime: runtime.as_deref().map(xtask::parse_runtime).transpose()?,
            };
            let fresh = xtask::codegen(&model, &out, check, &options)?;
            Ok(if fresh { ExitCode::SUCCESS } else { ExitCode::from(1) })
        })(),
        Command::Test => xtask::test_all(&root).map(|()| ExitCode::SUCCESS),
        Command::CheckModels { botocore, only, out, jobs, no_compile } => (|| {
            let source = match botocore {
                Some(p) => p,
                None => xtask::botocore::pinned_wheel(&root)?,
            };
            let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
            let opts = xtask::check_models::Options {
                source,
                only,
                out: out.unwrap_or_else(|| root.join("target/check-models")),
                jobs,
                compile: !no_compile,
            };
            let report = xtask::check_models::run(&opts)?;
            print!("{report}");
            Ok(if report.ok() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        })(),
        Command::FetchBotocore => xtask::botocore::pinned_wheel(&root).map(|p| {
            println!("{}", p.display());
            ExitCode::SUCCESS
        }),
        Command::Bench { model, iterations } => {
            xtask::bench(&model.unwrap_or_else(|| root.join("model/proton")), iterations).map(|b| {
                print!("{b}");
                ExitCode::SUCCESS
            })
        }
        Command::ApiDiff { old, new, only, crate_version, deny_breaking } => {
            xtask::api_diff::run(&old, &new, only.as_deref(), &crate_version).map(|report| {
                print!("{report}");
                match deny_breaking && report.breaking() > 0 {
                    true => ExitCode::from(1),
                    false => ExitCode::SUCCESS,
                }
            })
        }
        Command::UpdateModel { from, service } => {
            xtask::update_model(&from, &service, &root.join("model/proton")).map(|v| {
                println!("vendored {} file(s) from {}", v.files.len(), v.source);
                if let Some(changes) = &v.changes {
                    print!("{changes}");
                }
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
