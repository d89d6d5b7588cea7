//! The reference for options and double-trigger RSUs: shares split by the
//! same largest-remainder rule as money, each vest's spread at a price
//! computed as an exact rational (prices are millionths) and rounded to the
//! cent half away from zero, common's price at a valuation as an exact
//! rational cut down to a millionth, and the break-even exit price found by
//! trying every candidate cent in order of a plain bisection on exact totals.

use num_bigint::BigInt;
use num_integer::Integer;

use super::{largest_remainder, round_half_away};

/// Prices are integers in millionths of the currency unit.
pub const MICROS: i128 = 1_000_000;

#[derive(Debug, Clone)]
pub struct RefOptionGrant {
    pub shares: i128,
    /// Millionths; zero for a double-trigger RSU.
    pub strike_micros: i128,
    pub fmv_micros: i128,
    pub preferred_micros: Option<i128>,
    pub yearly_pct: Vec<i64>,
    pub periods: u32,
    pub cliff_months: u32,
    pub grant_year: u32,
    /// Options (else a double-trigger RSU).
    pub options: bool,
}

/// Every vest: months after the start and whole shares, tranches due the
/// same month joined.
pub fn vests(grant: &RefOptionGrant) -> Vec<(u32, i128)> {
    let mut all: Vec<(u32, i128)> = Vec::new();
    let per_year = largest_remainder(grant.shares, &grant.yearly_pct);
    let step = 12 / grant.periods;
    for (k, year_shares) in per_year.iter().enumerate() {
        let tranches = largest_remainder(*year_shares, &vec![1; grant.periods as usize]);
        for (j, shares) in tranches.iter().enumerate() {
            let due = (12 * k as u32 + (j as u32 + 1) * step).max(grant.cliff_months);
            let month = 12 * (grant.grant_year - 1) + due;
            match all.iter_mut().find(|(m, _)| *m == month) {
                Some(slot) => slot.1 += shares,
                None => all.push((month, *shares)),
            }
        }
    }
    all
}

/// max(0, price − strike) × shares in cents, rounded half away from zero:
/// (price − strike) / 10^6 units × shares × 100 cents.
pub fn spread_cents(price_micros: i128, strike_micros: i128, shares: i128) -> i128 {
    let spread = (price_micros - strike_micros).max(0);
    let numerator = BigInt::from(spread) * BigInt::from(shares) * BigInt::from(100);
    let cents = round_half_away(&numerator, &BigInt::from(MICROS));
    i128::try_from(cents).expect("fits")
}

/// Per horizon year (and after it, the last slot): the spread of the
/// grants' vests at `price_micros` (each grant's own strike).
pub fn yearly_spread(grants: &[RefOptionGrant], price_micros: i128, years: u32) -> Vec<i128> {
    let mut out = vec![0i128; years as usize + 1];
    for grant in grants {
        for (month, shares) in vests(grant) {
            let year = month.div_ceil(12) as usize;
            let slot = (year - 1).min(years as usize);
            out[slot] += spread_cents(price_micros, grant.strike_micros, shares);
        }
    }
    out
}

/// Options (not RSUs) vesting in each horizon year.
pub fn options_vested(grants: &[RefOptionGrant], years: u32) -> Vec<i128> {
    let mut out = vec![0i128; years as usize];
    for grant in grants.iter().filter(|g| g.options) {
        for (month, shares) in vests(grant) {
            if let Some(slot) = out.get_mut(month.div_ceil(12) as usize - 1) {
                *slot += shares;
            }
        }
    }
    out
}

/// Each horizon year's paper value: at the preferred price, else the 409A.
pub fn paper_value(grants: &[RefOptionGrant], years: u32) -> Vec<i128> {
    let mut out = vec![0i128; years as usize];
    for grant in grants {
        let price = grant.preferred_micros.unwrap_or(grant.fmv_micros);
        for (month, shares) in vests(grant) {
            if let Some(slot) = out.get_mut(month.div_ceil(12) as usize - 1) {
                *slot += spread_cents(price, grant.strike_micros, shares);
            }
        }
    }
    out
}

/// Each horizon year's cost to exercise the options vesting in it.
pub fn exercise_cost(grants: &[RefOptionGrant], years: u32) -> Vec<i128> {
    let mut out = vec![0i128; years as usize];
    for grant in grants.iter().filter(|g| g.options) {
        for (month, shares) in vests(grant) {
            if let Some(slot) = out.get_mut(month.div_ceil(12) as usize - 1) {
                *slot += spread_cents(grant.strike_micros, 0, shares);
            }
        }
    }
    out
}

/// Common's price in millionths at a valuation: the exact rational
/// (V − L)⁺ × (100 − D) / (100 × N), floored. `valuation_cents`,
/// `preferences_cents` in cents, `dilution_micro_pct` in millionths of a percent.
pub fn common_price_micros(
    valuation_cents: i128,
    preferences_cents: i128,
    dilution_micro_pct: i128,
    fully_diluted: i128,
) -> i128 {
    let left = BigInt::from((valuation_cents - preferences_cents).max(0));
    let kept = BigInt::from(100 * MICROS - dilution_micro_pct);
    // (left / 100) × (kept / 10^6) / (100 × N) in units, × 10^6 for micros.
    let numerator = left * kept;
    let denominator = BigInt::from(100) * BigInt::from(100) * BigInt::from(fully_diluted);
    let (floor, _) = numerator.div_mod_floor(&denominator);
    i128::try_from(floor).expect("fits")
}

/// The smallest exit price in whole cents at which `fixed_cents` plus the
/// spread of the grants' horizon vests reaches `target_cents`; `None` if
/// no price up to `most_cents` does.
pub fn break_even_cents(
    grants: &[RefOptionGrant],
    years: u32,
    fixed_cents: i128,
    target_cents: i128,
    most_cents: i128,
) -> Option<i128> {
    let total = |cents: i128| {
        let by_year = yearly_spread(grants, cents * 10_000, years);
        fixed_cents + by_year[..years as usize].iter().sum::<i128>()
    };
    if total(most_cents) < target_cents {
        return None;
    }
    // total() never falls as the price rises: the first cent that reaches
    // the target is where a bisection on [0, most] ends.
    let (mut low, mut high) = (-1i128, most_cents);
    while high - low > 1 {
        let mid = low + (high - low) / 2;
        if total(mid) >= target_cents {
            high = mid;
        } else {
            low = mid;
        }
    }
    Some(high)
}
