//! Criterion benchmarks of the core: one offer's projection, the
//! largest-remainder split behind every vest, a market position and a
//! script render.
//!
//! Run with `cargo bench --bench core`.

use std::hint::black_box;

use chrono::NaiveDate;
use counteroffer::domain::market::{BenchmarkSet, place, select};
use counteroffer::domain::offer::{Defaults, parse_offer};
use counteroffer::domain::projection::project;
use counteroffer::domain::report::OfferReport;
use counteroffer::domain::vesting::{Frequency, Grant, Preset, Schedule, tranches};
use counteroffer::plan::{PlanInputs, Situation, plan};
use counteroffer::render::plan::{BUILT_IN_MARKDOWN, Escape, PlanView, render};
use criterion::{Criterion, criterion_group, criterion_main};
use rust_decimal::Decimal;

fn defaults() -> Defaults {
    Defaults {
        as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        years: None,
    }
}

fn projection(c: &mut Criterion) {
    let founding = parse_offer(
        include_bytes!("../examples/amazon-promotion.json"),
        &defaults(),
    )
    .unwrap();
    c.bench_function("project founding case (4 years)", |b| {
        b.iter(|| project(black_box(&founding)).unwrap())
    });
    let refreshers =
        parse_offer(include_bytes!("../examples/refreshers.json"), &defaults()).unwrap();
    c.bench_function("project refreshers with growth (5 years)", |b| {
        b.iter(|| project(black_box(&refreshers)).unwrap())
    });
    let mut heavy = refreshers.clone();
    heavy.years = 40;
    heavy.equity = (1..=10)
        .map(|year| Grant {
            value: Decimal::new(1_234_567, 2),
            schedule: Schedule::preset(Preset::Amazon),
            frequency: Frequency::Monthly,
            cliff_months: 0,
            grant_year: year,
        })
        .collect();
    c.bench_function("project 40 years, ten monthly grants, growth", |b| {
        b.iter(|| project(black_box(&heavy)).unwrap())
    });
    c.bench_function("parse and validate an offer file", |b| {
        b.iter(|| {
            parse_offer(
                black_box(include_bytes!("../examples/refreshers.json")),
                &defaults(),
            )
            .unwrap()
        })
    });
}

fn vesting(c: &mut Criterion) {
    let grant = Grant {
        value: Decimal::new(10_000_001, 2),
        schedule: Schedule::preset(Preset::FrontLoaded),
        frequency: Frequency::Monthly,
        cliff_months: 12,
        grant_year: 1,
    };
    c.bench_function("split a grant into 48 monthly tranches", |b| {
        b.iter(|| tranches(black_box(&grant), counteroffer::domain::money::Minor::CENT).unwrap())
    });
}

fn market(c: &mut Criterion) {
    let offer = OfferReport::new(
        parse_offer(
            include_bytes!("../examples/amazon-promotion.json"),
            &defaults(),
        )
        .unwrap(),
    )
    .unwrap();
    let set = BenchmarkSet::built_in().unwrap();
    c.bench_function(
        "match and place an offer against the built-in benchmarks",
        |b| {
            b.iter(|| {
                let entry = select(&set.benchmarks, black_box(&offer.offer), None).unwrap();
                place(
                    &offer.offer,
                    &offer.projection,
                    entry,
                    counteroffer::domain::market::DEFAULT_TARGET,
                )
                .unwrap()
            })
        },
    );
}

fn script(c: &mut Criterion) {
    let offer = OfferReport::new(
        parse_offer(
            include_bytes!("../examples/amazon-promotion.json"),
            &defaults(),
        )
        .unwrap(),
    )
    .unwrap();
    let set = BenchmarkSet::built_in().unwrap();
    let entry = select(&set.benchmarks, &offer.offer, None).unwrap();
    let inputs = PlanInputs {
        offer: &offer,
        situation: Situation::Promotion,
        current: None,
        market: Some((&set, entry)),
        no_market_reason: None,
        target: counteroffer::domain::market::DEFAULT_TARGET,
        impact: Some(Decimal::from(12_000_000)),
        impact_desc: "incremental profit in the first year".into(),
        offer_date: NaiveDate::from_ymd_opt(2026, 12, 18).unwrap(),
        deadline: None,
        today: NaiveDate::from_ymd_opt(2026, 12, 18).unwrap(),
        holidays: [NaiveDate::from_ymd_opt(2026, 12, 25).unwrap()].into(),
        calendar: None,
        calendar_declined: false,
        walk_away: Some(Decimal::from(900_000)),
        competing: None,
        priority: Situation::Promotion.default_priority().to_vec(),
        tax: None,
    };
    c.bench_function("plan the founding case's counteroffer", |b| {
        b.iter(|| plan(black_box(&inputs)).unwrap())
    });
    let view = PlanView::new(&plan(&inputs).unwrap());
    c.bench_function("render the built-in Markdown script", |b| {
        b.iter(|| {
            render(
                "script.md",
                BUILT_IN_MARKDOWN,
                black_box(&view),
                Escape::Markdown,
            )
            .unwrap()
        })
    });
}

criterion_group!(benches, projection, vesting, market, script);
criterion_main!(benches);
