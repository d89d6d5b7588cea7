//! Break-even searches at the edge of the range: an increase past what is
//! computed exactly bounds the search instead of ending it (or panicking).

use crate::common::Run;

const FAR_LEADER: &str = r#"{"name": "Lead", "base_salary": 1000000000000000,
    "annual_raise_pct": 100, "bonus_target_pct": 1000, "years": 4}"#;

/// `compare --format json` of two offers, in files named as the CLI
/// names them in its errors.
fn compare(leader: &str, trailing: &str) -> Run {
    Run::new("compare")
        .file("lead.json", leader)
        .file("trail.json", trailing)
        .args(["lead.json", "trail.json", "--format", "json"])
}

/// The leader totals 1.65 × 10^17 over four years (base 1, 2, 4 and 8 ×
/// 10^15, each with a bonus ten times as large): a gap over 10^17, which
/// about 4.1 × 10^16 more base a year closes.
#[test]
fn a_gap_over_the_range_is_closed_from_the_gap_per_year() {
    let trailing = r#"{"name": "Trail", "base_salary": 100000, "bonus_target": 10000}"#;
    let json = compare(FAR_LEADER, trailing).json();
    let break_even = &json["comparison"]["break_even"][0];
    assert_eq!(break_even["gap"], "164999999999560000.00");
    // The bonus stated as an amount does not follow a change of base, so
    // each year is the base plus $10,000: 4 × (100,000 + x) + 40,000 =
    // 1.65 × 10^17 at x = 41,249,999,999,890,000 exactly.
    assert_eq!(break_even["base"], "41249999999890000.00");
    assert_eq!(break_even["sign_on"], "164999999999560000.00");
}

/// Four hundred grants of 10^15 add 10^17 a year the trailing offer cannot
/// match within 10^17 of base a year: a clear error, not a panic (the
/// search once doubled the base until scaling the stated bonus overflowed).
#[test]
fn an_unreachable_leader_is_an_error_when_the_bonus_is_an_amount() {
    let grants = vec![r#"{"grant_value": 1000000000000000, "cliff_months": 0}"#; 400].join(",");
    let leader = FAR_LEADER.replace(
        r#""years": 4"#,
        &format!(r#""years": 4, "equity": [{grants}]"#),
    );
    let trailing = r#"{"name": "Trail", "base_salary": 100000, "bonus_target": 10000}"#;
    compare(&leader, trailing)
        .code(65)
        .stderr_has(
            "trail.json: base_salary: no extra base draws `Trail` level with 565000000000000000.00 over 4 years",
        )
        .stdout_is("");
}

/// An amount from a cent to 10^15, spread over the orders of magnitude.
fn amount() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    (0u32..=17, any::<u64>()).prop_map(|(digits, n)| {
        let cents = n % 10u64.pow(digits).max(1) + 1;
        rust_decimal::Decimal::new(cents as i64, 2).to_string()
    })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// The `break_even` fuzz target's property, run here on every test run:
    /// over a trailing offer stating its bonus as an amount and a leader
    /// anywhere in the range, the search never panics, and a base found
    /// reaches the leader while one cent less does not.
    #[test]
    fn base_break_even_with_a_bonus_amount_is_the_least_that_reaches(
        years in 1u32..=40,
        lead_base in amount(),
        lead_raise in 0u32..=100,
        lead_bonus_pct in 0u32..=1000,
        lead_grant in amount(),
        lead_growth in 0u32..=100,
        trail_base in amount(),
        trail_raise in 0u32..=100,
        trail_bonus in amount(),
    ) {
        use counteroffer::domain::compare::extra_base_to_reach;
        use counteroffer::domain::projection::project;
        use rust_decimal::Decimal;
        let leader = crate::common::offer(&format!(
            r#"{{"name": "Lead", "base_salary": {lead_base}, "annual_raise_pct": {lead_raise},
                "bonus_target_pct": {lead_bonus_pct}, "stock_growth_pct": {lead_growth},
                "equity": [{{"grant_value": {lead_grant}, "schedule": "amazon"}}], "years": {years}}}"#
        ));
        let trailing = crate::common::offer(&format!(
            r#"{{"name": "Trail", "base_salary": {trail_base}, "annual_raise_pct": {trail_raise},
                "bonus_target": {trail_bonus}, "years": {years}}}"#
        ));
        let (Ok(lead), Ok(trail)) = (project(&leader), project(&trailing)) else {
            return Ok(());
        };
        let target = lead.summary.total;
        let gap = target - trail.summary.total;
        proptest::prop_assume!(gap > Decimal::ZERO);
        if let Ok(extra) = extra_base_to_reach(&trailing, gap, target) {
            let total = |extra: Decimal| {
                let mut raised = trailing.clone();
                raised.base_salary += extra;
                project(&raised).ok().map(|p| p.summary.total)
            };
            proptest::prop_assert!(total(extra).is_some_and(|t| t >= target));
            let cent = Decimal::new(1, 2);
            proptest::prop_assert!(total(extra - cent).is_none_or(|t| t < target));
        }
    }
}
