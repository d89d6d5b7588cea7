//! Flags several subcommands share: the projection's date and horizon, the
//! output, the views added to offers, market data, charts.

use super::*;

/// Charts of the years.
#[derive(Debug, Args)]
pub struct ChartArgs {
    /// Draw year-by-year stacked bars (base, bonus, sign-on, equity) in the terminal.
    #[arg(long)]
    pub chart: bool,

    /// Write the chart as an SVG file (atomically).
    #[arg(long, value_name = "FILE")]
    pub svg: Option<PathBuf>,

    /// Replace the `--svg` file if it exists.
    #[arg(long, requires = "svg")]
    pub force: bool,
}

/// The market percentile to aim for: one flag, one default, everywhere.
#[derive(Debug, Args)]
pub struct TargetArg {
    /// The percentile to aim for and measure gaps against, `p1`-`p99`
    /// (default `p75`); a bare number is read as a percentile (`75` is `p75`).
    #[arg(long = "target", value_name = "pNN", value_parser = parse_target)]
    pub given: Option<crate::domain::market::Percentile>,
}

impl TargetArg {
    /// The percentile when none is given.
    pub const DEFAULT: crate::domain::market::Percentile = crate::domain::market::DEFAULT_TARGET;

    /// The percentile given, else [`TargetArg::DEFAULT`].
    pub fn percentile(&self) -> crate::domain::market::Percentile {
        self.given.unwrap_or(Self::DEFAULT)
    }
}

/// After tax.
#[derive(Debug, Args, Default)]
pub struct TaxArg {
    /// A tax table: a built-in name (`counteroffer tax list`) or a file
    /// (a value with `/` or ending in `.json`; `-` reads standard input); adds the figures after tax
    /// (each layer's tax, net pay, withholding, the balance due).
    #[arg(long, value_name = "NAME|FILE")]
    pub tax: Option<String>,
}

/// Offers in other currencies: the rates, and the currency to report in.
#[derive(Debug, Args, Default)]
pub struct CurrencyArgs {
    #[command(flatten)]
    pub rates: RateArgs,

    /// The currency to report in (default: the first offer's).
    #[arg(long = "in", value_name = "CUR", value_parser = parse_currency)]
    pub reporting: Option<String>,
}

/// Purchasing power.
#[derive(Debug, Args, Default)]
pub struct ColArg {
    /// A cost-of-living index for a location or a currency (100 = the
    /// place you compare against), for example `--col London=150` or
    /// `--col GBP=150` (repeatable): adds each matching offer's pay divided
    /// by its index beside the money figures.
    #[arg(long = "col", value_name = "PLACE=INDEX", value_parser = parse_cost_of_living)]
    pub indexes: Vec<crate::domain::purchasing_power::CostOfLiving>,
}

/// Exchange rates: given one by one, or from a file.
#[derive(Debug, Args, Default)]
pub struct RateArgs {
    /// One unit of CUR is VALUE units of the reporting currency, for
    /// example `--rate GBP=1.2712` (repeatable); offers in CUR are
    /// converted figure by figure.
    #[arg(long = "rate", value_name = "CUR=VALUE", value_parser = parse_rate)]
    pub rates: Vec<(String, Decimal)>,

    /// Exchange rates from a file, with their date and source
    /// (`counteroffer schema fx`).
    #[arg(long, value_name = "FILE", conflicts_with = "rates")]
    pub fx: Option<PathBuf>,
}

/// Leaving early.
#[derive(Debug, Args, Default)]
pub struct LeaveArgs {
    /// What you walk away with if you leave after this many months (1 to
    /// 12 × the horizon): base to that month, the bonuses of finished years,
    /// sign-on less any clawback, and the vests so far.
    #[arg(long, value_name = "MONTHS", value_parser = clap::value_parser!(u32).range(1..=480))]
    pub leave_after: Option<u32>,
}

/// The exit options and double-trigger RSUs are valued at (README: "Startup
/// offers"). Without one they count for nothing in any total.
#[derive(Debug, Args, Default)]
pub struct ExitArgs {
    /// Value options at this price per common share at an exit (or an IPO).
    #[arg(long, value_name = "PRICE", value_parser = parse_price, conflicts_with = "exit_valuation")]
    pub exit_price: Option<Decimal>,

    /// Value options at a sale of the company for this amount: common's
    /// price is (valuation − preferences) × (100 − dilution) / 100 over
    /// each grant's `fully_diluted_shares`.
    #[arg(long, value_name = "AMOUNT", value_parser = parse_price)]
    pub exit_valuation: Option<Decimal>,

    /// With --exit-valuation: the percent of the company later rounds
    /// will own, 0 to below 100 (default 0).
    #[arg(long, value_name = "PCT", value_parser = parse_dilution, requires = "exit_valuation")]
    pub dilution: Option<Decimal>,

    /// With --exit-valuation: the 1× non-participating liquidation
    /// preferences paid ahead of common (default 0).
    #[arg(long, value_name = "AMOUNT", value_parser = parse_price, requires = "exit_valuation")]
    pub preferences: Option<Decimal>,
}

impl ExitArgs {
    /// The exit asked for, if any.
    pub fn exit(&self) -> Option<crate::domain::options::Exit> {
        match (self.exit_price, self.exit_valuation) {
            (Some(price), _) => Some(crate::domain::options::Exit::Price(price)),
            (None, Some(valuation)) => Some(crate::domain::options::Exit::Valuation {
                valuation,
                dilution_pct: self.dilution.unwrap_or_default(),
                preferences: self.preferences.unwrap_or_default(),
            }),
            (None, None) => None,
        }
    }
}

/// Which market data to use: shared by `market` and `script`.
#[derive(Debug, Args)]
pub struct BenchmarkChoice {
    /// Benchmark file of market percentiles (default: the built-in,
    /// illustrative figures).
    #[arg(long, value_name = "FILE")]
    pub benchmarks: Option<PathBuf>,

    /// Use this benchmark entry instead of the best match.
    #[arg(long, value_name = "ID")]
    pub entry: Option<String>,

    #[command(flatten)]
    pub target: TargetArg,
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
}

/// Views that show the years can list the vests behind them.
#[derive(Debug, Args, Default)]
pub struct VestsArg {
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

/// Where a command writes instead of standard output.
#[derive(Debug, Args)]
pub struct OutFileArgs {
    /// Write to this file (atomically) instead of standard output (`-`:
    /// standard output).
    #[arg(long = "out", value_name = "FILE")]
    pub path: Option<PathBuf>,

    /// Replace the `--out` file if it exists.
    #[arg(long, requires = "path")]
    pub force: bool,
}
