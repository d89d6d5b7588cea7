//! Helpers shared by the integration tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use counteroffer::domain::offer::{Defaults, Offer, parse_offer};
use counteroffer::domain::projection::{Projection, project};
use rust_decimal::Decimal;

mod run;
pub use run::{Outcome, Run};

pub fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

/// The defaults every library-level test reads offers with.
pub fn defaults() -> Defaults {
    Defaults {
        as_of: as_of(),
        years: None,
    }
}

pub fn offer(json: &str) -> Offer {
    parse_offer(json.as_bytes(), &defaults()).unwrap_or_else(|e| panic!("{e}"))
}

pub fn projection(json: &str) -> Projection {
    project(&offer(json)).unwrap_or_else(|e| panic!("{e}"))
}

/// Reads an exact decimal from text (test shorthand).
pub fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

pub fn column(
    projection: &Projection,
    pick: fn(&counteroffer::domain::projection::YearRow) -> Decimal,
) -> Vec<String> {
    projection
        .rows
        .iter()
        .map(|r| pick(r).to_string())
        .collect()
}
