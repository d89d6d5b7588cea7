//! Leverage: the walk-away point, the alternative, and the floor they set.
//! A better competing offer is the best alternative (Fisher & Ury): it sets
//! the floor and lifts the ask above it, leaving room to concede down to it.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::domain::compare::extra_base_to_reach;
use crate::domain::offer::Offer;
use crate::domain::projection::project;
use crate::error::DataError;

/// What set the floor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FloorFrom {
    WalkAway,
    Alternative,
    Offer,
}

/// The lowest annualized total the ladder may concede to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Floor {
    pub amount: Decimal,
    pub from: FloorFrom,
}

/// The highest of walk-away, alternative and offer; on a tie the walk-away,
/// then the alternative.
pub fn floor(
    offer_total: Decimal,
    walk_away: Option<Decimal>,
    alternative: Option<Decimal>,
) -> Floor {
    let mut floor = Floor {
        amount: offer_total,
        from: FloorFrom::Offer,
    };
    if let Some(amount) = alternative.filter(|a| *a >= floor.amount) {
        floor = Floor {
            amount,
            from: FloorFrom::Alternative,
        };
    }
    if let Some(amount) = walk_away.filter(|w| *w >= floor.amount) {
        floor = Floor {
            amount,
            from: FloorFrom::WalkAway,
        };
    }
    floor
}

/// Where the offer stands against the user's walk-away point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkAway {
    pub amount: Decimal,
    /// Offer total − walk-away (negative: the offer falls short).
    pub margin: Decimal,
    /// When the offer falls short: the extra base a year that would reach it.
    pub base_needed: Option<Decimal>,
}

/// The competing offer as the alternative.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    pub name: String,
    pub total: Decimal,
    /// Competing total − offer total.
    pub difference: Decimal,
    /// When the alternative pays more: the extra base a year that would match it.
    pub base_needed: Option<Decimal>,
    /// The rate its figures were converted at, when it is in another currency.
    pub conversion: Option<crate::domain::fx::Conversion>,
    /// Its horizon total ÷ the years: what it is worth a year, for the floor.
    pub annual: Decimal,
    /// Its recurring pay a year (base, bonus, equity), rounded down to five
    /// units: the one figure said, in the email, when it is better.
    pub headline: Decimal,
    /// Its first-year sign-on, said beside the headline.
    pub sign_on: Decimal,
}

impl Alternative {
    /// Better iff it pays more over the horizon.
    pub fn better(&self) -> bool {
        self.difference > Decimal::ZERO
    }
}

fn total(offer: &Offer) -> Result<Decimal, DataError> {
    Ok(project(offer)?.summary.total)
}

pub fn walk_away(offer: &Offer, amount: Decimal) -> Result<WalkAway, DataError> {
    let margin = total(offer)? - amount;
    let base_needed = if margin < Decimal::ZERO {
        Some(extra_base_to_reach(offer, -margin, amount)?)
    } else {
        None
    };
    Ok(WalkAway {
        amount,
        margin,
        base_needed,
    })
}

/// The competing offer, projected over the offer's horizon (as written, then
/// converted when it is in another currency).
pub fn alternative(
    offer: &Offer,
    competing: &crate::domain::report::OfferReport,
    unit: Decimal,
) -> Result<Alternative, DataError> {
    let (written, conversion) = competing.as_written();
    let mut written = written.clone();
    written.years = offer.years;
    let mut projection = project(&written)?;
    if let Some(conversion) = conversion {
        projection = crate::domain::fx::convert::convert_projection(&projection, conversion)?;
    }
    let competing_total = projection.summary.total;
    let difference = competing_total - total(offer)?;
    let base_needed = if difference > Decimal::ZERO {
        Some(extra_base_to_reach(offer, difference, competing_total)?)
    } else {
        None
    };
    let minor = crate::domain::money::Minor::of(&offer.currency);
    let headline_step = unit * Decimal::from(5);
    Ok(Alternative {
        name: competing.offer.name.clone(),
        total: competing_total,
        difference,
        base_needed,
        conversion: conversion.cloned(),
        annual: minor.round(competing_total / Decimal::from(offer.years.max(1))),
        sign_on: competing.offer.sign_on.first().copied().unwrap_or_default(),
        headline: super::sizing::down_to(super::sizing::recurring(&competing.offer), headline_step),
    })
}
