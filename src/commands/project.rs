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
            .chain([
                ("--fx", args.currency.rates.fx.as_deref()),
                ("--tax", args.tax.tax.as_deref().map(std::path::Path::new)),
            ]),
    )?;
    let inputs = super::read_inputs(&args.offers)?;
    let rates = super::convert::rates(&args.currency.rates)?;
    let offers = super::load(&inputs, args.projection.as_of, args.projection.years)?;
    let additions = super::Additions {
        leave_after: args.leave.leave_after,
        leave_table: args.leave_table,
        tax: args.tax.tax.as_deref(),
        rates: rates.as_ref(),
        reporting: args.currency.reporting.as_deref(),
        col: &args.col.indexes,
    };
    let offers = super::add(&inputs, offers, &additions)?;
    let view = super::view(&args.output, color, args.vests.vests);
    let mut text = render::projections(&offers, &view)?;
    super::chart::add(&mut text, &args.chart, &args.output, &offers, None)?;
    Ok(text)
}
