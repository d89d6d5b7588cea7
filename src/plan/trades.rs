//! Trades: if one part cannot move at all, more of another, within the
//! same caps as the ask; a trade worth less than the closer over the
//! horizon is not offered. A sign-on trade is at most the year-1 value of
//! what it replaces; figures are whole units (sign-on half units), rounded
//! down so a trade never asks for more than it gives up.

use rust_decimal::Decimal;

use super::ask::{Ask, Component, set, weight};
use super::sizing::{annualized, down_to};
use crate::domain::offer::Offer;
use crate::domain::projection::project;
use crate::error::DataError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trade {
    /// The part that cannot move; it stays as offered.
    pub capped: Component,
    pub capped_at: Decimal,
    pub instead: Component,
    /// The traded figure (the whole component, not the difference).
    pub instead_total: Decimal,
    pub horizon_total: Decimal,
}

/// What the trades are built from.
pub struct TradeInputs<'a> {
    pub asked: &'a Offer,
    pub asks: &'a [Ask],
    pub unit: Decimal,
    /// Sign-on may be asked (externally, or offered in a promotion).
    pub sign_on: bool,
    /// The most the sign-on may be (its cap).
    pub sign_on_cap: Decimal,
    /// The most the base may be (its cap).
    pub base_cap: Decimal,
    /// A trade worth less than this over the horizon (the closer's, or the
    /// floor's) is not offered.
    pub least_horizon: Decimal,
}

pub fn trades(inputs: &TradeInputs) -> Result<Vec<Trade>, DataError> {
    let find = |component| inputs.asks.iter().find(|a| a.component == component);
    let mut trades = Vec::new();
    if let Some(base) = find(Component::Base)
        && inputs.sign_on
    {
        trades.extend(to_sign_on(inputs, base)?);
    }
    if let Some(equity) = find(Component::Equity) {
        let to_base = to_base(inputs, equity)?;
        match to_base {
            Some(trade) => trades.push(trade),
            None if inputs.sign_on => trades.extend(to_sign_on(inputs, equity)?),
            None => {}
        }
    }
    trades.retain(|t| t.horizon_total >= inputs.least_horizon);
    Ok(trades)
}

fn capped(inputs: &TradeInputs, ask: &Ask) -> Offer {
    let mut capped = inputs.asked.clone();
    set(&mut capped, ask.component, ask.year, ask.offered);
    capped
}

/// The capped part's year-1 value, added to the first year's sign-on.
fn to_sign_on(inputs: &TradeInputs, ask: &Ask) -> Result<Option<Trade>, DataError> {
    let mut capped = capped(inputs, ask);
    let year_one = project(inputs.asked)?.rows[0].total - project(&capped)?.rows[0].total;
    let first = capped.sign_on.first().copied().unwrap_or_default();
    let figure = down_to(
        (first + year_one).min(inputs.sign_on_cap.max(first)),
        inputs.unit / Decimal::TWO,
    );
    if figure <= first {
        return Ok(None);
    }
    set(&mut capped, Component::SignOn, Some(1), figure);
    Ok(Some(Trade {
        capped: ask.component,
        capped_at: ask.offered,
        instead: Component::SignOn,
        instead_total: figure,
        horizon_total: project(&capped)?.summary.total,
    }))
}

/// Equity that cannot move, as base of the same yearly value, within the base cap.
fn to_base(inputs: &TradeInputs, ask: &Ask) -> Result<Option<Trade>, DataError> {
    let mut capped = capped(inputs, ask);
    let yearly = annualized(inputs.asked) - annualized(&capped);
    let base = capped.base_salary;
    let wanted = base + yearly / weight(&capped, Component::Base);
    let figure = down_to(wanted.min(inputs.base_cap), inputs.unit);
    if figure <= base {
        return Ok(None);
    }
    set(&mut capped, Component::Base, None, figure);
    Ok(Some(Trade {
        capped: ask.component,
        capped_at: ask.offered,
        instead: Component::Base,
        instead_total: figure,
        horizon_total: project(&capped)?.summary.total,
    }))
}
