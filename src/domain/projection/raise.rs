//! A base salary raised by a percentage every year, compounded exactly.
//!
//! Year `n + 1`'s base is `base × (1 + pct/100)^n`, held as a fraction of
//! integers and rounded once, half away from zero, to the currency's unit.
//! A `Decimal` factor cannot do this: `1.5^39` has 39 decimal places, so it
//! is rounded to 28, and the lost digits can decide a cent. A 50 % raise on
//! $2,748,779,069.44 (2^38 cents) is exactly 3^39 / 2 cents in year 40, a
//! half cent, which rounds up to ….34; the rounded factor gave ….33.

use num_bigint::BigUint;
use rust_decimal::Decimal;

use crate::domain::money::Minor;

/// `1 + pct/100` as a reduced fraction of positive integers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Raise {
    numerator: u128,
    denominator: u128,
}

impl Raise {
    /// The yearly factor of a raise of `pct` percent (validated: 0 to 100,
    /// at most six places). `None` for a negative or overlong percentage.
    pub(super) fn new(pct: Decimal) -> Option<Raise> {
        if pct.is_sign_negative() && !pct.is_zero() {
            return None;
        }
        // pct = m / 10^s, so 1 + pct/100 = (100·10^s + m) / (100·10^s).
        let denominator = 100u128.checked_mul(10u128.checked_pow(pct.scale())?)?;
        let numerator = denominator.checked_add(pct.mantissa().unsigned_abs())?;
        let common = crate::domain::money::gcd(numerator, denominator);
        Some(Raise {
            numerator: numerator / common,
            denominator: denominator / common,
        })
    }

    /// `base` (an amount, not negative) after `raises` yearly raises,
    /// rounded half away from zero to `minor`'s unit. `None` when
    /// the exact amount lies beyond [`MAX_FIGURE`], as a figure would.
    #[cfg(test)]
    fn apply(self, base: Decimal, raises: u32, minor: Minor) -> Option<Decimal> {
        minor.from_units(self.apply_units(base, raises, minor)?)
    }

    /// [`Raise::apply`] in whole minor units (cents, yen).
    #[cfg(test)]
    fn apply_units(self, base: Decimal, raises: u32, minor: Minor) -> Option<i128> {
        let mut compounding = self.compounding(base, minor);
        compounding.raises = raises;
        compounding.powers = self
            .numerator
            .checked_pow(raises)
            .zip(self.denominator.checked_pow(raises));
        compounding.next_units()
    }

    /// `base` raised year after year, from no raise on.
    pub(super) fn compounding(self, base: Decimal, minor: Minor) -> Compounding {
        Compounding {
            raise: self,
            base: in_units(base, minor),
            most: minor.most_units().unsigned_abs(),
            raises: 0,
            powers: Some((1, 1)),
        }
    }
}

/// A base raised year after year: `base × fraction^n` for n = 0, 1, 2, …,
/// each rounded once to the unit, with the base in minor units worked out
/// once and the powers of the fraction carried from one year to the next
/// (two multiplications a year rather than two powers).
pub(super) struct Compounding {
    raise: Raise,
    /// The base in minor units as `units / finer` (see [`in_units`]).
    base: Option<(u128, u128)>,
    most: u128,
    /// Raises in the next year's base.
    raises: u32,
    /// `numerator^raises` and `denominator^raises`, `None` once past 128
    /// bits (a power of an integer above one only grows).
    powers: Option<(u128, u128)>,
}

impl Compounding {
    /// The next year's base, rounded half away from zero to the unit;
    /// `None` when the exact amount lies beyond
    /// [`MAX_FIGURE`](crate::domain::money::MAX_FIGURE), as a figure would.
    pub(super) fn next_units(&mut self) -> Option<i128> {
        let Raise {
            numerator,
            denominator,
        } = self.raise;
        let (raises, powers) = (self.raises, self.powers);
        self.raises += 1;
        self.powers = powers.and_then(|(up, down)| {
            Some((up.checked_mul(numerator)?, down.checked_mul(denominator)?))
        });
        let (base_units, finer) = self.base?;
        // Nearly always the whole fraction fits 128 bits (a 3.7 % raise is
        // 1037/1000); long horizons of finely written raises need more.
        let small = powers
            .and_then(|(up, down)| Some((base_units.checked_mul(up)?, down.checked_mul(finer)?)));
        let units = match small {
            Some((numerator, denominator)) => rounded_within(numerator, denominator, self.most)?,
            None => {
                let numerator = BigUint::from(base_units) * BigUint::from(numerator).pow(raises);
                let denominator = BigUint::from(denominator).pow(raises) * finer;
                let (quotient, remainder) = (&numerator / &denominator, &numerator % &denominator);
                let half_or_more = &remainder + &remainder >= denominator;
                let within = match u128::try_from(&quotient) {
                    Ok(whole) => {
                        whole < self.most || (whole == self.most && remainder == BigUint::ZERO)
                    }
                    Err(_) => false,
                };
                if !within {
                    return None;
                }
                u128::try_from(quotient).ok()? + u128::from(half_or_more)
            }
        };
        i128::try_from(units).ok()
    }
}

/// `base` (not negative) in `minor`'s units as `units / finer`: offers
/// hold it in the unit (`finer` is 1), a figure built elsewhere may be
/// finer. `None` past 128 bits.
fn in_units(base: Decimal, minor: Minor) -> Option<(u128, u128)> {
    let places = minor.places();
    match places.checked_sub(base.scale()) {
        Some(coarser) => Some((
            base.mantissa()
                .unsigned_abs()
                .checked_mul(10u128.checked_pow(coarser)?)?,
            1,
        )),
        None => Some((
            base.mantissa().unsigned_abs(),
            10u128.checked_pow(base.scale() - places)?,
        )),
    }
}

/// `numerator / denominator` rounded half away from zero (both are
/// positive), or `None` when the exact quotient is above `most`.
fn rounded_within(numerator: u128, denominator: u128, most: u128) -> Option<u128> {
    // In 64 bits when both fit (nearly always): one instruction where the
    // 128-bit division is a library call.
    let (quotient, remainder) = match (u64::try_from(numerator), u64::try_from(denominator)) {
        (Ok(n), Ok(d)) => (u128::from(n / d), u128::from(n % d)),
        _ => (numerator / denominator, numerator % denominator),
    };
    if quotient > most || (quotient == most && remainder > 0) {
        return None;
    }
    Some(quotient + u128::from(remainder >= denominator - remainder))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::MAX_FIGURE;
    use rust_decimal_macros::dec;

    #[test]
    fn a_raise_is_a_reduced_fraction() {
        let fraction = |r: Raise| (r.numerator, r.denominator);
        assert_eq!(fraction(Raise::new(dec!(2.5)).unwrap()), (41, 40));
        assert_eq!(fraction(Raise::new(dec!(3.7)).unwrap()), (1037, 1000));
        assert_eq!(fraction(Raise::new(dec!(0)).unwrap()), (1, 1));
        assert_eq!(fraction(Raise::new(dec!(100)).unwrap()), (2, 1));
        assert_eq!(
            fraction(Raise::new(dec!(3.123457)).unwrap()),
            (103_123_457, 100_000_000)
        );
        assert_eq!(Raise::new(dec!(-1)), None);
    }

    #[test]
    fn a_raised_base_is_rounded_once_half_away_from_zero() {
        let raise = Raise::new(dec!(3.5)).unwrap();
        // 12,000,000 × 1.035³ = 13,304,614.5 yen: up to …615.
        assert_eq!(
            raise.apply(dec!(12000000), 3, Minor::WHOLE),
            Some(dec!(13304615))
        );
        // 180,000 × 1.03 = 185,400 exactly; in year 1 nothing is raised.
        let raise = Raise::new(dec!(3)).unwrap();
        assert_eq!(
            raise.apply(dec!(180000.00), 1, Minor::CENT),
            Some(dec!(185400.00))
        );
        assert_eq!(
            raise.apply(dec!(180000.00), 0, Minor::CENT),
            Some(dec!(180000.00))
        );
    }

    #[test]
    fn a_half_cent_forty_years_on_is_found_exactly() {
        // 2^38 cents × 1.5^39 = 3^39 / 2 cents = 2,026,277,576,509,488,133.5
        // cents: half away from zero, up.
        let raise = Raise::new(dec!(50)).unwrap();
        assert_eq!(
            raise.apply(dec!(2748779069.44), 39, Minor::CENT),
            Some(dec!(20262775765094881.34))
        );
        // A finely written raise over forty years leaves 128 bits
        // (515,617^39): the same rule, in big integers. 100,000.00 ×
        // 1.031234^39 is 33,184,227.422… cents (Python's exact fractions).
        let raise = Raise::new(dec!(3.1234)).unwrap();
        assert_eq!(
            raise.apply(dec!(100000.00), 39, Minor::CENT),
            Some(dec!(331842.27))
        );
    }

    #[test]
    fn year_after_year_is_each_year_raised_on_its_own() {
        // The powers carried from year to year against powers taken anew:
        // through 128 bits into big integers (3.123457 % leaves them at the
        // fifth raise, 50 % at the eighty-first) and past the largest figure.
        for pct in [
            dec!(0),
            dec!(2.5),
            dec!(3.7),
            dec!(3.123457),
            dec!(50),
            dec!(100),
        ] {
            let raise = Raise::new(pct).unwrap();
            for base in [
                dec!(180000.00),
                dec!(2748779069.44),
                dec!(100.005),
                dec!(0.0046),
            ] {
                for minor in [Minor::CENT, Minor::WHOLE] {
                    let mut compounding = raise.compounding(base, minor);
                    for raises in 0..90 {
                        assert_eq!(
                            compounding.next_units(),
                            raise.apply_units(base, raises, minor),
                            "{pct} % on {base}, {raises} raises"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_base_finer_than_the_unit_is_raised_before_it_is_rounded() {
        let raise = Raise::new(dec!(10)).unwrap();
        // 100.005 × 1.1 = 110.0055, up to 110.01.
        assert_eq!(
            raise.apply(dec!(100.005), 1, Minor::CENT),
            Some(dec!(110.01))
        );
        // 0.0046 × 1.1 = 0.00506, up to a cent; rounding the base first
        // would have left nothing. 0.0045 × 1.1 = 0.00495, down.
        assert_eq!(raise.apply(dec!(0.0046), 1, Minor::CENT), Some(dec!(0.01)));
        assert_eq!(raise.apply(dec!(0.0045), 1, Minor::CENT), Some(dec!(0.00)));
    }

    #[test]
    fn beyond_the_largest_figure_is_none_to_the_last_unit() {
        let raise = Raise::new(dec!(0)).unwrap();
        assert_eq!(
            raise.apply(MAX_FIGURE, 5, Minor::CENT),
            Some(MAX_FIGURE.round_dp(2))
        );
        // 10^17 × 1.5 is beyond; so is 10^17 − 1 raised by 100 %.
        let raise = Raise::new(dec!(50)).unwrap();
        assert_eq!(raise.apply(MAX_FIGURE, 1, Minor::CENT), None);
        let raise = Raise::new(dec!(100)).unwrap();
        assert_eq!(raise.apply(MAX_FIGURE - dec!(1), 1, Minor::WHOLE), None);
        // Exactly 10^17 is a figure: 5 × 10^16 doubled.
        assert_eq!(
            raise.apply(MAX_FIGURE / dec!(2), 1, Minor::WHOLE),
            Some(MAX_FIGURE)
        );
    }
}
