//! The market contract: matching, positions, targets, gaps, validation and
//! every output format.

use std::io::Write;

use crate::common::Run;

/// `counteroffer --color never SUBCOMMAND`: the views here are compared as
/// text, whatever the terminal.
fn uncoloured(subcommand: &str) -> Run {
    Run::bare().args(["--color", "never", subcommand])
}

fn temp_file(dir: &tempfile::TempDir, name: &str, json: &str) -> String {
    let path = dir.path().join(name);
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(json.as_bytes()))
        .unwrap();
    path.to_str().unwrap().to_owned()
}

/// `market` JSON for an offer against the fixture file.
fn market_json(offer: &str, extra: &[&str]) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let offer = temp_file(&dir, "offer.json", offer);
    uncoloured("market")
        .args([&offer, "--benchmarks", "tests/fixtures/market.json"])
        .args(["--format", "json"])
        .args(extra)
        .json()
}

/// `market` on an offer; expects exit 65 and returns stderr.
fn market_error(offer: &str, benchmarks: &str, extra: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let offer = temp_file(&dir, "offer.json", offer);
    uncoloured("market")
        .args([&offer, "--benchmarks", benchmarks])
        .args(extra)
        .code(65)
        .stdout_is("")
        .stderr
}

const SEATTLE_SPM: &str = r#"{"name": "Offer", "company": "Amazon", "role": "Senior Product Manager",
    "level": "L7", "location": "Seattle", "base_salary": 180000, "bonus_target_pct": 12,
    "equity": [{"grant_value": 58000, "schedule": "amazon"},
               {"grant_value": 20000, "grant_year": 2}]}"#;

fn metric<'a>(json: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    json["metrics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["metric"] == name)
        .unwrap()
}

#[test]
fn the_most_specific_match_wins_and_every_metric_is_placed() {
    let json = market_json(SEATTLE_SPM, &[]);
    assert_eq!(json["entry"], "amazon-spm-l7-sea");
    assert_eq!(json["target"], "p75");
    assert_eq!(json["built_in"], false);
    let base = metric(&json, "base_salary");
    assert_eq!(base["value"], "180000.00");
    assert_eq!(base["percentile"], "62.5");
    assert_eq!(base["position"], "p62.5");
    assert_eq!(base["target_value"], "185000.00");
    assert_eq!(base["gap"], "5000.00");
    let bonus = metric(&json, "bonus_pct");
    // 12 between p25 10 and p50 12.5: 25 + 2/2.5 × 25 = p45.0
    assert_eq!(bonus["percentile"], "45.0");
    assert_eq!(bonus["gap"], "3");
    // Only the grant made at start counts: 58,000 / 4 = 14,500 → p55.0.
    let equity = metric(&json, "equity_annual");
    assert_eq!(equity["value"], "14500.00");
    assert_eq!(equity["percentile"], "55.0");
    assert_eq!(equity["gap"], "3000.00");
    // 180,000 + 21,600 + 14,500 = 216,100: between p50 210,625 and p75 225,000.
    let total = metric(&json, "total");
    assert_eq!(total["value"], "216100.00");
    assert_eq!(total["percentile"], "59.5");
}

#[test]
fn interpolated_targets_and_positions_outside_the_points() {
    let json = market_json(SEATTLE_SPM, &["--target", "p80"]);
    let base = metric(&json, "base_salary");
    // p80 between p75 185,000 and p90 192,500: 185,000 + 5/15 × 7,500 = 187,500.
    assert_eq!(base["target_value"], "187500.00");
    assert_eq!(base["gap"], "7500.00");
    // Bonus has no point above p75: no p80 target.
    let bonus = metric(&json, "bonus_pct");
    assert_eq!(bonus["target_value"], serde_json::Value::Null);
    assert_eq!(bonus["gap"], serde_json::Value::Null);

    let rich = SEATTLE_SPM.replace("180000", "200000");
    let base = metric(&market_json(&rich, &[]), "base_salary").clone();
    assert_eq!(base["position"], "above p90");
    assert_eq!(base["percentile"], serde_json::Value::Null);
    assert_eq!(base["gap"], "-15000.00");
    let poor = SEATTLE_SPM.replace("180000", "150000");
    let base = metric(&market_json(&poor, &[]), "base_salary").clone();
    assert_eq!(base["position"], "below p25");
}

#[test]
fn filters_compare_case_insensitively_and_trimmed() {
    // No location: the Seattle entry does not match; `amazon-spm-l7` (three
    // filters, written "amazon " and in lower case) beats `spm-any` (one).
    let offer = SEATTLE_SPM.replace(r#""location": "Seattle", "#, "");
    let json = market_json(&offer, &[]);
    assert_eq!(json["entry"], "amazon-spm-l7");
    assert_eq!(metric(&json, "base_salary")["position"], "above p50");
}

#[test]
fn an_entry_can_be_chosen_by_hand() {
    let json = market_json(SEATTLE_SPM, &["--entry", "spm-any"]);
    assert_eq!(json["entry"], "spm-any");
    assert_eq!(metric(&json, "base_salary")["position"], "above p75");
}

#[test]
fn ties_and_misses_are_errors_that_suggest_entry() {
    let tied = r#"{"name": "Tied", "company": "Contoso", "level": "L6", "location": "Austin", "base_salary": 1}"#;
    assert_eq!(
        market_error(tied, "tests/fixtures/market.json", &[]),
        "counteroffer: error: tests/fixtures/market.json: entries: offer `Tied` matches 2 equally specific entries (`tie-a`, `tie-b`), expected one; pick one with --entry ID\n"
    );
    let lost = r#"{"name": "Lost", "company": "Contoso", "level": "L5", "base_salary": 1}"#;
    assert_eq!(
        market_error(lost, "tests/fixtures/market.json", &[]),
        "counteroffer: error: tests/fixtures/market.json: entries: no entry matches offer `Lost`; closest: `tie-a` (level differs), `tie-b` (location differs), `spm-any` (role differs); pick one with --entry ID\n"
    );
    assert_eq!(
        market_error(lost, "tests/fixtures/market.json", &["--entry", "nope"]),
        "counteroffer: error: tests/fixtures/market.json: entries: no entry has id `nope`, expected one of `spm-any`, `amazon-spm-l7-sea`, `amazon-spm-l7`, `tie-a`, `tie-b`\n"
    );
}

#[test]
fn every_validation_error_names_its_json_path() {
    let dir = tempfile::tempdir().unwrap();
    let offer = r#"{"name": "A", "base_salary": 1}"#;
    let entry =
        |metrics: &str| format!(r#"{{"source": "s", "entries": [{{"id": "a", {metrics}}}]}}"#);
    let cases = [
        (entry(r#""base_salary": {"p50": 1}, "bonus": {"p50": 1}"#), "entries[0].bonus: unknown field `bonus`"),
        (entry(r#""base_salary": {"p50": 2, "p75": 1}"#), "entries[0].base_salary.p75: is 1.00, below p50 (2.00); expected values that do not decrease as the percentile rises"),
        (entry(r#""base_salary": {"p100": 1}"#), "entries[0].base_salary: `p100` is not a percentile, expected `p1` to `p99`"),
        (entry(r#""base_salary": {"p50": 1, "p50": 2}"#), "entries[0].base_salary: duplicate percentile `p50`"),
        (entry(r#""base_salary": {"p50": "1.001"}"#), "entries[0].base_salary.p50: `1.001` has 3 decimal places, expected at most 2 for money"),
        (entry(r#""bonus_pct": {"p50": -1}"#), "entries[0].bonus_pct.p50: is -1, expected 0 to 1000"),
        (entry(r#""total": {}"#), "entries[0].total: has no points, expected at least one like `p50`"),
        (entry(r#""company": "X""#), "entries[0]: has no metric, expected at least one of `base_salary`, `bonus_pct`, `equity_annual`, `total`"),
        (r#"{"source": "s", "entries": [{"id": "a", "total": {"p50": 1}}, {"id": "a", "total": {"p50": 1}}]}"#.to_owned(), "entries[1].id: duplicate id `a` (also entries[0]), expected unique ids"),
        (r#"{"source": "s", "entries": []}"#.to_owned(), "entries: is empty, expected at least one entry"),
        (r#"{"source": "s", "as_of": "2026-13-01", "entries": []}"#.to_owned(), "as_of: `2026-13-01` is not a valid date, expected YYYY-MM-DD"),
        (r#"{"source": "s", "currency": "EUR", "entries": [{"id": "a", "total": {"p50": 1}}]}"#.to_owned(), "currency: is `EUR` but offer `A` is in `USD`, expected benchmarks in the offer's currency"),
        (r#"{"entries": []}"#.to_owned(), "missing field `source` at line 1 column 15"),
    ];
    for (json, message) in cases {
        let path = temp_file(&dir, "bench.json", &json);
        let stderr = market_error(offer, &path, &[]);
        let expected = format!("counteroffer: error: {path}: {message}");
        assert!(
            stderr.starts_with(&expected),
            "{json}\n  got: {stderr}  want: {expected}"
        );
    }
}

#[test]
fn benchmarks_check_reports_what_a_file_holds_or_what_is_wrong() {
    let output = uncoloured("benchmarks")
        .args(["check", "tests/fixtures/market.json", "--width", "120"])
        .code(0);
    insta::assert_snapshot!(output.stdout);
    uncoloured("benchmarks")
        .args(["check", "tests/fixtures/missing.json"])
        .code(66)
        .stdout_is("")
        .stderr_is("counteroffer: error: tests/fixtures/missing.json: no such file\n");
    uncoloured("benchmarks")
        .args(["check", "-"])
        .stdin(r#"{"source": "s", "entries": [{"id": "a"}]}"#)
        .code(65)
        .stderr_is("counteroffer: error: <stdin>: entries[0]: has no metric, expected at least one of `base_salary`, `bonus_pct`, `equity_annual`, `total`\n");
}

#[test]
fn targets_must_be_percentiles() {
    for bad in ["p0", "p100", "x", "p7.5"] {
        let refused = uncoloured("market")
            .args(["examples/amazon-promotion.json", "--target", bad])
            .code(2);
        assert!(refused.stdout.is_empty(), "{bad}");
        let stderr = refused.stderr;
        assert_eq!(
            stderr.lines().next().unwrap_or_default(),
            format!(
                "error: invalid value '{bad}' for '--target <pNN>': `{bad}` is not a percentile, expected `p1` to `p99`"
            ),
            "{stderr}"
        );
    }
}

#[test]
fn market_table_on_the_built_in_file() {
    insta::assert_snapshot!(
        uncoloured("market")
            .arg("examples/amazon-promotion.json")
            .args(["--width", "110"])
            .stdout()
    );
}

#[test]
fn market_markdown() {
    insta::assert_snapshot!(
        uncoloured("market")
            .args([
                "examples/amazon-promotion.json",
                "--benchmarks",
                "tests/fixtures/market.json",
                "--entry",
                "amazon-spm-l7-sea",
                "--format",
                "markdown"
            ])
            .args(["--width", "110"])
            .stdout()
    );
}

#[test]
fn market_csv() {
    insta::assert_snapshot!(
        uncoloured("market")
            .args([
                "examples/amazon-promotion.json",
                "--benchmarks",
                "tests/fixtures/market.json",
                "--entry",
                "amazon-spm-l7-sea",
                "--format",
                "csv",
                "--target",
                "p90"
            ])
            .args(["--width", "110"])
            .stdout()
    );
}

#[test]
fn compare_with_benchmarks_shows_each_offers_position() {
    insta::assert_snapshot!(
        uncoloured("compare")
            .args([
                "tests/fixtures/seattle-spm.json",
                "examples/refreshers.json",
                "--benchmarks",
                "tests/fixtures/market.json",
                "--as-of",
                "2026-11-26"
            ])
            .args(["--width", "110"])
            .stdout()
    );
}

#[test]
fn compare_json_carries_the_market_per_offer() {
    let json = uncoloured("compare")
        .args([
            "tests/fixtures/seattle-spm.json",
            "examples/refreshers.json",
            "--benchmarks",
            "tests/fixtures/market.json",
            "--format",
            "json",
        ])
        .output()
        .json();
    let seattle = &json["offers"][0]["market"];
    assert_eq!(seattle["entry"], "amazon-spm-l7-sea");
    assert_eq!(seattle["metrics"][0]["position"], "p62.5");
    let unmatched = &json["offers"][1]["market"];
    assert_eq!(
        unmatched["error"],
        "offer `Senior PM with refreshers` matches 2 equally specific entries (`tie-a`, `tie-b`), expected one"
    );
}
