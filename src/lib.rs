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

use cli::{Cli, ManRequest, Request};
use error::Result;

/// Runs one command and returns everything it prints on standard output.
/// Nothing is printed here, so a failure never leaves partial output.
pub fn run(cli: &Cli) -> Result<String> {
    run_request(Request::from_cli(cli)?)
}

/// Runs a request the configuration layer built.
pub fn run_request(request: Request) -> Result<String> {
    match request {
        Request::Project(request) => commands::project(&request),
        Request::Compare(request) => commands::compare(&request),
        Request::Market(request) => commands::market(&request),
        Request::Script(request) => commands::script(&request),
        Request::Batch(request) => commands::batch(&request),
        Request::BenchmarksCheck(request) => commands::benchmarks_check(&request),
        Request::BenchmarksBuild(request) => commands::benchmarks_build(&request),
        Request::Demo(request) => commands::demo(&request),
        Request::Tax(request) => commands::tax(&request),
        Request::Completions(shell) => commands::completions(shell),
        Request::Man(ManRequest::Dir { dir, force }) => commands::man_pages(&dir, force),
        Request::Man(ManRequest::Page(subcommand)) => commands::man(subcommand.as_deref()),
        Request::Init(request) => commands::init(&request),
        Request::Schema(kind) => commands::schema(kind),
        Request::Serve(request) => commands::serve(request),
    }
}
