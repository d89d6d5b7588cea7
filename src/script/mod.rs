//! The negotiation plan: the ask, what it is worth, the concession ladder,
//! the dated timeline, and the script text rendered from a template.

mod ask;
mod ladder;
mod precise;
mod template;
mod timeline;
mod view;

pub use ask::{Ask, AskMarket, Component, asked_offer};
pub use ladder::{Alternative, Step, WalkAway};
pub use precise::{precise_money, precise_pct};
pub use template::{BUILT_IN_MARKDOWN, BUILT_IN_TEXT, Escape, TemplateError, render};
pub use timeline::{
    HARD_LIMIT_DAYS, Milestone, Timeline, business_day_after, is_business_day, timeline,
};
pub use view::PlanView;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::error::DataError;
use crate::market::{BenchmarkSet, Entry};
use crate::projection::{ProjectedOffer, Projection, project};

/// Everything the plan is built from.
pub struct PlanInputs<'a> {
    pub offer: &'a ProjectedOffer,
    /// The benchmark file and the entry that applies, if any.
    pub market: Option<(&'a BenchmarkSet, &'a Entry)>,
    /// Why no benchmark applies, when none does.
    pub no_market_reason: Option<String>,
    pub target: u8,
    /// The user's impact forecast, in money.
    pub impact: Decimal,
    pub impact_desc: String,
    pub offer_date: NaiveDate,
    pub holidays: Vec<NaiveDate>,
    pub walk_away: Option<Decimal>,
    pub competing: Option<&'a ProjectedOffer>,
}

/// The whole plan, every number exact.
#[derive(Debug, Clone)]
pub struct Plan {
    pub offer_name: String,
    pub currency: String,
    pub horizon_years: u32,
    pub impact: Decimal,
    pub impact_desc: String,
    pub target: u8,
    /// `(file name, entry id, source, built in)` of the benchmark used.
    pub benchmark: Option<(String, String, String, bool)>,
    pub asks: Vec<Ask>,
    pub offer_projection: Projection,
    pub ask_projection: Projection,
    pub ladder: Vec<Step>,
    pub walk_away: Option<WalkAway>,
    pub alternative: Option<Alternative>,
    pub timeline: Timeline,
    pub offer_date: NaiveDate,
    pub warnings: Vec<String>,
}

/// Builds the plan. Errors name the input that breaks it (overflow, dates).
pub fn plan(inputs: &PlanInputs) -> Result<Plan, DataError> {
    let offer = &inputs.offer.offer;
    if inputs.impact <= Decimal::ZERO {
        return Err(DataError::new("--impact", "must be greater than 0"));
    }
    let asks = ask::asks(&ask::AskInputs {
        offer,
        projection: &inputs.offer.projection,
        entry: inputs.market.map(|(_, entry)| entry),
        target: inputs.target,
        impact: inputs.impact,
    })?;
    let asked = asked_offer(offer, &asks);
    let ask_projection = project(&asked)?;
    let ask_total = ask_projection.summary.total;
    let ladder = ladder::ladder(offer, &asked, &asks, ask_total)?;
    let walk_away = inputs
        .walk_away
        .map(|amount| ladder::walk_away(offer, amount))
        .transpose()?;
    let alternative = inputs
        .competing
        .map(|c| {
            let mut competing = c.offer.clone();
            competing.years = offer.years;
            ladder::alternative(offer, &competing)
        })
        .transpose()?;
    let timeline = timeline::timeline(inputs.offer_date, &inputs.holidays)
        .ok_or_else(|| DataError::new("--offer-date", "the plan's dates run past the calendar"))?;
    let mut warnings = Vec::new();
    if let Some(reason) = &inputs.no_market_reason {
        warnings.push(format!(
            "No benchmark applies ({reason}); the ask is built from the offer and the forecast alone."
        ));
    }
    if let Some(w) = &walk_away {
        if ask_total < w.amount {
            warnings.push(format!(
                "The full ask ({}) is below your own walk-away point ({}): raise the ask or rethink the walk-away.",
                crate::money::display(ask_total, &offer.currency),
                crate::money::display(w.amount, &offer.currency)
            ));
        }
    }
    warnings.extend(timeline.warnings.iter().cloned());
    Ok(Plan {
        offer_name: offer.name.clone(),
        currency: offer.currency.clone(),
        horizon_years: offer.years,
        impact: inputs.impact,
        impact_desc: inputs.impact_desc.clone(),
        target: inputs.target,
        benchmark: inputs.market.map(|(set, entry)| {
            (
                set.name.clone(),
                entry.id.clone(),
                set.benchmarks.source.clone(),
                set.built_in,
            )
        }),
        asks,
        offer_projection: inputs.offer.projection.clone(),
        ask_projection,
        ladder,
        walk_away,
        alternative,
        timeline,
        offer_date: inputs.offer_date,
        warnings,
    })
}
