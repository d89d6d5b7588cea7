//! `--rate`, `--fx` and `--in`: every offer in one reporting currency.

use crate::cli::{RateSource, repeated};
use crate::domain::fx::{MissingRate, Rates, parse_rate_table};
use crate::domain::purchasing_power::CostOfLiving;
use crate::domain::report::OfferReport;
use crate::domain::report::ReportError;
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

/// The currency every offer is reported in: `--in`, else the first
/// offer's. Checked here, for all the offers at once: a rate for it in the
/// rate file when some offer needs converting, and no `--rate` that
/// converts nothing.
pub(crate) fn reporting_currency(
    inputs: &[Input],
    currencies: &[&str],
    rates: Option<&Rates>,
    reporting: Option<&str>,
) -> Result<Option<String>> {
    let Some(first) = currencies.first() else {
        return Ok(None);
    };
    let chosen_by = match reporting {
        Some(code) => format!("--in {code}"),
        None => format!("the first offer's, in {}", inputs[0].name),
    };
    let reporting = reporting.unwrap_or(first).to_owned();
    if currencies.iter().any(|c| *c != reporting) {
        check_reporting(rates, &reporting, &chosen_by)?;
    }
    if let Some(Rates::Given(given)) = rates {
        for (code, _) in given {
            if code == &reporting || currencies.iter().all(|c| c != code) {
                return Err(Error::Usage(format!(
                    "--rate {code}=… converts no offer (the report is in {reporting} and no offer is in {code}), expected a rate for an offer's currency"
                )));
            }
        }
    }
    Ok(Some(reporting))
}

/// `--col` names each place once.
pub(super) fn check_col_once(indexes: &[CostOfLiving]) -> Result<()> {
    if let Some(col) = repeated(indexes, |a, b| a.key.eq_ignore_ascii_case(&b.key)) {
        return Err(Error::Usage(format!(
            "--col {} is given twice, expected one index per place",
            crate::io::escape::terminal(&col.key)
        )));
    }
    Ok(())
}

/// Every `--col` index matched some offer's place or currency.
pub(super) fn check_col_used(indexes: &[CostOfLiving], reports: &[OfferReport]) -> Result<()> {
    let used = |col: &CostOfLiving| {
        reports.iter().any(|r| {
            r.purchasing_power
                .as_ref()
                .is_some_and(|p| p.key == col.key)
        })
    };
    match indexes.iter().find(|col| !used(col)) {
        Some(unused) => Err(Error::Usage(format!(
            "--col {} matches no offer's location or currency, expected one of theirs",
            crate::io::escape::terminal(&unused.key)
        ))),
        None => Ok(()),
    }
}

/// A report's failure as the command line says it: a missing rate names
/// the flags that give one (the one place that does).
pub(crate) fn report_error(err: ReportError) -> DataError {
    match err {
        ReportError::Data(err) => err,
        ReportError::MissingRate(missing) => {
            let why = match &missing {
                MissingRate::NotGiven { from, to } => format!(
                    "is `{from}` but the report is in `{to}`, expected --rate {from}=VALUE (one {from} in {to}) or --fx FILE to convert it"
                ),
                MissingRate::NotInFile { currency, .. } => format!("is `{currency}`: {missing}"),
            };
            DataError::new("currency", why)
        }
    }
}
