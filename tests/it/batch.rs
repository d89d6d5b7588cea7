//! Batch evaluation: the same numbers as `project`, in input order, with bad
//! records reported and the rest carried on.

use chrono::NaiveDate;
use counteroffer::commands::batch::{BatchOptions, InputFormat, OutputFormat, run};
use counteroffer::domain::market::BenchmarkSet;
use counteroffer::domain::offer::{Defaults, parse_offer};
use counteroffer::domain::projection::project;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

use crate::common::Run;

fn defaults() -> Defaults {
    Defaults {
        as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        years: None,
    }
}

fn options(input_format: InputFormat, output_format: OutputFormat) -> BatchOptions {
    BatchOptions {
        input_format,
        output_format,
        defaults: defaults(),
        market: None,
        csv_years: None,
        input_name: "offers".into(),
        output_name: "standard output".into(),
        tax: None,
        conversion: None,
    }
}

fn run_batch(
    input: &str,
    options: &BatchOptions,
) -> (String, String, counteroffer::commands::batch::BatchSummary) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let summary = run(input.as_bytes(), options, &mut out, &mut errors).unwrap();
    (
        String::from_utf8(out).unwrap(),
        String::from_utf8(errors).unwrap(),
        summary,
    )
}

/// Random offers as JSON lines: varied schedules, frequencies, growth, refreshers.
fn random_offers(count: usize) -> Vec<String> {
    let offer = (
        1i64..=50_000_000,
        0i64..=1_500,
        0i64..=40_000,
        proptest::collection::vec(0i64..=5_000_000, 0..3),
        proptest::collection::vec((1i64..=20_000_000, 0usize..4, 0usize..4, 1u32..=4, 0u32..=12), 0..3),
        1u32..=10,
        prop_oneof![Just(0i64), -5_000i64..=5_000],
    )
        .prop_map(|(base, raise, bonus, sign_on, grants, years, growth)| {
            let schedules = ["\"even\"", "\"amazon\"", "\"front-loaded\"", "[12.5, 37.5, 50]"];
            let frequencies = ["annual", "semiannual", "quarterly", "monthly"];
            let grants: Vec<String> = grants
                .iter()
                .map(|(v, s, f, y, c)| {
                    format!(
                        r#"{{"grant_value": {}.{:02}, "schedule": {}, "frequency": "{}", "grant_year": {y}, "cliff_months": {c}}}"#,
                        v / 100, v % 100, schedules[*s], frequencies[*f]
                    )
                })
                .collect();
            let sign_on: Vec<String> = sign_on.iter().map(|c| format!("{}.{:02}", c / 100, c % 100)).collect();
            format!(
                r#"{{"name": "offer", "start_date": "2027-01-15", "base_salary": "{}.{:02}", "annual_raise_pct": "{}.{:02}", "bonus_target_pct": "{}.{:03}", "sign_on": [{}], "equity": [{}], "stock_growth_pct": "{}.{:02}", "years": {years}}}"#,
                base / 100, base % 100, raise / 100, raise % 100, bonus / 1000, bonus % 1000,
                sign_on.join(", "), grants.join(", "),
                if growth < 0 { format!("-{}", -growth / 100) } else { (growth / 100).to_string() },
                growth.abs() % 100
            )
        });
    let mut runner = TestRunner::deterministic();
    (0..count)
        .map(|_| offer.new_tree(&mut runner).unwrap().current())
        .collect()
}

#[test]
fn batch_equals_project_to_the_cent_and_keeps_input_order() {
    // More than two chunks, so order across chunk boundaries is checked too.
    let offers = random_offers(20_000);
    let input = offers.join("\n");
    let (out, errors, summary) = run_batch(
        &input,
        &options(InputFormat::JsonLines, OutputFormat::JsonLines),
    );
    assert_eq!(errors, "");
    assert_eq!(
        (summary.records, summary.projected, summary.bad),
        (20_000, 20_000, 0)
    );
    for (i, (line, json)) in out.lines().zip(&offers).enumerate() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(record["line"], i as u64 + 1);
        let projection = project(&parse_offer(json.as_bytes(), &defaults()).unwrap()).unwrap();
        assert_eq!(
            record["total"],
            projection.summary.total.to_string(),
            "{json}"
        );
        let years: Vec<String> = projection
            .rows
            .iter()
            .map(|r| r.total.to_string())
            .collect();
        let batch_years: Vec<String> = record["years"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["total"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(batch_years, years, "{json}");
        assert_eq!(record["average"], projection.summary.average.to_string());
    }
}

#[test]
fn bad_records_are_reported_with_line_and_path_and_the_rest_go_on() {
    let input = [
        r#"{"name": "good", "base_salary": 100000, "years": 1}"#,
        r#"{"name": "bad", "base_salary": 1, "equity": [{"grant_value": 1, "schedule": [50]}]}"#,
        "",
        r#"{"name": "typo", "base_salary": 1, "bonus_pct": 3}"#,
        "not json",
        r#"{"name": "good too", "base_salary": 200000, "years": 1}"#,
    ]
    .join("\n");
    let (out, errors, summary) = run_batch(
        &input,
        &options(InputFormat::JsonLines, OutputFormat::JsonLines),
    );
    assert_eq!((summary.records, summary.projected, summary.bad), (5, 2, 3));
    let names: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["name"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(names, ["good", "good too"]);
    assert_eq!(
        errors.lines().collect::<Vec<_>>(),
        [
            "counteroffer: error: offers:2: equity[0].schedule: percentages sum to 50, expected 100",
            "counteroffer: error: offers:4: bonus_pct: unknown field `bonus_pct` (did you mean `bonus_target_pct`?), expected one of `name`, `company`, `role`, `level`, `location`, `currency`, `start_date`, `base_salary`, `annual_raise_pct`, `bonus_target_pct`, `bonus_target`, `sign_on`, `equity`, `stock_growth_pct`, `years`, `clawback_months`, `clawback`, `tax` at line 1 column 46",
            "counteroffer: error: offers:5: expected ident at line 1 column 2",
        ]
    );
}

#[test]
fn csv_in_and_out_with_market_positions() {
    let input = "name,company,level,base_salary,bonus_target_pct,sign_on,equity,years\n\
        Founding,Amazon,L7,180000,13.333334,,\"[{\"\"grant_value\"\": 58000, \"\"schedule\"\": \"\"amazon\"\", \"\"frequency\"\": \"\"semiannual\"\"}]\",4\n\
        \"Other, Inc.\",Contoso,L6,150000.50,10,\"[10000, 5000]\",,3\n";
    let mut opts = options(InputFormat::Csv, OutputFormat::Csv);
    opts.market = Some((
        BenchmarkSet::built_in().unwrap(),
        counteroffer::domain::market::DEFAULT_TARGET,
    ));
    let (out, errors, summary) = run_batch(input, &opts);
    assert_eq!(errors, "");
    assert_eq!(summary.bad, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0],
        "line,name,currency,years,total,year_one,average,average_without_sign_on,guaranteed_cash,unvested_after_horizon,year_1,year_2,year_3,year_4,market_entry,base_salary_position,base_salary_gap,bonus_pct_position,bonus_pct_gap,equity_annual_position,equity_annual_gap,total_position,total_gap"
    );
    // The founding case, as `project` and `market` compute it (no raise in this row).
    assert_eq!(
        lines[1],
        "2,Founding,USD,4,874000.00,206900.00,218500.00,218500.00,720000.00,0.00,206900.00,212700.00,227200.00,227200.00,amazon-l7-manager,p62.5,5000.00,p58.3,1.666666,p55.0,3000.00,p60.0,11750.00"
    );
    // Three years in four columns; no equity metric position without a grant (value 0 is below p25).
    assert!(
        lines[2].starts_with("3,\"Other, Inc.\",USD,3,510001.65,"),
        "{}",
        lines[2]
    );
    // No entry names this role or level: every market column is empty.
    assert!(lines[2].ends_with(",,,,,,,,,"), "{}", lines[2]);
}

#[test]
fn the_command_exits_65_when_any_record_is_bad_and_0_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.jsonl");
    std::fs::write(
        &good,
        "{\"name\": \"a\", \"base_salary\": 1}\n{\"name\": \"b\", \"base_salary\": 2}\n",
    )
    .unwrap();
    Run::new("batch")
        .args([good.to_str().unwrap(), "--as-of", "2026-11-26"])
        .code(0)
        .stderr_is("counteroffer: 2 records projected, none bad\n");
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"name\": \"a\", \"base_salary\": 1}\n{\"name\": \"b\", \"base_salary\": 0}\n",
    )
    .unwrap();
    let refused = Run::new("batch")
        .args([bad.to_str().unwrap(), "--as-of", "2026-11-26"])
        .code(65);
    assert_eq!(refused.stdout.lines().count(), 1);
    let name = bad.display();
    assert_eq!(
        refused.stderr,
        format!(
            "counteroffer: error: {name}:2: base_salary: is 0, expected greater than 0\n\
             counteroffer: error: {name}: 1 of 2 records are bad (each reported above); 1 projected\n"
        )
    );
}
