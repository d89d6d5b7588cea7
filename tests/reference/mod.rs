//! A deliberately simple second implementation of the projection rules, for
//! differential tests: integer cents, exact big-integer rationals and plain
//! loops. It shares no code with `src/` and covers offers without stock
//! growth (growth needs irrational roots, checked by exact cases elsewhere).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

/// Percentages are integers scaled by 10^6 (six decimal places).
pub const PCT_SCALE: i64 = 1_000_000;

#[derive(Debug, Clone)]
pub struct RefGrant {
    pub value_cents: i64,
    /// Yearly percentages × 10^6, summing to 100 × 10^6.
    pub yearly_pct: Vec<i64>,
    pub periods: u32,
    pub cliff_months: u32,
    pub grant_year: u32,
}

#[derive(Debug, Clone)]
pub struct RefOffer {
    pub base_cents: i64,
    pub raise_pct: i64,
    pub bonus_pct: i64,
    pub sign_on_cents: Vec<i64>,
    pub grants: Vec<RefGrant>,
    pub years: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefYear {
    pub base: i64,
    pub bonus: i64,
    pub sign_on: i64,
    pub equity: i64,
    pub total: i64,
}

/// numerator / denominator rounded to an integer, half away from zero.
fn round_half_away(numerator: &BigInt, denominator: &BigInt) -> BigInt {
    let (quotient, remainder) = numerator.abs().div_rem(&denominator.abs());
    let twice = remainder * 2;
    let magnitude = if twice >= denominator.abs() {
        quotient + 1
    } else {
        quotient
    };
    if (numerator.is_negative()) != (denominator.is_negative()) {
        -magnitude
    } else {
        magnitude
    }
}

fn to_i64(value: BigInt) -> i64 {
    i64::try_from(value).expect("reference values fit in i64 for the generated ranges")
}

/// Splits `total` cents in proportion to `weights`: floors first, then one
/// leftover cent each to the largest remainders, earlier first on ties.
fn largest_remainder(total: i64, weights: &[i64]) -> Vec<i64> {
    let sum: i64 = weights.iter().sum();
    let mut parts = Vec::new();
    let mut remainders = Vec::new();
    for &w in weights {
        let exact = i128::from(total) * i128::from(w);
        parts.push((exact / i128::from(sum)) as i64);
        remainders.push(exact % i128::from(sum));
    }
    let mut leftover = total - parts.iter().sum::<i64>();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    // Plain selection: largest remainder first, earliest index on ties.
    order.sort_by(|a, b| remainders[*b].cmp(&remainders[*a]).then(a.cmp(b)));
    for i in order {
        if leftover == 0 {
            break;
        }
        parts[i] += 1;
        leftover -= 1;
    }
    parts
}

pub fn project(offer: &RefOffer) -> Vec<RefYear> {
    let years = offer.years as usize;
    let mut equity = vec![0i64; years];
    for grant in &offer.grants {
        let per_year = largest_remainder(grant.value_cents, &grant.yearly_pct);
        let step = 12 / grant.periods;
        for (k, year_cents) in per_year.iter().enumerate() {
            let tranches = largest_remainder(*year_cents, &vec![1; grant.periods as usize]);
            for (j, cents) in tranches.iter().enumerate() {
                let due = 12 * k as u32 + (j as u32 + 1) * step;
                let after_grant = due.max(grant.cliff_months);
                let after_start = 12 * (grant.grant_year - 1) + after_grant;
                let year = after_start.div_ceil(12) as usize;
                if year <= years {
                    equity[year - 1] += cents;
                }
            }
        }
    }
    let hundred_pct = BigInt::from(100 * PCT_SCALE);
    let growth = BigInt::from(100 * PCT_SCALE + offer.raise_pct);
    let mut numerator_factor = BigInt::one();
    let mut denominator_factor = BigInt::one();
    let mut rows = Vec::new();
    for (y, equity_cents) in equity.iter().enumerate() {
        if y > 0 {
            numerator_factor *= &growth;
            denominator_factor *= &hundred_pct;
        }
        let base = to_i64(round_half_away(
            &(BigInt::from(offer.base_cents) * &numerator_factor),
            &denominator_factor,
        ));
        let bonus = to_i64(round_half_away(
            &(BigInt::from(base) * offer.bonus_pct),
            &hundred_pct,
        ));
        let sign_on = offer.sign_on_cents.get(y).copied().unwrap_or(0);
        let total = base + bonus + sign_on + equity_cents;
        rows.push(RefYear {
            base,
            bonus,
            sign_on,
            equity: *equity_cents,
            total,
        });
    }
    rows
}

#[test]
fn the_reference_itself_rounds_half_away_and_splits_exactly() {
    assert_eq!(
        round_half_away(&BigInt::from(5), &BigInt::from(10)),
        BigInt::one()
    );
    assert_eq!(
        round_half_away(&BigInt::from(-5), &BigInt::from(10)),
        BigInt::from(-1)
    );
    assert_eq!(
        round_half_away(&BigInt::from(4), &BigInt::from(10)),
        BigInt::zero()
    );
    assert_eq!(
        largest_remainder(2_200_000, &[1; 12]).iter().sum::<i64>(),
        2_200_000
    );
    assert_eq!(largest_remainder(100, &[1, 1, 1]), [34, 33, 33]);
}
