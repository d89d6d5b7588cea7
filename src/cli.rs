//! The command line: clap types only. [`crate::run`] turns them into work.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::offer::MAX_HORIZON_YEARS;

/// Weigh and negotiate compensation offers: exact, year-by-year, side by side.
#[derive(Debug, Parser)]
#[command(name = "counteroffer", version, about, propagate_version = true)]
pub struct Cli {
    /// When to colour the output.
    ///
    /// `auto` colours only when standard output is a terminal and neither
    /// `NO_COLOR` is set nor `TERM=dumb`.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Project each offer's pay year by year.
    #[command(after_help = "Examples:\n  \
        counteroffer project examples/amazon-promotion.json\n  \
        counteroffer project examples/competing-offer.json --years 6 --vests\n  \
        cat offer.json | counteroffer project - --format json")]
    Project(ProjectArgs),
    /// Compare two or more offers side by side.
    #[command(after_help = "Examples:\n  \
        counteroffer compare examples/amazon-promotion.json examples/competing-offer.json\n  \
        counteroffer compare a.json b.json c.json --years 5 --format markdown")]
    Compare(CompareArgs),
    /// Compare the two built-in example offers (no files needed).
    #[command(after_help = "Examples:\n  \
        counteroffer demo\n  \
        counteroffer demo --format json")]
    Demo(ViewArgs),
}

#[derive(Debug, Args)]
pub struct ProjectArgs {
    /// Offer files (JSON); `-` reads standard input.
    #[arg(required = true, value_name = "OFFER")]
    pub offers: Vec<PathBuf>,

    #[command(flatten)]
    pub view: ViewArgs,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or more offer files (JSON); `-` reads standard input.
    #[arg(required = true, num_args = 2.., value_name = "OFFER")]
    pub offers: Vec<PathBuf>,

    #[command(flatten)]
    pub view: ViewArgs,
}

#[derive(Debug, Args)]
pub struct ViewArgs {
    /// Projection horizon in years (1-40), overriding each file's `years`.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=MAX_HORIZON_YEARS as i64))]
    pub years: Option<u32>,

    /// Today's date for the projection (YYYY-MM-DD).
    ///
    /// Offers without a `start_date` start on this day. Defaults to the
    /// system's date; pass it to make output reproducible.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    /// List every vest event: date, grant, amount.
    #[arg(long)]
    pub vests: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatChoice::Table)]
    pub format: FormatChoice,

    /// Table width in columns (default: the terminal's).
    #[arg(long, hide = true)]
    pub width: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatChoice {
    /// Tables for a terminal.
    Table,
    /// Machine-readable JSON; money as strings with two decimals.
    Json,
    /// Markdown tables, for notes and documents.
    Markdown,
    /// One row per offer and year.
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    crate::offer::parse_date("", text).map_err(|e| e.message)
}
