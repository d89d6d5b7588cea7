//! `counteroffer tax list|show`, and reading the table `--tax` names.

use crate::cli::{TaxRequest, TaxSource};
use crate::domain::tax::{TaxTable, built_in, built_in_names, built_in_text, parse_tax_table};
use crate::error::{Error, Result};

pub fn run(request: &TaxRequest) -> Result<String> {
    match request {
        TaxRequest::List => Ok(list()),
        TaxRequest::Show(name) => built_in_text(name).ok_or_else(|| unknown(name)),
    }
}

/// One line a built-in table: its name, year, currency and the taxes it
/// holds; `tax show` has the brackets and the sources.
fn list() -> String {
    let names = built_in_names();
    let widest = names.iter().map(String::len).max().unwrap_or(0);
    let mut text = String::new();
    for name in &names {
        if let Some(table) = built_in(name) {
            let covers: Vec<&str> = table.taxes.iter().map(|l| l.name.as_str()).collect();
            let older = if table.figure_years.is_some() {
                " (some figures from an earlier year)"
            } else {
                ""
            };
            text.push_str(&format!(
                "{name:<widest$}  {}  {}  {}{older}\n",
                table.year,
                table.currency,
                covers.join(", ")
            ));
        }
    }
    text.push_str("\n`counteroffer tax show NAME` prints a table with its brackets and sources.\n");
    text
}

fn unknown(name: &str) -> Error {
    Error::Usage(format!(
        "no built-in tax table `{}`, expected one of {} or a file (a path with `/` or ending in .json)",
        crate::io::escape::terminal(name),
        built_in_names().join(", ")
    ))
}

/// Whether a `--tax` or `tax` value names a file rather than a built-in table.
fn names_a_file(value: &str) -> bool {
    matches!(TaxSource::named(value), TaxSource::File(_))
}

/// The table `--tax` names: a file (`-`: standard input) or a built-in
/// table. Returns the name for messages and the table.
pub(crate) fn load_source(source: &TaxSource) -> Result<(String, TaxTable)> {
    match source {
        TaxSource::File(path) => {
            let input = crate::io::input::read(path)?;
            let table =
                parse_tax_table(&input.bytes).map_err(|err| Error::data(&input.name, err))?;
            Ok((input.name, table))
        }
        TaxSource::BuiltIn(name) => built_in(name)
            .map(|table| (name.clone(), table))
            .ok_or_else(|| unknown(name)),
    }
}

/// A table an offer's own `tax` names: a file relative to the offer file
/// `offer_file` (when the value has a `/` or ends in `.json`), else a
/// built-in name. Never standard input. Returns the name for messages and
/// the table.
fn load_own(value: &str, offer_file: &str) -> Result<(String, TaxTable)> {
    match TaxSource::named(value) {
        TaxSource::File(path) => {
            let path = match std::path::Path::new(offer_file).parent() {
                Some(dir) if path.is_relative() && offer_file != "<stdin>" => dir.join(path),
                _ => path,
            };
            load_source(&TaxSource::File(path))
        }
        built_in @ TaxSource::BuiltIn(_) => load_source(&built_in),
    }
}

/// The table for one offer: its own `tax` (a file relative to the offer
/// file `input_name`), else `default` (`--tax`, loaded once with [`load_source`]),
/// in the offer's currency.
pub(crate) fn for_offer(
    offer: &crate::domain::offer::Offer,
    input_name: &str,
    default: Option<&(String, TaxTable)>,
) -> Result<Option<(String, TaxTable)>> {
    let found = match (&offer.tax, default) {
        // An unknown name in the file is the file's bad data, at its path.
        (Some(own), _) if !names_a_file(own) && built_in(own).is_none() => {
            return Err(Error::data(
                input_name,
                crate::error::DataError::new(
                    "tax",
                    format!(
                        "`{own}` is not a built-in tax table, expected one of {} or a file (a path with `/` or ending in .json)",
                        built_in_names().join(", ")
                    ),
                ),
            ));
        }
        (Some(own), _) => Some(load_own(own, input_name)?),
        (None, Some(table)) => Some(table.clone()),
        (None, None) => None,
    };
    if let Some((name, table)) = &found {
        table
            .check_currency(offer)
            .map_err(|err| Error::data(name, err))?;
    }
    Ok(found)
}
