//! What the impact forecast earns: as a multiple of the offer's yearly
//! total, a lift of [`lift_pct`] percent of the offer, added inside the
//! situation's band (see [`super::ask`]) and stopping at its top: nothing
//! below 5×, then 2 % more at each step up to 10 % at 100× and above. A
//! larger forecast never lowers an ask.

use rust_decimal::Decimal;

/// Forecast multiples (of the offer's year-1 total) and the lift each earns.
const LIFT_STEPS: [(i64, i64); 5] = [(5, 2), (10, 4), (25, 6), (50, 8), (100, 10)];

/// The forecast is too small to cite when the year-1 extra is more than this
/// share of it.
pub const CITABLE_SHARE: Decimal = Decimal::from_parts(10, 0, 0, false, 2);

/// The forecast's lift in percent: 0, 2, 4, 6, 8 or 10.
pub fn lift_pct(impact: Decimal, year_one_total: Decimal) -> Decimal {
    if year_one_total <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let mut lift = 0;
    for (multiple, pct) in LIFT_STEPS {
        // impact ≥ multiple × total, without dividing.
        match year_one_total.checked_mul(Decimal::from(multiple)) {
            Some(threshold) if impact >= threshold => lift = pct,
            Some(_) => break,
            None => break,
        }
    }
    Decimal::from(lift)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_lift_rises_with_the_forecast_in_steps() {
        let total = dec!(200_000);
        let cases = [
            (dec!(1_500), 0),
            (dec!(999_999), 0),
            (dec!(1_000_000), 2),
            (dec!(2_000_000), 4),
            (dec!(5_000_000), 6),
            (dec!(12_000_000), 8),
            (dec!(20_000_000), 10),
            (dec!(1_000_000_000_000_000), 10),
        ];
        for (impact, lift) in cases {
            assert_eq!(lift_pct(impact, total), Decimal::from(lift), "{impact}");
        }
    }
}
