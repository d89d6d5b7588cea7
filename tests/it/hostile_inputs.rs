//! Every file in `tests/fixtures/bad/` (listed with its expectations in
//! `cases.txt`) ends in a clean error: the right exit code, one line on
//! stderr naming what is wrong, nothing on stdout, never a panic or a hang.

use std::time::Duration;

use crate::common::Run;

struct Case {
    line: usize,
    exit: i32,
    args: Vec<String>,
    words: String,
}

fn cases() -> Vec<Case> {
    include_str!("../fixtures/bad/cases.txt")
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| {
            let mut parts = l.splitn(3, " | ");
            let exit = parts.next().unwrap().trim().parse().unwrap();
            let args = parts.next().unwrap().split(' ').map(String::from).collect();
            let words = parts.next().unwrap().trim().to_owned();
            Case {
                line: i + 1,
                exit,
                args,
                words,
            }
        })
        .collect()
}

#[test]
fn every_hostile_input_ends_in_one_clean_error() {
    let cases = cases();
    assert!(cases.len() >= 70, "the corpus lost cases: {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let output = Run::bare()
            .args(&case.args)
            .timeout(Duration::from_secs(20))
            .output();
        let stderr = &output.stderr;
        let mut problems = Vec::new();
        if output.code != Some(case.exit) {
            problems.push(format!("exit {:?}, expected {}", output.code, case.exit));
        }
        if !output.stdout.is_empty() {
            problems.push("wrote to stdout".to_owned());
        }
        if !stderr.contains(&case.words) {
            problems.push(format!("stderr lacks `{}`", case.words));
        }
        // Usage errors are clap's (with its usage hint); data errors are one line.
        if case.exit != 2
            && (stderr.lines().count() != 1 || !stderr.starts_with("counteroffer: error: "))
        {
            problems.push("not one `counteroffer: error:` line".to_owned());
        }
        if !problems.is_empty() {
            failures.push(format!(
                "cases.txt:{} {:?}: {}\n    stderr: {}",
                case.line,
                case.args,
                problems.join("; "),
                stderr.trim_end()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
