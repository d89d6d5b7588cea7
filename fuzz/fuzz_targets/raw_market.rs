//! Any bytes as raw market records for `benchmarks build` (both stages:
//! the reading thread and the grouping), with small limits so a run stays
//! fast. Errors are fine; panics are not, and whatever a build writes, the
//! benchmark reader must accept (`benchmarks check`).
#![no_main]

use chrono::NaiveDate;
use counteroffer::domain::market::{
    BuildLimits, BuildOptions, GroupBy, Metric, MetricColumn, build, parse_benchmarks,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = BuildOptions {
        group_by: vec![
            GroupBy {
                filter: "company",
                column: "company".into(),
            },
            GroupBy {
                filter: "role",
                column: "title".into(),
            },
        ],
        metrics: vec![
            MetricColumn {
                metric: Metric::Total,
                column: "total".into(),
            },
            MetricColumn {
                metric: Metric::BonusPct,
                column: "bonus".into(),
            },
        ],
        percentiles: vec![10, 50, 90],
        min_samples: 1,
        source_name: "fuzz.csv".into(),
        source: None,
        as_of: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
        currency: "USD".into(),
        limits: BuildLimits {
            rows: 5_000,
            groups: 500,
        },
        input_bytes: Some(data.len() as u64),
    };
    if let Ok((file, _)) = build(data, &options) {
        let text = serde_json::to_vec(&file).unwrap();
        if let Err(err) = parse_benchmarks(&text) {
            // A build with no group written is refused by the command, not here.
            let empty = file["entries"].as_array().is_some_and(|e| e.is_empty());
            assert!(empty, "build wrote a file check refuses: {err}");
        }
    }
});
