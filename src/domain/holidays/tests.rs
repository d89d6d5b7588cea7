//! Every calendar against the official 2026 and 2027 lists, written out
//! date by date, and the shape of every list from 2000 to 2100.

use chrono::{Datelike, NaiveDate};

use super::{Calendar, holidays};

fn dates(year: i32, month_days: &[(u32, u32)]) -> Vec<NaiveDate> {
    month_days
        .iter()
        .map(|&(m, d)| NaiveDate::from_ymd_opt(year, m, d).unwrap())
        .collect()
}

fn check(calendar: Calendar, year: i32, expected: &[(u32, u32)]) {
    assert_eq!(
        holidays(calendar, year),
        dates(year, expected),
        "{} {year}",
        calendar.code()
    );
}

/// OPM federal holidays 2026 and 2027 (opm.gov, "Federal Holidays"), with
/// the day after Thanksgiving. Saturday 4 July 2026 is observed Friday 3
/// July; 2027: Juneteenth (Sat) on Fri 18 June, 4 July (Sun) on Mon 5 July,
/// Christmas (Sat) on Fri 24 December, and New Year's Day 2028 (Sat) on
/// Fri 31 December 2027.
#[test]
fn us_federal_2026_2027() {
    #[rustfmt::skip]
    check(Calendar::Us, 2026, &[
        (1, 1), (1, 19), (2, 16), (5, 25), (6, 19), (7, 3), (7, 4), (9, 7),
        (10, 12), (11, 11), (11, 26), (11, 27), (12, 25),
    ]);
    #[rustfmt::skip]
    check(Calendar::Us, 2027, &[
        (1, 1), (1, 18), (2, 15), (5, 31), (6, 18), (6, 19), (7, 4), (7, 5),
        (9, 6), (10, 11), (11, 11), (11, 25), (11, 26), (12, 24), (12, 25),
        (12, 31),
    ]);
    // 1 January 2028 is in 2028's list; its observed day is not.
    assert_eq!(holidays(Calendar::Us, 2028)[0], dates(2028, &[(1, 1)])[0]);
    assert!(!holidays(Calendar::Us, 2026).contains(&dates(2026, &[(12, 24)])[0]));
}

/// gov.uk "UK bank holidays", England and Wales: Boxing Day 2026 (Sat) has
/// its substitute on Mon 28 December; in 2027 Christmas (Sat) and Boxing
/// Day (Sun) are substituted on Mon 27 and Tue 28 December.
#[test]
fn england_and_wales_2026_2027() {
    #[rustfmt::skip]
    check(Calendar::EnglandWales, 2026, &[
        (1, 1), (4, 3), (4, 6), (5, 4), (5, 25), (8, 31), (12, 25), (12, 26), (12, 28),
    ]);
    #[rustfmt::skip]
    check(Calendar::EnglandWales, 2027, &[
        (1, 1), (3, 26), (3, 29), (5, 3), (5, 31), (8, 30), (12, 25), (12, 26),
        (12, 27), (12, 28),
    ]);
}

/// canada.ca "Federal statutory holidays" (Canada Labour Code s. 166),
/// with weekend days given on the next free weekday.
#[test]
fn canada_2026_2027() {
    #[rustfmt::skip]
    check(Calendar::Canada, 2026, &[
        (1, 1), (4, 3), (5, 18), (7, 1), (9, 7), (9, 30), (10, 12), (11, 11),
        (12, 25), (12, 26), (12, 28),
    ]);
    #[rustfmt::skip]
    check(Calendar::Canada, 2027, &[
        (1, 1), (3, 26), (5, 24), (7, 1), (9, 6), (9, 30), (10, 11), (11, 11),
        (12, 25), (12, 26), (12, 27), (12, 28),
    ]);
}

/// citizensinformation.ie "Public holidays in Ireland": St Brigid's Day is
/// Mon 2 February 2026 and Mon 1 February 2027; St Stephen's Day 2026 (Sat)
/// is taken on Mon 28 December; Christmas and St Stephen's Day 2027 (Sat,
/// Sun) on Mon 27 and Tue 28 December.
#[test]
fn ireland_2026_2027() {
    #[rustfmt::skip]
    check(Calendar::Ireland, 2026, &[
        (1, 1), (2, 2), (3, 17), (4, 6), (5, 4), (6, 1), (8, 3), (10, 26),
        (12, 25), (12, 26), (12, 28),
    ]);
    #[rustfmt::skip]
    check(Calendar::Ireland, 2027, &[
        (1, 1), (2, 1), (3, 17), (3, 29), (5, 3), (6, 7), (8, 2), (10, 25),
        (12, 25), (12, 26), (12, 27), (12, 28),
    ]);
}

/// St Brigid's Day is 1 February itself when that is a Friday (2030), and
/// the first Monday of February otherwise; none before 2023.
#[test]
fn st_brigids_day() {
    let brigid = |year| {
        holidays(Calendar::Ireland, year)
            .into_iter()
            .find(|d| d.month() == 2)
    };
    assert_eq!(brigid(2030), Some(dates(2030, &[(2, 1)])[0]));
    assert_eq!(brigid(2025), Some(dates(2025, &[(2, 3)])[0]));
    assert_eq!(brigid(2023), Some(dates(2023, &[(2, 6)])[0]));
    assert_eq!(brigid(2022), None);
}

/// bmi.bund.de "Gesetzliche Feiertage" (the nationwide days).
#[test]
fn germany_2026_2027() {
    #[rustfmt::skip]
    check(Calendar::Germany, 2026, &[
        (1, 1), (4, 3), (4, 6), (5, 1), (5, 14), (5, 25), (10, 3), (12, 25), (12, 26),
    ]);
    #[rustfmt::skip]
    check(Calendar::Germany, 2027, &[
        (1, 1), (3, 26), (3, 29), (5, 1), (5, 6), (5, 17), (10, 3), (12, 25), (12, 26),
    ]);
}

/// service-public.fr "Jours fériés" (the eleven national days).
#[test]
fn france_2026_2027() {
    #[rustfmt::skip]
    check(Calendar::France, 2026, &[
        (1, 1), (4, 6), (5, 1), (5, 8), (5, 14), (5, 25), (7, 14), (8, 15),
        (11, 1), (11, 11), (12, 25),
    ]);
    #[rustfmt::skip]
    check(Calendar::France, 2027, &[
        (1, 1), (3, 29), (5, 1), (5, 6), (5, 8), (5, 17), (7, 14), (8, 15),
        (11, 1), (11, 11), (12, 25),
    ]);
}

/// One-time and suspended days: Germany's Reformation Day 2017; France's
/// Whit Monday was a working day in 2005-2007 only.
#[test]
fn germany_2017_and_french_whit_monday() {
    let de = holidays(Calendar::Germany, 2017);
    assert!(de.contains(&dates(2017, &[(10, 31)])[0]));
    assert!(!holidays(Calendar::Germany, 2018).contains(&dates(2018, &[(10, 31)])[0]));
    // Whit Monday: 16 May 2005, 12 May 2008.
    assert!(!holidays(Calendar::France, 2005).contains(&dates(2005, &[(5, 16)])[0]));
    assert!(holidays(Calendar::France, 2008).contains(&dates(2008, &[(5, 12)])[0]));
}

/// rijksoverheid.nl "Officiële feestdagen", less Good Friday; Liberation
/// Day only in a lustrum year (2030); King's Day on Saturday 26 April when
/// 27 April is a Sunday (2025).
#[test]
fn netherlands_2026_2027_and_rules() {
    #[rustfmt::skip]
    check(Calendar::Netherlands, 2026, &[
        (1, 1), (4, 5), (4, 6), (4, 27), (5, 14), (5, 24), (5, 25), (12, 25), (12, 26),
    ]);
    #[rustfmt::skip]
    check(Calendar::Netherlands, 2027, &[
        (1, 1), (3, 28), (3, 29), (4, 27), (5, 6), (5, 16), (5, 17), (12, 25), (12, 26),
    ]);
    let nl = |year| holidays(Calendar::Netherlands, year);
    assert!(nl(2025).contains(&dates(2025, &[(4, 26)])[0]));
    assert!(!nl(2025).contains(&dates(2025, &[(4, 27)])[0]));
    assert!(nl(2030).contains(&dates(2030, &[(5, 5)])[0]));
    assert!(!nl(2026).contains(&dates(2026, &[(5, 5)])[0]));
}

/// Ministry of Personnel (DoPT) holiday lists for 2026 and 2027: the three
/// national holidays.
#[test]
fn india_2026_2027() {
    check(Calendar::India, 2026, &[(1, 26), (8, 15), (10, 2)]);
    check(Calendar::India, 2027, &[(1, 26), (8, 15), (10, 2)]);
}

/// fairwork.gov.au "Public holidays" 2026 and 2027, the days every state
/// keeps: Boxing Day 2026 (Sat) is given on Mon 28 December; Anzac Day
/// (Sat 2026, Sun 2027) is not moved; Christmas and Boxing Day 2027 (Sat,
/// Sun) on Mon 27 and Tue 28 December.
#[test]
fn australia_2026_2027() {
    #[rustfmt::skip]
    check(Calendar::Australia, 2026, &[
        (1, 1), (1, 26), (4, 3), (4, 6), (4, 25), (12, 25), (12, 26), (12, 28),
    ]);
    #[rustfmt::skip]
    check(Calendar::Australia, 2027, &[
        (1, 1), (1, 26), (3, 26), (3, 29), (4, 25), (12, 25), (12, 26), (12, 27),
        (12, 28),
    ]);
}

/// Every list from 2000 to 2100 is non-empty, sorted, has no repeats and
/// lies in its year.
#[test]
fn every_list_is_sorted_unique_and_in_its_year() {
    for calendar in Calendar::ALL {
        for year in 2000..=2100 {
            let list = holidays(calendar, year);
            assert!(!list.is_empty(), "{} {year}", calendar.code());
            assert!(
                list.windows(2).all(|pair| pair[0] < pair[1]),
                "{} {year}: {list:?}",
                calendar.code()
            );
            assert!(
                list.iter().all(|d| d.year() == year),
                "{} {year}: {list:?}",
                calendar.code()
            );
        }
    }
}

#[test]
fn codes_round_trip_and_are_distinct() {
    for calendar in Calendar::ALL {
        assert_eq!(Calendar::from_code(calendar.code()), Some(calendar));
        let upper = calendar.code().to_ascii_uppercase();
        assert_eq!(Calendar::from_code(&upper), Some(calendar));
    }
    assert_eq!(Calendar::from_code("gb"), None);
    assert_eq!(Calendar::from_code("none"), None);
    assert_eq!(Calendar::from_code(""), None);
    assert_eq!(
        Calendar::Us.name(),
        "US federal holidays and the day after Thanksgiving"
    );
}

/// Years at the ends of chrono's range give what can be dated, never a
/// panic.
#[test]
fn extreme_years_do_not_panic() {
    for calendar in Calendar::ALL {
        for year in [i32::MIN, -262_144, 262_142, 262_143, i32::MAX] {
            let list = holidays(calendar, year);
            assert!(list.iter().all(|d| d.year() == year));
        }
    }
}
