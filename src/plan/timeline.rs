//! The negotiation calendar: business days from the offer date, skipping
//! weekends and holidays, inside the hard limit: the employer's deadline
//! (`--deadline`) or 21 calendar days, after which an offer risks being
//! rescinded. The signature window closes at least one business day before
//! the limit, so there is a day to spare.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

/// Days that are not business days besides weekends: a set, so a long
/// `--holiday` list costs a lookup, not a scan.
pub type Holidays = BTreeSet<NaiveDate>;

/// Business days before a deadline under which the plan is compressed:
/// the counter goes out at once, with a request for more time.
pub const COMPRESSED_BUSINESS_DAYS: u32 = 3;
/// An extension asks for this many business days.
pub const EXTENSION_BUSINESS_DAYS: u32 = 5;

/// Calendar days from the offer after which it risks being rescinded.
pub const HARD_LIMIT_DAYS: u64 = 21;
/// Fewer business days than this before the limit leave little room.
pub const SHORT_LIMIT_BUSINESS_DAYS: u32 = 10;

/// The steps of the plan, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Thanks, the counter and a request for more time, in one message
    /// (a compressed plan, or an offer over the year's end).
    ThankAndCounter,
    Thank,
    Counter,
    FollowUp,
    WindowOpens,
    WindowCloses,
    HardLimit,
}

impl Step {
    pub fn key(self) -> &'static str {
        match self {
            Step::ThankAndCounter => "thank_and_counter",
            Step::Thank => "thank",
            Step::Counter => "counter",
            Step::FollowUp => "follow_up",
            Step::WindowOpens => "window_opens",
            Step::WindowCloses => "window_closes",
            Step::HardLimit => "hard_limit",
        }
    }

    /// The business day after the offer the step usually falls on.
    fn usual_business_day(self) -> Option<u32> {
        match self {
            Step::ThankAndCounter | Step::Thank => Some(1),
            Step::Counter => Some(3),
            Step::FollowUp => Some(6),
            Step::WindowOpens => Some(10),
            Step::WindowCloses => Some(14),
            Step::HardLimit => None,
        }
    }
}

/// One dated step of the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Milestone {
    pub step: Step,
    pub date: NaiveDate,
    /// The business day after the offer, where the step is counted in them.
    pub business_day: Option<u32>,
}

/// What about the dates needs the user's attention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateWarning {
    /// The offer date is a weekend day or a holiday.
    OfferNotBusinessDay(NaiveDate),
    /// The offer date is before today (or `--as-of`).
    OfferInPast { offer: NaiveDate, today: NaiveDate },
    /// A step's usual business day falls too late; it moved to `to`.
    Moved {
        step: Step,
        usual: NaiveDate,
        to: NaiveDate,
    },
    /// Fewer than [`SHORT_LIMIT_BUSINESS_DAYS`] business days before the limit.
    ShortLimit { business_days: u32 },
    /// Steps between 20 December and 2 January, when people are away.
    YearEnd(Vec<(Step, NaiveDate)>),
    /// Steps in a week with a holiday.
    HolidayWeek(Vec<(Step, NaiveDate)>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    pub milestones: Vec<Milestone>,
    pub warnings: Vec<DateWarning>,
    /// The deadline to ask for, when the time is short or spans the year's
    /// end: five business days after the offer (or after the limit).
    pub extension: Option<NaiveDate>,
    /// The earliest answer worth promising: three business days after the
    /// offer, or the extension asked for.
    pub answer_by: NaiveDate,
}

impl Timeline {
    /// The day the counter goes out.
    pub fn counter_date(&self) -> Option<NaiveDate> {
        self.date(Step::Counter)
            .or_else(|| self.date(Step::ThankAndCounter))
    }

    /// The day the person is ready to sign by: the extension asked for, the
    /// window's close, or the limit itself.
    pub fn sign_by(&self) -> Option<NaiveDate> {
        self.extension
            .or_else(|| self.date(Step::WindowCloses))
            .or_else(|| self.date(Step::HardLimit))
    }

    pub fn date(&self, step: Step) -> Option<NaiveDate> {
        self.milestones
            .iter()
            .find(|m| m.step == step)
            .map(|m| m.date)
    }
}

/// Why there is no plan for these dates.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimelineError {
    /// The calendar ends before the plan does.
    #[error("the plan's dates run past the calendar")]
    PastCalendar,
}

/// Whether `date` is a business day: not a weekend, not a holiday.
pub fn is_business_day(date: NaiveDate, holidays: &Holidays) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !holidays.contains(&date)
}

/// The `n`-th business day after `start` (not counting `start` itself).
/// `None` only past the end of the calendar.
pub fn business_day_after(start: NaiveDate, n: u32, holidays: &Holidays) -> Option<NaiveDate> {
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

/// The last business day strictly between `start` and `end`.
fn last_business_day_before(
    start: NaiveDate,
    end: NaiveDate,
    holidays: &Holidays,
) -> Option<NaiveDate> {
    let mut date = end;
    loop {
        date = date.pred_opt()?;
        if date <= start {
            return None;
        }
        if is_business_day(date, holidays) {
            return Some(date);
        }
    }
}

/// Business days strictly between `start` and `end`.
fn business_days_between(start: NaiveDate, end: NaiveDate, holidays: &Holidays) -> u32 {
    start
        .iter_days()
        .skip(1)
        .take_while(|d| *d < end)
        .filter(|d| is_business_day(*d, holidays))
        .count() as u32
}

/// What the dates are made from.
#[derive(Debug, Clone)]
pub struct Dates<'a> {
    pub offer_date: NaiveDate,
    /// The employer's stated expiry, if any.
    pub deadline: Option<NaiveDate>,
    pub holidays: &'a Holidays,
    /// Today, or `--as-of`.
    pub today: NaiveDate,
}

/// The business day on or before `date` (a deadline on a holiday is said
/// as the business day before it), never before `floor`.
fn business_day_on_or_before(date: NaiveDate, floor: NaiveDate, holidays: &Holidays) -> NaiveDate {
    let mut day = date;
    while day > floor && !is_business_day(day, holidays) {
        match day.pred_opt() {
            Some(before) => day = before,
            None => break,
        }
    }
    day
}

/// The plan's dates. A step whose usual business day falls on or after the
/// limit is moved to the last business day before it, loses its
/// business-day number, and gets a warning. With fewer than
/// [`COMPRESSED_BUSINESS_DAYS`] business days before the limit, or when the
/// first business day falls between 20 December and 2 January, thanks, the
/// counter and a request for more time go in one message on the first day.
pub fn timeline(dates: &Dates) -> Result<Timeline, TimelineError> {
    let Dates {
        offer_date,
        holidays,
        ..
    } = *dates;
    let hard_limit = match dates.deadline {
        Some(deadline) => business_day_on_or_before(deadline, offer_date, holidays),
        None => offer_date
            .checked_add_days(Days::new(HARD_LIMIT_DAYS))
            .ok_or(TimelineError::PastCalendar)?,
    };
    let mut warnings = Vec::new();
    if !is_business_day(offer_date, holidays) {
        warnings.push(DateWarning::OfferNotBusinessDay(offer_date));
    }
    if offer_date < dates.today {
        warnings.push(DateWarning::OfferInPast {
            offer: offer_date,
            today: dates.today,
        });
    }
    let first = business_day_after(offer_date, 1, holidays).ok_or(TimelineError::PastCalendar)?;
    let room = business_days_between(offer_date, hard_limit, holidays);
    let mut milestones = Vec::with_capacity(6);
    if room < COMPRESSED_BUSINESS_DAYS {
        // No time to wait: counter at once, asking for more time first.
        let day = if first < hard_limit {
            first
        } else {
            offer_date
        };
        milestones.push(Milestone {
            step: Step::ThankAndCounter,
            date: day,
            business_day: (day == first).then_some(1),
        });
        milestones.push(Milestone {
            step: Step::HardLimit,
            date: hard_limit,
            business_day: None,
        });
        warnings.push(DateWarning::ShortLimit {
            business_days: room,
        });
        let extension = business_day_after(offer_date, EXTENSION_BUSINESS_DAYS, holidays);
        return Ok(Timeline {
            milestones,
            warnings,
            answer_by: extension.unwrap_or(hard_limit),
            extension,
        });
    }
    let latest = last_business_day_before(offer_date, hard_limit, holidays)
        .ok_or(TimelineError::PastCalendar)?;
    let over_year_end = in_year_end(first);
    let opening: &[Step] = if over_year_end {
        &[Step::ThankAndCounter]
    } else {
        &[Step::Thank, Step::Counter]
    };
    for &step in opening
        .iter()
        .chain(&[Step::FollowUp, Step::WindowOpens, Step::WindowCloses])
    {
        let n = step.usual_business_day().unwrap_or(1);
        let usual =
            business_day_after(offer_date, n, holidays).ok_or(TimelineError::PastCalendar)?;
        let date = usual.min(latest);
        // The window is a target, not a promise: moving it needs no warning.
        if usual != date && !matches!(step, Step::WindowOpens | Step::WindowCloses) {
            warnings.push(DateWarning::Moved {
                step,
                usual,
                to: date,
            });
        }
        milestones.push(Milestone {
            step,
            date,
            business_day: (usual == date).then_some(n),
        });
    }
    // A window that opens and closes the same day is just its close.
    if let (Some(opens), Some(closes)) = (
        milestones.iter().find(|m| m.step == Step::WindowOpens),
        milestones.iter().find(|m| m.step == Step::WindowCloses),
    ) && opens.date == closes.date
    {
        milestones.retain(|m| m.step != Step::WindowOpens);
    }
    milestones.push(Milestone {
        step: Step::HardLimit,
        date: hard_limit,
        business_day: None,
    });
    let room = business_days_between(offer_date, hard_limit, holidays);
    if room < SHORT_LIMIT_BUSINESS_DAYS {
        warnings.push(DateWarning::ShortLimit {
            business_days: room,
        });
    }
    let year_end: Vec<(Step, NaiveDate)> = milestones
        .iter()
        .filter(|m| in_year_end(m.date))
        .map(|m| (m.step, m.date))
        .collect();
    if !year_end.is_empty() {
        warnings.push(DateWarning::YearEnd(year_end));
    }
    let holiday_week: Vec<(Step, NaiveDate)> = milestones
        .iter()
        .filter(|m| !in_year_end(m.date))
        .filter(|m| {
            let monday = m.date - Days::new(u64::from(m.date.weekday().num_days_from_monday()));
            monday
                .iter_days()
                .take(7)
                .any(|d| holidays.contains(&d) && d.weekday().num_days_from_monday() < 5)
        })
        .map(|m| (m.step, m.date))
        .collect();
    if !holiday_week.is_empty() {
        warnings.push(DateWarning::HolidayWeek(holiday_week));
    }
    let extension = if over_year_end {
        business_day_after(hard_limit, EXTENSION_BUSINESS_DAYS, holidays)
    } else {
        None
    };
    let answer_by = match extension {
        Some(date) => date,
        None => business_day_after(offer_date, 3, holidays)
            .ok_or(TimelineError::PastCalendar)?
            .min(latest),
    };
    Ok(Timeline {
        milestones,
        warnings,
        extension,
        answer_by,
    })
}

/// From 20 December to 2 January.
fn in_year_end(date: NaiveDate) -> bool {
    (date.month() == 12 && date.day() >= 20) || (date.month() == 1 && date.day() <= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn set(days: &[NaiveDate]) -> Holidays {
        days.iter().copied().collect()
    }

    fn plan(offer: &str, deadline: Option<&str>, holidays: &[NaiveDate]) -> Timeline {
        timeline(&Dates {
            offer_date: d(offer),
            deadline: deadline.map(d),
            holidays: &set(holidays),
            today: d("2026-01-01"),
        })
        .unwrap()
    }

    #[test]
    fn business_days_skip_weekends_and_holidays() {
        // 2026-12-18 is a Friday.
        assert_eq!(
            business_day_after(d("2026-12-18"), 1, &Holidays::new()),
            Some(d("2026-12-21"))
        );
        let holidays = [d("2026-12-21"), d("2026-12-25")];
        assert_eq!(
            business_day_after(d("2026-12-18"), 4, &set(&holidays)),
            Some(d("2026-12-28"))
        );
    }

    #[test]
    fn a_monday_offer_fits_the_window_inside_the_limit() {
        let t = plan("2026-11-02", None, &[]);
        let dates: Vec<(&str, NaiveDate)> = t
            .milestones
            .iter()
            .map(|m| (m.step.key(), m.date))
            .collect();
        assert_eq!(
            dates,
            [
                ("thank", d("2026-11-03")),
                ("counter", d("2026-11-05")),
                ("follow_up", d("2026-11-10")),
                ("window_opens", d("2026-11-16")),
                ("window_closes", d("2026-11-20")),
                ("hard_limit", d("2026-11-23")),
            ]
        );
        assert!(t.warnings.is_empty(), "{:?}", t.warnings);
    }

    #[test]
    fn heavy_holidays_still_close_the_window_a_business_day_before_the_limit() {
        // Offer on Friday 2026-12-18; the whole of Christmas week off.
        let holidays: Vec<NaiveDate> = [
            "2026-12-24",
            "2026-12-25",
            "2026-12-28",
            "2026-12-29",
            "2026-12-30",
            "2026-12-31",
            "2027-01-01",
            "2027-01-04",
            "2027-01-05",
        ]
        .iter()
        .map(|s| d(s))
        .collect();
        let t = plan("2026-12-18", None, &holidays);
        assert_eq!(t.date(Step::HardLimit), Some(d("2027-01-08")));
        assert_eq!(t.date(Step::WindowCloses), Some(d("2027-01-07")));
        assert!(t.date(Step::WindowOpens) <= t.date(Step::WindowCloses));
        assert!(
            t.warnings
                .iter()
                .any(|w| matches!(w, DateWarning::ShortLimit { business_days: 5 }))
        );
        assert!(
            t.warnings
                .iter()
                .any(|w| matches!(w, DateWarning::YearEnd(_)))
        );
    }

    #[test]
    fn a_deadline_replaces_the_limit_and_too_tight_a_one_compresses_the_plan() {
        let t = plan("2026-11-30", Some("2026-12-07"), &[]);
        assert_eq!(t.date(Step::HardLimit), Some(d("2026-12-07")));
        assert_eq!(t.date(Step::WindowCloses), Some(d("2026-12-04")));
        // Friday to Monday: no business day between, so counter at once.
        let t = plan("2026-12-04", Some("2026-12-07"), &[]);
        let steps: Vec<(&str, NaiveDate)> = t
            .milestones
            .iter()
            .map(|m| (m.step.key(), m.date))
            .collect();
        assert_eq!(
            steps,
            [
                ("thank_and_counter", d("2026-12-04")),
                ("hard_limit", d("2026-12-07")),
            ]
        );
        // Two business days: the counter goes out on the first of them.
        let t = plan("2027-03-02", Some("2027-03-05"), &[]);
        assert_eq!(t.date(Step::ThankAndCounter), Some(d("2027-03-03")));
        assert!(t.counter_date() == Some(d("2027-03-03")));
    }

    #[test]
    fn a_deadline_on_a_holiday_is_the_business_day_before() {
        // Friday 25 December 2026 is a holiday; Thursday 24th is the day.
        let t = plan("2026-12-01", Some("2026-12-25"), &[d("2026-12-25")]);
        assert_eq!(t.date(Step::HardLimit), Some(d("2026-12-24")));
        // A Sunday deadline is said as the Friday.
        let t = plan("2026-11-02", Some("2026-11-22"), &[]);
        assert_eq!(t.date(Step::HardLimit), Some(d("2026-11-20")));
    }

    #[test]
    fn over_the_year_end_thanks_and_counter_go_together() {
        // Monday 21 December: business day 1 is the 22nd.
        let t = plan("2026-12-21", None, &[d("2026-12-25"), d("2027-01-01")]);
        assert_eq!(t.date(Step::ThankAndCounter), Some(d("2026-12-22")));
        assert_eq!(t.date(Step::Thank), None);
        assert_eq!(t.date(Step::Counter), None);
        assert!(
            t.warnings
                .iter()
                .any(|w| matches!(w, DateWarning::YearEnd(_)))
        );
    }

    #[test]
    fn a_past_offer_date_and_a_holiday_week_are_warned_of() {
        let holidays = set(&[d("2026-11-26")]);
        let t = timeline(&Dates {
            offer_date: d("2026-11-16"),
            deadline: None,
            holidays: &holidays,
            today: d("2026-11-20"),
        })
        .unwrap();
        assert!(t.warnings.contains(&DateWarning::OfferInPast {
            offer: d("2026-11-16"),
            today: d("2026-11-20"),
        }));
        // Business day 6 is Tuesday 24 November, in Thanksgiving week.
        assert!(t.warnings.contains(&DateWarning::HolidayWeek(vec![(
            Step::FollowUp,
            d("2026-11-24")
        )])));
        assert!(
            !t.warnings
                .iter()
                .any(|w| matches!(w, DateWarning::YearEnd(_)))
        );
    }
}
