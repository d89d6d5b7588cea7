//! `counteroffer compare`.

use crate::cli::{ChartArgs, ColorChoice, CompareArgs, OutputArgs, ProjectionArgs};
use crate::domain::market::{BenchmarkSet, MarketComparison};
use crate::domain::projection::ProjectedOffer;
use crate::domain::report::OfferReport;
use crate::error::{DataError, Error, Result};
use crate::io::input::Input;
use crate::render;

pub fn run(args: &CompareArgs, color: ColorChoice) -> Result<String> {
    run_with(args, color, &crate::io::input::read)
}

/// [`run`], reading the offers and benchmarks with `read`.
pub(crate) fn run_with(
    args: &CompareArgs,
    color: ColorChoice,
    read: super::Read,
) -> Result<String> {
    on_compared(args, color, read, |compared, request| {
        render(compared, request, None)
    })
}

/// Checks, reads and compares as `compare` does, then hands what it
/// computed to `then`: the rendering, or (under `serve`) the SVG chart.
pub(crate) fn on_compared(
    args: &CompareArgs,
    color: ColorChoice,
    read: super::Read,
    then: impl FnOnce(&Compared, &Request) -> Result<String>,
) -> Result<String> {
    // Usage first, in the same order as every command: flags, then files.
    super::chart::check(&args.chart, &args.output)?;
    super::check_csv(
        &args.output,
        &[
            ("--vests", args.vests.vests),
            ("--leave-after", args.leave.leave_after.is_some()),
            ("--benchmarks", args.benchmarks.is_some()),
            ("--col", !args.col.indexes.is_empty()),
        ],
    )?;
    if args.target.given.is_some() && args.benchmarks.is_none() {
        return Err(Error::Usage(
            "--target sets the percentile offers are placed against, expected --benchmarks FILE with it".into(),
        ));
    }
    super::stdin_once(
        args.offers
            .iter()
            .map(|path| ("OFFER", Some(path.as_path())))
            .chain([
                ("--benchmarks", args.benchmarks.as_deref()),
                ("--fx", args.currency.rates.fx.as_deref()),
                ("--tax", args.tax.tax.as_deref().map(std::path::Path::new)),
            ]),
    )?;
    let inputs = args
        .offers
        .iter()
        .map(|path| read(path))
        .collect::<Result<Vec<_>>>()?;
    let rates = super::convert::rates(&args.currency.rates)?;
    let market = args
        .benchmarks
        .as_deref()
        .map(|path| super::load_benchmarks_reading(Some(path), read))
        .transpose()?;
    let request = Request {
        projection: &args.projection,
        vests: args.vests.vests,
        additions: super::Additions {
            leave_after: args.leave.leave_after,
            tax: args.tax.tax.as_deref(),
            rates: rates.as_ref(),
            reporting: args.currency.reporting.as_deref(),
            col: &args.col.indexes,
            exit: args.exit.exit(),
            ..Default::default()
        },
        output: &args.output,
        market: market.map(|m| (m, args.target.percentile())),
        chart: Some(&args.chart),
        color,
    };
    then(&compute(&inputs, &request)?, &request)
}

/// How to compare: shared with `demo`.
pub(crate) struct Request<'a> {
    pub projection: &'a ProjectionArgs,
    pub vests: bool,
    /// Leaving early, tax, the reporting currency, purchasing power.
    pub additions: super::Additions<'a>,
    pub output: &'a OutputArgs,
    /// Benchmarks and the target percentile, to place every offer.
    pub market: Option<(BenchmarkSet, crate::domain::market::Percentile)>,
    pub chart: Option<&'a ChartArgs>,
    pub color: ColorChoice,
}

/// What a comparison computed, before it is rendered.
pub(crate) struct Compared {
    pub offers: Vec<OfferReport>,
    pub comparison: crate::domain::compare::Comparison,
    pub market: Option<MarketComparison>,
}

/// Projects, places and compares: everything but the rendering.
pub(crate) fn compute(inputs: &[Input], request: &Request) -> Result<Compared> {
    let offers = load_on_one_horizon(inputs, request)?;
    let offers = super::add(inputs, offers, &request.additions)?;
    let currency = &offers[0].offer.currency;
    let market = match &request.market {
        Some((set, target)) => {
            check_currency(set, currency, &offers[0].offer)?;
            Some(
                MarketComparison::new(set.clone(), &offers, *target)
                    .map_err(|err| Error::data(&inputs[0].name, err))?,
            )
        }
        None => None,
    };
    let comparison = crate::domain::compare::compare(&offers)
        .map_err(|err| Error::data(&inputs[err.offer].name, err.error))?;
    Ok(Compared {
        offers,
        comparison,
        market,
    })
}

/// The comparison in the asked format, with the plan of `demo` added to
/// the JSON when given.
pub(crate) fn render(
    compared: &Compared,
    request: &Request,
    plan: Option<&crate::render::plan::PlanView>,
) -> Result<String> {
    let view = super::view(request.output, request.color, request.vests);
    let mut text = render::comparison(
        &compared.offers,
        &compared.comparison,
        compared.market.as_ref(),
        plan,
        &view,
    )?;
    if let Some(chart) = request.chart {
        super::chart::add(
            &mut text,
            chart,
            request.output,
            &compared.offers,
            Some(&compared.comparison),
        )?;
    }
    Ok(text)
}

/// One horizon for all: `--years`, else the longest any offer asks for.
/// Parsed once, then projected once on that horizon.
fn load_on_one_horizon(inputs: &[Input], request: &Request) -> Result<Vec<ProjectedOffer>> {
    let args = request.projection;
    let offers = super::parse(inputs, args.as_of, args.years)?;
    super::check_csv_options(request.output, inputs, &offers)?;
    let offers = super::with_exit(inputs, offers, request.additions.exit)?;
    let horizon = offers.iter().map(|o| o.years).max().unwrap_or(1);
    let offers = offers
        .into_iter()
        .zip(inputs)
        .map(|(offer, input)| {
            crate::domain::offer::with_horizon(offer, horizon)
                .map_err(|err| Error::data(&input.name, err))
        })
        .collect::<Result<Vec<_>>>()?;
    super::project_offers(inputs, offers)
}

/// Benchmarks in another currency than the offers cannot place them.
pub(crate) fn check_currency(
    set: &BenchmarkSet,
    currency: &str,
    offer: &crate::domain::offer::Offer,
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
                set.benchmarks.currency, offer.name
            ),
        ),
    ))
}
