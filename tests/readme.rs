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
