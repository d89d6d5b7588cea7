//! Helpers shared by the integration tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use counteroffer::domain::offer::{Defaults, Offer, parse_offer};
use counteroffer::domain::projection::{Projection, project};
use rust_decimal::Decimal;

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

/// The tool as a process.
pub fn counteroffer() -> assert_cmd::Command {
    assert_cmd::Command::cargo_bin("counteroffer").unwrap()
}

/// What a successful run prints; a failed run fails the test with its stderr.
pub fn stdout_of(args: &[&str]) -> String {
    let output = counteroffer().args(args).output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}
