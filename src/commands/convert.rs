//! `--rate`, `--fx` and `--in`: every offer in one reporting currency.

use crate::cli::{RateSource, repeated};
use crate::domain::fx::{Rates, into_currency, parse_rate_table};
use crate::domain::projection::ProjectedOffer;
use crate::domain::purchasing_power::{CostOfLiving, index_for, purchasing_power};
use crate::error::{DataError, Error, Result};
use crate::io::input::Input;

/// The rates given on the command line or in the `--fx` file, if any. A
/// currency given twice with `--rate` is a usage error, found here (after
/// the offers are read) as it always has been.
pub(crate) fn rates(source: Option<&RateSource>) -> Result<Option<Rates>> {
    match source {
        None => Ok(None),
        Some(RateSource::File(path)) => {
            let input = crate::io::input::read(path)?;
            let table =
                parse_rate_table(&input.bytes).map_err(|err| Error::data(&input.name, err))?;
            Ok(Some(Rates::Table {
                name: input.name,
                table,
            }))
        }
        Some(RateSource::Given(given)) => {
            if let Some((code, _)) = repeated(given, |a, b| a.0 == b.0) {
                return Err(Error::Usage(format!(
                    "--rate {code} is given twice, expected one rate per currency"
                )));
            }
            Ok(Some(Rates::Given(given.clone())))
        }
    }
}

/// A rate file that cannot convert into the reporting currency is the rate
/// file's error, not any offer's: it names the file and the currency it
/// lacks, and what chose that currency (`chosen_by`).
pub(crate) fn check_reporting(
    rates: Option<&Rates>,
    reporting: &str,
    chosen_by: &str,
) -> Result<()> {
    match rates {
        Some(Rates::Table { name, table }) if table.per_unit(reporting).is_none() => {
            Err(Error::data(
                name,
                DataError::new(
                    "rates",
                    format!(
                        "no rate for `{reporting}`, the reporting currency ({chosen_by}), expected `rates.{reporting}` or `base` {reporting}"
                    ),
                ),
            ))
        }
        _ => Ok(()),
    }
}

/// Every offer in the reporting currency (`reporting`, else the first
/// offer's), converted figure by figure. Offers already in it are left as
/// they are. An offer in another currency without a rate is an error naming
/// the flag that gives one; a `--rate` no offer needs is a usage error, so
/// no flag is accepted and ignored.
pub(crate) fn to_reporting_currency(
    inputs: &[Input],
    offers: Vec<ProjectedOffer>,
    rates: Option<&Rates>,
    reporting: Option<&str>,
) -> Result<Vec<ProjectedOffer>> {
    let Some(first) = offers.first() else {
        return Ok(offers);
    };
    let chosen_by = match reporting {
        Some(code) => format!("--in {code}"),
        None => format!("the first offer's, in {}", inputs[0].name),
    };
    let reporting = reporting.unwrap_or(&first.offer.currency).to_owned();
    if offers.iter().any(|o| o.offer.currency != reporting) {
        check_reporting(rates, &reporting, &chosen_by)?;
    }
    if let Some(Rates::Given(given)) = rates {
        for (code, _) in given {
            if code == &reporting || offers.iter().all(|o| &o.offer.currency != code) {
                return Err(Error::Usage(format!(
                    "--rate {code}=… converts no offer (the report is in {reporting} and no offer is in {code}), expected a rate for an offer's currency"
                )));
            }
        }
    }
    offers
        .into_iter()
        .zip(inputs)
        .map(|(offer, input)| {
            into_currency(offer, &reporting, rates).map_err(|err| Error::data(&input.name, err))
        })
        .collect()
}

/// Adds each offer's purchasing power at its `--col` index (its location's,
/// else its written currency's). A key that matches no offer, or is given
/// twice, is a usage error: no flag is accepted and ignored.
pub(super) fn with_purchasing_power(
    offers: Vec<ProjectedOffer>,
    indexes: &[CostOfLiving],
) -> Result<Vec<ProjectedOffer>> {
    if let Some(col) = repeated(indexes, |a, b| a.key.eq_ignore_ascii_case(&b.key)) {
        return Err(Error::Usage(format!(
            "--col {} is given twice, expected one index per place",
            crate::io::escape::terminal(&col.key)
        )));
    }
    let mut used = vec![false; indexes.len()];
    let offers = offers
        .into_iter()
        .map(|mut offer| {
            if let Some(col) = index_for(&offer, indexes) {
                if let Some(i) = indexes.iter().position(|c| c.key == col.key) {
                    used[i] = true;
                }
                offer.purchasing_power = Some(
                    purchasing_power(&offer, col)
                        .map_err(|err| Error::data(&offer.offer.name, err))?,
                );
            }
            Ok(offer)
        })
        .collect::<Result<Vec<_>>>()?;
    if let Some(unused) = indexes.iter().zip(&used).find(|(_, used)| !**used) {
        return Err(Error::Usage(format!(
            "--col {} matches no offer's location or currency, expected one of theirs",
            crate::io::escape::terminal(&unused.0.key)
        )));
    }
    Ok(offers)
}
