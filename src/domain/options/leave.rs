//! Leaving with options: what buying the vested ones costs, the income the
//! purchase makes at the 409A, and the day the chance to buy them ends.

use chrono::{Days, Months, NaiveDate};
use rust_decimal::Decimal;

use super::value::{private_vests, vest_value};
use super::{OptionType, PrivateKind};
use crate::domain::money::Minor;
use crate::domain::offer::Offer;
use crate::error::DataError;

/// One options grant when leaving.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantLeaving {
    /// Index in the offer file's `equity`.
    pub index: usize,
    pub option_type: OptionType,
    /// Options vested by the leave date (vests at month ≤ the months worked).
    pub vested: u64,
    /// Options that never vest: walked away from.
    pub forfeited: u64,
    /// strike × each vest of the vested options, rounded per vest.
    pub exercise_cost: Decimal,
    /// (409A − strike) × each vest, rounded per vest: income when bought
    /// (NSO: wages; ISO: an AMT preference item).
    pub spread_at_fmv: Decimal,
    /// The paper value (preferred, else 409A, less the strike) of the forfeited options.
    pub forfeited_paper_value: Decimal,
    /// The last day to buy the vested options.
    pub window_closes: NaiveDate,
}

/// Leaving after `months` with every options grant of `offer`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionsLeaving {
    pub after_months: u32,
    pub leave_date: NaiveDate,
    pub grants: Vec<GrantLeaving>,
    pub exercise_cost: Decimal,
    pub spread_at_fmv: Decimal,
    pub forfeited: u64,
    pub forfeited_paper_value: Decimal,
    /// With a tax table: the tax on the NSO grants' spread at the 409A,
    /// taxed as wages on top of the leave year's projected pay.
    pub nso_spread_tax: Option<Decimal>,
}

/// What leaving after `months` means for the options of `offer`; `None`
/// when it has no options grant.
pub fn leaving(offer: &Offer, months: u32) -> Result<Option<OptionsLeaving>, DataError> {
    let minor = Minor::of(&offer.currency);
    let beyond = || DataError::new("start_date", "the leave date is past the year 9999");
    let leave_date = offer
        .start_date
        .checked_add_months(Months::new(months))
        .ok_or_else(beyond)?;
    let mut grants = Vec::new();
    for grant in &offer.private {
        let PrivateKind::Options {
            option_type,
            exercise_window_days,
            ..
        } = grant.kind
        else {
            continue;
        };
        let too_large = || {
            DataError::new(
                format!("equity[{}]", grant.index),
                "the cost of its options overflows",
            )
        };
        let mut vested = 0u64;
        let mut forfeited = 0u64;
        let (mut cost, mut spread, mut paper) = (minor.zero(), minor.zero(), minor.zero());
        for vest in private_vests(grant)? {
            if vest.months <= months {
                vested += vest.shares;
                cost += vest_value(grant.strike, Decimal::ZERO, vest.shares, minor)
                    .ok_or_else(too_large)?;
                spread += vest_value(grant.fmv, grant.strike, vest.shares, minor)
                    .ok_or_else(too_large)?;
            } else {
                forfeited += vest.shares;
                paper += vest_value(grant.paper_price(), grant.strike, vest.shares, minor)
                    .ok_or_else(too_large)?;
            }
        }
        grants.push(GrantLeaving {
            index: grant.index,
            option_type,
            vested,
            forfeited,
            exercise_cost: minor.figure(cost).ok_or_else(too_large)?,
            spread_at_fmv: minor.figure(spread).ok_or_else(too_large)?,
            forfeited_paper_value: minor.figure(paper).ok_or_else(too_large)?,
            window_closes: leave_date
                .checked_add_days(Days::new(u64::from(exercise_window_days)))
                .ok_or_else(beyond)?,
        });
    }
    if grants.is_empty() {
        return Ok(None);
    }
    let sum = |f: fn(&GrantLeaving) -> Decimal| grants.iter().map(f).sum::<Decimal>();
    Ok(Some(OptionsLeaving {
        after_months: months,
        leave_date,
        exercise_cost: sum(|g| g.exercise_cost),
        spread_at_fmv: sum(|g| g.spread_at_fmv),
        forfeited: grants.iter().map(|g| g.forfeited).sum(),
        forfeited_paper_value: sum(|g| g.forfeited_paper_value),
        grants,
        nso_spread_tax: None,
    }))
}
