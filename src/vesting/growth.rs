//! Share-price growth: the value multiplier `(1 + g/100)^(m/12)` for a tranche
//! that vests `m` months after its grant.
//!
//! Whole years are plain repeated multiplication. The monthly step, the 12th
//! root of the yearly factor, is irrational in general, so it is found by
//! Newton's method to the full 28 significant digits a `Decimal` holds; its
//! error is many orders of magnitude below a cent even after 40 years.
//! Everything is deterministic: the same input gives the same digits on every
//! machine, which no floating-point `powf` promises.

use rust_decimal::Decimal;

/// Multipliers by month since grant, computed once per offer.
#[derive(Debug, Clone)]
pub struct GrowthCurve {
    /// `yearly^k` for whole years k.
    year_powers: Vec<Decimal>,
    /// `monthly^j` for j in 0..12.
    month_powers: [Decimal; 12],
}

impl GrowthCurve {
    /// The curve for yearly growth `pct` (> −100), covering `max_months`.
    /// `None` if the factor overflows a `Decimal` within that span.
    pub fn new(pct: Decimal, max_months: u32) -> Option<GrowthCurve> {
        let yearly = Decimal::ONE.checked_add(pct.checked_div(Decimal::ONE_HUNDRED)?)?;
        let monthly = cached_root(yearly);
        let mut month_powers = [Decimal::ONE; 12];
        for j in 1..12 {
            month_powers[j] = month_powers[j - 1].checked_mul(monthly)?;
        }
        let whole_years = max_months / 12;
        let mut year_powers = Vec::with_capacity(whole_years as usize + 1);
        year_powers.push(Decimal::ONE);
        for k in 1..=whole_years as usize {
            year_powers.push(year_powers[k - 1].checked_mul(yearly)?);
        }
        Some(GrowthCurve {
            year_powers,
            month_powers,
        })
    }

    /// The multiplier `m` months after grant; `None` past the span or on overflow.
    pub fn factor(&self, months: u32) -> Option<Decimal> {
        let years = self.year_powers.get((months / 12) as usize)?;
        years.checked_mul(self.month_powers[(months % 12) as usize])
    }
}

/// The 12th root of `x`, remembered per thread for the last few growth
/// rates: a batch of offers usually shares a handful of assumptions.
fn cached_root(x: Decimal) -> Decimal {
    thread_local! {
        static ROOTS: std::cell::RefCell<Vec<(Decimal, Decimal)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    const REMEMBERED: usize = 16;
    ROOTS.with(|roots| {
        let mut roots = roots.borrow_mut();
        if let Some((_, root)) = roots.iter().find(|(key, _)| *key == x) {
            return *root;
        }
        let root = twelfth_root(x);
        if roots.len() == REMEMBERED {
            roots.remove(0);
        }
        roots.push((x, root));
        root
    })
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
    fn no_growth_is_exactly_one() {
        let curve = GrowthCurve::new(Decimal::ZERO, 120).unwrap();
        assert_eq!(curve.factor(77).unwrap(), Decimal::ONE);
    }
}
