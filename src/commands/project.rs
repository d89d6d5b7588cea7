//! `counteroffer project`.

use crate::cli::{ColorChoice, ProjectArgs};
use crate::error::Result;
use crate::render;

pub fn run(args: &ProjectArgs, color: ColorChoice) -> Result<String> {
    super::chart::check(&args.chart, &args.output)?;
    super::check_csv(
        &args.output,
        &[
            ("--vests", args.vests.vests),
            ("--leave-after", args.leave.leave_after.is_some()),
            ("--leave-table", args.leave_table),
            ("--col", !args.col.indexes.is_empty()),
        ],
    )?;
    super::stdin_once(
        args.offers
            .iter()
            .map(|path| ("OFFER", Some(path.as_path())))
            .chain([("--fx", args.currency.rates.fx.as_deref())]),
    )?;
    let inputs = super::read_inputs(&args.offers)?;
    let rates = super::convert::rates(&args.currency.rates)?;
    let offers = super::load(&inputs, args.projection.as_of, args.projection.years)?;
    let offers = super::with_leave(&inputs, offers, args.leave.leave_after, args.leave_table)?;
    let offers = super::with_tax(&inputs, offers, args.tax.tax.as_deref())?;
    let offers = super::convert::to_reporting_currency(
        &inputs,
        offers,
        rates.as_ref(),
        args.currency.reporting.as_deref(),
    )?;
    let offers = super::convert::with_purchasing_power(offers, &args.col.indexes)?;
    let view = super::view(&args.output, color, args.vests.vests);
    let mut text = render::projections(&offers, &view)?;
    super::chart::add(&mut text, &args.chart, &args.output, &offers, None)?;
    Ok(text)
}
