//! Precise anchors. A first offer of $58,350 is adjusted less than one of
//! $60,000 and reads as better informed (Mason, Lee, Wiley & Ames 2013), but
//! an over-precise figure ($58,347.12) or one repeated pattern reads as a
//! trick (Loschelder et al. 2014, 2016). So every asked amount is the
//! computed value rounded *up* to four significant figures in whole units,
//! and never a multiple of 1,000 (for sums of ten million and more, never
//! with a zero fourth figure): $197,600, not $200,000 and not $198,025.00;
//! ¥13,080,000, not ¥13,080,100.
//! Percentages are said to a tenth of a point.

use rust_decimal::Decimal;

const THOUSAND: Decimal = Decimal::from_parts(1000, 0, 0, false, 0);
/// The coarsest step an anchor is rounded to (a trillion): four significant
/// figures up to 10^16, far past any pay.
const COARSEST_STEP: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);
/// Percentages: a tenth of a point.
const PCT_STEP: Decimal = Decimal::from_parts(1, 0, 0, false, 1);

/// The anchor for `amount`: rounded up to four significant figures (whole
/// units; at most a step of 100), then one step more if that is a multiple
/// of 1,000. Never below `amount`, and a larger amount never gets a smaller
/// anchor. `None` only on overflow.
pub fn precise_money(amount: Decimal) -> Option<Decimal> {
    if amount <= Decimal::ZERO {
        return Some(Decimal::ZERO);
    }
    let step = step_for(amount.ceil());
    let mut anchor = (amount / step).ceil().checked_mul(step)?;
    // Round is a multiple of 1,000, or for large sums (yen) of ten steps:
    // a fourth significant figure of zero.
    let round = THOUSAND.max(step * Decimal::TEN);
    if anchor >= round && (anchor % round).is_zero() {
        anchor = anchor.checked_add(step)?;
    }
    anchor.rescale(2);
    Some(anchor)
}

/// The step of the fourth significant figure of a whole amount, at least 1.
pub(super) fn step_for(whole: Decimal) -> Decimal {
    let mut step = Decimal::ONE;
    let mut limit = Decimal::from(10_000);
    while whole >= limit && step < COARSEST_STEP {
        step *= Decimal::TEN;
        limit *= Decimal::TEN;
    }
    step
}

/// A percentage asked for, rounded up to a tenth of a point (`14.6666674` → `14.7`).
pub fn precise_pct(pct: Decimal) -> Decimal {
    ((pct / PCT_STEP).ceil() * PCT_STEP).normalize()
}

/// A percentage as a person says it: a tenth of a point, half away from
/// zero, no trailing zeros (`13.333334` → `13.3`).
pub fn spoken_pct(pct: Decimal) -> Decimal {
    pct.round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
        .normalize()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn money_anchors_have_four_figures_and_are_never_round_thousands() {
        let cases = [
            (dec!(197_543.21), dec!(197_600)),
            (dec!(198_000), dec!(198_100)),
            (dec!(198_000.01), dec!(198_100)),
            (dec!(63_800), dec!(63_800)),
            (dec!(63_812), dec!(63_820)),
            (dec!(70_000), dec!(70_010)),
            (dec!(14_005), dec!(14_010)),
            (dec!(9_999.5), dec!(10_010)),
            (dec!(999.99), dec!(1_001)),
            (dec!(58_350), dec!(58_350)),
            (dec!(1), dec!(1)),
            (dec!(0.01), dec!(1)),
            // Large sums (yen) keep four figures: ¥13,080,000, not ¥13,080,100.
            (dec!(12_345_678), dec!(12_350_000)),
            (dec!(13_075_000), dec!(13_080_000)),
            (dec!(13_000_000), dec!(13_010_000)),
        ];
        for (amount, expected) in cases {
            let anchor = precise_money(amount).unwrap();
            assert_eq!(anchor, expected, "{amount}");
            assert!(anchor >= amount);
            assert!(anchor.fract().is_zero());
            assert!(
                anchor < THOUSAND || !(anchor % THOUSAND).is_zero() || anchor >= dec!(10_000_000)
            );
        }
    }

    #[test]
    fn anchors_never_fall_as_the_amount_rises() {
        let mut last = Decimal::ZERO;
        let mut amount = dec!(990);
        while amount < dec!(1_200_000) {
            let anchor = precise_money(amount).unwrap();
            assert!(anchor >= last, "{amount}");
            last = anchor;
            amount = amount * dec!(1.0007) + dec!(0.37);
        }
    }

    #[test]
    fn percentages_are_tenths_of_a_point() {
        assert_eq!(precise_pct(dec!(15)), dec!(15));
        assert_eq!(precise_pct(dec!(14.6666674)), dec!(14.7));
        assert_eq!(precise_pct(dec!(16.05)), dec!(16.1));
        assert_eq!(spoken_pct(dec!(13.333334)), dec!(13.3));
        assert_eq!(spoken_pct(dec!(12.5)), dec!(12.5));
        assert_eq!(spoken_pct(dec!(10.0)), dec!(10));
    }
}
