//! `counteroffer market`.

use crate::cli::{ColorChoice, MarketArgs};
use crate::domain::market::{place, select};
use crate::error::{DataError, Error, Result};
use crate::render;

pub fn run(args: &MarketArgs, color: ColorChoice) -> Result<String> {
    run_with(args, color, &crate::io::input::read)
}

/// [`run`], reading the offer and benchmarks with `read`.
pub(crate) fn run_with(args: &MarketArgs, color: ColorChoice, read: super::Read) -> Result<String> {
    super::stdin_once([
        ("OFFER", Some(args.offer.as_path())),
        ("--benchmarks", args.market.benchmarks.as_deref()),
    ])?;
    let inputs = vec![read(&args.offer)?];
    let set = super::load_benchmarks_reading(args.market.benchmarks.as_deref(), read)?;
    let offers = super::load(&inputs, args.as_of, None)?;
    let projected = &offers[0];
    super::compare::check_currency(&set, &projected.offer.currency, &projected.offer)?;
    let entry = select(
        &set.benchmarks,
        &projected.offer,
        args.market.entry.as_deref(),
    )
    .map_err(|reason| {
        Error::data(
            &set.name,
            DataError::new("entries", reason.with_entry_hint()),
        )
    })?;
    let report = place(
        &projected.offer,
        &projected.projection,
        entry,
        args.market.target.percentile(),
    )
    .map_err(|err| Error::data(&inputs[0].name, err))?;
    render::market(
        projected,
        &set,
        &report,
        &super::view(&args.output, color, false),
    )
}
