//! What the fuzz targets share: the founding offer, read as the command
//! line reads it, on a fixed date. Each target uses part of it.
#![allow(dead_code)]

use std::sync::OnceLock;

use chrono::NaiveDate;
use counteroffer::domain::offer::{Defaults, Offer, parse_offer};
use counteroffer::domain::report::OfferReport;

/// The date every target reads offers on.
pub fn defaults(years: Option<u32>) -> Defaults {
    Defaults {
        as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        years,
    }
}

/// The founding offer (`examples/amazon-promotion.json`).
pub fn founding_offer() -> Offer {
    parse_offer(
        include_bytes!("../../../examples/amazon-promotion.json"),
        &defaults(None),
    )
    .unwrap()
}

/// The founding offer projected, with no view added; made once.
pub fn founding() -> &'static OfferReport {
    static OFFER: OnceLock<OfferReport> = OnceLock::new();
    OFFER.get_or_init(|| OfferReport::new(founding_offer()).unwrap())
}
