//! Output: one module per format, all rendering to a `String` so that nothing
//! reaches standard output unless the whole view was built.

pub mod batch;
pub mod chart;
mod csv;
mod json;
pub mod plan;

pub use csv::line as csv_line;

pub use json::{
    batch_record, batch_record_schema, offers_schema, placement_schema, to_string as json_document,
};
pub(crate) mod labels;
mod text;
pub mod wrap;

use crate::domain::compare::Comparison;
use crate::domain::market::{BenchmarkSet, MarketComparison, MarketReport};
use crate::domain::report::OfferReport;
use crate::error::Result;

/// The output formats (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Tables for a terminal.
    Table,
    /// Machine-readable JSON; money as strings with the currency's decimals.
    Json,
    /// Markdown tables, for notes and documents.
    Markdown,
    /// One row per offer and year.
    Csv,
}

/// How to render: decided once from the command line and the terminal.
#[derive(Debug, Clone, Copy)]
pub struct View {
    pub format: Format,
    /// Whether to use terminal colours (only for `Table`).
    pub color: bool,
    /// The width in columns that tables and prose fit; `None`: the
    /// terminal's, or [`wrap::DEFAULT_WIDTH`] when not on a terminal.
    pub width: Option<u16>,
    /// List vest events.
    pub vests: bool,
}

impl View {
    /// The width in columns that tables and prose fit.
    pub fn columns(&self) -> usize {
        usize::from(self.width.unwrap_or_else(terminal_width))
    }
}

/// The terminal's width when standard output is one, else
/// [`wrap::DEFAULT_WIDTH`].
pub fn terminal_width() -> u16 {
    use std::io::IsTerminal;
    let detected = std::io::stdout()
        .is_terminal()
        .then(|| comfy_table::Table::new().width())
        .flatten();
    detected.unwrap_or(wrap::DEFAULT_WIDTH)
}

/// The `project` view of one or more offers.
pub fn projections(offers: &[OfferReport], view: &View) -> Result<String> {
    match view.format {
        Format::Table | Format::Markdown => Ok(text::projections(offers, view)),
        Format::Json => json::projections(offers, view),
        Format::Csv => csv::projections(offers),
    }
}

/// The `compare` view, with market positions when benchmarks were given;
/// `demo`'s JSON carries its plan under `script`.
pub fn comparison(
    offers: &[OfferReport],
    comparison: &Comparison,
    market: Option<&MarketComparison>,
    plan: Option<&crate::render::plan::PlanView>,
    view: &View,
) -> Result<String> {
    match view.format {
        Format::Table | Format::Markdown => Ok(text::comparison(offers, comparison, market, view)),
        Format::Json => json::comparison(offers, comparison, market, plan, view),
        Format::Csv => csv::projections(offers),
    }
}

/// The `market` view of one offer.
pub fn market(
    projected: &crate::domain::projection::ProjectedOffer,
    set: &BenchmarkSet,
    report: &MarketReport,
    view: &View,
) -> Result<String> {
    match view.format {
        Format::Table | Format::Markdown => Ok(text::market(projected, set, report, view)),
        Format::Json => json::market(projected, set, report),
        Format::Csv => csv::market(report, &set.benchmarks.currency),
    }
}

/// What a benchmark file holds.
pub fn benchmarks_check(set: &BenchmarkSet, view: &View) -> String {
    text::benchmarks_check(set, view)
}
