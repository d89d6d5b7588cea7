//! Options and double-trigger RSUs through the command line: the
//! common-price rule's worked example, the scenario grid, the break-even
//! exit price, leaving, the labels of every view, the schemas, and one
//! clear line for bad input.

use crate::common::Run;

use counteroffer::domain::offer::{Defaults, parse_offer};
use counteroffer::domain::options::Exit;
use counteroffer::domain::report::OfferReport;
use rust_decimal::Decimal;

fn projected(json: &str, exit: Option<Exit>) -> OfferReport {
    let defaults = Defaults {
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        years: None,
    };
    let mut offer = parse_offer(json.as_bytes(), &defaults).unwrap_or_else(|e| panic!("{e}"));
    offer.exit = exit;
    OfferReport::new(offer).unwrap_or_else(|e| panic!("{e}"))
}

const STARTUP: &str = "examples/startup-options.json";

/// The README's worked example of the common-price rule: a $500,000,000
/// sale, $120,000,000 of preferences, 20 % later dilution and 50,000,000
/// fully diluted shares give common 380,000,000 × 0.8 / 50,000,000 = $6.08,
/// and the 40,000 options at $2.50 are worth (6.08 − 2.50) × 10,000 =
/// $35,800 a year.
#[test]
fn the_readme_exit_valuation_example() {
    let value = Run::new("project")
        .args([
            STARTUP,
            "--as-of",
            "2026-12-01",
            "--format",
            "json",
            "--exit-valuation",
            "500000000",
            "--preferences",
            "120000000",
            "--dilution",
            "20",
        ])
        .json();
    let offer = &value["offers"][0];
    assert_eq!(
        offer["options"]["grants"][0]["common_price_at_exit"],
        "6.08"
    );
    for year in offer["years"].as_array().unwrap() {
        assert_eq!(year["equity"], "35800.00");
        assert_eq!(year["options_vested"], 10000);
        assert_eq!(year["paper_value"], "55000.00");
    }
    assert_eq!(offer["total"], "770744.05");
    assert_eq!(offer["options"]["value_at_exit"], "143200.00");
    assert_eq!(
        offer["options"]["paper_value_label"],
        "paper value, not cash"
    );
}

#[test]
fn without_an_exit_options_are_paper_value_in_every_view() {
    let value = Run::new("project")
        .args([STARTUP, "--as-of", "2026-12-01", "--format", "json"])
        .json();
    let offer = &value["offers"][0];
    assert_eq!(offer["total"], "627544.05");
    assert_eq!(offer["years"][0]["equity"], "0.00");
    assert_eq!(offer["options"]["paper_value"], "220000.00");
    assert_eq!(offer["options"]["exercise_cost"], "100000.00");
    assert_eq!(offer["options"]["value_at_exit"], serde_json::Value::Null);
    for format in ["table", "markdown"] {
        let text = Run::new("project")
            .args([
                STARTUP,
                "--as-of",
                "2026-12-01",
                "--format",
                format,
                "--width",
                "160",
            ])
            .stdout();
        assert!(
            text.contains("paper value, not cash: $220,000.00"),
            "{text}"
        );
        assert!(
            text.contains("Total over 4 years") && text.contains("$627,544.05"),
            "{text}"
        );
    }
    let compared = Run::new("compare")
        .args([
            STARTUP,
            "examples/amazon-promotion.json",
            "--as-of",
            "2026-12-01",
            "--width",
            "160",
        ])
        .stdout();
    assert!(
        compared.contains("paper value, not cash: $220,000.00"),
        "{compared}"
    );
}

/// 40,000 options vest 10,000 a year; at $P each year adds (P − 2.50) ×
/// 10,000; the grid holds what has vested by each year's end.
#[test]
fn the_scenario_grid() {
    let value = Run::new("project")
        .args([
            STARTUP,
            "--as-of",
            "2026-12-01",
            "--format",
            "json",
            "--scenarios",
        ])
        .json();
    let grid = value["offers"][0]["options"]["scenarios"]
        .as_array()
        .unwrap()
        .clone();
    let rows: Vec<(String, String, Vec<String>)> = grid
        .iter()
        .map(|s| {
            (
                s["label"].as_str().unwrap().to_owned(),
                s["price"].as_str().unwrap().to_owned(),
                s["vested_value"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v.as_str().unwrap().to_owned())
                    .collect(),
            )
        })
        .collect();
    let row = |label: &str, price: &str, values: [&str; 4]| {
        (
            label.to_owned(),
            price.to_owned(),
            values.map(String::from).to_vec(),
        )
    };
    // The 409A equals the strike here: listed once, as the strike.
    assert_eq!(
        rows,
        vec![
            row("0", "0", ["0.00", "0.00", "0.00", "0.00"]),
            row("strike", "2.5", ["0.00", "0.00", "0.00", "0.00"]),
            row(
                "preferred",
                "8",
                ["55000.00", "110000.00", "165000.00", "220000.00"]
            ),
            row(
                "2× preferred",
                "16",
                ["135000.00", "270000.00", "405000.00", "540000.00"]
            ),
            row(
                "5× preferred",
                "40",
                ["375000.00", "750000.00", "1125000.00", "1500000.00"]
            ),
            row(
                "10× preferred",
                "80",
                ["775000.00", "1550000.00", "2325000.00", "3100000.00"]
            ),
        ]
    );
    let value = Run::new("project")
        .args([
            STARTUP,
            "--as-of",
            "2026-12-01",
            "--format",
            "json",
            "--scenario",
            "3.75",
        ])
        .json();
    let grid = &value["offers"][0]["options"]["scenarios"];
    assert_eq!(grid[0]["price"], "3.75");
    assert_eq!(grid[0]["vested_value"][3], "50000.00");
    assert_eq!(grid.as_array().unwrap().len(), 1);
}

/// Against the Amazon promotion ($911,459.91 over four years) the startup
/// ($627,544.05 in cash) needs $283,915.86 from 40,000 options at $2.50:
/// $9.60 a share ((9.60 − 2.50) × 40,000 = $284,000; $9.59 gives $283,600).
#[test]
fn the_break_even_exit_price_against_amazon() {
    let value = Run::new("compare")
        .args([
            STARTUP,
            "examples/amazon-promotion.json",
            "--as-of",
            "2026-12-01",
            "--format",
            "json",
        ])
        .json();
    let break_even = &value["comparison"]["break_even"][0];
    assert_eq!(break_even["name"], "Startup offer (senior engineer)");
    assert_eq!(break_even["exit_price"], "9.60");
    // 9.60 × 50,000,000 shares.
    assert_eq!(break_even["exit_valuation"], "480000000.00");
}

/// Leaving after 18 months: the 10,000 options of the cliff and 834 × 4 +
/// 833 × 2 monthly ones = 15,002 vested, $37,505 to buy at $2.50; the
/// window closes 90 days after 2028-06-01.
#[test]
fn leaving_after_eighteen_months() {
    let value = Run::new("project")
        .args([
            STARTUP,
            "--as-of",
            "2026-12-01",
            "--format",
            "json",
            "--leave-after",
            "18",
        ])
        .json();
    let leaving = &value["offers"][0]["options"]["leaving"];
    assert_eq!(leaving["leave_date"], "2028-06-01");
    assert_eq!(leaving["grants"][0]["vested_options"], 15002);
    assert_eq!(leaving["grants"][0]["forfeited_options"], 24998);
    assert_eq!(leaving["exercise_cost"], "37505.00");
    assert_eq!(leaving["spread_at_fmv"], "0.00");
    assert_eq!(leaving["grants"][0]["window_closes"], "2028-08-30");
    assert_eq!(leaving["forfeited_paper_value"], "137489.00");
    assert!(leaving["omits"][0].as_str().unwrap().contains("AMT"));
    // The leave table's walk-away rows include the options.
    let table = Run::new("project")
        .args([
            STARTUP,
            "--as-of",
            "2026-12-01",
            "--leave-after",
            "18",
            "--format",
            "markdown",
        ])
        .stdout();
    assert!(
        table.contains(
            "| Vested options, lost unless bought by 2028-08-30: 15002, cost |  $37,505.00 |"
        ),
        "{table}"
    );
    assert!(
        table.contains(
            "| Options forfeited: 24998 (paper value, not cash)              | $137,489.00 |"
        ),
        "{table}"
    );
}

/// A double-trigger RSU vests on time and pays nothing until an exit.
#[test]
fn double_trigger_rsus_pay_only_at_an_exit() {
    let json = r#"{"name": "Late-stage", "start_date": "2027-01-01", "base_salary": 100000,
        "equity": [{"double_trigger": true, "shares": 1000, "share_price": "12.5"}]}"#;
    let bare = projected(json, None);
    assert_eq!(bare.projection.summary.total, Decimal::from(400000));
    assert_eq!(
        bare.projection.options.as_ref().unwrap().paper_value[0],
        Decimal::from(3125)
    );
    let sold = projected(json, Some(Exit::Price(Decimal::from(20))));
    assert_eq!(sold.projection.rows[0].equity, Decimal::from(5000));
    assert_eq!(
        sold.projection.options.as_ref().unwrap().options_vested,
        vec![0; 4]
    );
}

fn refused(offer: &str, extra: &[&str]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("offer.json");
    std::fs::write(&path, offer).unwrap();
    let output = Run::new("project")
        .args([path.to_str().unwrap(), "--as-of", "2026-12-01"])
        .args(extra)
        .output();
    let stderr = output.stderr;
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    (output.code.unwrap(), stderr)
}

#[test]
fn bad_options_get_one_clear_line() {
    let grant = |fields: &str| {
        format!(r#"{{"name": "S", "base_salary": 1, "equity": [{{"kind": "options", {fields}}}]}}"#)
    };
    for (offer, extra, expected) in [
        (
            grant(r#""shares": 10, "strike_price": -1, "fmv": 1"#),
            &[][..],
            "equity[0].strike_price: is -1, expected at least 0",
        ),
        (
            grant(r#""shares": 10, "fmv": 1"#),
            &[][..],
            "equity[0]: has no `strike_price`, expected the price to buy one share with an option",
        ),
        (
            grant(r#""shares": 10.5, "strike_price": 1, "fmv": 1"#),
            &[][..],
            "equity[0].shares: `10.5` is not a whole number, expected a whole count of shares",
        ),
        (
            grant(r#""shares": 10, "strike_price": 1, "fmv": 1"#),
            &["--exit-valuation", "1000000"][..],
            "equity[0].fully_diluted_shares: is missing, expected the company's fully diluted share count to turn --exit-valuation into a price per share",
        ),
        (
            r#"{"name": "S", "base_salary": 1, "equity": [{"grant_value": 1, "strike_price": 1}]}"#
                .to_owned(),
            &[][..],
            "equity[0].strike_price: applies to options, expected `\"kind\": \"options\"` with it",
        ),
        (
            grant(r#""shares": 10, "strike_price": 1, "fmv": 1, "fully_diluted_shares": 5"#),
            &[][..],
            "equity[0].fully_diluted_shares: is 5, expected 10 to 1000000000000",
        ),
    ] {
        let (code, stderr) = refused(&offer, extra);
        assert_eq!(code, 65, "{stderr}");
        assert!(stderr.contains(expected), "{stderr}\nexpected: {expected}");
    }
}

#[test]
fn csv_and_batch_refuse_options_rather_than_count_them_as_nothing() {
    Run::new("project")
        .args([STARTUP, "--as-of", "2026-12-01", "--format", "csv"])
        .code(2)
        .stderr_has("paper value CSV has no column for");
    let dir = tempfile::tempdir().unwrap();
    let lines = dir.path().join("offers.jsonl");
    let startup: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(STARTUP).unwrap()).unwrap();
    std::fs::write(
        &lines,
        format!("{startup}\n{{\"name\": \"cash\", \"base_salary\": 1}}\n"),
    )
    .unwrap();
    let refused = Run::new("batch")
        .args([lines.to_str().unwrap(), "--as-of", "2026-12-01"])
        .code(65)
        .stderr_has("offers.jsonl:1: equity[0]: is options");
    // The good record is still written.
    assert_eq!(refused.stdout.lines().count(), 1);
    Run::new("project")
        .args([STARTUP, "--dilution", "10"])
        .code(2);
}

/// Every options output validates against the schema `schema projection`
/// and `schema comparison` print, and the offer schema knows the new fields.
#[test]
fn options_outputs_validate_against_their_schemas() {
    let validator = |which: &str| {
        let schema = Run::new("schema").arg(which).json();
        jsonschema::validator_for(&schema).unwrap()
    };
    let offer = validator("offer");
    let example: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(STARTUP).unwrap()).unwrap();
    assert!(offer.is_valid(&example));
    assert!(
        !offer.is_valid(&serde_json::json!({"name": "S", "base_salary": 1,
        "equity": [{"kind": "warrants", "shares": 1}]}))
    );
    assert!(
        !offer.is_valid(&serde_json::json!({"name": "S", "base_salary": 1,
        "equity": [{"kind": "options", "option_type": "rsu"}]}))
    );
    let projection = validator("projection");
    for extra in [
        &["--scenarios", "--leave-after", "18"][..],
        &[
            "--exit-valuation",
            "500000000",
            "--dilution",
            "20",
            "--preferences",
            "1",
        ][..],
    ] {
        let value = Run::new("project")
            .args([STARTUP, "--as-of", "2026-12-01", "--format", "json"])
            .args(extra)
            .json();
        let errors: Vec<String> = projection
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{extra:?}: {errors:?}");
        assert!(value["offers"][0]["options"].is_object());
    }
    let comparison = validator("comparison");
    let value = Run::new("compare")
        .args([
            STARTUP,
            "examples/amazon-promotion.json",
            "--as-of",
            "2026-12-01",
            "--format",
            "json",
        ])
        .json();
    let errors: Vec<String> = comparison
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

/// The same offer with NSOs and a 409A of $4 at grant: leaving after 18
/// months, the 15,002 vested options make (4 − 2.50) × each vest = $22,503
/// of wages, stacked on year 2's $154,500. Under us-2026-single-wa that is
/// 24 % federal ($5,400.72), 6.2 % Social Security (10,974.19 − 9,579.00 =
/// $1,395.19) and 1.45 % Medicare (2,566.54 − 2,240.25 = $326.29): $7,122.20.
#[test]
fn the_nso_spread_is_taxed_as_wages_with_a_tax_table() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nso.json");
    let text = std::fs::read_to_string(STARTUP)
        .unwrap()
        .replace(r#""option_type": "iso""#, r#""option_type": "nso""#)
        .replace(r#""fmv": 2.5"#, r#""fmv": 4"#);
    std::fs::write(&path, text).unwrap();
    let args = |tax: bool| {
        let mut args = vec![
            "project".to_owned(),
            path.to_str().unwrap().to_owned(),
            "--as-of=2026-12-01".to_owned(),
            "--leave-after=18".to_owned(),
            "--format=json".to_owned(),
        ];
        if tax {
            args.push("--tax=us-2026-single-wa".to_owned());
        }
        args
    };
    let leaving = |tax: bool| {
        let value = Run::bare().args(args(tax)).json();
        value["offers"][0]["options"]["leaving"].clone()
    };
    let taxed = leaving(true);
    assert_eq!(taxed["spread_at_fmv"], "22503.00");
    assert_eq!(taxed["nso_spread_tax"], "7122.20");
    assert_eq!(leaving(false)["nso_spread_tax"], serde_json::Value::Null);
}

/// `--vests` lists every option vest: the cliff's 10,000 on the first
/// anniversary, then 834 or 833 a month, 40,000 in all.
#[test]
fn option_vests_are_listed() {
    let value = Run::new("project")
        .args([
            STARTUP,
            "--as-of",
            "2026-12-01",
            "--format",
            "json",
            "--vests",
            "--exit-price",
            "10",
        ])
        .json();
    let vests = value["offers"][0]["options"]["vests"].as_array().unwrap();
    assert_eq!(vests.len(), 37);
    assert_eq!(vests[0]["date"], "2027-12-01");
    assert_eq!(vests[0]["shares"], 10000);
    assert_eq!(vests[0]["paper_value"], "55000.00");
    assert_eq!(vests[0]["value_at_exit"], "75000.00");
    assert_eq!(vests[5]["shares"], 833);
    assert_eq!(vests[5]["value_at_exit"], "6247.50");
    let total: u64 = vests.iter().map(|v| v["shares"].as_u64().unwrap()).sum();
    assert_eq!(total, 40000);
    let table = Run::new("project")
        .args([
            STARTUP,
            "--as-of",
            "2026-12-01",
            "--vests",
            "--width",
            "160",
        ])
        .stdout();
    assert!(
        table.contains("the options' vests are listed with them above"),
        "{table}"
    );
}
