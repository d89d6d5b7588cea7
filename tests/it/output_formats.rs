//! Snapshots of every view in every format, with a fixed date and width so
//! the output depends on nothing but the input.

use assert_cmd::Command;

fn run(args: &[&str]) -> String {
    let output = Command::cargo_bin("counteroffer")
        .unwrap()
        .args(args)
        .args([
            "--as-of",
            "2026-11-26",
            "--width",
            "100",
            "--color",
            "never",
        ])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty());
    String::from_utf8(output.stdout).unwrap()
}

const AMAZON: &str = "examples/amazon-promotion.json";
const COMPETING: &str = "examples/competing-offer.json";
const REFRESHERS: &str = "examples/refreshers.json";

#[test]
fn project_table() {
    insta::assert_snapshot!(run(&["project", AMAZON]));
}

#[test]
fn project_table_with_vests_and_growth() {
    insta::assert_snapshot!(run(&["project", REFRESHERS, "--vests"]));
}

#[test]
fn project_markdown() {
    insta::assert_snapshot!(run(&["project", AMAZON, "--format", "markdown"]));
}

#[test]
fn project_json_with_vests() {
    insta::assert_snapshot!(run(&["project", AMAZON, "--format", "json", "--vests"]));
}

#[test]
fn project_csv() {
    insta::assert_snapshot!(run(&["project", AMAZON, REFRESHERS, "--format", "csv"]));
}

#[test]
fn compare_table() {
    insta::assert_snapshot!(run(&["compare", AMAZON, COMPETING, REFRESHERS]));
}

#[test]
fn compare_markdown() {
    insta::assert_snapshot!(run(&["compare", AMAZON, COMPETING, "--format", "markdown"]));
}

#[test]
fn compare_json() {
    insta::assert_snapshot!(run(&["compare", AMAZON, COMPETING, "--format", "json"]));
}

#[test]
fn compare_csv() {
    insta::assert_snapshot!(run(&["compare", AMAZON, COMPETING, "--format", "csv"]));
}

#[test]
fn demo_table() {
    insta::assert_snapshot!(run(&["demo"]));
}

/// Runs `args` with `envs`, asserts success and no diagnostics, and
/// returns standard output.
fn run_with(args: &[&str], envs: &[(&str, &str)]) -> String {
    let mut command = Command::cargo_bin("counteroffer").unwrap();
    command.args(args).env_remove("NO_COLOR");
    for (key, value) in envs {
        command.env(key, value);
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{args:?}: {:?}: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.stderr.is_empty(), "{args:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.lines().count() > 20, "{args:?}: {text}");
    text
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
        let mut args = args.to_vec();
        args.extend(["--width", "60", "--color", "never"]);
        let text = run_with(&args, &[]);
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
    let plain = run(&["demo"]);
    assert!(!plain.contains('\x1b'));
    let coloured = run_with(&["demo", "--color", "always"], &[]);
    assert!(coloured.contains("\x1b[1m"));
    // Not a terminal: plain, and wrapped to 80 columns.
    let no_color = run_with(&["demo"], &[("NO_COLOR", "1")]);
    assert!(!no_color.contains('\x1b'));
    assert_fits(&no_color, 80);
    let forced = run_with(
        &["demo", "--color", "auto", "--width", "72"],
        &[("NO_COLOR", "1")],
    );
    assert!(!forced.contains('\x1b'));
    assert_fits(&forced, 72);
}

/// CSV is one row per offer and year: the after-tax figures join each row,
/// equal to the JSON's; figures it has no column for are refused, not dropped.
#[test]
fn csv_carries_tax_and_refuses_what_it_cannot_show() {
    let taxed = |format| {
        run(&[
            "compare",
            AMAZON,
            COMPETING,
            "--tax",
            "us-2026-single",
            "--format",
            format,
        ])
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
        let output = Command::cargo_bin("counteroffer")
            .unwrap()
            .args(args)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(flag), "{stderr}");
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
