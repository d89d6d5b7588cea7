//! The command line: clap types only, one file per group of subcommands.
//! The configuration layer (`config`) turns them into requests.

mod batch;
mod offers;
mod script;
mod shared;
mod starter;

pub use batch::*;
pub use offers::*;
pub use script::*;
pub use shared::*;
pub use starter::*;

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
