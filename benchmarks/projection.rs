//! Criterion benchmarks of the core: one offer's projection, and the
//! largest-remainder split behind every vest.
//!
//! Run with `cargo bench --bench projection`.

use std::hint::black_box;

use chrono::NaiveDate;
use counteroffer::offer::{Defaults, parse_offer};
use counteroffer::projection::project;
use counteroffer::vesting::{Frequency, Grant, Preset, Schedule, tranches};
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
        b.iter(|| tranches(black_box(&grant)).unwrap())
    });
}

criterion_group!(benches, projection, vesting);
criterion_main!(benches);
