//! Market data: benchmark files of percentiles, matching an offer to an
//! entry, and where each of the offer's figures sits among its peers.

mod build;
mod column;
mod comparable;
mod file;
mod matching;
pub mod normalise;
mod partial;
mod percentile;
mod position;
mod rows;
mod validate;

pub use build::{
    BuildLimits, BuildOptions, BuildSummary, GroupBy, LeftOut, MAX_GROUPS, MAX_ROWS, MetricColumn,
    build,
};
pub use comparable::Comparable;
pub use file::{BenchmarksFile, parse_percentile_key};
pub use matching::{NoEntry, select};
pub use partial::PartialGroups;
pub use percentile::percentile_inc;
pub use position::{Position, position, value_at};
pub use validate::parse_benchmarks;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::money::Minor;
use crate::domain::offer::Offer;
use crate::domain::projection::Projection;
use crate::error::DataError;

/// The benchmark file built into the binary, used when none is given.
pub const BUILT_IN_JSON: &str = include_str!("../../../examples/benchmarks.json");
/// How the built-in file is named in every view.
pub const BUILT_IN_NAME: &str = "built-in benchmarks (illustrative)";

/// The default `--target`.
pub const DEFAULT_TARGET: Percentile = Percentile(75);

/// A market percentile, 1 to 99: the target an offer is measured against.
/// Shown as its number (`75`); views write `p75`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percentile(u8);

impl Percentile {
    /// `p` if it is 1 to 99.
    pub const fn new(p: u8) -> Option<Percentile> {
        if p >= 1 && p <= 99 {
            Some(Percentile(p))
        } else {
            None
        }
    }

    pub const fn get(self) -> u8 {
        self.0
    }
}

impl std::fmt::Display for Percentile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// A validated benchmark file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Benchmarks {
    pub source: String,
    pub as_of: Option<NaiveDate>,
    pub currency: String,
    pub entries: Vec<Entry>,
}

/// One group of peers: optional filters and the percentiles of each metric.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub filters: Filters,
    /// In [`Metric::ALL`] order; only the metrics the entry has.
    pub metrics: Vec<(Metric, Percentiles)>,
}

/// What an entry is about; `None` matches any offer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub company: Option<String>,
    pub role: Option<String>,
    pub level: Option<String>,
    pub location: Option<String>,
}

/// Percentile points `(NN, value)`, NN rising and values never falling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Percentiles {
    pub points: Vec<(u8, Decimal)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Metric {
    BaseSalary,
    BonusPct,
    EquityAnnual,
    Total,
}

impl Metric {
    pub const ALL: [Metric; 4] = [
        Metric::BaseSalary,
        Metric::BonusPct,
        Metric::EquityAnnual,
        Metric::Total,
    ];

    /// The metric named `key` in files.
    pub fn from_key(key: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.key() == key)
    }

    /// The name in files and JSON output.
    pub fn key(self) -> &'static str {
        match self {
            Metric::BaseSalary => "base_salary",
            Metric::BonusPct => "bonus_pct",
            Metric::EquityAnnual => "equity_annual",
            Metric::Total => "total",
        }
    }

    /// The word used in sentences.
    pub fn word(self) -> &'static str {
        match self {
            Metric::BaseSalary => "base",
            Metric::BonusPct => "bonus",
            Metric::EquityAnnual => "equity",
            Metric::Total => "total",
        }
    }

    /// The label used in tables.
    pub fn label(self) -> &'static str {
        match self {
            Metric::BaseSalary => "Base salary",
            Metric::BonusPct => "Bonus target %",
            Metric::EquityAnnual => "Equity per year",
            Metric::Total => "Total per year",
        }
    }

    /// Money (cents) or a percentage.
    pub fn is_money(self) -> bool {
        self != Metric::BonusPct
    }

    /// The largest value a benchmark may hold: 10^15 for money (as in offer
    /// files), 1000 for the bonus percentage (as `bonus_target_pct`).
    pub fn largest_value(self) -> Decimal {
        if self.is_money() {
            crate::domain::money::MAX_INPUT
        } else {
            Decimal::ONE_THOUSAND
        }
    }

    /// The exact text of a value of this metric: money with exactly the
    /// decimals of `currency`, percentages without trailing zeros.
    pub fn exact_string(self, value: Decimal, currency: &str) -> String {
        if self.is_money() {
            crate::domain::money::amount_string(value, currency)
        } else {
            value.normalize().to_string()
        }
    }
}

/// One metric of an offer placed among the entry's points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    pub metric: Metric,
    pub value: Decimal,
    pub position: Position,
    /// The metric's value at the target percentile; `None` outside the points.
    pub target_value: Option<Decimal>,
    /// `target_value − value`: positive is how much to ask for.
    pub gap: Option<Decimal>,
}

/// An offer placed against one entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarketReport {
    pub entry_id: String,
    pub target: crate::domain::market::Percentile,
    pub placements: Vec<Placement>,
}

/// Places every metric the entry has. Money targets are rounded to the
/// currency's minor unit and
/// percentage targets to six places, half away from zero.
pub fn place(
    offer: &Offer,
    projection: &Projection,
    entry: &Entry,
    target: crate::domain::market::Percentile,
) -> Result<MarketReport, DataError> {
    let comparable = Comparable::of(offer, projection)?;
    let minor = Minor::of(&offer.currency);
    let placements = entry
        .metrics
        .iter()
        .map(|(metric, points)| {
            let value = comparable.get(*metric);
            let target_value = value_at(points, target.get()).map(|t| {
                if metric.is_money() {
                    // Between two points validated to hold to the minor unit.
                    minor.round(t)
                } else {
                    t.round_dp_with_strategy(
                        6,
                        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                    )
                    .normalize()
                }
            });
            Placement {
                metric: *metric,
                value,
                position: position(points, value),
                target_value,
                gap: target_value.map(|t| t - value),
            }
        })
        .collect();
    Ok(MarketReport {
        entry_id: entry.id.clone(),
        target,
        placements,
    })
}

/// A benchmark file together with the name it is shown under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchmarkSet {
    pub benchmarks: Benchmarks,
    /// The file name, or [`BUILT_IN_NAME`].
    pub name: String,
    pub built_in: bool,
}

impl BenchmarkSet {
    /// The file compiled into the binary.
    pub fn built_in() -> Result<BenchmarkSet, DataError> {
        Ok(BenchmarkSet {
            benchmarks: parse_benchmarks(BUILT_IN_JSON.as_bytes())?,
            name: BUILT_IN_NAME.to_owned(),
            built_in: true,
        })
    }
}

/// Each compared offer's placement, or why it has none (no matching entry).
pub type OfferMarket = Result<MarketReport, NoEntry>;

/// The market section of a comparison: every offer placed against the same file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarketComparison {
    pub set: BenchmarkSet,
    pub target: crate::domain::market::Percentile,
    /// One per compared offer, in order.
    pub offers: Vec<OfferMarket>,
}

impl MarketComparison {
    /// Places each offer against its own best entry; an offer with no match
    /// keeps the reason instead of failing the whole comparison.
    pub fn new(
        set: BenchmarkSet,
        offers: &[crate::domain::report::OfferReport],
        target: crate::domain::market::Percentile,
    ) -> Result<MarketComparison, DataError> {
        let placed = offers
            .iter()
            .map(|o| match select(&set.benchmarks, &o.offer, None) {
                Ok(entry) => place(&o.offer, &o.projection, entry, target).map(Ok),
                Err(reason) => Ok(Err(reason)),
            })
            .collect::<Result<_, _>>()?;
        Ok(MarketComparison {
            set,
            target,
            offers: placed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Percentile;

    #[test]
    fn a_percentile_is_one_to_ninety_nine() {
        assert_eq!(Percentile::new(0), None);
        assert_eq!(Percentile::new(1).map(Percentile::get), Some(1));
        assert_eq!(
            Percentile::new(99).map(|p| p.to_string()),
            Some("99".into())
        );
        assert_eq!(Percentile::new(100), None);
        assert_eq!(super::DEFAULT_TARGET.get(), 75);
    }
}
