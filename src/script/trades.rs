//! Trades of equal value: if one component cannot move at all, the same
//! horizon value in another form, found with the comparison's break-even
//! solver (several equivalent packages anchor strongly, Leonardelli et al.
//! 2019). These are offered alongside the ladder, not instead of it.

use rust_decimal::Decimal;

use super::ask::{Ask, Component};
use crate::compare::{extra_base_to_reach, extra_grant_to_reach};
use crate::error::DataError;
use crate::offer::Offer;
use crate::projection::project;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trade {
    /// The component held at the offer (`base` with `all_recurring`: every
    /// recurring component).
    pub capped: Component,
    /// Every recurring component is held at the offer, not only `capped`.
    pub all_recurring: bool,
    /// The offered figure `capped` stays at.
    pub capped_at: Decimal,
    /// What is asked for instead.
    pub instead: Component,
    /// How much more of `instead`, exact.
    pub amount: Decimal,
    /// `instead`'s figure with the trade.
    pub instead_total: Decimal,
    /// The horizon total with the trade, at least the full ask's.
    pub horizon_total: Decimal,
}

fn too_large() -> DataError {
    DataError::new(
        "base_salary",
        "a trade overflows the largest amount this tool can hold",
    )
}

fn total(offer: &Offer) -> Result<Decimal, DataError> {
    Ok(project(offer)?.summary.total)
}

/// The trades from the full ask (`asked`, worth `ask_total`). `sign_on`:
/// whether sign-on may be asked for at all (not in a promotion without it).
pub fn trades(
    offer: &Offer,
    asked: &Offer,
    asks: &[Ask],
    ask_total: Decimal,
    sign_on: bool,
) -> Result<Vec<Trade>, DataError> {
    let find = |component| asks.iter().find(|a| a.component == component);
    let mut trades = Vec::new();

    if let (Some(base), true) = (find(Component::Base), sign_on) {
        let mut capped = asked.clone();
        capped.base_salary = base.offered;
        let extra = ask_total - total(&capped)?;
        if extra > Decimal::ZERO {
            let first = capped.sign_on.first().copied().unwrap_or_default();
            if capped.sign_on.is_empty() {
                capped.sign_on.push(Decimal::new(0, 2));
            }
            capped.sign_on[0] = first.checked_add(extra).ok_or_else(too_large)?;
            trades.push(Trade {
                capped: Component::Base,
                all_recurring: false,
                capped_at: base.offered,
                instead: Component::SignOn,
                amount: extra,
                instead_total: first + extra,
                horizon_total: total(&capped)?,
            });
        }
    }

    if let Some(equity) = find(Component::Equity) {
        let mut capped = asked.clone();
        super::ask::set(&mut capped, Component::Equity, None, equity.offered);
        let gap = ask_total - total(&capped)?;
        if gap > Decimal::ZERO {
            let extra = extra_base_to_reach(&capped, gap, ask_total)?;
            let mut raised = capped.clone();
            raised.base_salary = raised
                .base_salary
                .checked_add(extra)
                .ok_or_else(too_large)?;
            trades.push(Trade {
                capped: Component::Equity,
                all_recurring: false,
                capped_at: equity.offered,
                instead: Component::Base,
                amount: extra,
                instead_total: raised.base_salary,
                horizon_total: total(&raised)?,
            });
        }
    }

    if let Some(bonus) = find(Component::BonusPct) {
        let mut capped = asked.clone();
        super::ask::set(&mut capped, Component::BonusPct, None, bonus.offered);
        let gap = ask_total - total(&capped)?;
        if gap > Decimal::ZERO
            && let (Some(extra), index) = extra_grant_to_reach(&capped, gap, ask_total)
        {
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
                    larger
                        .equity
                        .push(crate::vesting::Grant::default_at_hire(extra));
                    extra
                }
            };
            trades.push(Trade {
                capped: Component::BonusPct,
                all_recurring: false,
                capped_at: bonus.offered,
                instead: Component::Equity,
                amount: extra,
                instead_total: grant,
                horizon_total: total(&larger)?,
            });
        }
    }

    let offer_total = total(offer)?;
    let extra = ask_total - offer_total;
    if sign_on && extra > Decimal::ZERO && asks.iter().any(|a| a.component != Component::SignOn) {
        let mut one_time = offer.clone();
        if one_time.sign_on.is_empty() {
            one_time.sign_on.push(Decimal::new(0, 2));
        }
        let first = one_time.sign_on[0];
        one_time.sign_on[0] = first.checked_add(extra).ok_or_else(too_large)?;
        trades.push(Trade {
            capped: Component::Base,
            all_recurring: true,
            capped_at: offer.base_salary,
            instead: Component::SignOn,
            amount: extra,
            instead_total: first + extra,
            horizon_total: total(&one_time)?,
        });
    }
    Ok(trades)
}
