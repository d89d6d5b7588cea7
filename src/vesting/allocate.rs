//! Largest-remainder allocation: splitting an amount into cents without
//! losing or inventing a single one.
//!
//! Naive rounding of each share loses cents ($22,000 in twelve monthly
//! tranches of $1,833.33 is $21,999.96). Here every share is first cut down to
//! cents; the cents left over go one each to the shares with the largest
//! cut-off remainders, ties to the earlier share. The parts always sum to the
//! whole, and every part is within one cent of its exact share.

use rust_decimal::Decimal;

use crate::money::floor_cents;

/// Splits `total` (in whole cents, non-negative) in proportion to `weights`
/// (non-negative, not all zero). Returns one amount per weight.
///
/// Returns `None` only if the arithmetic overflows.
pub fn split_by_weights(total: Decimal, weights: &[Decimal]) -> Option<Vec<Decimal>> {
    let weight_sum = weights
        .iter()
        .try_fold(Decimal::ZERO, |sum, w| sum.checked_add(*w))?;
    debug_assert!(weight_sum > Decimal::ZERO, "weights must not all be zero");
    let mut parts = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    for weight in weights {
        // Divide last: total × weight is exact, the one division rounds only
        // in the 28th significant digit, far below a cent.
        let exact = total.checked_mul(*weight)?.checked_div(weight_sum)?;
        let cut = floor_cents(exact);
        remainders.push(exact - cut);
        parts.push(cut);
    }
    hand_out_leftover(total, &mut parts, &remainders)?;
    Some(parts)
}

/// Splits `total` (whole cents) into `count` equal parts.
pub fn split_evenly(total: Decimal, count: u32) -> Option<Vec<Decimal>> {
    let weights = vec![Decimal::ONE; count as usize];
    split_by_weights(total, &weights)
}

fn hand_out_leftover(total: Decimal, parts: &mut [Decimal], remainders: &[Decimal]) -> Option<()> {
    let allocated = parts
        .iter()
        .try_fold(Decimal::ZERO, |sum, p| sum.checked_add(*p))?;
    let leftover_cents = (total.checked_sub(allocated)? * Decimal::ONE_HUNDRED).normalize();
    let leftover: usize = leftover_cents.try_into().ok()?;
    // Stable sort: equal remainders keep their order, so ties go to the earlier part.
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by(|a, b| remainders[*b].cmp(&remainders[*a]));
    for index in order.into_iter().take(leftover) {
        parts[index] += Decimal::new(1, 2);
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn monthly_front_loaded_year_loses_no_cent() {
        // $100,000 front-loaded: the 22 % year is $22,000 over twelve months.
        let parts = split_evenly(dec!(22000.00), 12).unwrap();
        assert_eq!(parts.iter().sum::<Decimal>(), dec!(22000.00));
        assert_eq!(&parts[..4], &[dec!(1833.34); 4]);
        assert_eq!(&parts[4..], &[dec!(1833.33); 8]);
    }

    #[test]
    fn leftover_goes_to_largest_remainder_then_earlier() {
        // 1.00 by 1:1:1 → 0.333… each; one leftover cent to the first.
        assert_eq!(
            split_by_weights(dec!(1.00), &[dec!(1), dec!(1), dec!(1)]).unwrap(),
            vec![dec!(0.34), dec!(0.33), dec!(0.33)]
        );
        // 0.10 by 1:2 → 0.0333 / 0.0666: the larger remainder (second) wins.
        assert_eq!(
            split_by_weights(dec!(0.10), &[dec!(1), dec!(2)]).unwrap(),
            vec![dec!(0.03), dec!(0.07)]
        );
    }

    #[test]
    fn zero_weights_get_nothing() {
        assert_eq!(
            split_by_weights(dec!(100.01), &[dec!(0), dec!(50), dec!(50)]).unwrap(),
            vec![dec!(0.00), dec!(50.01), dec!(50.00)]
        );
    }

    #[test]
    fn amazon_split_of_six_hundred_thousand() {
        let weights = [dec!(5), dec!(15), dec!(40), dec!(40)];
        assert_eq!(
            split_by_weights(dec!(600000), &weights).unwrap(),
            vec![dec!(30000), dec!(90000), dec!(240000), dec!(240000)]
        );
    }
}
