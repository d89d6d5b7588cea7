//! `script`: the negotiation plan for one offer.

use std::path::PathBuf;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::checks::{repeated, stdin_once};
use super::sources::{OutFile, RateSource, TaxSource, today};
use crate::cli::{CalendarChoice, ScriptArgs, ScriptFormat};
use crate::domain::market::Percentile;
use crate::error::{Error, Result};
use crate::plan::{Component, Situation};

/// What to render the plan as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanOutput {
    Markdown,
    /// Plain text, its paragraphs wrapped to the terminal.
    Text,
    Json,
    /// `--template FILE`: the user's own minijinja template.
    Template(PathBuf),
}

/// `counteroffer script`.
#[derive(Debug, Clone)]
pub struct ScriptRequest {
    pub offer: PathBuf,
    /// `--competing`: the alternative offer.
    pub competing: Option<PathBuf>,
    /// `--current`: what is paid today.
    pub current: Option<PathBuf>,
    /// `--benchmarks FILE`; `None`: the built-in figures.
    pub benchmarks: Option<PathBuf>,
    pub entry: Option<String>,
    pub target: Percentile,
    pub impact: Option<Decimal>,
    pub impact_desc: String,
    /// `--as-of`, else today: the plan's today and the offers' start.
    pub today: NaiveDate,
    /// `--years`.
    pub years: Option<u32>,
    /// `--offer-date`, else today.
    pub offer_date: NaiveDate,
    /// `--deadline`, after the offer date.
    pub deadline: Option<NaiveDate>,
    pub holidays: Vec<NaiveDate>,
    /// `--calendar`; `None` chooses from the offer.
    pub calendar: Option<CalendarChoice>,
    pub walk_away: Option<Decimal>,
    pub situation: Situation,
    /// `--priority` as given, then the rest in the situation's default order.
    pub priority: Vec<Component>,
    pub tax: Option<TaxSource>,
    pub rates: Option<RateSource>,
    pub output: PlanOutput,
    pub out: OutFile,
}

impl ScriptRequest {
    pub(crate) fn new(args: &ScriptArgs) -> Result<ScriptRequest> {
        let tax = args.tax.tax.as_deref().map(TaxSource::from_flag);
        let rates = RateSource::from_args(&args.rates);
        stdin_once([
            ("OFFER", Some(args.offer.as_path())),
            ("--competing", args.competing.as_deref()),
            ("--benchmarks", args.market.benchmarks.as_deref()),
            ("--template", args.template.as_deref()),
            ("--current", args.current.as_deref()),
            ("--fx", rates.as_ref().and_then(RateSource::path)),
            ("--tax", tax.as_ref().and_then(TaxSource::path)),
        ])?;
        let given: Vec<Component> = args.priority.iter().map(|&c| c.into()).collect();
        let priority = priority(&given, args.situation)?;
        let today = args.projection.as_of.unwrap_or_else(today);
        let offer_date = args.offer_date.unwrap_or(today);
        if let Some(deadline) = args.deadline
            && deadline <= offer_date
        {
            return Err(Error::Usage(format!(
                "--deadline {deadline} is not after the offer date {offer_date}, expected a later date"
            )));
        }
        Ok(ScriptRequest {
            offer: args.offer.clone(),
            competing: args.competing.clone(),
            current: args.current.clone(),
            benchmarks: args.market.benchmarks.clone(),
            entry: args.market.entry.clone(),
            target: args.market.target.percentile(),
            impact: args.impact,
            impact_desc: args.impact_desc.clone(),
            today,
            years: args.projection.years,
            offer_date,
            deadline: args.deadline,
            holidays: args.holidays.clone(),
            calendar: args.calendar,
            walk_away: args.walk_away,
            situation: args.situation,
            priority,
            tax,
            rates,
            output: match &args.template {
                Some(path) => PlanOutput::Template(path.clone()),
                None => match args.format {
                    ScriptFormat::Markdown => PlanOutput::Markdown,
                    ScriptFormat::Text => PlanOutput::Text,
                    ScriptFormat::Json => PlanOutput::Json,
                },
            },
            out: OutFile::from(&args.out),
        })
    }
}

/// `--priority` as given, each component once, the ones left out after it
/// in the situation's default order.
pub fn priority(given: &[Component], situation: Situation) -> Result<Vec<Component>> {
    if let Some(component) = repeated(given, |a, b| a == b) {
        return Err(Error::Usage(format!(
            "--priority names `{}` twice, expected each of base, bonus, equity, sign_on at most once",
            component.name()
        )));
    }
    let mut order = given.to_vec();
    order.extend(
        situation
            .default_priority()
            .iter()
            .filter(|c| !given.contains(c)),
    );
    Ok(order)
}
