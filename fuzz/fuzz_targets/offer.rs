//! Any bytes as an offer file: read, validate, project, leave early (every
//! month, for offers of modest size), compare with itself and render every
//! format. Errors are fine; panics are not. Wherever the one-pass reader
//! answers, serde_json must read the same offer.
#![no_main]

use chrono::NaiveDate;
use counteroffer::domain::compare::compare;
use counteroffer::domain::offer::{Defaults, OfferFile, parse_offer, plain};
use counteroffer::domain::report::OfferReport;
use counteroffer::render::{Format, View, batch_record, projections};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(plainly) = std::str::from_utf8(data).ok().and_then(plain::offer_file) {
        let general: OfferFile =
            serde_json::from_slice(data).expect("serde_json reads what the plain reader reads");
        assert_eq!(format!("{plainly:?}"), format!("{general:?}"));
    }
    let defaults = Defaults {
        as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        years: None,
    };
    let Ok(offer) = parse_offer(data, &defaults) else {
        return;
    };
    // The batch record, written byte by byte for a plain offer: it must
    // always read back as JSON with the offer's name.
    if let Ok(plain) = OfferReport::without_vests(offer.clone()) {
        let mut record = Vec::new();
        batch_record(&mut record, 1, &plain, None).expect("a record is written");
        let read: serde_json::Value = serde_json::from_slice(&record).expect("a record is JSON");
        assert_eq!(read["name"].as_str(), Some(plain.offer.name.as_str()));
    }
    let Ok(projected) = OfferReport::new(offer) else {
        return;
    };
    // Every month of the horizon costs a pass over the vests: keep it small.
    let projected = if projected.projection.vests.len() <= 500 {
        let months = 1 + (data.len() as u32) % (12 * projected.offer.years);
        {
            let mut with_leave = projected.clone();
            let views = counteroffer::domain::report::Views {
                leave_after: Some(months),
                leave_table: true,
                ..Default::default()
            };
            match counteroffer::domain::report::add_views(&mut with_leave, &views) {
                Ok(()) => with_leave,
                Err(_) => projected,
            }
        }
    } else {
        projected
    };
    for format in [Format::Table, Format::Json, Format::Markdown, Format::Csv] {
        let view = View {
            format,
            color: false,
            width: Some(100),
            vests: true,
        };
        let _ = projections(std::slice::from_ref(&projected), &view);
    }
    // Compared with a slightly smaller twin: exercises break-even searches.
    let mut twin = projected.offer.clone();
    twin.base_salary =
        (twin.base_salary - rust_decimal::Decimal::ONE).max(rust_decimal::Decimal::new(1, 2));
    if let Ok(twin) = OfferReport::new(twin) {
        let _ = compare(&[projected, twin]);
    }
});
