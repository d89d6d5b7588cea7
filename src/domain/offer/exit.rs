//! Common's price per share at an exit, by the rule the README states.
//!
//! `--exit-price P` is common's price per share, as given. `--exit-valuation
//! V` with `--preferences L` (1× non-participating liquidation preferences)
//! and `--dilution D` (percent of the company later rounds will own) gives
//!
//! ```text
//! common = max(0, V − L) × (100 − D) / (100 × fully_diluted_shares)
//! ```
//!
//! cut down to a millionth of the currency. Preferences are paid first and
//! what is left is shared by every share, preferred included: a floor for
//! common whatever the preferred holders choose (taking the preference
//! leaves `V − L` to fewer shares; converting shares `V` among all of them),
//! so the value shown is never flattered.

use rust_decimal::Decimal;

use crate::domain::money::power_of_ten;

/// The largest price per share or valuation read from the command line.
pub const MAX_PRICE: Decimal = crate::domain::money::MAX_INPUT;

/// The places common's price is kept to.
const PRICE_DP: u32 = 6;

/// The exit a projection assumes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Common's price per share.
    Price(Decimal),
    /// The company's sale price, before preferences and later dilution.
    Valuation {
        valuation: Decimal,
        dilution_pct: Decimal,
        preferences: Decimal,
    },
}

/// Why a grant has no price at an exit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoPrice {
    /// A valuation needs the grant's `fully_diluted_shares`.
    NoShareCount,
    /// The arithmetic left the exact range.
    Overflow,
}

impl Exit {
    /// Common's price per share for a grant with `fully_diluted_shares`.
    pub fn common_price(self, fully_diluted_shares: Option<u64>) -> Result<Decimal, NoPrice> {
        match self {
            Exit::Price(price) => Ok(price),
            Exit::Valuation {
                valuation,
                dilution_pct,
                preferences,
            } => {
                let shares = fully_diluted_shares.ok_or(NoPrice::NoShareCount)?;
                common_price_from_valuation(valuation, dilution_pct, preferences, shares)
                    .ok_or(NoPrice::Overflow)
            }
        }
    }
}

/// The README's rule, on integers so the cut to a millionth is exact.
/// `None` on overflow or a share count of zero.
pub fn common_price_from_valuation(
    valuation: Decimal,
    dilution_pct: Decimal,
    preferences: Decimal,
    shares: u64,
) -> Option<Decimal> {
    if shares == 0 {
        return None;
    }
    let left = (valuation.checked_sub(preferences)?).max(Decimal::ZERO);
    let kept = Decimal::ONE_HUNDRED.checked_sub(dilution_pct)?;
    let product = left.checked_mul(kept)?;
    // product = m / 10^s; price × 10^6 = floor(m × 10^6 / (10^s × 100 × shares)).
    let numerator = product.mantissa().checked_mul(power_of_ten(PRICE_DP)?)?;
    let denominator = power_of_ten(product.scale())?
        .checked_mul(100)?
        .checked_mul(i128::from(shares))?;
    let millionths = numerator.checked_div(denominator)?;
    Decimal::try_from_i128_with_scale(millionths, PRICE_DP).ok()
}

/// The smallest valuation, in whole cents, at which common's price is at
/// least `price` (the inverse of [`common_price_from_valuation`]):
/// `ceil(price × 100 × shares / (100 − D)) + L`. `None` on overflow or
/// when `D` is 100.
pub fn valuation_for_common_price(
    price: Decimal,
    dilution_pct: Decimal,
    preferences: Decimal,
    shares: u64,
) -> Option<Decimal> {
    let kept = Decimal::ONE_HUNDRED.checked_sub(dilution_pct)?;
    if kept <= Decimal::ZERO {
        return None;
    }
    // (p_m / 10^a) × 100 × shares / (k_m / 10^b), in cents, rounded up.
    let numerator = price
        .mantissa()
        .checked_mul(100)?
        .checked_mul(i128::from(shares))?
        .checked_mul(power_of_ten(kept.scale())?)?
        .checked_mul(100)?;
    let denominator = kept.mantissa().checked_mul(power_of_ten(price.scale())?)?;
    let cents = numerator
        .checked_add(denominator - 1)?
        .checked_div(denominator)?;
    let before = Decimal::try_from_i128_with_scale(cents, 2).ok()?;
    before.checked_add(preferences)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_readme_example() {
        // $500M sale, $120M of preferences, 20 % later dilution, 50M shares:
        // 380M × 80 / (100 × 50M) = 6.08 a share.
        let price =
            common_price_from_valuation(dec!(500000000), dec!(20), dec!(120000000), 50_000_000);
        assert_eq!(price, Some(dec!(6.08)));
        // And back: 6.08 × 100 × 50M / 80 + 120M = 500M.
        assert_eq!(
            valuation_for_common_price(dec!(6.08), dec!(20), dec!(120000000), 50_000_000),
            Some(dec!(500000000.00))
        );
    }

    #[test]
    fn a_sale_below_the_preferences_leaves_common_nothing() {
        let price = common_price_from_valuation(dec!(90000000), dec!(0), dec!(120000000), 1000);
        assert_eq!(price, Some(dec!(0)));
    }

    #[test]
    fn the_price_is_cut_down_to_a_millionth() {
        // 100 / 3 shares = 33.333333… → 33.333333.
        let price = common_price_from_valuation(dec!(100), dec!(0), dec!(0), 3);
        assert_eq!(price, Some(dec!(33.333333)));
        // 2 / 3 × 99.5 % = 0.663333… → 0.663333.
        let price = common_price_from_valuation(dec!(2), dec!(0.5), dec!(0), 3);
        assert_eq!(price, Some(dec!(0.663333)));
    }

    #[test]
    fn the_inverse_valuation_gives_at_least_the_price() {
        for (price, dilution, prefs, shares) in [
            (dec!(1.234567), dec!(12.5), dec!(1000), 7u64),
            (dec!(0.01), dec!(33.333333), dec!(0), 999_983),
            (dec!(42), dec!(0), dec!(5), 1),
        ] {
            let valuation = valuation_for_common_price(price, dilution, prefs, shares).unwrap();
            let back = common_price_from_valuation(valuation, dilution, prefs, shares).unwrap();
            assert!(back >= price, "{price} → {valuation} → {back}");
            // A cent less falls short.
            let less = common_price_from_valuation(valuation - dec!(0.01), dilution, prefs, shares)
                .unwrap();
            assert!(less < price, "{price}: {less}");
        }
    }

    #[test]
    fn a_valuation_needs_the_share_count() {
        let exit = Exit::Valuation {
            valuation: dec!(1),
            dilution_pct: dec!(0),
            preferences: dec!(0),
        };
        assert_eq!(exit.common_price(None), Err(NoPrice::NoShareCount));
        assert_eq!(Exit::Price(dec!(3.5)).common_price(None), Ok(dec!(3.5)));
    }
}
