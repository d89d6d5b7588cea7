//! Invariants of market positions and targets over random percentile points.

use counteroffer::domain::market::{Percentiles, Position, position, value_at};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// 1..=6 distinct percentiles with non-decreasing cent values; one step in
/// four is flat, so points that share a value are common.
fn points() -> impl Strategy<Value = Percentiles> {
    (
        proptest::collection::btree_set(1u8..=99, 1..=6),
        proptest::collection::vec(prop_oneof![1 => Just(0i64), 3 => 1i64..=5_000_000], 6),
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

/// A whole number of cents, exactly.
fn in_cents(value: Decimal) -> i128 {
    let cents = value * Decimal::ONE_HUNDRED;
    assert!(cents.fract().is_zero(), "{value}");
    cents.to_i128().unwrap()
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

    /// A value inside the points is placed between its neighbours: on a
    /// point's value, at the lowest percentile with that value; between two
    /// points, within half a tenth of the straight line between them
    /// (computed here in whole cents and integers).
    #[test]
    fn a_value_inside_the_points_lies_between_its_neighbours(
        pts in points(),
        on_point in proptest::option::of(0usize..6),
        share in 0i64..=1_000_000,
    ) {
        let cents: Vec<(u8, i128)> = pts.points.iter().map(|(p, x)| (*p, in_cents(*x))).collect();
        let (first, last) = (cents[0].1, cents[cents.len() - 1].1);
        let v = match on_point {
            Some(i) => cents[i % cents.len()].1,
            None => first + (last - first) * i128::from(share) / 1_000_000,
        };
        let Position::At(placed) = position(&pts, Decimal::new(i64::try_from(v).unwrap(), 2)) else {
            return Err(TestCaseError::fail(format!("{v} cents is inside the points, not placed At")));
        };
        let tenths = placed.mantissa();
        prop_assert_eq!(placed.scale(), 1);
        if let Some(&(p, _)) = cents.iter().find(|(_, x)| *x == v) {
            prop_assert_eq!(tenths, i128::from(p) * 10, "{} cents is the value of p{}", v, p);
        } else {
            let &(p1, x1) = cents.iter().rev().find(|(_, x)| *x < v).unwrap();
            let &(p2, x2) = cents.iter().find(|(_, x)| *x > v).unwrap();
            let (p1, p2) = (i128::from(p1), i128::from(p2));
            prop_assert!(p1 * 10 <= tenths && tenths <= p2 * 10, "p{} outside p{}..p{}", placed, p1, p2);
            // |placed − (p1 + (v − x1)(p2 − p1)/(x2 − x1))| ≤ 0.05, times 20 (x2 − x1).
            let line = 20 * (p1 * (x2 - x1) + (v - x1) * (p2 - p1));
            prop_assert!((2 * tenths * (x2 - x1) - line).abs() <= x2 - x1,
                "p{} is not p{}..p{} at {} between {} and {}", placed, p1, p2, v, x1, x2);
        }
    }

    /// Outside the points, a value is below the first or above the last.
    #[test]
    fn a_value_outside_the_points_names_the_end_it_passed(pts in points(), gap in 1i64..=10_000_000) {
        let (first_p, first) = pts.points[0];
        let (last_p, last) = pts.points[pts.points.len() - 1];
        let gap = Decimal::new(gap, 2);
        prop_assert_eq!(position(&pts, first - gap), Position::Below(first_p));
        prop_assert_eq!(position(&pts, last + gap), Position::Above(last_p));
    }
}
