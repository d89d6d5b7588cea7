//! How large the ask is, in the terms negotiations are settled in: the
//! **annualized total** of a package, base + target bonus + each grant made
//! at hire ÷ its vesting years + the sign-on paid in year 1. A horizon total
//! would let back-loaded stock hide most of a grant; this counts it evenly.
//!
//! Figures are rounded to a **unit**: 10^(digits of the offered base − 3)
//! (a $180,000 base rounds to $1,000; £95,000 to £100), sign-on to half a
//! unit. Opening asks keep four significant figures; concessions are round.

use rust_decimal::{Decimal, RoundingStrategy};

use super::Situation;
use crate::domain::market::{Entry, Metric, Percentiles, value_at};
use crate::domain::money::Minor;
use crate::domain::offer::Offer;

/// Where the offer sits against the matched entry's total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// No entry applies, or it has no total to compare with.
    NoData,
    /// Below the total at the target percentile.
    BelowTarget,
    /// At or above the target, within the data.
    AtOrAboveTarget,
    /// Above the data's highest point.
    AboveTop,
}

/// The plan's sizing figures, annualized (see the module note).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizing {
    pub offer: Decimal,
    pub ask: Decimal,
    pub closer: Decimal,
    pub floor: Decimal,
    pub unit: Decimal,
    pub position: Position,
    /// The entry's total at the target percentile, where there is one.
    pub target_total: Option<Decimal>,
}

/// `pct` percent of `amount`.
pub fn pct_of(amount: Decimal, pct: Decimal) -> Decimal {
    amount * pct / Decimal::ONE_HUNDRED
}

/// `1 + pct/100`.
pub fn factor(pct: i64) -> Decimal {
    Decimal::ONE + Decimal::from(pct) / Decimal::ONE_HUNDRED
}

/// The target bonus in money a year: the amount as given (following the
/// base it was given on), or the percentage of base.
pub fn bonus_cash(offer: &Offer) -> Decimal {
    match offer.bonus_amount {
        Some(amount) => amount,
        None => pct_of(offer.base_salary, offer.bonus_target_pct),
    }
}

/// The bonus as a percentage of base, however it was given.
pub fn bonus_pct(offer: &Offer) -> Decimal {
    match offer.bonus_amount {
        Some(amount) if !offer.base_salary.is_zero() => {
            amount * Decimal::ONE_HUNDRED / offer.base_salary
        }
        _ => offer.bonus_target_pct,
    }
}

/// The grants made at hire, a year each: Σ value ÷ vesting years.
pub fn equity_annual(offer: &Offer) -> Decimal {
    offer
        .equity
        .iter()
        .filter(|g| g.at_hire())
        .map(|g| g.value / Decimal::from(g.schedule.years().max(1)))
        .sum()
}

/// The recurring part of the annualized total: base, bonus, equity.
pub fn recurring(offer: &Offer) -> Decimal {
    let minor = Minor::of(&offer.currency);
    minor.round(offer.base_salary + bonus_cash(offer) + equity_annual(offer))
}

/// The annualized total, rounded to the currency's minor unit.
pub fn annualized(offer: &Offer) -> Decimal {
    let first_sign_on = offer.sign_on.first().copied().unwrap_or_default();
    let minor = Minor::of(&offer.currency);
    minor.round(offer.base_salary + bonus_cash(offer) + equity_annual(offer) + first_sign_on)
}

/// 10^(digits of the whole base − 3), at least 1.
pub fn unit(base: Decimal) -> Decimal {
    let mut digits = 0u32;
    let mut whole = base.trunc().abs();
    while whole >= Decimal::ONE {
        whole = (whole / Decimal::TEN).trunc();
        digits += 1;
    }
    let mut unit = Decimal::ONE;
    for _ in 3..digits {
        unit *= Decimal::TEN;
    }
    unit
}

/// Rounds `amount` to a multiple of `step`, upward.
pub fn up_to(amount: Decimal, step: Decimal) -> Decimal {
    (amount / step).ceil() * step
}

/// Rounds `amount` to a multiple of `step`, downward.
pub fn down_to(amount: Decimal, step: Decimal) -> Decimal {
    (amount / step).floor() * step
}

/// Rounds `amount` to the nearest multiple of `step` (halves up).
pub fn near(amount: Decimal, step: Decimal) -> Decimal {
    (amount / step).round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero) * step
}

/// An opening figure: `wanted` rounded up to four significant figures, but
/// never above `cap` (at a cap, rounded down: a cap beats precision).
pub fn opening(wanted: Decimal, cap: Decimal) -> Decimal {
    if wanted <= Decimal::ZERO {
        return Decimal::ZERO;
    }
    let up = super::anchor::precise_money(wanted).unwrap_or(wanted);
    let figure = if up > cap {
        down_to(cap, super::anchor::step_for(cap.ceil()))
    } else {
        up
    };
    let mut figure = figure.max(Decimal::ZERO);
    figure.rescale(2);
    figure
}

/// The entry's value of `metric` at `target` (the nearest end outside the points).
pub fn at_target(points: &Percentiles, target: u8) -> Decimal {
    let (low_p, low) = points.points[0];
    let (high_p, high) = points.points[points.points.len() - 1];
    if target >= high_p {
        high
    } else if target <= low_p {
        low
    } else {
        value_at(points, target).unwrap_or(high)
    }
}

/// The entry's highest point of `metric`.
pub fn top(points: &Percentiles) -> Decimal {
    points.points[points.points.len() - 1].1
}

pub fn metric(entry: Option<&Entry>, metric: Metric) -> Option<&Percentiles> {
    entry?
        .metrics
        .iter()
        .find(|(m, _)| *m == metric)
        .map(|(_, p)| p)
}

/// The entry's total at the target and at its top: the `total` metric, or
/// (where the entry has no total) base × (1 + bonus %) + equity a year.
pub fn entry_total(entry: Option<&Entry>, target: u8) -> Option<(Decimal, Decimal)> {
    if let Some(total) = metric(entry, Metric::Total) {
        return Some((at_target(total, target), top(total)));
    }
    let base = metric(entry, Metric::BaseSalary)?;
    let bonus = metric(entry, Metric::BonusPct)?;
    let equity = metric(entry, Metric::EquityAnnual)?;
    let at = |f: &dyn Fn(&Percentiles) -> Decimal| {
        let b = f(base);
        b + pct_of(b, f(bonus)) + f(equity)
    };
    Some((at(&|p| at_target(p, target)), at(&top)))
}

/// Places the offer's annualized total against the entry's total.
pub fn position(offer_annual: Decimal, totals: Option<(Decimal, Decimal)>) -> Position {
    match totals {
        None => Position::NoData,
        Some((_, top)) if offer_annual > top => Position::AboveTop,
        Some((target, _)) if offer_annual >= target => Position::AtOrAboveTarget,
        Some(_) => Position::BelowTarget,
    }
}

/// The band the annualized ask stays in, percent over the offer, and the
/// figure it starts from before the forecast's lift.
pub fn band(
    situation: Situation,
    position: Position,
    offer: Decimal,
    target_total: Option<Decimal>,
) -> (Decimal, Decimal, Decimal) {
    let at = |pct: i64| offer * factor(pct);
    match (situation, position) {
        (Situation::Promotion, _) => (offer, at(50), offer),
        (_, Position::NoData) => (at(10), at(20), at(12)),
        (_, Position::BelowTarget) => {
            let target = target_total.unwrap_or(at(12));
            (at(10), at(20), target.clamp(at(10), at(20)))
        }
        (_, Position::AtOrAboveTarget) => (at(4), at(8), at(6)),
        (_, Position::AboveTop) => (at(4), at(8), at(4)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_unit_follows_the_digits_of_the_base() {
        assert_eq!(unit(dec!(180000)), dec!(1000));
        assert_eq!(unit(dec!(95000)), dec!(100));
        assert_eq!(unit(dec!(1500000)), dec!(10000));
        assert_eq!(unit(dec!(15000000)), dec!(100000));
        assert_eq!(unit(dec!(999)), dec!(1));
        assert_eq!(unit(dec!(50)), dec!(1));
    }

    #[test]
    fn openings_keep_four_figures_and_round_down_at_a_cap() {
        assert_eq!(opening(dec!(128_620), dec!(132_160)), dec!(128_700));
        // At the cap: rounded down to four figures, a round figure allowed.
        assert_eq!(opening(dec!(140_000), dec!(132_160)), dec!(132_100));
        assert_eq!(opening(dec!(190_000), dec!(183_600)), dec!(183_600));
        assert_eq!(opening(dec!(185_000), dec!(185_000)), dec!(185_000));
    }

    #[test]
    fn the_position_compares_the_annualized_total() {
        let totals = Some((dec!(212_000), dec!(235_000)));
        assert_eq!(position(dec!(184_000), totals), Position::BelowTarget);
        assert_eq!(position(dec!(212_000), totals), Position::AtOrAboveTarget);
        assert_eq!(position(dec!(235_000.01), totals), Position::AboveTop);
        assert_eq!(position(dec!(1), None), Position::NoData);
    }

    #[test]
    fn external_bands() {
        let o = dec!(100_000);
        let ext = Situation::External;
        assert_eq!(
            band(ext, Position::NoData, o, None),
            (dec!(110_000), dec!(120_000), dec!(112_000))
        );
        // The target inside the band is the start; outside, the band's edge.
        assert_eq!(
            band(ext, Position::BelowTarget, o, Some(dec!(115_000))).2,
            dec!(115_000)
        );
        assert_eq!(
            band(ext, Position::BelowTarget, o, Some(dec!(150_000))).2,
            dec!(120_000)
        );
        assert_eq!(
            band(ext, Position::BelowTarget, o, Some(dec!(101_000))).2,
            dec!(110_000)
        );
        assert_eq!(
            band(ext, Position::AboveTop, o, None),
            (dec!(104_000), dec!(108_000), dec!(104_000))
        );
    }
}
