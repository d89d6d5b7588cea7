//! Any bytes as the offer a plan is drafted for (the founding competing
//! offer as the alternative, the founding current pay, external and
//! promotion): plan, then render through both built-in templates. Errors
//! are fine; panics are not. The plan's JSON is read back by serde_json to
//! the same value, and both templates name the offer.
#![no_main]

use chrono::NaiveDate;
use counteroffer::domain::market::{BenchmarkSet, select};
use counteroffer::domain::offer::{Defaults, parse_offer};
use counteroffer::domain::report::OfferReport;
use counteroffer::io::escape;
use counteroffer::plan::{PlanInputs, Situation, plan};
use counteroffer::render::plan::{BUILT_IN_MARKDOWN, BUILT_IN_TEXT, Escape, PlanView, render};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let defaults = Defaults {
        as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        years: Some(4),
    };
    let Some(offer) = parse_offer(data, &defaults)
        .ok()
        .and_then(|offer| OfferReport::new(offer).ok())
    else {
        return;
    };
    let competing = OfferReport::new(
        parse_offer(
            include_bytes!("../../examples/competing-offer.json"),
            &defaults,
        )
        .unwrap(),
    )
    .unwrap();
    let set = BenchmarkSet::built_in().unwrap();
    let entry = select(&set.benchmarks, &offer.offer, None).ok();
    let current = OfferReport::new(
        parse_offer(include_bytes!("../../examples/current-pay.json"), &defaults).unwrap(),
    )
    .unwrap();
    let competing = (competing.offer.currency == offer.offer.currency).then_some(&competing);
    let current = (current.offer.currency == offer.offer.currency).then_some(&current);
    // The first byte picks the situation, so both are reached.
    let situation = if data.first().is_some_and(|b| b % 2 == 0) {
        Situation::External
    } else {
        Situation::Promotion
    };
    let Ok(drafted) = plan(&PlanInputs {
        offer: &offer,
        situation,
        current,
        market: entry
            .filter(|_| set.benchmarks.currency == offer.offer.currency)
            .map(|e| (&set, e)),
        no_market_reason: None,
        target: counteroffer::domain::market::DEFAULT_TARGET,
        impact: Some("12000000".parse().unwrap()),
        impact_desc: "incremental profit".into(),
        offer_date: NaiveDate::from_ymd_opt(2026, 12, 18).unwrap(),
        deadline: None,
        today: NaiveDate::from_ymd_opt(2026, 12, 18).unwrap(),
        holidays: [NaiveDate::from_ymd_opt(2026, 12, 25).unwrap()].into(),
        calendar: None,
        calendar_declined: false,
        walk_away: Some("900000".parse().unwrap()),
        competing,
        priority: situation.default_priority().to_vec(),
        tax: None,
    }) else {
        return;
    };
    let view = PlanView::new(&drafted);
    let value = serde_json::to_value(&view).expect("a plan is JSON");
    let text = serde_json::to_string(&view).expect("a plan is JSON");
    let read: serde_json::Value = serde_json::from_str(&text).expect("serde_json reads the plan");
    assert_eq!(read, value);
    assert_eq!(value["offer"].as_str(), Some(view.offer.as_str()));
    let markdown = render("md", BUILT_IN_MARKDOWN, &view, Escape::Markdown)
        .expect("the built-in Markdown template renders every plan");
    assert!(
        markdown.contains(escape::markdown(&view.offer).as_ref()),
        "{markdown}"
    );
    let plain = render("txt", BUILT_IN_TEXT, &view, Escape::Terminal)
        .expect("the built-in text template renders every plan");
    assert!(
        plain.contains(escape::terminal(&view.offer).as_ref()),
        "{plain}"
    );
});
