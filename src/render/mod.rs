//! Output: one module per format, all rendering to a `String` so that nothing
//! reaches standard output unless the whole view was built.

mod csv;
mod json;
mod labels;
mod text;

use crate::compare::Comparison;
use crate::error::Result;
use crate::projection::ProjectedOffer;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Markdown,
    Csv,
}

/// How to render: decided once from the command line and the terminal.
#[derive(Debug, Clone, Copy)]
pub struct View {
    pub format: Format,
    /// Whether to use terminal colours (only for `Table`).
    pub color: bool,
    /// Fixed table width; `None` lets the table fit the terminal.
    pub width: Option<u16>,
    /// List vest events.
    pub vests: bool,
}

/// The `project` view of one or more offers.
pub fn projections(offers: &[ProjectedOffer], view: &View) -> Result<String> {
    match view.format {
        Format::Table | Format::Markdown => Ok(text::projections(offers, view)),
        Format::Json => json::projections(offers, view),
        Format::Csv => csv::projections(offers),
    }
}

/// The `compare` view.
pub fn comparison(
    offers: &[ProjectedOffer],
    comparison: &Comparison,
    view: &View,
) -> Result<String> {
    match view.format {
        Format::Table | Format::Markdown => Ok(text::comparison(offers, comparison, view)),
        Format::Json => json::comparison(offers, comparison, view),
        Format::Csv => csv::projections(offers),
    }
}
