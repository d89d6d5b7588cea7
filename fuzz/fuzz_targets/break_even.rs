//! Break-even searches over offers built from the bytes, the trailing one
//! always stating its bonus as an amount (`bonus_target`), figures spread
//! from a cent to the documented 10^15: every base break-even found must
//! reach the leader while one cent less does not, and nothing may panic.
#![no_main]

use chrono::NaiveDate;
use counteroffer::domain::compare::extra_base_to_reach;
use counteroffer::domain::offer::{Defaults, parse_offer};
use counteroffer::domain::projection::project;
use counteroffer::domain::report::OfferReport;
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

/// Reads numbers off the front of the bytes (zero once they run out).
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn next(&mut self, width: usize) -> u64 {
        let (head, rest) = self.0.split_at(width.min(self.0.len()));
        self.0 = rest;
        head.iter().fold(0u64, |n, b| (n << 8) | u64::from(*b))
    }

    /// An amount from a cent to 10^15, spread over the orders of magnitude.
    fn amount(&mut self) -> String {
        let digits = self.next(1) % 18;
        let cents = self.next(8) % 10u64.pow(digits as u32).max(1) + 1;
        Decimal::new(cents as i64, 2).to_string()
    }
}

fuzz_target!(|data: &[u8]| {
    let defaults = Defaults {
        as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        years: None,
    };
    let mut bytes = Bytes(data);
    let years = bytes.next(1) % 40 + 1;
    let leader = format!(
        r#"{{"name": "Lead", "base_salary": {}, "annual_raise_pct": {}, "bonus_target_pct": {},
            "equity": [{{"grant_value": {}, "schedule": "amazon"}}], "stock_growth_pct": {}, "years": {years}}}"#,
        bytes.amount(),
        bytes.next(1) % 101,
        bytes.next(2) % 1001,
        bytes.amount(),
        bytes.next(1) % 101,
    );
    let trailing = format!(
        r#"{{"name": "Trail", "base_salary": {}, "annual_raise_pct": {}, "bonus_target": {},
            "sign_on": [{}], "years": {years}}}"#,
        bytes.amount(),
        bytes.next(1) % 101,
        bytes.amount(),
        bytes.amount(),
    );
    let load = |json: &str| {
        parse_offer(json.as_bytes(), &defaults)
            .ok()
            .and_then(|offer| OfferReport::new(offer).ok())
    };
    let (Some(leader), Some(trailing)) = (load(&leader), load(&trailing)) else {
        return;
    };
    let target = leader.projection.summary.total;
    let gap = target - trailing.projection.summary.total;
    if gap <= Decimal::ZERO {
        return;
    }
    let Ok(extra) = extra_base_to_reach(&trailing.offer, gap, target) else {
        return;
    };
    let total = |extra: Decimal| {
        let mut raised = trailing.offer.clone();
        raised.base_salary += extra;
        project(&raised).ok().map(|p| p.summary.total)
    };
    assert!(
        total(extra).is_some_and(|t| t >= target),
        "{extra} does not reach"
    );
    let cent = Decimal::new(1, 2);
    assert!(
        total(extra - cent).is_none_or(|t| t < target),
        "{extra} is not the least"
    );
});
