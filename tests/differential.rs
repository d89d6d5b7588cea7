//! The projection against the independent reference model in
//! `tests/reference`, on thousands of random offers written as JSON and read
//! back through the real parser.
// Amounts in cents are written dollars_cents (`50_000_000_00` is $50,000,000.00).
#![allow(clippy::inconsistent_digit_grouping)]

mod reference;

use chrono::NaiveDate;
use counteroffer::offer::{Defaults, parse_offer};
use counteroffer::projection::project;
use proptest::prelude::*;
use reference::{PCT_SCALE, RefGrant, RefOffer, RefYear};

fn cents_text(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

fn pct_text(scaled: i64) -> String {
    format!("{}.{:06}", scaled / PCT_SCALE, scaled % PCT_SCALE)
}

/// Yearly percentages (× 10^6) over 1..=10 years summing to exactly 100.
fn schedule() -> impl Strategy<Value = Vec<i64>> {
    prop_oneof![
        Just(vec![25 * PCT_SCALE; 4]),
        Just(vec![
            5 * PCT_SCALE,
            15 * PCT_SCALE,
            40 * PCT_SCALE,
            40 * PCT_SCALE
        ]),
        Just(vec![
            33 * PCT_SCALE,
            33 * PCT_SCALE,
            22 * PCT_SCALE,
            12 * PCT_SCALE
        ]),
        Just(vec![100 * PCT_SCALE]),
        (1usize..=10)
            .prop_flat_map(|n| proptest::collection::vec(0i64..=100 * PCT_SCALE, n - 1))
            .prop_map(|mut cuts| {
                cuts.sort_unstable();
                let mut bounds = vec![0];
                bounds.extend(cuts);
                bounds.push(100 * PCT_SCALE);
                bounds.windows(2).map(|w| w[1] - w[0]).collect()
            }),
    ]
}

fn grant() -> impl Strategy<Value = RefGrant> {
    (
        1i64..=50_000_000_00,
        schedule(),
        prop::sample::select(vec![1u32, 2, 4, 12]),
        0u32..=120,
        1u32..=40,
    )
        .prop_map(|(value_cents, yearly_pct, periods, cliff, grant_year)| {
            let cliff_months = cliff % (12 * yearly_pct.len() as u32 + 1);
            RefGrant {
                value_cents,
                yearly_pct,
                periods,
                cliff_months,
                grant_year,
            }
        })
}

fn offer() -> impl Strategy<Value = RefOffer> {
    (
        1i64..=2_000_000_00,
        prop_oneof![Just(0i64), 0i64..=100 * PCT_SCALE, 0i64..=5 * PCT_SCALE],
        prop_oneof![Just(0i64), 0i64..=1000 * PCT_SCALE, 0i64..=30 * PCT_SCALE],
        proptest::collection::vec(0i64..=1_000_000_00, 0..4),
        proptest::collection::vec(grant(), 0..5),
        prop_oneof![1u32..=10, Just(40u32)],
    )
        .prop_map(
            |(base_cents, raise_pct, bonus_pct, sign_on_cents, grants, years)| RefOffer {
                base_cents,
                // Keep 40-year compounding inside what i64 cents can hold.
                raise_pct: if years > 10 {
                    raise_pct % (10 * PCT_SCALE)
                } else {
                    raise_pct
                },
                bonus_pct,
                sign_on_cents,
                grants,
                years,
            },
        )
}

fn to_json(offer: &RefOffer) -> String {
    let frequency = |periods| match periods {
        1 => "annual",
        2 => "semiannual",
        4 => "quarterly",
        _ => "monthly",
    };
    let grants: Vec<String> = offer
        .grants
        .iter()
        .map(|g| {
            let pct: Vec<String> = g.yearly_pct.iter().map(|p| pct_text(*p)).collect();
            format!(
                r#"{{"grant_value": "{}", "schedule": [{}], "frequency": "{}", "cliff_months": {}, "grant_year": {}}}"#,
                cents_text(g.value_cents),
                pct.join(", "),
                frequency(g.periods),
                g.cliff_months,
                g.grant_year
            )
        })
        .collect();
    let sign_on: Vec<String> = offer.sign_on_cents.iter().map(|c| cents_text(*c)).collect();
    format!(
        r#"{{"name": "random", "start_date": "2027-01-31", "base_salary": {}, "annual_raise_pct": {},
            "bonus_target_pct": "{}", "sign_on": [{}], "equity": [{}], "years": {}}}"#,
        cents_text(offer.base_cents),
        pct_text(offer.raise_pct),
        pct_text(offer.bonus_pct),
        sign_on.join(", "),
        grants.join(", "),
        offer.years
    )
}

fn cents_of(amount: rust_decimal::Decimal) -> i64 {
    let scaled = amount * rust_decimal::Decimal::ONE_HUNDRED;
    assert!(scaled.fract().is_zero(), "{amount} is not whole cents");
    i64::try_from(scaled.trunc()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn the_projection_agrees_with_the_reference_to_the_cent(reference in offer()) {
        let json = to_json(&reference);
        let defaults = Defaults { as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(), years: None };
        let parsed = parse_offer(json.as_bytes(), &defaults).map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
        let projection = project(&parsed).map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
        let ours: Vec<RefYear> = projection.rows.iter().map(|r| RefYear {
            base: cents_of(r.base),
            bonus: cents_of(r.bonus),
            sign_on: cents_of(r.sign_on),
            equity: cents_of(r.equity),
            total: cents_of(r.total),
        }).collect();
        prop_assert_eq!(ours, reference::project(&reference), "{}", json);
    }
}
