//! The ask: per component, a precise figure at or above the market target and
//! above the offer, with the reason it can be defended.
//!
//! The rules, in order:
//! 1. Start 10 % above the offer (the low end of the 10–20 % that
//!    counteroffers typically ask; further than the data defends backfires).
//! 2. Raise it to the market target (`--target`, default p75) if that is higher.
//! 3. With no benchmark, ask 15 % above the offer (the middle of the range)
//!    and let the forecast carry the argument.
//! 4. Nudge the figure up to a precise anchor (see [`super::precise`]).
//! 5. Equity is a range whose bottom is that figure and whose top is 10 %
//!    more; sign-on bridges back-loaded vesting in years 1 and 2.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use super::precise::{precise_money, precise_pct};
use crate::error::DataError;
use crate::market::{Entry, Metric, position, value_at};
use crate::money::{display, round_cents};
use crate::offer::Offer;
use crate::projection::Projection;

/// Floor of the ask above the offer with market data: 10 %.
const AMBITION_WITH_MARKET: Decimal = Decimal::from_parts(110, 0, 0, false, 2);
/// The ask above the offer without market data: 15 %.
const AMBITION_WITHOUT_MARKET: Decimal = Decimal::from_parts(115, 0, 0, false, 2);
/// The equity range's top, above its bottom: 10 %.
const RANGE_WIDTH: Decimal = Decimal::from_parts(110, 0, 0, false, 2);
/// Vesting years assumed when the offer has no grant to take them from.
const DEFAULT_VESTING_YEARS: u32 = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Component {
    Base,
    BonusPct,
    Equity,
    SignOn,
}

/// Where an ask stands in the market.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AskMarket {
    /// The ask's position among the entry's points (`p81.2`, `above p75`).
    pub position: String,
    /// The metric's value at the target percentile, if inside the points.
    pub target_value: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ask {
    pub component: Component,
    /// Sign-on: the employment year it is paid in.
    pub year: Option<u32>,
    pub offered: Decimal,
    pub ask: Decimal,
    /// Equity: the top of the asked range.
    pub range_top: Option<Decimal>,
    /// What the ask adds in a year (equity: per vesting year; sign-on: in its year).
    pub extra_per_year: Decimal,
    /// `extra_per_year` as a percentage of the impact forecast, two places.
    pub forecast_share_pct: Decimal,
    pub market: Option<AskMarket>,
    pub reason: String,
}

/// What the asks are built from.
pub struct AskInputs<'a> {
    pub offer: &'a Offer,
    pub projection: &'a Projection,
    pub entry: Option<&'a Entry>,
    pub target: u8,
    pub impact: Decimal,
}

impl AskInputs<'_> {
    fn points(&self, metric: Metric) -> Option<&crate::market::Percentiles> {
        self.entry?
            .metrics
            .iter()
            .find(|(m, _)| *m == metric)
            .map(|(_, p)| p)
    }

    fn money(&self, amount: Decimal) -> String {
        display(amount, &self.offer.currency)
    }

    /// `extra` as a percentage of the forecast, two places, half away from zero.
    fn share(&self, extra: Decimal) -> Result<Decimal, DataError> {
        extra
            .checked_div(self.impact)
            .and_then(|ratio| ratio.checked_mul(Decimal::ONE_HUNDRED))
            .map(|pct| pct.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
            .ok_or_else(|| DataError::new("--impact", "the ask's share of the forecast overflows"))
    }

    /// "the extra $18,025.00 a year is 0.15 % of the $12,000,000.00 forecast".
    fn forecast_clause(&self, extra: Decimal, per: &str) -> Result<String, DataError> {
        let share = self.share(extra)?;
        let share = if share.is_zero() && extra > Decimal::ZERO {
            "less than 0.01%".to_owned()
        } else {
            format!("{share}%")
        };
        Ok(format!(
            "the extra {}{per} is {share} of the {} forecast",
            self.money(extra),
            self.money(self.impact)
        ))
    }

    fn market_clause(
        &self,
        metric: Metric,
        ask: Decimal,
        unit: &dyn Fn(Decimal) -> String,
    ) -> (Option<AskMarket>, String) {
        let (Some(points), Some(entry)) = (self.points(metric), self.entry) else {
            return (
                None,
                "no benchmark applies, so the offer and the forecast carry it".into(),
            );
        };
        let target_value = value_at(points, self.target);
        let at = position(points, ask).label();
        let target_text = match target_value {
            Some(t) => format!("your p{} target is {}", self.target, unit(t)),
            None => format!("the data has no p{}", self.target),
        };
        (
            Some(AskMarket {
                position: at.clone(),
                target_value,
            }),
            format!(
                "sits {} of `{}` ({target_text})",
                if at.starts_with('p') {
                    format!("at {at}")
                } else {
                    at.clone()
                },
                entry.id
            ),
        )
    }
}

/// Builds every ask the offer and the data support.
pub fn asks(inputs: &AskInputs) -> Result<Vec<Ask>, DataError> {
    let mut asks = vec![base(inputs)?];
    asks.extend(bonus(inputs)?);
    let equity = equity(inputs)?;
    let grant_ask = equity.as_ref().map(|a| a.ask);
    asks.extend(equity);
    asks.extend(sign_on(inputs, grant_ask)?);
    Ok(asks)
}

fn overflow(what: &str) -> DataError {
    DataError::new(what, "the asked figure overflows")
}

/// Ambitious figure for an offered value and an optional market target.
fn ambitious(offered: Decimal, target: Option<Decimal>) -> Option<Decimal> {
    match target {
        Some(t) => Some(offered.checked_mul(AMBITION_WITH_MARKET)?.max(t)),
        None => offered.checked_mul(AMBITION_WITHOUT_MARKET),
    }
}

fn above_offer(ask: Decimal, offered: Decimal) -> String {
    let pct = (ask - offered)
        .checked_div(offered)
        .and_then(|ratio| ratio.checked_mul(Decimal::ONE_HUNDRED))
        .map(|pct| pct.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero));
    match pct {
        _ if offered.is_zero() => "nothing is offered yet".to_owned(),
        Some(pct) => format!("{pct}% above the offered figure"),
        None => "far above the offered figure".to_owned(),
    }
}

fn base(inputs: &AskInputs) -> Result<Ask, DataError> {
    let offered = inputs.projection.rows[0].base;
    let target = inputs
        .points(Metric::BaseSalary)
        .and_then(|p| value_at(p, inputs.target));
    let ask = ambitious(offered, target)
        .and_then(precise_money)
        .ok_or_else(|| overflow("base_salary"))?;
    let extra = ask - offered;
    let (market, market_text) =
        inputs.market_clause(Metric::BaseSalary, ask, &|v| inputs.money(round_cents(v)));
    Ok(Ask {
        component: Component::Base,
        year: None,
        offered,
        ask,
        range_top: None,
        extra_per_year: extra,
        forecast_share_pct: inputs.share(extra)?,
        market,
        reason: format!(
            "{market_text}; {}; {}.",
            above_offer(ask, offered),
            inputs.forecast_clause(extra, " a year")?
        ),
    })
}

fn bonus(inputs: &AskInputs) -> Result<Option<Ask>, DataError> {
    let offered = inputs.offer.bonus_target_pct;
    let target = inputs
        .points(Metric::BonusPct)
        .and_then(|p| value_at(p, inputs.target));
    if offered.is_zero() && target.is_none() {
        return Ok(None);
    }
    let ask = precise_pct(ambitious(offered, target).ok_or_else(|| overflow("bonus_target_pct"))?);
    let base = inputs.projection.rows[0].base;
    // The cash the extra points add on the offered base.
    let extra = base
        .checked_mul(ask - offered)
        .map(|cash| round_cents(cash / Decimal::ONE_HUNDRED))
        .ok_or_else(|| overflow("bonus_target_pct"))?;
    let (market, market_text) =
        inputs.market_clause(Metric::BonusPct, ask, &|v| format!("{}%", v.normalize()));
    Ok(Some(Ask {
        component: Component::BonusPct,
        year: None,
        offered,
        ask,
        range_top: None,
        extra_per_year: extra,
        forecast_share_pct: inputs.share(extra)?,
        market,
        reason: format!(
            "{market_text}; {} points above the offered {}%; {}.",
            (ask - offered).normalize(),
            offered.normalize(),
            inputs.forecast_clause(extra, " a year")?
        ),
    }))
}

/// The grants made at start and the vesting years to spread them over.
fn start_grants(offer: &Offer) -> (Decimal, u32) {
    let value = offer
        .equity
        .iter()
        .filter(|g| g.grant_year == 1)
        .map(|g| g.value)
        .sum();
    let years = offer
        .equity
        .iter()
        .find(|g| g.grant_year == 1)
        .map_or(DEFAULT_VESTING_YEARS, |g| g.schedule.years());
    (value, years)
}

fn equity(inputs: &AskInputs) -> Result<Option<Ask>, DataError> {
    let (offered, years) = start_grants(inputs.offer);
    let years_dec = Decimal::from(years);
    let target = inputs
        .points(Metric::EquityAnnual)
        .and_then(|p| value_at(p, inputs.target))
        .map(|annual| {
            annual
                .checked_mul(years_dec)
                .ok_or_else(|| overflow("equity"))
        })
        .transpose()?;
    if offered.is_zero() && target.is_none() {
        return Ok(None);
    }
    let bottom = ambitious(offered, target)
        .and_then(precise_money)
        .ok_or_else(|| overflow("equity"))?;
    let top = bottom
        .checked_mul(RANGE_WIDTH)
        .and_then(precise_money)
        .ok_or_else(|| overflow("equity"))?;
    let extra = round_cents((bottom - offered) / years_dec);
    let (market, market_text) = inputs.market_clause(
        Metric::EquityAnnual,
        round_cents(bottom / years_dec),
        &|v| format!("{} a year", inputs.money(round_cents(v))),
    );
    Ok(Some(Ask {
        component: Component::Equity,
        year: None,
        offered,
        ask: bottom,
        range_top: Some(top),
        extra_per_year: extra,
        forecast_share_pct: inputs.share(extra)?,
        market,
        reason: format!(
            "{} a year over {years} years {market_text}; the bottom of the range is the ambitious target itself; {}; {}.",
            inputs.money(round_cents(bottom / years_dec)),
            above_offer(bottom, offered),
            inputs.forecast_clause(extra, " a vesting year")?
        ),
    }))
}

/// Sign-on for years 1 and 2: at least 10 % above what is offered, and enough
/// to bridge a back-loaded schedule (what an even schedule would vest more).
fn sign_on(inputs: &AskInputs, grant_ask: Option<Decimal>) -> Result<Vec<Ask>, DataError> {
    let schedule = inputs
        .offer
        .equity
        .iter()
        .find(|g| g.grant_year == 1)
        .map(|g| &g.schedule);
    let mut asks = Vec::new();
    for year in 1..=2u32 {
        let offered = inputs
            .offer
            .sign_on
            .get(year as usize - 1)
            .copied()
            .unwrap_or_default();
        let bridge = match (schedule, grant_ask) {
            (Some(schedule), Some(grant)) => {
                let even = Decimal::ONE_HUNDRED / Decimal::from(schedule.years());
                let actual = schedule
                    .yearly_pct
                    .get(year as usize - 1)
                    .copied()
                    .unwrap_or_default();
                let shortfall = (even - actual).max(Decimal::ZERO);
                grant
                    .checked_mul(shortfall)
                    .map(|v| round_cents(v / Decimal::ONE_HUNDRED))
                    .ok_or_else(|| overflow("sign_on"))?
            }
            _ => Decimal::ZERO,
        };
        let raised = offered
            .checked_mul(AMBITION_WITH_MARKET)
            .ok_or_else(|| overflow("sign_on"))?;
        let wanted = raised.max(bridge);
        if wanted.is_zero() {
            continue;
        }
        let ask = precise_money(wanted).ok_or_else(|| overflow("sign_on"))?;
        let extra = ask - offered;
        let why = if bridge > raised {
            format!(
                "bridges the back-loaded vesting: an even schedule would vest {} more in year {year}",
                inputs.money(bridge)
            )
        } else {
            above_offer(ask, offered)
        };
        asks.push(Ask {
            component: Component::SignOn,
            year: Some(year),
            offered,
            ask,
            range_top: None,
            extra_per_year: extra,
            forecast_share_pct: inputs.share(extra)?,
            market: None,
            reason: format!(
                "{why}; a one-time payment, so it never touches recurring pay; {}.",
                inputs.forecast_clause(extra, &format!(" in year {year}"))?
            ),
        });
    }
    Ok(asks)
}

/// The offer with every ask granted: what the ask is worth through the projection.
pub fn asked_offer(offer: &Offer, asks: &[Ask]) -> Offer {
    let mut asked = offer.clone();
    for ask in asks {
        match ask.component {
            Component::Base => asked.base_salary = ask.ask,
            Component::BonusPct => asked.bonus_target_pct = ask.ask,
            Component::Equity => {
                let extra = ask.ask - ask.offered;
                match asked.equity.iter_mut().find(|g| g.grant_year == 1) {
                    Some(grant) => grant.value += extra,
                    None => asked.equity.push(crate::vesting::Grant {
                        value: ask.ask,
                        schedule: crate::vesting::Schedule::preset(crate::vesting::Preset::Even),
                        frequency: crate::vesting::Frequency::Annual,
                        cliff_months: 12,
                        grant_year: 1,
                    }),
                }
            }
            Component::SignOn => {
                let index = ask.year.unwrap_or(1) as usize - 1;
                if asked.sign_on.len() <= index {
                    asked.sign_on.resize(index + 1, Decimal::new(0, 2));
                }
                asked.sign_on[index] = ask.ask;
            }
        }
    }
    asked
}
