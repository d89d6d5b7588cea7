//! Equity grants: schedules, exact splitting into tranches, and when each
//! tranche vests.

mod allocate;
mod growth;
mod schedule;
mod tranches;

pub use growth::GrowthCurve;
pub use schedule::{Frequency, MAX_SCHEDULE_YEARS, Preset, Schedule};
pub use tranches::{Tranche, tranche_units, tranches};

use rust_decimal::Decimal;

/// One validated equity grant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    /// Value at grant, in whole minor units of the offer's currency.
    pub value: Decimal,
    pub schedule: Schedule,
    pub frequency: Frequency,
    /// Tranches due before this many months vest at the cliff instead.
    pub cliff_months: u32,
    /// Employment year at whose start the grant is made (1 = at hire).
    pub grant_year: u32,
}

impl Grant {
    /// Made at hire (employment year 1), as opposed to a later refresher.
    pub fn at_hire(&self) -> bool {
        self.grant_year == 1
    }

    /// The grant assumed where a package gains equity it did not have: made
    /// at hire, vesting evenly over four years, yearly after a one-year cliff.
    pub fn default_at_hire(value: Decimal) -> Grant {
        Grant {
            value,
            schedule: Schedule::preset(Preset::Even),
            frequency: Frequency::Annual,
            cliff_months: 12,
            grant_year: 1,
        }
    }

    /// Months from the start of employment to the grant date.
    pub fn months_after_start(&self) -> u32 {
        12 * (self.grant_year - 1)
    }

    /// Months from the grant to its last tranche.
    pub fn span_months(&self) -> u32 {
        12 * self.schedule.years()
    }
}
