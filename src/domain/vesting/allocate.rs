//! Largest-remainder allocation: splitting an amount into whole minor units
//! (cents; yen) without losing or inventing a single one.
//!
//! Naive rounding of each share loses cents ($22,000 in twelve monthly
//! tranches of $1,833.33 is $21,999.96). Here every share is first cut down to
//! cents; the cents left over go one each to the shares with the largest
//! cut-off remainders, ties to the earlier share. The parts always sum to the
//! whole, and every part is within one cent of its exact share.

use rust_decimal::Decimal;

use crate::domain::money::{power_of_ten, quotient_and_remainder};

/// The fixed scale weights are read at (six decimals).
pub(super) const WEIGHT_SCALE: u32 = 6;

/// The most parts [`split_units_by_weights`] splits into: a schedule's years.
pub(super) const MAX_PARTS: usize = super::MAX_SCHEDULE_YEARS;

/// Splits `total` (whole minor units: cents, or yen; non-negative) in
/// proportion to integer `weights` (non-negative, not all zero, at most
/// [`MAX_PARTS`]; the schedule's percentages × 10⁶) into `parts`, one
/// amount per weight, in the same unit.
///
/// The arithmetic is on integers: units times weights fit in an `i128` for
/// any amount a `Decimal` holds, so every share and remainder is exact.
/// Returns `None` only for inputs outside those bounds.
pub(super) fn split_units_by_weights(
    total: i128,
    weights: &[i128],
    parts: &mut [i128],
) -> Option<()> {
    let sum = weights
        .iter()
        .try_fold(0i128, |acc, w| acc.checked_add(*w))?;
    if total < 0
        || sum <= 0
        || weights.len() > MAX_PARTS
        || parts.len() != weights.len()
        || weights.iter().any(|w| *w < 0)
    {
        return None;
    }
    let mut remainders = [0i128; MAX_PARTS];
    let mut allocated = 0i128;
    for ((weight, part), remainder) in weights.iter().zip(parts.iter_mut()).zip(&mut remainders) {
        let exact = total.checked_mul(*weight)?;
        (*part, *remainder) = quotient_and_remainder(exact, sum);
        allocated += *part;
    }
    let remainders = &mut remainders[..weights.len()];
    let leftover = usize::try_from(total - allocated).ok()?;
    // Fewer units are left over than there are parts. Each goes to the
    // largest remainder not yet served, ties to the earlier part: a scan per
    // unit, with no index to sort (schedules have at most ten parts).
    for _ in 0..leftover {
        let (index, _) = remainders
            .iter()
            .enumerate()
            .rev()
            .max_by_key(|(_, remainder)| **remainder)?;
        parts[index] += 1;
        remainders[index] = -1;
    }
    Some(())
}

/// Splits `total` (whole units, not negative) into `count` (at least one)
/// equal parts; the leftover units go to the earliest parts (every
/// remainder is the same).
pub(super) fn split_units_evenly(total: i128, count: u32) -> impl Iterator<Item = i128> {
    debug_assert!(total >= 0 && count > 0);
    let parts = i128::from(count.max(1));
    let (each, leftover) = quotient_and_remainder(total, parts);
    (0..parts).map(move |i| each + i128::from(i < leftover))
}

/// `value × 10^scale` as an integer, if `value` has at most `scale` decimals.
pub(super) fn scaled(value: Decimal, scale: u32) -> Option<i128> {
    let places = value.scale();
    if places <= scale {
        // Already within the scale: no need to strip trailing zeros.
        return value.mantissa().checked_mul(power_of_ten(scale - places)?);
    }
    let value = value.normalize();
    let places = value.scale();
    if places > scale {
        return None;
    }
    value.mantissa().checked_mul(power_of_ten(scale - places)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monthly_front_loaded_year_loses_no_cent() {
        // $100,000 front-loaded: the 22 % year is $22,000 over twelve months.
        let parts: Vec<i128> = split_units_evenly(2_200_000, 12).collect();
        assert_eq!(parts.iter().sum::<i128>(), 2_200_000);
        assert_eq!(&parts[..4], &[183_334; 4]);
        assert_eq!(&parts[4..], &[183_333; 8]);
    }

    fn split(total: i128, weights: &[i128]) -> Option<Vec<i128>> {
        let mut parts = vec![0; weights.len()];
        split_units_by_weights(total, weights, &mut parts)?;
        Some(parts)
    }

    #[test]
    fn leftover_goes_to_largest_remainder_then_earlier() {
        // 1.00 by 1:1:1 → 0.333… each; one leftover cent to the first.
        assert_eq!(split(100, &[1, 1, 1]).unwrap(), [34, 33, 33]);
        // 0.10 by 1:2 → 0.0333 / 0.0666: the larger remainder (second) wins.
        assert_eq!(split(10, &[1, 2]).unwrap(), [3, 7]);
    }

    #[test]
    fn zero_weights_get_nothing() {
        assert_eq!(split(10_001, &[0, 50, 50]).unwrap(), [0, 5_001, 5_000]);
    }

    #[test]
    fn amazon_split_of_six_hundred_thousand() {
        let weights = [5_000_000, 15_000_000, 40_000_000, 40_000_000];
        assert_eq!(
            split(60_000_000, &weights).unwrap(),
            [3_000_000, 9_000_000, 24_000_000, 24_000_000]
        );
    }

    #[test]
    fn more_parts_than_a_schedule_has_are_refused() {
        assert_eq!(
            split(100, &[1; MAX_PARTS]).map(|p| p.iter().sum()),
            Some(100)
        );
        assert_eq!(split(100, &[1; MAX_PARTS + 1]), None);
    }

    #[test]
    fn weights_are_read_at_six_places() {
        use rust_decimal_macros::dec;
        assert_eq!(scaled(dec!(33.333333), WEIGHT_SCALE), Some(33_333_333));
        assert_eq!(scaled(dec!(40.000000000), WEIGHT_SCALE), Some(40_000_000));
        assert_eq!(scaled(dec!(0.0000001), WEIGHT_SCALE), None);
    }
}
