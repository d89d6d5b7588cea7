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
            (
                "--scenarios",
                args.scenarios || !args.scenario_prices.is_empty(),
            ),
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
    let offers = super::parse(&inputs, args.projection.as_of, args.projection.years)?;
    super::check_csv_options(&args.output, &inputs, &offers)?;
    let offers = super::project_offers(
        &inputs,
        super::with_exit(&inputs, offers, args.exit.exit())?,
    )?;
    let additions = super::Additions {
        exit: args.exit.exit(),
        leave_after: args.leave.leave_after,
        leave_table: args.leave_table,
        tax: args.tax.tax.as_deref(),
        rates: rates.as_ref(),
        reporting: args.currency.reporting.as_deref(),
        col: &args.col.indexes,
    };
    let mut offers = super::add(&inputs, offers, &additions)?;
    if args.scenarios || !args.scenario_prices.is_empty() {
        for (projected, input) in offers.iter_mut().zip(&inputs) {
            let grid = crate::domain::options::scenarios(&projected.offer, &args.scenario_prices)
                .map_err(|err| crate::error::Error::data(&input.name, err))?;
            if let Some(options) = projected.projection.options.as_mut() {
                options.scenarios = grid;
            }
        }
    }
    let view = super::view(&args.output, color, args.vests.vests);
    let mut text = render::projections(&offers, &view)?;
    super::chart::add(&mut text, &args.chart, &args.output, &offers, None)?;
    Ok(text)
}
