//! Any bytes as a rate file; every pair of its currencies (and the base)
//! converts the founding offer, taxed and left at 18 months, and renders it
//! in every format. Errors are fine; panics are not, and a conversion at a
//! rate of one must change nothing.
#![no_main]

use std::sync::OnceLock;

use counteroffer::domain::fx::{Rates, parse_rate_table};
use counteroffer::domain::report::{OfferReport, convert};
use counteroffer::render::{Format, View, projections};
use libfuzzer_sys::fuzz_target;

mod common;

/// The founding offer left at 18 months, with its leave table and its
/// years after the federal table.
fn founding() -> &'static OfferReport {
    static OFFER: OnceLock<OfferReport> = OnceLock::new();
    OFFER.get_or_init(|| {
        let table = counteroffer::domain::tax::built_in("us-2026-single").unwrap();
        let mut projected = OfferReport::new(common::founding_offer()).unwrap();
        let views = counteroffer::domain::report::Views {
            leave_after: Some(18),
            leave_table: true,
            tax: Some(&table),
            ..Default::default()
        };
        counteroffer::domain::report::add_views(&mut projected, &views).unwrap();
        projected
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(table) = parse_rate_table(data) else {
        return;
    };
    let mut codes: Vec<String> = table.rates.keys().take(4).cloned().collect();
    codes.push(table.base.clone());
    let rates = Rates::Table {
        name: "fuzz".into(),
        table,
    };
    for to in &codes {
        let Ok(Some(conversion)) = rates.conversion("USD", to) else {
            continue;
        };
        let Ok(converted) = convert(founding().clone(), &conversion) else {
            continue;
        };
        if conversion.is_identity() {
            assert_eq!(converted.projection.rows, founding().projection.rows);
        }
        for format in [Format::Table, Format::Json, Format::Markdown, Format::Csv] {
            let view = View {
                format,
                color: false,
                width: Some(100),
                vests: true,
            };
            let _ = projections(std::slice::from_ref(&converted), &view);
        }
    }
});
