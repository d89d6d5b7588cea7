//! A grid of exit prices × years: what the vested options (and
//! double-trigger RSUs) are worth at each price, net of the cost to
//! exercise them, by the end of each year.

use rust_decimal::Decimal;

use super::value::yearly_value;
use crate::domain::money::Minor;
use crate::domain::offer::Offer;
use crate::error::DataError;

/// One exit price of the grid and the value by the end of each year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scenario {
    /// What the price is: `0`, `strike`, `409A`, `preferred`, `2× preferred`, … or `given`.
    pub label: String,
    /// Common's price per share.
    pub price: Decimal,
    /// Element y: the spread of everything vested by the end of year y+1.
    pub vested_value: Vec<Decimal>,
}

/// The grid for `offer`: the prices `given`, else 0, the strike, the 409A,
/// the preferred price and 2×, 5× and 10× it (of the first options grant,
/// else the first private grant; the 409A stands in for a preferred price
/// not given). Equal prices are listed once, under their first label.
/// `None` for an offer without private grants.
pub fn scenarios(offer: &Offer, given: &[Decimal]) -> Result<Option<Vec<Scenario>>, DataError> {
    let Some(first) = offer
        .private
        .iter()
        .find(|g| g.is_options())
        .or(offer.private.first())
    else {
        return Ok(None);
    };
    let mut prices: Vec<(String, Decimal)> = if given.is_empty() {
        let preferred = first.paper_price();
        let mut prices = vec![
            ("0".to_owned(), Decimal::ZERO),
            ("strike".to_owned(), first.strike),
            ("409A".to_owned(), first.fmv),
        ];
        if first.preferred.is_some() {
            prices.push(("preferred".to_owned(), preferred));
        }
        let name = if first.preferred.is_some() {
            "preferred"
        } else {
            "409A"
        };
        for times in [2u32, 5, 10] {
            prices.push((format!("{times}× {name}"), preferred * Decimal::from(times)));
        }
        prices
    } else {
        given.iter().map(|p| ("given".to_owned(), *p)).collect()
    };
    let mut seen = Vec::with_capacity(prices.len());
    prices.retain(|(_, price)| {
        let new = !seen.contains(price);
        seen.push(*price);
        new
    });
    let minor = Minor::of(&offer.currency);
    prices
        .into_iter()
        .map(|(label, price)| {
            let (years, _) = yearly_value(offer, minor, false, |g| Some((price, g.strike)))?;
            let mut running = minor.zero();
            let vested_value = years
                .into_iter()
                .map(|value| {
                    running = minor.figure(running + value).ok_or_else(|| {
                        DataError::new("equity", format!("the value at {price} a share overflows"))
                    })?;
                    Ok(running)
                })
                .collect::<Result<_, DataError>>()?;
            Ok(Scenario {
                label,
                price: price.normalize(),
                vested_value,
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}
