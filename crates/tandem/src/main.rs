//! The `tandem` command. With no arguments it serves the service, loading a
//! demo authority the first time it meets an empty database.
#![forbid(unsafe_code)]

mod accounts;
mod bench_plan;
mod cli;
mod demo_cmd;
mod engine_cmd;
mod plan_cmd;
mod serve;

use clap::Parser;

use cli::{Cli, Command};

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    // The PDF child writes only its result to stdout: no logging, no runtime.
    if let Some(Command::ExtractPdf) = cli.command {
        return engine_cmd::extract_pdf_child();
    }
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("TANDEM_LOG").unwrap_or_else(|_| {
                tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=warn")
            }),
        )
        .with_writer(std::io::stderr)
        .init();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    match cli
        .command
        .unwrap_or(Command::Serve(cli::ServeArgs::default_from_env()?))
    {
        Command::Serve(args) => runtime.block_on(serve::run(args)),
        Command::Demo(args) => runtime.block_on(demo_cmd::run(args)),
        Command::Code(args) => runtime.block_on(accounts::code(args)),
        Command::ApiToken(args) => runtime.block_on(accounts::api_token(args)),
        Command::Analyse(args) => engine_cmd::analyse(&args),
        Command::Evaluate(args) => engine_cmd::evaluate(&args),
        Command::Bench(args) => match args.what {
            cli::BenchWhat::Engine(args) => engine_cmd::bench_engine(&args),
            cli::BenchWhat::Plan(args) => runtime.block_on(bench_plan::run(args)),
        },
        Command::ExtractPdf => engine_cmd::extract_pdf_child(),
        Command::Plan(cli::PlanCommand::Draft(args)) => runtime.block_on(plan_cmd::draft(args)),
        Command::Plan(cli::PlanCommand::Check(args)) => runtime.block_on(plan_cmd::check(args)),
    }
}
