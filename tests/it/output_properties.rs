//! Output invariants: the same input renders byte for byte the same, and the
//! JSON reads back to exactly the numbers the table shows.
// Amounts in cents are written dollars_cents (`50_000_000_00` is $50,000,000.00).
#![allow(clippy::inconsistent_digit_grouping)]

use chrono::NaiveDate;
use counteroffer::money::{Minor, grouped};
use counteroffer::offer::{Defaults, parse_offer};
use counteroffer::projection::ProjectedOffer;
use counteroffer::render::{Format, View, projections};
use proptest::prelude::*;
use rust_decimal::Decimal;

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

fn render(json: &str, format: Format) -> String {
    let defaults = Defaults {
        as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        years: None,
    };
    let offer = ProjectedOffer::new(parse_offer(json.as_bytes(), &defaults).unwrap()).unwrap();
    let view = View {
        format,
        color: false,
        width: Some(200),
        vests: true,
    };
    projections(&[offer], &view).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_same_input_renders_the_same_bytes(json in offer_json()) {
        for format in [Format::Table, Format::Json, Format::Markdown, Format::Csv] {
            prop_assert_eq!(render(&json, format), render(&json, format));
        }
    }

    #[test]
    fn json_reads_back_to_the_numbers_the_table_shows(json in offer_json()) {
        let table = render(&json, Format::Table);
        let parsed: serde_json::Value = serde_json::from_str(&render(&json, Format::Json)).unwrap();
        let offer = &parsed["offers"][0];
        let rows: Vec<&str> = table.lines().filter(|l| l.starts_with("│ ")).collect();
        for year in offer["years"].as_array().unwrap() {
            let n = year["year"].as_u64().unwrap();
            let row = rows
                .iter()
                .find(|r| r.starts_with(&format!("│ {n} ")))
                .unwrap_or_else(|| panic!("no table row for year {n}"));
            for field in ["base", "bonus", "sign_on", "equity", "total", "cumulative"] {
                let text = year[field].as_str().unwrap();
                let amount: Decimal = text.parse().unwrap();
                let decimals = text.split_once('.').map(|(_, cents)| cents.len());
                prop_assert_eq!(decimals, Some(2), "{} is not two decimals", text);
                prop_assert!(row.contains(&grouped(amount, Minor::CENT)), "{field} {text} not in {row}");
            }
        }
        let total: Decimal = offer["total"].as_str().unwrap().parse().unwrap();
        prop_assert!(table.contains(&grouped(total, Minor::CENT)));
    }
}
