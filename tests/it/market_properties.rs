//! Invariants of market positions and targets over random percentile points.

use counteroffer::market::{Percentiles, Position, position, value_at};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// 1..=6 distinct percentiles with non-decreasing cent values.
fn points() -> impl Strategy<Value = Percentiles> {
    (
        proptest::collection::btree_set(1u8..=99, 1..=6),
        proptest::collection::vec(0i64..=5_000_000, 6),
        0i64..=50_000_000,
    )
        .prop_map(|(ps, steps, start)| {
            let mut value = start;
            let points = ps
                .into_iter()
                .zip(steps)
                .map(|(p, step)| {
                    value += step;
                    (p, Decimal::new(value, 2))
                })
                .collect();
            Percentiles { points }
        })
}

fn rank(p: &Position) -> Decimal {
    match p {
        Position::Below(_) => Decimal::from(-1),
        Position::At(x) => *x,
        Position::Above(_) => Decimal::from(1000),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn a_higher_value_never_lowers_its_percentile(pts in points(), a in 0i64..=80_000_000, b in 0i64..=80_000_000) {
        let (low, high) = (Decimal::new(a.min(b), 2), Decimal::new(a.max(b), 2));
        prop_assert!(rank(&position(&pts, low)) <= rank(&position(&pts, high)));
    }

    #[test]
    fn a_target_lies_between_its_neighbouring_points(pts in points(), target in 1u8..=99) {
        let first = pts.points[0];
        let last = pts.points[pts.points.len() - 1];
        match value_at(&pts, target) {
            None => prop_assert!(target < first.0 || target > last.0),
            Some(v) => {
                let below = pts.points.iter().rev().find(|(p, _)| *p <= target).unwrap();
                let above = pts.points.iter().find(|(p, _)| *p >= target).unwrap();
                prop_assert!(below.1 <= v && v <= above.1, "{v} not within {below:?}..{above:?}");
            }
        }
    }

    #[test]
    fn positions_inside_the_points_stay_inside_their_percentiles(pts in points(), v in 0i64..=80_000_000) {
        let value = Decimal::new(v, 2);
        if let Position::At(p) = position(&pts, value) {
            let first = Decimal::from(pts.points[0].0);
            let last = Decimal::from(pts.points[pts.points.len() - 1].0);
            prop_assert!(first <= p && p <= last);
        }
    }
}
