//! Any bytes as two offers (split at the first NUL): read, validate,
//! project and compare, with break-even searches, then render every view.
//! Errors are fine; panics and hangs are not. The comparison holds to its
//! contract: the leader has the highest total, each standing is the gap to
//! it, and each break-even figure (extra base, extra grant) reaches the
//! leader's total while one minor unit less does not.
#![no_main]

use chrono::NaiveDate;
use counteroffer::domain::compare::compare;
use counteroffer::domain::money::Minor;
use counteroffer::domain::offer::{Defaults, Offer, parse_offer};
use counteroffer::domain::projection::project;
use counteroffer::domain::report::OfferReport;
use counteroffer::domain::vesting::Grant;
use counteroffer::render::{Format, View, comparison};
use libfuzzer_sys::fuzz_target;
use rust_decimal::Decimal;

/// Whether `offer`, changed by `change`, projects to at least `target`.
fn reaches(offer: &Offer, target: Decimal, change: impl FnOnce(&mut Offer) -> Option<()>) -> bool {
    let mut changed = offer.clone();
    change(&mut changed).is_some() && project(&changed).is_ok_and(|p| p.summary.total >= target)
}

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
            .and_then(|offer| OfferReport::new(offer).ok())
    };
    let (Some(a), Some(b)) = (load(first), load(second)) else {
        return;
    };
    let offers = [a, b];
    let Ok(compared) = compare(&offers) else {
        return;
    };
    let totals: Vec<Decimal> = offers.iter().map(|o| o.projection.summary.total).collect();
    let leader_total = totals[compared.leader];
    assert!(totals.iter().all(|t| *t <= leader_total), "{totals:?}");
    for standing in &compared.standings {
        assert_eq!(standing.behind, leader_total - totals[standing.offer]);
    }
    for found in &compared.break_even {
        let trailing = &offers[found.offer].offer;
        assert_eq!(found.gap, leader_total - totals[found.offer]);
        let step = Minor::of(&trailing.currency).step();
        let base = |extra: Decimal| {
            move |offer: &mut Offer| {
                offer.base_salary = offer.base_salary.checked_add(extra)?;
                Some(())
            }
        };
        assert!(
            reaches(trailing, leader_total, base(found.base)),
            "{found:?}"
        );
        assert!(
            !reaches(trailing, leader_total, base(found.base - step)),
            "{found:?}"
        );
        if let Some(extra) = found.grant {
            let grant = |extra: Decimal| {
                move |offer: &mut Offer| {
                    match found.grant_index {
                        Some(i) => {
                            offer.equity[i].value = offer.equity[i].value.checked_add(extra)?
                        }
                        None => offer.equity.push(Grant::default_at_hire(extra)),
                    }
                    Some(())
                }
            };
            assert!(reaches(trailing, leader_total, grant(extra)), "{found:?}");
            assert!(
                !reaches(trailing, leader_total, grant(extra - step)),
                "{found:?}"
            );
        }
    }
    for format in [Format::Table, Format::Json, Format::Markdown, Format::Csv] {
        let view = View {
            format,
            color: false,
            width: Some(100),
            vests: true,
        };
        let _ = comparison(&offers, &compared, None, None, &view);
    }
});
