//! If they push back: a ladder that concedes. Each rung gives up part of one
//! component, measured in horizon value from the full ask down towards the
//! floor, each concession smaller than the one before (shrinking concessions
//! signal that the limit is near, Raiffa), taken from the least important
//! component that still has room for it (one-time money first by default;
//! a component all of which is worth less than a tenth of the rung's aim has
//! no room worth saying). The last rung is the closer.
//!
//! The rungs aim at 40 %, 25 % and 15 % of the room between the ask and the
//! floor, so the closer still stands a fifth of that room above the floor;
//! and each at most 60 % of the concession before it, so a small first
//! concession (one-time money) is followed by smaller ones still. Amounts are whole units (tenths of a point for the bonus); each is the
//! largest that does not concede more than its aim, found by bisection on
//! the projection, so every horizon total is exact.

use rust_decimal::Decimal;

use super::ask::{Ask, Component, set};
use crate::error::DataError;
use crate::offer::Offer;
use crate::projection::project;

/// Shares of the room between the ask and the floor each rung aims to give.
const AIMS_PCT: [u32; 3] = [40, 25, 15];
/// A component takes part in a rung only if giving all of it back is worth
/// at least this share of the rung's aim, percent: smaller is not a
/// concession worth saying.
const MEANINGFUL_PCT: u32 = 10;
/// Each concession is at most this share of the one before, percent.
const SHRINK_PCT: u32 = 60;
/// The smallest step of a concession in a bonus percentage.
const BONUS_UNIT: Decimal = Decimal::from_parts(1, 0, 0, false, 1);

/// What a rung gives up.
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
    pub gives: Gives,
    /// Components still at their full ask.
    pub keeps: Vec<Component>,
    pub horizon_total: Decimal,
    /// Every figure of the package at this rung.
    pub package: Vec<Figure>,
}

/// The ladder from the full ask (`asked`, worth `ask_total`) towards `floor`.
/// Empty when the floor is at or above the ask.
pub fn ladder(
    asked: &Offer,
    asks: &[Ask],
    ask_total: Decimal,
    floor: Decimal,
    priority: &[Component],
) -> Result<Vec<Rung>, DataError> {
    let room = ask_total - floor;
    if room <= Decimal::ZERO {
        return Ok(Vec::new());
    }
    let mut figures: Vec<(Figure, Decimal)> = asks
        .iter()
        .map(|a| {
            (
                Figure {
                    component: a.component,
                    year: a.year,
                    value: a.ask,
                },
                a.offered,
            )
        })
        .collect();
    let mut package = asked.clone();
    let mut total = ask_total;
    let mut previous: Option<Decimal> = None;
    let mut rungs = Vec::new();
    for aim_pct in AIMS_PCT {
        let mut aim = room * Decimal::from(aim_pct) / Decimal::ONE_HUNDRED;
        if let Some(previous) = previous {
            aim = aim.min(previous * Decimal::from(SHRINK_PCT) / Decimal::ONE_HUNDRED);
        }
        if aim <= Decimal::ZERO {
            break;
        }
        let Some((index, given, after, after_total)) =
            concede(&package, total, &figures, aim, priority)?
        else {
            break;
        };
        figures[index].0.value -= given;
        package = after;
        previous = Some(total - after_total);
        total = after_total;
        let figure = &figures[index].0;
        rungs.push(Rung {
            gives: Gives {
                component: figure.component,
                year: figure.year,
                amount: given,
                now: figure.value,
                as_offered: figure.value == figures[index].1,
            },
            keeps: keeps(&figures, asks),
            horizon_total: total,
            package: figures.iter().map(|(f, _)| f.clone()).collect(),
        });
    }
    Ok(rungs)
}

/// Components none of whose figures has moved from the ask (`figures` are
/// in the order of `asks`).
fn keeps(figures: &[(Figure, Decimal)], asks: &[Ask]) -> Vec<Component> {
    let mut kept: Vec<Component> = Vec::new();
    for ask in asks {
        let untouched = figures
            .iter()
            .zip(asks)
            .filter(|(_, a)| a.component == ask.component)
            .all(|((figure, _), a)| figure.value == a.ask);
        if untouched && !kept.contains(&ask.component) {
            kept.push(ask.component);
        }
    }
    kept
}

type Concession = (usize, Decimal, Offer, Decimal);

/// The first component, least important first, that can give a concession
/// of at most `aim` and more than nothing: its index, the amount, the
/// package after and its horizon total.
fn concede(
    package: &Offer,
    total: Decimal,
    figures: &[(Figure, Decimal)],
    aim: Decimal,
    priority: &[Component],
) -> Result<Option<Concession>, DataError> {
    for component in priority.iter().rev() {
        // Later payments first: year 2's sign-on before year 1's.
        let mut candidates: Vec<usize> = (0..figures.len())
            .filter(|&i| figures[i].0.component == *component)
            .collect();
        candidates.sort_by_key(|&i| std::cmp::Reverse(figures[i].0.year));
        for index in candidates {
            let (figure, offered) = &figures[index];
            // Tenths of a point, or whole units for a bonus given as an amount.
            let unit = match figure.component {
                Component::BonusPct if package.bonus_amount.is_none() => BONUS_UNIT,
                _ => Decimal::ONE,
            };
            let units = ((figure.value - offered) / unit).floor();
            if units < Decimal::ONE {
                continue;
            }
            let after = |n: Decimal| -> Result<(Offer, Decimal), DataError> {
                let mut changed = package.clone();
                set(
                    &mut changed,
                    figure.component,
                    figure.year,
                    figure.value - n * unit,
                );
                let changed_total = project(&changed)?.summary.total;
                Ok((changed, changed_total))
            };
            let (_, one) = after(Decimal::ONE)?;
            if total - one > aim || total - one <= Decimal::ZERO {
                continue;
            }
            let (_, none_left) = after(units)?;
            if (total - none_left) * Decimal::ONE_HUNDRED < aim * Decimal::from(MEANINGFUL_PCT) {
                continue;
            }
            // The largest n in [1, units] whose concession stays within the aim.
            let (mut low, mut high) = (Decimal::ONE, units);
            while low < high {
                let middle = ((low + high) / Decimal::TWO).ceil();
                if total - after(middle)?.1 <= aim {
                    low = middle;
                } else {
                    high = middle - Decimal::ONE;
                }
            }
            let (changed, changed_total) = after(low)?;
            return Ok(Some((index, low * unit, changed, changed_total)));
        }
    }
    Ok(None)
}
