//! The projection against the independent reference model in
//! `tests/reference`, on thousands of random offers written as JSON and read
//! back through the real parser: ordinary offers, and offers at the edges
//! of the stated range (inputs up to 10^15, figures up to 10^17, stock
//! growth included), where the reference carries 60 digits.
// Amounts in cents are written dollars_cents (`50_000_000_00` is $50,000,000.00).
#![allow(clippy::inconsistent_digit_grouping)]

use crate::reference;

use counteroffer::domain::offer::parse_offer;
use counteroffer::domain::projection::project;
use proptest::prelude::*;
use reference::{PCT_SCALE, RefGrant, RefOffer, RefYear};

pub(crate) fn cents_text(cents: i128) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

pub(crate) fn pct_text(scaled: i64) -> String {
    let sign = if scaled < 0 { "-" } else { "" };
    let scaled = scaled.abs();
    format!("{sign}{}.{:06}", scaled / PCT_SCALE, scaled % PCT_SCALE)
}

/// The largest input, 10^15 units, in cents.
const MAX_INPUT_CENTS: i128 = 100_000_000_000_000_000;
/// The largest computed figure, 10^17 units, in cents.
const MAX_FIGURE_CENTS: i128 = 10_000_000_000_000_000_000;

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
    grant_up_to(50_000_000_00)
}

fn grant_up_to(max_cents: i128) -> impl Strategy<Value = RefGrant> {
    (
        1i128..=max_cents,
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

pub(crate) fn offer() -> impl Strategy<Value = RefOffer> {
    (
        1i128..=2_000_000_00,
        prop_oneof![Just(0i64), 0i64..=100 * PCT_SCALE, 0i64..=5 * PCT_SCALE],
        prop_oneof![Just(0i64), 0i64..=1000 * PCT_SCALE, 0i64..=30 * PCT_SCALE],
        proptest::option::weighted(0.3, 0i128..=500_000_00),
        proptest::collection::vec(0i128..=1_000_000_00, 0..4),
        proptest::collection::vec(grant(), 0..5),
        prop_oneof![1u32..=10, Just(40u32)],
    )
        .prop_map(
            |(
                base_cents,
                raise_pct,
                bonus_pct,
                bonus_amount_cents,
                sign_on_cents,
                grants,
                years,
            )| RefOffer {
                bonus_amount_cents,
                base_cents,
                // Keep 40-year compounding inside what i64 cents can hold.
                raise_pct: if years > 10 {
                    raise_pct % (10 * PCT_SCALE)
                } else {
                    raise_pct
                },
                bonus_pct,
                growth_pct: 0,
                sign_on_cents,
                grants,
                years,
                clawback_months: 0,
                clawback_full: false,
            },
        )
}

/// Offers at the edges of the range: inputs near 10^15, raises, bonus
/// multiples and growth that carry figures up to and past 10^17.
fn offer_at_the_bounds() -> impl Strategy<Value = RefOffer> {
    (
        prop_oneof![
            Just(MAX_INPUT_CENTS),
            MAX_INPUT_CENTS / 1000..=MAX_INPUT_CENTS,
            1i128..=MAX_INPUT_CENTS
        ],
        prop_oneof![Just(0i64), 0i64..=100 * PCT_SCALE, 0i64..=15 * PCT_SCALE],
        prop_oneof![Just(1000 * PCT_SCALE), 0i64..=1000 * PCT_SCALE],
        proptest::option::weighted(0.2, 0i128..=MAX_INPUT_CENTS),
        prop_oneof![
            Just(0i64),
            -99_999_999i64..=100 * PCT_SCALE,
            -70 * PCT_SCALE..=-60 * PCT_SCALE,
            0i64..=30 * PCT_SCALE
        ],
        proptest::collection::vec(0i128..=MAX_INPUT_CENTS, 0..3),
        proptest::collection::vec(grant_up_to(MAX_INPUT_CENTS), 0..4),
        prop_oneof![1u32..=10, Just(40u32)],
    )
        .prop_map(
            |(
                base_cents,
                raise_pct,
                bonus_pct,
                bonus_amount_cents,
                growth_pct,
                sign_on_cents,
                grants,
                years,
            )| {
                RefOffer {
                    bonus_amount_cents,
                    base_cents,
                    raise_pct,
                    bonus_pct,
                    growth_pct,
                    sign_on_cents,
                    grants,
                    years,
                    clawback_months: 0,
                    clawback_full: false,
                }
            },
        )
}

pub(crate) fn to_json(offer: &RefOffer) -> String {
    to_json_with(offer, cents_text)
}

/// The same offer in yen: every integer of the reference is whole yen.
fn yen_json(offer: &RefOffer) -> String {
    to_json_with(offer, |units| units.to_string()).replacen('{', r#"{"currency": "JPY", "#, 1)
}

fn to_json_with(offer: &RefOffer, money: fn(i128) -> String) -> String {
    let cents_text = money;
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
            {}, "stock_growth_pct": "{}", "sign_on": [{}], "equity": [{}], "years": {},
            "clawback_months": {}, "clawback": "{}"}}"#,
        cents_text(offer.base_cents),
        pct_text(offer.raise_pct),
        match offer.bonus_amount_cents {
            Some(cents) => format!(r#""bonus_target": "{}""#, cents_text(cents)),
            None => format!(r#""bonus_target_pct": "{}""#, pct_text(offer.bonus_pct)),
        },
        pct_text(offer.growth_pct),
        sign_on.join(", "),
        grants.join(", "),
        offer.years,
        offer.clawback_months,
        if offer.clawback_full {
            "full"
        } else {
            "prorated"
        }
    )
}

/// The offer in `json`, projected and left after `months`.
fn left_after(
    json: &str,
    months: u32,
) -> Result<counteroffer::domain::report::OfferReport, TestCaseError> {
    let parsed = parse_offer(json.as_bytes(), &crate::common::defaults())
        .map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
    let views = counteroffer::domain::report::Views {
        leave_after: Some(months),
        ..Default::default()
    };
    let mut report = counteroffer::domain::report::OfferReport::new(parsed)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    counteroffer::domain::report::add_views(&mut report, &views)
        .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
    Ok(report)
}

/// A projection's years as the reference's integers, read by `unit`.
fn in_units(
    rows: &[counteroffer::domain::projection::YearRow],
    unit: fn(rust_decimal::Decimal) -> i128,
) -> Vec<RefYear> {
    rows.iter()
        .map(|r| RefYear {
            base: unit(r.base),
            bonus: unit(r.bonus),
            sign_on: unit(r.sign_on),
            equity: unit(r.equity),
            total: unit(r.total),
        })
        .collect()
}

/// Whole yen as an integer; a figure with a fraction of a yen fails.
fn yen_of(amount: rust_decimal::Decimal) -> i128 {
    assert_eq!(amount.scale(), 0, "{amount} is not held in whole yen");
    i128::try_from(amount).unwrap()
}

pub(crate) fn cents_of(amount: rust_decimal::Decimal) -> i128 {
    let scaled = amount * rust_decimal::Decimal::ONE_HUNDRED;
    assert!(scaled.fract().is_zero(), "{amount} is not whole cents");
    i128::try_from(scaled.trunc()).unwrap()
}

fn ours(json: &str) -> Result<Vec<RefYear>, String> {
    let defaults = crate::common::defaults();
    let parsed = parse_offer(json.as_bytes(), &defaults).map_err(|e| format!("parse: {e}"))?;
    let projection = project(&parsed).map_err(|e| e.to_string())?;
    Ok(in_units(&projection.rows, cents_of))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn the_projection_agrees_with_the_reference_to_the_cent(reference in offer()) {
        let json = to_json(&reference);
        let ours = ours(&json).map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
        prop_assert_eq!(ours, reference::project(&reference).rows, "{}", json);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// `batch` projects without keeping each vest (years summed as integers
    /// when there is no growth): the same rows and summary as `project`, in
    /// dollars and in yen.
    #[test]
    fn projecting_without_vests_changes_no_figure(
        reference in offer(),
        growth in prop_oneof![Just(0i64), -50 * PCT_SCALE..=50 * PCT_SCALE],
        yen in any::<bool>(),
    ) {
        let mut reference = reference;
        reference.growth_pct = growth;
        let json = if yen { yen_json(&reference) } else { to_json(&reference) };
        let defaults = crate::common::defaults();
        let parsed = parse_offer(json.as_bytes(), &defaults).map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
        let full = project(&parsed);
        let lean = counteroffer::domain::report::OfferReport::without_vests(parsed).map(|p| p.projection);
        match (full, lean) {
            (Ok(full), Ok(lean)) => {
                prop_assert_eq!(&full.rows, &lean.rows, "{}", json);
                prop_assert_eq!(&full.summary, &lean.summary, "{}", json);
                prop_assert!(lean.vests.is_empty());
            }
            (Err(a), Err(b)) => prop_assert_eq!(a.to_string(), b.to_string()),
            (full, lean) => prop_assert!(false, "{:?} vs {:?}\n{}", full.err(), lean.err(), json),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// At the edges of the range every figure is the reference's to the cent,
    /// or the offer is refused because a figure truly leaves the range.
    #[test]
    fn at_the_bounds_every_figure_is_exact_or_refused(reference in offer_at_the_bounds()) {
        let json = to_json(&reference);
        let expected = reference::project(&reference);
        let largest = expected.largest_figure_cents.clone();
        // One cent of slack: the tool compares the unrounded figure.
        let limit = num_bigint::BigInt::from(MAX_FIGURE_CENTS);
        match ours(&json) {
            Ok(rows) => {
                prop_assert!(largest <= &limit + 1, "accepted a figure of {} cents\n{}", largest, json);
                prop_assert_eq!(rows, expected.rows, "{}", json);
            }
            Err(error) => {
                prop_assert!(!error.starts_with("parse"), "{}\n{}", error, json);
                prop_assert!(error.contains("10^17"), "{}\n{}", error, json);
                prop_assert!(largest >= &limit - 1, "refused, yet the largest figure is {} cents: {}\n{}", largest, error, json);
            }
        }
    }
}

/// Raises whose powers end exactly on a half cent, far out: a 50 %, 25 % or
/// 12.5 % raise is 3/2, 5/4 or 9/8 a year, so a base of 2^k cents lands on
/// an exact half cent in some year. A `Decimal` factor is rounded to 28
/// places by then and its last digit decides the cent; the tool's fraction
/// of integers and the reference agree on every year.
#[test]
fn raises_that_land_on_half_cents_far_out_round_as_the_reference() {
    let limit = num_bigint::BigInt::from(MAX_FIGURE_CENTS);
    let mut compared = 0;
    for raise_pct in [
        50 * PCT_SCALE,
        25 * PCT_SCALE,
        12 * PCT_SCALE + PCT_SCALE / 2,
    ] {
        for power in 0..=40 {
            for odd in [1i128, 3, 7] {
                let reference = RefOffer {
                    base_cents: odd << power,
                    raise_pct,
                    bonus_pct: 0,
                    bonus_amount_cents: None,
                    growth_pct: 0,
                    sign_on_cents: vec![],
                    grants: vec![],
                    years: 40,
                    clawback_months: 0,
                    clawback_full: false,
                };
                let expected = reference::project(&reference);
                if expected.largest_figure_cents > limit {
                    continue;
                }
                let json = to_json(&reference);
                assert_eq!(ours(&json).unwrap(), expected.rows, "{json}");
                compared += 1;
            }
        }
    }
    // Most combinations stay within 10^17 over forty years.
    assert!(compared >= 150, "only {compared} offers compared");
}

/// Offers for leaving early: the ordinary ones, with clawbacks both ways.
fn offer_with_clawback() -> impl Strategy<Value = RefOffer> {
    (offer(), 0u32..=48, any::<bool>()).prop_map(|(mut offer, months, full)| {
        // Up to ten years, so every month of the horizon is checked.
        offer.years = offer.years.min(10);
        offer.clawback_months = months;
        offer.clawback_full = full;
        offer
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Every month of the horizon, every figure of leaving then, to the cent.
    #[test]
    fn leaving_early_agrees_with_the_reference_every_month(reference in offer_with_clawback()) {
        let json = to_json(&reference);
        let defaults = crate::common::defaults();
        let parsed = parse_offer(json.as_bytes(), &defaults).map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
        let projection = project(&parsed).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let horizon_total = projection.summary.total;
        for months in 1..=12 * reference.years {
            let ours = counteroffer::domain::leave::leave(&parsed, &projection, months)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let theirs = reference::leave(&reference, months);
            let got = reference::RefLeave {
                base: cents_of(ours.base),
                bonus: cents_of(ours.bonus),
                sign_on: cents_of(ours.sign_on),
                clawback: cents_of(ours.clawback),
                equity: cents_of(ours.equity),
                total: cents_of(ours.total),
            };
            prop_assert_eq!(&got, &theirs, "month {}: {}", months, json);
            // Kept and forfeited equity add up to the projection's.
            let horizon_equity: rust_decimal::Decimal = projection.rows.iter().map(|r| r.equity).sum();
            prop_assert_eq!(ours.equity + ours.forfeited_equity, horizon_equity);
            if months == 12 * reference.years && ours.clawback.is_zero() {
                prop_assert_eq!(ours.total, horizon_total);
            }
        }
    }

    /// Leaving later never earns less before the clawback.
    #[test]
    fn leaving_later_never_earns_less_before_clawback(reference in offer_with_clawback()) {
        let json = to_json(&reference);
        let defaults = crate::common::defaults();
        let parsed = parse_offer(json.as_bytes(), &defaults).unwrap();
        let projection = project(&parsed).unwrap();
        let table = counteroffer::domain::leave::leave_table(&parsed, &projection).unwrap();
        for pair in table.months.windows(2) {
            let before = |l: &counteroffer::domain::leave::Leave| l.total + l.clawback;
            prop_assert!(before(&pair[1]) >= before(&pair[0]), "{:?} then {:?}", pair[0], pair[1]);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// The reference works in integer minor units, so read in yen it is the
    /// rule for a yen offer: every figure, and leaving early, in whole yen.
    #[test]
    fn a_yen_offer_agrees_with_the_reference_in_whole_yen(
        reference in offer_with_clawback(),
        leave_month in 1u32..=120,
    ) {
        let json = yen_json(&reference);
        let months = leave_month.min(12 * reference.years);
        let projected = left_after(&json, months)?;
        let got: Vec<RefYear> = in_units(&projected.projection.rows, yen_of);
        prop_assert_eq!(got, reference::project(&reference).rows, "{}", json);
        let theirs = reference::leave(&reference, months);
        let leave = projected.leave.expect("asked for");
        prop_assert_eq!(
            [yen_of(leave.base), yen_of(leave.bonus), yen_of(leave.sign_on), yen_of(leave.clawback), yen_of(leave.equity), yen_of(leave.total)],
            [theirs.base, theirs.bonus, theirs.sign_on, theirs.clawback, theirs.equity, theirs.base + theirs.bonus + theirs.sign_on - theirs.clawback + theirs.equity]
        );
    }

    /// Yen to cents and cents to yen: `figure × rate`, with the hundred
    /// cents of a dollar on the right side of the fraction, rounded once.
    #[test]
    fn yen_and_cents_convert_as_the_reference_does(
        reference in offer(),
        (from_mantissa, from_scale) in rate(),
        (to_mantissa, to_scale) in rate(),
    ) {
        use counteroffer::domain::{fx::Conversion, report::convert};
        use rust_decimal::Decimal;
        let defaults = crate::common::defaults();
        let from_rate = Decimal::from_i128_with_scale(from_mantissa, from_scale);
        let to_rate = Decimal::from_i128_with_scale(to_mantissa, to_scale);
        let numerator = from_mantissa * 10i128.pow(to_scale);
        let denominator = to_mantissa * 10i128.pow(from_scale);
        let expected = reference::project(&reference).rows;
        // Yen into dollars: units × rate × 100 cents.
        let yen = parse_offer(yen_json(&reference).as_bytes(), &defaults).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let projected = counteroffer::domain::report::OfferReport::new(yen).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let conversion = Conversion::new("JPY", "USD", from_rate, to_rate, None, None);
        let converted = convert(projected, &conversion).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let got: Vec<[i128; 4]> = converted.projection.rows.iter()
            .map(|r| [cents_of(r.base), cents_of(r.bonus), cents_of(r.sign_on), cents_of(r.equity)])
            .collect();
        let want: Vec<[i128; 4]> = expected.iter()
            .map(|y| [y.base, y.bonus, y.sign_on, y.equity].map(|u| reference::convert(u, numerator * 100, denominator)))
            .collect();
        prop_assert_eq!(got, want);
        // Dollars into yen: cents × rate / 100, to the whole yen.
        let dollars = parse_offer(to_json(&reference).as_bytes(), &defaults).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let projected = counteroffer::domain::report::OfferReport::new(dollars).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let conversion = Conversion::new("USD", "JPY", from_rate, to_rate, None, None);
        let converted = convert(projected, &conversion).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let got: Vec<[i128; 5]> = converted.projection.rows.iter()
            .map(|r| [yen_of(r.base), yen_of(r.bonus), yen_of(r.sign_on), yen_of(r.equity), yen_of(r.total)])
            .collect();
        let want: Vec<[i128; 5]> = expected.iter()
            .map(|y| {
                let [b, n, s, e] = [y.base, y.bonus, y.sign_on, y.equity].map(|c| reference::convert(c, numerator, denominator * 100));
                [b, n, s, e, b + n + s + e]
            })
            .collect();
        prop_assert_eq!(got, want);
    }
}

/// A rate as written: a mantissa and its decimal places, from 10^-10 up to
/// the largest rate accepted (10^6).
fn rate() -> impl Strategy<Value = (i128, u32)> {
    (0u32..=10).prop_flat_map(|scale| {
        let largest = 1_000_000 * 10i128.pow(scale);
        (1..=largest, Just(scale))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    /// Every year's figures converted at a cross rate agree with the
    /// reference's big-integer rounding of `figure × rate`, and totals are
    /// the sums of the converted figures; leaving early converts the same way.
    #[test]
    fn conversion_agrees_with_the_reference(
        reference in offer_with_clawback(),
        (from_mantissa, from_scale) in rate(),
        (to_mantissa, to_scale) in rate(),
        leave_month in 1u32..=120,
    ) {
        use counteroffer::domain::{fx::Conversion, report::convert};
        use rust_decimal::Decimal;
        let json = to_json(&reference).replacen('{', r#"{"currency": "GBP", "#, 1);
        let months = leave_month.min(12 * reference.years);
        let projected = left_after(&json, months)?;
        let conversion = Conversion::new(
            "GBP",
            "USD",
            Decimal::from_i128_with_scale(from_mantissa, from_scale),
            Decimal::from_i128_with_scale(to_mantissa, to_scale),
            None,
            None,
        );
        // One GBP is (from / 10^fs) / (to / 10^ts) USD.
        let numerator = from_mantissa * 10i128.pow(to_scale);
        let denominator = to_mantissa * 10i128.pow(from_scale);
        let converted = convert(projected, &conversion).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&converted.offer.currency, "USD");
        let expected: Vec<RefYear> = reference::project(&reference)
            .rows
            .iter()
            .map(|y| reference::convert_year(y, numerator, denominator))
            .collect();
        let got: Vec<RefYear> = in_units(&converted.projection.rows, cents_of);
        prop_assert_eq!(&got, &expected, "{}", json);
        let total: i128 = expected.iter().map(|y| y.total).sum();
        prop_assert_eq!(cents_of(converted.projection.summary.total), total);
        let theirs = reference::leave(&reference, months);
        let leave = converted.leave.expect("asked for");
        let c = |cents| reference::convert(cents, numerator, denominator);
        let parts = [c(theirs.base), c(theirs.bonus), c(theirs.sign_on), c(theirs.clawback), c(theirs.equity)];
        prop_assert_eq!(
            [cents_of(leave.base), cents_of(leave.bonus), cents_of(leave.sign_on), cents_of(leave.clawback), cents_of(leave.equity)],
            parts
        );
        prop_assert_eq!(cents_of(leave.total), parts[0] + parts[1] + parts[2] - parts[3] + parts[4]);
    }

    /// At rate 1 nothing changes but the currency's name.
    #[test]
    fn conversion_at_rate_one_changes_nothing(reference in offer_with_clawback(), (mantissa, scale) in rate()) {
        use counteroffer::domain::{fx::Conversion, report::convert};
        use rust_decimal::Decimal;
        let json = to_json(&reference);
        let defaults = crate::common::defaults();
        let parsed = parse_offer(json.as_bytes(), &defaults).unwrap();
        let views = counteroffer::domain::report::Views {
            leave_table: true,
            ..Default::default()
        };
        let mut projected = counteroffer::domain::report::OfferReport::new(parsed).unwrap();
        counteroffer::domain::report::add_views(&mut projected, &views).unwrap();
        let same = Decimal::from_i128_with_scale(mantissa, scale);
        let converted = convert(projected.clone(), &Conversion::new("USD", "USD", same, same, None, None)).unwrap();
        prop_assert_eq!(&converted.projection.rows, &projected.projection.rows);
        prop_assert_eq!(&converted.projection.summary, &projected.projection.summary);
        prop_assert_eq!(&converted.leave_table, &projected.leave_table);
        prop_assert_eq!(&converted.offer, &projected.offer);
    }
}
