//! `counteroffer script`.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::cli::{CalendarChoice, PlanOutput, ScriptRequest};
use crate::domain::market::{BenchmarkSet, select};
use crate::domain::report::OfferReport;
use crate::error::{DataError, Error, Result};
use crate::plan::{Component, Holidays, PlanError, PlanInputs, Situation, plan};
use crate::render::plan::{BUILT_IN_MARKDOWN, BUILT_IN_TEXT, Escape, PlanView, render};

/// `--impact` and `--walk-away` are amounts of the offer's currency: in its
/// minor unit at most (no fractional yen), as every amount in a file is.
fn amounts_in_unit(
    currency: &str,
    impact: Option<Decimal>,
    walk_away: Option<Decimal>,
) -> Result<()> {
    let minor = crate::domain::money::Minor::of(currency);
    for (flag, amount) in [("--impact", impact), ("--walk-away", walk_away)] {
        if let Some(amount) = amount
            && amount.normalize().scale() > minor.places()
        {
            return Err(Error::Usage(format!(
                "{flag} {} has {} decimal places, expected at most {} for {currency}",
                amount.normalize(),
                amount.normalize().scale(),
                minor.places()
            )));
        }
    }
    Ok(())
}

pub fn run(request: &ScriptRequest) -> Result<String> {
    run_with(request, &crate::io::input::read)
}

/// [`run`], reading the offers, benchmarks and template with `read`.
pub(crate) fn run_with(request: &ScriptRequest, read: super::Read) -> Result<String> {
    let mut paths = vec![request.offer.clone()];
    paths.extend(request.competing.clone());
    paths.extend(request.current.clone());
    let inputs = paths
        .iter()
        .map(|path| read(path))
        .collect::<Result<Vec<_>>>()?;
    let offers = super::load(&inputs, request.today, request.years)?;
    // The plan is said in the offer's own currency: the others convert to it.
    let rates = super::convert::rates(request.rates.as_ref())?;
    let offers = super::in_reporting_currency(&inputs, offers, rates.as_ref())?;
    let offer = &offers[0];
    amounts_in_unit(&offer.offer.currency, request.impact, request.walk_away)?;
    let competing = request.competing.as_ref().map(|_| &offers[1]);
    let current = request.current.as_ref().map(|_| &offers[offers.len() - 1]);
    let set = super::load_benchmarks_reading(request.benchmarks.as_deref(), read)?;
    let default_tax = request
        .tax
        .as_ref()
        .map(super::tax::load_source)
        .transpose()?;
    let tax = super::tax::for_offer(&offer.offer, &inputs[0].name, default_tax.as_ref())?;
    let inputs_of_plan = ScriptInputs {
        offer,
        competing,
        set: &set,
        explicit_benchmarks: request.benchmarks.is_some() || request.entry.is_some(),
        entry: request.entry.as_deref(),
        target: request.target,
        impact: request.impact,
        impact_desc: &request.impact_desc,
        offer_date: request.offer_date,
        deadline: request.deadline,
        today: request.today,
        holidays: &request.holidays,
        calendar: request.calendar,
        walk_away: request.walk_away,
        situation: request.situation,
        current,
        priority: request.priority.clone(),
        tax: tax.as_ref().map(|(_, table)| table),
        offer_name: &inputs[0].name,
    };
    let text = match &request.output {
        PlanOutput::Template(path) => {
            let input = read(path)?;
            let source = std::str::from_utf8(&input.bytes).map_err(|_| {
                Error::data(
                    &input.name,
                    DataError::new("", "is not UTF-8 text, expected a template"),
                )
            })?;
            script(&inputs_of_plan, Output::Template(&input.name, source))?
        }
        // The text view's paragraphs wrap to the terminal (80 columns when
        // not a terminal); Markdown keeps its lines whole.
        PlanOutput::Text => crate::render::wrap::block(
            &script(&inputs_of_plan, Output::Text)?,
            usize::from(crate::render::terminal_width()),
        ),
        PlanOutput::Json => script(&inputs_of_plan, Output::Json)?,
        PlanOutput::Markdown => script(&inputs_of_plan, Output::Markdown)?,
    };
    super::deliver(&request.out, text)
}

/// At most this many `--holiday` days: more is not a calendar.
const MAX_HOLIDAYS: usize = 1_000;

/// The calendar the plan skips: `--calendar`, else chosen from the offer.
fn calendar(request: &ScriptInputs) -> Option<crate::domain::holidays::Calendar> {
    match request.calendar {
        Some(CalendarChoice::None) => None,
        Some(CalendarChoice::Of(calendar)) => Some(calendar),
        None => {
            let offer = &request.offer.offer;
            crate::domain::holidays::calendar_for(offer.location.as_deref(), &offer.currency)
        }
    }
}

/// Every day the plan skips: the calendar's holidays over the plan's years,
/// Christmas Eve and New Year's Eve (offices close early, approvers are
/// away), and each `--holiday`.
fn holidays(request: &ScriptInputs) -> Result<Holidays> {
    if request.holidays.len() > MAX_HOLIDAYS {
        return Err(Error::Usage(format!(
            "--holiday is given {} times, expected at most {MAX_HOLIDAYS}",
            request.holidays.len()
        )));
    }
    let mut days: Holidays = request.holidays.iter().copied().collect();
    let first = request.offer_date.year();
    let last = request
        .deadline
        .map_or(first + 1, |d| d.year().max(first + 1))
        .min(first + 10);
    for year in first..=last {
        if let Some(calendar) = calendar(request) {
            days.extend(crate::domain::holidays::holidays(calendar, year));
            for (month, day) in [(12, 24), (12, 31)] {
                days.extend(NaiveDate::from_ymd_opt(year, month, day));
            }
        }
    }
    Ok(days)
}

/// What to render the plan as.
pub(crate) enum Output<'a> {
    Markdown,
    Text,
    Json,
    Template(&'a str, &'a str),
}

/// Everything a script is made from; shared with `demo`.
pub(crate) struct ScriptInputs<'a> {
    pub offer: &'a OfferReport,
    pub competing: Option<&'a OfferReport>,
    pub set: &'a BenchmarkSet,
    /// Benchmarks the user chose: a failed match is an error, not a fallback.
    pub explicit_benchmarks: bool,
    pub entry: Option<&'a str>,
    pub target: crate::domain::market::Percentile,
    pub impact: Option<rust_decimal::Decimal>,
    pub impact_desc: &'a str,
    pub offer_date: NaiveDate,
    pub holidays: &'a [NaiveDate],
    /// `--calendar`; `None` chooses from the offer.
    pub calendar: Option<CalendarChoice>,
    pub walk_away: Option<rust_decimal::Decimal>,
    pub deadline: Option<NaiveDate>,
    /// Today, or `--as-of`.
    pub today: NaiveDate,
    pub situation: Situation,
    pub current: Option<&'a OfferReport>,
    pub priority: Vec<Component>,
    /// The tax table, for what the ask is worth after tax.
    pub tax: Option<&'a crate::domain::tax::TaxTable>,
    /// The offer's input name, for errors.
    pub offer_name: &'a str,
}

pub(crate) fn plan_view(request: &ScriptInputs) -> Result<PlanView> {
    let offer = &request.offer.offer;
    let selected = select(&request.set.benchmarks, offer, request.entry)
        .map_err(|reason| super::market::no_entry(&reason));
    let (market, no_market_reason) = match selected {
        // An entry that names no role and no level could be any job: it
        // says nothing about this one unless chosen by name.
        Ok(entry)
            if request.entry.is_none()
                && entry.filters.role.is_none()
                && entry.filters.level.is_none() =>
        {
            let reason = format!(
                "entry `{}` names no role or level, so it could be any job; choose it with --entry if it fits",
                entry.id
            );
            if request.explicit_benchmarks {
                return Err(Error::data(
                    &request.set.name,
                    DataError::new("entries", reason),
                ));
            }
            (None, Some(reason))
        }
        Ok(entry) => (Some((request.set, entry)), None),
        Err(reason) if request.explicit_benchmarks => {
            return Err(Error::data(
                &request.set.name,
                DataError::new("entries", reason),
            ));
        }
        Err(reason) => (None, Some(reason)),
    };
    let plan = plan(&PlanInputs {
        offer: request.offer,
        situation: request.situation,
        current: request.current,
        market,
        no_market_reason,
        target: request.target,
        impact: request.impact,
        impact_desc: request.impact_desc.to_owned(),
        offer_date: request.offer_date,
        deadline: request.deadline,
        today: request.today,
        holidays: holidays(request)?,
        calendar: calendar(request),
        calendar_declined: request.calendar == Some(CalendarChoice::None),
        walk_away: request.walk_away,
        competing: request.competing,
        priority: request.priority.clone(),
        tax: request.tax,
    })
    .map_err(|err| match err {
        PlanError::Figures(err) => Error::data(request.offer_name, err),
        PlanError::Dates(err) => Error::Usage(format!(
            "--offer-date {}: {err}, expected a date the calendar can hold with room for the plan",
            request.offer_date
        )),
    })?;
    Ok(PlanView::new(&plan))
}

pub(crate) fn script(request: &ScriptInputs, output: Output) -> Result<String> {
    let view = plan_view(request)?;
    let (name, source, escape, users) = match output {
        Output::Json => return crate::render::json_document(&view),
        Output::Markdown => (
            "built-in Markdown template",
            BUILT_IN_MARKDOWN,
            Escape::Markdown,
            false,
        ),
        Output::Text => (
            "built-in text template",
            BUILT_IN_TEXT,
            Escape::Terminal,
            false,
        ),
        Output::Template(name, source) => (name, source, Escape::Terminal, true),
    };
    // The built-in templates are known to be small; a user's may not be.
    let rendered = if users {
        super::memory_budget::within_budget(name, || render(name, source, &view, escape))
    } else {
        render(name, source, &view, escape)
    };
    rendered.map_err(|err| Error::data(name, DataError::new("", err.to_string())))
}
