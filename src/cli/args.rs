//! The command line: clap types only. [`crate::run`] turns them into work.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use rust_decimal::Decimal;

use super::parse::{
    CalendarChoice, SignOnList, check_currency, check_date, check_money, check_percent,
    check_sign_on, check_whole, parse_amount, parse_calendar, parse_cost_of_living, parse_currency,
    parse_date, parse_dilution, parse_group_by, parse_metric_column, parse_price, parse_rate,
    parse_target, situation_parser,
};
use super::values::{
    BatchInputChoice, BatchOutputChoice, ComponentChoice, FormatChoice, FrequencyChoice,
    PresetChoice,
};
use crate::domain::offer::MAX_HORIZON_YEARS;
use crate::plan::Situation;

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
        counteroffer project examples/competing-offer.json --years 6 --vests --chart\n  \
        cat offer.json | counteroffer project - --format json")]
    Project(ProjectArgs),
    /// Compare two or more offers side by side.
    #[command(after_help = "Examples:\n  \
        counteroffer compare offer.json other.json\n  \
        counteroffer compare offer.json other.json --chart --svg pay.svg\n  \
        counteroffer compare offer.json london.json --rate GBP=1.27")]
    Compare(CompareArgs),
    /// Place an offer against market percentiles.
    #[command(after_help = "Examples:\n  \
        counteroffer market examples/amazon-promotion.json\n  \
        counteroffer market offer.json --benchmarks my-market.json --target p90\n  \
        counteroffer market offer.json --benchmarks market.json --entry spm-l7-seattle")]
    Market(MarketArgs),
    /// Draft the counteroffer: the ask, its worth, what to say and send, the ladder, the dates.
    #[command(after_help = "Examples:\n  \
        counteroffer script offer.json --impact 12000000 --situation promotion \\\n      \
            --current current-pay.json --impact-desc \"profit in the first year\"\n  \
        counteroffer script offer.json --impact 3500000 --deadline 2027-01-06 \\\n      \
            --holiday 2026-12-25 --walk-away 850000\n  \
        counteroffer script offer.json --impact 3500000 --competing other.json\n  \
        counteroffer script offer.json --impact 3500000 --out plan.md")]
    Script(Box<ScriptArgs>),
    /// Evaluate many offers (JSON Lines or CSV), streaming, on every core.
    #[command(after_help = "Examples:\n  \
        counteroffer batch offers.jsonl > results.jsonl\n  \
        counteroffer batch offers.csv --format csv --out results.csv\n  \
        counteroffer batch offers.jsonl --benchmarks market.json --tax us-2026-single\n  \
        cat offers.jsonl | counteroffer batch - --years 5")]
    Batch(BatchArgs),
    /// Work with benchmark files.
    #[command(
        subcommand,
        after_help = "Examples:\n  \
        counteroffer benchmarks check examples/benchmarks.json\n  \
        counteroffer benchmarks build raw.csv --group-by company,level \\\n      \
            --metric total=totalyearlycompensation --out market.json"
    )]
    Benchmarks(BenchmarksCommand),
    /// Write a starter offer file: from flags, or question by question on a terminal.
    #[command(after_help = "Examples:\n  \
        counteroffer init --out my-offer.json\n  \
        counteroffer init --name \"Acme PM\" --base-salary 185000 --bonus-pct 12.5 \\\n      \
            --grant-value 60000 --schedule amazon --out acme.json\n  \
        counteroffer init --name Draft --base-salary 150000 > draft.json")]
    Init(Box<InitArgs>),
    /// Print a shell completion script.
    #[command(after_help = "Examples:\n  \
        counteroffer completions bash > counteroffer.bash\n  \
        counteroffer completions zsh > ~/.zfunc/_counteroffer\n  \
        counteroffer completions fish > ~/.config/fish/completions/counteroffer.fish")]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a manual page (roff), generated from this command line.
    #[command(after_help = "Examples:\n  \
        counteroffer man > counteroffer.1 && man ./counteroffer.1\n  \
        counteroffer man script > counteroffer-script.1 && man ./counteroffer-script.1\n  \
        counteroffer man --dir ~/.local/share/man/man1")]
    Man {
        /// A subcommand's page (`project`, `script`, …) instead of the overview.
        #[arg(value_name = "SUBCOMMAND", conflicts_with = "dir")]
        subcommand: Option<String>,

        /// Write every page (`counteroffer.1`, `counteroffer-project.1`, …)
        /// into this directory instead of printing one.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,

        /// With `--dir`: replace pages already there.
        #[arg(long, requires = "dir")]
        force: bool,
    },
    /// Print the JSON Schema of an input file or of an output.
    #[command(after_help = "Examples:\n  \
        counteroffer schema offer > offer.schema.json\n  \
        counteroffer schema benchmarks > benchmarks.schema.json")]
    Schema {
        /// Which file or output.
        #[arg(value_enum, value_name = "KIND")]
        file: SchemaChoice,
    },
    /// The built-in tax tables: list them, or print one as a file to copy and edit.
    #[command(
        subcommand,
        after_help = "Examples:\n  \
        counteroffer tax list\n  \
        counteroffer tax show us-2026-single > my-tax.json"
    )]
    Tax(TaxCommand),
    /// Compare the two built-in example offers (no files needed).
    #[command(after_help = "Examples:\n  \
        counteroffer demo\n  \
        counteroffer demo --format json")]
    Demo(DemoArgs),
    /// Open a private page on this machine: the offers as forms, compared and planned.
    #[command(after_help = "Examples:\n  \
        counteroffer serve --open\n  \
        counteroffer serve --port 8750")]
    Serve(ServeArgs),
}

/// `counteroffer serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port on 127.0.0.1 (0: any free port).
    ///
    /// The page listens on the loopback address only, so no other machine
    /// can reach it; 0 lets the system choose a free port.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub port: u16,

    /// Open the page in the default browser.
    #[arg(long)]
    pub open: bool,
}

#[derive(Debug, Subcommand)]
pub enum TaxCommand {
    /// The built-in tables, one line each: name, year, currency, taxes.
    #[command(after_help = "Examples:\n  \
        counteroffer tax list\n  \
        counteroffer tax list | grep married")]
    List,
    /// Print a built-in table as a file you can copy and edit.
    #[command(after_help = "Examples:\n  \
        counteroffer tax show us-2026-single\n  \
        counteroffer tax show us-2026-married-wa > my-tax.json\n  \
        counteroffer project offer.json --tax my-tax.json")]
    Show {
        /// The table's name.
        name: String,
    },
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
pub struct ProjectArgs {
    /// Offer files (JSON); `-` reads standard input.
    #[arg(required = true, value_name = "OFFER")]
    pub offers: Vec<PathBuf>,

    #[command(flatten)]
    pub projection: ProjectionArgs,

    #[command(flatten)]
    pub vests: VestsArg,

    #[command(flatten)]
    pub leave: LeaveArgs,

    #[command(flatten)]
    pub tax: TaxArg,

    #[command(flatten)]
    pub currency: CurrencyArgs,

    #[command(flatten)]
    pub col: ColArg,

    #[command(flatten)]
    pub exit: ExitArgs,

    /// Add a grid of exit prices × years for options and double-trigger
    /// RSUs: what is vested by each year's end, net of the cost to exercise
    /// (prices 0, strike, 409A, preferred, 2×, 5× and 10× preferred).
    #[arg(long)]
    pub scenarios: bool,

    /// An exit price per share for the grid, instead of the standard ones
    /// (repeatable; implies --scenarios).
    #[arg(long = "scenario", value_name = "PRICE", value_parser = parse_price)]
    pub scenario_prices: Vec<Decimal>,

    /// What leaving at the end of every month of the horizon pays, and the
    /// months where leaving costs the most (just before a cliff, a large
    /// vest or the end of a clawback).
    #[arg(long)]
    pub leave_table: bool,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub chart: ChartArgs,
}

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

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Two or more offer files (JSON); `-` reads standard input.
    #[arg(required = true, num_args = 2.., value_name = "OFFER")]
    pub offers: Vec<PathBuf>,

    /// Add each offer's market position from this benchmark file.
    #[arg(long, value_name = "FILE")]
    pub benchmarks: Option<PathBuf>,

    #[command(flatten)]
    pub target: TargetArg,

    #[command(flatten)]
    pub projection: ProjectionArgs,

    #[command(flatten)]
    pub vests: VestsArg,

    #[command(flatten)]
    pub leave: LeaveArgs,

    #[command(flatten)]
    pub tax: TaxArg,

    #[command(flatten)]
    pub currency: CurrencyArgs,

    #[command(flatten)]
    pub col: ColArg,

    #[command(flatten)]
    pub exit: ExitArgs,

    #[command(flatten)]
    pub output: OutputArgs,

    #[command(flatten)]
    pub chart: ChartArgs,
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

#[derive(Debug, Args)]
pub struct MarketArgs {
    /// The offer file (JSON); `-` reads standard input.
    #[arg(value_name = "OFFER")]
    pub offer: PathBuf,

    #[command(flatten)]
    pub market: BenchmarkChoice,

    /// Today's date (YYYY-MM-DD), the start date of offers without one.
    /// Hidden: a placement uses year-1 figures, which no date changes, so
    /// it is accepted (as on the other commands) but not offered in help.
    #[arg(long, value_name = "DATE", value_parser = parse_date, hide = true)]
    pub as_of: Option<NaiveDate>,

    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Debug, Args)]
pub struct ScriptArgs {
    /// The offer file (JSON); `-` reads standard input.
    #[arg(value_name = "OFFER")]
    pub offer: PathBuf,

    /// Your forecast of the impact you will have, in money (e.g. 12000000).
    ///
    /// Optional: it lifts the ask inside its band and is cited when large
    /// enough to carry it. Without it, nothing is said of impact.
    #[arg(long, value_name = "AMOUNT", value_parser = parse_amount)]
    pub impact: Option<Decimal>,

    /// What the forecast measures.
    #[arg(long, value_name = "TEXT", default_value = "in value to the business")]
    pub impact_desc: String,

    #[command(flatten)]
    pub market: BenchmarkChoice,

    /// The day the offer arrived (default: --as-of, else today).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub offer_date: Option<NaiveDate>,

    /// A day that is not a business day (repeatable), besides the calendar's.
    #[arg(long = "holiday", value_name = "DATE", value_parser = parse_date)]
    pub holidays: Vec<NaiveDate>,

    /// Public holidays to skip: us, gb-eng, ca, ie, de, fr, nl, in, au, or none.
    ///
    /// Default: chosen from the offer's location, else its currency (a euro
    /// offer with no known place gets none, with a warning).
    #[arg(long, value_name = "CODE", value_parser = parse_calendar)]
    pub calendar: Option<CalendarChoice>,

    /// The lowest total over the horizon you would sign.
    #[arg(long, value_name = "AMOUNT", value_parser = parse_amount)]
    pub walk_away: Option<Decimal>,

    /// Another offer file: your alternative.
    #[arg(long, value_name = "OFFER")]
    pub competing: Option<PathBuf>,

    /// Whose offer: a new employer's (`external`) or your own employer's
    /// (`promotion`, also spelled `internal`: a promotion or internal move).
    #[arg(long, value_name = "SITUATION", default_value = "external", value_parser = situation_parser())]
    pub situation: Situation,

    /// What you are paid today, as an offer file: the plan shows the raise.
    #[arg(long, value_name = "FILE")]
    pub current: Option<PathBuf>,

    /// The employer's stated expiry of the offer (replaces the 21-day limit).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub deadline: Option<NaiveDate>,

    /// What matters most to you, first to last; the ladder gives up the last first.
    ///
    /// Default: base,sign_on,equity,bonus for an external offer;
    /// equity,base,bonus for a promotion.
    #[arg(long, value_enum, value_delimiter = ',', value_name = "LIST")]
    pub priority: Vec<ComponentChoice>,

    #[command(flatten)]
    pub tax: TaxArg,

    #[command(flatten)]
    pub rates: RateArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ScriptFormat::Markdown)]
    pub format: ScriptFormat,

    /// Render your own template (minijinja) instead of the built-in one.
    ///
    /// The template sees the plan exactly as `--format json` prints it.
    #[arg(long, value_name = "FILE", conflicts_with = "format")]
    pub template: Option<PathBuf>,

    #[command(flatten)]
    pub out: OutFileArgs,

    #[command(flatten)]
    pub projection: ProjectionArgs,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScriptFormat {
    /// A Markdown document.
    Markdown,
    /// Plain text.
    Text,
    /// The whole plan as data.
    Json,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[command(flatten)]
    pub projection: ProjectionArgs,

    #[command(flatten)]
    pub vests: VestsArg,

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

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The offer's name.
    #[arg(long)]
    pub name: Option<String>,
    /// Company (used to match benchmarks).
    #[arg(long)]
    pub company: Option<String>,
    /// Role (used to match benchmarks).
    #[arg(long)]
    pub role: Option<String>,
    /// Level (used to match benchmarks).
    #[arg(long)]
    pub level: Option<String>,
    /// Location (used to match benchmarks).
    #[arg(long)]
    pub location: Option<String>,
    /// ISO 4217 currency code.
    #[arg(long, default_value = "USD", value_parser = |s: &str| check_currency(s))]
    pub currency: String,
    /// First day of employment (default: --as-of, else today).
    #[arg(long, value_name = "DATE", value_parser = |s: &str| check_date(s))]
    pub start_date: Option<String>,
    /// Yearly base salary.
    #[arg(long, value_name = "AMOUNT", value_parser = |s: &str| check_money(s, false))]
    pub base_salary: Option<Decimal>,
    /// Yearly raise, percent.
    #[arg(long, value_name = "PCT", default_value = "0", value_parser = |s: &str| check_percent(s, 0, 100))]
    pub raise_pct: Decimal,
    /// Target bonus, percent of base.
    #[arg(long, value_name = "PCT", default_value = "0", value_parser = |s: &str| check_percent(s, 0, 1000))]
    pub bonus_pct: Decimal,
    /// Target bonus as the amount the offer letter states (instead of --bonus-pct).
    #[arg(long, value_name = "AMOUNT", conflicts_with = "bonus_pct", value_parser = |s: &str| check_money(s, true))]
    pub bonus: Option<Decimal>,
    /// Sign-on payments, one per year, comma-separated (`20000,10000`).
    #[arg(long, value_name = "AMOUNTS", default_value = "", value_parser = |s: &str| check_sign_on(s).map(SignOnList))]
    pub sign_on: SignOnList,
    /// Value of an equity grant made at start.
    #[arg(long, value_name = "AMOUNT", value_parser = |s: &str| check_money(s, false))]
    pub grant_value: Option<Decimal>,
    /// The grant's schedule: `even`, `amazon` or `front-loaded`.
    #[arg(long, value_enum, default_value_t = PresetChoice::Even)]
    pub schedule: PresetChoice,
    /// The grant's vesting frequency.
    #[arg(long, value_enum, default_value_t = FrequencyChoice::Annual)]
    pub frequency: FrequencyChoice,
    /// The grant's cliff in months.
    #[arg(long, value_name = "MONTHS", default_value = "12", value_parser = |s: &str| check_whole(s, 0, 48))]
    pub cliff_months: u32,
    /// Projection horizon in years.
    #[arg(long, default_value = "4", value_parser = |s: &str| check_whole(s, 1, MAX_HORIZON_YEARS))]
    pub years: u32,
    /// Today's date (YYYY-MM-DD), the default start date.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    #[command(flatten)]
    pub out: OutFileArgs,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaChoice {
    /// An offer file.
    Offer,
    /// A benchmark file.
    Benchmarks,
    /// A tax table.
    Tax,
    /// Exchange rates (`--fx`).
    Fx,
    /// The output of `project --format json`.
    Projection,
    /// The output of `compare --format json`.
    Comparison,
    /// The output of `market --format json`.
    Placement,
    /// The output of `script --format json`, which templates also see.
    Plan,
    /// One record of `batch --format jsonl`.
    BatchRecord,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
