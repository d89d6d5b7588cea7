//! Percentiles by linear interpolation between closest ranks: the method of
//! numpy's default and Excel's PERCENTILE.INC, computed exactly.

use rust_decimal::Decimal;

/// The `p`-th percentile (0..=100) of `sorted` (ascending, non-empty):
/// h = (n − 1)·p/100, then x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). Unrounded.
pub fn percentile_inc(sorted: &[Decimal], p: u8) -> Decimal {
    debug_assert!(!sorted.is_empty());
    let h = Decimal::from(sorted.len() - 1) * Decimal::from(p) / Decimal::ONE_HUNDRED;
    let low = h.floor();
    let index = usize::try_from(low).unwrap_or(0);
    let fraction = h - low;
    match sorted.get(index + 1) {
        Some(next) if !fraction.is_zero() => sorted[index] + fraction * (*next - sorted[index]),
        _ => sorted[index],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn matches_numpy_linear() {
        // numpy.percentile([1, 2, 3, 4], [0, 25, 50, 75, 90, 100]) = 1, 1.75, 2.5, 3.25, 3.7, 4
        let xs = [dec!(1), dec!(2), dec!(3), dec!(4)];
        let got: Vec<Decimal> = [0, 25, 50, 75, 90, 100]
            .iter()
            .map(|p| percentile_inc(&xs, *p))
            .collect();
        assert_eq!(
            got,
            [
                dec!(1),
                dec!(1.75),
                dec!(2.5),
                dec!(3.25),
                dec!(3.7),
                dec!(4)
            ]
        );
        assert_eq!(percentile_inc(&[dec!(7)], 75), dec!(7));
        // 10 values 10..100: p25 → h = 2.25 → 30 + 0.25 × 10 = 32.5
        let tens: Vec<Decimal> = (1..=10).map(|i| Decimal::from(i * 10)).collect();
        assert_eq!(percentile_inc(&tens, 25), dec!(32.5));
    }
}
