//! The ask: per component, a figure above the offer, sized by the rules of
//! [`super::sizing`] and the situation.
//!
//! - **External, below the market's target (or no data):** the annualized
//!   total is asked 10–20 % over the offer (the target total inside that
//!   band; 12 % without data). Base rises by three quarters of that
//!   percentage, at most 12 %; equity by the same percentage, at most 25 %;
//!   the bonus percentage only when below the entry's p50 (to its largest
//!   whole point at or below it); sign-on takes the rest, at least the
//!   make-whole, at most make-whole + 20 % of the offered base.
//! - **External, at or above the target:** 4–8 % over (6 %; 4 % above the
//!   data's top), mostly sign-on: base by half the percentage, at most 5 %.
//! - **Promotion:** base up to the band (the entry's highest base point, at
//!   most 8 % over; 5 % without data); equity as a precise range, bottom at
//!   least 10 % over, top at most max(30 % over, the target grant) and never
//!   above 50 %; no sign-on unless offered, never the bonus percentage.
//! - The forecast's lift adds inside the band and stops at its top.
//! - Nothing the offer lacks is asked for (sign-on aside, externally).

use rust_decimal::Decimal;
use serde::Serialize;

use super::Situation;
use super::sizing::{
    self, Position, annualized, at_target, bonus_pct, down_to, factor, metric, opening, pct_of,
    recurring, top,
};
use crate::domain::market::{Entry, Metric, position};
use crate::domain::offer::Offer;
use crate::error::DataError;

/// Vesting years assumed when the offer has no grant to take them from.
const DEFAULT_VESTING_YEARS: u32 = 4;

/// A part of the package that can be asked for or conceded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Component {
    Base,
    BonusPct,
    Equity,
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
    /// Its share of an ask sized against the market's target total.
    MarketTarget,
    /// Its share of an ask sized from the offer alone (no data applies).
    AboveOffer,
    /// A modest step over an offer at or above the market's target.
    StrongOffer,
    /// The most the rule allows for this component (a cap).
    Cap,
    /// The bonus percentage raised to the entry's median.
    MarketMedian,
    /// Sign-on: what is left of the ask once the recurring parts are capped.
    Remainder,
    /// Sign-on: covers what leaving the current employer forfeits.
    MakeWhole,
    /// Lifted so the ask stands 4 % above a floor set by an alternative or walk-away.
    Floor,
}

/// Where an ask stands in the market.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AskMarket {
    /// The ask's position among the entry's points (`p81.2`, `above p75`).
    pub position: String,
    /// The metric's value at the target, unrounded.
    pub target_value: Decimal,
    /// The ask is at or below the data's highest point.
    pub within_data: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ask {
    pub component: Component,
    /// Sign-on: the employment year it is paid in.
    pub year: Option<u32>,
    /// The bonus is a percentage of base, or (given as an amount) money.
    pub offered: Decimal,
    pub ask: Decimal,
    /// Equity in a promotion: the top of the asked range.
    pub range_top: Option<Decimal>,
    /// What the ask adds to the annualized total.
    pub extra_per_year: Decimal,
    pub market: Option<AskMarket>,
    pub basis: Basis,
    /// Equity: the vesting years the grant is spread over.
    pub vesting_years: Option<u32>,
}

/// What the asks are built from.
pub struct AskInputs<'a> {
    pub offer: &'a Offer,
    pub entry: Option<&'a Entry>,
    pub target: crate::domain::market::Percentile,
    /// The forecast's lift, percent of the offer's annualized total.
    pub lift: Decimal,
    pub situation: Situation,
    /// What leaving the current employer forfeits (external, `--current`).
    pub make_whole: Decimal,
    /// The annualized floor, when an alternative or walk-away sets it.
    pub floor: Option<Decimal>,
}

/// The asks and the sizing facts they came from.
#[derive(Debug, Clone)]
pub struct Asked {
    pub asks: Vec<Ask>,
    pub position: Position,
    pub target_total: Option<Decimal>,
    /// Caps lifted so the ask stands 4 % above the floor.
    pub lifted: Vec<Component>,
    /// The floor + 4 % is out of reach even with the caps lifted.
    pub unreachable: bool,
}

/// The caps of one situation and position, as multiples of the offer.
struct Caps {
    base: Decimal,
    equity: Decimal,
    sign_on: Decimal,
}

fn overflow(what: &str) -> DataError {
    DataError::new(what, "the asked figure overflows")
}

/// The grants made at start and the vesting years of the first.
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
        .map_or(DEFAULT_VESTING_YEARS, |g| g.schedule.years().max(1));
    (value, years)
}

/// How much one unit of `component` adds to the annualized total.
pub fn weight(offer: &Offer, component: Component) -> Decimal {
    match component {
        // A bonus (as a percentage or an amount) follows the base.
        Component::Base => Decimal::ONE + bonus_pct(offer) / Decimal::ONE_HUNDRED,
        Component::BonusPct if offer.bonus_amount.is_some() => Decimal::ONE,
        Component::BonusPct => offer.base_salary / Decimal::ONE_HUNDRED,
        Component::Equity => Decimal::ONE / Decimal::from(start_grants(offer).1),
        Component::SignOn => Decimal::ONE,
    }
}

/// Builds every ask the rules allow.
pub fn asks(inputs: &AskInputs) -> Result<Asked, DataError> {
    let offer = inputs.offer;
    let offered_total = annualized(offer);
    let totals = sizing::entry_total(inputs.entry, inputs.target.get());
    let position = sizing::position(offered_total, totals);
    let target_total = totals.map(|t| t.0);
    let (_, band_top, start) =
        sizing::band(inputs.situation, position, offered_total, target_total);
    let lifted_start = start + pct_of(offered_total, inputs.lift);
    let wanted_total = lifted_start.min(band_top);
    let mut asks = match inputs.situation {
        Situation::External => external(
            inputs,
            position,
            Band {
                offered: offered_total,
                wanted: wanted_total,
                top: band_top,
            },
        )?,
        Situation::Promotion => promotion(inputs)?,
    };
    let (mut lifted, mut unreachable) = (Vec::new(), false);
    if let Some(floor) = inputs.floor {
        let caps = caps(inputs, position);
        (lifted, unreachable) = lift_to_floor(inputs, &caps, &mut asks, floor * factor(4))?;
    }
    for ask in &mut asks {
        ask.extra_per_year = extra_per_year(offer, ask);
        ask.market = market_of(inputs, ask);
    }
    Ok(Asked {
        asks,
        position,
        target_total,
        lifted,
        unreachable,
    })
}

fn caps(inputs: &AskInputs, position: Position) -> Caps {
    if inputs.situation == Situation::Promotion {
        return promotion_caps(inputs);
    }
    let (base, equity) = match position {
        Position::NoData | Position::BelowTarget => (factor(12), factor(25)),
        _ => (factor(5), Decimal::ONE),
    };
    let offer = inputs.offer;
    let sign_on = inputs.make_whole + pct_of(offer.base_salary, Decimal::from(20));
    let (grant, years) = start_grants(offer);
    // Never above the data's highest point, where the offer is not already.
    let base_cap = match metric(inputs.entry, Metric::BaseSalary) {
        Some(points) => (offer.base_salary * base).min(top(points).max(offer.base_salary)),
        None => offer.base_salary * base,
    };
    let equity_cap = match metric(inputs.entry, Metric::EquityAnnual) {
        Some(points) => (grant * equity).min((top(points) * Decimal::from(years)).max(grant)),
        None => grant * equity,
    };
    Caps {
        base: base_cap,
        equity: equity_cap,
        sign_on,
    }
}

/// A promotion's caps: the band for base, the equity range's top, and
/// sign-on only as offered.
fn promotion_caps(inputs: &AskInputs) -> Caps {
    let offer = inputs.offer;
    let base = offer.base_salary;
    let (grant, years) = start_grants(offer);
    let base_cap = match metric(inputs.entry, Metric::BaseSalary) {
        Some(points) => base.max(top(points).min(base * factor(8))),
        None => base * factor(5),
    };
    let target_grant = metric(inputs.entry, Metric::EquityAnnual)
        .map(|p| at_target(p, inputs.target.get()) * Decimal::from(years));
    let equity_cap = (grant * factor(30))
        .max(target_grant.unwrap_or_default())
        .min(grant * factor(50));
    Caps {
        base: base_cap,
        equity: equity_cap,
        sign_on: offer.sign_on.first().copied().unwrap_or_default(),
    }
}

fn ask(component: Component, offered: Decimal, ask: Decimal, basis: Basis) -> Ask {
    Ask {
        component,
        year: (component == Component::SignOn).then_some(1),
        offered,
        ask,
        range_top: None,
        extra_per_year: Decimal::ZERO,
        market: None,
        basis,
        vesting_years: None,
    }
}

/// The yearly totals an external ask is sized between.
struct Band {
    offered: Decimal,
    /// The start plus the forecast's lift, at most `top`.
    wanted: Decimal,
    top: Decimal,
}

fn external(inputs: &AskInputs, position: Position, band: Band) -> Result<Vec<Ask>, DataError> {
    let Band {
        offered: offered_total,
        wanted: wanted_total,
        top: band_top,
    } = band;
    let offer = inputs.offer;
    let caps = caps(inputs, position);
    let rise = if offered_total.is_zero() {
        Decimal::ZERO
    } else {
        wanted_total / offered_total - Decimal::ONE
    };
    let strong = matches!(position, Position::AtOrAboveTarget | Position::AboveTop);
    let basis = match position {
        Position::NoData => Basis::AboveOffer,
        Position::BelowTarget => Basis::MarketTarget,
        _ => Basis::StrongOffer,
    };
    let (base_rise, equity_rise) = if strong {
        (rise / Decimal::TWO, Decimal::ZERO)
    } else {
        (rise * Decimal::new(75, 2), rise)
    };
    let mut asks = Vec::new();
    let base = offer.base_salary;
    let base_ask = opening(base * (Decimal::ONE + base_rise), caps.base);
    if base_ask > base {
        let at_cap = base_ask >= down_to(caps.base, Decimal::ONE);
        asks.push(ask(
            Component::Base,
            base,
            base_ask,
            if at_cap { Basis::Cap } else { basis },
        ));
    }
    // The bonus percentage moves only for an offer below the market's
    // target, and only where the move keeps the ask inside its band.
    if !strong && let Some(bonus) = bonus_ask(inputs, base_ask.max(base)) {
        let mut with_bonus = asks.clone();
        with_bonus.push(bonus);
        if annualized(&asked_offer(offer, &with_bonus)) <= band_top {
            asks = with_bonus;
        }
    }
    let (grant, years) = start_grants(offer);
    if grant > Decimal::ZERO {
        let equity_ask = opening(grant * (Decimal::ONE + equity_rise), caps.equity);
        if equity_ask > grant {
            let mut equity = ask(Component::Equity, grant, equity_ask, basis);
            equity.vesting_years = Some(years);
            asks.push(equity);
        }
    }
    let recurring_asked = recurring(&asked_offer(offer, &asks));
    let offered_first = offer.sign_on.first().copied().unwrap_or_default();
    let needed = wanted_total - recurring_asked;
    let cap = caps.sign_on.max(offered_first);
    let sign_on = needed.max(inputs.make_whole).min(cap);
    let mut figure = opening(sign_on, cap);
    // Rounding up never carries the ask over the band.
    // Rounding up never carries the ask over the band, but the sign-on never
    // falls below the make-whole.
    if recurring_asked + figure > band_top {
        let half_unit = sizing::unit(base) / Decimal::TWO;
        figure = down_to(band_top - recurring_asked, half_unit)
            .max(sizing::up_to(inputs.make_whole, Decimal::ONE))
            .max(offered_first);
    }
    if figure > offered_first {
        let basis = if inputs.make_whole > Decimal::ZERO
            && figure <= sizing::up_to(inputs.make_whole, Decimal::ONE)
        {
            Basis::MakeWhole
        } else {
            Basis::Remainder
        };
        asks.push(ask(Component::SignOn, offered_first, figure, basis));
    }
    fill_to_caps(inputs, &caps, &mut asks, wanted_total)?;
    Ok(asks)
}

/// Where the sign-on's cap left the ask short of what was wanted, base and
/// then equity rise towards their own caps (never past them) to make it up.
fn fill_to_caps(
    inputs: &AskInputs,
    caps: &Caps,
    asks: &mut Vec<Ask>,
    wanted_total: Decimal,
) -> Result<(), DataError> {
    let offer = inputs.offer;
    let (grant, years) = start_grants(offer);
    for (component, offered, cap) in [
        (Component::Base, offer.base_salary, caps.base),
        (Component::Equity, grant, caps.equity),
    ] {
        let short = wanted_total - annualized(&asked_offer(offer, asks));
        if short <= Decimal::ZERO || offered.is_zero() {
            continue;
        }
        let current = asks
            .iter()
            .find(|a| a.component == component)
            .map_or(offered, |a| a.ask);
        let wanted = current + short / weight(offer, component);
        let figure = opening(wanted.min(cap), cap);
        if figure <= current {
            continue;
        }
        match asks.iter_mut().find(|a| a.component == component) {
            Some(existing) => existing.ask = figure,
            None => {
                let mut new = ask(component, offered, figure, Basis::Cap);
                if component == Component::Equity {
                    new.vesting_years = Some(years);
                }
                asks.push(new);
            }
        }
    }
    if annualized(&asked_offer(offer, asks)) > Decimal::MAX / Decimal::TWO {
        return Err(overflow("base_salary"));
    }
    Ok(())
}

/// The bonus percentage, only when below the entry's median: to its largest
/// whole point at or below it. A bonus given as an amount is asked as the
/// amount that percentage makes of the asked base.
fn bonus_ask(inputs: &AskInputs, asked_base: Decimal) -> Option<Ask> {
    let offer = inputs.offer;
    let offered_pct = bonus_pct(offer);
    if offered_pct <= Decimal::ZERO {
        return None;
    }
    let median = at_target(metric(inputs.entry, Metric::BonusPct)?, 50).floor();
    if median <= offered_pct {
        return None;
    }
    Some(match offer.bonus_amount {
        None => ask(
            Component::BonusPct,
            offered_pct,
            median,
            Basis::MarketMedian,
        ),
        Some(amount) => {
            let figure = opening(pct_of(asked_base, median), pct_of(asked_base, median));
            ask(Component::BonusPct, amount, figure, Basis::MarketMedian)
        }
    })
}

fn promotion(inputs: &AskInputs) -> Result<Vec<Ask>, DataError> {
    let offer = inputs.offer;
    let lift = factor(0) + inputs.lift / Decimal::ONE_HUNDRED;
    let mut asks = Vec::new();
    let base = offer.base_salary;
    let caps = promotion_caps(inputs);
    let cap = caps.base;
    let wanted = match metric(inputs.entry, Metric::BaseSalary) {
        Some(points) => at_target(points, inputs.target.get()),
        None => cap,
    };
    let base_ask = opening((wanted * lift).min(cap), cap);
    if base_ask > base {
        let basis = if base_ask >= down_to(cap, Decimal::ONE) {
            Basis::Cap
        } else {
            Basis::MarketTarget
        };
        asks.push(ask(Component::Base, base, base_ask, basis));
    }
    let (grant, years) = start_grants(offer);
    if grant > Decimal::ZERO {
        let target_grant = metric(inputs.entry, Metric::EquityAnnual)
            .map(|p| at_target(p, inputs.target.get()) * Decimal::from(years));
        let top_cap = caps.equity;
        let wanted = target_grant.unwrap_or(grant * factor(15)) * lift;
        // The range is a tenth wide: its bottom is itself the ambitious target.
        let bottom_cap = top_cap / factor(10);
        let bottom = opening(wanted.clamp(grant * factor(10), bottom_cap), bottom_cap)
            .max(opening(grant * factor(10), top_cap));
        let range_top = opening(bottom * factor(10), top_cap);
        let mut equity = ask(
            Component::Equity,
            grant,
            bottom,
            match target_grant {
                Some(_) => Basis::MarketTarget,
                None => Basis::AboveOffer,
            },
        );
        equity.range_top = (range_top > bottom).then_some(range_top);
        equity.vesting_years = Some(years);
        asks.push(equity);
    }
    Ok(asks)
}

/// Lifts the asks until the annualized total reaches `goal`: first within
/// the usual caps (sign-on, then base, then equity), then past them
/// (sign-on to the make-whole + 40 % of base, equity to +50 %, base last,
/// to +25 %). Returns the components whose usual cap was passed, and
/// whether the goal was still out of reach.
fn lift_to_floor(
    inputs: &AskInputs,
    caps: &Caps,
    asks: &mut Vec<Ask>,
    goal: Decimal,
) -> Result<(Vec<Component>, bool), DataError> {
    let offer = inputs.offer;
    let (grant, _) = start_grants(offer);
    let first_sign_on = offer.sign_on.first().copied().unwrap_or_default();
    let sign_on_ok = inputs.situation == Situation::External || first_sign_on > Decimal::ZERO;
    let usual = [
        (Component::SignOn, caps.sign_on.max(first_sign_on)),
        (Component::Base, caps.base),
        (Component::Equity, caps.equity),
    ];
    let lifted_limits = [
        (
            Component::SignOn,
            inputs.make_whole + pct_of(offer.base_salary, Decimal::from(40)),
        ),
        (Component::Equity, grant * factor(50)),
        (Component::Base, offer.base_salary * factor(25)),
    ];
    let mut lifted = Vec::new();
    for (phase, limits) in [usual, lifted_limits].iter().enumerate() {
        for &(component, limit) in limits {
            if (component == Component::SignOn && !sign_on_ok)
                || (component == Component::Equity && grant.is_zero())
            {
                continue;
            }
            let deficit = goal - annualized(&asked_offer(offer, asks));
            if deficit <= Decimal::ZERO {
                return Ok((lifted, false));
            }
            let offered = match component {
                Component::Base => offer.base_salary,
                Component::Equity => grant,
                _ => first_sign_on,
            };
            let current = asks
                .iter()
                .find(|a| a.component == component)
                .map_or(offered, |a| a.ask);
            if limit <= current {
                continue;
            }
            let wanted = current + deficit / weight(offer, component);
            let figure = opening(wanted.min(limit), limit);
            if figure <= current {
                continue;
            }
            let basis = if phase == 0 { Basis::Cap } else { Basis::Floor };
            match asks.iter_mut().find(|a| a.component == component) {
                Some(existing) => {
                    existing.ask = figure;
                    existing.basis = basis;
                    if let Some(top) = existing.range_top {
                        existing.range_top = (top > figure).then_some(top);
                    }
                }
                None => {
                    let mut new = ask(component, offered, figure, basis);
                    if component == Component::Equity {
                        new.vesting_years = Some(start_grants(offer).1);
                    }
                    asks.push(new);
                }
            }
            if phase == 1 && !lifted.contains(&component) {
                lifted.push(component);
            }
        }
    }
    let short = goal - annualized(&asked_offer(offer, asks)) > Decimal::ZERO;
    Ok((lifted, short))
}

fn extra_per_year(offer: &Offer, ask: &Ask) -> Decimal {
    let mut alone = offer.clone();
    set(&mut alone, ask.component, ask.year, ask.ask);
    annualized(&alone) - annualized(offer)
}

fn market_of(inputs: &AskInputs, ask: &Ask) -> Option<AskMarket> {
    let (metric_name, value) = match ask.component {
        Component::Base => (Metric::BaseSalary, ask.ask),
        Component::BonusPct if inputs.offer.bonus_amount.is_some() => {
            return None;
        }
        Component::BonusPct => (Metric::BonusPct, ask.ask),
        // A range sits where its bottom does: that is the figure asked.
        Component::Equity => (
            Metric::EquityAnnual,
            ask.ask / Decimal::from(ask.vesting_years.unwrap_or(1)),
        ),
        Component::SignOn => return None,
    };
    let points = metric(inputs.entry, metric_name)?;
    Some(AskMarket {
        position: position(points, value).label(),
        target_value: at_target(points, inputs.target.get()),
        within_data: value <= top(points),
    })
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
/// start: the first start grant moves by the difference. A bonus given as an
/// amount follows the base: it keeps its ratio to it, to the cent.
pub fn set(offer: &mut Offer, component: Component, year: Option<u32>, value: Decimal) {
    match component {
        Component::Base => {
            if let Some(amount) = offer.bonus_amount
                && !offer.base_salary.is_zero()
            {
                let minor = crate::domain::money::Minor::of(&offer.currency);
                offer.bonus_amount = Some(minor.round(amount * value / offer.base_salary));
            }
            offer.base_salary = value;
        }
        // A bonus given as an amount stays an amount.
        Component::BonusPct => match offer.bonus_amount {
            Some(_) => {
                offer.bonus_amount = Some(value);
                if !offer.base_salary.is_zero() {
                    offer.bonus_target_pct = (value * Decimal::ONE_HUNDRED / offer.base_salary)
                        .round_dp_with_strategy(
                            6,
                            rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                        );
                }
            }
            None => offer.bonus_target_pct = value,
        },
        Component::Equity => {
            let current = start_grants(offer).0;
            match offer.equity.iter_mut().find(|g| g.at_hire()) {
                Some(grant) => grant.value += value - current,
                None => offer
                    .equity
                    .push(crate::domain::vesting::Grant::default_at_hire(value)),
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
