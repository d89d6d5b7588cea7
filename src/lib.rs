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

use cli::{Cli, Request};
use error::Result;

/// Runs one command and returns everything it prints on standard output.
/// Nothing is printed here, so a failure never leaves partial output.
pub fn run(cli: &Cli) -> Result<String> {
    commands::run(Request::from_cli(cli)?)
}
