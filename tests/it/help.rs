//! What `--help` promises: examples on every subcommand, argument names
//! that say what they take, and spellings a person reaches for accepted.

use clap::CommandFactory;

use crate::common::Run;

/// Every subcommand, nested ones (`tax list`, `benchmarks build`) too, ends
/// its help with examples, each naming the program.
#[test]
fn every_subcommand_has_examples() {
    fn walk(command: &clap::Command, path: &str, found: &mut Vec<String>) {
        for sub in command.get_subcommands() {
            let path = format!("{path} {}", sub.get_name());
            let after = sub
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            assert!(after.starts_with("Examples:\n"), "{path}: {after:?}");
            assert!(
                after
                    .lines()
                    .skip(1)
                    .any(|l| l.trim_start().starts_with("counteroffer ")),
                "{path}: {after}"
            );
            found.push(path.clone());
            walk(sub, &path, found);
        }
    }
    let mut found = Vec::new();
    walk(
        &counteroffer::cli::Cli::command(),
        "counteroffer",
        &mut found,
    );
    for expected in [
        "counteroffer tax list",
        "counteroffer tax show",
        "counteroffer benchmarks",
        "counteroffer benchmarks build",
    ] {
        assert!(found.iter().any(|f| f == expected), "{found:?}");
    }
}

#[test]
fn schema_names_its_argument_for_what_it_is() {
    let help = Run::new("schema").arg("--help").output().stdout;
    assert!(
        help.contains("Usage: counteroffer schema [OPTIONS] <KIND>"),
        "{help}"
    );
    assert!(!help.contains("<FILE>"), "{help}");
}

/// `--target 75` is p75, and the help says so.
#[test]
fn a_bare_target_number_is_a_percentile_and_help_says_so() {
    let help = Run::new("market").arg("--help").output().stdout;
    let words = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("a bare number is read as a percentile (`75` is `p75`)"),
        "{help}"
    );
    let bare = Run::new("market")
        .args(["examples/amazon-promotion.json", "--target", "60"])
        .args(["--format", "json"])
        .stdout();
    let named = Run::new("market")
        .args(["examples/amazon-promotion.json", "--target", "p60"])
        .args(["--format", "json"])
        .output();
    assert_eq!(bare, named.stdout);
    let json: serde_json::Value = serde_json::from_str(&bare).unwrap();
    assert_eq!(json["target"], "p60");
}

/// An internal move is the employer's own offer: `internal` is `promotion`,
/// not clap's nearest spelling, `external`.
#[test]
fn situation_internal_is_a_promotion() {
    let plan = |situation: &str| {
        Run::new("script")
            .args(["examples/amazon-promotion.json", "--impact", "12000000"])
            .args(["--situation", situation, "--as-of", "2026-11-26"])
            .args(["--format", "json"])
            .stdout()
    };
    let internal = plan("internal");
    assert_eq!(internal, plan("promotion"));
    assert_ne!(internal, plan("external"));
    let json: serde_json::Value = serde_json::from_str(&internal).unwrap();
    assert_eq!(json["situation"], "promotion", "{json}");
    Run::new("script")
        .args(["examples/amazon-promotion.json", "--impact", "1"])
        .args(["--situation", "inside"])
        .code(2)
        .stderr_has("[possible values: external, promotion]");
}
