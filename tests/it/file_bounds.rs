//! What a tax table or a benchmark file may hold, refused as it is read:
//! a file of millions of tiny elements is one clear error (65), not a
//! process that grows past the memory the README promises.

use std::path::Path;

use crate::common::Run;

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

/// Runs `project` on the founding offer with `table`: code and stderr.
fn project_with(table: &str) -> (i32, String) {
    let ran = Run::new("project")
        .args(["examples/amazon-promotion.json", "--tax", table])
        .output();
    assert!(ran.code != Some(0) || !ran.stdout.is_empty());
    (ran.code.unwrap(), ran.stderr)
}

fn table(taxes: &str) -> String {
    format!(
        r#"{{"name": "t", "currency": "USD", "year": 2026, "source": "s", "taxes": [{taxes}]}}"#
    )
}

fn brackets(count: usize) -> String {
    (0..count)
        .map(|i| format!(r#"{{"from": {i}, "rate": 1}}"#))
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn a_tax_table_holds_at_most_20_layers_of_100_brackets_and_50_notes() {
    let dir = tempfile::tempdir().unwrap();
    let layer = |brackets: &str, extra: &str| {
        format!(r#"{{"name": "a", "brackets": [{brackets}]{extra}}}"#)
    };
    let ok_layer = layer(&brackets(100), "");
    let at_bounds = write(
        dir.path(),
        "at.json",
        &table(&vec![ok_layer.as_str(); 20].join(",")),
    );
    assert_eq!(project_with(&at_bounds).0, 0);

    let cases = [
        (
            table(&vec![ok_layer.as_str(); 21].join(",")),
            "taxes: has more than 20 elements, expected at most 20",
        ),
        (
            table(&layer(&brackets(101), "")),
            "taxes[0].brackets: has more than 100 elements, expected at most 100",
        ),
        (
            table(&layer(
                &brackets(1),
                &format!(r#", "supplemental": [{}]"#, brackets(101)),
            )),
            "taxes[0].supplemental: has more than 100 elements",
        ),
        (
            table(&layer(
                &brackets(1),
                &format!(r#", "omits": [{}]"#, vec![r#""x""#; 51].join(",")),
            )),
            "taxes[0].omits: has more than 50 elements, expected at most 50",
        ),
    ];
    for (text, expected) in cases {
        let path = write(dir.path(), "t.json", &text);
        let (code, stderr) = project_with(&path);
        assert_eq!(code, 65, "{stderr}");
        assert!(stderr.contains(&format!("t.json: {expected}")), "{stderr}");
    }
}

/// A million empty layers (27 MB): refused after the 21st, in little memory.
#[test]
fn millions_of_tiny_layers_stop_at_the_bound() {
    let dir = tempfile::tempdir().unwrap();
    let layers = vec![r#"{"name": "", "brackets": []}"#; 1_000_000].join(",");
    let path = write(dir.path(), "huge.json", &table(&layers));
    let (code, stderr) = project_with(&path);
    assert_eq!(code, 65);
    assert!(
        stderr.contains("taxes: has more than 20 elements"),
        "{stderr}"
    );
}

fn entries(count: usize) -> String {
    let entries: Vec<String> = (0..count)
        .map(|i| format!(r#"{{"id": "e{i}", "total": {{"p50": 1}}}}"#))
        .collect();
    format!(r#"{{"source": "s", "entries": [{}]}}"#, entries.join(","))
}

#[test]
fn a_benchmark_file_holds_at_most_200000_entries() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "b.json", &entries(200_001));
    Run::new("benchmarks")
        .args(["check", &path])
        .code(65)
        .stdout_is("")
        .stderr_has("b.json: entries: has more than 200000 elements, expected at most 200000");
}

#[test]
fn check_lists_the_first_thousand_entries_and_counts_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "b.json", &entries(1_003));
    let stdout = Run::bare()
        .args(["--color", "never", "benchmarks", "check", &path])
        .args(["--width", "100"])
        .stdout();
    assert!(stdout.contains("1003 entries"), "{stdout}");
    assert!(stdout.contains("│ e999 "), "{stdout}");
    assert!(!stdout.contains("│ e1000 "), "{stdout}");
    assert!(
        stdout.contains("… and 3 more entries, all valid (the list stops at 1000)."),
        "{stdout}"
    );
}
