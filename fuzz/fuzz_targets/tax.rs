//! Any bytes as a tax table, applied to the founding offer; and the
//! founding offer left at every month under the built-in table. Errors are
//! fine; panics are not.
#![no_main]

use std::sync::OnceLock;

use chrono::NaiveDate;
use counteroffer::offer::{Defaults, parse_offer};
use counteroffer::projection::ProjectedOffer;
use counteroffer::render::{Format, View, projections};
use counteroffer::tax::{after_tax, parse_tax_table};
use libfuzzer_sys::fuzz_target;

fn founding() -> &'static ProjectedOffer {
    static OFFER: OnceLock<ProjectedOffer> = OnceLock::new();
    OFFER.get_or_init(|| {
        let defaults = Defaults {
            as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
            years: None,
        };
        let offer =
            parse_offer(include_bytes!("../../examples/amazon-promotion.json"), &defaults).unwrap();
        ProjectedOffer::new(offer).unwrap()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(table) = parse_tax_table(data) else {
        return;
    };
    let mut offer = founding().clone();
    let Ok(taxed) = after_tax(&offer.projection, &table) else {
        return;
    };
    for year in &taxed.years {
        assert!(year.tax >= rust_decimal::Decimal::ZERO, "a negative tax");
    }
    offer.taxed = Some(taxed);
    if let Ok(with_leave) = offer.with_leave(Some(18), true) {
        for format in [Format::Table, Format::Json, Format::Markdown, Format::Csv] {
            let view = View { format, color: false, width: Some(100), vests: false };
            let _ = projections(std::slice::from_ref(&with_leave), &view);
        }
    }
});
