//! If they push back: concessions of equal horizon value. Each step gives up
//! one component of the ask and takes the same value over the horizon in
//! another currency, found with the comparison's break-even solver.

use rust_decimal::Decimal;

use super::ask::{Ask, Component};
use crate::compare::{extra_base_to_reach, extra_grant_to_reach};
use crate::error::DataError;
use crate::money::display;
use crate::offer::Offer;
use crate::projection::project;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The component that is capped at the offer.
    pub capped: Component,
    /// What is asked for instead.
    pub instead: Component,
    pub amount: Decimal,
    /// The horizon total with this concession, at least the full ask's.
    pub horizon_total: Decimal,
    pub say: String,
}

/// Where the offer stands against the user's walk-away point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkAway {
    pub amount: Decimal,
    /// Offer total − walk-away (negative: the offer falls short).
    pub margin: Decimal,
    pub say: String,
}

/// The competing offer as the alternative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    pub name: String,
    pub total: Decimal,
    /// Competing total − offer total.
    pub difference: Decimal,
    pub say: String,
}

fn too_large() -> DataError {
    DataError::new(
        "base_salary",
        "a concession overflows the largest amount this tool can hold",
    )
}

fn total(offer: &Offer) -> Result<Decimal, DataError> {
    Ok(project(offer)?.summary.total)
}

/// The ladder from the full ask (`asked`, worth `ask_total`) downwards.
pub fn ladder(
    offer: &Offer,
    asked: &Offer,
    asks: &[Ask],
    ask_total: Decimal,
) -> Result<Vec<Step>, DataError> {
    let money = |amount| display(amount, &offer.currency);
    let horizon = offer.years;
    let find = |component| asks.iter().find(|a| a.component == component);
    let mut steps = Vec::new();

    if let Some(base) = find(Component::Base) {
        let mut capped = asked.clone();
        capped.base_salary = base.offered;
        let extra = ask_total - total(&capped)?;
        if extra > Decimal::ZERO {
            let first = capped.sign_on.first().copied().unwrap_or_default();
            if capped.sign_on.is_empty() {
                capped.sign_on.push(Decimal::new(0, 2));
            }
            capped.sign_on[0] = first.checked_add(extra).ok_or_else(too_large)?;
            steps.push(Step {
                capped: Component::Base,
                instead: Component::SignOn,
                amount: extra,
                horizon_total: total(&capped)?,
                say: format!(
                    "If base is capped at {}, the same {horizon}-year value is {} more sign-on in year 1 ({} in all that year).",
                    money(base.offered),
                    money(extra),
                    money(first + extra)
                ),
            });
        }
    }

    if let Some(equity) = find(Component::Equity) {
        let mut capped = asked.clone();
        let extra_granted = equity.ask - equity.offered;
        match capped.equity.iter().position(|g| g.grant_year == 1) {
            Some(i) if capped.equity[i].value > extra_granted => {
                capped.equity[i].value -= extra_granted
            }
            Some(i) => {
                capped.equity.remove(i);
            }
            None => {}
        }
        let gap = ask_total - total(&capped)?;
        if gap > Decimal::ZERO {
            let extra = extra_base_to_reach(&capped, gap, ask_total)?;
            let mut raised = capped.clone();
            raised.base_salary = raised
                .base_salary
                .checked_add(extra)
                .ok_or_else(too_large)?;
            steps.push(Step {
                capped: Component::Equity,
                instead: Component::Base,
                amount: extra,
                horizon_total: total(&raised)?,
                say: format!(
                    "If the grant cannot move from {}, the same {horizon}-year value is a base of {} ({} more a year; raises and bonus follow).",
                    money(equity.offered),
                    money(raised.base_salary),
                    money(extra)
                ),
            });
        }
    }

    if let Some(bonus) = find(Component::BonusPct) {
        let mut capped = asked.clone();
        capped.bonus_target_pct = bonus.offered;
        let gap = ask_total - total(&capped)?;
        if gap > Decimal::ZERO {
            if let (Some(extra), index) = extra_grant_to_reach(&capped, gap, ask_total) {
                let mut larger = capped.clone();
                let grant = match index {
                    Some(i) => {
                        let value = larger.equity[i]
                            .value
                            .checked_add(extra)
                            .ok_or_else(too_large)?;
                        larger.equity[i].value = value;
                        value
                    }
                    None => {
                        larger.equity.push(default_grant(extra));
                        extra
                    }
                };
                steps.push(Step {
                    capped: Component::BonusPct,
                    instead: Component::Equity,
                    amount: extra,
                    horizon_total: total(&larger)?,
                    say: format!(
                        "If the bonus stays at {}%, the same {horizon}-year value is a grant of {} ({} larger).",
                        bonus.offered.normalize(),
                        money(grant),
                        money(extra)
                    ),
                });
            }
        }
    }

    let offer_total = total(offer)?;
    let extra = ask_total - offer_total;
    if extra > Decimal::ZERO && asks.iter().any(|a| a.component != Component::SignOn) {
        let mut one_time = offer.clone();
        if one_time.sign_on.is_empty() {
            one_time.sign_on.push(Decimal::new(0, 2));
        }
        one_time.sign_on[0] = one_time.sign_on[0]
            .checked_add(extra)
            .ok_or_else(too_large)?;
        steps.push(Step {
            capped: Component::Base,
            instead: Component::SignOn,
            amount: extra,
            horizon_total: total(&one_time)?,
            say: format!(
                "If nothing recurring can move, the same {horizon}-year value is {} of extra sign-on in year 1.",
                money(extra)
            ),
        });
    }
    Ok(steps)
}

fn default_grant(value: Decimal) -> crate::vesting::Grant {
    crate::vesting::Grant {
        value,
        schedule: crate::vesting::Schedule::preset(crate::vesting::Preset::Even),
        frequency: crate::vesting::Frequency::Annual,
        cliff_months: 12,
        grant_year: 1,
    }
}

/// The bottom rung: the user's own floor.
pub fn walk_away(offer: &Offer, amount: Decimal) -> Result<WalkAway, DataError> {
    let money = |a| display(a, &offer.currency);
    let offer_total = total(offer)?;
    let margin = offer_total - amount;
    let say = if margin >= Decimal::ZERO {
        format!(
            "Your walk-away point is {} over {} years. The offer as it stands clears it by {}: if they hold firm on everything, you can still sign.",
            money(amount),
            offer.years,
            money(margin)
        )
    } else {
        let short = -margin;
        let base = extra_base_to_reach(offer, short, amount)?;
        format!(
            "Your walk-away point is {} over {} years. The offer as it stands falls {} short: unless they add at least {} of sign-on or {} of base a year, walk away.",
            money(amount),
            offer.years,
            money(short),
            money(short),
            money(base)
        )
    };
    Ok(WalkAway {
        amount,
        margin,
        say,
    })
}

/// The competing offer, projected over the same horizon.
pub fn alternative(offer: &Offer, competing: &Offer) -> Result<Alternative, DataError> {
    let money = |a| display(a, &offer.currency);
    let offer_total = total(offer)?;
    let competing_total = total(competing)?;
    let difference = competing_total - offer_total;
    let say = if difference > Decimal::ZERO {
        let base = extra_base_to_reach(offer, difference, competing_total)?;
        format!(
            "Your alternative, {}, pays {} over {} years, {} more than this offer. To match it, this offer needs {} more sign-on or {} more base a year; say that you have it, not what it is.",
            competing.name,
            money(competing_total),
            offer.years,
            money(difference),
            money(difference),
            money(base)
        )
    } else {
        format!(
            "Your alternative, {}, pays {} over {} years, {} less than this offer: it is a fallback that lets you walk away calmly, not a lever on the total.",
            competing.name,
            money(competing_total),
            offer.years,
            money(-difference)
        )
    };
    Ok(Alternative {
        name: competing.name.clone(),
        total: competing_total,
        difference,
        say,
    })
}
