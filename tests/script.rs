//! The negotiation script: the ask rules, the ladder against the projection,
//! the timeline, templates, `--out`, and snapshots of every format.

mod common;

use assert_cmd::Command;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use common::{d, offer};
use counteroffer::market::{BenchmarkSet, select};
use counteroffer::projection::{ProjectedOffer, project};
use counteroffer::script::{Component, Plan, PlanInputs, plan};
use rust_decimal::Decimal;

const FOUNDING: &str = include_str!("../examples/amazon-promotion.json");

fn founding_plan(target: u8, with_market: bool) -> Plan {
    let projected = ProjectedOffer::new(offer(FOUNDING)).unwrap();
    let set = BenchmarkSet::built_in().unwrap();
    let entry = select(&set.benchmarks, &projected.offer, None).unwrap();
    plan(&PlanInputs {
        offer: &projected,
        market: with_market.then_some((&set, entry)),
        no_market_reason: (!with_market).then(|| "none given".to_owned()),
        target,
        impact: d("12000000"),
        impact_desc: "incremental profit in the first year".into(),
        offer_date: "2026-11-30".parse().unwrap(),
        holidays: vec![],
        walk_away: None,
        competing: None,
    })
    .unwrap()
}

fn ask(plan: &Plan, component: Component, year: Option<u32>) -> &counteroffer::script::Ask {
    plan.asks
        .iter()
        .find(|a| a.component == component && a.year == year)
        .unwrap()
}

#[test]
fn the_founding_case_asks_precise_figures_at_or_above_the_target() {
    let p = founding_plan(75, true);
    let base = ask(&p, Component::Base, None);
    // max(p75 185,000, 10 % above 180,000 = 198,000) → precise 198,025.
    assert_eq!(base.ask, d("198025.00"));
    let bonus = ask(&p, Component::BonusPct, None);
    // max(p75 15 %, 13.333334 × 1.1 = 14.6666674) → 15 → not whole: 15.25.
    assert_eq!(bonus.ask, d("15.25"));
    let equity = ask(&p, Component::Equity, None);
    // max(p75 17,500 × 4 = 70,000, 58,000 × 1.1 = 63,800) → 70,025; top 77,027.50 → 77,050.
    assert_eq!(equity.ask, d("70025.00"));
    assert_eq!(equity.range_top, Some(d("77050.00")));
    // Amazon's 5 % year 1 against an even 25 %: 20 % of 70,025 = 14,005 → 14,025;
    // year 2: 10 % = 7,002.50 → 7,025.
    assert_eq!(ask(&p, Component::SignOn, Some(1)).ask, d("14025.00"));
    assert_eq!(ask(&p, Component::SignOn, Some(2)).ask, d("7025.00"));
    // The extra base is 0.15 % of the forecast, as the reason says.
    assert_eq!(base.forecast_share_pct, d("0.15"));
    assert!(
        base.reason
            .contains("the extra $18,025.00 a year is 0.15% of the $12,000,000.00 forecast")
    );
}

#[test]
fn every_ask_is_above_the_offer_at_or_above_the_target_and_never_round() {
    let set = BenchmarkSet::built_in().unwrap();
    for target in [25u8, 50, 60, 75] {
        let p = founding_plan(target, true);
        for a in &p.asks {
            assert!(a.ask > a.offered, "{a:?}");
            if let Some(t) = a.market.as_ref().and_then(|m| m.target_value) {
                let asked = if a.component == Component::Equity {
                    a.ask / Decimal::from(4)
                } else {
                    a.ask
                };
                assert!(asked >= t, "{a:?} below target {t}");
            }
            if a.component != Component::BonusPct {
                assert!(!(a.ask % Decimal::from(100)).is_zero(), "{a:?} is round");
            } else {
                assert!(!a.ask.fract().is_zero(), "{a:?} is a whole percentage");
            }
        }
        let equity = ask(&p, Component::Equity, None);
        assert!(equity.range_top.unwrap() > equity.ask);
    }
    assert!(!set.benchmarks.entries.is_empty());
}

#[test]
fn without_a_benchmark_the_ask_comes_from_the_offer_and_says_so() {
    let p = founding_plan(75, false);
    // 15 % above 180,000 = 207,000 → 207,025.
    assert_eq!(ask(&p, Component::Base, None).ask, d("207025.00"));
    assert!(ask(&p, Component::Base, None).market.is_none());
    assert!(p.warnings[0].starts_with("No benchmark applies (none given)"));
}

#[test]
fn the_ask_is_worth_what_the_projection_says() {
    let p = founding_plan(75, true);
    let mut asked = offer(FOUNDING);
    asked.base_salary = d("198025.00");
    asked.bonus_target_pct = d("15.25");
    asked.equity[0].value = d("70025.00");
    asked.sign_on = vec![d("14025.00"), d("7025.00")];
    assert_eq!(project(&asked).unwrap(), p.ask_projection);
}

#[test]
fn every_pushback_step_keeps_the_horizon_value_of_the_ask() {
    let p = founding_plan(75, true);
    let ask_total = p.ask_projection.summary.total;
    assert_eq!(p.ladder.len(), 4);
    for step in &p.ladder {
        assert!(step.horizon_total >= ask_total, "{step:?}");
        // Within what one more cent of base or grant could add over the horizon.
        assert!(step.horizon_total - ask_total < d("0.10"), "{step:?}");
    }
    // Rebuild step 1 by hand: base at the offer, the difference as year-1 sign-on.
    let base_capped = &p.ladder[0];
    assert_eq!(
        (base_capped.capped, base_capped.instead),
        (Component::Base, Component::SignOn)
    );
    let mut rebuilt = offer(FOUNDING);
    rebuilt.bonus_target_pct = d("15.25");
    rebuilt.equity[0].value = d("70025.00");
    rebuilt.sign_on = vec![d("14025.00") + base_capped.amount, d("7025.00")];
    assert_eq!(project(&rebuilt).unwrap().summary.total, ask_total);
    // Step 2: grant at the offer, base raised; one cent less falls short.
    let grant_capped = &p.ladder[1];
    assert_eq!(grant_capped.instead, Component::Base);
    let mut rebuilt = offer(FOUNDING);
    rebuilt.base_salary = d("198025.00") + grant_capped.amount;
    rebuilt.bonus_target_pct = d("15.25");
    rebuilt.sign_on = vec![d("14025.00"), d("7025.00")];
    assert!(project(&rebuilt).unwrap().summary.total >= ask_total);
    rebuilt.base_salary -= d("0.01");
    assert!(project(&rebuilt).unwrap().summary.total < ask_total);
    // The last step: everything as offered, the whole difference as sign-on.
    let all_in = p.ladder.last().unwrap();
    assert_eq!(all_in.amount, ask_total - p.offer_projection.summary.total);
    assert_eq!(all_in.horizon_total, ask_total);
}

fn weekend_or_holiday(date: NaiveDate, holidays: &[NaiveDate]) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun) || holidays.contains(&date)
}

#[test]
fn timelines_for_an_offer_on_every_weekday_stay_inside_the_limit() {
    let holidays: Vec<NaiveDate> = ["2026-12-24", "2026-12-25", "2026-12-31", "2027-01-01"]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
    let start: NaiveDate = "2026-12-14".parse().unwrap();
    for offset in 0..21 {
        let offer_date = start + Days::new(offset);
        let t = counteroffer_timeline(offer_date, &holidays);
        let get = |key: &str| t.milestones.iter().find(|m| m.key == key).unwrap();
        let limit = get("hard_limit").date;
        assert_eq!(limit, offer_date + Days::new(21));
        for m in &t.milestones {
            assert!(m.date > offer_date);
            assert!(m.date <= limit, "{offer_date}: {m:?}");
            if m.business_day.is_some() {
                assert!(
                    !weekend_or_holiday(m.date, &holidays),
                    "{offer_date}: {m:?}"
                );
            }
            assert_eq!(m.weekday, m.date.format("%a").to_string());
        }
        // The thanks go out on the very next business day.
        let mut next = offer_date + Days::new(1);
        while weekend_or_holiday(next, &holidays) {
            next = next + Days::new(1);
        }
        assert_eq!(get("thank").date, next);
        let cut = get("window_closes").business_day.is_none();
        assert_eq!(
            cut,
            t.warnings.iter().any(|w| w.contains("is cut")),
            "{offer_date}"
        );
    }
}

fn counteroffer_timeline(
    date: NaiveDate,
    holidays: &[NaiveDate],
) -> counteroffer::script::Timeline {
    let projected = ProjectedOffer::new(offer(FOUNDING)).unwrap();
    plan(&PlanInputs {
        offer: &projected,
        market: None,
        no_market_reason: None,
        target: 75,
        impact: d("1000000"),
        impact_desc: String::new(),
        offer_date: date,
        holidays: holidays.to_vec(),
        walk_away: None,
        competing: None,
    })
    .unwrap()
    .timeline
}

fn counteroffer() -> Command {
    Command::cargo_bin("counteroffer").unwrap()
}

const SCRIPT_ARGS: [&str; 10] = [
    "script",
    "examples/amazon-promotion.json",
    "--impact",
    "12000000",
    "--impact-desc",
    "incremental profit in the first year",
    "--offer-date",
    "2026-12-18",
    "--holiday",
    "2026-12-25",
];

fn script(extra: &[&str]) -> String {
    let output = counteroffer()
        .args(SCRIPT_ARGS)
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
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
        "Amazon promotion (L7 manager)|198025.00|$198,025.00|p75|thank=2026-12-21;counter=2026-12-23;follow_up=2026-12-29;window_opens=2027-01-04;window_closes=2027-01-08;hard_limit=2027-01-08;"
    );
}

fn template_error(source: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("bad.j2");
    std::fs::write(&template, source).unwrap();
    let output = counteroffer()
        .args(SCRIPT_ARGS)
        .args(["--template", template.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65), "{source}");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
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
    let started = std::time::Instant::now();
    let endless = template_error(
        "{% for i in range(100000) %}{% for j in range(100000) %}{{ i }}{% endfor %}{% endfor %}",
    );
    assert!(endless.contains("fuel"), "{endless}");
    // Bounded by fuel, not by the machine: far below the minutes the loop would take.
    assert!(started.elapsed().as_secs() < 30);
}

#[test]
fn out_writes_atomically_and_never_clobbers_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.md");
    let path_text = path.to_str().unwrap();
    counteroffer()
        .args(SCRIPT_ARGS)
        .args(["--out", path_text])
        .assert()
        .code(0)
        .stdout(format!("Wrote {path_text}\n"));
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.starts_with("# Counteroffer plan: Amazon promotion (L7 manager)"));

    std::fs::write(&path, "keep me").unwrap();
    counteroffer()
        .args(SCRIPT_ARGS)
        .args(["--out", path_text])
        .assert()
        .code(73)
        .stdout("")
        .stderr(format!(
            "counteroffer: error: {path_text}: already exists; pass --force to replace it\n"
        ));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");

    counteroffer()
        .args(SCRIPT_ARGS)
        .args(["--out", path_text, "--force", "--format", "text"])
        .assert()
        .code(0);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("COUNTEROFFER PLAN")
    );

    let nowhere = dir.path().join("missing-dir").join("plan.md");
    counteroffer()
        .args(SCRIPT_ARGS)
        .args(["--out", nowhere.to_str().unwrap()])
        .assert()
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
        counteroffer()
            .args(["script", "examples/amazon-promotion.json", "--impact", bad])
            .assert()
            .code(2);
    }
    counteroffer()
        .args([
            "script",
            "examples/amazon-promotion.json",
            "--impact",
            "1",
            "--force",
        ])
        .assert()
        .code(2);
    counteroffer()
        .args([
            "script",
            "examples/amazon-promotion.json",
            "--impact",
            "1",
            "--format",
            "json",
            "--template",
            "x.j2",
        ])
        .assert()
        .code(2);
}

#[test]
fn an_explicit_benchmark_file_without_a_match_is_an_error() {
    counteroffer()
        .args(SCRIPT_ARGS)
        .args(["--benchmarks", "tests/fixtures/market.json"])
        .assert()
        .code(65)
        .stderr(predicates::str::starts_with(
            "counteroffer: error: tests/fixtures/market.json: entries: no entry matches offer `Amazon promotion (L7 manager)`",
        ));
}

/// A template that doubles a list forty times passes the fuel limit in a
/// few dozen steps; the memory budget ends it with 65 and one line, and
/// nothing is written to `--out`.
#[test]
fn a_template_that_hoards_memory_ends_in_a_data_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.txt");
    let output = counteroffer()
        .args([
            "script",
            "examples/amazon-promotion.json",
            "--impact",
            "12000000",
            "--template",
            "tests/fixtures/bad/template-memory-bomb.j2",
            "--out",
        ])
        .arg(&out)
        .timeout(std::time::Duration::from_secs(600))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(65));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "counteroffer: error: tests/fixtures/bad/template-memory-bomb.j2: the template used more than 512 MiB of memory, the limit for one render\n"
    );
    assert!(output.stdout.is_empty());
    assert!(!out.exists(), "a partial plan was written");
}
