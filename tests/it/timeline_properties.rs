//! Invariants of the negotiation calendar over random offer dates and holidays.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use counteroffer::plan::{
    DateWarning, Dates, HARD_LIMIT_DAYS, Holidays, Step, business_day_after, is_business_day,
    timeline,
};
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
        let holidays: Holidays = holiday_offsets.iter().map(|d| offer + Days::new(*d)).collect();
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
    fn the_plan_closes_a_business_day_before_the_limit(
        start in 0u64..3650,
        holiday_offsets in proptest::collection::vec(1u64..40, 0..20),
        deadline_days in proptest::option::of(2u64..40),
    ) {
        let offer = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Days::new(start);
        let holidays: Holidays = holiday_offsets.iter().map(|d| offer + Days::new(*d)).collect();
        let deadline = deadline_days.map(|d| offer + Days::new(d));
        let dates = Dates { offer_date: offer, deadline, holidays: &holidays, today: offer };
        let t = timeline(&dates).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        // A deadline on a weekend or holiday is said as the business day before.
        let limit = t.date(Step::HardLimit).unwrap();
        match deadline {
            Some(deadline) => {
                prop_assert!(limit <= deadline);
                prop_assert!(limit == offer || is_business_day(limit, &holidays));
                // Every day after it up to the deadline is not a business day.
                prop_assert!(limit.iter_days().skip(1).take_while(|d| *d <= deadline)
                    .all(|d| !is_business_day(d, &holidays)));
            }
            None => prop_assert_eq!(limit, offer + Days::new(HARD_LIMIT_DAYS)),
        }
        let room = (1..).map(|d| offer + Days::new(d)).take_while(|d| *d < limit)
            .filter(|d| is_business_day(*d, &holidays)).count();
        // No step but the limit falls on a weekend or a holiday (the
        // compressed plan's message may go out on the offer day itself).
        for m in &t.milestones {
            prop_assert!(m.date >= offer && m.date <= limit, "{m:?}");
            if m.step != Step::HardLimit && m.date != offer {
                prop_assert!(is_business_day(m.date, &holidays), "{m:?}");
            }
        }
        prop_assert_eq!(t.milestones.last().unwrap().date, limit);
        if room < 3 {
            // Compressed: one message with the counter, never an error.
            prop_assert_eq!(t.milestones.len(), 2);
            prop_assert_eq!(t.milestones[0].step, Step::ThankAndCounter);
        } else {
            let closes = t.date(Step::WindowCloses).unwrap();
            // At least one business day to spare: the window closes before the limit.
            prop_assert!(closes < limit);
            // A window that would open and close the same day is just its close.
            prop_assert!(t.date(Step::WindowOpens).is_none_or(|opens| opens < closes));
            prop_assert!(t.counter_date().is_some());
        }
        // Fewer than ten business days of room always says so.
        let short = t.warnings.iter().any(|w| matches!(w, DateWarning::ShortLimit { .. }));
        prop_assert_eq!(short, room < 10, "room {}", room);
    }
}
