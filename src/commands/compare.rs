//! `counteroffer compare`.

use crate::cli::{ChartArgs, ColorChoice, CompareArgs, OutputArgs, ProjectionArgs};
use crate::error::{DataError, Error, Result};
use crate::input::Input;
use crate::market::{BenchmarkSet, MarketComparison};
use crate::projection::ProjectedOffer;
use crate::render;

pub fn run(args: &CompareArgs, color: ColorChoice) -> Result<String> {
    // Usage first, in the same order as every command: flags, then files.
    super::chart::check(&args.chart, &args.output)?;
    super::stdin_once(
        args.offers
            .iter()
            .map(|path| ("OFFER", Some(path.as_path())))
            .chain([("--benchmarks", args.benchmarks.as_deref())]),
    )?;
    let inputs = super::read_inputs(&args.offers)?;
    let market = args
        .benchmarks
        .as_deref()
        .map(|path| super::load_benchmarks(Some(path)))
        .transpose()?;
    compare(
        &inputs,
        Request {
            projection: &args.projection,
            vests: args.vests.vests,
            leave_after: args.leave.leave_after,
            tax: args.tax.tax.as_deref(),
            output: &args.output,
            market: market.map(|m| (m, args.target.percentile)),
            chart: Some(&args.chart),
            color,
        },
    )
}

/// How to compare: shared with `demo`.
pub(crate) struct Request<'a> {
    pub projection: &'a ProjectionArgs,
    pub vests: bool,
    pub leave_after: Option<u32>,
    /// `--tax`: a built-in table's name or a file.
    pub tax: Option<&'a str>,
    pub output: &'a OutputArgs,
    /// Benchmarks and the target percentile, to place every offer.
    pub market: Option<(BenchmarkSet, u8)>,
    pub chart: Option<&'a ChartArgs>,
    pub color: ColorChoice,
}

/// Compares already-read inputs.
pub(crate) fn compare(inputs: &[Input], request: Request) -> Result<String> {
    let Request {
        projection,
        vests,
        leave_after,
        tax,
        output,
        market,
        chart,
        color,
    } = request;
    let offers = load_on_one_horizon(inputs, projection)?;
    super::one_currency(inputs, &offers)?;
    let offers = super::with_leave(inputs, offers, leave_after, false)?;
    let offers = super::with_tax(inputs, offers, tax)?;
    let currency = &offers[0].offer.currency;
    let market = match market {
        Some((set, target)) => {
            check_currency(&set, currency, &offers[0])?;
            Some(
                MarketComparison::new(set, &offers, target)
                    .map_err(|err| Error::data(&inputs[0].name, err))?,
            )
        }
        None => None,
    };
    let comparison = crate::compare::compare(&offers)
        .map_err(|err| Error::data(&inputs[err.offer].name, err.error))?;
    let mut text = render::comparison(
        &offers,
        &comparison,
        market.as_ref(),
        &super::view(output, color, vests),
    )?;
    if let Some(chart) = chart {
        super::chart::add(&mut text, chart, output, &offers, Some(&comparison))?;
    }
    Ok(text)
}

/// One horizon for all: `--years`, else the longest any offer asks for.
fn load_on_one_horizon(inputs: &[Input], args: &ProjectionArgs) -> Result<Vec<ProjectedOffer>> {
    let offers = super::load(inputs, args.as_of, args.years)?;
    let horizon = offers.iter().map(|o| o.offer.years).max().unwrap_or(1);
    if args.years.is_none() && offers.iter().any(|o| o.offer.years != horizon) {
        return super::load(inputs, args.as_of, Some(horizon));
    }
    Ok(offers)
}

/// Benchmarks in another currency than the offers cannot place them.
pub(crate) fn check_currency(
    set: &BenchmarkSet,
    currency: &str,
    offer: &ProjectedOffer,
) -> Result<()> {
    if set.benchmarks.currency == currency {
        return Ok(());
    }
    Err(Error::data(
        &set.name,
        DataError::new(
            "currency",
            format!(
                "is `{}` but offer `{}` is in `{currency}`, expected benchmarks in the offer's currency",
                set.benchmarks.currency, offer.offer.name
            ),
        ),
    ))
}
