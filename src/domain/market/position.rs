//! Where a value sits among percentile points, and the value at a percentile,
//! both by linear interpolation between the two points around it.

use rust_decimal::{Decimal, RoundingStrategy};

use super::Percentiles;

/// A value's place among the points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Position {
    /// Inside the points: the interpolated percentile, to one decimal.
    At(Decimal),
    /// Below the lowest point (its percentile).
    Below(u8),
    /// Above the highest point (its percentile).
    Above(u8),
}

impl Position {
    /// The percentile, `None` outside the points.
    pub fn percentile(&self) -> Option<Decimal> {
        match self {
            Position::At(p) => Some(*p),
            _ => None,
        }
    }

    /// `p62.5`, `below p25`, `above p90`.
    pub fn label(&self) -> String {
        match self {
            Position::At(p) => format!("p{p}"),
            Position::Below(p) => format!("below p{p}"),
            Position::Above(p) => format!("above p{p}"),
        }
    }
}

/// Places `value` among the points. On a flat stretch (several points with
/// the same value) a value equal to it takes the lowest such percentile, so
/// a higher value never gets a lower position.
pub fn position(points: &Percentiles, value: Decimal) -> Position {
    let points = &points.points;
    let (low_p, low) = points[0];
    let (high_p, high) = points[points.len() - 1];
    if value < low {
        return Position::Below(low_p);
    }
    if value > high {
        return Position::Above(high_p);
    }
    let exact = points
        .windows(2)
        .find_map(|pair| {
            let ((p1, x1), (p2, x2)) = (pair[0], pair[1]);
            if value < x1 || value > x2 {
                return None;
            }
            if x1 == x2 || value == x1 {
                return Some(Decimal::from(p1));
            }
            // p1 + (v − x1) / (x2 − x1) × (p2 − p1): divide first so the
            // ratio (at most 1) keeps the product small.
            let share = (value - x1) / (x2 - x1);
            Some(Decimal::from(p1) + share * Decimal::from(p2 - p1))
        })
        // Only one point, or the value equals the highest point.
        .unwrap_or(Decimal::from(high_p));
    Position::At(one_decimal(exact))
}

/// The value at percentile `target`, interpolated; `None` outside the points.
/// Unrounded: the caller rounds to the metric's unit.
pub fn value_at(points: &Percentiles, target: u8) -> Option<Decimal> {
    let points = &points.points;
    if let Some((_, x)) = points.iter().find(|(p, _)| *p == target) {
        return Some(*x);
    }
    points.windows(2).find_map(|pair| {
        let ((p1, x1), (p2, x2)) = (pair[0], pair[1]);
        (p1 < target && target < p2).then(|| {
            let share = Decimal::from(target - p1) / Decimal::from(p2 - p1);
            x1 + share * (x2 - x1)
        })
    })
}

fn one_decimal(value: Decimal) -> Decimal {
    let mut rounded = value.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(1);
    rounded
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn base() -> Percentiles {
        Percentiles {
            points: vec![
                (25, dec!(165000)),
                (50, dec!(175000)),
                (75, dec!(185000)),
                (90, dec!(192500)),
            ],
        }
    }

    #[test]
    fn positions_below_inside_and_above() {
        let cases = [
            (dec!(164999.99), "below p25"),
            (dec!(165000), "p25.0"),
            (dec!(180000), "p62.5"),
            (dec!(185000), "p75.0"),
            (dec!(190000), "p85.0"),
            (dec!(192500), "p90.0"),
            (dec!(192500.01), "above p90"),
            // 175,000 + 1/3 of the way to 185,000: p58.333… → p58.3
            (dec!(178333.33), "p58.3"),
            // p25 + 0.0025 × 25 = p25.0625 → p25.1
            (dec!(165025), "p25.1"),
        ];
        for (value, expected) in cases {
            assert_eq!(position(&base(), value).label(), expected, "{value}");
        }
    }

    #[test]
    fn half_a_tenth_rounds_away_from_zero() {
        // p10..p20 over 0..100: value 25 → p12.5 exactly; value 45 → p14.5; 35 → p13.5.
        let points = Percentiles {
            points: vec![(10, dec!(0)), (20, dec!(100))],
        };
        assert_eq!(position(&points, dec!(45)).label(), "p14.5");
        assert_eq!(position(&points, dec!(0.5)).label(), "p10.1"); // 10.05 → 10.1
    }

    #[test]
    fn flat_stretches_take_the_lowest_percentile() {
        let points = Percentiles {
            points: vec![(25, dec!(10)), (50, dec!(10)), (75, dec!(20))],
        };
        assert_eq!(position(&points, dec!(10)).label(), "p25.0");
        assert_eq!(position(&points, dec!(15)).label(), "p62.5");
    }

    #[test]
    fn target_values_interpolate() {
        assert_eq!(value_at(&base(), 75), Some(dec!(185000)));
        assert_eq!(value_at(&base(), 80), Some(dec!(187500)));
        assert_eq!(value_at(&base(), 60), Some(dec!(179000)));
        assert_eq!(value_at(&base(), 24), None);
        assert_eq!(value_at(&base(), 91), None);
    }

    #[test]
    fn a_single_point() {
        let one = Percentiles {
            points: vec![(50, dec!(100))],
        };
        assert_eq!(position(&one, dec!(100)).label(), "p50.0");
        assert_eq!(position(&one, dec!(99)).label(), "below p50");
        assert_eq!(value_at(&one, 50), Some(dec!(100)));
    }
}
