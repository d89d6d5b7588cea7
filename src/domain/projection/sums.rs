//! A projection's years added up in whole minor units (cents, yen): each
//! year's total and running total, and the summary people quote. Integers
//! keep every sum exact and cheap; each figure becomes a `Decimal` once.

use rust_decimal::Decimal;

use super::{Summary, YearRow};
use crate::domain::money::{Minor, divide_half_away};
use crate::error::DataError;

/// The years so far, in minor units.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Sums {
    years: u32,
    year_one: i128,
    base: i128,
    sign_on: i128,
    total: i128,
}

impl Sums {
    /// The next year from its `[base, bonus, sign_on, equity]` in minor
    /// units: its row, with the total and the running total. `None` when a
    /// figure is past what the unit holds (a `Decimal`'s 96 bits).
    pub(crate) fn push(&mut self, parts: [i128; 4], minor: Minor) -> Option<YearRow> {
        let [base, bonus, sign_on, equity] = parts;
        let total = parts
            .iter()
            .try_fold(0i128, |sum, part| sum.checked_add(*part))?;
        let cumulative = self.total.checked_add(total)?;
        let decimal = |units| minor.from_units(units);
        let row = YearRow {
            year: self.years + 1,
            base: decimal(base)?,
            bonus: decimal(bonus)?,
            sign_on: decimal(sign_on)?,
            equity: decimal(equity)?,
            total: decimal(total)?,
            cumulative: decimal(cumulative)?,
        };
        *self = Sums {
            years: self.years + 1,
            year_one: if self.years == 0 {
                total
            } else {
                self.year_one
            },
            base: self.base.checked_add(base)?,
            sign_on: self.sign_on.checked_add(sign_on)?,
            total: cumulative,
        };
        Some(row)
    }

    /// The summary of the years pushed, with `unvested` (already in the
    /// unit) as the value vesting after them.
    pub(crate) fn summary(self, unvested: Decimal, minor: Minor) -> Result<Summary, DataError> {
        let too_large = || DataError::new("base_salary", "the horizon total overflows");
        let decimal = |units: Option<i128>| units.and_then(|u| minor.from_units(u));
        let count = i128::from(self.years);
        // Averages are below the total, so they always fit; checked all the same.
        let recurring = self.total.checked_sub(self.sign_on);
        Ok(Summary {
            total: decimal(Some(self.total)).ok_or_else(too_large)?,
            year_one: decimal(Some(self.year_one)).ok_or_else(too_large)?,
            average: decimal(divide_half_away(self.total, count)).ok_or_else(too_large)?,
            average_recurring: decimal(recurring.and_then(|r| divide_half_away(r, count)))
                .ok_or_else(too_large)?,
            guaranteed_cash: decimal(self.base.checked_add(self.sign_on)).ok_or_else(too_large)?,
            sign_on: decimal(Some(self.sign_on)).ok_or_else(too_large)?,
            unvested,
        })
    }
}
