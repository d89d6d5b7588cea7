//! Offer → year-by-year pay, to the cent, following the rules in the README
//! ("How the numbers are computed"). Pure: no I/O, no clock.

use chrono::{Months, NaiveDate};
use rust_decimal::Decimal;

use crate::domain::money::{Minor, divide_half_away, power_of_ten, quotient_and_remainder};
use crate::domain::offer::Offer;
use crate::domain::vesting::{GrowthCurve, tranche_units};
use crate::error::DataError;

mod raise;
mod sums;

pub(crate) use sums::Sums;

/// One employment year of an offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearRow {
    pub year: u32,
    pub base: Decimal,
    pub bonus: Decimal,
    pub sign_on: Decimal,
    pub equity: Decimal,
    pub total: Decimal,
    pub cumulative: Decimal,
}

/// One vest of one grant (tranches due the same day are one vest).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VestEvent {
    /// Months after the start date.
    pub months: u32,
    /// Index of the grant in the offer's `equity`.
    pub grant: usize,
    /// Employment year it falls in; may lie beyond the horizon.
    pub year: u32,
    /// Amount at the grant price (in the currency's minor unit).
    pub amount: Decimal,
    /// Worth at vest under the growth assumption, unrounded; equals
    /// `amount` without growth.
    pub value: Decimal,
}

impl VestEvent {
    /// The vest date: `months` after `start`, on the same day of the month or
    /// the month's last day (Jan 31 + 1 month = Feb 28/29). Dates are
    /// computed only when shown, which keeps batch projections fast.
    pub fn date(&self, start: NaiveDate) -> NaiveDate {
        // Unreachable for offer files (four-digit years plus at most 50 years).
        start
            .checked_add_months(Months::new(self.months))
            .unwrap_or(NaiveDate::MAX)
    }
}

/// The figures people quote about an offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Sum of the years' totals.
    pub total: Decimal,
    pub year_one: Decimal,
    /// Average year, sign-on included.
    pub average: Decimal,
    /// Average year without the one-time sign-on.
    pub average_recurring: Decimal,
    /// Base plus sign-on over the horizon: pay that does not depend on a
    /// bonus being paid or a share price holding.
    pub guaranteed_cash: Decimal,
    /// Sign-on paid within the horizon.
    pub sign_on: Decimal,
    /// Value of vests after the horizon, left out of the years.
    pub unvested: Decimal,
}

/// An offer together with its projection: the figures every view and
/// comparison starts from. What is added to them (leaving early, tax, other
/// currencies, purchasing power) makes it an offer report (`report` module).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectedOffer {
    pub offer: Offer,
    pub projection: Projection,
}

impl ProjectedOffer {
    pub fn new(offer: Offer) -> Result<ProjectedOffer, DataError> {
        let projection = project(&offer)?;
        Ok(ProjectedOffer { offer, projection })
    }

    /// The projection without the list of vest events (same years, same
    /// summary): what batch runs need, at a fraction of the memory.
    pub fn without_vests(offer: Offer) -> Result<ProjectedOffer, DataError> {
        let projection = project_with(&offer, false)?;
        Ok(ProjectedOffer { offer, projection })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Projection {
    pub rows: Vec<YearRow>,
    pub vests: Vec<VestEvent>,
    pub summary: Summary,
    /// Options and double-trigger RSUs: what vests, at paper and at the exit.
    pub options: Option<crate::domain::options::OptionYears>,
}

/// Projects an offer over its horizon. Errors only on arithmetic overflow,
/// naming the input that drives the figure out of range.
pub fn project(offer: &Offer) -> Result<Projection, DataError> {
    project_with(offer, true)
}

fn project_with(offer: &Offer, keep_vests: bool) -> Result<Projection, DataError> {
    let horizon = offer.years;
    let minor = Minor::of(&offer.currency);
    let (vests, mut equity_by_year, mut unvested) = vest_events(offer, minor, keep_vests)?;
    // Options and double-trigger RSUs add their value at the exit, if one is
    // assumed (each vest already rounded to the unit); else nothing.
    let options = crate::domain::options::options_years(offer, minor)?;
    if let Some(options) = &options {
        let too_large = || DataError::new("equity", "the equity of a year overflows");
        for (slot, value) in equity_by_year.iter_mut().zip(&options.at_exit) {
            *slot = slot.checked_add(*value).ok_or_else(too_large)?;
        }
        unvested = unvested
            .checked_add(options.at_exit_after)
            .ok_or_else(too_large)?;
    }
    let raise = raise::Raise::new(offer.annual_raise_pct)
        .ok_or_else(|| overflow("annual_raise_pct", "base", 2))?;
    // The years are added up in whole minor units, exactly; each figure
    // becomes a `Decimal` once.
    let mut rows = Vec::with_capacity(horizon as usize);
    let mut sums = Sums::default();
    let bonus = Bonus::of(offer, minor);
    let mut bases = raise.compounding(offer.base_salary, minor);
    for year in 1..=horizon {
        let base = bases
            .next_units()
            .ok_or_else(|| overflow("base_salary", "base", year))?;
        let bonus = bonus
            .and_then(|bonus| bonus.on(base, minor))
            .ok_or_else(|| match offer.bonus_amount {
                Some(_) => overflow("bonus_target", "bonus", year),
                None => overflow("bonus_target_pct", "bonus", year),
            })?;
        let sign_on = match offer.sign_on.get(year as usize - 1) {
            Some(amount) => minor.units(minor.round(*amount)),
            None => Some(0),
        }
        .ok_or_else(|| overflow("sign_on", "sign-on", year))?;
        let equity = minor
            .figure(equity_by_year[year as usize - 1])
            .and_then(|amount| minor.units(amount))
            .ok_or_else(|| overflow("stock_growth_pct", "equity", year))?;
        let row = sums
            .push([base, bonus, sign_on, equity], minor)
            .ok_or_else(|| overflow("base_salary", "total", year))?;
        rows.push(row);
    }
    let unvested = minor.figure(unvested).ok_or_else(|| {
        DataError::new(
            "stock_growth_pct",
            "the value vesting after the horizon exceeds 10^17, the largest figure computed exactly",
        )
    })?;
    let summary = sums.summary(unvested, minor)?;
    Ok(Projection {
        rows,
        vests,
        summary,
        options,
    })
}

/// Every tranche of every grant, dated and valued, plus the unrounded equity
/// of each horizon year and the value vesting after the horizon.
fn vest_events(
    offer: &Offer,
    minor: Minor,
    keep_vests: bool,
) -> Result<(Vec<VestEvent>, Vec<Decimal>, Decimal), DataError> {
    let horizon = offer.years;
    let longest = offer
        .equity
        .iter()
        .map(|g| g.span_months())
        .max()
        .unwrap_or(0);
    let growth = if offer.stock_growth_pct.is_zero() {
        None
    } else {
        Some(
            GrowthCurve::new(offer.stock_growth_pct, longest).ok_or_else(|| {
                DataError::new(
                    "stock_growth_pct",
                    "share-price growth overflows over the vesting span",
                )
            })?,
        )
    };
    // Without growth every tranche is a whole number of minor units: when
    // no vest is kept either (batch), the years are summed as integers,
    // exactly, and made decimals once.
    let integer_sums = growth.is_none() && !keep_vests;
    let mut units_by_year = vec![0i128; horizon as usize + 1];
    let mut equity_by_year = vec![Decimal::ZERO; horizon as usize];
    let mut unvested = Decimal::ZERO;
    let mut vests: Vec<VestEvent> = Vec::new();
    let decimal = |units| minor.from_units(units);
    for (index, grant) in offer.equity.iter().enumerate() {
        // The path is written only for an error (a hot loop in batch runs).
        let path = || format!("equity[{index}]");
        let split = || DataError::new(path(), "vesting split overflows");
        let tranches = tranche_units(grant, minor).ok_or_else(split)?;
        for (months_after_grant, units) in tranches {
            let months = grant.months_after_start() + months_after_grant;
            let year = months.div_ceil(12);
            let slot = (year as usize - 1).min(horizon as usize);
            if integer_sums {
                units_by_year[slot] = units_by_year[slot].checked_add(units).ok_or_else(split)?;
                continue;
            }
            let amount = decimal(units).ok_or_else(split)?;
            let value = match &growth {
                None => Some(amount),
                Some(curve) => curve
                    .factor(months_after_grant)
                    .and_then(|f| amount.checked_mul(f)),
            }
            .ok_or_else(|| {
                DataError::new(
                    "stock_growth_pct",
                    format!("value of {} overflows at vest", path()),
                )
            })?;
            let bucket = match equity_by_year.get_mut(year as usize - 1) {
                Some(slot) => slot,
                None => &mut unvested,
            };
            *bucket = bucket.checked_add(value).ok_or_else(|| {
                DataError::new(path(), format!("equity of year {year} overflows"))
            })?;
            if !keep_vests {
                continue;
            }
            // Tranches of one grant that vest on the same day (a cliff
            // release) are one event.
            match vests.last_mut() {
                Some(last) if last.grant == index && last.months == months => {
                    last.amount += amount;
                    last.value += value;
                }
                _ => vests.push(VestEvent {
                    months,
                    grant: index,
                    year,
                    amount,
                    value,
                }),
            }
        }
    }
    if integer_sums {
        let overflow = || DataError::new("equity", "the equity of a year overflows");
        let (last, years) = units_by_year.split_last().ok_or_else(overflow)?;
        for (slot, units) in equity_by_year.iter_mut().zip(years) {
            *slot = decimal(*units).ok_or_else(overflow)?;
        }
        unvested = decimal(*last).ok_or_else(overflow)?;
    }
    vests.sort_by_key(|v| (v.months, v.grant));
    Ok((vests, equity_by_year, unvested))
}

/// How each year's bonus follows from its base.
#[derive(Debug, Clone, Copy)]
enum Bonus {
    /// A percentage of the year's base.
    Percent(Decimal),
    /// An amount for year 1 that scales with the base: `base_y × amount /
    /// base_salary`, both in minor units.
    Scaled { amount: i128, salary: i128 },
}

impl Bonus {
    fn of(offer: &Offer, minor: Minor) -> Option<Bonus> {
        let unit = Decimal::from(10i64.pow(minor.places()));
        // Checked: a break-even search may try a base far past the range, which
        // must be refused as out of range, never overflow the product.
        let units = |d: Decimal| i128::try_from(d.checked_mul(unit)?.trunc()).ok();
        Some(match offer.bonus_amount {
            None => Bonus::Percent(offer.bonus_target_pct),
            Some(amount) => Bonus::Scaled {
                amount: units(amount)?,
                salary: units(offer.base_salary)?,
            },
        })
    }

    /// The bonus on a year's `base` (minor units), in minor units, rounded
    /// half away from zero; `None` beyond ±[`MAX_FIGURE`](crate::domain::money::MAX_FIGURE).
    fn on(self, base: i128, minor: Minor) -> Option<i128> {
        match self {
            Bonus::Percent(pct) => percent_units(base, pct, minor),
            // In integer cents the product fits in 128 bits (10^19 × 10^17).
            Bonus::Scaled { amount, salary } => {
                let rounded = divide_half_away(base.checked_mul(amount)?, salary)?;
                (rounded.abs() <= minor.most_units()).then_some(rounded)
            }
        }
    }
}

/// `units × pct / 100` in minor units, rounded half away from zero; `None`
/// beyond ±[`MAX_FIGURE`](crate::domain::money::MAX_FIGURE). Wherever a `Decimal`
/// holds the product exactly (below 2^96, at most 28 places: every offer
/// file's), integers give its answer without it; elsewhere the `Decimal`
/// rule stands.
fn percent_units(units: i128, pct: Decimal, minor: Minor) -> Option<i128> {
    let places = pct.scale() + 2;
    match units.checked_mul(pct.mantissa()) {
        Some(product)
            if product.unsigned_abs() < 1 << 96 && places + minor.places() <= MAX_SCALE =>
        {
            let divisor = power_of_ten(places)?;
            let (whole, rest) = quotient_and_remainder(product.abs(), divisor);
            let most = minor.most_units();
            if whole > most || (whole == most && rest > 0) {
                return None;
            }
            divide_half_away(product, divisor)
        }
        _ => {
            let amount = percent_of(minor.from_units(units)?, pct)?;
            minor.units(minor.figure(amount)?)
        }
    }
}

/// `amount × pct / 100`: when the product has room for two more places
/// (nearly always), dividing by a hundred is moving the point, exactly and
/// without `Decimal`'s costliest operation, a division.
fn percent_of(amount: Decimal, pct: Decimal) -> Option<Decimal> {
    let mut product = amount.checked_mul(pct)?;
    match product.scale() + 2 {
        places if places <= MAX_SCALE => {
            product.set_scale(places).ok()?;
            Some(product)
        }
        _ => product.checked_div(Decimal::ONE_HUNDRED),
    }
}

/// The most decimal places a `Decimal` holds.
const MAX_SCALE: u32 = 28;

fn overflow(path: &str, figure: &str, year: u32) -> DataError {
    DataError::new(
        path,
        format!(
            "the {figure} of year {year} overflows: it exceeds 10^17, the largest figure computed exactly"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::{Bonus, MAX_SCALE, percent_of, percent_units};
    use crate::domain::money::Minor;
    use rust_decimal::Decimal;
    use rust_decimal_macros::dec;

    /// A bonus stated as an amount, scaled to a year's base.
    fn scaled_bonus(
        base: Decimal,
        amount: Decimal,
        salary: Decimal,
        minor: Minor,
    ) -> Option<Decimal> {
        let units = |d| minor.units(d).unwrap();
        let bonus = Bonus::Scaled {
            amount: units(amount),
            salary: units(salary),
        };
        minor.from_units(bonus.on(units(base), minor)?)
    }

    /// The rule `percent_units` keeps: the percentage in `Decimal`, then the
    /// figure's range and its rounding to the unit.
    fn by_decimal(units: i128, pct: Decimal, minor: Minor) -> Option<i128> {
        let amount = percent_of(minor.from_units(units)?, pct)?;
        minor.units(minor.figure(amount)?)
    }

    #[test]
    fn a_bonus_percentage_in_integers_is_the_decimal_rule() {
        let most = Minor::CENT.most_units();
        let cases = [
            (20_068_227, dec!(13.333334)),
            (18_540_000, dec!(15)),
            (1, dec!(50)),        // half a cent: up
            (3, dec!(50)),        // 1.5 cents: up to 2
            (1, dec!(49.999999)), // just under half: down
            (12_345, dec!(0.000001)),
            (most, dec!(100)),           // exactly 10^17: a figure
            (most, dec!(100.000001)),    // just past it: none
            (most / 10 + 1, dec!(1000)), // past it
            (10i128.pow(19), dec!(999.999999)),
        ];
        for (units, pct) in cases {
            for minor in [Minor::CENT, Minor::WHOLE] {
                assert_eq!(
                    percent_units(units, pct, minor),
                    by_decimal(units, pct, minor),
                    "{units} × {pct} %"
                );
            }
        }
        assert_eq!(
            percent_units(20_068_227, dec!(13.333334), Minor::CENT),
            Some(2_675_764)
        );
        assert_eq!(percent_units(1, dec!(50), Minor::CENT), Some(1));
        assert_eq!(percent_units(1, dec!(49.999999), Minor::CENT), Some(0));
        assert_eq!(percent_units(most, dec!(100.000001), Minor::CENT), None);
        // Past 28 places the integers stand aside for the `Decimal` rule.
        let fine = Decimal::new(1, MAX_SCALE - 1);
        assert_eq!(
            percent_units(7, fine, Minor::CENT),
            by_decimal(7, fine, Minor::CENT)
        );
    }

    #[test]
    fn a_percentage_moves_the_point_and_divides_only_without_room() {
        assert_eq!(percent_of(dec!(185400.00), dec!(15)), Some(dec!(27810.00)));
        assert_eq!(
            percent_of(dec!(200682.27), dec!(13.333334)),
            Some(dec!(26757.6373378818))
        );
        assert_eq!(
            percent_of(dec!(0.01), dec!(0.000001)),
            Some(dec!(0.0000000001))
        );
        // 27 places already: a point moved two more would pass 28, so the
        // product is divided (rounded to 28 places, as before).
        let fine = dec!(0.000000000000000000000000001);
        assert_eq!(percent_of(fine, dec!(1)), fine.checked_div(dec!(100)));
        assert_eq!(percent_of(Decimal::MAX, dec!(2)), None);
    }

    #[test]
    fn a_bonus_amount_scales_with_base_rounding_half_away_from_zero() {
        // Year 1: exactly the amount.
        assert_eq!(
            scaled_bonus(
                dec!(180000.00),
                dec!(24000.00),
                dec!(180000.00),
                Minor::CENT
            ),
            Some(dec!(24000.00))
        );
        // 185,400 × 24,000 / 180,000 = 24,720 exactly.
        assert_eq!(
            scaled_bonus(
                dec!(185400.00),
                dec!(24000.00),
                dec!(180000.00),
                Minor::CENT
            ),
            Some(dec!(24720.00))
        );
        // 1.00 × 0.01 / 2.00 = half a cent: up to a cent.
        assert_eq!(
            scaled_bonus(dec!(1.00), dec!(0.01), dec!(2.00), Minor::CENT),
            Some(dec!(0.01))
        );
        // 1.00 × 0.01 / 3.00 = a third of a cent: down to nothing.
        assert_eq!(
            scaled_bonus(dec!(1.00), dec!(0.01), dec!(3.00), Minor::CENT),
            Some(dec!(0.00))
        );
        // In yen: 3 × 1 / 2 = 1.5 yen, up to 2; 1 × 1 / 3 down to 0.
        assert_eq!(
            scaled_bonus(dec!(3), dec!(1), dec!(2), Minor::WHOLE).map(|b| b.to_string()),
            Some("2".to_owned())
        );
        assert_eq!(
            scaled_bonus(dec!(1), dec!(1), dec!(3), Minor::WHOLE).map(|b| b.to_string()),
            Some("0".to_owned())
        );
        // At the bounds the product needs 128 bits; past 10^17 it is refused.
        assert_eq!(
            scaled_bonus(
                dec!(100000000000000000),
                dec!(1000000000000000),
                dec!(1),
                Minor::CENT
            ),
            None
        );
    }
}
