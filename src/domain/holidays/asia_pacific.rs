//! India and Australia.

use super::easter::easter_sunday;
use super::rules::{Weekend, Year, offset};

/// India's three national holidays, the only days every employer in every
/// state gives: Republic Day (26 January), Independence Day (15 August)
/// and Gandhi Jayanti (2 October). Gazetted and state holidays vary by
/// state and by employer and are left to `--holiday`.
pub(super) fn india(year: i32) -> Year {
    let mut days = Year::default();
    days.fixed(year, 1, 26, Weekend::Stays);
    days.fixed(year, 8, 15, Weekend::Stays);
    days.fixed(year, 10, 2, Weekend::Stays);
    days
}

/// Australia's national public holidays (Fair Work Act 2009, s. 115)
/// that fall on the same date in every state: New Year's Day, Australia
/// Day, Good Friday, Easter Monday, Anzac Day, Christmas Day and Boxing
/// Day. The King's Birthday is left out (its date differs by state). New
/// Year's Day, Australia Day, Christmas and Boxing Day on a weekend are
/// given on the next free weekday, as every state does; Anzac Day is not
/// moved, as in New South Wales, Victoria, Queensland, South Australia
/// and Tasmania (Western Australia and the ACT give the Monday).
pub(super) fn australia(year: i32) -> Year {
    use Weekend::NextFreeWeekday as Substitute;
    let easter = easter_sunday(year);
    let mut days = Year::default();
    days.fixed(year, 1, 1, Substitute);
    days.fixed(year, 1, 26, Substitute);
    days.add(offset(easter, -2), Weekend::Stays);
    days.add(offset(easter, 1), Weekend::Stays);
    days.fixed(year, 4, 25, Weekend::Stays);
    days.fixed(year, 12, 25, Substitute);
    days.fixed(year, 12, 26, Substitute);
    days
}
