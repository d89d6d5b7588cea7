//! `counteroffer demo`: the built-in example offers compared, with market
//! positions from the built-in benchmarks, then the negotiation plan for
//! the founding case as it is: a promotion over (illustrative) current pay,
//! a $12M incremental profit forecast, the competing offer as the
//! alternative, at a fixed offer date so the output is the same every day.

use rust_decimal::Decimal;

use super::script::{Output, ScriptInputs, plan_view, script};
use crate::cli::{DemoRequest, OfferAdditions};
use crate::domain::market::DEFAULT_TARGET;
use crate::domain::report::OfferReport;
use crate::error::Result;
use crate::io::demo;
use crate::plan::Situation;
use crate::render::{Format, wrap};

/// The founding case's impact forecast.
pub(crate) const IMPACT: Decimal = Decimal::from_parts(12_000_000, 0, 0, false, 0);
pub(crate) const IMPACT_DESC: &str = "incremental profit in the first year";
/// The founding case's offer date (a Monday), also "today" for the plan.
pub(crate) const OFFER_DATE: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(2026, 11, 16)
{
    Some(date) => date,
    None => panic!("a valid date"),
};

pub fn run(demo_request: &DemoRequest) -> Result<String> {
    let market = super::load_benchmarks(None)?;
    let inputs = demo::inputs();
    let no_additions = OfferAdditions::default();
    let request = super::compare::Request {
        projection: demo_request.projection,
        view: demo_request.view,
        additions: &no_additions,
        rates: None,
        market: Some((market.clone(), DEFAULT_TARGET)),
        chart: None,
    };
    // Read and projected once: the comparison's offers are the plan's.
    let compared = super::compare::compute(&inputs, &request)?;
    let current: Vec<OfferReport> = super::load(
        &[demo::current_pay()],
        demo_request.projection.as_of,
        Some(compared.offers[0].offer.years),
    )?
    .into_iter()
    .map(OfferReport::from)
    .collect();
    let offer_date = demo_request.as_of.unwrap_or(OFFER_DATE);
    let plan = ScriptInputs {
        offer: &compared.offers[0],
        competing: Some(&compared.offers[1]),
        set: &market,
        explicit_benchmarks: false,
        entry: None,
        target: DEFAULT_TARGET,
        impact: Some(IMPACT),
        impact_desc: IMPACT_DESC,
        offer_date,
        deadline: None,
        today: offer_date,
        holidays: &[],
        calendar: None,
        walk_away: None,
        situation: Situation::Promotion,
        current: current.first(),
        priority: Situation::Promotion.default_priority().to_vec(),
        tax: None,
        offer_name: &inputs[0].name,
    };
    // The introduction and the plan are wrapped here as blocks of lines,
    // each line a paragraph; the comparison wraps its own.
    let width = usize::from(
        demo_request
            .view
            .width
            .unwrap_or_else(crate::render::terminal_width),
    );
    match demo_request.view.format {
        Format::Table => Ok(format!(
            "{}{}\n{}",
            wrap::block(demo::INTRO, width),
            super::compare::render(&compared, &request, None)?,
            wrap::block(&script(&plan, Output::Text)?, width)
        )),
        Format::Markdown => Ok(format!(
            "{}\n{}",
            super::compare::render(&compared, &request, None)?,
            script(&plan, Output::Markdown)?
        )),
        Format::Json => {
            let view = plan_view(&plan)?;
            super::compare::render(&compared, &request, Some(&view))
        }
        // CSV carries the yearly rows only.
        Format::Csv => super::compare::render(&compared, &request, None),
    }
}
