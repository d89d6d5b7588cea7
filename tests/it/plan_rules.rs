//! The plan's rules through the command line, on realistic offers: a new
//! graduate with no forecast and no data, a euro offer before Christmas, a
//! two-day deadline, an offer in Thanksgiving week, a switch that forfeits
//! stock and a bonus at a higher level, and a promotion within a band.

use crate::common::{Run, d};
use rust_decimal::Decimal;
use serde_json::Value;

/// The plan as JSON for `script` with `args`, run in a directory holding
/// `files`; the run must succeed.
fn plan(files: &[(&str, &str)], args: &[&str]) -> Value {
    files
        .iter()
        .fold(Run::new("script"), |run, (name, body)| run.file(name, body))
        .args(args)
        .args(["--format", "json"])
        .json()
}

fn num(value: &Value) -> Decimal {
    d(value.as_str().unwrap())
}

fn ask<'a>(plan: &'a Value, component: &str) -> Option<&'a Value> {
    plan["asks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["component"] == component)
}

/// Every date of the timeline.
fn dates(plan: &Value) -> Vec<String> {
    plan["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["date"].as_str().unwrap().to_owned())
        .collect()
}

fn sign_today(plan: &Value) -> String {
    plan["pushbacks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["they_say"].as_str().unwrap().contains("sign today"))
        .unwrap()["you_say"]
        .as_str()
        .unwrap()
        .to_owned()
}

const NEW_GRAD: &str = r#"{"name": "Relecloud new grad", "company": "Relecloud",
  "role": "Software Engineer", "location": "Denver, CO", "currency": "USD",
  "start_date": "2027-07-12", "base_salary": 118000, "sign_on": [10000],
  "equity": [{"grant_value": 60000, "schedule": "even", "frequency": "quarterly", "cliff_months": 12}],
  "years": 4}"#;

#[test]
fn a_new_grad_without_a_forecast_gets_a_plan_inside_the_band() {
    let p = plan(
        &[("o.json", NEW_GRAD)],
        &[
            "o.json",
            "--offer-date",
            "2027-03-15",
            "--as-of",
            "2027-03-15",
        ],
    );
    // 118,000 + 60,000 / 4 + 10,000 = 143,000 a year; no data: 12 % over.
    let sizing = &p["sizing"];
    assert_eq!(num(&sizing["offer"]), d("143000"));
    assert_eq!(num(&sizing["unit"]), d("1000"));
    let over = num(&sizing["ask"]) / num(&sizing["offer"]);
    assert!(over >= d("1.10") && over <= d("1.20"), "{over}");
    // Base rises by three quarters of 12 %: 9 % → 128,620 → 128,700.
    assert_eq!(num(&ask(&p, "base").unwrap()["ask"]), d("128700"));
    assert!(ask(&p, "bonus_pct").is_none());
    assert!(p["impact"].is_null());
    // The closer: offer + half the room, to two units above.
    let rule = num(&sizing["offer"]) + (num(&sizing["ask"]) - num(&sizing["offer"])) / d("2");
    let closer = num(&sizing["closer"]);
    assert!(
        closer >= rule && closer <= rule + d("2000"),
        "{closer} {rule}"
    );
    assert!(sign_today(&p).starts_with("Yes. "));
    assert!(!sign_today(&p).contains('$'));
    // No "finish well where I am" without a current job.
    let body = serde_json::to_string(&p["non_cash"]).unwrap();
    assert!(!body.contains("finish well"), "{body}");
}

const DUBLIN: &str = r#"{"name": "Contoso Dublin", "company": "Contoso",
  "role": "Software Engineer", "location": "Dublin, DN, Ireland", "currency": "EUR",
  "start_date": "2027-02-01", "base_salary": 85000, "bonus_target_pct": 10,
  "equity": [{"grant_value": 60000, "schedule": "even", "frequency": "quarterly", "cliff_months": 12}],
  "years": 4}"#;

#[test]
fn a_euro_offer_before_christmas_counters_at_once_and_says_joining_bonus() {
    let p = plan(
        &[("o.json", DUBLIN)],
        &[
            "o.json",
            "--offer-date",
            "2026-12-21",
            "--as-of",
            "2026-12-21",
        ],
    );
    let steps: Vec<&str> = p["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["key"].as_str().unwrap())
        .collect();
    assert_eq!(steps[0], "thank_and_counter");
    assert_eq!(dates(&p)[0], "2026-12-22");
    // Ireland: Christmas, St Stephen's Day's substitute, New Year's Day.
    for day in ["2026-12-24", "2026-12-25", "2026-12-28", "2027-01-01"] {
        assert!(!dates(&p).contains(&day.to_owned()), "{day}");
    }
    let warnings = serde_json::to_string(&p["warnings"]).unwrap();
    assert!(warnings.contains("20 December"), "{warnings}");
    let email = p["email"]["body"].as_str().unwrap();
    assert!(email.contains("joining bonus"), "{email}");
    assert!(!email.contains("sign-on"), "{email}");
    // Rungs are whole hundreds (the unit of an 85,000 base), sign-on fifties.
    for rung in p["ladder"].as_array().unwrap() {
        for gives in rung["gives"].as_array().unwrap() {
            let step = if gives["component"] == "sign_on" {
                d("50")
            } else {
                d("100")
            };
            assert!((num(&gives["now"]) % step).is_zero(), "{gives}");
        }
    }
}

const DATUM: &str = r#"{"name": "Datum offer", "company": "Datum", "currency": "USD",
  "start_date": "2027-01-04", "base_salary": 140000, "bonus_target_pct": 10,
  "sign_on": [10000], "years": 4}"#;

#[test]
fn a_two_day_deadline_is_a_compressed_plan_not_an_error() {
    let p = plan(
        &[("o.json", DATUM)],
        &[
            "o.json",
            "--offer-date",
            "2027-03-02",
            "--as-of",
            "2027-03-02",
            "--deadline",
            "2027-03-04",
        ],
    );
    assert_eq!(dates(&p), ["2027-03-03", "2027-03-04"]);
    assert_eq!(p["timeline"][0]["key"], "thank_and_counter");
    // The email asks for five business days first, and the close names them.
    let email = p["email"]["body"].as_str().unwrap();
    assert!(
        email.contains("could we extend the deadline to Tuesday 9 March?"),
        "{email}"
    );
    let close = p["say"]["close"].as_str().unwrap();
    assert!(close.contains("Tuesday 9 March"), "{close}");
    let answer = serde_json::to_string(&p["pushbacks"]).unwrap();
    assert!(answer.contains("my answer by Tuesday 9 March"), "{answer}");
}

#[test]
fn thanksgiving_and_the_day_after_are_not_business_days() {
    let p = plan(
        &[("o.json", DATUM)],
        &[
            "o.json",
            "--offer-date",
            "2026-11-23",
            "--as-of",
            "2026-11-23",
        ],
    );
    let all = dates(&p);
    assert!(!all.contains(&"2026-11-26".to_owned()) && !all.contains(&"2026-11-27".to_owned()));
    // Business day 3 after Monday 23 November skips both: Monday 30 November.
    assert_eq!(p["timeline"][1]["key"], "counter");
    assert_eq!(p["timeline"][1]["date"], "2026-11-30");
    // With no calendar, Thanksgiving counts.
    let none = plan(
        &[("o.json", DATUM)],
        &[
            "o.json",
            "--offer-date",
            "2026-11-23",
            "--as-of",
            "2026-11-23",
            "--calendar",
            "none",
        ],
    );
    assert_eq!(none["timeline"][1]["date"], "2026-11-26");
}

const SWITCH: &str = r#"{"name": "Relecloud engineer", "company": "Relecloud",
  "role": "Software Engineer", "level": "L4", "location": "Denver, CO", "currency": "USD",
  "start_date": "2027-03-01", "base_salary": 150000, "bonus_target_pct": 6,
  "equity": [{"grant_value": 100000, "schedule": "even", "frequency": "quarterly", "cliff_months": 12}],
  "years": 4}"#;
const TODAY: &str = r#"{"name": "Pay today", "company": "Fabrikam", "level": "L5",
  "currency": "USD", "start_date": "2024-04-01", "base_salary": 140000,
  "bonus_target_pct": 10,
  "equity": [{"grant_value": 120000, "schedule": "even", "frequency": "quarterly", "cliff_months": 12}],
  "years": 4}"#;

#[test]
fn a_switch_makes_whole_what_it_forfeits_and_asks_for_the_level_first() {
    let p = plan(
        &[("o.json", SWITCH), ("c.json", TODAY)],
        &[
            "o.json",
            "--current",
            "c.json",
            "--offer-date",
            "2027-02-01",
            "--as-of",
            "2027-02-01",
        ],
    );
    // Leaving after 35 whole months (1 April 2024 to 1 March 2027): the
    // quarterly vests of months 36, 39, 42 and 45 (120,000 / 16 = 7,500
    // each) fall in the next 12 months: 30,000; year 3 began at month 24,
    // so 11 months of its 14,000 bonus: 12,833.33. In all 42,833.33, and
    // the sign-on asked covers it, to the next whole dollar.
    assert_eq!(num(&ask(&p, "sign_on").unwrap()["ask"]), d("42834"));
    let call = p["say"]["ask"].as_str().unwrap();
    assert!(
        call.starts_with("Before the figures, the level: I'm at L5 today"),
        "{call}"
    );
    let anchor = p["say"]["anchor"].as_str().unwrap();
    assert!(anchor.contains("cover the stock"), "{anchor}");
    // A vest lands on 1 April, 31 days after the start: start after it.
    let non_cash = serde_json::to_string(&p["non_cash"]).unwrap();
    assert!(
        non_cash.contains("Could I start on Friday 2 April"),
        "{non_cash}"
    );
}

const PROMOTION: &str = r#"{"name": "Woodgrove promotion to L6", "company": "Woodgrove",
  "role": "Product Manager", "level": "L6", "location": "Seattle, WA", "currency": "USD",
  "start_date": "2027-01-04", "base_salary": 170000, "bonus_target_pct": 10,
  "equity": [{"grant_value": 120000, "schedule": "even", "frequency": "quarterly", "cliff_months": 0}],
  "years": 4}"#;
const BAND: &str = r#"{"source": "Example survey", "as_of": "2026-10-01", "currency": "USD",
  "entries": [{"id": "woodgrove-pm-l6-seattle", "company": "Woodgrove", "role": "Product Manager",
  "level": "L6", "location": "Seattle, WA",
  "base_salary": {"p25": 160000, "p50": 172000, "p75": 184000, "p90": 195000},
  "bonus_pct": {"p25": 10, "p50": 10, "p75": 12, "p90": 15},
  "equity_annual": {"p25": 30000, "p50": 40000, "p75": 50000, "p90": 65000},
  "total": {"p25": 206000, "p50": 229000, "p75": 256000, "p90": 285000}}]}"#;

#[test]
fn a_promotion_asks_base_within_the_band_and_equity_as_a_range() {
    let p = plan(
        &[("o.json", PROMOTION), ("b.json", BAND)],
        &[
            "o.json",
            "--situation",
            "promotion",
            "--benchmarks",
            "b.json",
            "--impact",
            "5000000",
            "--offer-date",
            "2026-12-07",
            "--as-of",
            "2026-12-07",
        ],
    );
    // min(p90 195,000, 8 % over 170,000 = 183,600): a cap, rounded down.
    assert_eq!(num(&ask(&p, "base").unwrap()["ask"]), d("183600"));
    let equity = ask(&p, "equity").unwrap();
    let (bottom, top) = (num(&equity["ask"]), num(&equity["range_top"]));
    // The target grant 50,000 × 4 = 200,000 is above 50 % over 120,000:
    // the top is 180,000, the bottom a tenth below it.
    assert_eq!(top, d("180000"));
    assert!(bottom >= d("132000") && top - bottom <= bottom * d("0.15"));
    assert!(ask(&p, "sign_on").is_none() && ask(&p, "bonus_pct").is_none());
    // Christmas week: no step on 24 or 25 December.
    for day in ["2026-12-24", "2026-12-25"] {
        assert!(!dates(&p).contains(&day.to_owned()));
    }
    assert_eq!(
        sign_today(&p),
        "Yes. Send the updated offer with those figures in writing and I'll confirm it the same day."
    );
}

#[test]
fn current_pay_above_the_offer_is_said_as_a_cut() {
    let higher = TODAY.replace("\"base_salary\": 140000", "\"base_salary\": 200000");
    let p = plan(
        &[("o.json", SWITCH), ("c.json", &higher)],
        &[
            "o.json",
            "--current",
            "c.json",
            "--offer-date",
            "2027-02-01",
            "--as-of",
            "2027-02-01",
        ],
    );
    let words = p["raise"]["words"].as_str().unwrap();
    assert!(words.contains("as offered, a cut of $"), "{words}");
    assert!(!words.contains("-$"), "{words}");
}

#[test]
fn a_promotion_with_nothing_left_to_ask_has_no_ladder_and_says_so() {
    // Base above the band's highest point and no grant: nothing to ask.
    let at_top = r#"{"name": "Woodgrove promotion to L6", "company": "Woodgrove",
      "role": "Product Manager", "level": "L6", "location": "Seattle, WA", "currency": "USD",
      "start_date": "2027-01-04", "base_salary": 200000, "bonus_target_pct": 10, "years": 4}"#;
    let text = Run::new("script")
        .file("o.json", at_top)
        .file("b.json", BAND)
        .args([
            "o.json",
            "--situation",
            "promotion",
            "--benchmarks",
            "b.json",
            "--offer-date",
            "2026-12-07",
            "--as-of",
            "2026-12-07",
            "--format",
            "text",
        ])
        .stdout();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!text.contains("Concede in this order"), "{text}");
    assert!(text.contains("no room above your floor"), "{text}");
    assert!(!text.contains("market data"), "{text}");
    assert!(!text.contains("I'm asking for ."), "{text}");
    assert!(text.contains("not asking for more money"), "{text}");
}

#[test]
fn more_than_a_thousand_holidays_are_refused() {
    let mut args = vec!["o.json".to_owned()];
    let start = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    for day in start.iter_days().take(1001) {
        args.extend(["--holiday".to_owned(), day.to_string()]);
    }
    Run::new("script")
        .file("o.json", DATUM)
        .args(args)
        .code(2)
        .stderr_is("counteroffer: error: --holiday is given 1001 times, expected at most 1000\n");
}
