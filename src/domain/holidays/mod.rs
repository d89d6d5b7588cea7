//! Built-in public-holiday calendars: the days that are not business days
//! in a country, so that a date a person is asked to keep is a working day.
//!
//! Every calendar is written as rules (fixed dates, nth weekdays, days
//! counted from Easter, and how a day on a weekend is observed) and tested
//! against the official 2026 and 2027 lists. No crate on crates.io was
//! both kept up to date and covering these nine countries with their
//! substitute-day rules: `holidays` is a one-release snapshot of a Python
//! package's tables held in global state, `bdays` covers US settlement
//! days only of these, and `public_holidays` looks days up by name.

mod asia_pacific;
mod british_isles;
mod easter;
mod europe;
mod north_america;
mod place;
mod rules;
#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

pub use easter::easter_sunday;
pub use place::calendar_for;

/// A built-in public-holiday calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Calendar {
    Us,
    EnglandWales,
    Canada,
    Ireland,
    Germany,
    France,
    Netherlands,
    India,
    Australia,
}

impl Calendar {
    /// Every calendar, in the order `--calendar` lists them.
    pub const ALL: [Calendar; 9] = [
        Calendar::Us,
        Calendar::EnglandWales,
        Calendar::Canada,
        Calendar::Ireland,
        Calendar::Germany,
        Calendar::France,
        Calendar::Netherlands,
        Calendar::India,
        Calendar::Australia,
    ];

    /// The short code a person types: an ISO 3166 country code, with
    /// `gb-eng` (ISO 3166-2) since Scotland and Northern Ireland keep other
    /// bank holidays.
    pub fn code(self) -> &'static str {
        match self {
            Calendar::Us => "us",
            Calendar::EnglandWales => "gb-eng",
            Calendar::Canada => "ca",
            Calendar::Ireland => "ie",
            Calendar::Germany => "de",
            Calendar::France => "fr",
            Calendar::Netherlands => "nl",
            Calendar::India => "in",
            Calendar::Australia => "au",
        }
    }

    /// What the calendar counts, in words for a warning or a note.
    pub fn name(self) -> &'static str {
        match self {
            Calendar::Us => "US federal holidays and the day after Thanksgiving",
            Calendar::EnglandWales => "England and Wales bank holidays",
            Calendar::Canada => "Canada federal statutory holidays",
            Calendar::Ireland => "Ireland public holidays",
            Calendar::Germany => "Germany nationwide public holidays",
            Calendar::France => "France national public holidays",
            Calendar::Netherlands => "Netherlands national holidays",
            Calendar::India => "India national holidays",
            Calendar::Australia => "Australia national public holidays",
        }
    }

    /// The calendar with this code, ignoring ASCII case.
    pub fn from_code(code: &str) -> Option<Calendar> {
        Calendar::ALL
            .into_iter()
            .find(|calendar| calendar.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// The days of `year` that are not business days under `calendar`, sorted
/// and without repeats: each holiday on its own date (a weekend one too, so
/// it can be named) and the weekday it is observed on when that differs,
/// as the calendar's doc says. An observed day can fall in the year before
/// its holiday (US New Year's Day 2028, a Saturday, is observed on Friday
/// 31 December 2027), so it is listed in the year it falls in. Weekends
/// as such are not listed. Dates chrono cannot hold (beyond ±262,000 years) are
/// absent.
pub fn holidays(calendar: Calendar, year: i32) -> Vec<NaiveDate> {
    let neighbours = [year.checked_sub(1), Some(year), year.checked_add(1)];
    let mut all = BTreeSet::new();
    for each in neighbours.into_iter().flatten() {
        all.extend(rules_for(calendar, each).observed());
    }
    all.into_iter().filter(|date| date.year() == year).collect()
}

fn rules_for(calendar: Calendar, year: i32) -> rules::Year {
    match calendar {
        Calendar::Us => north_america::us(year),
        Calendar::EnglandWales => british_isles::england_wales(year),
        Calendar::Canada => north_america::canada(year),
        Calendar::Ireland => british_isles::ireland(year),
        Calendar::Germany => europe::germany(year),
        Calendar::France => europe::france(year),
        Calendar::Netherlands => europe::netherlands(year),
        Calendar::India => asia_pacific::india(year),
        Calendar::Australia => asia_pacific::australia(year),
    }
}
