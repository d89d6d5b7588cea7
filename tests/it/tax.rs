//! After tax: the built-in federal table on worked examples, table files
//! checked with their JSON paths, per-offer tables, and the invariants over
//! random tables and wages.

use counteroffer::domain::tax::{Bracket, Layer, built_in, built_in_names, parse_tax_table};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;

use crate::common::Run;

#[test]
fn the_founding_case_after_federal_tax_in_washington() {
    let out = Run::new("project")
        .args([
            "examples/amazon-promotion.json",
            "--tax",
            "us-2026-single-wa",
        ])
        .args(["--format", "json"])
        .json();
    let offer = &out["offers"][0];
    assert_eq!(offer["tax_table"]["name"], "us-2026-single-wa");
    let year = &offer["years"][0];
    // Wages of 206,900 less the 16,100 deduction: 190,800 taxable.
    // 1,240 + 4,560 + 12,166 + 24 % × 85,100 = 38,390.
    assert_eq!(year["taxes"][0]["name"], "federal income tax");
    assert_eq!(year["taxes"][0]["amount"], "38390.00");
    // Social Security on the wage base: 6.2 % × 184,500.
    assert_eq!(year["taxes"][1]["amount"], "11439.00");
    // Medicare: 1.45 % × 200,000 + 2.35 % × 6,900.
    assert_eq!(year["taxes"][2]["amount"], "3062.15");
    assert_eq!(year["tax"], "52891.15");
    assert_eq!(year["net"], "154008.85");
    // Base 180,000 withheld at the schedule (31,934), the $26,900 of bonus
    // and vests at 22 % (5,918): 538 is due in April.
    assert_eq!(year["withheld"], "52353.15");
    assert_eq!(year["balance_due"], "538.00");
    let nets: Decimal = offer["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y["net"].as_str().unwrap().parse::<Decimal>().unwrap())
        .sum();
    assert_eq!(
        offer["net_total"]
            .as_str()
            .unwrap()
            .parse::<Decimal>()
            .unwrap(),
        nets
    );
}

#[test]
fn without_a_table_nothing_changes() {
    let out = Run::new("project")
        .arg("examples/amazon-promotion.json")
        .args(["--format", "json"])
        .json();
    assert!(out["offers"][0].get("net_total").is_none());
    assert!(out["offers"][0]["years"][0].get("tax").is_none());
}

#[test]
fn each_offer_may_carry_its_own_table_and_the_leader_can_change() {
    let out = Run::new("compare")
        .args([
            "tests/fixtures/tax/seattle.json",
            "tests/fixtures/tax/elsewhere.json",
        ])
        .args(["--format", "json"])
        .json();
    assert_eq!(out["comparison"]["leader"], "Elsewhere");
    assert_eq!(out["comparison"]["leader_after_tax"], "Seattle");
    assert_eq!(out["comparison"]["gap_after_tax"], "27270.00");
    assert_eq!(out["offers"][1]["tax_table"]["name"], "test-flat-state");
    let text = Run::new("compare")
        .args([
            "tests/fixtures/tax/seattle.json",
            "tests/fixtures/tax/elsewhere.json",
        ])
        .output()
        .stdout;
    // The sentence may be wrapped to the width: compare its words.
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains(
        "Note: the leader changes once tax is counted: Elsewhere before tax, Seattle after."
    ));
}

#[test]
fn table_files_are_checked_with_their_json_path() {
    let cases = [
        (
            "bad-order",
            "taxes[0].brackets[2].from: is 100, expected more than the bracket before (500): brackets in order",
        ),
        (
            "no-source",
            "source: is empty, expected where every figure comes from",
        ),
        (
            "not-from-zero",
            "taxes[0].brackets[0].from: is 10, expected the first bracket to start at 0",
        ),
        (
            "rate-101",
            "taxes[0].brackets[0].rate: is 101, expected 0 to 100",
        ),
        ("unknown-field", "taxes[0].rates: unknown field `rates`"),
        (
            "on-unknown",
            "taxes[1].on: is `town`, expected the name of an earlier layer",
        ),
        (
            "on-later",
            "taxes[0].on: is `state`, expected the name of an earlier layer",
        ),
        (
            "on-with-deduction",
            "taxes[1].on: is set with a deduction, deduction_limit or wage_cap, expected the base of the layer it names alone",
        ),
        (
            "band-zero",
            "taxes[0].recapture.band: is 0, expected more than 0",
        ),
        (
            "step-zero",
            "taxes[0].credits[0].phase_out.step: is 0, expected more than 0",
        ),
        (
            "surtax-negative",
            "taxes[0].surtaxes[0].rate: is -1, expected 0 to 100",
        ),
        (
            "max-fraction",
            "taxes[0].max: `31.205` has 3 decimal places, expected at most 2 for money",
        ),
        (
            "figure-years-long",
            "figure_years: has 201 characters, expected at most 200",
        ),
        (
            "euro",
            "currency: is `EUR` but offer `Amazon promotion (L7 manager)`",
        ),
    ];
    for (file, message) in cases {
        let path = format!("tests/fixtures/tax/{file}.json");
        let refused = Run::new("project")
            .args(["examples/amazon-promotion.json", "--tax", &path])
            .code(65);
        let stderr = &refused.stderr;
        assert!(
            stderr.starts_with(&format!("counteroffer: error: {path}: {message}")),
            "{file}: {stderr}"
        );
        assert!(refused.stdout.is_empty());
    }
    Run::new("project")
        .args([
            "examples/amazon-promotion.json",
            "--tax",
            "us-2026-single-zz",
        ])
        .code(2);
}

#[test]
fn a_shown_table_reads_back_as_the_same_table() {
    for name in built_in_names() {
        let shown = Run::new("tax").args(["show", &name]).stdout();
        let table = parse_tax_table(shown.as_bytes()).unwrap();
        assert_eq!(Some(table), built_in(&name), "{name}");
    }
    let list = Run::new("tax").arg("list").output().stdout;
    // One line a table; the sources are in `tax show`.
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), built_in_names().len() + 2, "{list}");
    assert!(
        lines.iter().any(|l| l.starts_with("us-2026-single-ca ")
            && l.ends_with("(some figures from an earlier year)")),
        "{list}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")
                == "us-2026-single 2026 USD federal income tax, social security, medicare"),
        "{list}"
    );
    assert!(lines[built_in_names().len() + 1].contains("tax show NAME"));
}

fn layer() -> impl Strategy<Value = Layer> {
    (
        0u64..50_000,
        proptest::collection::vec((1u64..200_000, 0u64..=100_000_000), 0..6),
        0u64..=100_000_000,
    )
        .prop_map(|(deduction, steps, first_rate)| {
            let mut brackets = vec![Bracket {
                from: Decimal::ZERO,
                rate: Decimal::new(first_rate as i64, 6),
            }];
            let mut from = 0u64;
            for (step, rate) in steps {
                from += step;
                brackets.push(Bracket {
                    from: Decimal::from(from),
                    rate: Decimal::new(rate as i64, 6),
                });
            }
            Layer::of_brackets(
                "layer",
                counteroffer::domain::money::Minor::CENT,
                Decimal::from(deduction),
                brackets,
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// A larger gross never lowers a layer's tax; a layer never takes more
    /// than its top rate times the taxable amount; net is at most gross.
    #[test]
    fn layers_are_monotone_and_bounded(
        layer in layer(),
        gross in 0u64..500_000_000, // cents
        more in 0u64..100_000_000, // cents
    ) {
        let gross = Decimal::new(gross as i64, 2);
        let larger = gross + Decimal::new(more as i64, 2);
        let tax = layer.tax(gross);
        prop_assert!(layer.tax(larger) >= tax);
        let top = layer.brackets.iter().map(|b| b.rate).max().unwrap();
        let taxable = (gross - layer.deduction).max(Decimal::ZERO);
        // Within half a cent of the bound: the tax is rounded to cents.
        prop_assert!(tax <= top * taxable / Decimal::ONE_HUNDRED + Decimal::new(5, 3));
        prop_assert!(tax >= Decimal::ZERO);
        prop_assert!(gross - tax >= Decimal::ZERO - Decimal::new(5, 3));
    }
}

#[test]
fn the_plan_says_what_the_ask_is_worth_after_tax() {
    let out = Run::new("script")
        .args([
            "examples/amazon-promotion.json",
            "--impact",
            "12000000",
            "--as-of",
            "2026-11-16",
            "--tax",
            "us-2026-single-wa",
        ])
        .args(["--format", "json"])
        .json();
    let after = &out["worth"]["after_tax"];
    assert_eq!(after["table"], "us-2026-single-wa");
    // The offer's net over four years, as `project --tax` gives it.
    let projected = Run::new("project")
        .args([
            "examples/amazon-promotion.json",
            "--tax",
            "us-2026-single-wa",
        ])
        .args(["--format", "json"])
        .json();
    assert_eq!(
        after["offer_net_total"],
        projected["offers"][0]["net_total"]
    );
    let (offer, ask, difference): (Decimal, Decimal, Decimal) = (
        after["offer_net_total"].as_str().unwrap().parse().unwrap(),
        after["ask_net_total"].as_str().unwrap().parse().unwrap(),
        after["difference_net"].as_str().unwrap().parse().unwrap(),
    );
    assert_eq!(ask - offer, difference);
    // Tax takes part of every extra dollar, never more.
    let gross: Decimal = out["worth"]["difference"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(difference > Decimal::ZERO && difference < gross);
}

/// `batch --tax` gives every record the net `project --tax` gives it.
#[test]
fn batch_after_tax_agrees_with_project() {
    let records: Vec<Value> = Run::new("batch")
        .args(["examples/offers.jsonl", "--tax", "us-2026-single"])
        .args(["--as-of", "2026-11-26"])
        .stdout()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(records.len() >= 2);
    let lines: Vec<String> = std::fs::read_to_string("examples/offers.jsonl")
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    for record in &records {
        let line = record["line"].as_u64().unwrap() as usize;
        let projected = Run::new("project")
            .args(["-", "--tax", "us-2026-single", "--as-of", "2026-11-26"])
            .args(["--format", "json"])
            .stdin(lines[line - 1].clone())
            .output()
            .json();
        assert_eq!(
            record["net_total"], projected["offers"][0]["net_total"],
            "line {line}"
        );
        assert_eq!(record["tax_table"]["name"], "us-2026-single");
        // One shape: the record is the projection's offer plus its line.
        let mut record = record.clone();
        record.as_object_mut().unwrap().remove("line");
        assert_eq!(record, projected["offers"][0], "line {line}");
    }
}
