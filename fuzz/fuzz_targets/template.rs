//! Any text as a user template, rendered with the founding case's plan.
//! Errors are fine; panics, hangs and runaway memory are not (fuel bounds them).
//! Text without template markup (`{{`, `{%`, `{#`) is printed exactly as
//! written, in either escape mode: escaping is for the plan's values only.
#![no_main]

use std::sync::OnceLock;

use chrono::NaiveDate;
use counteroffer::domain::market::{BenchmarkSet, select};
use counteroffer::plan::{PlanInputs, Situation, plan};
use counteroffer::render::plan::{Escape, PlanView, render};
use libfuzzer_sys::fuzz_target;

mod common;

fn founding_plan() -> &'static PlanView {
    static VIEW: OnceLock<PlanView> = OnceLock::new();
    VIEW.get_or_init(|| {
        let projected = common::founding();
        let set = BenchmarkSet::built_in().unwrap();
        let entry = select(&set.benchmarks, &projected.offer, None).unwrap();
        let plan = plan(&PlanInputs {
            offer: &projected,
            situation: Situation::Promotion,
            current: None,
            market: Some((&set, entry)),
            no_market_reason: None,
            target: counteroffer::domain::market::DEFAULT_TARGET,
            impact: Some("12000000".parse().unwrap()),
            impact_desc: "incremental profit in the first year".into(),
            offer_date: NaiveDate::from_ymd_opt(2026, 12, 18).unwrap(),
            deadline: None,
            today: NaiveDate::from_ymd_opt(2026, 12, 18).unwrap(),
            holidays: Default::default(),
            calendar: None,
            calendar_declined: false,
            walk_away: Some("900000".parse().unwrap()),
            competing: None,
            priority: Situation::Promotion.default_priority().to_vec(),
            tax: None,
        })
        .unwrap();
        PlanView::new(&plan)
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let rendered = render("fuzz.j2", source, founding_plan(), Escape::Terminal);
    if !["{{", "{%", "{#"]
        .iter()
        .any(|markup| source.contains(markup))
    {
        assert_eq!(
            rendered.as_deref().ok(),
            Some(source),
            "plain text is printed as written"
        );
        let markdown = render("fuzz.md", source, founding_plan(), Escape::Markdown);
        assert_eq!(
            markdown.as_deref().ok(),
            Some(source),
            "plain text is printed as written"
        );
    }
});
