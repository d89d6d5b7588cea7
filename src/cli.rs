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
    /// Place an offer against market percentiles.
    #[command(after_help = "Examples:\n  \
        counteroffer market examples/amazon-promotion.json\n  \
        counteroffer market offer.json --benchmarks my-market.json --target p90\n  \
        counteroffer market offer.json --benchmarks my-market.json --entry spm-l7-seattle --format json")]
    Market(MarketArgs),
    /// Work with benchmark files.
    #[command(subcommand)]
    Benchmarks(BenchmarksCommand),
    /// Compare the two built-in example offers (no files needed).
    #[command(after_help = "Examples:\n  \
        counteroffer demo\n  \
        counteroffer demo --format json")]
    Demo(DemoArgs),
}

#[derive(Debug, Subcommand)]
pub enum BenchmarksCommand {
    /// Validate a benchmark file and show what it holds.
    #[command(after_help = "Examples:\n  \
        counteroffer benchmarks check my-market.json\n  \
        counteroffer benchmarks check examples/benchmarks.json")]
    Check {
        /// The benchmark file (JSON); `-` reads standard input.
        #[arg(value_name = "FILE")]
        file: PathBuf,

        /// Table width in columns (default: the terminal's).
        #[arg(long, hide = true)]
        width: Option<u16>,
    },
}

#[derive(Debug, Args)]
pub struct ProjectArgs {
    /// Offer files (JSON); `-` reads standard input.
    #[arg(required = true, value_name = "OFFER")]
    pub offers: Vec<PathBuf>,

    #[command(flatten)]
    pub projection: ProjectionArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or more offer files (JSON); `-` reads standard input.
    #[arg(required = true, num_args = 2.., value_name = "OFFER")]
    pub offers: Vec<PathBuf>,

    /// Add each offer's market position from this benchmark file.
    #[arg(long, value_name = "FILE")]
    pub benchmarks: Option<PathBuf>,

    /// The percentile to measure gaps against, `p1`-`p99`.
    #[arg(long, value_name = "pNN", value_parser = parse_target, default_value = "p75")]
    pub target: u8,

    #[command(flatten)]
    pub projection: ProjectionArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct MarketArgs {
    /// The offer file (JSON); `-` reads standard input.
    #[arg(value_name = "OFFER")]
    pub offer: PathBuf,

    /// Benchmark file of market percentiles (default: the built-in,
    /// illustrative figures).
    #[arg(long, value_name = "FILE")]
    pub benchmarks: Option<PathBuf>,

    /// Use this entry instead of the best match.
    #[arg(long, value_name = "ID")]
    pub entry: Option<String>,

    /// The percentile to measure gaps against, `p1`-`p99`.
    #[arg(long, value_name = "pNN", value_parser = parse_target, default_value = "p75")]
    pub target: u8,

    /// Today's date (YYYY-MM-DD), the start date of offers without one.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[command(flatten)]
    pub projection: ProjectionArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

/// How offers are projected.
#[derive(Debug, Args)]
pub struct ProjectionArgs {
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
}

/// How results are printed.
#[derive(Debug, Args)]
pub struct OutputArgs {
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

/// `p75` (or `75`) → 75; `p1` to `p99`.
fn parse_target(text: &str) -> Result<u8, String> {
    let digits = text.strip_prefix('p').unwrap_or(text);
    crate::market::parse_percentile_key(&format!("p{digits}"))
        .ok_or_else(|| format!("`{text}` is not a percentile, expected `p1` to `p99`"))
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    crate::offer::parse_date("", text).map_err(|e| e.message)
}
