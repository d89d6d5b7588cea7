//! The exit price at which an offer with options draws level with the best
//! of the others over the horizon.
//!
//! The offer's total at a common price P is its total without any exit
//! value plus the spread of every vest in the horizon at P (each rounded to
//! the unit). That total never falls as P rises, so the smallest P, in
//! whole minor units (cents), at which it reaches the other offer's total is
//! found by bisection.

use rust_decimal::Decimal;

use crate::domain::money::Minor;
use crate::domain::offer::exit::{Exit, valuation_for_common_price};
use crate::domain::options::yearly_value;
use crate::domain::report::OfferReport;
use crate::error::DataError;

/// Where an offer with private grants draws level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExitBreakEven {
    /// The offer with options.
    pub offer: usize,
    /// The offer it must draw level with: the highest total of the others.
    pub against: usize,
    /// Common's price per share, to the minor unit, at which it draws
    /// level; `None` when no price does (nothing vests in the horizon).
    pub exit_price: Option<Decimal>,
    /// The company valuation that gives that price (with the exit's
    /// dilution and preferences), where the grant's fully diluted shares
    /// are known.
    pub exit_valuation: Option<Decimal>,
}

/// The break-even exit price of every offer with private grants, against
/// the best other offer. Offers are on one horizon and in one currency.
pub fn exit_break_even(offers: &[OfferReport]) -> Result<Vec<ExitBreakEven>, (usize, DataError)> {
    let mut found = Vec::new();
    for (index, projected) in offers.iter().enumerate() {
        if projected.offer.private.is_empty() {
            continue;
        }
        // The first given wins a tie, as in the standings.
        let Some(against) = (0..offers.len())
            .filter(|&other| other != index)
            .rev()
            .max_by_key(|&other| offers[other].projection.summary.total)
        else {
            continue;
        };
        let target = offers[against].projection.summary.total;
        let break_even = level_with(projected, target).map_err(|err| (index, err))?;
        found.push(ExitBreakEven {
            offer: index,
            against,
            ..break_even
        });
    }
    Ok(found)
}

/// The smallest price in whole minor units at which `projected` reaches `target`.
fn level_with(projected: &OfferReport, target: Decimal) -> Result<ExitBreakEven, DataError> {
    let offer = &projected.offer;
    let minor = Minor::of(&offer.currency);
    let at_exit: Decimal = projected
        .projection
        .options
        .as_ref()
        .map(|o| o.at_exit.iter().sum())
        .unwrap_or_default();
    let without_exit = projected.projection.summary.total - at_exit;
    let total_at = |units: i128| -> Result<Decimal, DataError> {
        let price = minor.from_units(units).unwrap_or(Decimal::MAX);
        let (years, _) = yearly_value(offer, minor, false, |g| Some((price, g.strike)))?;
        Ok(years.iter().fold(without_exit, |sum, v| sum + v))
    };
    let none = ExitBreakEven {
        offer: 0,
        against: 0,
        exit_price: None,
        exit_valuation: None,
    };
    let most = minor
        .units(crate::domain::offer::exit::MAX_PRICE)
        .unwrap_or(0);
    let (mut low, mut high) = (0i128, 1i128);
    if total_at(0)? >= target {
        high = 0;
    } else {
        // Double until it reaches the target (a price past 10^15 a share
        // means no exit in reason does).
        loop {
            match total_at(high) {
                Ok(total) if total >= target => break,
                Ok(_) if high < most => {
                    low = high;
                    high = (high * 2).min(most);
                }
                _ => return Ok(none),
            }
        }
        // total_at(low) < target <= total_at(high)
        while high - low > 1 {
            let mid = low + (high - low) / 2;
            if total_at(mid)? >= target {
                high = mid;
            } else {
                low = mid;
            }
        }
    }
    let price = minor.from_units(high).unwrap_or_default();
    let first = offer.private.first();
    let exit_valuation = first
        .and_then(|g| g.fully_diluted_shares)
        .and_then(|shares| {
            let (dilution, preferences) = match offer.exit {
                Some(Exit::Valuation {
                    dilution_pct,
                    preferences,
                    ..
                }) => (dilution_pct, preferences),
                _ => (Decimal::ZERO, Decimal::ZERO),
            };
            valuation_for_common_price(price, dilution, preferences, shares)
        });
    Ok(ExitBreakEven {
        exit_price: Some(price),
        exit_valuation,
        ..none
    })
}
