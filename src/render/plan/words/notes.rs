//! Notes and warnings for the user: the evidence behind each figure (with
//! benchmark ids and percentiles), never meant to be read out.

use rust_decimal::Decimal;

use super::{Voice, component_name, day, in_year, percentile};
use crate::domain::money::display;
use crate::plan::{Ask, Basis, Component, DateWarning, FloorFrom, PlanWarning, Step};
use crate::render::labels::capitalised;

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
    notes.push(sizing_note(voice));
    match plan.impact {
        Some(impact) => notes.push(format!(
            "Forecast: {} is {} times the offer's yearly total of {}; it adds up to {}% of the offer to the ask, inside the band and never past its top (nothing below 5 times, 2% more per step, 10% from 100 times).{}",
            exact(impact),
            times(impact, plan.sizing.offer),
            exact(plan.sizing.offer),
            plan.forecast.lift_pct,
            if plan.forecast.cited { "" } else { " It is too small beside the ask to cite, so the words leave it out." }
        )),
        None => notes.push("No forecast given (--impact): the ask rests on the market and the offer alone, and nothing is said of impact.".to_owned()),
    }
    for ask in &plan.asks {
        notes.push(ask_note(voice, ask));
    }
    if let (Some(current), Some(raise)) = (&plan.current, &plan.raise) {
        notes.push(format!(
            "Against your current pay ({}): {}",
            current.name,
            raise_words(voice, raise)
        ));
    }
    if let Some(whole) = &plan.make_whole {
        notes.push(format!(
            "Make-whole: leaving your current job on the start date forfeits {} of stock vesting in the next 12 months, {} of this year's bonus (pro rata) and {} of sign-on clawback, {} in all; the {} ask covers it.{}",
            exact(whole.stock),
            exact(whole.bonus),
            exact(whole.clawback),
            exact(whole.total),
            voice.sign_on_name(),
            whole.payout_soon.map_or(String::new(), |(date, amount)| format!(
                " {} pays out on {}, within {} days of the start: ask to start after it.",
                exact(amount),
                day(date),
                crate::plan::WAIT_DAYS
            ))
        ));
    }
    let from = match plan.floor.from {
        FloorFrom::WalkAway => "your walk-away point",
        FloorFrom::Alternative => "your alternative",
        FloorFrom::Offer => "the offer as it stands",
    };
    notes.push(format!(
        "Floor: {} a year, set by {from}. The ladder never concedes below it.",
        exact(plan.floor.amount),
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
            "Alternative: {} pays {}{converted} over {} years, {} {} than this offer.{}",
            alternative.name,
            exact(alternative.total),
            plan.horizon_years,
            exact(alternative.difference.abs()),
            if alternative.better() { "more" } else { "less" },
            if alternative.better() {
                format!(
                    " It is better, so it sets the floor at {} a year; the email names its recurring pay once (about {} a year), the call mentions it without figures.",
                    exact(alternative.annual),
                    exact(alternative.headline)
                )
            } else {
                " It pays less, so it is not mentioned: raising a weaker offer only weakens the case.".to_owned()
            }
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
    notes.push(match plan.calendar {
        Some(calendar) => format!("Dates skip weekends, {}, Christmas Eve and New Year's Eve, and any --holiday.", calendar.name()),
        None => "Dates skip weekends and any --holiday; no public-holiday calendar applies (--calendar).".to_owned(),
    });
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
        (Component::SignOn, Some(year)) => {
            format!("{} {}", capitalised(voice.sign_on_name()), in_year(year))
        }
        (component, _) => capitalised(component_name(component)),
    };
    let shown = |value: Decimal| match ask.component {
        Component::BonusPct if !plan.bonus_as_amount => format!("{}%", value.normalize()),
        _ => exact(value),
    };
    let basis = match ask.basis {
        Basis::MarketTarget => "its share of an ask sized against the market's target",
        Basis::AboveOffer => "its share of an ask sized from the offer (no benchmark applies)",
        Basis::StrongOffer => "a modest step over an offer already at or above the market's target",
        Basis::Cap => "the most the rules allow for it",
        Basis::MarketMedian => "the entry's median, in whole points",
        Basis::Remainder => "what is left of the ask once the recurring parts are capped",
        Basis::MakeWhole => "covers what leaving your current employer forfeits",
        Basis::Floor => "lifted so the ask stands 4% above your floor",
    };
    let market = match &ask.market {
        Some(m) => format!(
            "; sits {} of the entry (the {} is {})",
            if m.position.starts_with('p') {
                format!("at {}", m.position)
            } else {
                m.position.clone()
            },
            percentile(plan.target.get()),
            match ask.component {
                Component::BonusPct => format!("{}%", m.target_value.normalize()),
                Component::Equity => format!("{} a year", exact(m.target_value)),
                _ => exact(m.target_value),
            },
        ),
        None => String::new(),
    };
    format!(
        "{name}: {} offered, {} asked: {basis}{market}; it adds {} a year to the package.",
        shown(ask.offered),
        match ask.range_top {
            Some(top) => format!("{} to {}", shown(ask.ask), shown(top)),
            None => shown(ask.ask),
        },
        exact(ask.extra_per_year),
    )
}

/// The sizing in annualized terms: offer, ask, closer, floor.
fn sizing_note(voice: &Voice) -> String {
    let plan = voice.plan;
    let exact = |amount: Decimal| display(amount, &plan.currency);
    let s = &plan.sizing;
    let over = |amount: Decimal| {
        if s.offer.is_zero() {
            Decimal::ZERO
        } else {
            crate::plan::spoken_pct((amount / s.offer - Decimal::ONE) * Decimal::ONE_HUNDRED)
        }
    };
    let position = match s.position {
        crate::plan::Position::NoData => "no benchmark total to compare with".to_owned(),
        crate::plan::Position::BelowTarget => format!(
            "below the entry's {} total of {}",
            percentile(plan.target.get()),
            exact(s.target_total.unwrap_or_default())
        ),
        crate::plan::Position::AtOrAboveTarget => format!(
            "at or above the entry's {} total of {}",
            percentile(plan.target.get()),
            exact(s.target_total.unwrap_or_default())
        ),
        crate::plan::Position::AboveTop => "above the entry's highest total".to_owned(),
    };
    format!(
        "Sizing, a year (base + target bonus + each grant at hire over its vesting years + the first year's sign-on): the offer is worth {} ({position}); the ask {} ({}% over); the closer {} ({}% over); the floor {}. Figures after the opening are rounded to {}.",
        exact(s.offer),
        exact(s.ask),
        over(s.ask),
        exact(s.closer),
        over(s.closer),
        exact(s.floor),
        voice.money(s.unit)
    )
}

/// The offer (and the ask) against current pay; a cut said as one.
pub fn raise_words(voice: &Voice, raise: &crate::plan::Raise) -> String {
    let plan = voice.plan;
    let exact = |amount: Decimal| display(amount, &plan.currency);
    let change = |amount: Decimal, pct: Decimal| {
        if amount < Decimal::ZERO {
            format!("a cut of {} ({}%)", exact(-amount), -pct)
        } else if amount.is_zero() {
            "no change".to_owned()
        } else {
            format!("a raise of {} ({}%)", exact(amount), pct)
        }
    };
    let horizon = if raise.horizon_amount < Decimal::ZERO {
        format!("{} less", exact(-raise.horizon_amount))
    } else {
        format!("{} more", exact(raise.horizon_amount))
    };
    let ask_year_one = plan.ask_projection.rows[0].total;
    let ask_amount = ask_year_one - raise.current_total;
    let ask_pct = if raise.current_total.is_zero() {
        Decimal::ZERO
    } else {
        (ask_amount * Decimal::ONE_HUNDRED / raise.current_total)
            .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    };
    format!(
        "year 1 goes from {} to {} as offered, {}; with the ask, to {}, {}. Over {} years the offer pays {horizon}.",
        exact(raise.current_total),
        exact(raise.offer_total),
        change(raise.amount, raise.pct),
        exact(ask_year_one),
        change(ask_amount, ask_pct),
        plan.horizon_years,
    )
}

pub fn warning(voice: &Voice, warning: &PlanWarning) -> String {
    let exact = |amount: Decimal| display(amount, &voice.plan.currency);
    match warning {
        PlanWarning::NoBenchmark { reason } => format!(
            "No benchmark applies ({reason}); the ask is sized from the offer alone, 12% over it, and nothing is said of the market."
        ),
        PlanWarning::ForecastTooSmall {
            year_one_extra,
            impact,
        } => format!(
            "The forecast ({}) is too small to carry the anchor: the ask adds {} in year 1, more than 10% of it. The words leave it out; a larger, sourced forecast would make the case.",
            exact(*impact),
            exact(*year_one_extra)
        ),
        PlanWarning::OfferAboveMarket => "The offer is already above the data's highest total: the ask is a modest step, mostly one-time money, and the words claim nothing about the market.".to_owned(),
        PlanWarning::CapsLifted(components) => format!(
            "Your floor is high, so the ask is lifted to 4% above it: the usual cap on the {} is lifted. Expect the counter to land nearer your floor.",
            components
                .iter()
                .map(|c| component_name(*c))
                .collect::<Vec<_>>()
                .join(" and the ")
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
        PlanWarning::FloorOutOfReach { floor } => format!(
            "Your floor ({} over the horizon) is beyond what negotiating this offer can reach, even with every cap lifted (base +25%, equity +50%). Decline politely, or rethink the floor; the ask shown is the most worth asking for.",
            exact(*floor)
        ),
        PlanWarning::NoCalendar => "No built-in public-holiday calendar fits this offer's place or currency: the dates skip weekends only. Choose one with --calendar (us, gb-eng, ca, ie, de, fr, nl, in, au), add days with --holiday, or say --calendar none.".to_owned(),
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
        DateWarning::ShortLimit { business_days: 0 } => "No business day before the deadline: the counter goes out at once, asking first for more time (3 to 5 business days is usual).".to_owned(),
        DateWarning::ShortLimit { business_days: 1 } => "Only one business day before the deadline: the counter goes out at once, asking first for more time (3 to 5 business days is usual).".to_owned(),
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
        Step::ThankAndCounter => "your thanks and counter",
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
        Step::ThankAndCounter if promotion => {
            "Thank your manager and send the counter by email in one message, asking for the time to settle it properly"
        }
        Step::ThankAndCounter => {
            "Thank them and send the counter by email in one message, asking first for more time (an extension of 3 to 5 business days)"
        }
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
