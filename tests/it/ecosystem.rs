//! Schemas, completions, the manual and help text: generated from the same
//! definitions the tool runs on, and checked against the real files.

use crate::common::Run;

fn validator(which: &str) -> jsonschema::Validator {
    let schema: serde_json::Value = Run::new("schema").arg(which).json();
    jsonschema::validator_for(&schema).unwrap()
}

fn json(path: &str) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn every_example_offer_validates_against_the_offer_schema() {
    let offers = validator("offer");
    let mut checked = 0;
    for entry in std::fs::read_dir("examples").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if name == "benchmarks.json" || !name.ends_with(".json") {
            continue;
        }
        let errors: Vec<String> = offers
            .iter_errors(&json(path.to_str().unwrap()))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        checked += 1;
    }
    assert!(checked >= 3);
    // The schema is not a rubber stamp.
    assert!(!offers.is_valid(&serde_json::json!({"name": "A", "base_salary": 1, "bonus_pct": 5})));
    assert!(!offers.is_valid(&serde_json::json!({"base_salary": 1})));
    assert!(!offers.is_valid(&serde_json::json!({"name": "A", "base_salary": 1, "equity": [{"grant_value": 1, "schedule": "google"}]})));
    assert!(!offers.is_valid(&serde_json::json!({"name": "A", "base_salary": 1, "equity": [{"grant_value": 1, "frequency": "weekly"}]})));
}

#[test]
fn benchmark_files_validate_against_the_benchmarks_schema() {
    let benchmarks = validator("benchmarks");
    for path in ["examples/benchmarks.json", "tests/fixtures/market.json"] {
        let errors: Vec<String> = benchmarks
            .iter_errors(&json(path))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{path}: {errors:?}");
    }
    assert!(!benchmarks.is_valid(
        &serde_json::json!({"source": "s", "entries": [{"id": "a", "total": {"p100": 1}}]})
    ));
    assert!(!benchmarks.is_valid(&serde_json::json!({"source": "s", "entries": []})));
}

/// Every visible subcommand, nested ones too (`benchmarks build`), as
/// paths from the top, taken from the command line's own definition.
fn subcommand_paths() -> Vec<Vec<String>> {
    fn walk(command: &clap::Command, above: &[String], paths: &mut Vec<Vec<String>>) {
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
            let mut path = above.to_vec();
            path.push(sub.get_name().to_owned());
            paths.push(path.clone());
            walk(sub, &path, paths);
        }
    }
    use clap::CommandFactory;
    let mut paths = Vec::new();
    walk(&counteroffer::cli::Cli::command(), &[], &mut paths);
    let top: Vec<&str> = paths
        .iter()
        .filter(|p| p.len() == 1)
        .map(|p| p[0].as_str())
        .collect();
    for known in ["project", "init", "man", "completions", "tax", "demo"] {
        assert!(top.contains(&known), "{known} missing from {top:?}");
    }
    paths
}

/// Whether a shell's completion script offers a word.
type OffersWord = fn(script: &str, word: &str) -> bool;

/// Each shell's script offers every subcommand, in the form that shell
/// completes a word from (not merely the name somewhere in the text).
#[test]
fn completions_cover_every_subcommand_for_every_shell() {
    let paths = subcommand_paths();
    let offers: [(&str, OffersWord); 5] = [
        ("bash", |script, name| {
            script.lines().any(|l| {
                l.trim_start()
                    .strip_prefix("opts=\"")
                    .is_some_and(|o| o.trim_end_matches('"').split(' ').any(|w| w == name))
            })
        }),
        ("zsh", |script, name| {
            script.lines().any(|l| l.starts_with(&format!("'{name}:")))
        }),
        ("fish", |script, name| {
            script.contains(&format!(" -f -a \"{name}\" -d '"))
        }),
        ("powershell", |script, name| {
            script.contains(&format!(
                "[CompletionResult]::new('{name}', '{name}', [CompletionResultType]::ParameterValue"
            ))
        }),
        ("elvish", |script, name| {
            script
                .lines()
                .any(|l| l.trim_start().starts_with(&format!("cand {name} '")))
        }),
    ];
    for (shell, offers_word) in offers {
        let script = Run::new("completions").arg(shell).stdout();
        for path in &paths {
            let name = path.last().unwrap();
            assert!(
                offers_word(&script, name),
                "{shell} completion lacks {path:?}"
            );
        }
        assert!(!offers_word(&script, "no-such-command"), "{shell}");
    }
}

#[test]
fn the_manual_is_generated_from_the_command_line() {
    let man = Run::new("man").stdout();
    assert!(man.starts_with(".ie \\n(.g .ds Aq \\(aq"));
    assert!(man.contains(".SH SUBCOMMANDS"));
    assert!(man.contains("counteroffer\\-script"));
    // Each subcommand has its own page, with every flag it takes.
    let script = Run::new("man").arg("script").stdout();
    assert!(script.contains(".TH counteroffer-script 1"), "{script}");
    for flag in [
        "\\-\\-situation",
        "\\-\\-deadline",
        "\\-\\-priority",
        "\\-\\-current",
    ] {
        assert!(script.contains(flag), "{flag}");
    }
    let project = Run::new("man").arg("project").stdout();
    assert!(project.contains("\\-\\-leave\\-after"));
    Run::new("man").arg("nope").code(2);
}

/// How many examples end `counteroffer PATH --help`, if it has them.
fn examples_in(path: &[String]) -> Option<usize> {
    let help = Run::bare().args(path).arg("--help").stdout();
    let examples = help.split("Examples:").nth(1)?;
    Some(
        examples
            .lines()
            .filter(|l| {
                l.trim_start().starts_with("counteroffer ") || l.trim_start().starts_with("cat ")
            })
            .count(),
    )
}

/// Every subcommand's help ends with two to four examples; a group without
/// its own (`benchmarks`) has them in each of its subcommands' help.
#[test]
fn every_subcommand_help_ends_with_real_examples() {
    let paths = subcommand_paths();
    for top in paths.iter().filter(|p| p.len() == 1) {
        let inner: Vec<&Vec<String>> = paths
            .iter()
            .filter(|p| p.len() == 2 && p[0] == top[0])
            .collect();
        let with_examples = match examples_in(top) {
            Some(count) => vec![(top, count)],
            None => {
                assert!(!inner.is_empty(), "{top:?} has no examples");
                inner
                    .iter()
                    .map(|p| {
                        (
                            *p,
                            examples_in(p).unwrap_or_else(|| panic!("{p:?} has no examples")),
                        )
                    })
                    .collect()
            }
        };
        for (path, count) in with_examples {
            assert!((2..=4).contains(&count), "{path:?}: {count} examples");
        }
    }
    assert!(
        Run::bare()
            .arg("--version")
            .stdout()
            .starts_with("counteroffer 0.1.0")
    );
}

/// Every JSON output validates against the schema `counteroffer schema`
/// prints for it, across the options that add fields.
#[test]
fn every_json_output_validates_against_its_schema() {
    let cases: [(&str, &[&str]); 10] = [
        ("comparison", &["demo"]),
        (
            "projection",
            &[
                "project",
                "examples/amazon-promotion.json",
                "examples/refreshers.json",
                "--vests",
            ],
        ),
        (
            "projection",
            &[
                "project",
                "examples/competing-offer.json",
                "--tax",
                "us-2026-single-wa",
                "--leave-after",
                "18",
                "--leave-table",
            ],
        ),
        (
            "comparison",
            &[
                "compare",
                "examples/amazon-promotion.json",
                "examples/competing-offer.json",
                "--benchmarks",
                "examples/benchmarks.json",
            ],
        ),
        (
            "comparison",
            &[
                "compare",
                "tests/fixtures/tax/seattle.json",
                "tests/fixtures/tax/elsewhere.json",
                "--leave-after",
                "6",
            ],
        ),
        (
            "comparison",
            &[
                "compare",
                "examples/amazon-promotion.json",
                "examples/london-offer.json",
                "--rate",
                "GBP=1.27",
                "--leave-after",
                "18",
            ],
        ),
        ("placement", &["market", "examples/amazon-promotion.json"]),
        (
            "plan",
            &[
                "script",
                "examples/amazon-promotion.json",
                "--impact",
                "12000000",
                "--as-of",
                "2026-11-16",
            ],
        ),
        (
            "plan",
            &[
                "script",
                "examples/amazon-promotion.json",
                "--impact",
                "1500",
                "--as-of",
                "2026-11-16",
                "--situation",
                "promotion",
                "--current",
                "examples/current-pay.json",
                "--competing",
                "examples/competing-offer.json",
                "--walk-away",
                "2000000",
                "--tax",
                "us-2026-single",
            ],
        ),
        (
            "plan",
            &[
                "script",
                "examples/competing-offer.json",
                "--impact",
                "5000000",
                "--as-of",
                "2026-11-16",
                "--deadline",
                "2026-12-01",
            ],
        ),
    ];
    for (schema, args) in cases {
        let validator = validator(schema);
        let output = Run::bare().args(args).args(["--format", "json"]).json();
        let errors: Vec<String> = validator
            .iter_errors(&output)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{schema} {args:?}: {errors:?}");
    }
    // The schemas are not rubber stamps: a missing figure or a wrong type fails.
    let plan = validator("plan");
    let mut output: serde_json::Value = Run::new("script")
        .args(["examples/amazon-promotion.json", "--impact", "1"])
        .args(["--format", "json"])
        .json();
    output.as_object_mut().unwrap().remove("ladder");
    assert!(!plan.is_valid(&output));
    let projection = validator("projection");
    assert!(!projection.is_valid(&serde_json::json!({"offers": [{"name": 1}]})));
}

#[test]
fn rate_files_validate_against_the_fx_schema() {
    let fx = validator("fx");
    assert!(fx.is_valid(&serde_json::json!({
        "base": "EUR", "date": "2026-11-27", "source": "s", "rates": {"USD": "0.86", "GBP": 1.15}
    })));
    // The schema is not a rubber stamp: a missing source, an extra field, a
    // rate that is not a number.
    assert!(!fx.is_valid(&serde_json::json!({"base": "EUR", "date": "2026-11-27", "rates": {}})));
    assert!(!fx.is_valid(&serde_json::json!({
        "base": "EUR", "date": "2026-11-27", "source": "s", "rates": {}, "extra": 1
    })));
    assert!(!fx.is_valid(&serde_json::json!({
        "base": "EUR", "date": "2026-11-27", "source": "s", "rates": {"USD": "1,05"}
    })));
}

/// Every `batch` JSON Lines record validates against `schema batch-record`,
/// with the options that add fields (market, tax, conversion).
#[test]
fn batch_records_validate_against_their_schema() {
    let validator = validator("batch-record");
    let output = Run::new("batch")
        .args([
            "examples/offers.jsonl",
            "--benchmarks",
            "examples/benchmarks.json",
            "--tax",
            "us-2026-single",
            "--in",
            "USD",
            "--as-of",
            "2026-11-26",
        ])
        .stdout();
    let mut count = 0;
    for line in output.lines() {
        let record: serde_json::Value = serde_json::from_str(line).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&record)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{line}: {errors:?}");
        assert!(record["market"].is_object() && record["tax_table"].is_object());
        count += 1;
    }
    assert!(count >= 2, "{output}");
    // Not a rubber stamp: the old shape (year totals as a list of strings) fails.
    assert!(!validator.is_valid(&serde_json::json!({
        "line": 1, "name": "a", "currency": "USD", "years": 4, "total": "1.00"
    })));
}

/// Help examples copy and paste as they are: at 80 and 100 columns no
/// example is wrapped mid-command; a long one continues with ` \` onto an
/// indented line of its own.
#[test]
fn help_examples_are_never_wrapped() {
    use clap::CommandFactory;
    let command = counteroffer::cli::Cli::command();
    let mut paths: Vec<Vec<String>> = vec![vec![]];
    for sub in command.get_subcommands() {
        paths.push(vec![sub.get_name().to_owned()]);
        for inner in sub.get_subcommands() {
            paths.push(vec![sub.get_name().to_owned(), inner.get_name().to_owned()]);
        }
    }
    let mut examples = 0;
    for width in ["80", "100"] {
        for path in &paths {
            let help = Run::bare()
                .args(path)
                .arg("--help")
                .env("COLUMNS", width)
                .output()
                .stdout;
            let Some((_, block)) = help.split_once("Examples:\n") else {
                continue;
            };
            let mut continued = false;
            for line in block.lines().filter(|l| !l.trim().is_empty()) {
                let starts = line.starts_with("  counteroffer ") || line.starts_with("  cat ");
                assert!(
                    starts || (continued && line.starts_with("      --")),
                    "{path:?} at {width} columns: `{line}` is a wrapped example"
                );
                assert!(
                    line.len() <= 80,
                    "{path:?}: `{line}` is longer than 80 columns"
                );
                continued = line.ends_with(" \\");
                examples += 1;
            }
        }
    }
    assert!(examples > 40, "{examples}");
}

/// `man --dir` writes a page for every subcommand, nested ones included,
/// and replaces none without `--force` (all or nothing).
#[test]
fn man_dir_writes_every_page_and_clobbers_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    Run::new("man").args(["--dir", path]).stdout();
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    for page in [
        "counteroffer.1",
        "counteroffer-script.1",
        "counteroffer-benchmarks-build.1",
        "counteroffer-tax-show.1",
    ] {
        assert!(
            names.iter().any(|n| n == page),
            "{page} missing from {names:?}"
        );
    }
    let script = std::fs::read_to_string(dir.path().join("counteroffer-script.1")).unwrap();
    assert!(script.contains(".TH counteroffer-script 1"), "{script}");
    assert!(script.contains("\\-\\-impact"));
    // A second run without --force changes nothing and says why (73).
    std::fs::remove_file(dir.path().join("counteroffer-demo.1")).unwrap();
    std::fs::write(dir.path().join("counteroffer-script.1"), "mine").unwrap();
    Run::new("man").args(["--dir", path]).code(73);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("counteroffer-script.1")).unwrap(),
        "mine"
    );
    assert!(!dir.path().join("counteroffer-demo.1").exists());
    Run::new("man").args(["--dir", path, "--force"]).stdout();
    assert!(dir.path().join("counteroffer-demo.1").exists());
    assert_ne!(
        std::fs::read_to_string(dir.path().join("counteroffer-script.1")).unwrap(),
        "mine"
    );
}
