//! A percentage written as a fraction is warned about, not refused: the
//! figure stands (0.15 is 0.15 %), and standard error says what 15 % needs.

use crate::common::Run;

#[test]
fn a_bonus_percentage_below_one_is_warned_about() {
    let offer = r#"{"name": "Acme", "base_salary": 185000, "bonus_target_pct": 0.15}"#;
    let json = Run::bare()
        .args(["--color", "never", "project", "-", "--format", "json"])
        .stdin(offer)
        .code(0)
        .stderr_is(
            "counteroffer: warning: <stdin>: bonus_target_pct: 0.15 is read as 0.15 % of base, a bonus of \
             $277.50 in year 1; if 15 % was meant, write 15\n",
        )
        .json();
    assert_eq!(json["offers"][0]["years"][0]["bonus"], "277.50");
}

#[test]
fn a_raise_below_one_is_warned_about_only_beside_another_fraction() {
    let lone = r#"{"name": "Acme", "base_salary": 185000, "annual_raise_pct": 0.5}"#;
    Run::new("project")
        .arg("-")
        .stdin(lone)
        .code(0)
        .stderr_is("");
    let both = r#"{"name": "Acme", "base_salary": 185000, "annual_raise_pct": 0.03, "stock_growth_pct": 0.1}"#;
    let stderr = Run::new("project").arg("-").stdin(both).code(0).stderr;
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(
        stderr.contains("<stdin>: annual_raise_pct: 0.03 is read as 0.03 %"),
        "{stderr}"
    );
    assert!(
        stderr.contains("<stdin>: stock_growth_pct: 0.1 is read as 0.1 %"),
        "{stderr}"
    );
}

#[test]
fn init_warns_about_a_fraction_given_as_bonus_pct() {
    let json = Run::new("init")
        .args([
            "--name",
            "Acme",
            "--base-salary",
            "185000",
            "--bonus-pct",
            "0.15",
        ])
        .code(0)
        .stderr_is(
            "counteroffer: warning: --bonus-pct: 0.15 is read as 0.15 % of base, a bonus of $277.50 \
             in year 1; if 15 % was meant, write 15\n",
        )
        .json();
    assert_eq!(json["bonus_target_pct"].to_string(), "0.15");
}
