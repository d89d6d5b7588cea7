//! Easter Sunday in the Gregorian calendar.

use chrono::NaiveDate;

/// Easter Sunday of `year`, by the anonymous Gregorian algorithm (Meeus,
/// Jones, Butcher). Integer arithmetic only; Euclidean division keeps the
/// formula total for every `i32`, and `None` only when chrono cannot
/// represent the date. The Gregorian rule is applied proleptically before
/// 1583.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let y = i64::from(year);
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let n = h + l - 7 * m + 114;
    let month = u32::try_from(n.div_euclid(31)).ok()?;
    let day = u32::try_from(n.rem_euclid(31) + 1).ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::easter_sunday;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Published Easter dates, including the earliest (22 March) and the
    /// latest (25 April) the Gregorian rule allows.
    #[test]
    fn known_easter_sundays() {
        let cases = [
            (1818, day(1818, 3, 22)),
            (1943, day(1943, 4, 25)),
            (2000, day(2000, 4, 23)),
            (2008, day(2008, 3, 23)),
            (2011, day(2011, 4, 24)),
            (2019, day(2019, 4, 21)),
            (2024, day(2024, 3, 31)),
            (2025, day(2025, 4, 20)),
            (2026, day(2026, 4, 5)),
            (2027, day(2027, 3, 28)),
            (2028, day(2028, 4, 16)),
            (2038, day(2038, 4, 25)),
            (2285, day(2285, 3, 22)),
        ];
        for (year, expected) in cases {
            assert_eq!(easter_sunday(year), Some(expected), "Easter {year}");
        }
    }

    #[test]
    fn easter_is_a_sunday_between_22_march_and_25_april() {
        use chrono::{Datelike, Weekday};
        for year in 1583..=4099 {
            let easter = easter_sunday(year).unwrap();
            assert_eq!(easter.weekday(), Weekday::Sun, "{easter}");
            assert!(
                easter >= day(year, 3, 22) && easter <= day(year, 4, 25),
                "{easter}"
            );
        }
    }

    #[test]
    fn years_chrono_cannot_hold_give_none() {
        assert_eq!(easter_sunday(i32::MAX), None);
        assert_eq!(easter_sunday(i32::MIN), None);
    }
}
