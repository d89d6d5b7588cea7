//! The offer's figures in the market's terms (levels.fyi convention): what
//! recurs each year, with one-time sign-on left out.

use rust_decimal::Decimal;

use super::Metric;
use crate::domain::money::Minor;
use crate::domain::offer::Offer;
use crate::domain::projection::Projection;
use crate::error::DataError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Comparable {
    /// Year-1 base.
    pub base_salary: Decimal,
    /// The target bonus percentage as written.
    pub bonus_pct: Decimal,
    /// Grants made at start, each spread evenly over its schedule years.
    pub equity_annual: Decimal,
    /// base + round(base × bonus %) + equity per year.
    pub total: Decimal,
}

impl Comparable {
    pub fn of(offer: &Offer, projection: &Projection) -> Result<Comparable, DataError> {
        let minor = Minor::of(&offer.currency);
        let base_salary = projection.rows[0].base;
        let bonus_pct = offer.bonus_target_pct;
        // Sum the exact yearly shares, then round once.
        let equity_annual = offer
            .equity
            .iter()
            .filter(|g| g.at_hire())
            .try_fold(Decimal::ZERO, |sum, g| {
                sum.checked_add(g.value / Decimal::from(g.schedule.years()))
            })
            .and_then(|amount| minor.checked(amount))
            .ok_or_else(|| DataError::new("equity", "the yearly equity overflows"))?;
        // Year-1 bonus is exactly round(base × bonus %), already computed.
        let bonus = projection.rows[0].bonus;
        let total = minor
            .sum([base_salary, bonus, equity_annual])
            .ok_or_else(|| DataError::new("base_salary", "the yearly total overflows"))?;
        Ok(Comparable {
            base_salary,
            bonus_pct,
            equity_annual,
            total,
        })
    }

    pub fn get(&self, metric: Metric) -> Decimal {
        match metric {
            Metric::BaseSalary => self.base_salary,
            Metric::BonusPct => self.bonus_pct,
            Metric::EquityAnnual => self.equity_annual,
            Metric::Total => self.total,
        }
    }
}
