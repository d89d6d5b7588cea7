//! `batch` and `benchmarks`: many offers, and market data built from raw rows.

use super::*;

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
    /// Build a benchmark file from raw market records (CSV).
    #[command(after_help = "Examples:\n  \
        counteroffer benchmarks build levels.csv --group-by company,role=title,level \\\n      \
            --metric total=totalyearlycompensation --out market.json\n  \
        counteroffer benchmarks build raw.csv --group-by location \\\n      \
            --metric equity_annual=stockgrantvalue --percentiles 10,50,90")]
    Build(Box<BuildArgs>),
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Raw records, one reported salary per row, with a header; `-` reads standard input.
    #[arg(value_name = "RAW")]
    pub file: PathBuf,

    /// Entry filters to group by: `company`, `role`, `level`, `location`,
    /// each with `=COLUMN` when the column is named otherwise (`role=title`).
    #[arg(long, value_name = "COLS", value_delimiter = ',', required = true, value_parser = parse_group_by)]
    pub group_by: Vec<crate::domain::market::GroupBy>,

    /// A metric and the column it comes from: `base_salary`, `bonus_pct`,
    /// `equity_annual` or `total` (repeatable).
    #[arg(long = "metric", value_name = "NAME=COLUMN", required = true, value_parser = parse_metric_column)]
    pub metrics: Vec<crate::domain::market::MetricColumn>,

    /// Percentiles to compute.
    #[arg(long, value_name = "LIST", value_delimiter = ',', default_value = "25,50,75,90", value_parser = parse_target)]
    pub percentiles: Vec<crate::domain::market::Percentile>,

    /// Groups with fewer rows are left out.
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..))]
    pub min_samples: u64,

    /// Currency of the figures (ISO 4217).
    #[arg(long, default_value = "USD")]
    pub currency: String,

    /// The file's `as_of` date (default: today).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    /// The file's `source`, which every view that uses it shows (default:
    /// "Built from RAW: N of M rows used, as of DATE.").
    #[arg(long, value_name = "TEXT")]
    pub source: Option<String>,

    /// Report every count (rows read, duplicates, rows without a group,
    /// values left out per metric), not only the one-line summary.
    #[arg(long)]
    pub verbose: bool,

    #[command(flatten)]
    pub out: OutFileArgs,
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Offers as JSON Lines (one offer object per line) or CSV; `-` reads standard input.
    #[arg(value_name = "INPUT")]
    pub input: PathBuf,

    /// Input format (default: from the extension; JSON Lines for `-`).
    #[arg(long, value_enum)]
    pub input_format: Option<BatchInputChoice>,

    /// Add each offer's market position from this benchmark file.
    #[arg(long, value_name = "FILE")]
    pub benchmarks: Option<PathBuf>,

    #[command(flatten)]
    pub target: TargetArg,

    #[command(flatten)]
    pub tax: TaxArg,

    #[command(flatten)]
    pub currency: CurrencyArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = BatchOutputChoice::JsonLines)]
    pub format: BatchOutputChoice,

    #[command(flatten)]
    pub out: OutFileArgs,

    /// Projection horizon in years (1-40), overriding each offer's `years`;
    /// also the number of year columns in CSV output.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=MAX_HORIZON_YEARS as i64))]
    pub years: Option<u32>,

    /// Today's date (YYYY-MM-DD), the start date of offers without one.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
}
