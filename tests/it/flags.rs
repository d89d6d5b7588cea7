//! Every flag a command's `--help` offers does something in every format
//! the command allows: the output with the flag differs from the output
//! without it, or the format is refused with exit 2 and a message naming
//! the flag. The flags are taken from the command-line definition itself,
//! so a new flag without a case here fails the test.

use crate::common::{Outcome, Run};
use clap::CommandFactory;

const AMAZON: &str = "examples/amazon-promotion.json";
const COMPETING: &str = "examples/competing-offer.json";
const LONDON: &str = "examples/london-offer.json";
const STARTUP: &str = "examples/startup-options.json";
const FORMATS: [&str; 4] = ["table", "markdown", "json", "csv"];

/// Flags that are about the terminal, not the content: `--color` (in JSON,
/// CSV and Markdown there is nothing to colour) and the help itself.
const NOT_CONTENT: [&str; 4] = ["color", "help", "version", "format"];

/// The commands whose output has a `--format`.
const COMMANDS: [&str; 4] = ["project", "compare", "market", "demo"];

struct Case {
    /// The command line without the flag (after the binary).
    base: Vec<String>,
    /// What the flag adds.
    flag: Vec<String>,
}

fn case(command: &str, flag: &str, dir: &std::path::Path) -> Option<Case> {
    let strings = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    let undated = dir.join("undated.json");
    let undated = undated.to_str().unwrap();
    let rates = dir.join("rates.json");
    let rates = rates.to_str().unwrap();
    let svg = dir.join("pay.svg");
    let svg = svg.to_str().unwrap();
    let two_entries = dir.join("two-entries.json");
    let two_entries = two_entries.to_str().unwrap();
    let plain: Vec<&str> = match command {
        "project" => vec!["project", AMAZON],
        "compare" => vec!["compare", AMAZON, COMPETING],
        "market" => vec!["market", AMAZON],
        _ => vec!["demo"],
    };
    let two = || match command {
        "project" => vec!["project", AMAZON, LONDON],
        _ => vec!["compare", AMAZON, LONDON],
    };
    let london = || match command {
        "project" => vec!["project", LONDON],
        _ => vec!["compare", LONDON, LONDON],
    };
    // A startup offer with stock options, for the exit flags.
    let options = || match command {
        "project" => vec!["project", STARTUP],
        _ => vec!["compare", STARTUP, AMAZON],
    };
    let (base, added): (Vec<&str>, Vec<&str>) = match flag {
        "years" => (plain, vec!["--years", "6"]),
        "as-of" if command == "demo" => (plain, vec!["--as-of", "2025-03-03"]),
        "as-of" => {
            let mut base = plain.clone();
            base[1] = undated;
            (base, vec!["--as-of", "2025-03-03"])
        }
        "vests" => (plain, vec!["--vests"]),
        "leave-after" => (plain, vec!["--leave-after", "18"]),
        "leave-table" => (plain, vec!["--leave-table"]),
        "tax" => (plain, vec!["--tax", "us-2026-single"]),
        "rate" => (london(), vec!["--in", "USD", "--rate", "GBP=1.27"]),
        "fx" => (london(), vec!["--in", "USD", "--fx", rates]),
        "in" => {
            let mut base = two();
            base.extend(["--fx", rates]);
            (base, vec!["--in", "GBP"])
        }
        "col" => (plain, vec!["--col", "USD=150"]),
        "chart" => (plain, vec!["--chart"]),
        "svg" => (plain, vec!["--svg", svg]),
        "force" => {
            let mut base = plain.clone();
            base.extend(["--svg", svg]);
            (base, vec!["--force"])
        }
        "benchmarks" => (
            plain,
            vec!["--benchmarks", "tests/fixtures/market-totals.json"],
        ),
        "target" if command == "compare" => {
            let mut base = plain.clone();
            base.extend(["--benchmarks", "examples/benchmarks.json"]);
            (base, vec!["--target", "p50"])
        }
        "target" => (plain, vec!["--target", "p50"]),
        "entry" => {
            let mut base = plain.clone();
            base.extend(["--benchmarks", two_entries]);
            (base, vec!["--entry", "l7-any"])
        }
        "exit-price" => (options(), vec!["--exit-price", "10"]),
        "exit-valuation" => (options(), vec!["--exit-valuation", "500000000"]),
        "dilution" | "preferences" => {
            let mut base = options();
            base.extend(["--exit-valuation", "500000000"]);
            let amount = if flag == "dilution" {
                "20"
            } else {
                "120000000"
            };
            (
                base,
                vec![
                    if flag == "dilution" {
                        "--dilution"
                    } else {
                        "--preferences"
                    },
                    amount,
                ],
            )
        }
        "scenarios" => (options(), vec!["--scenarios"]),
        "scenario" => (options(), vec!["--scenario", "7"]),
        _ => return None,
    };
    Some(Case {
        base: strings(&base),
        flag: strings(&added),
    })
}

/// One case's command line in `format`, without colour and dated unless
/// the case dates it; each run starts without the chart file, unless the
/// case is `--force`.
fn run_case(args: &[String], format: &str, dir: &std::path::Path) -> Outcome {
    if !args.iter().any(|a| a == "--force") {
        let _ = std::fs::remove_file(dir.join("pay.svg"));
    }
    let dated = args.iter().any(|a| a == "--as-of");
    Run::bare()
        .args(args)
        .args(["--format", format, "--color", "never"])
        .args(if dated {
            &[][..]
        } else {
            &["--as-of", "2026-11-26"][..]
        })
        .output()
}

#[test]
fn every_flag_changes_every_format_or_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut undated: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(AMAZON).unwrap()).unwrap();
    undated.as_object_mut().unwrap().remove("start_date");
    std::fs::write(dir.path().join("undated.json"), undated.to_string()).unwrap();
    // The built-in entry, and a less specific one that `--entry` can choose.
    let built_in = std::fs::read_to_string("examples/benchmarks.json").unwrap();
    let mut two: serde_json::Value = serde_json::from_str(&built_in).unwrap();
    let mut any = two["entries"][0].clone();
    any["id"] = "l7-any".into();
    any.as_object_mut().unwrap().remove("company");
    any["base_salary"]["p75"] = 190000.into();
    two["entries"].as_array_mut().unwrap().push(any);
    std::fs::write(dir.path().join("two-entries.json"), two.to_string()).unwrap();
    std::fs::write(
        dir.path().join("rates.json"),
        r#"{"base": "EUR", "date": "2026-11-27", "source": "test",
            "rates": {"GBP": "1.15", "USD": "0.86"}}"#,
    )
    .unwrap();
    let cli = counteroffer::cli::Cli::command();
    let mut checked = 0;
    for command in COMMANDS {
        let sub = cli.find_subcommand(command).unwrap();
        for arg in sub.get_arguments() {
            let Some(long) = arg.get_long() else { continue };
            if arg.is_hide_set() || NOT_CONTENT.contains(&long) || arg.is_positional() {
                continue;
            }
            let case = case(command, long, dir.path())
                .unwrap_or_else(|| panic!("`{command} --{long}` has no case in this test"));
            for format in FORMATS {
                let without = run_case(&case.base, format, dir.path());
                if without.code != Some(0) {
                    // The base itself is refused in this format (CSV and
                    // --benchmarks, say): the flag's case is the base's.
                    assert_eq!(without.code, Some(2), "{:?} {format}", case.base);
                    continue;
                }
                if long == "force" {
                    // Leave the chart in place so that --force has one to replace.
                    assert!(dir.path().join("pay.svg").exists());
                }
                let mut with_flag = case.base.clone();
                with_flag.extend(case.flag.iter().cloned());
                let with = run_case(&with_flag, format, dir.path());
                let stderr = &with.stderr;
                checked += 1;
                if with.code == Some(2) {
                    assert!(
                        stderr.contains(&format!("--{long}")),
                        "{with_flag:?} {format}: refused without naming --{long}: {stderr}"
                    );
                    assert_eq!(stderr.lines().count(), 1, "{stderr}");
                    continue;
                }
                assert_eq!(with.code, Some(0), "{with_flag:?} {format}: {stderr}");
                // The date moves nothing but dates, which CSV's rows (one
                // per offer and year, figures only) have no column for.
                if long == "as-of" && format == "csv" {
                    continue;
                }
                let changed = with.stdout != without.stdout
                    || with.stderr != without.stderr
                    || matches!(long, "svg" | "force");
                assert!(
                    changed,
                    "{with_flag:?} {format}: the same output as without --{long}"
                );
                if matches!(long, "svg" | "force") {
                    let svg = std::fs::read_to_string(dir.path().join("pay.svg")).unwrap();
                    assert!(svg.starts_with("<svg"), "{svg:.80}");
                    assert!(stderr.starts_with("Wrote "), "{stderr}");
                }
            }
        }
    }
    assert!(checked > 100, "{checked}");
}
