//! A grant cut into its tranches, each with the month it vests.

use rust_decimal::Decimal;

use super::Grant;
use super::allocate::{
    MAX_PARTS, WEIGHT_SCALE, scaled, split_units_by_weights, split_units_evenly,
};
use crate::domain::money::Minor;

/// One vesting tranche of a grant, valued at the grant price.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tranche {
    /// Months after the grant date at which it vests (cliff applied).
    pub months_after_grant: u32,
    /// In the currency's minor unit, at the grant price.
    pub amount: Decimal,
}

/// Splits a grant into tranches: the value over the schedule years by largest
/// remainder, each year over its frequency's tranches the same way. Tranche j
/// of schedule year k vests at month 12(k−1) + j·12/periods; one due before
/// the cliff vests at the cliff. Without growth the amounts sum to the grant's
/// value exactly. `None` only on arithmetic overflow.
pub fn tranches(grant: &Grant, minor: Minor) -> Option<Vec<Tranche>> {
    tranche_units(grant, minor)?
        .map(|(months_after_grant, units)| {
            Some(Tranche {
                months_after_grant,
                amount: minor.from_units(units)?,
            })
        })
        .collect()
}

/// [`tranches`] as integers: each tranche's month after the grant and its
/// amount in whole `minor` units (what the projection sums), computed as
/// they are taken, with nothing on the heap (a hot path of batch runs).
pub fn tranche_units(
    grant: &Grant,
    minor: Minor,
) -> Option<impl Iterator<Item = (u32, i128)> + use<>> {
    let periods = grant.frequency.periods();
    let step = grant.frequency.months_between();
    let cliff = grant.cliff_months;
    let years = grant.schedule.yearly_pct.len();
    if years > MAX_PARTS {
        return None;
    }
    let mut weights = [0i128; MAX_PARTS];
    for (weight, pct) in weights.iter_mut().zip(grant.schedule.yearly_pct.iter()) {
        *weight = scaled(*pct, WEIGHT_SCALE)?;
    }
    let mut yearly = [0i128; MAX_PARTS];
    let total = scaled(grant.value, minor.places())?;
    split_units_by_weights(total, &weights[..years], &mut yearly[..years])?;
    // Each year's part is not negative (the split of a non-negative total).
    Some(
        (0u32..)
            .zip(yearly.into_iter().take(years))
            .flat_map(move |(k, year_amount)| {
                (1u32..)
                    .zip(split_units_evenly(year_amount, periods))
                    .map(move |(j, amount)| ((12 * k + j * step).max(cliff), amount))
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::vesting::{Frequency, Preset, Schedule};
    use rust_decimal_macros::dec;

    fn grant(value: Decimal, preset: Preset, frequency: Frequency, cliff_months: u32) -> Grant {
        Grant {
            value,
            schedule: Schedule::preset(preset),
            frequency,
            cliff_months,
            grant_year: 1,
        }
    }

    fn by_month(tranches: &[Tranche]) -> Vec<(u32, Decimal)> {
        tranches
            .iter()
            .map(|t| (t.months_after_grant, t.amount))
            .collect()
    }

    #[test]
    fn amazon_six_hundred_thousand_semiannual() {
        // 5 % at the first anniversary (the month-6 half waits for the cliff),
        // 7.5 % twice in year 2, then 20 % every six months.
        let g = grant(dec!(600000), Preset::Amazon, Frequency::Semiannual, 12);
        assert_eq!(
            by_month(&tranches(&g, Minor::CENT).unwrap()),
            vec![
                (12, dec!(15000)),
                (12, dec!(15000)),
                (18, dec!(45000)),
                (24, dec!(45000)),
                (30, dec!(120000)),
                (36, dec!(120000)),
                (42, dec!(120000)),
                (48, dec!(120000)),
            ]
        );
    }

    #[test]
    fn one_year_cliff_on_monthly_releases_a_quarter_at_month_twelve() {
        let g = grant(dec!(48000), Preset::Even, Frequency::Monthly, 12);
        let t = tranches(&g, Minor::CENT).unwrap();
        let at_cliff: Decimal = t
            .iter()
            .filter(|t| t.months_after_grant == 12)
            .map(|t| t.amount)
            .sum();
        assert_eq!(at_cliff, dec!(12000));
        assert!(t.iter().all(|t| t.months_after_grant >= 12));
        assert_eq!(t.last().unwrap().months_after_grant, 48);
        assert_eq!(
            t[12],
            Tranche {
                months_after_grant: 13,
                amount: dec!(1000)
            }
        );
    }

    #[test]
    fn front_loaded_monthly_loses_no_cent() {
        let g = grant(dec!(100000), Preset::FrontLoaded, Frequency::Monthly, 0);
        let t = tranches(&g, Minor::CENT).unwrap();
        assert_eq!(t.len(), 48);
        assert_eq!(t.iter().map(|t| t.amount).sum::<Decimal>(), dec!(100000));
        // Year 3 (22 %): 22,000 / 12 = 1,833.33 r 4 cents → the first four get a cent more.
        let year3: Vec<Decimal> = t[24..36].iter().map(|t| t.amount).collect();
        assert_eq!(&year3[..4], &[dec!(1833.34); 4]);
        assert_eq!(&year3[4..], &[dec!(1833.33); 8]);
        assert_eq!(t[0].months_after_grant, 1);
    }

    #[test]
    fn cliff_beyond_a_year_gathers_every_earlier_tranche() {
        let g = grant(dec!(1000), Preset::Even, Frequency::Quarterly, 18);
        let t = tranches(&g, Minor::CENT).unwrap();
        let months: Vec<u32> = t.iter().map(|t| t.months_after_grant).collect();
        assert_eq!(&months[..7], &[18, 18, 18, 18, 18, 18, 21]);
    }
}
