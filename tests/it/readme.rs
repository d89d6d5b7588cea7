//! Every `counteroffer` command in the README's shell blocks runs, as
//! written, from a fresh directory holding the examples: the README cannot
//! drift from the tool.

use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;

/// The commands of every ```sh block, continuation lines joined.
fn readme_commands() -> Vec<String> {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let mut commands = Vec::new();
    let mut in_shell = false;
    let mut pending = String::new();
    for line in readme.lines() {
        if line.starts_with("```") {
            in_shell = line == "```sh";
            continue;
        }
        if !in_shell {
            continue;
        }
        let line = line.trim_end();
        if let Some(start) = line.strip_suffix('\\') {
            pending.push_str(start);
            continue;
        }
        pending.push_str(line);
        let command = std::mem::take(&mut pending);
        // Drop trailing comments; keep only this tool's commands.
        let command = match command.find("  #") {
            Some(i) => command[..i].trim_end().to_owned(),
            None => command.trim().to_owned(),
        };
        if command.starts_with("counteroffer ") {
            commands.push(command);
        }
    }
    commands
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[test]
fn every_readme_command_runs_as_written() {
    let commands = readme_commands();
    assert!(
        commands.len() >= 15,
        "only {} commands found",
        commands.len()
    );
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new("examples"), &dir.path().join("examples"));
    let binary = assert_cmd::cargo::cargo_bin("counteroffer");
    let path = format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut failures = Vec::new();
    // In order: later commands use files earlier ones write (acme.json, market.json).
    for command in &commands {
        let output = Command::new("sh")
            .args(["-c", command])
            .current_dir(dir.path())
            .env("PATH", &path)
            .env("NO_COLOR", "1")
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        if !output.status.success() {
            failures.push(format!(
                "`{command}` exited {:?}: {}",
                output.status.code(),
                String::from_utf8_lossy(&output.stderr).trim_end()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The version of Rust the README asks for is the package's `rust-version`,
/// and no dependency needs a newer one (from `cargo metadata`, which lists
/// every package the lock file holds; it fetches any a new machine lacks,
/// such as other platforms' crates the build never downloads).
#[test]
fn the_stated_rust_version_builds_every_dependency() {
    let manifest = std::fs::read_to_string("Cargo.toml").unwrap();
    let ours = manifest
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("Cargo.toml states a rust-version");
    let readme = std::fs::read_to_string("README.md").unwrap();
    assert!(
        readme.contains(&format!("With Rust installed ({ours} or newer)")),
        "the README's quick start names another Rust version than {ours}"
    );
    let output = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let version =
        |text: &str| -> Vec<u32> { text.split('.').map(|part| part.parse().unwrap()).collect() };
    let needed = metadata["packages"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| Some((version(p["rust_version"].as_str()?), p["name"].as_str()?)))
        .max()
        .unwrap();
    assert!(
        needed.0 <= version(ours),
        "{} needs Rust {:?}, above the stated {ours}",
        needed.1,
        needed.0
    );
}

/// Every flag the README's usage block shows exists on that subcommand, and
/// every subcommand appears in it: the summary cannot drift from clap.
#[test]
fn the_usage_block_matches_the_command_line() {
    use clap::CommandFactory;
    let readme = std::fs::read_to_string("README.md").unwrap();
    let usage = readme
        .split("## Usage")
        .nth(1)
        .and_then(|rest| rest.split("```text").nth(1))
        .and_then(|block| block.split("```").next())
        .expect("a text block under ## Usage");
    let command = counteroffer::cli::Cli::command();
    let mut seen = std::collections::BTreeSet::new();
    let mut current: Option<Vec<String>> = None;
    for line in usage.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.first() == Some(&"counteroffer") {
            // `counteroffer benchmarks check FILE`: the path of subcommands.
            let mut path = Vec::new();
            let mut here = &command;
            for word in &words[1..] {
                match here.find_subcommand(word) {
                    Some(sub) => {
                        path.push(word.to_string());
                        here = sub;
                    }
                    None => break,
                }
            }
            assert!(!path.is_empty(), "unknown subcommand in `{line}`");
            seen.insert(path[0].clone());
            current = Some(path);
        }
        let Some(path) = &current else { continue };
        let mut sub = &command;
        for name in path {
            sub = sub.find_subcommand(name).unwrap();
        }
        for word in line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')) {
            if let Some(flag) = word.strip_prefix("--").filter(|f| !f.is_empty()) {
                assert!(
                    sub.get_arguments().any(|a| a.get_long() == Some(flag)),
                    "`--{flag}` in the README's usage is not a flag of `{}`",
                    path.join(" ")
                );
            }
        }
    }
    for sub in command.get_subcommands() {
        let name = sub.get_name();
        assert!(
            name == "help" || seen.contains(name),
            "`{name}` is missing from the usage block"
        );
    }
}
