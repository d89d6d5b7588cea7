//! The ladder: what to concede, rung by rung, from the full ask down to the
//! closer, the figure said only after a no.
//!
//! - **The closer** is max(floor, offer + half of (ask − offer)) in
//!   annualized terms, at most 10 % over the offer externally and 6 % in a
//!   promotion unless the floor is higher. Its figures are whole units (sign-on
//!   half units; the bonus whole points), rounded up, so it may stand up to
//!   two units above the rule's figure, never below it.
//! - **The rungs** concede about 50 %, 30 % and 20 % of the room between ask
//!   and closer, by value over the horizon. Each concession comes from the
//!   last-priority component with room, spilling to the next, so a rung may
//!   move several components. Rung figures are whole units. A rung whose
//!   concession is zero or more than four fifths of the one before is
//!   merged. No rung pays less than the floor over the horizon.

use rust_decimal::Decimal;

use super::Situation;
use super::ask::{Ask, Component, set, weight};
use super::sizing::{annualized, down_to, factor, near, up_to};
use crate::domain::offer::Offer;
use crate::domain::projection::project;
use crate::error::DataError;

/// Cumulative shares of the room the rungs before the closer reach, percent.
const RUNG_SHARES_PCT: [i64; 2] = [50, 80];
/// Most rounds spent raising a rounded closer back to its rule's figure.
const REPAIR_ROUNDS: usize = 16;

/// What a rung gives up of one component.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gives {
    pub component: Component,
    /// Sign-on: the year of the payment given up.
    pub year: Option<u32>,
    /// How much of the component (money, or points of bonus).
    pub amount: Decimal,
    /// The component's figure after the concession.
    pub now: Decimal,
    /// The concession takes the component back to what is offered.
    pub as_offered: bool,
}

/// One figure of the package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub component: Component,
    pub year: Option<u32>,
    pub value: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rung {
    pub gives: Vec<Gives>,
    /// Components still at their full ask.
    pub keeps: Vec<Component>,
    pub horizon_total: Decimal,
    /// The annualized total at this rung.
    pub annual_total: Decimal,
    /// Every asked figure of the package at this rung.
    pub package: Vec<Figure>,
}

/// The ladder and the closer's rule figure.
#[derive(Debug, Clone)]
pub struct Ladder {
    /// The closer's annualized total (the last rung), or the ask when no rung.
    pub closer: Decimal,
    pub rungs: Vec<Rung>,
}

/// What the ladder is built from.
pub struct LadderInputs<'a> {
    pub offer: &'a Offer,
    pub asks: &'a [Ask],
    /// The offer's and the ask's annualized totals, and the floor's.
    pub offer_total: Decimal,
    pub ask_total: Decimal,
    pub floor: Decimal,
    /// The floor over the horizon: no rung pays less.
    pub floor_horizon: Decimal,
    /// The sign-on never concedes below what leaving forfeits.
    pub make_whole: Decimal,
    pub unit: Decimal,
    pub situation: Situation,
    /// Most important first.
    pub priority: &'a [Component],
}

impl LadderInputs<'_> {
    /// The lowest figure a component concedes to: what is offered, and for
    /// the sign-on at least the make-whole.
    fn least(&self, ask: &Ask) -> Decimal {
        match ask.component {
            Component::SignOn => ask
                .offered
                .max(up_to(self.make_whole, self.step(Component::SignOn)))
                .min(ask.ask),
            _ => ask.offered,
        }
    }

    /// The rounding step of a component's figures.
    fn step(&self, component: Component) -> Decimal {
        match component {
            Component::SignOn => self.unit / Decimal::TWO,
            Component::BonusPct if self.offer.bonus_amount.is_none() => Decimal::ONE,
            _ => self.unit,
        }
    }

    /// Asked components in the order they are conceded: least important first.
    fn concession_order(&self) -> Vec<usize> {
        let mut order = Vec::new();
        for component in self.priority.iter().rev() {
            for (i, ask) in self.asks.iter().enumerate() {
                if ask.component == *component {
                    order.push(i);
                }
            }
        }
        order
    }

    fn package(&self, values: &[Decimal]) -> Offer {
        let mut offer = self.offer.clone();
        for (ask, value) in self.asks.iter().zip(values) {
            set(&mut offer, ask.component, ask.year, *value);
        }
        offer
    }

    fn horizon(&self, values: &[Decimal]) -> Result<Decimal, DataError> {
        Ok(project(&self.package(values))?.summary.total)
    }
}

/// The closer rule's figure: max(floor, offer + half the room), capped.
pub fn closer_rule(inputs: &LadderInputs) -> Decimal {
    let cap_pct = match inputs.situation {
        Situation::External => 10,
        Situation::Promotion => 6,
    };
    let half = inputs.offer_total + (inputs.ask_total - inputs.offer_total) / Decimal::TWO;
    inputs
        .floor
        .max(half.min(inputs.offer_total * factor(cap_pct)))
}

/// Builds the closer and the rungs before it.
pub fn ladder(inputs: &LadderInputs) -> Result<Ladder, DataError> {
    let rule = closer_rule(inputs);
    let asked: Vec<Decimal> = inputs.asks.iter().map(|a| a.ask).collect();
    if rule >= inputs.ask_total || inputs.asks.is_empty() {
        return Ok(Ladder {
            closer: inputs.ask_total,
            rungs: Vec::new(),
        });
    }
    let ask_horizon = inputs.horizon(&asked)?;
    if ask_horizon <= inputs.floor_horizon {
        return Ok(Ladder {
            closer: inputs.ask_total,
            rungs: Vec::new(),
        });
    }
    // The closer never pays less than the floor over the horizon either.
    let years = Decimal::from(inputs.offer.years.max(1));
    let mut rule = rule;
    let mut closer = closer_values(inputs, rule);
    let mut closer_horizon = inputs.horizon(&closer)?;
    for _ in 0..REPAIR_ROUNDS {
        if closer_horizon >= inputs.floor_horizon || rule >= inputs.ask_total {
            break;
        }
        rule = (rule + (inputs.floor_horizon - closer_horizon) / years + inputs.unit)
            .min(inputs.ask_total);
        closer = closer_values(inputs, rule);
        closer_horizon = inputs.horizon(&closer)?;
    }
    if closer_horizon < inputs.floor_horizon || closer_horizon >= ask_horizon {
        return Ok(Ladder {
            closer: inputs.ask_total,
            rungs: Vec::new(),
        });
    }
    let closer_total = annualized(&inputs.package(&closer));
    let room = ask_horizon - closer_horizon;
    let mut packages = Vec::new();
    for share in RUNG_SHARES_PCT {
        let aim = room * Decimal::from(share) / Decimal::ONE_HUNDRED;
        packages.push(concede_by_value(inputs, &asked, &closer, aim, ask_horizon)?);
    }
    packages.push(closer);
    let mut totals = Vec::new();
    for package in &packages {
        totals.push(inputs.horizon(package)?);
    }
    merge_rungs(ask_horizon, &mut packages, &mut totals);
    let mut rungs = Vec::new();
    let mut previous = asked.clone();
    for (values, horizon_total) in packages.into_iter().zip(totals) {
        rungs.push(rung(inputs, &previous, &values, horizon_total));
        previous = values;
    }
    Ok(Ladder {
        closer: closer_total,
        rungs,
    })
}

/// Drops rungs whose concession is not positive or not smaller than the one
/// before; the closer stays, taking the dropped rung's share.
fn merge_rungs(ask_horizon: Decimal, packages: &mut Vec<Vec<Decimal>>, totals: &mut Vec<Decimal>) {
    loop {
        let mut before = ask_horizon;
        let mut last_concession: Option<Decimal> = None;
        let mut drop = None;
        for (i, total) in totals.iter().enumerate() {
            let concession = before - *total;
            // Each step at most four fifths of the one before: near-equal
            // steps do not signal that the limit is near.
            let shrinks = last_concession
                .is_none_or(|last| concession * Decimal::from(5) <= last * Decimal::from(4));
            if concession <= Decimal::ZERO || !shrinks {
                // The closer always stays: merge the rung before it instead.
                drop = Some(if i + 1 == totals.len() && i > 0 {
                    i - 1
                } else {
                    i
                });
                break;
            }
            last_concession = Some(concession);
            before = *total;
        }
        match drop {
            Some(i) if totals.len() > 1 => {
                packages.remove(i);
                totals.remove(i);
            }
            _ => return,
        }
    }
}

/// The closer's figures: conceded from the ask in priority order until the
/// annualized total reaches `rule`, then whole units, raised a step at a
/// time where rounding left it short.
fn closer_values(inputs: &LadderInputs, rule: Decimal) -> Vec<Decimal> {
    let mut values: Vec<Decimal> = inputs.asks.iter().map(|a| a.ask).collect();
    let mut needed = inputs.ask_total - rule;
    let order = inputs.concession_order();
    for &i in &order {
        if needed <= Decimal::ZERO {
            break;
        }
        let ask = &inputs.asks[i];
        let w = weight(&inputs.package(&values), ask.component);
        let least = inputs.least(ask);
        let room = (values[i] - least).max(Decimal::ZERO) * w;
        let take = needed.min(room);
        values[i] -= take / w;
        needed -= take;
    }
    for (i, ask) in inputs.asks.iter().enumerate() {
        let step = inputs.step(ask.component);
        // An untouched figure rounds up where its asked range leaves room.
        let most = ask.range_top.unwrap_or(ask.ask);
        let rounded = up_to(values[i], step);
        let rounded = if rounded > most {
            down_to(ask.ask, step)
        } else {
            rounded
        };
        values[i] = rounded.max(inputs.least(ask));
    }
    // Rounding an untouched figure down may leave the total short: raise the
    // last conceded figures a step at a time.
    for _ in 0..REPAIR_ROUNDS {
        if annualized(&inputs.package(&values)) >= rule {
            break;
        }
        let Some(&i) = order.iter().rev().find(|&&i| {
            let ask = &inputs.asks[i];
            values[i] + inputs.step(ask.component) <= ask.range_top.unwrap_or(ask.ask)
        }) else {
            break;
        };
        values[i] += inputs.step(inputs.asks[i].component);
    }
    values
}

/// The package that concedes about `aim` of horizon value from the ask,
/// walking the concession order towards the closer's figures.
fn concede_by_value(
    inputs: &LadderInputs,
    asked: &[Decimal],
    closer: &[Decimal],
    aim: Decimal,
    ask_horizon: Decimal,
) -> Result<Vec<Decimal>, DataError> {
    let mut values = asked.to_vec();
    for i in inputs.concession_order() {
        if closer[i] >= values[i] {
            continue;
        }
        let conceded = ask_horizon - inputs.horizon(&values)?;
        let remaining = aim - conceded;
        if remaining <= Decimal::ZERO {
            break;
        }
        let mut all = values.clone();
        all[i] = closer[i];
        let full = ask_horizon - inputs.horizon(&all)? - conceded;
        if full <= remaining {
            values = all;
            continue;
        }
        // Part of this component: the whole-unit figure whose concession
        // comes nearest to what remains.
        let step = inputs.step(inputs.asks[i].component);
        let span = values[i] - closer[i];
        let guess = near(closer[i] + span * (full - remaining) / full, step);
        let mut best: Option<(Decimal, Decimal)> = None;
        for candidate in [guess - step, guess, guess + step] {
            if candidate < closer[i] || candidate >= values[i] {
                continue;
            }
            let mut trial = values.clone();
            trial[i] = candidate;
            let gap = (ask_horizon - inputs.horizon(&trial)? - aim).abs();
            if best.is_none_or(|(_, g)| gap < g) {
                best = Some((candidate, gap));
            }
        }
        if let Some((figure, _)) = best {
            values[i] = figure;
        }
        break;
    }
    Ok(values)
}

fn rung(inputs: &LadderInputs, previous: &[Decimal], values: &[Decimal], total: Decimal) -> Rung {
    let gives = inputs
        .asks
        .iter()
        .enumerate()
        .filter(|(i, _)| values[*i] < previous[*i])
        .map(|(i, ask)| Gives {
            component: ask.component,
            year: ask.year,
            amount: previous[i] - values[i],
            now: values[i],
            as_offered: values[i] == ask.offered,
        })
        .collect();
    let mut keeps: Vec<Component> = Vec::new();
    for (i, ask) in inputs.asks.iter().enumerate() {
        if values[i] == ask.ask && !keeps.contains(&ask.component) {
            keeps.push(ask.component);
        }
    }
    Rung {
        gives,
        keeps,
        horizon_total: total,
        annual_total: annualized(&inputs.package(values)),
        package: inputs
            .asks
            .iter()
            .zip(values)
            .map(|(ask, value)| Figure {
                component: ask.component,
                year: ask.year,
                value: *value,
            })
            .collect(),
    }
}
