//! A deliberately simple second implementation of the projection rules, for
//! differential tests: integer cents, exact big-integer rationals and plain
//! loops. It shares no code with `src/` and covers offers without stock
//! growth (growth needs irrational roots, checked by exact cases elsewhere).

pub mod options;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

mod tax;
pub use tax::{RefCredit, RefLayer, RefRecapture};

/// Percentages are integers scaled by 10^6 (six decimal places).
pub const PCT_SCALE: i64 = 1_000_000;

#[derive(Debug, Clone)]
pub struct RefGrant {
    pub value_cents: i128,
    /// Yearly percentages × 10^6, summing to 100 × 10^6.
    pub yearly_pct: Vec<i64>,
    pub periods: u32,
    pub cliff_months: u32,
    pub grant_year: u32,
}

#[derive(Debug, Clone)]
pub struct RefOffer {
    pub base_cents: i128,
    pub raise_pct: i64,
    pub bonus_pct: i64,
    /// The bonus as a year-1 amount in cents, instead of `bonus_pct`.
    pub bonus_amount_cents: Option<i128>,
    /// Yearly share-price growth × 10^6; 0 for none.
    pub growth_pct: i64,
    pub sign_on_cents: Vec<i128>,
    pub grants: Vec<RefGrant>,
    pub years: u32,
    /// Months after each sign-on payment within which leaving repays it.
    pub clawback_months: u32,
    /// Repay all of it (else the share of the period not served).
    pub clawback_full: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefYear {
    pub base: i128,
    pub bonus: i128,
    pub sign_on: i128,
    pub equity: i128,
    pub total: i128,
}

/// The reference's answer: the years, and the largest unrounded base, bonus
/// or equity figure of any year, or value vesting after the horizon, in
/// cents (to check the tool's range).
#[derive(Debug, Clone)]
pub struct RefProjection {
    pub rows: Vec<RefYear>,
    pub largest_figure_cents: BigInt,
}

/// Digits of the fixed-point growth arithmetic.
const DIGITS: u32 = 60;

/// numerator / denominator rounded to an integer, half away from zero.
pub(crate) fn round_half_away(numerator: &BigInt, denominator: &BigInt) -> BigInt {
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

pub(crate) fn to_i128(value: BigInt) -> i128 {
    i128::try_from(value).expect("reference values fit in i128 for the generated ranges")
}

/// The integer `n`-th root of `x`, rounded down (Newton's method on integers).
fn integer_root(x: &BigInt, n: u32) -> BigInt {
    if x.is_zero() {
        return BigInt::zero();
    }
    let mut guess = BigInt::one() << (x.bits() / u64::from(n) + 1) as usize;
    loop {
        let next = (&guess * (n - 1) + x / guess.pow(n - 1)) / n;
        if next >= guess {
            return guess;
        }
        guess = next;
    }
}

/// Splits `total` cents in proportion to `weights`: floors first, then one
/// leftover cent each to the largest remainders, earlier first on ties.
fn largest_remainder(total: i128, weights: &[i64]) -> Vec<i128> {
    let sum: i64 = weights.iter().sum();
    let mut parts = Vec::new();
    let mut remainders = Vec::new();
    for &w in weights {
        let exact = total * i128::from(w);
        parts.push(exact / i128::from(sum));
        remainders.push(exact % i128::from(sum));
    }
    let mut leftover = total - parts.iter().sum::<i128>();
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

/// Every tranche of every grant: months after the start, and its value at
/// vest × 10^DIGITS.
fn vests(offer: &RefOffer, grown: &dyn Fn(i128, u32) -> BigInt) -> Vec<(u32, BigInt)> {
    let mut all = Vec::new();
    for grant in &offer.grants {
        let per_year = largest_remainder(grant.value_cents, &grant.yearly_pct);
        let step = 12 / grant.periods;
        for (k, year_cents) in per_year.iter().enumerate() {
            let tranches = largest_remainder(*year_cents, &vec![1; grant.periods as usize]);
            for (j, cents) in tranches.iter().enumerate() {
                let due = 12 * k as u32 + (j as u32 + 1) * step;
                let after_grant = due.max(grant.cliff_months);
                let after_start = 12 * (grant.grant_year - 1) + after_grant;
                all.push((after_start, grown(*cents, after_grant)));
            }
        }
    }
    all
}

/// What leaving after `months` pays, in cents (offers without growth).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefLeave {
    pub base: i128,
    pub bonus: i128,
    pub sign_on: i128,
    pub clawback: i128,
    pub equity: i128,
    pub total: i128,
}

pub fn leave(offer: &RefOffer, months: u32) -> RefLeave {
    assert_eq!(offer.growth_pct, 0, "the leave reference has no growth");
    let rows = project(offer).rows;
    let twelve = BigInt::from(12);
    let mut result = RefLeave {
        base: 0,
        bonus: 0,
        sign_on: 0,
        clawback: 0,
        equity: 0,
        total: 0,
    };
    for (y, row) in rows.iter().enumerate() {
        let start = 12 * y as u32;
        let worked = months.saturating_sub(start).min(12);
        result.base += to_i128(round_half_away(&(BigInt::from(row.base) * worked), &twelve));
        if months >= start + 12 {
            result.bonus += row.bonus;
        }
        if months > start && row.sign_on != 0 {
            result.sign_on += row.sign_on;
            let served = months - start;
            if served < offer.clawback_months {
                result.clawback += if offer.clawback_full {
                    row.sign_on
                } else {
                    to_i128(round_half_away(
                        &(BigInt::from(row.sign_on) * (offer.clawback_months - served)),
                        &BigInt::from(offer.clawback_months),
                    ))
                };
            }
        }
    }
    let unit = |cents: i128, _months: u32| BigInt::from(cents);
    let mut by_year = vec![BigInt::zero(); rows.len()];
    for (after_start, value) in vests(offer, &unit) {
        let year = after_start.div_ceil(12) as usize;
        if after_start <= months && year <= rows.len() {
            by_year[year - 1] += value;
        }
    }
    result.equity = by_year.iter().map(|v| to_i128(v.clone())).sum();
    result.total = result.base + result.bonus + result.sign_on - result.clawback + result.equity;
    result
}

pub fn project(offer: &RefOffer) -> RefProjection {
    let years = offer.years as usize;
    let scale = BigInt::from(10).pow(DIGITS);
    let hundred_pct = BigInt::from(100 * PCT_SCALE);
    // Growth per year as a rational, and its 12th root in fixed point.
    let yearly = BigInt::from(100 * PCT_SCALE + offer.growth_pct);
    let monthly_fixed = integer_root(&(&yearly * scale.pow(12) / &hundred_pct), 12);
    // Value of `cents` vesting `months` after grant, × 10^DIGITS.
    let grown = |cents: i128, months: u32| -> BigInt {
        let (k, j) = (months / 12, months % 12);
        let numerator = BigInt::from(cents) * &scale * yearly.pow(k) * monthly_fixed.pow(j);
        numerator / (hundred_pct.pow(k) * scale.pow(j))
    };
    let mut equity = vec![BigInt::zero(); years];
    let mut unvested = BigInt::zero();
    for (after_start, value) in vests(offer, &grown) {
        let year = after_start.div_ceil(12) as usize;
        if year <= years {
            equity[year - 1] += value;
        } else {
            unvested += value;
        }
    }
    let growth = BigInt::from(100 * PCT_SCALE + offer.raise_pct);
    let mut numerator_factor = BigInt::one();
    let mut denominator_factor = BigInt::one();
    let mut rows = Vec::new();
    // The value vesting after the horizon is a figure the tool shows too.
    let mut largest = &unvested / &scale;
    for (y, equity_fixed) in equity.iter().enumerate() {
        if y > 0 {
            numerator_factor *= &growth;
            denominator_factor *= &hundred_pct;
        }
        let base_exact = BigInt::from(offer.base_cents) * &numerator_factor;
        largest = largest.max(&base_exact / &denominator_factor);
        let base = round_half_away(&base_exact, &denominator_factor);
        let (bonus_exact, bonus_unit) = match offer.bonus_amount_cents {
            // base_y × amount / base, in cents.
            Some(amount) => (&base * amount, BigInt::from(offer.base_cents)),
            None => (&base * offer.bonus_pct, hundred_pct.clone()),
        };
        largest = largest.max(&bonus_exact / &bonus_unit);
        let bonus = round_half_away(&bonus_exact, &bonus_unit);
        largest = largest.max(equity_fixed / &scale);
        let equity_cents = round_half_away(equity_fixed, &scale);
        let sign_on = offer.sign_on_cents.get(y).copied().unwrap_or(0);
        let (base, bonus, equity_cents) = (to_i128(base), to_i128(bonus), to_i128(equity_cents));
        rows.push(RefYear {
            base,
            bonus,
            sign_on,
            equity: equity_cents,
            total: base + bonus + sign_on + equity_cents,
        });
    }
    RefProjection {
        rows,
        largest_figure_cents: largest,
    }
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
        largest_remainder(2_200_000, &[1; 12]).iter().sum::<i128>(),
        2_200_000
    );
    assert_eq!(largest_remainder(100, &[1, 1, 1]), [34, 33, 33]);
    assert_eq!(integer_root(&BigInt::from(4096), 12), BigInt::from(2));
    assert_eq!(integer_root(&BigInt::from(4095), 12), BigInt::one());
    // 10 % growth: the 12th root of 1.1, cut to 60 decimals.
    let root = integer_root(
        &(BigInt::from(11) * BigInt::from(10).pow(12 * DIGITS) / 10),
        12,
    );
    assert_eq!(
        root.to_string(),
        "1007974140428903741066031844223230333182505145143975791433537"
    );
}

/// An amount in cents converted at `numerator / denominator` units of the
/// reporting currency per unit: rounded to the cent, half away from zero.
pub fn convert(cents: i128, numerator: i128, denominator: i128) -> i128 {
    to_i128(round_half_away(
        &(BigInt::from(cents) * numerator),
        &BigInt::from(denominator),
    ))
}

/// A year converted figure by figure, its total re-summed.
pub fn convert_year(year: &RefYear, numerator: i128, denominator: i128) -> RefYear {
    let c = |cents| convert(cents, numerator, denominator);
    let (base, bonus, sign_on, equity) =
        (c(year.base), c(year.bonus), c(year.sign_on), c(year.equity));
    RefYear {
        base,
        bonus,
        sign_on,
        equity,
        total: base + bonus + sign_on + equity,
    }
}
