//! Largest-remainder allocation: splitting an amount into cents without
//! losing or inventing a single one.
//!
//! Naive rounding of each share loses cents ($22,000 in twelve monthly
//! tranches of $1,833.33 is $21,999.96). Here every share is first cut down to
//! cents; the cents left over go one each to the shares with the largest
//! cut-off remainders, ties to the earlier share. The parts always sum to the
//! whole, and every part is within one cent of its exact share.

use rust_decimal::Decimal;

use crate::money::Minor;

/// The fixed scale weights are read at (six decimals).
pub(super) const WEIGHT_SCALE: u32 = 6;

/// Splits `total` (whole `minor` units: cents, or yen; non-negative) in
/// proportion to `weights` (non-negative, at most six decimals, not all
/// zero). Returns one amount per weight, in the same unit.
///
/// The arithmetic is on integers: cents times weights scaled by 10⁶ fit in
/// an `i128` for any amount a `Decimal` holds, so every share and remainder
/// is exact, with no division rounded at the 28th digit. Returns `None` only
/// for inputs outside those bounds.
pub fn split_by_weights(total: Decimal, weights: &[Decimal], minor: Minor) -> Option<Vec<Decimal>> {
    let weights = weights
        .iter()
        .map(|w| scaled(*w, WEIGHT_SCALE))
        .collect::<Option<Vec<i128>>>()?;
    split_units_by_weights(scaled(total, minor.places())?, &weights)?
        .into_iter()
        .map(|part| units(part, minor))
        .collect()
}

/// [`split_by_weights`] on integers: `total` units by integer `weights`.
pub fn split_units_by_weights(total: i128, weights: &[i128]) -> Option<Vec<i128>> {
    let sum = weights
        .iter()
        .try_fold(0i128, |acc, w| acc.checked_add(*w))?;
    if total < 0 || sum <= 0 || weights.iter().any(|w| *w < 0) {
        return None;
    }
    let mut parts = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    for weight in weights {
        let exact = total.checked_mul(*weight)?;
        parts.push(exact / sum);
        remainders.push(exact % sum);
    }
    let allocated: i128 = parts.iter().sum();
    let leftover = usize::try_from(total - allocated).ok()?;
    // Stable sort: equal remainders keep their order, so ties go to the earlier part.
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|a, b| remainders[*b].cmp(&remainders[*a]));
    for index in order.into_iter().take(leftover) {
        parts[index] += 1;
    }
    Some(parts)
}

/// Splits `total` (whole `minor` units) into `count` equal parts; the
/// leftover units go to the earliest parts (every remainder is the same).
pub fn split_evenly(total: Decimal, count: u32, minor: Minor) -> Option<Vec<Decimal>> {
    split_units_evenly(scaled(total, minor.places())?, count)?
        .into_iter()
        .map(|part| units(part, minor))
        .collect()
}

/// [`split_evenly`] on integers.
pub fn split_units_evenly(total: i128, count: u32) -> Option<Vec<i128>> {
    let count = i128::from(count);
    if total < 0 || count <= 0 {
        return None;
    }
    let (each, leftover) = (total / count, total % count);
    Some(
        (0..count)
            .map(|i| each + i128::from(i < leftover))
            .collect(),
    )
}

/// `value × 10^scale` as an integer, if `value` has at most `scale` decimals.
pub(super) fn scaled(value: Decimal, scale: u32) -> Option<i128> {
    let places = value.scale();
    if places <= scale {
        // Already within the scale: no need to strip trailing zeros.
        return value
            .mantissa()
            .checked_mul(10i128.checked_pow(scale - places)?);
    }
    let value = value.normalize();
    let places = value.scale();
    if places > scale {
        return None;
    }
    value
        .mantissa()
        .checked_mul(10i128.checked_pow(scale - places)?)
}

/// Never fails for parts of a `Decimal` total; checked all the same.
fn units(amount: i128, minor: Minor) -> Option<Decimal> {
    Decimal::try_from_i128_with_scale(amount, minor.places()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn monthly_front_loaded_year_loses_no_cent() {
        // $100,000 front-loaded: the 22 % year is $22,000 over twelve months.
        let parts = split_evenly(dec!(22000.00), 12, Minor::CENT).unwrap();
        assert_eq!(parts.iter().sum::<Decimal>(), dec!(22000.00));
        assert_eq!(&parts[..4], &[dec!(1833.34); 4]);
        assert_eq!(&parts[4..], &[dec!(1833.33); 8]);
    }

    #[test]
    fn leftover_goes_to_largest_remainder_then_earlier() {
        // 1.00 by 1:1:1 → 0.333… each; one leftover cent to the first.
        assert_eq!(
            split_by_weights(dec!(1.00), &[dec!(1), dec!(1), dec!(1)], Minor::CENT).unwrap(),
            vec![dec!(0.34), dec!(0.33), dec!(0.33)]
        );
        // 0.10 by 1:2 → 0.0333 / 0.0666: the larger remainder (second) wins.
        assert_eq!(
            split_by_weights(dec!(0.10), &[dec!(1), dec!(2)], Minor::CENT).unwrap(),
            vec![dec!(0.03), dec!(0.07)]
        );
    }

    #[test]
    fn zero_weights_get_nothing() {
        assert_eq!(
            split_by_weights(dec!(100.01), &[dec!(0), dec!(50), dec!(50)], Minor::CENT).unwrap(),
            vec![dec!(0.00), dec!(50.01), dec!(50.00)]
        );
    }

    #[test]
    fn amazon_split_of_six_hundred_thousand() {
        let weights = [dec!(5), dec!(15), dec!(40), dec!(40)];
        assert_eq!(
            split_by_weights(dec!(600000), &weights, Minor::CENT).unwrap(),
            vec![dec!(30000), dec!(90000), dec!(240000), dec!(240000)]
        );
    }
}
