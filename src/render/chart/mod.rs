//! Year-by-year stacked bars of base, bonus, sign-on and equity: in the
//! terminal (characters, legible without colour) or as an SVG drawn with
//! plotters, with cumulative lines and crossovers for comparisons.

mod leave;
mod svg;
mod terminal;

pub use leave::leave_terminal;
pub use svg::svg;
pub use terminal::terminal;

use rust_decimal::{Decimal, RoundingStrategy};

use crate::domain::projection::YearRow;

/// Picks one component's amount out of a year.
pub type Part = fn(&YearRow) -> Decimal;

/// The stacked components, bottom to top, with their legend name.
pub const COMPONENTS: [(&str, Part); 4] = [
    ("base", |r| r.base),
    ("bonus", |r| r.bonus),
    ("sign-on", |r| r.sign_on),
    ("equity", |r| r.equity),
];

/// `part / whole` of `length` cells, rounded half away from zero; 0 for an empty whole.
fn scale(part: Decimal, whole: Decimal, length: u32) -> u32 {
    if whole <= Decimal::ZERO {
        return 0;
    }
    let cells = (part * Decimal::from(length) / whole)
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    u32::try_from(cells).unwrap_or(0).min(length)
}

/// Whole currency units for chart coordinates (charts are pictures, not money).
fn whole(amount: Decimal) -> i64 {
    i64::try_from(amount.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero))
        .unwrap_or(i64::MAX)
}
