//! The projection rules of the offer contract, checked on hand-computed values.

use crate::common;

fn d_start() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()
}

use common::{column, d, offer, projection};
use counteroffer::domain::offer::parse_offer;

#[test]
fn amazon_six_hundred_thousand_vests_thirty_ninety_then_one_twenty_every_six_months() {
    let p = projection(
        r#"{"name": "A", "start_date": "2027-01-04", "base_salary": 1,
            "equity": [{"grant_value": 600000, "schedule": "amazon", "frequency": "semiannual"}]}"#,
    );
    assert_eq!(
        column(&p, |r| r.equity),
        ["30000.00", "90000.00", "240000.00", "240000.00"]
    );
    let vests: Vec<(String, String)> = p
        .vests
        .iter()
        .map(|v| (v.date(d_start()).to_string(), v.amount.to_string()))
        .collect();
    let expected = [
        ("2028-01-04", "30000.00"),
        ("2028-07-04", "45000.00"),
        ("2029-01-04", "45000.00"),
        ("2029-07-04", "120000.00"),
        ("2030-01-04", "120000.00"),
        ("2030-07-04", "120000.00"),
        ("2031-01-04", "120000.00"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(vests, expected);
}

#[test]
fn half_cent_bonus_rounds_away_from_zero() {
    // 100,001 × 0.5 % = 500.005 → 500.01 (banker's rounding would give 500.00).
    let p =
        projection(r#"{"name": "A", "base_salary": 100001, "bonus_target_pct": 0.5, "years": 1}"#);
    assert_eq!(p.rows[0].bonus, d("500.01"));
    assert_eq!(p.rows[0].total, d("100501.01"));
}

#[test]
fn raises_compound_on_the_exact_base_and_bonus_follows_the_rounded_base() {
    // 100,000.01 × 1.035^y, rounded each year from the exact product.
    let p = projection(
        r#"{"name": "A", "base_salary": "100000.01", "annual_raise_pct": "3.5",
            "bonus_target_pct": "10", "years": 4}"#,
    );
    // 100000.01 × 1.035 = 103500.01035; × 1.071225 = 107122.510712…; × 1.108717875 = 110871.79859…
    assert_eq!(
        column(&p, |r| r.base),
        ["100000.01", "103500.01", "107122.51", "110871.80"]
    );
    assert_eq!(
        column(&p, |r| r.bonus),
        ["10000.00", "10350.00", "10712.25", "11087.18"]
    );
}

#[test]
fn sign_on_is_paid_in_its_year_and_kept_out_of_the_recurring_average() {
    let p = projection(
        r#"{"name": "A", "base_salary": 100000, "sign_on": [30000, "15000.50"], "years": 4}"#,
    );
    assert_eq!(
        column(&p, |r| r.sign_on),
        ["30000.00", "15000.50", "0.00", "0.00"]
    );
    assert_eq!(p.summary.total, d("445000.50"));
    assert_eq!(p.summary.average, d("111250.13")); // 111,250.125 → away from zero
    assert_eq!(p.summary.average_recurring, d("100000.00"));
    assert_eq!(p.summary.guaranteed_cash, d("445000.50"));
    assert_eq!(p.summary.year_one, d("130000.00"));
}

#[test]
fn one_year_cliff_on_monthly_vesting_releases_a_quarter_at_month_twelve() {
    let p = projection(
        r#"{"name": "A", "start_date": "2027-01-31", "base_salary": 1,
            "equity": [{"grant_value": 48000, "frequency": "monthly"}]}"#,
    );
    let first = &p.vests[0];
    let start = chrono::NaiveDate::from_ymd_opt(2027, 1, 31).unwrap();
    assert_eq!(first.date(start).to_string(), "2028-01-31");
    assert_eq!(first.amount, d("12000.00"));
    // Month-end start: the next vest is the last day of February.
    assert_eq!(p.vests[1].date(start).to_string(), "2028-02-29");
    assert_eq!(p.vests[1].amount, d("1000.00"));
    assert_eq!(p.vests.len(), 37);
    assert_eq!(
        column(&p, |r| r.equity),
        ["12000.00", "12000.00", "12000.00", "12000.00"]
    );
}

#[test]
fn refresher_vests_from_its_own_grant_date() {
    let p = projection(
        r#"{"name": "A", "start_date": "2027-01-01", "base_salary": 1, "years": 4,
            "equity": [{"grant_value": 40000, "grant_year": 3}]}"#,
    );
    // Granted at the start of year 3; first vest at its first anniversary (end of year 3).
    assert_eq!(
        column(&p, |r| r.equity),
        ["0.00", "0.00", "10000.00", "10000.00"]
    );
    assert_eq!(
        p.vests[0]
            .date(chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap())
            .to_string(),
        "2030-01-01"
    );
    assert_eq!(p.summary.unvested, d("20000.00"));
}

#[test]
fn a_cliff_beyond_a_year_gathers_what_accrued_before_it() {
    let p = projection(
        r#"{"name": "A", "base_salary": 1, "years": 4,
            "equity": [{"grant_value": 1000, "frequency": "quarterly", "cliff_months": 18}]}"#,
    );
    // Months 3..18 (six quarterly tranches of 62.50) vest at month 18, in year 2.
    assert_eq!(
        column(&p, |r| r.equity),
        ["0.00", "500.00", "250.00", "250.00"]
    );
}

#[test]
fn no_cliff_monthly_front_loaded_keeps_every_cent() {
    let p = projection(
        r#"{"name": "A", "base_salary": 1, "years": 4,
            "equity": [{"grant_value": "100000.01", "schedule": "front-loaded",
                        "frequency": "monthly", "cliff_months": 0}]}"#,
    );
    // 33 % of 100,000.01 = 33,000.0033 → cut 33,000.00 (r .0033); 22 % → 22,000.0022;
    // 12 % → 12,000.0012; the one leftover cent goes to a 33 % year (the earlier).
    assert_eq!(
        column(&p, |r| r.equity),
        ["33000.01", "33000.00", "22000.00", "12000.00"]
    );
    let sum: rust_decimal::Decimal = p.vests.iter().map(|v| v.amount).sum();
    assert_eq!(sum, d("100000.01"));
}

#[test]
fn custom_schedule_over_more_years_than_the_horizon_reports_the_rest_unvested() {
    let p = projection(
        r#"{"name": "A", "base_salary": 1, "years": 2,
            "equity": [{"grant_value": 1000, "schedule": [10, 20, 30, 40]}]}"#,
    );
    assert_eq!(column(&p, |r| r.equity), ["100.00", "200.00"]);
    assert_eq!(p.summary.unvested, d("700.00"));
}

#[test]
fn shares_times_price_is_the_grant_value_rounded_to_cents() {
    let p = projection(
        r#"{"name": "A", "base_salary": 1, "years": 1,
            "equity": [{"shares": "10.5", "share_price": "33.33", "schedule": [100]}]}"#,
    );
    // 10.5 × 33.33 = 349.965 → 349.97
    assert_eq!(p.rows[0].equity, d("349.97"));
}

#[test]
fn growth_compounds_from_the_grant_date_per_tranche() {
    let p = projection(
        r#"{"name": "A", "base_salary": 1, "years": 4, "stock_growth_pct": 10,
            "equity": [{"grant_value": 100000}]}"#,
    );
    // 25,000 × 1.1, × 1.21, × 1.331, × 1.4641
    assert_eq!(
        column(&p, |r| r.equity),
        ["27500.00", "30250.00", "33275.00", "36602.50"]
    );
}

#[test]
fn growth_on_semiannual_tranches_uses_the_half_year_root() {
    let p = projection(
        r#"{"name": "A", "base_salary": 1, "years": 1, "stock_growth_pct": 21,
            "equity": [{"grant_value": 2000, "schedule": [100], "frequency": "semiannual", "cliff_months": 0}]}"#,
    );
    // 1,000 × 1.21^(1/2) + 1,000 × 1.21 = 1,100 + 1,210 (the root of 1.21 is exactly 1.1)
    assert_eq!(p.rows[0].equity, d("2310.00"));
}

#[test]
fn every_total_is_the_sum_of_its_parts() {
    let p = projection(include_str!("../../examples/refreshers.json"));
    let mut cumulative = rust_decimal::Decimal::ZERO;
    for r in &p.rows {
        assert_eq!(r.total, r.base + r.bonus + r.sign_on + r.equity);
        cumulative += r.total;
        assert_eq!(r.cumulative, cumulative);
    }
    assert_eq!(p.summary.total, cumulative);
}

#[test]
fn the_years_override_wins_over_the_file() {
    let o = parse_offer(
        br#"{"name": "A", "base_salary": 1, "years": 4}"#,
        &counteroffer::domain::offer::Defaults {
            as_of: common::as_of(),
            years: Some(7),
        },
    )
    .unwrap();
    assert_eq!(o.years, 7);
    assert_eq!(
        offer(r#"{"name": "A", "base_salary": 1}"#).start_date,
        common::as_of()
    );
}

#[test]
fn forty_years_of_ten_monthly_grants_is_cheap() {
    let grants: Vec<String> = (1..=10)
        .map(|y| {
            format!(
                r#"{{"grant_value": 12345.67, "schedule": [10,10,10,10,10,10,10,10,10,10],
                    "frequency": "monthly", "cliff_months": 0, "grant_year": {y}}}"#
            )
        })
        .collect();
    let json = format!(
        r#"{{"name": "A", "base_salary": 1, "annual_raise_pct": 3, "stock_growth_pct": 7,
            "years": 40, "equity": [{}]}}"#,
        grants.join(",")
    );
    let p = projection(&json);
    assert_eq!(p.rows.len(), 40);
    assert_eq!(p.vests.len(), 10 * 120);
}
