//! United States and Canada.

use chrono::Weekday::{Mon, Thu};

use super::easter::easter_sunday;
use super::rules::{Weekend, Year, nth, offset, on_or_before};

/// US federal holidays (5 U.S.C. 6103) with their federal observance
/// (Saturday on the Friday before, Sunday on the Monday after), plus the
/// day after Thanksgiving, which most US employers close. Christmas Eve is
/// not a federal holiday and is not included; it appears only as the
/// observed Christmas when 25 December is a Saturday. Birthday of Martin
/// Luther King, Jr. counts from 1986 and Juneteenth from 2021, when each
/// was first observed.
pub(super) fn us(year: i32) -> Year {
    use Weekend::FridayOrMonday as Observed;
    let mut days = Year::default();
    days.fixed(year, 1, 1, Observed);
    if year >= 1986 {
        days.add(nth(year, 1, Mon, 3), Weekend::Stays);
    }
    days.add(nth(year, 2, Mon, 3), Weekend::Stays);
    days.add(super::rules::last(year, 5, Mon), Weekend::Stays);
    if year >= 2021 {
        days.fixed(year, 6, 19, Observed);
    }
    days.fixed(year, 7, 4, Observed);
    days.add(nth(year, 9, Mon, 1), Weekend::Stays);
    days.add(nth(year, 10, Mon, 2), Weekend::Stays);
    days.fixed(year, 11, 11, Observed);
    let thanksgiving = nth(year, 11, Thu, 4);
    days.add(thanksgiving, Weekend::Stays);
    days.add(offset(thanksgiving, 1), Weekend::Stays);
    days.fixed(year, 12, 25, Observed);
    days
}

/// Canada's federal general holidays (Canada Labour Code, s. 166): New
/// Year's Day, Good Friday, Victoria Day, Canada Day, Labour Day, the
/// National Day for Truth and Reconciliation (from 2021), Thanksgiving,
/// Remembrance Day, Christmas and Boxing Day. These are the days every
/// federally regulated employer gives; provinces add their own (Family Day,
/// Civic Holiday, Saint-Jean-Baptiste) and some do not give Remembrance
/// Day, which is not modelled. A fixed-date holiday on a weekend is given
/// on the next free weekday, as federal employers do (Canada Day on a
/// Sunday is 2 July by the Holidays Act, the same day).
pub(super) fn canada(year: i32) -> Year {
    use Weekend::NextFreeWeekday as Substitute;
    let mut days = Year::default();
    days.fixed(year, 1, 1, Substitute);
    days.add(offset(easter_sunday(year), -2), Weekend::Stays);
    // Victoria Day: the Monday before 25 May.
    let may_24 = chrono::NaiveDate::from_ymd_opt(year, 5, 24);
    days.add(may_24.and_then(|d| on_or_before(d, Mon)), Weekend::Stays);
    days.fixed(year, 7, 1, Substitute);
    days.add(nth(year, 9, Mon, 1), Weekend::Stays);
    if year >= 2021 {
        days.fixed(year, 9, 30, Substitute);
    }
    days.add(nth(year, 10, Mon, 2), Weekend::Stays);
    days.fixed(year, 11, 11, Substitute);
    days.fixed(year, 12, 25, Substitute);
    days.fixed(year, 12, 26, Substitute);
    days
}
