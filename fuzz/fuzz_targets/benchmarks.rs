//! Any bytes as a benchmark file: read, validate, and place the founding
//! offer against every entry. Errors are fine; panics are not.
#![no_main]

use chrono::NaiveDate;
use counteroffer::market::{parse_benchmarks, place, select};
use counteroffer::offer::{Defaults, parse_offer};
use counteroffer::projection::ProjectedOffer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(benchmarks) = parse_benchmarks(data) else {
        return;
    };
    let defaults = Defaults {
        as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        years: None,
    };
    let offer = parse_offer(include_bytes!("../../examples/amazon-promotion.json"), &defaults).unwrap();
    let projected = ProjectedOffer::new(offer).unwrap();
    let _ = select(&benchmarks, &projected.offer, None);
    for entry in &benchmarks.entries {
        for target in [1, 50, 75, 99] {
            let _ = place(&projected.offer, &projected.projection, entry, counteroffer::market::Percentile::new(target).unwrap());
        }
    }
});
