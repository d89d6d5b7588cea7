//! Values several commands share, resolved from their flags once: the
//! date and horizon, the tax table, the exchange rates, what is added to
//! each offer, where output goes, the chart.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::cli::{ChartArgs, CurrencyArgs, OutFileArgs, ProjectionArgs, RateArgs};
use crate::domain::options::Exit;
use crate::domain::purchasing_power::CostOfLiving;

/// Today on this machine: the date `--as-of` stands in for.
pub(crate) fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// How offers are projected: from this day, on this horizon.
#[derive(Debug, Clone, Copy)]
pub struct Projection {
    /// `--as-of`, else today: the start of offers without a `start_date`.
    pub as_of: NaiveDate,
    /// `--years`, overriding each offer's.
    pub years: Option<u32>,
}

impl Projection {
    pub(crate) fn from_args(args: &ProjectionArgs) -> Projection {
        Projection {
            as_of: args.as_of.unwrap_or_else(today),
            years: args.years,
        }
    }
}

/// A tax table named by `--tax`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TaxSource {
    /// A built-in table's name (`counteroffer tax list`); an unknown name
    /// is refused when the table is loaded, as before.
    BuiltIn(String),
    /// A file: a value with `/` or ending in `.json`, or `-` for standard input.
    File(PathBuf),
}

impl TaxSource {
    /// What a `--tax` value names: `-` is standard input, as it is for `--fx`.
    pub(crate) fn from_flag(value: &str) -> TaxSource {
        if value == "-" {
            TaxSource::File(PathBuf::from(value))
        } else {
            TaxSource::named(value)
        }
    }

    /// What a `--tax` value or an offer's own `tax` names: a file when it
    /// has a `/` or ends in `.json`, else a built-in table. (An offer's own
    /// `tax` never reads standard input.)
    pub fn named(value: &str) -> TaxSource {
        if value.contains('/') || value.ends_with(".json") {
            TaxSource::File(PathBuf::from(value))
        } else {
            TaxSource::BuiltIn(value.to_owned())
        }
    }

    /// The file it reads, if any (for the check that standard input is read once).
    pub fn path(&self) -> Option<&Path> {
        match self {
            TaxSource::File(path) => Some(path),
            TaxSource::BuiltIn(_) => None,
        }
    }
}

/// Exchange rates: `--rate` one by one, or an `--fx` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RateSource {
    /// `--rate CUR=VALUE`, in the order given. A currency given twice is
    /// refused where the rates are first used (after the offers are read),
    /// so a run with two mistakes reports the one it always has.
    Given(Vec<(String, Decimal)>),
    /// `--fx FILE`.
    File(PathBuf),
}

impl RateSource {
    pub(crate) fn from_args(args: &RateArgs) -> Option<RateSource> {
        match &args.fx {
            Some(path) => Some(RateSource::File(path.clone())),
            None if args.rates.is_empty() => None,
            None => Some(RateSource::Given(args.rates.clone())),
        }
    }

    /// The `--fx` file, if any (for the check that standard input is read once).
    pub fn path(&self) -> Option<&Path> {
        match self {
            RateSource::File(path) => Some(path),
            RateSource::Given(_) => None,
        }
    }
}

/// What the flags add to every projected offer: leaving early, tax, the
/// reporting currency, purchasing power, an exit for options.
#[derive(Debug, Clone, Default)]
pub struct OfferAdditions {
    /// `--leave-after MONTHS`.
    pub leave_after: Option<u32>,
    /// `--leave-table` (`project` only): leaving at the end of every month.
    pub leave_table: bool,
    /// `--tax`.
    pub tax: Option<TaxSource>,
    /// `--rate` or `--fx`.
    pub rates: Option<RateSource>,
    /// `--in`: the currency to report in (default: the first offer's).
    pub reporting: Option<String>,
    /// `--col`: cost-of-living indexes. A place given twice is refused
    /// where they are used, as [`RateSource::Given`] is.
    pub col: Vec<CostOfLiving>,
    /// `--exit-price` or `--exit-valuation` (with `--dilution`, `--preferences`).
    pub exit: Option<Exit>,
}

impl OfferAdditions {
    pub(crate) fn new(
        leave_after: Option<u32>,
        tax: Option<&str>,
        currency: &CurrencyArgs,
        col: &[CostOfLiving],
        exit: Option<Exit>,
    ) -> OfferAdditions {
        OfferAdditions {
            leave_after,
            leave_table: false,
            tax: tax.map(TaxSource::from_flag),
            rates: RateSource::from_args(&currency.rates),
            reporting: currency.reporting.clone(),
            col: col.to_vec(),
            exit,
        }
    }
}

/// `--out FILE` (`-`: standard output) and `--force`.
#[derive(Debug, Clone, Default)]
pub struct OutFile {
    pub path: Option<PathBuf>,
    /// Replace the file if it exists.
    pub force: bool,
}

impl From<&OutFileArgs> for OutFile {
    fn from(args: &OutFileArgs) -> Self {
        OutFile {
            path: args.path.clone(),
            force: args.force,
        }
    }
}

/// `--chart` and `--svg FILE` (with `--force`).
#[derive(Debug, Clone, Default)]
pub struct ChartRequest {
    /// Draw the years as bars in the terminal.
    pub terminal: bool,
    /// Write the chart as SVG to this file.
    pub svg: Option<PathBuf>,
    /// Replace the `--svg` file if it exists.
    pub force: bool,
}

impl From<&ChartArgs> for ChartRequest {
    fn from(args: &ChartArgs) -> Self {
        ChartRequest {
            terminal: args.chart,
            svg: args.svg.clone(),
            force: args.force,
        }
    }
}
