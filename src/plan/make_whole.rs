//! Make-whole: what leaving the current employer on the new start date
//! forfeits, which the sign-on (joining) bonus is asked to cover.
//!
//! With `--current FILE` (today's package, as an offer file with the date it
//! started) in an external negotiation, leaving after M whole months:
//! - **stock**: every vest of the current grants in the 12 months after the
//!   new start (months M+1 to M+12 of the current job), at its projected value;
//! - **bonus**: the current year's target bonus, pro rata for the months
//!   served in that year (the leave-early engine pays it only at the year's
//!   end, so leaving mid-year forfeits it), rounded to the minor unit;
//! - **clawback**: any current sign-on repaid for leaving, by the leave-early
//!   engine's rule.
//!
//! A vest or bonus payout within 45 days after the new start is worth
//! waiting for: the plan proposes starting the day after it.

use chrono::{Days, Months, NaiveDate};
use rust_decimal::Decimal;

use crate::domain::money::Minor;
use crate::domain::offer::Offer;
use crate::domain::projection::project;
use crate::error::DataError;

/// A payout this close after the start is worth moving the start for.
pub const WAIT_DAYS: u64 = 45;

/// What leaving forfeits, by part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MakeWhole {
    pub stock: Decimal,
    pub bonus: Decimal,
    pub clawback: Decimal,
    pub total: Decimal,
    /// A payout within [`WAIT_DAYS`] after the start: its date and amount.
    pub payout_soon: Option<(NaiveDate, Decimal)>,
}

fn too_large() -> DataError {
    DataError::new("base_salary", "the make-whole overflows")
}

/// What leaving `current` on `start` forfeits; `None` when the current job
/// starts on or after that day.
pub fn make_whole(current: &Offer, start: NaiveDate) -> Result<Option<MakeWhole>, DataError> {
    let Some(months) = whole_months(current.start_date, start) else {
        return Ok(None);
    };
    if months == 0 {
        return Ok(None);
    }
    // The horizon must reach a year past the move, within the longest allowed.
    let years = (months + 12).div_ceil(12) + 1;
    let mut today = current.clone();
    today.years = years.min(crate::domain::offer::MAX_HORIZON_YEARS);
    if 12 * today.years < months + 12 {
        return Ok(None);
    }
    let projection = project(&today)?;
    let minor = Minor::of(&current.currency);
    let stock = minor.round(
        projection
            .vests
            .iter()
            .filter(|v| v.months > months && v.months <= months + 12)
            .map(|v| v.value)
            .sum(),
    );
    let year = months / 12 + 1;
    let served = months - 12 * (year - 1);
    let row = projection.rows.get(year as usize - 1);
    let bonus = row.map_or(Decimal::ZERO, |r| {
        minor.round(r.bonus * Decimal::from(served) / Decimal::from(12))
    });
    let clawback = crate::domain::leave::leave(&today, &projection, months)?.clawback;
    let total = minor
        .sum([stock, bonus])
        .and_then(|s| minor.sum([s, clawback]))
        .ok_or_else(too_large)?;
    let window_end = start
        .checked_add_days(Days::new(WAIT_DAYS))
        .unwrap_or(start);
    let mut payouts: Vec<(NaiveDate, Decimal)> = projection
        .vests
        .iter()
        .filter_map(|v| {
            let date = current
                .start_date
                .checked_add_months(Months::new(v.months))?;
            Some((date, v.value))
        })
        .collect();
    if let Some(row) = row
        && row.bonus > Decimal::ZERO
        && let Some(date) = current
            .start_date
            .checked_add_months(Months::new(12 * year))
    {
        payouts.push((date, row.bonus));
    }
    let payout_soon = payouts
        .into_iter()
        .filter(|(date, _)| *date > start && *date <= window_end)
        .min_by_key(|(date, _)| *date)
        .map(|(date, value)| (date, minor.round(value)));
    Ok(Some(MakeWhole {
        stock,
        bonus,
        clawback,
        total,
        payout_soon,
    }))
}

/// Whole months from `from` to `to`; `None` when `to` is before `from`.
pub(super) fn whole_months(from: NaiveDate, to: NaiveDate) -> Option<u32> {
    if to < from {
        return None;
    }
    let mut months = 0u32;
    while from.checked_add_months(Months::new(months + 1))? <= to {
        months += 1;
        if months > 12 * crate::domain::offer::MAX_HORIZON_YEARS {
            return None;
        }
    }
    Some(months)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_months_count_only_completed_months() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(whole_months(d("2024-01-08"), d("2027-01-04")), Some(35));
        assert_eq!(whole_months(d("2024-01-08"), d("2027-01-08")), Some(36));
        assert_eq!(whole_months(d("2027-01-08"), d("2024-01-08")), None);
    }
}
