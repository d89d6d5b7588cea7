//! New York's supplemental tax (Tax Law 601(d)), as the Form IT-201
//! instructions' tax computation worksheets compute it: above an adjusted
//! gross income of `over`, the benefit of the brackets below the one a
//! taxable income falls in is taken back, a share at a time, over `band` of
//! income; past the band the whole taxable income is taxed at that
//! bracket's rate.
//!
//! Here the adjusted gross income is the year's gross wages. One worksheet
//! per bracket, from the bracket holding `over` up:
//!
//! - the bracket: the one holding the taxable income `t` (a bracket runs
//!   from above its `from` to its top), or the one holding `over` if higher;
//!   its rate is `r`;
//! - the recapture base: nothing in the first worksheet; in a later one,
//!   the benefit already taken back at the bracket's start `from`, that is
//!   the previous bracket's rate times `from` less the schedule's tax on
//!   `from`, in whole dollars (the worksheets print it so);
//! - the share: the income above `over` (first worksheet) or above the
//!   bracket's `from`, at most `band`, divided by `band` and rounded to
//!   four places;
//! - the tax: `schedule(t) + base + share × (r × t − schedule(t) − base)`.

use rust_decimal::{Decimal, RoundingStrategy};

use super::layer::{Bracket, over_brackets};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recapture {
    /// The adjusted gross income above which the benefit is taken back.
    pub over: Decimal,
    /// The income over which each bracket's benefit is taken back.
    pub band: Decimal,
}

/// The index of the last bracket whose `from` is below `amount` (at least 0).
fn holding(brackets: &[Bracket], amount: Decimal) -> usize {
    brackets
        .iter()
        .rposition(|b| b.from < amount)
        .unwrap_or_default()
}

impl Recapture {
    /// The tax with the benefit taken back, given the schedule's tax
    /// `scheduled` on `taxable`; unrounded.
    pub fn tax(
        &self,
        brackets: &[Bracket],
        taxable: Decimal,
        gross: Decimal,
        scheduled: Decimal,
    ) -> Decimal {
        if gross <= self.over {
            return scheduled;
        }
        // The first worksheet's bracket holds `over` itself (from ≤ over).
        let first = brackets
            .iter()
            .rposition(|b| b.from <= self.over)
            .unwrap_or_default();
        let index = holding(brackets, taxable).max(first);
        let rate = brackets[index].rate;
        let (start, base) = if index == first {
            (self.over, Decimal::ZERO)
        } else {
            let from = brackets[index].from;
            let earlier = brackets[index - 1].rate * from / Decimal::ONE_HUNDRED;
            let base = (earlier - over_brackets(brackets, from))
                .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
            (from, base)
        };
        let share = ((gross - start).min(self.band) / self.band)
            .round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero);
        let flat = rate * taxable / Decimal::ONE_HUNDRED;
        scheduled + base + share * (flat - scheduled - base)
    }
}
