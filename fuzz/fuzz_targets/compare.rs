//! Any bytes as two offers (split at the first NUL): read, validate,
//! project and compare, with break-even searches, then render every view.
//! Errors are fine; panics and hangs are not.
#![no_main]

use chrono::NaiveDate;
use counteroffer::compare::compare;
use counteroffer::offer::{Defaults, parse_offer};
use counteroffer::projection::ProjectedOffer;
use counteroffer::render::{Format, View, comparison};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let defaults = Defaults {
        as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        years: Some(4),
    };
    let (first, second) = match data.iter().position(|b| *b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => return,
    };
    let load = |bytes: &[u8]| {
        parse_offer(bytes, &defaults)
            .ok()
            .and_then(|offer| ProjectedOffer::new(offer).ok())
    };
    let (Some(a), Some(b)) = (load(first), load(second)) else {
        return;
    };
    let offers = [a, b];
    let Ok(compared) = compare(&offers) else {
        return;
    };
    for format in [Format::Table, Format::Json, Format::Markdown, Format::Csv] {
        let view = View { format, color: false, width: Some(100), vests: true };
        let _ = comparison(&offers, &compared, None, None, &view);
    }
});
