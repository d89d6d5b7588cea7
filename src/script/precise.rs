//! Precise anchors. A first offer of $58,350 is adjusted less than one of
//! $60,000 and reads as better informed (Mason, Lee, Wiley & Ames 2013), so
//! every asked figure is nudged up to a precise-looking amount: never a
//! round thousand, never even a round hundred (it ends in 25, 50 or 75).

use rust_decimal::Decimal;

/// Money anchors are multiples of $25 …
const MONEY_STEP: Decimal = Decimal::from_parts(25, 0, 0, false, 0);
/// … that are not multiples of $100.
const MONEY_ROUND: Decimal = Decimal::from_parts(100, 0, 0, false, 0);
/// Percentage anchors are multiples of a quarter point that are not whole.
const PCT_STEP: Decimal = Decimal::from_parts(25, 0, 0, false, 2);

/// The smallest multiple of $25 at or above `amount` that is not a multiple
/// of $100 (`198,000` → `198,025`; `63,800` → `63,825`; `14,012.40` → `14,025`).
pub fn precise_money(amount: Decimal) -> Option<Decimal> {
    let mut anchor = (amount / MONEY_STEP).ceil().checked_mul(MONEY_STEP)?;
    if (anchor % MONEY_ROUND).is_zero() {
        anchor = anchor.checked_add(MONEY_STEP)?;
    }
    anchor.rescale(2);
    Some(anchor)
}

/// The smallest quarter point at or above `pct` that is not a whole number
/// (`15` → `15.25`; `14.666667` → `14.75`).
pub fn precise_pct(pct: Decimal) -> Decimal {
    let mut anchor = (pct / PCT_STEP).ceil() * PCT_STEP;
    if anchor.fract().is_zero() {
        anchor += PCT_STEP;
    }
    anchor.normalize()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn money_anchors_are_never_round() {
        let cases = [
            (dec!(198000), dec!(198025)),
            (dec!(198000.01), dec!(198025)),
            (dec!(63800), dec!(63825)),
            (dec!(70000), dec!(70025)),
            (dec!(77027.50), dec!(77050)),
            (dec!(14005), dec!(14025)),
            (dec!(499.99), dec!(525)),
            (dec!(58350), dec!(58350)),
            (dec!(1), dec!(25)),
        ];
        for (amount, expected) in cases {
            let anchor = precise_money(amount).unwrap();
            assert_eq!(anchor, expected, "{amount}");
            assert!(!(anchor % dec!(100)).is_zero());
            assert!(anchor >= amount);
        }
    }

    #[test]
    fn percentage_anchors_are_quarter_points_not_whole() {
        assert_eq!(precise_pct(dec!(15)), dec!(15.25));
        assert_eq!(precise_pct(dec!(14.6666674)), dec!(14.75));
        assert_eq!(precise_pct(dec!(12.5)), dec!(12.5));
        assert_eq!(precise_pct(dec!(0.1)), dec!(0.25));
    }
}
