//! Invariants of the negotiation calendar over random offer dates and holidays.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use counteroffer::script::{HARD_LIMIT_DAYS, business_day_after, is_business_day, timeline};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn business_days_are_weekdays_that_are_not_holidays(
        start in 0u64..3650,
        holiday_offsets in proptest::collection::vec(0u64..60, 0..15),
        n in 1u32..=20,
    ) {
        let offer = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(start);
        let holidays: Vec<NaiveDate> = holiday_offsets.iter().map(|d| offer + Days::new(*d)).collect();
        let day = business_day_after(offer, n, &holidays).unwrap();
        prop_assert!(!matches!(day.weekday(), Weekday::Sat | Weekday::Sun));
        prop_assert!(!holidays.contains(&day));
        prop_assert!(is_business_day(day, &holidays));
        // Exactly n business days lie in (offer, day].
        let mut count = 0;
        let mut d = offer;
        while d < day {
            d = d + Days::new(1);
            if is_business_day(d, &holidays) { count += 1; }
        }
        prop_assert_eq!(count, n);
    }

    #[test]
    fn the_plan_never_runs_past_the_hard_limit(
        start in 0u64..3650,
        holiday_offsets in proptest::collection::vec(1u64..40, 0..20),
    ) {
        let offer = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(start);
        let holidays: Vec<NaiveDate> = holiday_offsets.iter().map(|d| offer + Days::new(*d)).collect();
        let t = timeline(offer, &holidays).unwrap();
        let limit = offer + Days::new(HARD_LIMIT_DAYS);
        for m in &t.milestones {
            prop_assert!(m.date > offer && m.date <= limit, "{m:?}");
            if m.business_day.is_some() {
                prop_assert!(is_business_day(m.date, &holidays), "{m:?}");
            }
        }
        let opens = t.milestones.iter().find(|m| m.key == "window_opens").unwrap().date;
        let closes = t.milestones.iter().find(|m| m.key == "window_closes").unwrap().date;
        prop_assert!(opens <= closes);
        prop_assert_eq!(t.milestones.last().unwrap().date, limit);
    }
}
