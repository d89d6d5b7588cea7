//! Snapshots of every view in every format, with a fixed date and width so
//! the output depends on nothing but the input.

use crate::common::Run;

const AMAZON: &str = "examples/amazon-promotion.json";
const COMPETING: &str = "examples/competing-offer.json";
const REFRESHERS: &str = "examples/refreshers.json";
/// A fixed date, width and no colour: the output depends on the input alone.
const FIXED: [&str; 6] = [
    "--as-of",
    "2026-11-26",
    "--width",
    "100",
    "--color",
    "never",
];

#[test]
fn project_table() {
    insta::assert_snapshot!(
        Run::new("project")
            .arg(AMAZON)
            .args(FIXED)
            .code(0)
            .stderr_is("")
            .stdout
    );
}

#[test]
fn project_table_with_vests_and_growth() {
    insta::assert_snapshot!(
        Run::new("project")
            .args([REFRESHERS, "--vests"])
            .args(FIXED)
            .code(0)
            .stderr_is("")
            .stdout
    );
}

#[test]
fn project_markdown() {
    insta::assert_snapshot!(
        Run::new("project")
            .args([AMAZON, "--format", "markdown"])
            .args(FIXED)
            .code(0)
            .stderr_is("")
            .stdout
    );
}

#[test]
fn project_json_with_vests() {
    insta::assert_snapshot!(
        Run::new("project")
            .args([AMAZON, "--format", "json", "--vests"])
            .args(FIXED)
            .code(0)
            .stderr_is("")
            .stdout
    );
}

#[test]
fn project_csv() {
    insta::assert_snapshot!(
        Run::new("project")
            .args([AMAZON, REFRESHERS, "--format", "csv"])
            .args(FIXED)
            .code(0)
            .stderr_is("")
            .stdout
    );
}

#[test]
fn compare_table() {
    insta::assert_snapshot!(
        Run::new("compare")
            .args([AMAZON, COMPETING, REFRESHERS])
            .args(FIXED)
            .code(0)
            .stderr_is("")
            .stdout
    );
}

#[test]
fn compare_markdown() {
    insta::assert_snapshot!(
        Run::new("compare")
            .args([AMAZON, COMPETING, "--format", "markdown"])
            .args(FIXED)
            .code(0)
            .stderr_is("")
            .stdout
    );
}

#[test]
fn compare_json() {
    insta::assert_snapshot!(
        Run::new("compare")
            .args([AMAZON, COMPETING, "--format", "json"])
            .args(FIXED)
            .code(0)
            .stderr_is("")
            .stdout
    );
}

#[test]
fn compare_csv() {
    insta::assert_snapshot!(
        Run::new("compare")
            .args([AMAZON, COMPETING, "--format", "csv"])
            .args(FIXED)
            .code(0)
            .stderr_is("")
            .stdout
    );
}

#[test]
fn demo_table() {
    insta::assert_snapshot!(Run::new("demo").args(FIXED).code(0).stderr_is("").stdout);
}

/// No line is wider than `width` columns: tables, prose and the plan.
fn assert_fits(text: &str, width: usize) {
    for line in text.lines() {
        let columns = line.chars().count();
        assert!(columns <= width, "{columns} columns: {line}");
    }
}

#[test]
fn narrow_terminal_wraps_instead_of_overflowing() {
    for args in [
        &["compare", AMAZON, COMPETING][..],
        &[
            "compare",
            AMAZON,
            COMPETING,
            REFRESHERS,
            "--tax",
            "us-2026-single",
        ],
        &[
            "project",
            AMAZON,
            "--leave-table",
            "--tax",
            "us-2026-single-wa",
        ],
        &["market", AMAZON],
        &["demo"],
    ] {
        let text = Run::bare()
            .args(args)
            .args(["--width", "60", "--color", "never"])
            .env_remove("NO_COLOR")
            .code(0)
            .stderr_is("")
            .stdout;
        assert!(text.lines().count() > 20, "{args:?}: {text}");
        assert_fits(&text, 60);
        // The sentences are there, wrapped between words, not cut.
        let words: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if args[0] == "compare" {
            assert!(words.contains("in cumulative pay in year 4."), "{text}");
        }
        if args[0] == "market" {
            assert!(words.contains("$5,000.00 below your p75 target;"), "{text}");
        }
    }
}

#[test]
fn colour_is_only_added_when_asked() {
    let plain = Run::new("demo").args(FIXED).code(0).stderr_is("").stdout;
    assert!(!plain.contains('\x1b'));
    let coloured = Run::new("demo")
        .args(["--color", "always"])
        .env_remove("NO_COLOR")
        .code(0)
        .stderr_is("")
        .stdout;
    assert!(coloured.lines().count() > 20, "{coloured}");
    assert!(coloured.contains("\x1b[1m"));
    // Not a terminal: plain, and wrapped to 80 columns.
    let no_color = Run::new("demo")
        .env("NO_COLOR", "1")
        .code(0)
        .stderr_is("")
        .stdout;
    assert!(no_color.lines().count() > 20, "{no_color}");
    assert!(!no_color.contains('\x1b'));
    assert_fits(&no_color, 80);
    let forced = Run::new("demo")
        .args(["--color", "auto", "--width", "72"])
        .env("NO_COLOR", "1")
        .code(0)
        .stderr_is("")
        .stdout;
    assert!(forced.lines().count() > 20, "{forced}");
    assert!(!forced.contains('\x1b'));
    assert_fits(&forced, 72);
}

/// CSV is one row per offer and year: the after-tax figures join each row,
/// equal to the JSON's; figures it has no column for are refused, not dropped.
#[test]
fn csv_carries_tax_and_refuses_what_it_cannot_show() {
    let taxed = |format| {
        Run::new("compare")
            .args([
                AMAZON,
                COMPETING,
                "--tax",
                "us-2026-single",
                "--format",
                format,
            ])
            .args(FIXED)
            .code(0)
            .stderr_is("")
            .stdout
    };
    let csv = taxed("csv");
    let json: serde_json::Value = serde_json::from_str(&taxed("json")).unwrap();
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .ends_with(",total,cumulative,tax_table,tax,net,withheld,balance_due")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 8);
    for (row, (offer, year)) in rows
        .iter()
        .zip((0..2).flat_map(|o| (0..4).map(move |y| (o, y))))
    {
        let expected = &json["offers"][offer]["years"][year];
        let cells: Vec<&str> = row.rsplitn(5, ',').collect();
        assert_eq!(cells[3], expected["tax"], "{row}");
        assert_eq!(cells[2], expected["net"], "{row}");
        assert_eq!(cells[1], expected["withheld"], "{row}");
        assert_eq!(cells[0], expected["balance_due"], "{row}");
    }
    let refused = |args: &[&str], flag: &str| {
        Run::bare().args(args).code(2).stderr_has(flag);
    };
    refused(
        &["project", AMAZON, "--vests", "--format", "csv"],
        "--vests",
    );
    refused(
        &["project", AMAZON, "--leave-table", "--format", "csv"],
        "--leave-table",
    );
    refused(
        &[
            "compare",
            AMAZON,
            COMPETING,
            "--leave-after",
            "6",
            "--format",
            "csv",
        ],
        "--leave-after",
    );
    refused(
        &[
            "compare",
            AMAZON,
            COMPETING,
            "--benchmarks",
            "examples/benchmarks.json",
            "--format",
            "csv",
        ],
        "--benchmarks",
    );
    // A target with nothing to place against.
    refused(
        &["compare", AMAZON, COMPETING, "--target", "p90"],
        "--target",
    );
    refused(
        &["batch", "examples/offers.jsonl", "--target", "p90"],
        "--target",
    );
}
