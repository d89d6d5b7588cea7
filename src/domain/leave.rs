//! Leaving early: what a person actually walks away with after `MONTHS`
//! months, to the cent (README, "Leaving early").
//!
//! - Base is paid monthly: in year y the person works
//!   `clamp(MONTHS − 12(y−1), 0, 12)` months and earns `base_y × months / 12`,
//!   rounded to the currency's minor unit (the cent, or the whole yen)
//!   half away from zero.
//! - The bonus of year y is paid at the end of year y: earned only if
//!   `MONTHS ≥ 12y`.
//! - Sign-on k is paid at the start of year k: received if
//!   `MONTHS > 12(k−1)`; repaid (all of it, or the share of the clawback
//!   period not served, rounded to the minor unit) if `MONTHS − 12(k−1)` is less than
//!   `clawback_months`.
//! - Equity: the projection's vests at month ≤ `MONTHS`, summed and rounded
//!   once per year as the projection does; the rest of the horizon's equity
//!   is forfeited (`forfeited_equity` is the horizon's equity less what is
//!   kept, so the two add up to the projection's equity exactly).

use rust_decimal::Decimal;

use crate::domain::money::Minor;
use crate::domain::offer::{Clawback, Offer};
use crate::domain::projection::Projection;
use crate::error::DataError;

/// What leaving after some months pays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leave {
    pub after_months: u32,
    pub base: Decimal,
    pub bonus: Decimal,
    pub sign_on: Decimal,
    pub clawback: Decimal,
    pub equity: Decimal,
    /// `base + bonus + sign_on − clawback + equity`.
    pub total: Decimal,
    pub forfeited_equity: Decimal,
}

/// The months one may leave after: 1 to 12 × the horizon.
pub fn valid_months(offer: &Offer, months: u32) -> Result<(), DataError> {
    let last = 12 * offer.years;
    if (1..=last).contains(&months) {
        Ok(())
    } else {
        Err(DataError::new(
            "leave.after_months",
            format!(
                "is {months} months, expected 1 to {last} (the {}-year horizon)",
                offer.years
            ),
        ))
    }
}

fn too_large() -> DataError {
    DataError::new("base_salary", "a leave figure overflows")
}

/// Leaving after `months` (1 to 12 × the horizon): needs the projection's vests.
pub fn leave(offer: &Offer, projection: &Projection, months: u32) -> Result<Leave, DataError> {
    valid_months(offer, months)?;
    let minor = Minor::of(&offer.currency);
    let add = |amounts: [Decimal; 2]| minor.sum(amounts);
    let (mut base, mut bonus, mut sign_on, mut clawback) =
        (minor.zero(), minor.zero(), minor.zero(), minor.zero());
    for row in &projection.rows {
        let start = 12 * (row.year - 1);
        let worked = months.saturating_sub(start).min(12);
        let earned = minor.round(row.base * Decimal::from(worked) / Decimal::from(12));
        base = add([base, earned]).ok_or_else(too_large)?;
        if months >= 12 * row.year {
            bonus = add([bonus, row.bonus]).ok_or_else(too_large)?;
        }
        if months > start && !row.sign_on.is_zero() {
            sign_on = add([sign_on, row.sign_on]).ok_or_else(too_large)?;
            let served = months - start;
            if served < offer.clawback_months {
                let repaid = match offer.clawback {
                    Clawback::Full => row.sign_on,
                    Clawback::Prorated => minor.round(
                        row.sign_on * Decimal::from(offer.clawback_months - served)
                            / Decimal::from(offer.clawback_months),
                    ),
                };
                clawback = add([clawback, repaid]).ok_or_else(too_large)?;
            }
        }
    }
    let equity = kept_equity(offer, projection, months, minor)?;
    let horizon_equity = minor
        .sum(projection.rows.iter().map(|r| r.equity))
        .ok_or_else(too_large)?;
    Leave::new(
        months,
        [base, bonus, sign_on, clawback, equity],
        horizon_equity - equity,
        minor,
    )
    .ok_or_else(too_large)
}

impl Leave {
    /// Leaving after `after_months` with these figures: `total = base +
    /// bonus + sign_on − clawback + equity` in `minor` units; `None` past
    /// the unit's range.
    pub(crate) fn new(
        after_months: u32,
        [base, bonus, sign_on, clawback, equity]: [Decimal; 5],
        forfeited_equity: Decimal,
        minor: Minor,
    ) -> Option<Leave> {
        Some(Leave {
            after_months,
            base,
            bonus,
            sign_on,
            clawback,
            equity,
            total: minor.sum([base, bonus, sign_on, -clawback, equity])?,
            forfeited_equity,
        })
    }
}

/// The vests at month ≤ `months`, summed unrounded per year, each year rounded once.
fn kept_equity(
    offer: &Offer,
    projection: &Projection,
    months: u32,
    minor: Minor,
) -> Result<Decimal, DataError> {
    let mut by_year = vec![Decimal::ZERO; offer.years as usize];
    for vest in projection.vests.iter().filter(|v| v.months <= months) {
        let index = vest.year.checked_sub(1).map(|i| i as usize);
        if let Some(slot) = index.and_then(|i| by_year.get_mut(i)) {
            *slot = slot.checked_add(vest.value).ok_or_else(too_large)?;
        }
    }
    let rounded: Option<Vec<Decimal>> = by_year.into_iter().map(|y| minor.figure(y)).collect();
    minor
        .sum(rounded.ok_or_else(too_large)?)
        .ok_or_else(too_large)
}

/// Why staying one more month pays: what the next month brings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Handcuff {
    /// A vest (a cliff, or a large one).
    Vest,
    /// A year's bonus.
    Bonus,
    /// Less sign-on to repay.
    Clawback,
    /// A sign-on payment.
    SignOn,
}

/// Leaving at the end of every month of the horizon, and the months where
/// leaving costs the most: the "golden handcuffs".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaveTable {
    pub months: Vec<Leave>,
    /// The months after which one more month brings more than two months of
    /// that month's base (a cliff, a large vest, a bonus, the clawback's
    /// end), earliest first; at most twelve, the largest.
    pub costly: Vec<CostlyMonth>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostlyMonth {
    pub month: u32,
    /// What one more month would add.
    pub next_month_adds: Decimal,
    pub reason: Handcuff,
}

/// How many costly months the table names at most.
const COSTLY_MONTHS: usize = 12;

pub fn leave_table(offer: &Offer, projection: &Projection) -> Result<LeaveTable, DataError> {
    let months: Vec<Leave> = (1..=12 * offer.years)
        .map(|m| leave(offer, projection, m))
        .collect::<Result<_, _>>()?;
    let bases: Vec<Decimal> = projection.rows.iter().map(|row| row.base).collect();
    let costly = costly_months(&months, &bases);
    Ok(LeaveTable { months, costly })
}

/// The months after which one more month brings more than two months of the
/// base of the year that month falls in (`bases[y − 1]` for year y), largest
/// first, at most [`COSTLY_MONTHS`], then in order. The reason is what adds
/// the most beside base (the earliest of vest, bonus, clawback and sign-on
/// on a tie); a step where nothing but base adds is never costly.
pub(crate) fn costly_months(months: &[Leave], bases: &[Decimal]) -> Vec<CostlyMonth> {
    let mut steps: Vec<CostlyMonth> = months
        .windows(2)
        .filter_map(|pair| {
            let (now, next) = (&pair[0], &pair[1]);
            let parts = [
                (Handcuff::Vest, next.equity - now.equity),
                (Handcuff::Bonus, next.bonus - now.bonus),
                (Handcuff::Clawback, now.clawback - next.clawback),
                (Handcuff::SignOn, next.sign_on - now.sign_on),
            ];
            let (reason, _) = parts
                .iter()
                .filter(|(_, amount)| *amount > Decimal::ZERO)
                .min_by_key(|(_, amount)| std::cmp::Reverse(*amount))?;
            let year = next.after_months.div_ceil(12);
            let base = bases.get(year.checked_sub(1)? as usize)?;
            let adds = next.total - now.total;
            (adds > *base / Decimal::from(12) * Decimal::TWO).then_some(CostlyMonth {
                month: now.after_months,
                next_month_adds: adds,
                reason: *reason,
            })
        })
        .collect();
    // The largest jumps; ties go to the earlier month.
    steps.sort_by(|a, b| {
        b.next_month_adds
            .cmp(&a.next_month_adds)
            .then(a.month.cmp(&b.month))
    });
    steps.truncate(COSTLY_MONTHS);
    steps.sort_by_key(|c| c.month);
    steps
}
