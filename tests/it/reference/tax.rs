//! Tax layers in integers: money in cents, rates × 10^6, every step an
//! exact rational held as a big-integer numerator over 10^16 cents (rates
//! carry 10^8 with the percent, the recapture's share 10^4), rounded once.

use num_bigint::BigInt;
use num_traits::Zero;

use super::{PCT_SCALE, round_half_away, to_i128};

/// The common denominator: a cent is 10^16.
const ONE_CENT: i128 = 10_000_000_000_000_000;
/// A rate × an amount in cents is over 100 × 10^6; times this, over 10^16.
const RATE_TO_CENT: i128 = ONE_CENT / (100 * PCT_SCALE as i128);

/// New York's supplemental tax: the benefit of lower brackets taken back
/// above `over_cents`, over `band_cents`.
#[derive(Debug, Clone, Default)]
pub struct RefRecapture {
    pub over_cents: i128,
    pub band_cents: i128,
}

#[derive(Debug, Clone, Default)]
pub struct RefCredit {
    pub amount_cents: i128,
    /// `(over, step, reduction)` in cents: the credit falls by `reduction`
    /// for each started `step` above `over`.
    pub phase_out: Option<(i128, i128, i128)>,
    /// No credit above this gross.
    pub until_cents: Option<i128>,
}

/// A tax layer in integers.
#[derive(Debug, Clone, Default)]
pub struct RefLayer {
    pub deduction_cents: i128,
    /// `(from, deduction)`: from this gross up, this deduction instead.
    pub deduction_limit: Option<(i128, i128)>,
    pub wage_cap_cents: Option<i128>,
    /// `(from in cents, rate × 10^6)`, from 0, strictly increasing.
    pub brackets: Vec<(i128, i64)>,
    pub recapture: Option<RefRecapture>,
    pub credits: Vec<RefCredit>,
    /// `(rate × 10^6, over in cents)` on the taxable amount.
    pub surtaxes: Vec<(i64, i128)>,
    pub max_cents: Option<i128>,
    pub supplemental: Option<Vec<(i128, i64)>>,
}

/// Tax over brackets: numerator over 100 × 10^6, in cents.
fn over_brackets(brackets: &[(i128, i64)], amount: i128) -> BigInt {
    let mut numerator = BigInt::zero();
    for (i, (from, rate)) in brackets.iter().enumerate() {
        if *from >= amount {
            break;
        }
        let top = brackets
            .get(i + 1)
            .map_or(amount, |(next, _)| (*next).min(amount));
        numerator += BigInt::from(top - from) * *rate;
    }
    numerator
}

fn to_cents(numerator: &BigInt, denominator: i128) -> i128 {
    to_i128(round_half_away(numerator, &BigInt::from(denominator)))
}

impl RefCredit {
    fn at(&self, gross: i128) -> i128 {
        if self.until_cents.is_some_and(|until| gross > until) {
            return 0;
        }
        match self.phase_out {
            Some((over, step, reduction)) if gross > over => {
                // Started steps: a ceiling division of positive integers.
                let steps = (gross - over + step - 1) / step;
                (self.amount_cents - steps * reduction).max(0)
            }
            _ => self.amount_cents,
        }
    }
}

impl RefLayer {
    fn taxable(&self, gross: i128) -> i128 {
        let wages = self.wage_cap_cents.map_or(gross, |cap| gross.min(cap));
        let deduction = match self.deduction_limit {
            Some((from, deduction)) if gross >= from => deduction,
            _ => self.deduction_cents,
        };
        (wages - deduction).max(0)
    }

    /// The bracket tax with the recapture, over 10^16.
    fn scheduled(&self, taxable: i128, gross: i128) -> BigInt {
        let schedule = over_brackets(&self.brackets, taxable) * RATE_TO_CENT;
        let Some(recapture) = &self.recapture else {
            return schedule;
        };
        if gross <= recapture.over_cents {
            return schedule;
        }
        let mut first = 0;
        let mut index = 0;
        for (i, (from, _)) in self.brackets.iter().enumerate() {
            if *from <= recapture.over_cents {
                first = i;
            }
            if *from < taxable {
                index = i;
            }
        }
        let index = index.max(first);
        let (start, base) = if index == first {
            (recapture.over_cents, BigInt::zero())
        } else {
            let from = self.brackets[index].0;
            let earlier = BigInt::from(from) * self.brackets[index - 1].1;
            let benefit = earlier - over_brackets(&self.brackets, from);
            // In whole dollars: 100 cents.
            let dollars = round_half_away(&benefit, &BigInt::from(100 * 100 * PCT_SCALE as i128));
            (from, dollars * 100 * ONE_CENT)
        };
        // The share in ten-thousandths.
        let share = round_half_away(
            &BigInt::from((gross - start).min(recapture.band_cents) * 10_000),
            &BigInt::from(recapture.band_cents),
        );
        let flat = BigInt::from(taxable) * self.brackets[index].1 * RATE_TO_CENT;
        // (S + base) + share / 10^4 × (flat − S − base): every term is a
        // multiple of 10^4 over 10^16 but the last, which the share's 10^4
        // divides back.
        let kept = &schedule + &base;
        let taken_back = share * (flat - &kept);
        assert!(
            (&taken_back % BigInt::from(10_000)).is_zero(),
            "a multiple of 10^4"
        );
        kept + taken_back / 10_000
    }

    pub fn tax(&self, gross: i128) -> i128 {
        let taxable = self.taxable(gross);
        let scheduled = self.scheduled(taxable, gross);
        let credits: i128 = self.credits.iter().map(|c| c.at(gross)).sum();
        let after_credits = (scheduled - BigInt::from(credits) * ONE_CENT).max(BigInt::zero());
        let surtax: BigInt = self
            .surtaxes
            .iter()
            .map(|(rate, over)| BigInt::from((taxable - over).max(0)) * *rate * RATE_TO_CENT)
            .sum();
        let tax = to_cents(&(after_credits + surtax), ONE_CENT);
        self.max_cents.map_or(tax, |max| tax.min(max))
    }

    pub fn withheld(&self, base: i128, supplemental_wages: i128) -> i128 {
        match &self.supplemental {
            Some(rates) => {
                self.tax(base)
                    + to_cents(
                        &over_brackets(rates, supplemental_wages),
                        100 * PCT_SCALE as i128,
                    )
            }
            None => self.tax(base + supplemental_wages),
        }
    }
}
