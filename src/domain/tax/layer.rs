//! One layer of tax on a year's wages: what it takes and what it withholds.
//!
//! In order: the wages up to the layer's `wage_cap`, less its deduction
//! (or the limited deduction above a gross, as Colorado's and Illinois's),
//! are the taxable amount; the brackets tax it; a recapture (New York's
//! supplemental tax) takes back the lower brackets' benefit; credits come
//! off, never below zero; surtaxes over a threshold are added. The sum is
//! rounded once, to the minor unit half away from zero, and held to the
//! layer's yearly `max`.

use rust_decimal::Decimal;

use super::recapture::Recapture;
use crate::domain::money::Minor;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bracket {
    pub from: Decimal,
    /// Percent, 0 to 100.
    pub rate: Decimal,
}

/// From a gross of `from` up, the deduction is `deduction` instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeductionLimit {
    pub from: Decimal,
    pub deduction: Decimal,
}

/// A credit off the bracket tax, as California's and Oregon's exemption
/// credits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    pub name: String,
    pub amount: Decimal,
    pub phase_out: Option<PhaseOut>,
    /// No credit at all when the gross exceeds this.
    pub until: Option<Decimal>,
}

/// The credit falls by `reduction` for each `step`, or part of one, by
/// which the gross exceeds `over`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhaseOut {
    pub over: Decimal,
    pub step: Decimal,
    pub reduction: Decimal,
}

/// `rate` percent of the taxable amount above `over`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Surtax {
    pub name: String,
    pub rate: Decimal,
    pub over: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    pub name: String,
    /// The minor unit of the table's currency: what each tax is rounded to.
    pub minor: Minor,
    pub deduction: Decimal,
    pub deduction_limit: Option<DeductionLimit>,
    /// Wages above it are not taxed by the layer.
    pub wage_cap: Option<Decimal>,
    pub brackets: Vec<Bracket>,
    pub recapture: Option<Recapture>,
    pub credits: Vec<Credit>,
    pub surtaxes: Vec<Surtax>,
    /// The most the layer takes in a year.
    pub max: Option<Decimal>,
    pub supplemental: Option<Vec<Bracket>>,
    pub omits: Vec<String>,
}

/// Tax on `amount` over `brackets`, unrounded.
pub(crate) fn over_brackets(brackets: &[Bracket], amount: Decimal) -> Decimal {
    let mut tax = Decimal::ZERO;
    for (i, bracket) in brackets.iter().enumerate() {
        if bracket.from >= amount {
            break;
        }
        let top = brackets
            .get(i + 1)
            .map_or(amount, |next| next.from.min(amount));
        tax += bracket.rate * (top - bracket.from) / Decimal::ONE_HUNDRED;
    }
    tax
}

impl Credit {
    /// The credit at a year's gross.
    pub fn at(&self, gross: Decimal) -> Decimal {
        if self.until.is_some_and(|until| gross > until) {
            return Decimal::ZERO;
        }
        let Some(phase) = &self.phase_out else {
            return self.amount;
        };
        if gross <= phase.over {
            return self.amount;
        }
        let steps = ((gross - phase.over) / phase.step).ceil();
        // A reduction too large to write is larger than any credit.
        match steps.checked_mul(phase.reduction) {
            Some(reduction) => (self.amount - reduction).max(Decimal::ZERO),
            None => Decimal::ZERO,
        }
    }
}

impl Layer {
    /// A layer of brackets alone: a deduction and rates, nothing else.
    pub fn of_brackets(
        name: &str,
        minor: Minor,
        deduction: Decimal,
        brackets: Vec<Bracket>,
    ) -> Layer {
        Layer {
            name: name.to_owned(),
            minor,
            deduction,
            deduction_limit: None,
            wage_cap: None,
            brackets,
            recapture: None,
            credits: Vec::new(),
            surtaxes: Vec::new(),
            max: None,
            supplemental: None,
            omits: Vec::new(),
        }
    }

    /// The amount the brackets tax: wages to the cap, less the deduction.
    pub fn taxable(&self, gross: Decimal) -> Decimal {
        let wages = self.wage_cap.map_or(gross, |cap| gross.min(cap));
        let deduction = match &self.deduction_limit {
            Some(limit) if gross >= limit.from => limit.deduction,
            _ => self.deduction,
        };
        (wages - deduction).max(Decimal::ZERO)
    }

    /// What the layer takes from a year's wages, in the minor unit.
    pub fn tax(&self, gross: Decimal) -> Decimal {
        let taxable = self.taxable(gross);
        let scheduled = over_brackets(&self.brackets, taxable);
        let scheduled = match &self.recapture {
            Some(recapture) => recapture.tax(&self.brackets, taxable, gross, scheduled),
            None => scheduled,
        };
        let credits: Decimal = self.credits.iter().map(|c| c.at(gross)).sum();
        let surtax: Decimal = self
            .surtaxes
            .iter()
            .map(|s| s.rate * (taxable - s.over).max(Decimal::ZERO) / Decimal::ONE_HUNDRED)
            .sum();
        let tax = self
            .minor
            .round((scheduled - credits).max(Decimal::ZERO) + surtax);
        match self.max {
            Some(max) => tax.min(max),
            None => tax,
        }
    }

    /// What the layer withholds: base at its schedule, the rest at the
    /// supplemental rates; or what it is owed, without them.
    pub fn withheld(&self, base: Decimal, supplemental_wages: Decimal) -> Decimal {
        match &self.supplemental {
            Some(supplemental) => {
                self.tax(base)
                    + self
                        .minor
                        .round(over_brackets(supplemental, supplemental_wages))
            }
            None => self.tax(base + supplemental_wages),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn credit(over: Decimal, step: Decimal, reduction: Decimal) -> Credit {
        Credit {
            name: "credit".into(),
            amount: dec!(153),
            phase_out: Some(PhaseOut {
                over,
                step,
                reduction,
            }),
            until: None,
        }
    }

    #[test]
    fn a_credit_falls_by_each_started_step() {
        let ca = credit(dec!(252203), dec!(2500), dec!(6));
        assert_eq!(ca.at(dec!(252203)), dec!(153));
        // One cent over: one started step.
        assert_eq!(ca.at(dec!(252203.01)), dec!(147));
        assert_eq!(ca.at(dec!(254703)), dec!(147));
        assert_eq!(ca.at(dec!(254703.01)), dec!(141));
        // 26 steps take 156: nothing left, never less.
        assert_eq!(ca.at(dec!(317203)), dec!(0));
    }

    #[test]
    fn a_reduction_too_large_to_write_leaves_no_credit() {
        let hostile = credit(dec!(0), dec!(0.01), dec!(1000000000000000));
        assert_eq!(hostile.at(dec!(100000000000000000)), dec!(0));
    }

    #[test]
    fn a_credit_until_an_income_is_lost_above_it() {
        let or = Credit {
            name: "personal exemption credit".into(),
            amount: dec!(263),
            phase_out: None,
            until: Some(dec!(100000)),
        };
        assert_eq!(or.at(dec!(100000)), dec!(263));
        assert_eq!(or.at(dec!(100000.01)), dec!(0));
    }
}
