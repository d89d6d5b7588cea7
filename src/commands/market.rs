//! `counteroffer market`.

use crate::cli::MarketRequest;
use crate::domain::market::{place, select};
use crate::error::{DataError, Error, Result};
use crate::render;

pub fn run(request: &MarketRequest) -> Result<String> {
    run_with(request, &crate::io::input::read)
}

/// [`run`], reading the offer and benchmarks with `read`.
pub(crate) fn run_with(request: &MarketRequest, read: super::Read) -> Result<String> {
    let inputs = vec![read(&request.offer)?];
    let set = super::load_benchmarks_reading(request.benchmarks.as_deref(), read)?;
    let offers = super::load(&inputs, request.as_of, None)?;
    let projected = &offers[0];
    super::compare::check_currency(&set, &projected.offer.currency, &projected.offer)?;
    let entry = select(&set.benchmarks, &projected.offer, request.entry.as_deref())
        .map_err(|reason| Error::data(&set.name, DataError::new("entries", no_entry(&reason))))?;
    let report = place(
        &projected.offer,
        &projected.projection,
        entry,
        request.target,
    )
    .map_err(|err| Error::data(&inputs[0].name, err))?;
    render::market(projected, &set, &report, &request.view)
}

/// Why no benchmark entry was found, with `--entry` named where choosing
/// one would settle it; `script` says it the same way.
pub(crate) fn no_entry(reason: &crate::domain::market::NoEntry) -> String {
    if reason.choosing_helps() {
        format!("{reason}; pick one with --entry ID")
    } else {
        reason.to_string()
    }
}
