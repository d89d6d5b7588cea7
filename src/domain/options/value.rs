//! What private grants vest, year by year, and what that is worth at a
//! price: the spread × the shares of each vest, rounded to the unit once
//! per vest (as RSU tranches are).

use rust_decimal::Decimal;

use super::{PrivateGrant, spread};
use crate::domain::money::Minor;
use crate::domain::offer::Offer;
use crate::domain::vesting::tranche_units;
use crate::error::DataError;

/// One vest of one private grant (tranches due the same month are one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrivateVest {
    /// Months after the start date.
    pub months: u32,
    /// Employment year it falls in; may lie beyond the horizon.
    pub year: u32,
    /// Whole options or shares.
    pub shares: u64,
}

/// Every vest of `grant`, in order. The shares are split over the schedule
/// in whole shares by largest remainder, so they sum to the grant.
pub fn private_vests(grant: &PrivateGrant) -> Result<Vec<PrivateVest>, DataError> {
    let split = || {
        DataError::new(
            format!("equity[{}]", grant.index),
            "vesting split overflows",
        )
    };
    let mut vests: Vec<PrivateVest> = Vec::new();
    for (months_after_grant, units) in
        tranche_units(&grant.vesting, Minor::WHOLE).ok_or_else(split)?
    {
        let months = grant.vesting.months_after_start() + months_after_grant;
        let shares = u64::try_from(units).map_err(|_| split())?;
        match vests.last_mut() {
            Some(last) if last.months == months => last.shares += shares,
            _ => vests.push(PrivateVest {
                months,
                year: months.div_ceil(12),
                shares,
            }),
        }
    }
    Ok(vests)
}

/// One vest of a private grant as the views list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedVest {
    /// Position in `offer.private`.
    pub grant: usize,
    pub vest: PrivateVest,
    /// At the paper price, less the strike: not cash.
    pub paper_value: Decimal,
    /// At the exit, when one is assumed.
    pub at_exit: Option<Decimal>,
}

/// Every vest of every private grant of `offer`, by date then grant, with
/// common's price at the exit per grant (`OptionYears::common_prices`).
pub fn listed_vests(
    offer: &Offer,
    common_prices: &[Option<Decimal>],
) -> Result<Vec<ListedVest>, DataError> {
    let minor = Minor::of(&offer.currency);
    let mut all = Vec::new();
    for (position, grant) in offer.private.iter().enumerate() {
        let too_large = || {
            DataError::new(
                format!("equity[{}]", grant.index),
                "the value of its vests overflows, expected fewer shares or a lower price",
            )
        };
        let price = common_prices.get(position).copied().flatten();
        for vest in private_vests(grant)? {
            all.push(ListedVest {
                grant: position,
                vest,
                paper_value: vest_value(grant.paper_price(), grant.strike, vest.shares, minor)
                    .ok_or_else(too_large)?,
                at_exit: price
                    .map(|p| vest_value(p, grant.strike, vest.shares, minor).ok_or_else(too_large))
                    .transpose()?,
            });
        }
    }
    all.sort_by_key(|v| (v.vest.months, v.grant));
    Ok(all)
}

/// The spread of `shares` at `price` over `strike`, rounded to the unit
/// half away from zero; `None` past the figures computed exactly.
pub fn vest_value(price: Decimal, strike: Decimal, shares: u64, minor: Minor) -> Option<Decimal> {
    spread(price, strike)
        .checked_mul(Decimal::from(shares))
        .and_then(|value| minor.figure(value))
}

/// Each horizon year's value of the private grants at `price_of(grant)`
/// (grants without a price count nothing), and the value vesting after the
/// horizon. `options_only` leaves double-trigger RSUs out.
pub fn yearly_value(
    offer: &Offer,
    minor: Minor,
    options_only: bool,
    mut price_of: impl FnMut(&PrivateGrant) -> Option<(Decimal, Decimal)>,
) -> Result<(Vec<Decimal>, Decimal), DataError> {
    let mut years = vec![minor.zero(); offer.years as usize];
    let mut after = minor.zero();
    for grant in &offer.private {
        if options_only && !grant.is_options() {
            continue;
        }
        let Some((price, strike)) = price_of(grant) else {
            continue;
        };
        let too_large = || {
            DataError::new(
                format!("equity[{}]", grant.index),
                "the value of its vests overflows, expected fewer shares or a lower price",
            )
        };
        for vest in private_vests(grant)? {
            let value = vest_value(price, strike, vest.shares, minor).ok_or_else(too_large)?;
            let slot = match years.get_mut(vest.year as usize - 1) {
                Some(slot) => slot,
                None => &mut after,
            };
            *slot = minor.figure(*slot + value).ok_or_else(too_large)?;
        }
    }
    Ok((years, after))
}

/// What an offer's private grants add to its projection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionYears {
    /// Options (not RSUs) vesting in each horizon year.
    pub options_vested: Vec<u64>,
    /// Each year's vests at the paper price (preferred, else 409A), net of
    /// the strike: never in a total.
    pub paper_value: Vec<Decimal>,
    /// Paper value vesting after the horizon.
    pub paper_value_after: Decimal,
    /// Each year's cost to exercise the options vesting in it (strike ×
    /// options, rounded per vest).
    pub exercise_cost: Vec<Decimal>,
    /// Each year's value at the exit (in the year's `equity`); all zero
    /// without an exit.
    pub at_exit: Vec<Decimal>,
    /// Value at the exit vesting after the horizon.
    pub at_exit_after: Decimal,
    /// Common's price at the exit, per private grant (in `offer.private`
    /// order), when an exit is assumed.
    pub common_prices: Vec<Option<Decimal>>,
    /// The grid of exit prices × years, when asked for (`--scenarios`).
    pub scenarios: Option<Vec<super::Scenario>>,
    /// Leaving early with the options, when asked for (`--leave-after`).
    pub leaving: Option<super::OptionsLeaving>,
    /// Every vest of every private grant, by date (`--vests`).
    pub vests: Vec<ListedVest>,
}

impl OptionYears {
    pub fn paper_value_total(&self) -> Option<Decimal> {
        self.paper_value
            .iter()
            .try_fold(Decimal::ZERO, |sum, v| sum.checked_add(*v))
    }
}

/// The private grants of `offer` over its horizon; `None` if it has none.
pub fn options_years(offer: &Offer, minor: Minor) -> Result<Option<OptionYears>, DataError> {
    if offer.private.is_empty() {
        return Ok(None);
    }
    let mut options_vested = vec![0u64; offer.years as usize];
    for grant in offer.private.iter().filter(|g| g.is_options()) {
        for vest in private_vests(grant)? {
            if let Some(slot) = options_vested.get_mut(vest.year as usize - 1) {
                *slot += vest.shares;
            }
        }
    }
    let (paper_value, paper_value_after) =
        yearly_value(offer, minor, false, |g| Some((g.paper_price(), g.strike)))?;
    // The cost to exercise is the strike's "spread" over nothing.
    let (exercise_cost, _) = yearly_value(offer, minor, true, |g| Some((g.strike, Decimal::ZERO)))?;
    let common_prices = offer
        .private
        .iter()
        .map(|grant| match offer.exit {
            None => Ok(None),
            Some(exit) => exit.common_price(grant.fully_diluted_shares).map(Some).map_err(|why| {
                match why {
                    super::NoPrice::NoShareCount => DataError::new(
                        format!("equity[{}].fully_diluted_shares", grant.index),
                        "is missing, expected the company's fully diluted share count to turn the exit valuation into a price per share",
                    ),
                    super::NoPrice::Overflow => DataError::new(
                        format!("equity[{}].fully_diluted_shares", grant.index),
                        "gives a price per share at the exit that overflows",
                    ),
                }
            }),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let price_of = |grant: &PrivateGrant| {
        let position = offer.private.iter().position(|g| g.index == grant.index)?;
        common_prices[position].map(|price| (price, grant.strike))
    };
    let (at_exit, at_exit_after) = yearly_value(offer, minor, false, price_of)?;
    let vests = listed_vests(offer, &common_prices)?;
    Ok(Some(OptionYears {
        vests,
        options_vested,
        paper_value,
        paper_value_after,
        exercise_cost,
        at_exit,
        at_exit_after,
        common_prices,
        scenarios: None,
        leaving: None,
    }))
}
