//! counteroffer: weigh and negotiate compensation offers with exact decimal
//! money, dated vesting and year-by-year projections.
//!
//! The binary is a thin shell around [`run`]; every domain module here is
//! pure and knows nothing of the command line, the terminal or exit codes.

pub mod cli;
pub mod commands;
pub mod domain;
pub mod error;
pub mod io;
pub mod plan;
pub mod render;
mod serve;

use cli::{BenchmarksCommand, Cli, Command};
use error::Result;

/// Runs one command and returns everything it prints on standard output.
/// Nothing is printed here, so a failure never leaves partial output.
pub fn run(cli: &Cli) -> Result<String> {
    match &cli.command {
        Command::Project(args) => commands::project(args, cli.color),
        Command::Compare(args) => commands::compare(args, cli.color),
        Command::Market(args) => commands::market(args, cli.color),
        Command::Script(args) => commands::script(args, cli.color),
        Command::Batch(args) => commands::batch(args),
        Command::Benchmarks(BenchmarksCommand::Check { file, width }) => {
            commands::benchmarks_check(file, *width, cli.color)
        }
        Command::Benchmarks(BenchmarksCommand::Build(args)) => commands::benchmarks_build(args),
        Command::Demo(args) => commands::demo(args, cli.color),
        Command::Tax(command) => commands::tax(command),
        Command::Completions { shell } => commands::completions(*shell),
        Command::Man {
            subcommand,
            dir,
            force,
        } => match dir {
            Some(dir) => commands::man_pages(dir, *force),
            None => commands::man(subcommand.as_deref()),
        },
        Command::Init(args) => commands::init(args),
        Command::Schema { file } => commands::schema(*file),
        Command::Serve(args) => commands::serve(args),
    }
}
