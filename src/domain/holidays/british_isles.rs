//! England and Wales, and Ireland.

use chrono::{
    Datelike, NaiveDate,
    Weekday::{Fri, Mon},
};

use super::easter::easter_sunday;
use super::rules::{Weekend, Year, last, nth, offset};

/// England and Wales bank holidays (Banking and Financial Dealings Act
/// 1971 and the yearly proclamations): New Year's Day, Good Friday, Easter
/// Monday, the early May, spring and summer bank holidays, Christmas and
/// Boxing Day, with substitute days on the next free weekday. One-off
/// proclaimed days (jubilees, coronations, a moved early May holiday as in
/// 2020) follow no rule and are not included.
pub(super) fn england_wales(year: i32) -> Year {
    use Weekend::NextFreeWeekday as Substitute;
    let easter = easter_sunday(year);
    let mut days = Year::default();
    days.fixed(year, 1, 1, Substitute);
    days.add(offset(easter, -2), Weekend::Stays);
    days.add(offset(easter, 1), Weekend::Stays);
    days.add(nth(year, 5, Mon, 1), Weekend::Stays);
    days.add(last(year, 5, Mon), Weekend::Stays);
    days.add(last(year, 8, Mon), Weekend::Stays);
    days.fixed(year, 12, 25, Substitute);
    days.fixed(year, 12, 26, Substitute);
    days
}

/// Ireland's public holidays (Organisation of Working Time Act 1997,
/// Schedule 2): New Year's Day, St Brigid's Day (from 2023), St Patrick's
/// Day, Easter Monday, the first Mondays of May, June and August, the last
/// Monday of October, Christmas Day and St Stephen's Day. Irish law gives
/// no substitute date for a holiday on a weekend, but banks, the public
/// service and most employers close on the next free weekday, which is
/// what this calendar counts (so St Stephen's Day 2026, a Saturday, makes
/// Monday 28 December a day off).
pub(super) fn ireland(year: i32) -> Year {
    use Weekend::NextFreeWeekday as Substitute;
    let mut days = Year::default();
    days.fixed(year, 1, 1, Substitute);
    if year >= 2023 {
        days.add(st_brigids_day(year), Weekend::Stays);
    }
    days.fixed(year, 3, 17, Substitute);
    days.add(offset(easter_sunday(year), 1), Weekend::Stays);
    days.add(nth(year, 5, Mon, 1), Weekend::Stays);
    days.add(nth(year, 6, Mon, 1), Weekend::Stays);
    days.add(nth(year, 8, Mon, 1), Weekend::Stays);
    days.add(last(year, 10, Mon), Weekend::Stays);
    days.fixed(year, 12, 25, Substitute);
    days.fixed(year, 12, 26, Substitute);
    days
}

/// The first Monday of February, or 1 February itself when it is a Friday.
fn st_brigids_day(year: i32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, 2, 1)?;
    if first.weekday() == Fri {
        Some(first)
    } else {
        nth(year, 2, Mon, 1)
    }
}
