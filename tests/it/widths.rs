//! Every view fits the width it is given without breaking a figure or a
//! word: each command is rendered at 60, 80, 100 and 120 columns, no line
//! is wider, and every money figure of the same command's JSON appears
//! whole on one line of the table view.

use serde_json::Value;

use crate::common::Run;

const AMAZON: &str = "examples/amazon-promotion.json";
const COMPETING: &str = "examples/competing-offer.json";
const REFRESHERS: &str = "examples/refreshers.json";
const WIDTHS: [usize; 4] = [60, 80, 100, 120];
const FIXED: [&str; 4] = ["--as-of", "2026-11-26", "--color", "never"];

/// Every string at a path matching `pattern` (`*` matches any key or
/// index); objects naming a percentage metric are skipped.
fn figures<'a>(value: &'a Value, pattern: &[&str], out: &mut Vec<&'a str>) {
    let Some((head, rest)) = pattern.split_first() else {
        if let Value::String(text) = value {
            out.push(text);
        }
        return;
    };
    match value {
        Value::Object(map) => {
            if map.get("metric").and_then(Value::as_str) == Some("bonus_pct") {
                return;
            }
            for (key, child) in map {
                if *head == "*" || head == key {
                    figures(child, rest, out);
                }
            }
        }
        Value::Array(items) if *head == "*" => {
            for child in items {
                figures(child, rest, out);
            }
        }
        _ => {}
    }
}

/// `"-21111.71"` as the table shows it, independently of the program's
/// formatting: `$21,111.71` (the sign, if any, comes before the `$`).
fn dollars(amount: &str) -> (String, String) {
    let digits = amount.trim_start_matches('-');
    let (units, cents) = digits.split_once('.').expect("two decimals");
    assert_eq!(cents.len(), 2, "{amount}");
    let mut grouped = String::new();
    for (i, digit) in units.chars().enumerate() {
        if i > 0 && (units.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    (format!("${grouped}.{cents}"), format!("${grouped}"))
}

/// Whether `line` holds `figure` with nothing of another number glued on.
fn holds(line: &str, figure: &str, whole: bool) -> bool {
    line.match_indices(figure).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let mut after = line[at + figure.len()..].chars();
        let next = after.next();
        let glued_before = before.is_some_and(|c| c.is_ascii_digit() || c == ',' || c == '.');
        let glued_after = match next {
            Some(c) if c.is_ascii_digit() || c == ',' => true,
            // The whole form must not be the start of a figure with cents.
            Some('.') if whole => after.next().is_some_and(|c| c.is_ascii_digit()),
            _ => false,
        };
        !glued_before && !glued_after
    })
}

fn check(args: &[&str], shown: &[&str]) {
    let json = Run::bare()
        .args(args)
        .args(FIXED)
        .args(["--format", "json"])
        .json();
    let mut amounts = Vec::new();
    for pattern in shown {
        let pattern: Vec<&str> = pattern.split('/').collect();
        figures(&json, &pattern, &mut amounts);
    }
    assert!(amounts.len() >= 9, "{args:?}: {amounts:?}");
    for width in WIDTHS {
        let text = Run::bare()
            .args(args)
            .args(FIXED)
            .args(["--width", &width.to_string()])
            .stdout();
        let lines: Vec<&str> = text.lines().collect();
        for line in &lines {
            assert!(
                line.chars().count() <= width,
                "{args:?} at {width}: {} columns: {line}",
                line.chars().count()
            );
        }
        for amount in &amounts {
            let (full, whole) = dollars(amount);
            if amount
                .trim_start_matches('-')
                .trim_start_matches(['0', '.'])
                .is_empty()
            {
                // Zero in every row may be a column left out, with a note.
                continue;
            }
            let found = lines.iter().any(|line| {
                holds(line, &full, false) || (full.ends_with(".00") && holds(line, &whole, true))
            });
            assert!(
                found,
                "{args:?} at {width}: {full} not whole on a line\n{text}"
            );
        }
    }
}

const PROJECTION: &[&str] = &[
    "offers/*/years/*/base",
    "offers/*/years/*/bonus",
    "offers/*/years/*/sign_on",
    "offers/*/years/*/equity",
    "offers/*/years/*/total",
    "offers/*/years/*/cumulative",
    "offers/*/total",
    "offers/*/year_one",
    "offers/*/average",
    "offers/*/average_without_sign_on",
    "offers/*/guaranteed_cash",
    "offers/*/unvested_after_horizon",
];

const COMPARISON: &[&str] = &[
    "offers/*/years/*/total",
    "offers/*/total",
    "offers/*/average",
    "offers/*/average_without_sign_on",
    "offers/*/guaranteed_cash",
    "comparison/standings/*/behind",
    "comparison/break_even/*/sign_on",
    "comparison/break_even/*/base",
    "comparison/break_even/*/grant",
    "offers/*/market/metrics/*/gap",
];

#[test]
fn project_fits_every_width() {
    check(&["project", AMAZON, COMPETING, REFRESHERS], PROJECTION);
}

#[test]
fn project_with_tax_fits_every_width() {
    let mut shown = PROJECTION.to_vec();
    shown.extend([
        "offers/*/years/*/taxes/*/amount",
        "offers/*/years/*/net",
        "offers/*/years/*/withheld",
        "offers/*/years/*/balance_due",
        "offers/*/net_total",
        "offers/*/net_average",
    ]);
    check(
        &["project", AMAZON, COMPETING, "--tax", "us-2026-single-wa"],
        &shown,
    );
}

#[test]
fn project_with_leave_table_fits_every_width() {
    let mut shown = PROJECTION.to_vec();
    shown.extend([
        "offers/*/leave_table/months/*/base",
        "offers/*/leave_table/months/*/bonus",
        "offers/*/leave_table/months/*/sign_on",
        "offers/*/leave_table/months/*/clawback",
        "offers/*/leave_table/months/*/equity",
        "offers/*/leave_table/months/*/total",
        "offers/*/leave_table/costly/*/next_month_adds",
    ]);
    check(&["project", COMPETING, "--leave-table"], &shown);
}

#[test]
fn compare_fits_every_width() {
    check(
        &[
            "compare",
            AMAZON,
            COMPETING,
            REFRESHERS,
            "--benchmarks",
            "examples/benchmarks.json",
        ],
        COMPARISON,
    );
}

#[test]
fn compare_with_tax_and_leaving_fits_every_width() {
    let mut shown = COMPARISON.to_vec();
    shown.extend([
        "offers/*/net_total",
        "comparison/gap_after_tax",
        "offers/*/leave/total",
        "offers/*/leave/clawback",
        "offers/*/leave/forfeited_equity",
    ]);
    check(
        &[
            "compare",
            AMAZON,
            COMPETING,
            "--tax",
            "us-2026-single",
            "--leave-after",
            "18",
        ],
        &shown,
    );
}

#[test]
fn market_fits_every_width() {
    check(
        &["market", AMAZON],
        &["metrics/*/value", "metrics/*/target_value", "metrics/*/gap"],
    );
}

#[test]
fn demo_fits_every_width() {
    check(&["demo"], COMPARISON);
}

#[test]
fn the_checks_catch_a_broken_figure() {
    assert_eq!(dollars("-1061216.59").0, "$1,061,216.59");
    assert_eq!(dollars("170000.00").1, "$170,000");
    assert!(holds("│ $1,061,216.59 │", "$1,061,216.59", false));
    assert!(!holds(
        "│ $1,061,21 │\n│      6.59 │",
        "$1,061,216.59",
        false
    ));
    assert!(!holds("│ $1,061,216.5 │", "$1,061,216.59", false));
    assert!(!holds("│ 2$1,061,216.59 │", "$1,061,216.59", false));
    assert!(!holds("$170,000.00", "$170,000", true));
    assert!(holds("($170,000).", "$170,000", true));
}
