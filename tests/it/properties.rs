//! Invariants over random valid offers.

use chrono::NaiveDate;
use counteroffer::domain::money::Minor;
use counteroffer::domain::offer::Offer;
use counteroffer::domain::projection::{Projection, project};
use counteroffer::domain::vesting::{Frequency, Grant, Preset, Schedule, tranches};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn cents(max: i64) -> impl Strategy<Value = Decimal> {
    (1..=max).prop_map(|c| Decimal::new(c, 2))
}

/// Yearly percentages with up to two decimals that sum to exactly 100.
fn custom_schedule() -> impl Strategy<Value = Vec<Decimal>> {
    (1usize..=10)
        .prop_flat_map(|years| proptest::collection::vec(0i64..=10_000, years - 1))
        .prop_map(|mut cuts| {
            cuts.sort_unstable();
            let mut bounds = vec![0];
            bounds.extend(cuts);
            bounds.push(10_000);
            bounds
                .windows(2)
                .map(|w| Decimal::new(w[1] - w[0], 2))
                .collect()
        })
}

fn schedule() -> impl Strategy<Value = Schedule> {
    prop_oneof![
        prop::sample::select(Preset::ALL.to_vec()).prop_map(Schedule::preset),
        custom_schedule().prop_map(|yearly_pct| Schedule {
            preset: None,
            yearly_pct: yearly_pct.into(),
        }),
    ]
}

fn frequency() -> impl Strategy<Value = Frequency> {
    prop::sample::select(vec![
        Frequency::Annual,
        Frequency::Semiannual,
        Frequency::Quarterly,
        Frequency::Monthly,
    ])
}

fn grant() -> impl Strategy<Value = Grant> {
    (
        cents(10_000_000_000),
        schedule(),
        frequency(),
        1u32..=6,
        0u32..=120,
    )
        .prop_map(|(value, schedule, frequency, grant_year, cliff)| {
            let cliff_months = cliff % (12 * schedule.years() + 1);
            Grant {
                value,
                schedule,
                frequency,
                cliff_months,
                grant_year,
            }
        })
}

fn offer() -> impl Strategy<Value = Offer> {
    (
        cents(1_000_000_000),
        0i64..=2_000,
        0i64..=5_000,
        proptest::collection::vec(0i64..=10_000_000, 0..3),
        proptest::collection::vec(grant(), 0..4),
        1u32..=12,
        0i32..3000,
    )
        .prop_map(
            |(base_salary, raise, bonus, sign_on, equity, years, day)| Offer {
                name: "random".into(),
                company: None,
                role: None,
                level: None,
                location: None,
                currency: "USD".into(),
                start_date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
                    + chrono::Duration::days(day.into()),
                base_salary,
                annual_raise_pct: Decimal::new(raise, 2),
                bonus_target_pct: Decimal::new(bonus, 2),
                bonus_amount: None,
                sign_on: sign_on.into_iter().map(|c| Decimal::new(c, 2)).collect(),
                equity,
                private: Vec::new(),
                exit: None,
                stock_growth_pct: Decimal::ZERO,
                years,
                clawback_months: 0,
                clawback: Default::default(),
                tax: None,
            },
        )
}

fn equity_by_year(p: &Projection) -> Vec<Decimal> {
    p.rows.iter().map(|r| r.equity).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn vests_sum_to_the_grant_and_stay_within_a_cent_of_their_share(g in grant()) {
        let t = tranches(&g, Minor::CENT).unwrap();
        prop_assert_eq!(t.iter().map(|t| t.amount).sum::<Decimal>(), g.value);
        let periods = Decimal::from(g.frequency.periods());
        let cent = Decimal::new(1, 2);
        for (k, pct) in g.schedule.yearly_pct.iter().enumerate() {
            let exact_year = g.value * pct / Decimal::ONE_HUNDRED;
            let start = k * g.frequency.periods() as usize;
            let year: Vec<Decimal> = t[start..start + g.frequency.periods() as usize]
                .iter().map(|t| t.amount).collect();
            let year_sum: Decimal = year.iter().sum();
            prop_assert!((year_sum - exact_year).abs() < cent);
            for amount in year {
                prop_assert!((amount - year_sum / periods).abs() < cent);
                prop_assert!(amount >= Decimal::ZERO);
            }
        }
    }

    #[test]
    fn every_total_adds_up(o in offer()) {
        let p = project(&o).unwrap();
        let mut cumulative = Decimal::ZERO;
        for r in &p.rows {
            prop_assert_eq!(r.total, r.base + r.bonus + r.sign_on + r.equity);
            cumulative += r.total;
            prop_assert_eq!(r.cumulative, cumulative);
        }
        prop_assert_eq!(p.summary.total, cumulative);
        let vested: Decimal = p.vests.iter().map(|v| v.amount).sum();
        let granted: Decimal = o.equity.iter().map(|g| g.value).sum();
        prop_assert_eq!(vested, granted);
        let in_years: Decimal = equity_by_year(&p).iter().sum();
        prop_assert_eq!(in_years + p.summary.unvested, granted);
    }

    #[test]
    fn frequency_and_a_cliff_within_the_first_year_never_move_equity_between_years(
        o in offer(), f in frequency(), cliff in 0u32..=12
    ) {
        let mut changed = o.clone();
        for g in &mut changed.equity {
            g.frequency = f;
            if g.cliff_months <= 12 {
                g.cliff_months = cliff;
            }
        }
        prop_assert_eq!(
            equity_by_year(&project(&o).unwrap()),
            equity_by_year(&project(&changed).unwrap())
        );
    }

    #[test]
    fn more_of_anything_never_lowers_a_year(o in offer(), extra in cents(100_000_000)) {
        let before = project(&o).unwrap();
        let mut variants = vec![];
        let mut v = o.clone();
        v.base_salary += extra;
        variants.push(v);
        let mut v = o.clone();
        v.bonus_target_pct += Decimal::ONE;
        variants.push(v);
        let mut v = o.clone();
        if v.sign_on.is_empty() { v.sign_on.push(Decimal::ZERO); }
        v.sign_on[0] += extra;
        variants.push(v);
        for variant in variants {
            let after = project(&variant).unwrap();
            for (a, b) in before.rows.iter().zip(&after.rows) {
                prop_assert!(b.total >= a.total, "year {} fell", a.year);
            }
        }
    }

    #[test]
    fn a_longer_cliff_never_vests_earlier(g in grant()) {
        let base = tranches(&g, Minor::CENT).unwrap();
        let mut later = g.clone();
        later.cliff_months = (g.cliff_months + 6).min(12 * g.schedule.years());
        let moved = tranches(&later, Minor::CENT).unwrap();
        for (a, b) in base.iter().zip(&moved) {
            prop_assert!(b.months_after_grant >= a.months_after_grant);
        }
    }

    #[test]
    fn a_later_grant_year_moves_every_vest_later(o in offer(), g in grant()) {
        let mut early = o.clone();
        early.equity = vec![g.clone()];
        let mut late = early.clone();
        late.equity[0].grant_year += 1;
        let early = project(&early).unwrap();
        let late = project(&late).unwrap();
        prop_assert_eq!(early.vests.len(), late.vests.len());
        for (a, b) in early.vests.iter().zip(&late.vests) {
            prop_assert!(b.months > a.months);
            prop_assert_eq!(b.year, a.year + 1);
        }
    }
}

/// Largest remainder is not "house monotone" (the Alabama paradox): a grant
/// one cent larger can vest one cent less in a year. $0.08 on the Amazon
/// schedule splits 1/1/3/3 cents; $0.09 splits 0/1/4/4.
#[test]
fn a_larger_grant_can_vest_one_cent_less_in_a_year() {
    let split = |cents: i64| {
        let g = Grant {
            value: Decimal::new(cents, 2),
            schedule: Schedule::preset(Preset::Amazon),
            frequency: Frequency::Annual,
            cliff_months: 0,
            grant_year: 1,
        };
        tranches(&g, Minor::CENT)
            .unwrap()
            .iter()
            .map(|t| t.amount)
            .collect::<Vec<_>>()
    };
    let cents = |v: &[i64]| v.iter().map(|c| Decimal::new(*c, 2)).collect::<Vec<_>>();
    assert_eq!(split(8), cents(&[1, 1, 3, 3]));
    assert_eq!(split(9), cents(&[0, 1, 4, 4]));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// A larger grant never lowers a year by more than that one cent, and
    /// never lowers the grant's total.
    #[test]
    fn a_larger_grant_lowers_no_year_by_more_than_a_cent(o in offer(), g in grant(), extra in cents(100_000_000)) {
        let mut small = o.clone();
        small.equity = vec![g.clone()];
        let mut large = small.clone();
        large.equity[0].value += extra;
        let before = project(&small).unwrap();
        let after = project(&large).unwrap();
        let cent = Decimal::new(1, 2);
        for (a, b) in before.rows.iter().zip(&after.rows) {
            prop_assert!(b.equity + cent >= a.equity, "year {}: {} → {}", a.year, a.equity, b.equity);
        }
        let vested = |p: &Projection| p.vests.iter().map(|v| v.amount).sum::<Decimal>();
        prop_assert_eq!(vested(&after) - vested(&before), extra);
    }
}
