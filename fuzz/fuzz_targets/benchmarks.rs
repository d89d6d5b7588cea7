//! Any bytes as a benchmark file: read, validate, and place the founding
//! offer against every entry. Errors are fine; panics are not. What the
//! reader accepts, serde_json reads as the same entries; every placement
//! agrees with the entry's own points (below the first, above the last, or
//! between them; a target between its neighbouring points; gap = target −
//! value).
#![no_main]

use counteroffer::domain::market::{
    Percentiles, Placement, Position, parse_benchmarks, place, select,
};
use libfuzzer_sys::fuzz_target;

mod common;
use common::founding;

/// The placement of a value against `points`, as the points alone say.
fn check(placement: &Placement, points: &Percentiles, target: u8) {
    let (first_p, first) = points.points[0];
    let (last_p, last) = points.points[points.points.len() - 1];
    let value = placement.value;
    match placement.position {
        Position::Below(p) => assert!(p == first_p && value < first, "{placement:?} {points:?}"),
        Position::Above(p) => assert!(p == last_p && value > last, "{placement:?} {points:?}"),
        Position::At(p) => assert!(
            first <= value && value <= last && p >= first_p.into() && p <= last_p.into(),
            "{placement:?} {points:?}"
        ),
    }
    match placement.target_value {
        None => assert!(
            target < first_p || target > last_p,
            "no target inside the points: {placement:?} {points:?}"
        ),
        Some(at) => {
            let below = points
                .points
                .iter()
                .rev()
                .find(|(p, _)| *p <= target)
                .unwrap();
            let above = points.points.iter().find(|(p, _)| *p >= target).unwrap();
            assert!(below.1 <= at && at <= above.1, "{placement:?} {points:?}");
            assert_eq!(placement.gap, Some(at - value), "{placement:?}");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(benchmarks) = parse_benchmarks(data) else {
        return;
    };
    let general: serde_json::Value =
        serde_json::from_slice(data).expect("serde_json reads what the benchmark reader reads");
    let entries = general["entries"].as_array().expect("entries are a list");
    assert_eq!(entries.len(), benchmarks.entries.len());
    for (written, read) in entries.iter().zip(&benchmarks.entries) {
        assert_eq!(written["id"].as_str(), Some(read.id.as_str()));
    }
    let projected = founding();
    let _ = select(&benchmarks, &projected.offer, None);
    for entry in &benchmarks.entries {
        for target in [1, 50, 75, 99] {
            let percentile = counteroffer::domain::market::Percentile::new(target).unwrap();
            let Ok(report) = place(&projected.offer, &projected.projection, entry, percentile)
            else {
                continue;
            };
            assert_eq!(report.placements.len(), entry.metrics.len());
            for (placement, (metric, points)) in report.placements.iter().zip(&entry.metrics) {
                assert_eq!(placement.metric, *metric);
                check(placement, points, target);
            }
        }
    }
});
