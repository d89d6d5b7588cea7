//! Percentiles by linear interpolation between closest ranks: the method of
//! numpy's default and Excel's PERCENTILE.INC, computed exactly.

use rust_decimal::Decimal;

/// Decimal places up to which [`sort`] compares integers.
const KEY_PLACES: u32 = 10;
const POWERS: [i128; KEY_PLACES as usize + 1] = {
    let mut powers = [1i128; KEY_PLACES as usize + 1];
    let mut i = 1;
    while i < powers.len() {
        powers[i] = powers[i - 1] * 10;
        i += 1;
    }
    powers
};

/// Sorts `values` ascending, exactly. When every value has at most ten
/// decimal places (raw pay always has), each one is an integer at that
/// scale, and integers compare in a fraction of the time `Decimal` takes;
/// otherwise `Decimal`'s own order. Values beyond ±10^18 (never read: the
/// largest is 10^15) also take the `Decimal` path.
pub fn sort(values: &mut [Decimal]) {
    let fits = |v: &Decimal| v.scale() <= KEY_PLACES && v.abs() < Decimal::from(10i64.pow(18));
    if values.iter().all(fits) {
        values.sort_unstable_by_key(|v| v.mantissa() * POWERS[(KEY_PLACES - v.scale()) as usize]);
    } else {
        values.sort_unstable();
    }
}

/// The `p`-th percentile (0..=100) of `sorted` (ascending, non-empty):
/// h = (n − 1)·p/100, then x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). Unrounded.
pub fn percentile_inc(sorted: &[Decimal], p: u8) -> Decimal {
    percentile_of(sorted.len(), p, |i| sorted[i])
}

/// [`percentile_inc`] over `len` sorted values read through `at`.
pub fn percentile_of(len: usize, p: u8, at: impl Fn(usize) -> Decimal) -> Decimal {
    debug_assert!(len > 0);
    let h = Decimal::from(len - 1) * Decimal::from(p) / Decimal::ONE_HUNDRED;
    let low = h.floor();
    let index = usize::try_from(low).unwrap_or(0);
    let fraction = h - low;
    if index + 1 < len && !fraction.is_zero() {
        let (here, next) = (at(index), at(index + 1));
        here + fraction * (next - here)
    } else {
        at(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    proptest::proptest! {
        /// The integer-keyed sort is `Decimal`'s order, whatever the scales.
        #[test]
        fn sorting_by_integer_keys_is_decimals_order(
            raw in proptest::collection::vec((-10i64.pow(17)..10i64.pow(17), 0u32..=12), 0..60)
        ) {
            let values: Vec<Decimal> = raw.iter().map(|&(m, s)| Decimal::new(m, s)).collect();
            let mut fast = values.clone();
            sort(&mut fast);
            let mut reference = values;
            reference.sort_unstable();
            proptest::prop_assert_eq!(fast, reference);
        }
    }

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
