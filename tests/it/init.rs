//! `counteroffer init`: starter files from flags or from answers on a
//! terminal, every answer checked, never clobbering without `--force`.

use std::time::Duration;

use assert_cmd::Command;

use crate::common::Run;

#[test]
fn flags_write_a_complete_valid_offer() {
    let text = Run::new("init")
        .args([
            "--name",
            "Acme PM",
            "--base-salary",
            "185000",
            "--bonus-pct",
            "12.5",
            "--grant-value",
            "60000",
            "--schedule",
            "amazon",
            "--frequency",
            "semiannual",
            "--sign-on",
            "20000,10000",
            "--as-of",
            "2026-11-26",
        ])
        .stdout();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(json["name"], "Acme PM");
    assert_eq!(json["start_date"], "2026-11-26");
    assert_eq!(json["base_salary"].to_string(), "185000");
    assert_eq!(json["bonus_target_pct"].to_string(), "12.5");
    assert_eq!(json["sign_on"].to_string(), "[20000,10000]");
    assert_eq!(json["equity"][0]["schedule"], "amazon");
    assert_eq!(json["equity"][0]["frequency"], "semiannual");
    assert_eq!(json["years"], 4);
    // What init writes, project reads: year 1 = 185,000 + 23,125 + 20,000 + 5 % of 60,000.
    Run::new("project")
        .args(["-", "--format", "csv"])
        .stdin(text)
        .code(0)
        .stdout_has("Acme PM,USD,1,185000.00,23125.00,20000.00,3000.00,231125.00");
}

/// Each bad value is refused by its own flag, before anything is asked or
/// written: every flag a file needs is given, so the refusal can only come
/// from the value, and the first line of stderr names the flag, the value
/// and what is wrong with it.
#[test]
fn bad_flag_values_are_refused_on_the_spot() {
    let cases = [
        (
            ["--base-salary", "0"],
            "error: invalid value '0' for '--base-salary <AMOUNT>': `0` must be more than 0",
        ),
        (
            ["--base-salary", "1.001"],
            "error: invalid value '1.001' for '--base-salary <AMOUNT>': `1.001` has more than two decimals",
        ),
        (
            ["--bonus-pct", "1001"],
            "error: invalid value '1001' for '--bonus-pct <PCT>': `1001` must be from 0 to 1000",
        ),
        (
            ["--schedule", "google"],
            "error: invalid value 'google' for '--schedule <SCHEDULE>'",
        ),
        (
            ["--frequency", "weekly"],
            "error: invalid value 'weekly' for '--frequency <FREQUENCY>'",
        ),
        (
            ["--sign-on", "10,-5"],
            "error: invalid value '10,-5' for '--sign-on <AMOUNTS>': `-5` must be 0 or more",
        ),
        (
            ["--start-date", "2027-02-30"],
            "error: invalid value '2027-02-30' for '--start-date <DATE>': `2027-02-30` is not a valid date, expected YYYY-MM-DD",
        ),
        (
            ["--currency", "usd"],
            "error: invalid value 'usd' for '--currency <CURRENCY>': `usd` is not an ISO 4217 code, expected one like `USD`, `EUR` or `GBP`",
        ),
    ];
    let required = ["--name", "A", "--as-of", "2026-11-26"];
    // Without a bad value the same command writes an offer.
    Run::new("init")
        .args(required)
        .args(["--base-salary", "1000"])
        .stdin("")
        .code(0);
    for (bad, first_line) in cases {
        let mut init = Run::new("init").args(required).stdin("");
        if bad[0] != "--base-salary" {
            init = init.args(["--base-salary", "1000"]);
        }
        let refused = init.args(bad).code(2);
        assert!(refused.stdout.is_empty(), "{bad:?}");
        let stderr = refused.stderr;
        assert_eq!(stderr.lines().next(), Some(first_line), "{bad:?}: {stderr}");
    }
}

#[test]
fn off_a_terminal_the_required_flags_are_asked_for() {
    Run::new("init")
        .args(["--name", "A"])
        .stdin("")
        .code(2)
        .stderr_is("counteroffer: error: not on a terminal, so nothing can be asked: pass at least --name and --base-salary\n");
}

#[test]
fn out_never_clobbers_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("offer.json");
    std::fs::write(&path, "mine").unwrap();
    let args = [
        "--name",
        "A",
        "--base-salary",
        "1",
        "--out",
        path.to_str().unwrap(),
    ];
    Run::new("init").args(args).code(73);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
    Run::new("init").args(args).arg("--force").code(0);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("\"name\": \"A\"")
    );
}

/// Answers typed at a real terminal (a pty from `script`), including two
/// wrong answers that must be refused and asked again.
#[test]
fn questions_on_a_terminal_validate_each_answer() {
    assert!(
        std::path::Path::new("/usr/bin/script").exists(),
        "this test needs /usr/bin/script (util-linux's bsdutils) to provide a terminal"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("asked.json");
    let binary = assert_cmd::cargo::cargo_bin("counteroffer");
    let command = format!(
        "{} init --as-of 2026-11-26 --out {}",
        binary.display(),
        path.display()
    );
    // name, company, role, level, location, currency, start date,
    // base (too many decimals, then right), raise, bonus, sign-on,
    // grant, schedule, frequency, cliff, years (out of range, then right).
    let answers =
        "Acme\rAmazon\r\rL7\r\r\r\r185000.555\r185000.5\r3\r10\r5000\r60000\ramazon\r\r\r44\r5\r";
    let output = Command::new("/usr/bin/script")
        .args(["-qc", &command, "/dev/null"])
        .write_stdin(answers)
        .timeout(Duration::from_secs(30))
        .output()
        .unwrap();
    let screen = String::from_utf8_lossy(&output.stdout);
    assert!(screen.contains("has more than two decimals"), "{screen}");
    assert!(
        screen.contains("must be a whole number from 1 to 40"),
        "{screen}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(json["name"], "Acme");
    assert_eq!(json["company"], "Amazon");
    assert_eq!(json["level"], "L7");
    assert!(json.get("role").is_none());
    assert_eq!(json["base_salary"].to_string(), "185000.5");
    assert_eq!(json["sign_on"].to_string(), "[5000]");
    assert_eq!(json["equity"][0]["grant_value"].to_string(), "60000");
    assert_eq!(json["years"], 5);
}

mod round_trip {
    use counteroffer::cli::parse;
    use counteroffer::domain::offer::{Defaults, parse_offer};
    use counteroffer::domain::starter::{self as init, Answers};
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    /// Amounts as a person types them, up to the input bound of 10^15.
    fn money() -> impl Strategy<Value = String> {
        prop_oneof![
            (1u64..=1_000_000_000_000_000).prop_map(|n| n.to_string()),
            (1u64..=99_999_999_999_999_999).prop_map(|c| format!("{}.{:02}", c / 100, c % 100)),
            Just("1000000000000000".to_owned()),
            Just("0.01".to_owned()),
        ]
    }

    fn percent(max: u32) -> impl Strategy<Value = String> {
        (0u64..=u64::from(max) * 1_000_000)
            .prop_map(|micro| format!("{}.{:06}", micro / 1_000_000, micro % 1_000_000))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever the checks accept, `init` writes and the offer reader
        /// reads back unchanged.
        #[test]
        fn what_init_writes_the_reader_reads(
            name in "[A-Za-z0-9 ,.'&()-]{1,60}",
            base in money(),
            raise in percent(100),
            bonus in percent(1000),
            sign_on in proptest::collection::vec(money(), 0..6),
            grant in proptest::option::of(money()),
            schedule in prop::sample::select(vec!["even", "amazon", "front-loaded"]),
            frequency in prop::sample::select(vec!["annual", "semiannual", "quarterly", "monthly"]),
            cliff in 0u32..=48,
            years in 1u32..=40,
            day in 0i64..2_900_000,
        ) {
            prop_assume!(!name.trim().is_empty());
            let start = chrono::NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()
                + chrono::Duration::days(day);
            let answers = Answers {
                name: name.clone(),
                company: Some("Acme".into()),
                role: None,
                level: None,
                location: None,
                currency: parse::check_currency("USD").unwrap(),
                start_date: parse::check_date(&start.to_string()).unwrap(),
                base_salary: parse::check_money(&base, false).unwrap(),
                annual_raise_pct: parse::check_percent(&raise, 0, 100).unwrap(),
                bonus_target_pct: parse::check_percent(&bonus, 0, 1000).unwrap(),
                bonus_target: None,
                sign_on: parse::check_sign_on(&sign_on.join(",")).unwrap(),
                grant_value: grant.as_deref().map(|g| parse::check_money(g, false).unwrap()),
                schedule: parse::check_schedule(schedule).unwrap(),
                frequency: parse::check_frequency(frequency).unwrap(),
                cliff_months: parse::check_whole(&cliff.to_string(), 0, 48).unwrap(),
                years: parse::check_whole(&years.to_string(), 1, 40).unwrap(),
            };
            let json = init::offer_json(&answers).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let offer = parse_offer(json.as_bytes(), &Defaults { as_of: start, years: None })
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(offer.name.as_str(), name.trim());
            prop_assert_eq!(offer.start_date, start);
            prop_assert_eq!(offer.base_salary, base.parse::<Decimal>().unwrap());
            prop_assert_eq!(offer.annual_raise_pct, raise.parse::<Decimal>().unwrap());
            prop_assert_eq!(offer.bonus_target_pct, bonus.parse::<Decimal>().unwrap());
            let paid: Vec<Decimal> = sign_on.iter().map(|s| s.parse().unwrap()).collect();
            prop_assert_eq!(offer.sign_on, paid);
            prop_assert_eq!(offer.equity.len(), usize::from(grant.is_some()));
            prop_assert_eq!(offer.years, years);
        }
    }
}

#[test]
fn at_the_prompt_an_amount_is_held_to_the_currencys_unit() {
    use counteroffer::cli::parse as init;
    use rust_decimal::Decimal;
    assert_eq!(
        init::check_money_in("12000000", false, "JPY"),
        Ok(Decimal::from(12_000_000))
    );
    assert_eq!(
        init::check_money_in("1000.5", false, "JPY"),
        Err("`1000.5` has 1 decimal places, expected at most 0 for JPY".to_owned())
    );
    assert_eq!(
        init::check_money_in("1000.50", true, "USD"),
        Ok(Decimal::new(100_050, 2))
    );
    // The currency-free checks come first.
    assert!(init::check_money_in("0", false, "JPY").is_err());
}
