//! Share-price growth: the value multiplier `(1 + g/100)^(m/12)` for a tranche
//! that vests `m` months after its grant.
//!
//! Whole years are plain repeated multiplication. The monthly step, the 12th
//! root of the yearly factor, is irrational in general, so it is found by
//! Newton's method to the full 28 significant digits a `Decimal` holds; its
//! error is many orders of magnitude below a cent even after 40 years.
//! Everything is deterministic: the same input gives the same digits on every
//! machine, which no floating-point `powf` promises.

use std::cell::RefCell;
use std::rc::Rc;

use rust_decimal::Decimal;

/// `factors[m]`, the multiplier `m` months after grant: `yearly^(m/12)
/// × monthly^(m%12)`, or `None` where that product overflows.
type Factors = Rc<[Option<Decimal>]>;

/// Multipliers by month since grant.
#[derive(Debug, Clone)]
pub struct GrowthCurve {
    factors: Factors,
    /// The whole years the curve covers.
    years: u32,
}

impl GrowthCurve {
    /// The curve for yearly growth `pct` (> −100), covering `max_months`.
    /// `None` if the factor overflows a `Decimal` within that span.
    pub fn new(pct: Decimal, max_months: u32) -> Option<GrowthCurve> {
        let years = max_months / 12;
        Some(GrowthCurve {
            factors: remembered_factors(pct, years)?,
            years,
        })
    }

    /// The multiplier `m` months after grant; `None` past the span or on overflow.
    pub fn factor(&self, months: u32) -> Option<Decimal> {
        if months / 12 > self.years {
            return None;
        }
        *self.factors.get(months as usize)?
    }
}

/// [`factors`], remembered per thread for the last few growth rates: a
/// batch of offers usually shares a handful of assumptions, and the powers
/// cost more than the rest of a projection. A longer span is computed anew.
fn remembered_factors(pct: Decimal, years: u32) -> Option<Factors> {
    thread_local! {
        static CURVES: RefCell<Vec<(Decimal, Factors)>> = const { RefCell::new(Vec::new()) };
    }
    const REMEMBERED: usize = 16;
    let months = 12 * (years as usize + 1);
    CURVES.with(|curves| {
        let mut curves = curves.borrow_mut();
        let known = curves
            .iter()
            .find(|(key, factors)| *key == pct && factors.len() >= months);
        if let Some((_, factors)) = known {
            return Some(Rc::clone(factors));
        }
        let factors: Factors = self::factors(pct, years)?.into();
        curves.retain(|(key, _)| *key != pct);
        if curves.len() == REMEMBERED {
            curves.remove(0);
        }
        curves.push((pct, Rc::clone(&factors)));
        Some(factors)
    })
}

/// The multipliers of months 0 to 12·`years` + 11 for yearly growth `pct`:
/// whole years by repeated multiplication, months by powers of the yearly
/// factor's 12th root. `None` if the yearly factor, a monthly power or a
/// yearly power up to `years` overflows.
fn factors(pct: Decimal, years: u32) -> Option<Vec<Option<Decimal>>> {
    let yearly = Decimal::ONE.checked_add(pct.checked_div(Decimal::ONE_HUNDRED)?)?;
    let monthly = twelfth_root(yearly);
    let mut month_powers = [Decimal::ONE; 12];
    for j in 1..12 {
        month_powers[j] = month_powers[j - 1].checked_mul(monthly)?;
    }
    let mut factors = Vec::with_capacity(12 * (years as usize + 1));
    let mut year_power = Decimal::ONE;
    for k in 0..=years {
        if k > 0 {
            year_power = year_power.checked_mul(yearly)?;
        }
        factors.extend(
            month_powers
                .iter()
                .map(|month| year_power.checked_mul(*month)),
        );
    }
    Some(factors)
}

/// The positive 12th root of `x` (> 0), by Newton's method from above.
///
/// The start, 1 + (x − 1)/12, lies above the root by Bernoulli's inequality
/// ((1 + t/12)^12 ≥ 1 + t for t > −12), so the iteration falls monotonically
/// and stops when it no longer falls: the 28-digit fixed point.
fn twelfth_root(x: Decimal) -> Decimal {
    if x == Decimal::ONE {
        return Decimal::ONE;
    }
    let eleven = Decimal::from(11);
    let twelve = Decimal::from(12);
    let Some(mut y) = (x - Decimal::ONE)
        .checked_div(twelve)
        .and_then(|step| step.checked_add(Decimal::ONE))
    else {
        return Decimal::ONE;
    };
    for _ in 0..200 {
        let Some(next) = power(y, 11)
            .and_then(|y11| x.checked_div(y11))
            .zip(eleven.checked_mul(y))
            .and_then(|(a, b)| a.checked_add(b))
            .and_then(|sum| sum.checked_div(twelve))
        else {
            break;
        };
        if next >= y {
            break;
        }
        y = next;
    }
    y
}

/// `base^exponent` by squaring.
fn power(base: Decimal, exponent: u32) -> Option<Decimal> {
    let mut result = Decimal::ONE;
    let mut square = base;
    let mut e = exponent;
    while e > 0 {
        if e & 1 == 1 {
            result = result.checked_mul(square)?;
        }
        e >>= 1;
        if e > 0 {
            square = square.checked_mul(square)?;
        }
    }
    Some(result)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn whole_years_are_exact_powers() {
        let curve = GrowthCurve::new(dec!(10), 48).unwrap();
        assert_eq!(curve.factor(0).unwrap(), dec!(1));
        assert_eq!(curve.factor(12).unwrap(), dec!(1.1));
        assert_eq!(curve.factor(24).unwrap(), dec!(1.21));
        assert_eq!(curve.factor(48).unwrap(), dec!(1.4641));
        assert!(curve.factor(60).is_none());
    }

    #[test]
    fn monthly_root_reproduces_the_year() {
        for pct in [dec!(10), dec!(-50), dec!(300), dec!(0.5), dec!(-99.999999)] {
            let curve = GrowthCurve::new(pct, 12).unwrap();
            let yearly = Decimal::ONE + pct / Decimal::ONE_HUNDRED;
            let root = curve.factor(1).unwrap();
            let rebuilt = power(root, 12).unwrap();
            let error = (rebuilt - yearly).abs() / yearly;
            assert!(
                error < dec!(0.000000000000000000001),
                "{pct}: {rebuilt} vs {yearly}"
            );
        }
    }

    #[test]
    fn half_year_of_ten_percent_matches_the_square_root() {
        // sqrt(1.1) = 1.04880884817015154699145351367…
        let curve = GrowthCurve::new(dec!(10), 12).unwrap();
        let half = curve.factor(6).unwrap();
        assert_eq!(half.round_dp(20), dec!(1.04880884817015154699));
    }

    #[test]
    fn a_remembered_curve_gives_the_same_digits_within_its_own_span() {
        let short = GrowthCurve::new(dec!(7.5), 24).unwrap();
        // A longer span is computed anew; the shorter is then read from it.
        let long = GrowthCurve::new(dec!(7.5), 120).unwrap();
        let short_again = GrowthCurve::new(dec!(7.5), 24).unwrap();
        for months in 0..36 {
            assert_eq!(long.factor(months), short.factor(months), "{months}");
            assert_eq!(short_again.factor(months), short.factor(months), "{months}");
        }
        assert_eq!(short_again.factor(36), None);
        assert!(long.factor(131).is_some());
        assert_eq!(long.factor(132), None);
    }

    #[test]
    fn growth_that_overflows_within_the_span_is_refused() {
        // 1 + 1000: its 10th power passes a `Decimal`, its 3rd does not.
        assert!(GrowthCurve::new(dec!(100000), 120).is_none());
        let three_years = GrowthCurve::new(dec!(100000), 36).unwrap();
        assert_eq!(three_years.factor(36), Some(dec!(1003003001)));
        // Within nine years, a month's product can pass it on its own.
        let nine_years = GrowthCurve::new(dec!(100000), 108).unwrap();
        assert!(nine_years.factor(108).is_some());
        assert_eq!(nine_years.factor(119), None);
    }

    #[test]
    fn no_growth_is_exactly_one() {
        let curve = GrowthCurve::new(Decimal::ZERO, 120).unwrap();
        assert_eq!(curve.factor(77).unwrap(), Decimal::ONE);
    }
}
