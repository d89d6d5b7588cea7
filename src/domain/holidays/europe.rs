//! Germany, France and the Netherlands. None of the three moves a holiday
//! that falls on a weekend.

use chrono::{Datelike, NaiveDate, Weekday::Sun};

use super::easter::easter_sunday;
use super::rules::{Weekend, Year, offset};

/// Germany's nationwide public holidays (the days every state keeps): New
/// Year's Day, Good Friday, Easter Monday, Labour Day (1 May), Ascension
/// Day, Whit Monday, German Unity Day (3 October), Christmas Day and the
/// second day of Christmas. State holidays (Epiphany, Corpus Christi,
/// Reformation Day, All Saints' Day and others) are not included, except
/// the one nationwide Reformation Day of 2017.
pub(super) fn germany(year: i32) -> Year {
    let easter = easter_sunday(year);
    let mut days = Year::default();
    days.fixed(year, 1, 1, Weekend::Stays);
    days.add(offset(easter, -2), Weekend::Stays);
    days.add(offset(easter, 1), Weekend::Stays);
    days.fixed(year, 5, 1, Weekend::Stays);
    days.add(offset(easter, 39), Weekend::Stays);
    days.add(offset(easter, 50), Weekend::Stays);
    days.fixed(year, 10, 3, Weekend::Stays);
    if year == 2017 {
        // The Reformation's 500th anniversary was a one-time nationwide day.
        days.fixed(year, 10, 31, Weekend::Stays);
    }
    days.fixed(year, 12, 25, Weekend::Stays);
    days.fixed(year, 12, 26, Weekend::Stays);
    days
}

/// France's eleven national public holidays (Code du travail, L3133-1):
/// New Year's Day, Easter Monday, 1 May, 8 May, Ascension Day, Whit Monday,
/// 14 July, 15 August, 1 November, 11 November and Christmas Day. Whit
/// Monday (not a holiday in 2005-2007) is counted although some employers
/// make it the unpaid "journée de solidarité"; the Alsace-Moselle days
/// (Good Friday, 26 December) are not included.
pub(super) fn france(year: i32) -> Year {
    let easter = easter_sunday(year);
    let mut days = Year::default();
    days.fixed(year, 1, 1, Weekend::Stays);
    days.add(offset(easter, 1), Weekend::Stays);
    days.fixed(year, 5, 1, Weekend::Stays);
    days.fixed(year, 5, 8, Weekend::Stays);
    days.add(offset(easter, 39), Weekend::Stays);
    if !(2005..=2007).contains(&year) {
        // The 2004 solidarity-day law made Whit Monday a working day until
        // the 2008 law restored it.
        days.add(offset(easter, 50), Weekend::Stays);
    }
    for (month, day) in [(7, 14), (8, 15), (11, 1), (11, 11), (12, 25)] {
        days.fixed(year, month, day, Weekend::Stays);
    }
    days
}

/// The Netherlands' national holidays (Algemene termijnenwet): New Year's
/// Day, Easter Sunday and Monday, King's Day, Ascension Day, Whit Sunday
/// and Monday, Christmas Day and the second day of Christmas. Good Friday
/// is in the law's list but most employers and collective agreements do
/// not give it, so it is not counted. Liberation Day (5 May) is a day off
/// under most collective agreements only once every five years, so it is
/// counted only in years divisible by 5 (2025, 2030).
pub(super) fn netherlands(year: i32) -> Year {
    let easter = easter_sunday(year);
    let mut days = Year::default();
    days.fixed(year, 1, 1, Weekend::Stays);
    days.add(easter, Weekend::Stays);
    days.add(offset(easter, 1), Weekend::Stays);
    days.add(monarchs_day(year), Weekend::Stays);
    if year.rem_euclid(5) == 0 {
        days.fixed(year, 5, 5, Weekend::Stays);
    }
    days.add(offset(easter, 39), Weekend::Stays);
    days.add(offset(easter, 49), Weekend::Stays);
    days.add(offset(easter, 50), Weekend::Stays);
    days.fixed(year, 12, 25, Weekend::Stays);
    days.fixed(year, 12, 26, Weekend::Stays);
    days
}

/// King's Day, 27 April (from 2014), or Queen's Day, 30 April (1980-2013);
/// either is kept on the Saturday before when it falls on a Sunday.
fn monarchs_day(year: i32) -> Option<NaiveDate> {
    let day = if year >= 2014 { 27 } else { 30 };
    let date = NaiveDate::from_ymd_opt(year, 4, day)?;
    if date.weekday() == Sun {
        date.pred_opt()
    } else {
        Some(date)
    }
}
