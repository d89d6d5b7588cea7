//! Notes and warnings for the user: the evidence behind each figure (with
//! benchmark ids and percentiles), never meant to be read out.

use rust_decimal::Decimal;

use super::{Voice, component_name, day, in_year, percentile};
use crate::money::display;
use crate::render::labels::capitalised;
use crate::script::{Ask, Basis, Component, DateWarning, FloorFrom, PlanWarning, Step};

pub fn notes(voice: &Voice) -> Vec<String> {
    let plan = voice.plan;
    let exact = |amount: Decimal| display(amount, &plan.currency);
    let mut notes = Vec::new();
    match &plan.benchmark {
        Some(b) if b.built_in => notes.push(format!(
            "Benchmark: entry {} of {}. These are illustrative figures, not survey data, so nothing you say claims market data; use your own file (--benchmarks) for real numbers.",
            b.entry, b.name
        )),
        Some(b) => notes.push(format!("Benchmark: entry {} of {} ({}).", b.entry, b.name, b.source)),
        None => {}
    }
    notes.push(format!(
        "Forecast: {} is {} times the offer's year-1 total of {}; it lifts the asks by {}% (nothing below 5 times, 2% more per step, 10% from 100 times).",
        exact(plan.impact),
        times(plan.impact, plan.offer_projection.rows[0].total),
        exact(plan.offer_projection.rows[0].total),
        plan.forecast.lift_pct
    ));
    for ask in &plan.asks {
        notes.push(ask_note(voice, ask));
    }
    if let Some(total) = &plan.total_market {
        notes.push(format!(
            "The entry has totals only: the offer's yearly total {} sits at {}; the {} is {}; the ask brings it to {} ({}).{}",
            exact(total.offered),
            total.offered_position,
            percentile(total.target_used),
            exact(total.target_value),
            exact(total.asked),
            total.asked_position,
            if total.supports_more {
                " The market supports more than the credible step of one negotiation; use that as the argument, and ask again at the first review."
            } else {
                ""
            }
        ));
    }
    if let (Some(current), Some(raise)) = (&plan.current, &plan.raise) {
        notes.push(format!(
            "Against your current pay ({}): year 1 goes from {} to {}, a raise of {} ({}%); over {} years, {} more.",
            current.name,
            exact(raise.current_total),
            exact(raise.offer_total),
            exact(raise.amount),
            raise.pct,
            plan.horizon_years,
            exact(raise.horizon_amount)
        ));
    }
    let from = match plan.floor.from {
        FloorFrom::WalkAway => "your walk-away point",
        FloorFrom::Alternative => "your alternative",
        FloorFrom::Offer => "the offer as it stands",
    };
    notes.push(format!(
        "Floor: {} over {} years, set by {from}. The ladder never concedes below it.",
        exact(plan.floor.amount),
        plan.horizon_years
    ));
    if let Some(alternative) = &plan.alternative {
        let converted = alternative.conversion.as_ref().map_or(String::new(), |c| {
            let when = match &c.date {
                Some(date) => format!("rates of {date}"),
                None => "a rate given with --rate".to_owned(),
            };
            format!(
                " (converted from {} at {} {} per {}, {when})",
                c.from,
                c.rate(),
                c.to,
                c.from
            )
        });
        notes.push(format!(
            "Alternative: {} pays {}{converted} over {} years, {} {} than this offer. Say that you have it, not what it is, unless its numbers help.",
            alternative.name,
            exact(alternative.total),
            plan.horizon_years,
            exact(alternative.difference.abs()),
            if alternative.difference > Decimal::ZERO { "more" } else { "less" }
        ));
    }
    if let Some(walk_away) = &plan.walk_away {
        let stands = if walk_away.margin >= Decimal::ZERO {
            format!("the offer clears it by {}", exact(walk_away.margin))
        } else {
            format!(
                "the offer falls {} short{}",
                exact(-walk_away.margin),
                walk_away
                    .base_needed
                    .map(|b| format!(" ({} more base a year would reach it)", exact(b)))
                    .unwrap_or_default()
            )
        };
        let spoken = if voice.promotion() {
            " In a promotion it stays private: it sets your floor, and is never said."
        } else {
            ""
        };
        notes.push(format!(
            "Walk-away: {} over {} years; {stands}.{spoken}",
            exact(walk_away.amount),
            plan.horizon_years
        ));
    }
    notes.push("Get the final numbers in writing before you sign: base, bonus target, the grant, its vesting and cliff, any sign-on and its clawback, level and title, and the start or effective date.".to_owned());
    notes
}

/// `58.0`: the forecast as a multiple of the year-1 total, one decimal.
fn times(impact: Decimal, total: Decimal) -> Decimal {
    if total.is_zero() {
        return Decimal::ZERO;
    }
    (impact / total).round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
}

pub fn ask_note(voice: &Voice, ask: &Ask) -> String {
    let plan = voice.plan;
    let exact = |amount: Decimal| display(amount, &plan.currency);
    let name = match (ask.component, ask.year) {
        (Component::SignOn, Some(year)) => format!("Sign-on {}", in_year(year)),
        (component, _) => capitalised(component_name(component)),
    };
    let shown = |value: Decimal| match ask.component {
        Component::BonusPct if !plan.bonus_as_amount => format!("{}%", value.normalize()),
        _ => exact(value),
    };
    let basis = match ask.basis {
        Basis::MarketTarget => "the market target, lifted by the forecast".to_owned(),
        Basis::AboveOffer => "10% over the offer, lifted by the forecast".to_owned(),
        Basis::AboveMarketTop => {
            "a modest 5% over an offer already above the data's highest point".to_owned()
        }
        Basis::CredibleStep => {
            "capped at the credible step (15% over the offer plus the forecast's lift)".to_owned()
        }
        Basis::Bridge => format!(
            "bridges back-loaded vesting: an even schedule would vest {} more that year",
            exact(ask.bridge.unwrap_or_default())
        ),
        Basis::Alternative => {
            "lifted so the whole ask reaches 5% above your better alternative".to_owned()
        }
        Basis::MarketTotal => {
            "lifted towards the target total of an entry with totals only".to_owned()
        }
    };
    let market = match &ask.market {
        Some(m) => format!(
            "; sits {} of the entry (the {} is {}){}",
            if m.position.starts_with('p') {
                format!("at {}", m.position)
            } else {
                m.position.clone()
            },
            percentile(m.target_used),
            match ask.component {
                Component::BonusPct => format!("{}%", m.target_value.normalize()),
                Component::Equity => format!("{} a year", exact(m.target_value)),
                _ => exact(m.target_value),
            },
            if m.supports_more {
                "; the market supports more"
            } else {
                ""
            }
        ),
        None => String::new(),
    };
    let per = match ask.component {
        Component::SignOn => "in its year",
        Component::Equity => "a vesting year",
        _ => "a year",
    };
    format!(
        "{name}: {} offered, {} asked: {basis}{market}; the extra {} {per} is {}% of the forecast.",
        shown(ask.offered),
        shown(ask.ask),
        exact(ask.extra_per_year),
        ask.forecast_share_pct
    )
}

pub fn warning(voice: &Voice, warning: &PlanWarning) -> String {
    let exact = |amount: Decimal| display(amount, &voice.plan.currency);
    match warning {
        PlanWarning::NoBenchmark { reason } => format!(
            "No benchmark applies ({reason}); the ask is built from the offer and the forecast alone."
        ),
        PlanWarning::ForecastTooSmall {
            year_one_extra,
            impact,
        } => format!(
            "The forecast ({}) is too small to carry the anchor: the ask adds {} in year 1, more than 10% of it. The words leave it out; a larger, sourced forecast would make the case.",
            exact(*impact),
            exact(*year_one_extra)
        ),
        PlanWarning::OfferAboveMarket { components } => format!(
            "The offer is already above the data's highest point for the {}: the ask there is modest.",
            components
                .iter()
                .map(|c| component_name(*c))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        PlanWarning::WalkAwayBelowAlternative {
            walk_away,
            alternative,
        } => format!(
            "Your walk-away point ({}) is below your alternative ({}): you would sign for less than you can already have. The floor is the alternative.",
            exact(*walk_away),
            exact(*alternative)
        ),
        PlanWarning::FloorAtOrAboveAsk { floor, ask_total } => format!(
            "Your floor ({}, from {}) is at or above the full ask ({}): there is nothing to concede, so the ladder is empty. Raise the ask or rethink the floor.",
            exact(floor.amount),
            match floor.from {
                FloorFrom::WalkAway => "your walk-away point",
                FloorFrom::Alternative => "your alternative",
                FloorFrom::Offer => "the offer",
            },
            exact(*ask_total)
        ),
        PlanWarning::Dates(date) => date_warning(voice, date),
    }
}

fn date_warning(voice: &Voice, warning: &DateWarning) -> String {
    let steps = |list: &[(Step, chrono::NaiveDate)]| {
        list.iter()
            .map(|(step, date)| format!("{} on {}", step_name(voice, *step), day(*date)))
            .collect::<Vec<_>>()
            .join("; ")
    };
    match warning {
        DateWarning::OfferNotBusinessDay(date) => format!(
            "The offer date {date} is not a business day; business days are counted from it all the same."
        ),
        DateWarning::OfferInPast { offer, today } => format!(
            "The offer date {offer} is before today ({today}): the days since count against the limit. Check the dates, or pass --as-of."
        ),
        DateWarning::Moved { step, usual, to } => format!(
            "The usual date for {} ({usual}) is too close to the limit; it is moved to {to}, the last business day before it.",
            step_name(voice, *step)
        ),
        DateWarning::ShortLimit { business_days } => format!(
            "Only {business_days} business days before the limit: ask for more time now (3 to 5 business days is usual)."
        ),
        DateWarning::YearEnd(list) => format!(
            "Between 20 December and 2 January many people are away, so allow for slow replies: {}.",
            steps(list)
        ),
        DateWarning::HolidayWeek(list) => format!(
            "These steps fall in a week with a holiday, so allow for slow replies: {}.",
            steps(list)
        ),
    }
}

/// A step as a warning names it.
fn step_name(voice: &Voice, step: Step) -> String {
    match step {
        Step::Thank => "your thanks",
        Step::Counter => "the counter",
        Step::FollowUp => "the follow-up",
        Step::WindowOpens => "the window's opening",
        Step::WindowCloses => "the window's close",
        Step::HardLimit if voice.plan.deadline.is_some() => "their deadline",
        Step::HardLimit => "the limit",
    }
    .to_owned()
}

/// What happens at a step of the timeline.
pub fn milestone(voice: &Voice, step: Step, deadline: bool) -> String {
    let promotion = voice.promotion();
    match step {
        Step::Thank if promotion => {
            "Thank your manager, ask for the package in writing and when it must be settled"
        }
        Step::Thank => "Thank them, confirm the deadline in writing, ask for the offer in full",
        Step::Counter => "Send the counter by email, then talk it through",
        Step::FollowUp => "Follow up if there is no answer",
        Step::WindowOpens => "Target window to settle opens",
        Step::WindowCloses => "Target window to settle closes",
        Step::HardLimit if deadline => "Their deadline",
        Step::HardLimit if promotion => "Outer limit to settle the package",
        Step::HardLimit => "Hard limit: past this the offer risks being rescinded",
    }
    .to_owned()
}
