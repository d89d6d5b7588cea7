//! Market data as it mostly comes: totals by company, role and location, no
//! components. When the entry that applies has only a `total`, the package's
//! yearly total (base + bonus + equity per vesting year, as the market counts
//! it) is lifted towards the target total like any other figure (see
//! [`super::ambition`]), and the extra is spread over the recurring
//! components in priority order, each within its own credible step.

use rust_decimal::Decimal;

use super::ambition::{CREDIBLE_STEP, factor};
use super::anchor::{precise_money, precise_pct};
use super::ask::{Ask, AskInputs, Basis, Component, target_value};
use crate::error::DataError;
use crate::market::{Metric, position};
use crate::money::Minor;

/// Where the package's yearly total stands against an entry of totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotalMarket {
    /// The offer's yearly total, as the market counts it.
    pub offered: Decimal,
    pub offered_position: String,
    /// The total the ask aimed for (capped at the credible step).
    pub wanted: Decimal,
    /// The package's yearly total with every ask granted.
    pub asked: Decimal,
    pub asked_position: String,
    pub target_value: Decimal,
    pub target_used: u8,
    /// The market target is above the credible step.
    pub supports_more: bool,
}

/// The recurring figures an ask list holds: base, bonus (a percentage, or
/// an amount for a bonus given as one), start grant.
struct Package {
    base: Decimal,
    bonus: Decimal,
    bonus_is_amount: bool,
    grant: Decimal,
    years: u32,
    /// The currency's minor unit: what the cash figures are rounded to.
    minor: Minor,
}

impl Package {
    fn of(inputs: &AskInputs, asks: &[Ask]) -> Package {
        let find = |c| asks.iter().find(|a| a.component == c);
        let (offered_grant, years) = super::ask::start_grants(inputs.offer);
        let offered_bonus = inputs
            .offer
            .bonus_amount
            .unwrap_or(inputs.offer.bonus_target_pct);
        Package {
            base: find(Component::Base).map_or(inputs.projection.rows[0].base, |a| a.ask),
            bonus: find(Component::BonusPct).map_or(offered_bonus, |a| a.ask),
            bonus_is_amount: inputs.offer.bonus_amount.is_some(),
            grant: find(Component::Equity).map_or(offered_grant, |a| a.ask),
            years,
            minor: Minor::of(&inputs.offer.currency),
        }
    }

    fn bonus_cash(&self) -> Decimal {
        if self.bonus_is_amount {
            self.bonus
        } else {
            self.minor
                .round(self.base * self.bonus / Decimal::ONE_HUNDRED)
        }
    }

    /// The yearly total as the market counts it.
    fn total(&self) -> Decimal {
        self.base + self.bonus_cash() + self.minor.round(self.grant / Decimal::from(self.years))
    }
}

/// Lifts the asks towards the entry's target total when the entry has only
/// totals; returns where the totals stand, or `None` when it does not apply.
pub fn lift_to_total(
    inputs: &AskInputs,
    asks: &mut [Ask],
) -> Result<Option<TotalMarket>, DataError> {
    let Some(entry) = inputs.entry else {
        return Ok(None);
    };
    let has = |metric| entry.metrics.iter().any(|(m, _)| *m == metric);
    if has(Metric::BaseSalary) || has(Metric::BonusPct) || has(Metric::EquityAnnual) {
        return Ok(None);
    }
    let Some((_, points)) = entry.metrics.iter().find(|(m, _)| *m == Metric::Total) else {
        return Ok(None);
    };
    let (target, used) = target_value(points, inputs.target.get());
    let top = points.points[points.points.len() - 1].1;
    let offered = Package::of(inputs, &[]).total();
    let lift = factor(inputs.lift);
    let step = CREDIBLE_STEP + inputs.lift / Decimal::ONE_HUNDRED;
    let cap = offered * step;
    let aimed = if offered > top {
        offered
    } else {
        target.max(offered)
    } * lift;
    let wanted = aimed.min(cap);
    for component in inputs.priority {
        let package = Package::of(inputs, asks);
        let remaining = wanted - package.total();
        if remaining <= Decimal::ZERO {
            break;
        }
        let Some(ask) = asks.iter_mut().find(|a| a.component == *component) else {
            continue;
        };
        if ask.offered.is_zero() {
            continue;
        }
        let ceiling = ask.offered * step;
        let raised = match component {
            Component::Base => {
                // A bonus percentage follows the base; an amount does not.
                let per_unit = if package.bonus_is_amount {
                    Decimal::ONE
                } else {
                    Decimal::ONE + package.bonus / Decimal::ONE_HUNDRED
                };
                precise_money((ask.ask + remaining / per_unit).min(ceiling))
            }
            Component::BonusPct if package.bonus_is_amount => {
                precise_money((ask.ask + remaining).min(ceiling))
            }
            Component::BonusPct if package.base > Decimal::ZERO => Some(precise_pct(
                (ask.ask + remaining * Decimal::ONE_HUNDRED / package.base).min(ceiling),
            )),
            Component::Equity => {
                precise_money((ask.ask + remaining * Decimal::from(package.years)).min(ceiling))
            }
            _ => continue,
        }
        .ok_or_else(|| DataError::new("base_salary", "the asked figure overflows"))?;
        if raised > ask.ask {
            raise(ask, raised, &package, inputs)?;
        }
    }
    let asked = Package::of(inputs, asks).total();
    Ok(Some(TotalMarket {
        offered,
        offered_position: position(points, offered).label(),
        wanted,
        asked,
        asked_position: position(points, asked).label(),
        target_value: target,
        target_used: used,
        supports_more: target * lift > cap,
    }))
}

/// Moves one ask up to `raised`, keeping its yearly extra and share exact.
fn raise(
    ask: &mut Ask,
    raised: Decimal,
    package: &Package,
    inputs: &AskInputs,
) -> Result<(), DataError> {
    ask.ask = raised;
    ask.basis = Basis::MarketTotal;
    ask.extra_per_year = match ask.component {
        Component::BonusPct if package.bonus_is_amount => raised - ask.offered,
        Component::BonusPct => package
            .minor
            .round(package.base * (raised - ask.offered) / Decimal::ONE_HUNDRED),
        Component::Equity => {
            ask.range_top = precise_money(raised * super::ask::RANGE_WIDTH);
            package
                .minor
                .round((raised - ask.offered) / Decimal::from(package.years))
        }
        _ => raised - ask.offered,
    };
    ask.forecast_share_pct = inputs.share(ask.extra_per_year)?;
    Ok(())
}
