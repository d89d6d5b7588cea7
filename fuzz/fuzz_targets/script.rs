//! Any bytes as the offer a plan is drafted for (the founding competing
//! offer as the alternative): plan, then render through both built-in
//! templates. Errors are fine; panics are not.
#![no_main]

use chrono::NaiveDate;
use counteroffer::market::{BenchmarkSet, select};
use counteroffer::offer::{Defaults, parse_offer};
use counteroffer::projection::ProjectedOffer;
use counteroffer::script::{BUILT_IN_MARKDOWN, BUILT_IN_TEXT, Escape, PlanInputs, PlanView, plan, render};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let defaults = Defaults {
        as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        years: Some(4),
    };
    let Some(offer) = parse_offer(data, &defaults)
        .ok()
        .and_then(|offer| ProjectedOffer::new(offer).ok())
    else {
        return;
    };
    let competing = ProjectedOffer::new(
        parse_offer(include_bytes!("../../examples/competing-offer.json"), &defaults).unwrap(),
    )
    .unwrap();
    let set = BenchmarkSet::built_in().unwrap();
    let entry = select(&set.benchmarks, &offer.offer, None).ok();
    let competing = (competing.offer.currency == offer.offer.currency).then_some(&competing);
    let Ok(drafted) = plan(&PlanInputs {
        offer: &offer,
        market: entry.filter(|_| set.benchmarks.currency == offer.offer.currency).map(|e| (&set, e)),
        no_market_reason: None,
        target: 75,
        impact: "12000000".parse().unwrap(),
        impact_desc: "incremental profit".into(),
        offer_date: NaiveDate::from_ymd_opt(2026, 12, 18).unwrap(),
        holidays: vec![NaiveDate::from_ymd_opt(2026, 12, 25).unwrap()],
        walk_away: Some("900000".parse().unwrap()),
        competing,
    }) else {
        return;
    };
    let view = PlanView::new(&drafted);
    let _ = serde_json::to_string(&view);
    render("md", BUILT_IN_MARKDOWN, &view, Escape::Markdown).expect("the built-in Markdown template renders every plan");
    render("txt", BUILT_IN_TEXT, &view, Escape::Terminal).expect("the built-in text template renders every plan");
});
