//! The building blocks every calendar is written in: dated days, how a
//! day that falls on a weekend is observed, and the observed list.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// How a holiday that falls on a Saturday or Sunday is observed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Weekend {
    /// Not moved: the day is off only if it is a weekday.
    Stays,
    /// US federal rule (5 U.S.C. 6103(b)): Saturday is observed on the
    /// Friday before, Sunday on the Monday after.
    FridayOrMonday,
    /// Substitute day: the next weekday that is neither a holiday nor
    /// already another holiday's substitute (so Christmas on a Saturday
    /// and Boxing Day on the Sunday give Monday 27 and Tuesday 28).
    NextFreeWeekday,
}

/// One year's holidays of one calendar, each with its weekend rule.
#[derive(Debug, Default)]
pub(super) struct Year {
    days: Vec<(NaiveDate, Weekend)>,
}

impl Year {
    /// Adds a dated day; a date chrono cannot hold (only at the ends of its
    /// range) is left out rather than invented.
    pub(super) fn add(&mut self, date: Option<NaiveDate>, weekend: Weekend) {
        if let Some(date) = date {
            self.days.push((date, weekend));
        }
    }

    /// Adds a fixed day of the month.
    pub(super) fn fixed(&mut self, year: i32, month: u32, day: u32, weekend: Weekend) {
        self.add(NaiveDate::from_ymd_opt(year, month, day), weekend);
    }

    /// Every holiday on its own date plus the weekday each is observed on
    /// when that differs, sorted and without repeats.
    pub(super) fn observed(mut self) -> BTreeSet<NaiveDate> {
        self.days.sort_unstable_by_key(|(date, _)| *date);
        let mut all: BTreeSet<NaiveDate> = self.days.iter().map(|(date, _)| *date).collect();
        let mut taken: BTreeSet<NaiveDate> =
            all.iter().copied().filter(|d| !is_weekend(*d)).collect();
        for (date, weekend) in &self.days {
            let moved = match (weekend, date.weekday()) {
                (Weekend::FridayOrMonday, Weekday::Sat) => date.pred_opt(),
                (Weekend::FridayOrMonday, Weekday::Sun) => date.succ_opt(),
                (Weekend::NextFreeWeekday, Weekday::Sat | Weekday::Sun) => {
                    next_free_weekday(*date, &taken)
                }
                _ => None,
            };
            if let Some(moved) = moved {
                taken.insert(moved);
                all.insert(moved);
            }
        }
        all
    }
}

fn next_free_weekday(from: NaiveDate, taken: &BTreeSet<NaiveDate>) -> Option<NaiveDate> {
    let mut day = from.succ_opt()?;
    while is_weekend(day) || taken.contains(&day) {
        day = day.succ_opt()?;
    }
    Some(day)
}

pub(super) fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The `n`th (1-based) `weekday` of a month.
pub(super) fn nth(year: i32, month: u32, weekday: Weekday, n: u8) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
}

/// The last `weekday` of a month.
pub(super) fn last(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 {
        (year.checked_add(1)?, 1)
    } else {
        (year, month + 1)
    };
    let end = NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()?;
    on_or_before(end, weekday)
}

/// The latest `weekday` on or before `date`.
pub(super) fn on_or_before(date: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let back = (7 + date.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
    date.checked_sub_days(Days::new(u64::from(back)))
}

/// `days` after (or, negative, before) `date`.
pub(super) fn offset(date: Option<NaiveDate>, days: i64) -> Option<NaiveDate> {
    let date = date?;
    let magnitude = Days::new(days.unsigned_abs());
    if days < 0 {
        date.checked_sub_days(magnitude)
    } else {
        date.checked_add_days(magnitude)
    }
}
