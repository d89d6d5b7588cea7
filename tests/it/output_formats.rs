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

#[test]
fn narrow_terminal_wraps_instead_of_overflowing() {
    let output = Command::cargo_bin("counteroffer")
        .unwrap()
        .args([
            "compare", AMAZON, COMPETING, "--width", "60", "--color", "never",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    for line in text.lines().filter(|l| l.starts_with(['┌', '│', '└', '╞'])) {
        assert!(line.chars().count() <= 60, "{line}");
    }
}

#[test]
fn colour_is_only_added_when_asked() {
    let plain = run(&["demo"]);
    assert!(!plain.contains('\x1b'));
    let coloured = Command::cargo_bin("counteroffer")
        .unwrap()
        .args(["demo", "--color", "always"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(coloured.stdout)
            .unwrap()
            .contains("\x1b[1m")
    );
    let no_color = Command::cargo_bin("counteroffer")
        .unwrap()
        .args(["demo"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(!String::from_utf8(no_color.stdout).unwrap().contains('\x1b'));
}
