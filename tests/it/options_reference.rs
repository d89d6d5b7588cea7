//! Options and double-trigger RSUs against the exact reference on random
//! offers, options and RSUs mixed: every year's value at an exit, options
//! vested, paper value, exercise cost, the break-even exit price and
//! common's price at a valuation.
#![allow(clippy::inconsistent_digit_grouping)]

use crate::reference::options::{
    MICROS, RefOptionGrant, break_even_cents, common_price_micros, exercise_cost, options_vested,
    paper_value, yearly_spread,
};
use crate::reference::{self, PCT_SCALE, RefGrant, RefOffer};

use counteroffer::domain::offer::{Defaults, parse_offer};
use counteroffer::domain::options::Exit;
use counteroffer::domain::report::OfferReport;
use proptest::prelude::*;
use rust_decimal::Decimal;

fn cents_text(cents: i128) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

fn micros_text(micros: i128) -> String {
    format!("{}.{:06}", micros / MICROS, micros % MICROS)
}

fn pct_text(scaled: i64) -> String {
    format!("{}.{:06}", scaled / PCT_SCALE, scaled % PCT_SCALE)
}

fn frequency(periods: u32) -> &'static str {
    match periods {
        1 => "annual",
        2 => "semiannual",
        4 => "quarterly",
        _ => "monthly",
    }
}

fn schedule_text(yearly_pct: &[i64]) -> String {
    let pct: Vec<String> = yearly_pct.iter().map(|p| pct_text(*p)).collect();
    pct.join(", ")
}

/// A random mixed offer: the RSU part as the reference's offer, and the
/// private grants.
#[derive(Debug, Clone)]
struct Mixed {
    rsu: RefOffer,
    private: Vec<RefOptionGrant>,
}

fn to_json(mixed: &Mixed) -> String {
    let offer = &mixed.rsu;
    let mut grants: Vec<String> = offer
        .grants
        .iter()
        .map(|g| {
            format!(
                r#"{{"grant_value": "{}", "schedule": [{}], "frequency": "{}", "cliff_months": {}, "grant_year": {}}}"#,
                cents_text(g.value_cents),
                schedule_text(&g.yearly_pct),
                frequency(g.periods),
                g.cliff_months,
                g.grant_year
            )
        })
        .collect();
    for g in &mixed.private {
        let vesting = format!(
            r#""schedule": [{}], "frequency": "{}", "cliff_months": {}, "grant_year": {}, "fully_diluted_shares": 1000000000"#,
            schedule_text(&g.yearly_pct),
            frequency(g.periods),
            g.cliff_months,
            g.grant_year
        );
        let preferred = g
            .preferred_micros
            .map(|p| format!(r#", "preferred_price": "{}""#, micros_text(p)))
            .unwrap_or_default();
        grants.push(if g.options {
            format!(
                r#"{{"kind": "options", "shares": {}, "strike_price": "{}", "fmv": "{}"{preferred}, {vesting}}}"#,
                g.shares,
                micros_text(g.strike_micros),
                micros_text(g.fmv_micros),
            )
        } else {
            format!(
                r#"{{"double_trigger": true, "shares": {}, "share_price": "{}", {vesting}}}"#,
                g.shares,
                micros_text(g.fmv_micros),
            )
        });
    }
    format!(
        r#"{{"name": "random", "start_date": "2027-01-31", "base_salary": "{}", "annual_raise_pct": "{}",
            "bonus_target_pct": "{}", "equity": [{}], "years": {}}}"#,
        cents_text(offer.base_cents),
        pct_text(offer.raise_pct),
        pct_text(offer.bonus_pct),
        grants.join(", "),
        offer.years,
    )
}

fn schedule() -> impl Strategy<Value = Vec<i64>> {
    prop_oneof![
        Just(vec![25 * PCT_SCALE; 4]),
        Just(vec![
            5 * PCT_SCALE,
            15 * PCT_SCALE,
            40 * PCT_SCALE,
            40 * PCT_SCALE
        ]),
        (1usize..=6)
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

fn vesting() -> impl Strategy<Value = (Vec<i64>, u32, u32, u32)> {
    (
        schedule(),
        prop::sample::select(vec![1u32, 2, 4, 12]),
        0u32..=72,
        1u32..=6,
    )
        .prop_map(|(pct, periods, cliff, grant_year)| {
            let cliff = cliff % (12 * pct.len() as u32 + 1);
            (pct, periods, cliff, grant_year)
        })
}

fn private_grant() -> impl Strategy<Value = RefOptionGrant> {
    (
        1i128..=2_000_000,
        0i128..=50 * MICROS,
        1i128..=50 * MICROS,
        proptest::option::of(1i128..=100 * MICROS),
        vesting(),
        prop::bool::weighted(0.75),
    )
        .prop_map(
            |(shares, strike, fmv, preferred, (pct, periods, cliff, year), options)| {
                RefOptionGrant {
                    shares,
                    strike_micros: if options { strike } else { 0 },
                    fmv_micros: fmv,
                    preferred_micros: if options { preferred } else { None },
                    yearly_pct: pct,
                    periods,
                    cliff_months: cliff,
                    grant_year: year,
                    options,
                }
            },
        )
}

fn mixed() -> impl Strategy<Value = Mixed> {
    (
        1i128..=400_000_00,
        0i64..=10 * PCT_SCALE,
        0i64..=30 * PCT_SCALE,
        proptest::collection::vec(
            (1i128..=5_000_000_00, vesting()).prop_map(
                |(value_cents, (pct, periods, cliff, year))| RefGrant {
                    value_cents,
                    yearly_pct: pct,
                    periods,
                    cliff_months: cliff,
                    grant_year: year,
                },
            ),
            0..3,
        ),
        proptest::collection::vec(private_grant(), 1..4),
        1u32..=8,
    )
        .prop_map(
            |(base_cents, raise_pct, bonus_pct, grants, private, years)| Mixed {
                rsu: RefOffer {
                    base_cents,
                    raise_pct,
                    bonus_pct,
                    bonus_amount_cents: None,
                    growth_pct: 0,
                    sign_on_cents: Vec::new(),
                    grants,
                    years,
                    clawback_months: 0,
                    clawback_full: false,
                },
                private,
            },
        )
}

fn defaults() -> Defaults {
    Defaults {
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        years: None,
    }
}

fn projected(json: &str, exit: Option<Exit>) -> OfferReport {
    let mut offer =
        parse_offer(json.as_bytes(), &defaults()).unwrap_or_else(|e| panic!("{e}\n{json}"));
    offer.exit = exit;
    OfferReport::new(offer).unwrap_or_else(|e| panic!("{e}\n{json}"))
}

fn cents(amount: Decimal) -> i128 {
    i128::try_from(amount * Decimal::ONE_HUNDRED).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Every year's equity (RSUs plus the spread at the exit), options
    /// vested, paper value and exercise cost agree with the reference.
    #[test]
    fn option_values_agree_with_the_reference(mixed in mixed(), price in 0i128..=120 * MICROS) {
        let json = to_json(&mixed);
        let exit = Decimal::new(i64::try_from(price).unwrap(), 6);
        let engine = projected(&json, Some(Exit::Price(exit)));
        let years = mixed.rsu.years;
        let rsu = reference::project(&mixed.rsu).rows;
        let spread = yearly_spread(&mixed.private, price, years);
        for (y, row) in engine.projection.rows.iter().enumerate() {
            prop_assert_eq!(cents(row.equity), rsu[y].equity + spread[y], "year {}: {}", y + 1, json);
            prop_assert_eq!(cents(row.total), rsu[y].total + spread[y]);
        }
        let options = engine.projection.options.as_ref().unwrap();
        let vested: Vec<i128> = options.options_vested.iter().map(|v| i128::from(*v)).collect();
        prop_assert_eq!(vested, options_vested(&mixed.private, years));
        let paper: Vec<i128> = options.paper_value.iter().map(|v| cents(*v)).collect();
        prop_assert_eq!(paper, paper_value(&mixed.private, years));
        let cost: Vec<i128> = options.exercise_cost.iter().map(|v| cents(*v)).collect();
        prop_assert_eq!(cost, exercise_cost(&mixed.private, years));
        // Without an exit the private grants add nothing to any total.
        let bare = projected(&json, None);
        for (y, row) in bare.projection.rows.iter().enumerate() {
            prop_assert_eq!(cents(row.total), rsu[y].total);
        }
    }

    /// The break-even exit price against a cash offer is the reference's:
    /// the first cent at which the horizon totals draw level.
    #[test]
    fn break_even_exit_price_agrees_with_the_reference(
        mixed in mixed(),
        extra in 0i128..=3_000_000_00,
    ) {
        let json = to_json(&mixed);
        let engine = projected(&json, None);
        let years = mixed.rsu.years;
        let fixed: i128 = reference::project(&mixed.rsu).rows.iter().map(|r| r.total).sum();
        let target = fixed + extra;
        let cash = format!(
            r#"{{"name": "cash", "start_date": "2027-01-31", "base_salary": "{}", "years": {years}}}"#,
            cents_text((target + i128::from(years) - 1) / i128::from(years))
        );
        let other = projected(&cash, None);
        let target = cents(other.projection.summary.total);
        let offers = [engine, other];
        let comparison = counteroffer::domain::compare::compare(&offers).unwrap();
        let found = &comparison.exit_break_even[0];
        prop_assert_eq!(found.offer, 0);
        prop_assert_eq!(found.against, 1);
        let expected = break_even_cents(&mixed.private, years, fixed, target, 1_000_000_00);
        prop_assert_eq!(found.exit_price.map(cents), expected, "{}", json);
    }

    /// Common's price at a valuation is the exact rational, cut down to a millionth.
    #[test]
    fn common_price_agrees_with_the_reference(
        valuation in 0i128..=1_000_000_000_000_00,
        preferences in 0i128..=500_000_000_000_00,
        dilution in 0i128..100 * MICROS,
        shares in 1i128..=10_000_000_000,
    ) {
        let engine = counteroffer::domain::options::common_price_from_valuation(
            Decimal::from_i128_with_scale(valuation, 2),
            Decimal::from_i128_with_scale(dilution, 6),
            Decimal::from_i128_with_scale(preferences, 2),
            u64::try_from(shares).unwrap(),
        )
        .unwrap();
        let expected = common_price_micros(valuation, preferences, dilution, shares);
        prop_assert_eq!(engine, Decimal::from_i128_with_scale(expected, 6));
    }
}
