//! How far above the offer to ask: the market target sets the level, the
//! forecast lifts it step by step, and a credible step caps the lift.
//!
//! - Without a forecast lift, a component is asked at the market target, at
//!   least 10 % over the offer (10 % where no data applies; 5 % where the
//!   offer is already above the data's highest point). Research puts
//!   ambitious, justified first offers at 10–20 % over (Schweinsberg et al.
//!   2012: further than the data defends risks an impasse).
//! - The forecast, as a multiple of the offer's year-1 total, lifts that
//!   figure by [`lift_pct`]: nothing below 5×, then 2 % more at each step up
//!   to 10 % at 100× and above. A larger forecast never lowers an ask.
//! - The credible step: no component is asked above 15 % plus the lift over
//!   what is offered (at most +25 %), however high the market or the
//!   forecast. Where the market target is higher still, the plan says so.

use rust_decimal::Decimal;

/// Forecast multiples (of the offer's year-1 total) and the lift each earns.
const LIFT_STEPS: [(i64, i64); 5] = [(5, 2), (10, 4), (25, 6), (50, 8), (100, 10)];

/// At least this much over the offer where the offer is at or below the data.
pub const ABOVE_OFFER: Decimal = Decimal::from_parts(110, 0, 0, false, 2);
/// Over an offer that is already above the data's highest point.
pub const ABOVE_MARKET_TOP: Decimal = Decimal::from_parts(105, 0, 0, false, 2);
/// The credible step before the lift: 15 % over the offer.
pub const CREDIBLE_STEP: Decimal = Decimal::from_parts(115, 0, 0, false, 2);
/// How far above the alternative's horizon value the ask reaches, so there is
/// room to concede down to it.
pub const ABOVE_ALTERNATIVE: Decimal = Decimal::from_parts(105, 0, 0, false, 2);
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

/// `1 + pct/100`.
pub fn factor(pct: Decimal) -> Decimal {
    Decimal::ONE + pct / Decimal::ONE_HUNDRED
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
