//! The negotiation calendar: business days from the offer date, skipping
//! weekends and holidays, inside the 21-day limit after which an offer
//! risks being rescinded.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

/// Calendar days from the offer after which it risks being rescinded.
pub const HARD_LIMIT_DAYS: u64 = 21;
/// Business day by which the thanks and deadline check go out.
const THANK_DAY: u32 = 1;
/// Business day by which the counter is delivered.
const COUNTER_DAY: u32 = 3;
/// Business day to follow up if there is no answer.
const FOLLOW_UP_DAY: u32 = 6;
/// The target window for a signature, in business days.
const WINDOW: (u32, u32) = (10, 14);

/// One dated step of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Milestone {
    /// Stable key for templates and tests: `thank`, `counter`, `follow_up`,
    /// `window_opens`, `window_closes`, `hard_limit`.
    pub key: &'static str,
    pub what: String,
    pub date: NaiveDate,
    /// `Mon` … `Sun`.
    pub weekday: String,
    /// The business day after the offer, where the step is counted in them.
    pub business_day: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    pub milestones: Vec<Milestone>,
    pub warnings: Vec<String>,
}

/// Whether `date` is a business day: not a weekend, not a holiday.
pub fn is_business_day(date: NaiveDate, holidays: &[NaiveDate]) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(&date)
}

/// The `n`-th business day after `start` (not counting `start` itself).
/// `None` only past the end of the calendar.
pub fn business_day_after(start: NaiveDate, n: u32, holidays: &[NaiveDate]) -> Option<NaiveDate> {
    let mut date = start;
    let mut counted = 0;
    // Every 7 days hold at least 5 weekdays; holidays are finitely many, so
    // this ends. The bound keeps a hostile holiday list from looping long.
    let bound = u64::from(n) * 7 + holidays.len() as u64 + 7;
    for _ in 0..bound {
        date = date.checked_add_days(Days::new(1))?;
        if is_business_day(date, holidays) {
            counted += 1;
            if counted == n {
                return Some(date);
            }
        }
    }
    None
}

/// The plan's dates from the offer date. A step that would fall after the
/// hard limit (a window running past it, or a run of holidays) is moved to
/// the limit, loses its business-day number, and gets a warning.
pub fn timeline(offer_date: NaiveDate, holidays: &[NaiveDate]) -> Option<Timeline> {
    let hard_limit = offer_date.checked_add_days(Days::new(HARD_LIMIT_DAYS))?;
    let mut warnings = Vec::new();
    if !is_business_day(offer_date, holidays) {
        warnings.push(format!(
            "The offer date {} is not a business day; business days are counted from it all the same.",
            dated(offer_date)
        ));
    }
    let steps = [
        (
            "thank",
            "Thank them, confirm the deadline in writing, ask for the offer in full",
            THANK_DAY,
        ),
        ("counter", "Deliver the counteroffer", COUNTER_DAY),
        (
            "follow_up",
            "Follow up if there is no answer",
            FOLLOW_UP_DAY,
        ),
        ("window_opens", "Target signature window opens", WINDOW.0),
        ("window_closes", "Target signature window closes", WINDOW.1),
    ];
    let mut milestones = Vec::with_capacity(steps.len() + 1);
    for (key, what, business_day) in steps {
        let usual = business_day_after(offer_date, business_day, holidays)?;
        let date = usual.min(hard_limit);
        if usual > hard_limit {
            let message = if key == "window_closes" {
                format!(
                    "The usual signature window (business days {} to {}) runs past the {HARD_LIMIT_DAYS}-day limit, to {}; it is cut to end on {}.",
                    WINDOW.0,
                    WINDOW.1,
                    dated(usual),
                    dated(hard_limit)
                )
            } else {
                format!(
                    "Business day {business_day} ({}) falls on {}, past the {HARD_LIMIT_DAYS}-day limit; it is moved to {}.",
                    what.to_lowercase(),
                    dated(usual),
                    dated(hard_limit)
                )
            };
            warnings.push(message);
        }
        milestones.push(Milestone {
            key,
            what: what.to_owned(),
            date,
            weekday: date.format("%a").to_string(),
            business_day: (usual == date).then_some(business_day),
        });
    }
    milestones.push(Milestone {
        key: "hard_limit",
        what: "Hard limit: past this the offer risks being rescinded".to_owned(),
        date: hard_limit,
        weekday: hard_limit.format("%a").to_string(),
        business_day: None,
    });
    Some(Timeline {
        milestones,
        warnings,
    })
}

/// `2026-12-15 (Tue)`.
pub fn dated(date: NaiveDate) -> String {
    format!("{date} ({})", date.format("%a"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn business_days_skip_weekends_and_holidays() {
        // 2026-12-18 is a Friday.
        assert_eq!(
            business_day_after(d("2026-12-18"), 1, &[]),
            Some(d("2026-12-21"))
        );
        let holidays = [d("2026-12-21"), d("2026-12-25")];
        assert_eq!(
            business_day_after(d("2026-12-18"), 1, &holidays),
            Some(d("2026-12-22"))
        );
        assert_eq!(
            business_day_after(d("2026-12-18"), 4, &holidays),
            Some(d("2026-12-28"))
        );
    }

    #[test]
    fn a_monday_offer_fits_the_window_inside_the_limit() {
        let t = timeline(d("2026-11-30"), &[]).unwrap();
        let dates: Vec<(&str, String)> = t
            .milestones
            .iter()
            .map(|m| (m.key, dated(m.date)))
            .collect();
        assert_eq!(
            dates,
            [
                ("thank", "2026-12-01 (Tue)".to_owned()),
                ("counter", "2026-12-03 (Thu)".to_owned()),
                ("follow_up", "2026-12-08 (Tue)".to_owned()),
                ("window_opens", "2026-12-14 (Mon)".to_owned()),
                ("window_closes", "2026-12-18 (Fri)".to_owned()),
                ("hard_limit", "2026-12-21 (Mon)".to_owned()),
            ]
        );
        assert!(t.warnings.is_empty());
    }

    #[test]
    fn holidays_push_the_window_past_the_limit_and_it_is_cut() {
        // Offer on Friday 2026-12-18; Christmas week holidays.
        let holidays = [
            d("2026-12-24"),
            d("2026-12-25"),
            d("2026-12-31"),
            d("2027-01-01"),
        ];
        let t = timeline(d("2026-12-18"), &holidays).unwrap();
        let get = |key| t.milestones.iter().find(|m| m.key == key).unwrap();
        assert_eq!(get("hard_limit").date, d("2027-01-08"));
        // Business day 10 is 2027-01-07; day 14 would be 2027-01-13, after the limit.
        assert_eq!(get("window_opens").date, d("2027-01-07"));
        assert_eq!(get("window_opens").business_day, Some(10));
        assert_eq!(get("window_closes").date, d("2027-01-08"));
        assert_eq!(get("window_closes").business_day, None);
        assert_eq!(t.warnings.len(), 1);
        assert!(
            t.warnings[0].contains("2027-01-13 (Wed)"),
            "{}",
            t.warnings[0]
        );
    }
}
