//! Exit codes and error lines: one clear line on stderr, nothing on stdout.

use crate::common::Run;

/// `counteroffer SUBCOMMAND` as at a plain terminal: colour neither
/// forbidden by `NO_COLOR` nor possible on `TERM=dumb`, so no test here
/// depends on the caller's environment.
fn plain(subcommand: &str) -> Run {
    Run::new(subcommand)
        .env_remove("NO_COLOR")
        .env("TERM", "dumb")
}

/// Runs `project` on `json` and expects exit 65 with exactly this stderr line.
fn rejects(json: &str, expected_line: &str) {
    let refused = plain("project")
        .file("offer.json", json)
        .args(["offer.json", "--as-of", "2026-11-26"])
        .output();
    assert_eq!(refused.code, Some(65), "{json}");
    assert!(refused.stdout.is_empty(), "stdout not empty for {json}");
    assert_eq!(
        refused.stderr,
        format!("counteroffer: error: {expected_line}\n"),
        "{json}"
    );
}

#[test]
fn success_is_zero() {
    plain("project")
        .arg("examples/amazon-promotion.json")
        .code(0)
        .stdout_has("206,900.00")
        .stderr_is("");
}

/// Runs the tool and expects `code`, nothing on stdout, and stderr whose
/// first line is `first_line` (clap adds usage lines after its own).
fn refuses(args: &[&str], code: i32, first_line: &str) {
    let (subcommand, rest) = args.split_first().unwrap();
    let refused = plain(subcommand).args(rest).output();
    assert_eq!(refused.code, Some(code), "{args:?}");
    assert!(refused.stdout.is_empty(), "stdout not empty for {args:?}");
    let stderr = refused.stderr;
    assert_eq!(
        stderr.lines().next(),
        Some(first_line),
        "{args:?}: {stderr}"
    );
}

#[test]
fn usage_errors_are_two() {
    refuses(
        &["project"],
        2,
        "error: the following required arguments were not provided:",
    );
    refuses(
        &["compare", "examples/amazon-promotion.json"],
        2,
        "error: 2 values required by '<OFFER> <OFFER>...'; only 1 was provided",
    );
    refuses(
        &["project", "examples/amazon-promotion.json", "--years", "41"],
        2,
        "error: invalid value '41' for '--years <YEARS>': 41 is not in 1..=40",
    );
    refuses(
        &[
            "project",
            "examples/amazon-promotion.json",
            "--as-of",
            "2027-02-30",
        ],
        2,
        "error: invalid value '2027-02-30' for '--as-of <DATE>': `2027-02-30` is not a valid date, expected YYYY-MM-DD",
    );
    refuses(
        &[
            "project",
            "examples/amazon-promotion.json",
            "--format",
            "xml",
        ],
        2,
        "error: invalid value 'xml' for '--format <FORMAT>'",
    );
    refuses(
        &["compare", "-", "-"],
        2,
        "counteroffer: error: standard input (`-`) is named by both OFFER and OFFER; it can be read only once",
    );
}

#[test]
fn percentages_that_do_not_sum_to_one_hundred() {
    rejects(
        r#"{"name": "A", "base_salary": 1, "equity": [{"grant_value": 1, "schedule": [20, 25, 25, 25]}]}"#,
        "offer.json: equity[0].schedule: percentages sum to 95, expected 100",
    );
}

#[test]
fn unknown_fields_are_named() {
    rejects(
        r#"{"name": "A", "base_salary": 1, "bonus_pct": 10}"#,
        "offer.json: bonus_pct: unknown field `bonus_pct` (did you mean `bonus_target_pct`?), expected one of `name`, `company`, `role`, `level`, `location`, `currency`, `start_date`, `base_salary`, `annual_raise_pct`, `bonus_target_pct`, `bonus_target`, `sign_on`, `equity`, `stock_growth_pct`, `years`, `clawback_months`, `clawback`, `tax` at line 1 column 43",
    );
}

#[test]
fn broken_rules_name_the_json_path() {
    let cases = [
        (
            r#"{"name": "A", "base_salary": 0}"#,
            "offer.json: base_salary: is 0, expected greater than 0",
        ),
        (
            r#"{"name": "A", "base_salary": -5}"#,
            "offer.json: base_salary: is -5, expected greater than 0",
        ),
        (
            r#"{"name": "A", "base_salary": "1.001"}"#,
            "offer.json: base_salary: `1.001` has 3 decimal places, expected at most 2 for money in USD",
        ),
        (
            r#"{"name": " ", "base_salary": 1}"#,
            "offer.json: name: is empty, expected the offer's name",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "annual_raise_pct": 101}"#,
            "offer.json: annual_raise_pct: is 101, expected 0 to 100",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "bonus_target_pct": "0.1234567"}"#,
            "offer.json: bonus_target_pct: `0.1234567` has 7 decimal places, expected at most 6 for a percentage",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "stock_growth_pct": -100}"#,
            "offer.json: stock_growth_pct: is -100, expected greater than -100",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "years": 0}"#,
            "offer.json: years: is 0, expected 1 to 40",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "sign_on": [1, -1]}"#,
            "offer.json: sign_on[1]: is -1, expected at least 0",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "currency": "usd"}"#,
            "offer.json: currency: `usd` is not an ISO 4217 code, expected one like `USD`, `EUR` or `GBP`",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "start_date": "2027-02-30"}"#,
            "offer.json: start_date: `2027-02-30` is not a valid date, expected YYYY-MM-DD",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "equity": [{"grant_value": 1, "shares": 2, "share_price": 3}]}"#,
            "offer.json: equity[0]: has both `grant_value` and `shares`/`share_price`, expected one form",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "equity": [{"shares": 2}]}"#,
            "offer.json: equity[0]: has `shares` but no `share_price`",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "equity": [{}]}"#,
            "offer.json: equity[0]: has no value, expected `grant_value` or both `shares` and `share_price`",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "equity": [{"grant_value": 1, "schedule": "google"}]}"#,
            "offer.json: equity[0].schedule: unknown preset `google`, expected `even`, `amazon`, `front-loaded` or an array of yearly percentages",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "equity": [{"grant_value": 1, "schedule": [-10, 110]}]}"#,
            "offer.json: equity[0].schedule[0]: is -10, expected at least 0",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "equity": [{"grant_value": 1, "schedule": []}]}"#,
            "offer.json: equity[0].schedule: has 0 years, expected 1 to 10",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "equity": [{"grant_value": 1, "cliff_months": 49}]}"#,
            "offer.json: equity[0].cliff_months: is 49, expected 0 to 48",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "equity": [{"grant_value": 1, "grant_year": 0}]}"#,
            "offer.json: equity[0].grant_year: is 0, expected 1 to 40",
        ),
    ];
    for (json, line) in cases {
        rejects(json, line);
    }
}

#[test]
fn malformed_json_and_serde_errors_keep_their_path() {
    let cases = [
        (
            r#"{"name": "A", "base_salary": 1, "equity": [{"grant_value": 1, "frequency": "weekly"}]}"#,
            "offer.json: equity[0].frequency: unknown variant `weekly`, expected one of `annual`, `semiannual`, `quarterly`, `monthly` at line 1 column 83",
        ),
        (
            r#"{"name": "A", "base_salary": 1e400}"#,
            "offer.json: base_salary: `1e+400` is not a decimal number that can be held exactly (at most 28 significant digits, magnitude below 7.9e28) at line 1 column 34",
        ),
        (
            r#"{"name": "A", "base_salary": 1, "name": "B"}"#,
            "offer.json: duplicate field `name` at line 1 column 38",
        ),
        (
            r#"{"base_salary": 1}"#,
            "offer.json: missing field `name` at line 1 column 18",
        ),
        (
            r#"{"name": "A", "base_salary": 1"#,
            "offer.json: EOF while parsing an object at line 1 column 30",
        ),
        (
            "",
            "offer.json: EOF while parsing a value at line 1 column 0",
        ),
        (
            r#"{"name": "A", "base_salary": 1} trailing"#,
            "offer.json: trailing characters at line 1 column 33",
        ),
    ];
    for (json, line) in cases {
        rejects(json, line);
    }
}

#[test]
fn deep_nesting_and_binary_are_clean_errors() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let stderr = plain("project")
        .file("deep.json", &deep)
        .arg("deep.json")
        .code(65)
        .stdout_is("")
        .stderr;
    assert!(
        stderr.starts_with("counteroffer: error: deep.json: "),
        "{stderr}"
    );
    plain("project")
        .file("binary.json", [0u8, 159, 146, 150, 255, 1, 2])
        .arg("binary.json")
        .code(65)
        .stdout_is("")
        .stderr_is("counteroffer: error: binary.json: expected value at line 1 column 1\n");
}

#[test]
fn overflow_is_an_error_not_a_panic() {
    rejects(
        r#"{"name": "A", "base_salary": "79228162514264337593543950335"}"#,
        "offer.json: base_salary: is 79228162514264337593543950335, expected at most 1000000000000000 (10^15)",
    );
    // The largest amount that can be held to the cent, then ten times it as a bonus.
    rejects(
        r#"{"name": "A", "base_salary": "1000000000000000", "annual_raise_pct": 100, "bonus_target_pct": 1000, "years": 10}"#,
        "offer.json: bonus_target_pct: the bonus of year 5 overflows: it exceeds 10^17, the largest figure computed exactly",
    );
    rejects(
        r#"{"name": "A", "base_salary": "1000000000000000", "annual_raise_pct": 100, "years": 10}"#,
        "offer.json: base_salary: the base of year 8 overflows: it exceeds 10^17, the largest figure computed exactly",
    );
    // 9e22 doubling yearly: the year-14 base (7.4e26) still fits, the running total does not.
    rejects(
        r#"{"name": "A", "base_salary": 1, "stock_growth_pct": 100, "years": 10,
            "equity": [{"grant_value": "1000000000000000", "schedule": [0,0,0,0,0,0,0,0,0,100]}]}"#,
        "offer.json: stock_growth_pct: the equity of year 10 overflows: it exceeds 10^17, the largest figure computed exactly",
    );
    rejects(
        r#"{"name": "A", "base_salary": 1, "stock_growth_pct": 1000000, "years": 10,
            "equity": [{"grant_value": 1000000, "schedule": [0,0,0,0,0,0,0,0,0,100]}]}"#,
        "offer.json: stock_growth_pct: share-price growth overflows over the vesting span",
    );
    rejects(
        r#"{"name": "A", "base_salary": 1, "equity": [{"shares": "10000000000000", "share_price": "100000000000000"}]}"#,
        "offer.json: equity[0]: shares × share_price is 1000000000000000000000000000, expected at most 1000000000000000 (10^15)",
    );
    rejects(
        r#"{"name": "A", "base_salary": 1, "equity": [{"shares": "1000000000000000", "share_price": "1000000000000000"}]}"#,
        "offer.json: equity[0]: shares × share_price overflows, expected a smaller grant",
    );
}

#[test]
fn missing_files_and_directories_are_sixty_six() {
    plain("project")
        .arg("no-such-offer.json")
        .code(66)
        .stdout_is("")
        .stderr_is("counteroffer: error: no-such-offer.json: no such file\n");
    plain("project")
        .arg("examples")
        .code(66)
        .stderr_is("counteroffer: error: examples: is a directory, expected a file\n");
}

#[test]
fn offers_in_different_currencies_need_a_rate_and_the_error_names_the_flag() {
    plain("compare")
        .file("usd.json", r#"{"name": "A", "base_salary": 1}"#)
        .file(
            "eur.json",
            r#"{"name": "B", "base_salary": 1, "currency": "EUR"}"#,
        )
        .args(["usd.json", "eur.json"])
        .code(65)
        .stderr_is("counteroffer: error: eur.json: currency: is `EUR` but the report is in `USD`, expected --rate EUR=VALUE (one EUR in USD) or --fx FILE to convert it\n");
}

#[test]
fn standard_input_is_read_with_a_dash() {
    plain("project")
        .args(["-", "--format", "csv", "--as-of", "2026-11-26"])
        .stdin(r#"{"name": "Piped", "base_salary": 100000, "years": 1}"#)
        .code(0)
        .stdout_is("offer,currency,year,base,bonus,sign_on,equity,total,cumulative\nPiped,USD,1,100000.00,0.00,0.00,0.00,100000.00,100000.00\n");
    let stderr = plain("project").arg("-").stdin("{").code(65).stderr;
    assert!(
        stderr.starts_with("counteroffer: error: <stdin>: "),
        "{stderr}"
    );
}

#[test]
fn a_full_disk_on_stdout_is_seventy_four() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("this test needs /dev/full (Linux) to fill the disk");
    let output = std::process::Command::new(assert_cmd::cargo::cargo_bin("counteroffer"))
        .arg("demo")
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(74));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.starts_with("counteroffer: error: writing output: "),
        "{stderr}"
    );
}

#[test]
fn a_closed_pipe_is_a_quiet_success() {
    use std::process::{Command as StdCommand, Stdio};
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("counteroffer"))
        .args([
            "project",
            "examples/refreshers.json",
            "--vests",
            "--years",
            "40",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away before a byte is read
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stderr.is_empty());
}

/// Every command checks its flags before it opens a file, so the same
/// mistake gives the same exit code whatever the files.
#[test]
fn usage_is_checked_before_files_in_every_command() {
    let chart = "counteroffer: error: --chart draws in table or markdown output; JSON and CSV carry the figures";
    for (args, first_line) in [
        (
            &["project", "missing.json", "--chart", "--format", "json"][..],
            chart,
        ),
        (
            &[
                "compare",
                "missing.json",
                "other.json",
                "--chart",
                "--format",
                "json",
            ][..],
            chart,
        ),
        (
            &[
                "script",
                "missing.json",
                "--impact",
                "1",
                "--priority",
                "base,base",
            ][..],
            "counteroffer: error: --priority names `base` twice, expected each of base, bonus, equity, sign_on at most once",
        ),
        (
            &["project", "-", "-"][..],
            "counteroffer: error: standard input (`-`) is named by both OFFER and OFFER; it can be read only once",
        ),
    ] {
        refuses(args, 2, first_line);
    }
}

/// `compare` puts every offer on the longest horizon, checked as `--years`
/// would be: a horizon that runs an offer's dates past 9999 is refused.
#[test]
fn the_shared_horizon_is_checked_like_years() {
    let late = r#"{"name": "Late", "base_salary": 1, "start_date": "9990-01-01", "years": 4}"#;
    let stderr = plain("compare")
        .file("late.json", late)
        .file(
            "long.json",
            r#"{"name": "Long", "base_salary": 1, "years": 20}"#,
        )
        .args(["late.json", "long.json"])
        .code(65)
        .stderr;
    assert!(
        stderr.starts_with(
            "counteroffer: error: late.json: start_date: `9990-01-01` puts dates 240 months later, past the year 9999",
        ),
        "{stderr}"
    );
    // Alone, on its own horizon, it is fine.
    plain("project")
        .file("late.json", late)
        .arg("late.json")
        .code(0);
}
