//! The ask: per component, a precise figure above the offer, set by the
//! market target and the forecast within a credible step (see
//! [`super::ambition`]), with the basis it rests on as data.
//!
//! - Base, the bonus percentage and the equity grant made at start follow
//!   [`figure`]. Equity is asked as a range whose bottom is that figure and
//!   whose top is 10 % more (Ames & Mason 2015: the bottom of a range is
//!   itself the ambitious target).
//! - Sign-on (external offers, or a promotion whose offer has sign-on) for
//!   years 1 and 2 is the offered amount raised the same way, or enough to
//!   bridge a back-loaded schedule, whichever is more.
//! - An entry with only a `total` lifts the recurring package towards the
//!   target total, component by component in priority order.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use super::Situation;
use super::ambition::{ABOVE_MARKET_TOP, ABOVE_OFFER, CREDIBLE_STEP, factor};
use super::anchor::{precise_money, precise_pct};
use crate::error::DataError;
use crate::market::{Entry, Metric, Percentiles, position, value_at};
use crate::money::Minor;
use crate::offer::Offer;
use crate::projection::Projection;

/// The equity range's top, above its bottom: 10 %.
pub(super) const RANGE_WIDTH: Decimal = Decimal::from_parts(110, 0, 0, false, 2);
/// Vesting years assumed when the offer has no grant to take them from.
const DEFAULT_VESTING_YEARS: u32 = 4;

/// A part of the package that can be asked for or conceded.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, clap::ValueEnum, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Component {
    Base,
    #[value(name = "bonus")]
    BonusPct,
    Equity,
    #[value(name = "sign_on")]
    SignOn,
}

impl Component {
    /// The name `--priority` takes.
    pub fn name(self) -> &'static str {
        match self {
            Component::Base => "base",
            Component::BonusPct => "bonus",
            Component::Equity => "equity",
            Component::SignOn => "sign_on",
        }
    }
}

/// What an asked figure rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The market target (lifted by the forecast).
    MarketTarget,
    /// 10 % over the offer (lifted by the forecast): at or above the target,
    /// or no data applies.
    AboveOffer,
    /// The offer is already above the data's highest point: a modest 5 %.
    AboveMarketTop,
    /// The credible step caps it.
    CredibleStep,
    /// Sign-on that makes up for back-loaded vesting.
    Bridge,
    /// Lifted to reach above the better alternative.
    Alternative,
    /// The target total of an entry that has only totals.
    MarketTotal,
}

/// Where an ask stands in the market.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AskMarket {
    /// The ask's position among the entry's points (`p81.2`, `above p75`).
    pub position: String,
    /// The metric's value at the target (the data's highest point when the
    /// target is above it), unrounded.
    pub target_value: Decimal,
    /// The percentile that value is at.
    pub target_used: u8,
    /// The market target is above the credible step.
    pub supports_more: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ask {
    pub component: Component,
    /// Sign-on: the employment year it is paid in.
    pub year: Option<u32>,
    /// The bonus is a percentage of base, or (given as an amount) money.
    pub offered: Decimal,
    pub ask: Decimal,
    /// Equity: the top of the asked range.
    pub range_top: Option<Decimal>,
    /// What the ask adds in a year (equity: per vesting year; sign-on: in its year).
    pub extra_per_year: Decimal,
    /// `extra_per_year` as a percentage of the impact forecast, two places.
    pub forecast_share_pct: Decimal,
    pub market: Option<AskMarket>,
    pub basis: Basis,
    /// Sign-on: what an even schedule would vest more that year.
    pub bridge: Option<Decimal>,
    /// Equity: the vesting years the grant is spread over.
    pub vesting_years: Option<u32>,
}

/// What the asks are built from.
pub struct AskInputs<'a> {
    pub offer: &'a Offer,
    pub projection: &'a Projection,
    pub entry: Option<&'a Entry>,
    pub target: crate::market::Percentile,
    pub impact: Decimal,
    /// The forecast's lift, percent.
    pub lift: Decimal,
    pub situation: Situation,
    /// Most important first.
    pub priority: &'a [Component],
}

/// The market's value at `target`, or at the nearest end of the data.
pub fn target_value(points: &Percentiles, target: u8) -> (Decimal, u8) {
    let (low_p, low_v) = points.points[0];
    let (high_p, high_v) = points.points[points.points.len() - 1];
    if target >= high_p {
        (high_v, high_p)
    } else if target <= low_p {
        (low_v, low_p)
    } else {
        // Strictly inside the points, so interpolation always answers.
        (value_at(points, target).unwrap_or(high_v), target)
    }
}

impl AskInputs<'_> {
    fn points(&self, metric: Metric) -> Option<&Percentiles> {
        self.entry?
            .metrics
            .iter()
            .find(|(m, _)| *m == metric)
            .map(|(_, p)| p)
    }

    /// `extra` as a percentage of the forecast, two places, half away from zero.
    pub(super) fn share(&self, extra: Decimal) -> Result<Decimal, DataError> {
        extra
            .checked_div(self.impact)
            .and_then(|ratio| ratio.checked_mul(Decimal::ONE_HUNDRED))
            .map(|pct| pct.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
            .ok_or_else(|| DataError::new("impact", "the ask's share of the forecast overflows"))
    }

    /// The target and the highest point for `metric`, scaled (equity: per
    /// grant, so × vesting years).
    fn market(&self, metric: Metric, scale: Decimal) -> Option<Market> {
        let points = self.points(metric)?;
        let (value, used) = target_value(points, self.target.get());
        let top = points.points[points.points.len() - 1].1;
        Some(Market {
            target: value * scale,
            top: top * scale,
            target_unscaled: value,
            used,
        })
    }
}

/// A metric's target and top, in the units the component is asked in.
#[derive(Debug, Clone, Copy)]
struct Market {
    target: Decimal,
    top: Decimal,
    target_unscaled: Decimal,
    used: u8,
}

/// The unrounded figure for a component offered at `offered`: see
/// [`super::ambition`]. Returns the figure, its basis, and whether the market
/// target lies above the credible step.
fn figure(offered: Decimal, market: Option<Market>, lift: Decimal) -> (Decimal, Basis, bool) {
    let (start, basis) = match market {
        Some(m) if offered > m.top => (offered * ABOVE_MARKET_TOP, Basis::AboveMarketTop),
        Some(m) if m.target > offered * ABOVE_OFFER => (m.target, Basis::MarketTarget),
        _ => (offered * ABOVE_OFFER, Basis::AboveOffer),
    };
    let lifted = start * factor(lift);
    if offered > Decimal::ZERO {
        let cap = offered * (CREDIBLE_STEP + lift / Decimal::ONE_HUNDRED);
        if lifted > cap {
            let supports_more = market.is_some_and(|m| m.target * factor(lift) > cap);
            return (cap, Basis::CredibleStep, supports_more);
        }
    }
    (lifted, basis, false)
}

fn overflow(what: &str) -> DataError {
    DataError::new(what, "the asked figure overflows")
}

/// Builds every ask the offer and the data support.
pub fn asks(inputs: &AskInputs) -> Result<Vec<Ask>, DataError> {
    let mut asks = vec![base(inputs)?];
    asks.extend(bonus(inputs)?);
    asks.extend(equity(inputs)?);
    let grant_ask = asks
        .iter()
        .find(|a| a.component == Component::Equity)
        .map(|a| a.ask);
    let with_sign_on = match inputs.situation {
        Situation::External => true,
        Situation::Promotion => inputs.offer.sign_on.iter().any(|s| !s.is_zero()),
    };
    if with_sign_on {
        asks.extend(sign_on(inputs, grant_ask)?);
    }
    Ok(asks)
}

fn market_of(
    market: Option<Market>,
    ask_in_metric: Decimal,
    points: Option<&Percentiles>,
    supports_more: bool,
) -> Option<AskMarket> {
    let (m, points) = (market?, points?);
    Some(AskMarket {
        position: position(points, ask_in_metric).label(),
        target_value: m.target_unscaled,
        target_used: m.used,
        supports_more,
    })
}

fn base(inputs: &AskInputs) -> Result<Ask, DataError> {
    let offered = inputs.projection.rows[0].base;
    let market = inputs.market(Metric::BaseSalary, Decimal::ONE);
    let (wanted, basis, more) = figure(offered, market, inputs.lift);
    let ask = precise_money(wanted).ok_or_else(|| overflow("base_salary"))?;
    let extra = ask - offered;
    Ok(Ask {
        component: Component::Base,
        year: None,
        offered,
        ask,
        range_top: None,
        extra_per_year: extra,
        forecast_share_pct: inputs.share(extra)?,
        market: market_of(market, ask, inputs.points(Metric::BaseSalary), more),
        basis,
        bridge: None,
        vesting_years: None,
    })
}

/// The bonus, as a percentage of base or, given as an amount, as an amount:
/// the market's percentage is then read on the offered base.
fn bonus(inputs: &AskInputs) -> Result<Option<Ask>, DataError> {
    let base = inputs.projection.rows[0].base;
    let (offered, scale) = match inputs.offer.bonus_amount {
        Some(amount) => (amount, base / Decimal::ONE_HUNDRED),
        None => (inputs.offer.bonus_target_pct, Decimal::ONE),
    };
    let market = inputs.market(Metric::BonusPct, scale);
    if offered.is_zero() && market.is_none() {
        return Ok(None);
    }
    let (wanted, basis, more) = figure(offered, market, inputs.lift);
    // The ask, the cash it adds a year, and the percentage the market places.
    let (ask, extra, as_pct) = if inputs.offer.bonus_amount.is_some() {
        let ask = precise_money(wanted).ok_or_else(|| overflow("bonus_target"))?;
        (ask, ask - offered, ask * Decimal::ONE_HUNDRED / base)
    } else {
        let ask = precise_pct(wanted);
        let extra = base
            .checked_mul(ask - offered)
            .map(|cash| Minor::of(&inputs.offer.currency).round(cash / Decimal::ONE_HUNDRED))
            .ok_or_else(|| overflow("bonus_target_pct"))?;
        (ask, extra, ask)
    };
    Ok(Some(Ask {
        component: Component::BonusPct,
        year: None,
        offered,
        ask,
        range_top: None,
        extra_per_year: extra,
        forecast_share_pct: inputs.share(extra)?,
        market: market_of(market, as_pct, inputs.points(Metric::BonusPct), more),
        basis,
        bridge: None,
        vesting_years: None,
    }))
}

/// The grants made at start and the vesting years to spread them over.
pub fn start_grants(offer: &Offer) -> (Decimal, u32) {
    let value = offer
        .equity
        .iter()
        .filter(|g| g.at_hire())
        .map(|g| g.value)
        .sum();
    let years = offer
        .equity
        .iter()
        .find(|g| g.at_hire())
        .map_or(DEFAULT_VESTING_YEARS, |g| g.schedule.years());
    (value, years)
}

fn equity(inputs: &AskInputs) -> Result<Option<Ask>, DataError> {
    let (offered, years) = start_grants(inputs.offer);
    let years_dec = Decimal::from(years);
    let market = inputs.market(Metric::EquityAnnual, years_dec);
    if offered.is_zero() && market.is_none() {
        return Ok(None);
    }
    let (wanted, basis, more) = figure(offered, market, inputs.lift);
    let bottom = precise_money(wanted).ok_or_else(|| overflow("equity"))?;
    let top = bottom
        .checked_mul(RANGE_WIDTH)
        .and_then(precise_money)
        .ok_or_else(|| overflow("equity"))?;
    let minor = Minor::of(&inputs.offer.currency);
    let extra = minor.round((bottom - offered) / years_dec);
    Ok(Some(Ask {
        component: Component::Equity,
        year: None,
        offered,
        ask: bottom,
        range_top: Some(top),
        extra_per_year: extra,
        forecast_share_pct: inputs.share(extra)?,
        market: market_of(
            market,
            minor.round(bottom / years_dec),
            inputs.points(Metric::EquityAnnual),
            more,
        ),
        basis,
        bridge: None,
        vesting_years: Some(years),
    }))
}

/// Sign-on for years 1 and 2: the offered amount raised like any other
/// component, or enough to bridge a back-loaded schedule (what an even
/// schedule would vest more), whichever is more.
fn sign_on(inputs: &AskInputs, grant_ask: Option<Decimal>) -> Result<Vec<Ask>, DataError> {
    let schedule = inputs
        .offer
        .equity
        .iter()
        .find(|g| g.at_hire())
        .map(|g| &g.schedule);
    let mut asks = Vec::new();
    for year in 1..=2u32.min(inputs.offer.years) {
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
                Minor::of(&inputs.offer.currency).round(grant * shortfall / Decimal::ONE_HUNDRED)
            }
            _ => Decimal::ZERO,
        };
        let (raised, basis, _) = figure(offered, None, inputs.lift);
        let (wanted, basis) = if bridge > raised {
            (bridge, Basis::Bridge)
        } else {
            (raised, basis)
        };
        if wanted.is_zero() {
            continue;
        }
        let ask = precise_money(wanted).ok_or_else(|| overflow("sign_on"))?;
        let extra = ask - offered;
        asks.push(Ask {
            component: Component::SignOn,
            year: Some(year),
            offered,
            ask,
            range_top: None,
            extra_per_year: extra,
            forecast_share_pct: inputs.share(extra)?,
            market: None,
            basis,
            bridge: (basis == Basis::Bridge).then_some(bridge),
            vesting_years: None,
        });
    }
    Ok(asks)
}

/// The offer with every ask granted: what the ask is worth through the projection.
pub fn asked_offer(offer: &Offer, asks: &[Ask]) -> Offer {
    let mut asked = offer.clone();
    for ask in asks {
        set(&mut asked, ask.component, ask.year, ask.ask);
    }
    asked
}

/// Sets one component of `offer` to `value`. Equity is the total granted at
/// start: the first start grant moves by the difference.
pub fn set(offer: &mut Offer, component: Component, year: Option<u32>, value: Decimal) {
    match component {
        Component::Base => offer.base_salary = value,
        // A bonus given as an amount stays an amount.
        Component::BonusPct => match offer.bonus_amount {
            Some(_) => {
                offer.bonus_amount = Some(value);
                offer.bonus_target_pct = (value * Decimal::ONE_HUNDRED / offer.base_salary)
                    .round_dp_with_strategy(
                        6,
                        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                    );
            }
            None => offer.bonus_target_pct = value,
        },
        Component::Equity => {
            let current = start_grants(offer).0;
            match offer.equity.iter_mut().find(|g| g.at_hire()) {
                Some(grant) => grant.value += value - current,
                None => offer
                    .equity
                    .push(crate::vesting::Grant::default_at_hire(value)),
            }
            offer.equity.retain(|g| g.value > Decimal::ZERO);
        }
        Component::SignOn => {
            let index = year.unwrap_or(1) as usize - 1;
            if offer.sign_on.len() <= index {
                offer.sign_on.resize(index + 1, Decimal::new(0, 2));
            }
            offer.sign_on[index] = value;
        }
    }
}
