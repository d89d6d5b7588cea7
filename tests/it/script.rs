//! `counteroffer script` as a command: snapshots of every format for an
//! external offer and a promotion, templates, `--out`, usage errors.
//! The plan's rules and invariants are in `negotiation.rs`.

use crate::common::Run;

/// `script`'s arguments for the founding case on a fixed date.
const SCRIPT_ARGS: [&str; 11] = [
    "examples/amazon-promotion.json",
    "--impact",
    "12000000",
    "--impact-desc",
    "incremental profit in the first year",
    "--offer-date",
    "2026-12-18",
    "--as-of",
    "2026-12-18",
    "--holiday",
    "2026-12-25",
];

/// The founding case as it is: a promotion over current pay, with the
/// competing offer raised as information.
const PROMOTION: [&str; 8] = [
    "--situation",
    "promotion",
    "--current",
    "examples/current-pay.json",
    "--competing",
    "examples/competing-offer.json",
    "--deadline",
    "2027-01-06",
];

/// The founding case's plan with `extra` flags; the run must succeed.
fn script(extra: &[&str]) -> String {
    Run::new("script").args(SCRIPT_ARGS).args(extra).stdout()
}

#[test]
fn script_markdown() {
    insta::assert_snapshot!(script(&[
        "--competing",
        "examples/competing-offer.json",
        "--walk-away",
        "950000"
    ]));
}

#[test]
fn script_text() {
    insta::assert_snapshot!(script(&["--format", "text", "--walk-away", "900000"]));
}

#[test]
fn script_json() {
    insta::assert_snapshot!(script(&[
        "--format",
        "json",
        "--competing",
        "examples/competing-offer.json"
    ]));
}

#[test]
fn promotion_markdown() {
    insta::assert_snapshot!(script(&PROMOTION));
}

#[test]
fn promotion_text() {
    let mut args = PROMOTION.to_vec();
    args.extend(["--format", "text", "--walk-away", "900000"]);
    insta::assert_snapshot!(script(&args));
}

#[test]
fn promotion_json() {
    let mut args = PROMOTION.to_vec();
    args.extend(["--format", "json"]);
    insta::assert_snapshot!(script(&args));
}

/// Every part of the plan reaches both built-in templates.
#[test]
fn the_built_in_templates_render_every_part() {
    let mut args = PROMOTION.to_vec();
    args.extend(["--walk-away", "1000000", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&script(&args)).unwrap();
    for format in ["markdown", "text"] {
        let mut args = PROMOTION.to_vec();
        args.extend(["--walk-away", "1000000", "--format", format]);
        let shown = script(&args);
        let said = |value: &serde_json::Value| value.as_str().unwrap().to_owned();
        let mut parts = vec![
            said(&json["say"]["opening"]),
            said(&json["say"]["anchor"]),
            said(&json["say"]["ask"]),
            said(&json["say"]["close"]),
            said(&json["email"]["subject"]),
            said(&json["floor"]["amount_display"]),
        ];
        // The founding case's alternative pays less: it is never said.
        assert!(json["alternative"]["say"].is_null());
        for key in ["ladder", "trades"] {
            parts.extend(
                json[key]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| said(&r["say"])),
            );
        }
        for p in json["pushbacks"].as_array().unwrap() {
            parts.push(said(&p["they_say"]));
            parts.push(said(&p["you_say"]));
        }
        for n in json["non_cash"].as_array().unwrap() {
            parts.push(said(&n["say"]));
        }
        for key in ["notes", "warnings"] {
            parts.extend(json[key].as_array().unwrap().iter().map(said));
        }
        for line in said(&json["email"]["body"])
            .lines()
            .filter(|l| !l.is_empty())
        {
            parts.push(line.to_owned());
        }
        for m in json["timeline"].as_array().unwrap() {
            parts.push(said(&m["what"]));
        }
        parts.push(said(&json["raise"]["amount_display"]));
        // The text view wraps its paragraphs: compare words, not lines.
        let flat = |text: &str| {
            let words: Vec<&str> = text.split_whitespace().filter(|w| *w != "|").collect();
            words.join(" ")
        };
        let shown = flat(&shown);
        for part in parts {
            assert!(shown.contains(&flat(&part)), "{format} lacks {part:?}");
        }
        // A walk-away is never spoken in a promotion.
        assert!(json["walk_away"]["say"].is_null());
    }
}

#[test]
fn a_user_template_sees_the_plan_as_json_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("mine.j2");
    std::fs::write(
        &template,
        "{{ offer }}|{{ asks[0].ask }}|{{ asks[0].ask_display }}|{{ target }}|{% for m in timeline %}{{ m.key }}={{ m.date }};{% endfor %}",
    )
    .unwrap();
    let out = script(&["--template", template.to_str().unwrap()]);
    assert_eq!(
        out,
        "Amazon promotion (L7 manager)|185000.00|$185,000.00|p75|thank_and_counter=2026-12-21;follow_up=2026-12-30;window_closes=2027-01-07;hard_limit=2027-01-08;"
    );
}

fn template_error(source: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("bad.j2");
    std::fs::write(&template, source).unwrap();
    let refused = Run::new("script")
        .args(SCRIPT_ARGS)
        .args(["--template", template.to_str().unwrap()])
        .code(65);
    assert!(refused.stdout.is_empty());
    let stderr = refused.stderr;
    let prefix = format!("counteroffer: error: {}: ", template.display());
    assert!(stderr.starts_with(&prefix), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    stderr[prefix.len()..].trim_end().to_owned()
}

#[test]
fn template_errors_name_the_line() {
    let syntax = template_error("line one\nline two\n{{ offer(\n");
    assert!(syntax.starts_with("line 3: syntax error"), "{syntax}");
    let filter = template_error("ok\n{{ offer | no_such_filter }}");
    assert!(filter.starts_with("line 2: unknown filter"), "{filter}");
}

#[test]
fn templates_cannot_read_files_or_loop_forever() {
    let include = template_error("{% include \"/etc/passwd\" %}");
    assert!(include.contains("template not found"), "{include}");
    // Ten billion iterations end on the fuel limit (a count of steps), not
    // on the clock: the message says which bound stopped it.
    let endless = template_error(
        "{% for i in range(100000) %}{% for j in range(100000) %}{{ i }}{% endfor %}{% endfor %}",
    );
    assert!(endless.contains("fuel"), "{endless}");
}

#[test]
fn out_writes_atomically_and_never_clobbers_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.md");
    let path_text = path.to_str().unwrap();
    Run::new("script")
        .args(SCRIPT_ARGS)
        .args(["--out", path_text])
        .code(0)
        .stdout_is(&format!("Wrote {path_text}\n"));
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.starts_with("# Counteroffer plan: Amazon promotion (L7 manager)"));

    std::fs::write(&path, "keep me").unwrap();
    Run::new("script")
        .args(SCRIPT_ARGS)
        .args(["--out", path_text])
        .code(73)
        .stdout_is("")
        .stderr_is(&format!(
            "counteroffer: error: {path_text}: already exists; pass --force to replace it\n"
        ));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");

    Run::new("script")
        .args(SCRIPT_ARGS)
        .args(["--out", path_text, "--force", "--format", "text"])
        .code(0);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("COUNTEROFFER PLAN")
    );

    let nowhere = dir.path().join("missing-dir").join("plan.md");
    Run::new("script")
        .args(SCRIPT_ARGS)
        .args(["--out", nowhere.to_str().unwrap()])
        .code(73);
    assert!(!nowhere.exists());
    // No temporary files are left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, [std::ffi::OsString::from("plan.md")]);
}

#[test]
fn bad_amounts_and_combinations_are_usage_errors() {
    for bad in ["0", "-5", "abc", "1.001", "1e400"] {
        Run::new("script")
            .args(["examples/amazon-promotion.json", "--impact", bad])
            .code(2);
    }
    Run::new("script")
        .args(["examples/amazon-promotion.json", "--impact", "1", "--force"])
        .code(2);
    Run::new("script")
        .args([
            "examples/amazon-promotion.json",
            "--impact",
            "1",
            "--format",
            "json",
            "--template",
            "x.j2",
        ])
        .code(2);
}

#[test]
fn contradictory_plan_flags_are_usage_errors_before_any_file_is_read() {
    let cases: [(&[&str], &str); 3] = [
        (
            &["--priority", "base,equity,base"],
            "counteroffer: error: --priority names `base` twice, expected each of base, bonus, equity, sign_on at most once\n",
        ),
        (
            &["--offer-date", "2026-12-18", "--deadline", "2026-12-18"],
            "counteroffer: error: --deadline 2026-12-18 is not after the offer date 2026-12-18, expected a later date\n",
        ),
        (
            &["--priority", "salary"],
            "error: invalid value 'salary' for '--priority <LIST>'",
        ),
    ];
    for (extra, message) in cases {
        let stderr = Run::new("script")
            .args(["missing.json", "--impact", "1"])
            .args(extra)
            .code(2)
            .stderr;
        // clap's own errors add usage lines after the first.
        if message.starts_with("error: ") {
            assert_eq!(stderr.lines().next(), Some(message), "{stderr}");
        } else {
            assert_eq!(stderr, message);
        }
    }
    // A deadline that leaves no business day after a Friday offer: a
    // compressed plan, the counter at once, never an error.
    let plan = Run::new("script")
        .args(SCRIPT_ARGS)
        .args(["--deadline", "2026-12-21", "--format", "json"])
        .json();
    let steps: Vec<(&str, &str)> = plan["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["key"].as_str().unwrap(), m["date"].as_str().unwrap()))
        .collect();
    assert_eq!(
        steps,
        [
            ("thank_and_counter", "2026-12-18"),
            ("hard_limit", "2026-12-21")
        ]
    );
}

#[test]
fn an_explicit_benchmark_file_without_a_match_is_an_error() {
    let stderr = Run::new("script")
        .args(SCRIPT_ARGS)
        .args(["--benchmarks", "tests/fixtures/market.json"])
        .code(65)
        .stderr;
    assert!(
        stderr.starts_with(
            "counteroffer: error: tests/fixtures/market.json: entries: no entry matches offer `Amazon promotion (L7 manager)`",
        ),
        "{stderr}"
    );
}

/// A template that doubles a list forty times passes the fuel limit in a
/// few dozen steps; one filter over the list then runs for hours, growing
/// in memory or not. The time and memory budget ends either with 65 and one
/// line within seconds, and nothing is written to `--out`.
#[test]
fn a_runaway_template_ends_in_a_data_error_within_seconds() {
    for fixture in [
        "tests/fixtures/bad/template-memory-bomb.j2",
        "tests/fixtures/bad/template-endless-filter.j2",
    ] {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("plan.txt");
        let output = Run::new("script")
            .args(["examples/amazon-promotion.json", "--impact", "12000000"])
            .args(["--template", fixture, "--out"])
            .arg(&out)
            .timeout(std::time::Duration::from_secs(120))
            .code(65);
        let stderr = &output.stderr;
        let ran_long = format!(
            "counteroffer: error: {fixture}: the template ran for more than 5 seconds, the limit for one render\n"
        );
        let grew = format!(
            "counteroffer: error: {fixture}: the template used more than 512 MiB of memory, the limit for one render\n"
        );
        assert!(*stderr == ran_long || *stderr == grew, "{stderr}");
        assert!(output.stdout.is_empty());
        assert!(!out.exists(), "a partial plan was written");
    }
}
