//! Leaving early: the founding case's 18-month question by hand, clawbacks
//! both ways, the month-by-month table and who leads if you leave then.

use crate::common::Run;

/// The competing offer with a sign-on clawback of 24 months.
fn competing_with_clawback(kind: &str) -> String {
    std::fs::read_to_string("examples/competing-offer.json")
        .unwrap()
        .replace(
            "\"years\": 4",
            &format!("\"years\": 4, \"clawback_months\": 24, \"clawback\": \"{kind}\""),
        )
}

#[test]
fn the_founding_case_after_18_months() {
    let out = Run::new("project")
        .args(["examples/amazon-promotion.json", "--leave-after", "18"])
        .args(["--format", "json"])
        .json();
    let leave = &out["offers"][0]["leave"];
    // Base: all of year 1 (180,000) and half of year 2 (185,400 / 2).
    assert_eq!(leave["base"], "272700.00");
    // Year 1's bonus is paid at its end; year 2's is not reached.
    assert_eq!(leave["bonus"], "24000.00");
    // Amazon: 5 % of 58,000 at month 12, 7.5 % at month 18.
    assert_eq!(leave["equity"], "7250.00");
    assert_eq!(leave["forfeited_equity"], "50750.00");
    assert_eq!(leave["total"], "303950.00");
}

#[test]
fn a_clawback_repays_the_unserved_share_or_all_of_it() {
    let prorated = Run::new("project")
        .args(["-", "--leave-after", "18"])
        .args(["--format", "json"])
        .stdin(competing_with_clawback("prorated"))
        .json();
    let leave = &prorated["offers"][0]["leave"];
    // 25,000 received; 6 of 24 months unserved: 6,250 repaid.
    assert_eq!(leave["sign_on"], "25000.00");
    assert_eq!(leave["clawback"], "6250.00");
    // 175,000 + 180,250 / 2 + 17,500 + 25,000 − 6,250 + 18 × 1,650.
    assert_eq!(leave["total"], "331075.00");
    let full = Run::new("project")
        .args(["-", "--leave-after", "18"])
        .args(["--format", "json"])
        .stdin(competing_with_clawback("full"))
        .json();
    assert_eq!(full["offers"][0]["leave"]["clawback"], "25000.00");
    assert_eq!(full["offers"][0]["leave"]["total"], "312325.00");
    // Past the clawback, nothing is repaid.
    let later = Run::new("project")
        .args(["-", "--leave-after", "24"])
        .args(["--format", "json"])
        .stdin(competing_with_clawback("full"))
        .json();
    assert_eq!(later["offers"][0]["leave"]["clawback"], "0.00");
}

#[test]
fn the_table_ends_at_the_horizon_total_and_names_the_costly_months() {
    let out = Run::new("project")
        .args(["examples/amazon-promotion.json", "--leave-table"])
        .args(["--format", "json"])
        .json();
    let offer = &out["offers"][0];
    let months = offer["leave_table"]["months"].as_array().unwrap();
    assert_eq!(months.len(), 48);
    assert_eq!(months[47]["total"], offer["total"]);
    // Month 11 → 12: the cliff vest and year 1's bonus.
    let costly = offer["leave_table"]["costly"].as_array().unwrap();
    assert_eq!(costly[0]["month"], 11);
    // 180,000 / 12 + 24,000 + 2,900.
    assert_eq!(costly[0]["next_month_adds"], "41900.00");
    assert_eq!(costly[0]["reason"], "bonus");
}

#[test]
fn compare_names_the_leader_if_you_leave_then() {
    let out = Run::new("compare")
        .args([
            "examples/amazon-promotion.json",
            "examples/competing-offer.json",
            "--leave-after",
            "18",
        ])
        .args(["--format", "json"])
        .json();
    // Over four years the promotion leads; leaving at 18 months, the
    // front-loaded competing offer pays more.
    assert_eq!(out["comparison"]["leader"], "Amazon promotion (L7 manager)");
    assert_eq!(
        out["comparison"]["leave_leader"],
        "Competing offer (Group PM)"
    );
    assert_eq!(out["offers"][1]["leave"]["total"], "337325.00");
}

#[test]
fn a_long_clawback_or_cliff_becomes_a_non_cash_ask() {
    let offer =
        competing_with_clawback("full").replace("\"cliff_months\": 0", "\"cliff_months\": 18");
    let out = Run::new("script")
        .args(["-", "--impact", "5000000", "--as-of", "2026-11-16"])
        .args(["--format", "json"])
        .stdin(offer)
        .json();
    let items: Vec<&str> = out["non_cash"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["say"].as_str().unwrap())
        .collect();
    assert_eq!(
        items[..2],
        [
            "Could the sign-on bonus clawback run 12 months rather than 24?",
            "Could the first vest come after 12 months rather than 18?"
        ]
    );
}

#[test]
fn the_chart_draws_every_month_and_marks_the_costly_ones() {
    let text = Run::new("project")
        .args(["examples/amazon-promotion.json", "--leave-table", "--chart"])
        .args(["--width", "90"])
        .stdout();
    let bars: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("Leave after") && l.contains('│'))
        .collect();
    assert_eq!(bars.len(), 48);
    let marked: Vec<&str> = bars
        .iter()
        .filter(|l| l.ends_with('◀'))
        .map(|l| l.split('│').next().unwrap().trim())
        .collect();
    assert_eq!(
        marked,
        [
            "Leave after 11 months",
            "Leave after 23 months",
            "Leave after 35 months",
            "Leave after 47 months"
        ]
    );
    // The longest bar is the horizon's end.
    assert!(bars[47].contains("$911,459.91"));
}

/// A month of base is never a golden handcuff however raises have grown
/// it: the bar is two months of that year's base, not year 1's. The bonus
/// at each year's end is, and it is named for what it is (an offer with no
/// sign-on never hears of one).
#[test]
fn costly_months_are_measured_against_that_years_base() {
    let offer = r#"{"name": "Raises", "base_salary": 120000, "annual_raise_pct": 10, "years": 10}"#;
    let out = Run::new("project")
        .args(["-", "--leave-table"])
        .args(["--format", "json"])
        .stdin(offer.to_owned())
        .json();
    let costly = out["offers"][0]["leave_table"]["costly"]
        .as_array()
        .unwrap();
    // Year 10's month is 120,000 × 1.1^9 / 12 = 23,579.48, past year 1's
    // two months (20,000) but not year 10's own.
    assert!(costly.is_empty(), "{costly:?}");

    let with_bonus = offer.replace(r#""years""#, r#""bonus_target_pct": 10, "years""#);
    let out = Run::new("project")
        .args(["-", "--leave-table"])
        .args(["--format", "json"])
        .stdin(with_bonus)
        .json();
    let costly = out["offers"][0]["leave_table"]["costly"]
        .as_array()
        .unwrap();
    let months: Vec<u64> = costly
        .iter()
        .map(|c| c["month"].as_u64().unwrap())
        .collect();
    assert_eq!(months, [11, 23, 35, 47, 59, 71, 83, 95, 107, 119]);
    assert!(costly.iter().all(|c| c["reason"] == "bonus"), "{costly:?}");
    // Month 12 of year 1: 10,000 of base and the 12,000 bonus.
    assert_eq!(costly[0]["next_month_adds"], "22000.00");
}
