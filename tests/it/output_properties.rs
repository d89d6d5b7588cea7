//! Output invariants: the tool prints byte for byte what the library
//! renders, in any process and environment, and the table shows exactly the
//! numbers the JSON holds, cell by cell.
// Amounts in cents are written dollars_cents (`50_000_000_00` is $50,000,000.00).
#![allow(clippy::inconsistent_digit_grouping)]

use chrono::NaiveDate;
use counteroffer::domain::offer::{Defaults, parse_offer};
use counteroffer::domain::report::OfferReport;
use counteroffer::render::{Format, View, projections};
use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::common::Run;

fn offer_json() -> impl Strategy<Value = String> {
    (
        1i64..=100_000_000_00,
        0i64..=10_000,
        0i64..=50_000,
        proptest::collection::vec(0i64..=10_000_000, 0..3),
        proptest::collection::vec((1i64..=10_000_000_00, 0usize..3, 0usize..4, 1u32..=3), 0..3),
        1u32..=8,
        0i64..=2_000,
    )
        .prop_map(|(base, raise, bonus, sign_on, grants, years, growth)| {
            let schedules = ["\"even\"", "\"amazon\"", "[10, 20.5, 69.5]"];
            let frequencies = ["annual", "semiannual", "quarterly", "monthly"];
            let grants: Vec<String> = grants
                .iter()
                .map(|(value, s, f, year)| {
                    format!(
                        r#"{{"grant_value": "{}", "schedule": {}, "frequency": "{}", "grant_year": {year}}}"#,
                        Decimal::new(*value, 2),
                        schedules[*s],
                        frequencies[*f]
                    )
                })
                .collect();
            let sign_on: Vec<String> =
                sign_on.iter().map(|c| Decimal::new(*c, 2).to_string()).collect();
            format!(
                r#"{{"name": "Random, \"quoted\"", "start_date": "2027-02-28", "base_salary": "{}",
                    "annual_raise_pct": "{}", "bonus_target_pct": "{}", "sign_on": [{}],
                    "equity": [{}], "stock_growth_pct": "{}", "years": {years}}}"#,
                Decimal::new(base, 2),
                Decimal::new(raise, 2),
                Decimal::new(bonus, 3),
                sign_on.join(", "),
                grants.join(", "),
                Decimal::new(growth, 2)
            )
        })
}

const AS_OF: &str = "2026-11-26";

fn render(json: &str, format: Format) -> String {
    let defaults = Defaults {
        as_of: NaiveDate::parse_from_str(AS_OF, "%Y-%m-%d").unwrap(),
        years: None,
    };
    let offer = OfferReport::new(parse_offer(json.as_bytes(), &defaults).unwrap()).unwrap();
    let view = View {
        format,
        color: false,
        width: Some(200),
        vests: format != Format::Csv,
    };
    projections(&[offer], &view).unwrap()
}

/// The same offer through the binary, in a process of its own with the
/// environment given (time zone, locale, terminal width).
fn printed(json: &str, format: &str, env: &[(&str, &str)]) -> String {
    let mut run = Run::new("project")
        .args(["-", "--format", format, "--width", "200"])
        .args(["--color", "never", "--as-of", AS_OF])
        .stdin(json);
    for (key, value) in env {
        run = run.env(key, value);
    }
    if format != "csv" {
        run = run.arg("--vests");
    }
    run.stdout()
}

/// `1234567.80` as the table writes dollars, `$1,234,567.80`, formatted
/// here from the text alone.
fn dollars(text: &str) -> String {
    let (whole, cents) = text.split_once('.').unwrap();
    let digits: Vec<char> = whole.chars().collect();
    let mut grouped = String::new();
    for (i, digit) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(*digit);
    }
    format!("${grouped}.{cents}")
}

/// The cells of a table row (`│ a ┆ b │`), trimmed.
fn cells(row: &str) -> Vec<&str> {
    row.trim_matches('│').split('┆').map(str::trim).collect()
}

/// The first table whose header is `header`: its rows of cells.
fn table<'a>(text: &'a str, header: &[&str]) -> Vec<Vec<&'a str>> {
    let mut lines = text.lines().skip_while(|l| cells(l) != header);
    assert!(
        lines.next().is_some(),
        "no table headed {header:?} in\n{text}"
    );
    lines
        .skip(1) // the rule under the header
        .take_while(|l| l.starts_with('│'))
        .map(cells)
        .collect()
}

#[test]
fn dollars_are_grouped_in_threes() {
    assert_eq!(dollars("0.00"), "$0.00");
    assert_eq!(dollars("999.99"), "$999.99");
    assert_eq!(dollars("1000.00"), "$1,000.00");
    assert_eq!(dollars("1234567.80"), "$1,234,567.80");
    assert_eq!(dollars("100000000.05"), "$100,000,000.05");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Two processes (their own hash seeds) in different time zones and
    /// locales print exactly what the library renders, in every format.
    #[test]
    fn the_tool_prints_what_the_library_renders_anywhere(json in offer_json()) {
        for (format, name) in [
            (Format::Table, "table"),
            (Format::Json, "json"),
            (Format::Markdown, "markdown"),
            (Format::Csv, "csv"),
        ] {
            let rendered = render(&json, format);
            let utc = printed(&json, name, &[("TZ", "UTC"), ("LC_ALL", "C")]);
            let elsewhere = printed(
                &json,
                name,
                &[("TZ", "Pacific/Kiritimati"), ("LC_ALL", "de_DE.UTF-8"), ("COLUMNS", "40")],
            );
            prop_assert_eq!(&utc, &rendered, "{}", name);
            prop_assert_eq!(&elsewhere, &rendered, "{}", name);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Each year's cell in each column is the JSON figure written as
    /// dollars, and the summary's total is the JSON total.
    #[test]
    fn the_table_shows_exactly_the_numbers_the_json_holds(json in offer_json()) {
        let table_text = render(&json, Format::Table);
        let parsed: serde_json::Value = serde_json::from_str(&render(&json, Format::Json)).unwrap();
        let offer = &parsed["offers"][0];
        let header = ["Year", "Base", "Bonus", "Sign-on", "Equity", "Total", "Cumulative"];
        let rows = table(&table_text, &header);
        let years = offer["years"].as_array().unwrap();
        prop_assert_eq!(rows.len(), years.len());
        prop_assert_eq!(Some(years.len() as u64), offer["horizon_years"].as_u64());
        for (row, year) in rows.iter().zip(years) {
            prop_assert_eq!(row[0], year["year"].to_string());
            for (column, field) in ["base", "bonus", "sign_on", "equity", "total", "cumulative"].iter().enumerate() {
                let text = year[field].as_str().unwrap();
                let decimals = text.split_once('.').map(|(_, cents)| cents.len());
                prop_assert_eq!(decimals, Some(2), "{} is not two decimals", text);
                prop_assert_eq!(row[column + 1], dollars(text), "{} of year {}", field, row[0]);
            }
        }
        let summary = table(&table_text, &["Summary", "USD"]);
        let total = summary.iter().find(|r| r[0].starts_with("Total over ")).unwrap();
        prop_assert_eq!(total[1], dollars(offer["total"].as_str().unwrap()));
    }
}
