//! `counteroffer compare`.

use crate::cli::{ChartRequest, CompareRequest, OfferAdditions, Projection};
use crate::domain::market::{BenchmarkSet, MarketComparison};
use crate::domain::projection::ProjectedOffer;
use crate::domain::report::OfferReport;
use crate::error::{DataError, Error, Result};
use crate::io::input::Input;
use crate::render::{self, View};

pub fn run(request: &CompareRequest) -> Result<String> {
    run_with(request, &crate::io::input::read)
}

/// [`run`], reading the offers and benchmarks with `read`.
pub(crate) fn run_with(request: &CompareRequest, read: super::Read) -> Result<String> {
    on_compared(request, read, |compared, request| {
        render(compared, request, None)
    })
}

/// Reads and compares as `compare` does, then hands what it computed to
/// `then`: the rendering, or (under `serve`) the SVG chart.
pub(crate) fn on_compared(
    request: &CompareRequest,
    read: super::Read,
    then: impl FnOnce(&Compared, &Request) -> Result<String>,
) -> Result<String> {
    let inputs = request
        .offers
        .iter()
        .map(|path| read(path))
        .collect::<Result<Vec<_>>>()?;
    let added = &request.additions;
    let rates = super::convert::rates(added.rates.as_ref())?;
    let market = request
        .market
        .as_ref()
        .map(|(path, target)| {
            super::load_benchmarks_reading(Some(path), read).map(|set| (set, *target))
        })
        .transpose()?;
    let request = Request {
        projection: request.projection,
        view: request.view,
        additions: added,
        rates,
        market,
        chart: Some(&request.chart),
    };
    then(&compute(&inputs, &request)?, &request)
}

/// How to compare: shared with `demo`.
pub(crate) struct Request<'a> {
    pub projection: Projection,
    /// The format, colour, width, and whether vests are listed.
    pub view: View,
    /// Leaving early, tax, the reporting currency, purchasing power, an
    /// exit for options.
    pub additions: &'a OfferAdditions,
    /// The rates `additions` names, read.
    pub rates: Option<crate::domain::fx::Rates>,
    /// Benchmarks and the target percentile, to place every offer.
    pub market: Option<(BenchmarkSet, crate::domain::market::Percentile)>,
    pub chart: Option<&'a ChartRequest>,
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
    let offers = super::add(inputs, offers, request.additions, request.rates.as_ref())?;
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
    let view = request.view;
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
            &request.view,
            &compared.offers,
            Some(&compared.comparison),
        )?;
    }
    Ok(text)
}

/// One horizon for all: `--years`, else the longest any offer asks for.
/// Parsed once, then projected once on that horizon.
fn load_on_one_horizon(inputs: &[Input], request: &Request) -> Result<Vec<ProjectedOffer>> {
    let projection = request.projection;
    let offers = super::parse(inputs, projection.as_of, projection.years)?;
    super::check_csv_options(request.view.format, inputs, &offers)?;
    let offers = super::with_exit(offers, request.additions.exit);
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
