//! Vesting schedules (how much of a grant vests in each year) and vesting
//! frequencies (in how many tranches each year's part is paid).

use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The longest vesting schedule, in years.
pub const MAX_SCHEDULE_YEARS: usize = 10;

/// A grant's yearly percentages; they sum to exactly 100.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    /// The preset's name, or `None` for percentages written out by hand.
    pub preset: Option<Preset>,
    /// A preset's are its constant; only written-out ones are on the heap
    /// (a grant is validated per offer in `batch`).
    pub yearly_pct: Cow<'static, [Decimal]>,
}

/// The named schedules people mean when they say "Amazon-style" and so on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Preset {
    /// 25 / 25 / 25 / 25.
    #[default]
    Even,
    /// Amazon's back-loaded 5 / 15 / 40 / 40.
    Amazon,
    /// Google-style 33 / 33 / 22 / 12.
    FrontLoaded,
}

impl Preset {
    pub const ALL: [Preset; 3] = [Preset::Even, Preset::Amazon, Preset::FrontLoaded];

    pub fn name(self) -> &'static str {
        match self {
            Preset::Even => "even",
            Preset::Amazon => "amazon",
            Preset::FrontLoaded => "front-loaded",
        }
    }

    pub fn from_name(name: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.name() == name)
    }

    fn yearly_pct(self) -> &'static [Decimal] {
        const fn pct(whole: u32) -> Decimal {
            Decimal::from_parts(whole, 0, 0, false, 0)
        }
        const EVEN: [Decimal; 4] = [pct(25), pct(25), pct(25), pct(25)];
        const AMAZON: [Decimal; 4] = [pct(5), pct(15), pct(40), pct(40)];
        const FRONT_LOADED: [Decimal; 4] = [pct(33), pct(33), pct(22), pct(12)];
        match self {
            Preset::Even => &EVEN,
            Preset::Amazon => &AMAZON,
            Preset::FrontLoaded => &FRONT_LOADED,
        }
    }
}

impl Schedule {
    pub fn preset(preset: Preset) -> Schedule {
        Schedule {
            preset: Some(preset),
            yearly_pct: Cow::Borrowed(preset.yearly_pct()),
        }
    }

    /// Number of years the schedule runs.
    pub fn years(&self) -> u32 {
        self.yearly_pct.len() as u32
    }

    /// `amazon` for a preset, else the percentages joined (`10/20/30/40`).
    pub fn label(&self) -> String {
        match self.preset {
            Some(preset) => preset.name().to_owned(),
            None => self
                .yearly_pct
                .iter()
                .map(|p| p.normalize().to_string())
                .collect::<Vec<_>>()
                .join("/"),
        }
    }
}

/// How often a grant vests within each schedule year.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Frequency {
    #[default]
    Annual,
    Semiannual,
    Quarterly,
    Monthly,
}

impl Frequency {
    /// Tranches per schedule year.
    pub fn periods(self) -> u32 {
        match self {
            Frequency::Annual => 1,
            Frequency::Semiannual => 2,
            Frequency::Quarterly => 4,
            Frequency::Monthly => 12,
        }
    }

    /// Months between two tranches.
    pub fn months_between(self) -> u32 {
        12 / self.periods()
    }

    pub fn name(self) -> &'static str {
        match self {
            Frequency::Annual => "annual",
            Frequency::Semiannual => "semiannual",
            Frequency::Quarterly => "quarterly",
            Frequency::Monthly => "monthly",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_sum_to_one_hundred() {
        for preset in Preset::ALL {
            let sum: Decimal = Schedule::preset(preset).yearly_pct.iter().sum();
            assert_eq!(sum, Decimal::ONE_HUNDRED, "{}", preset.name());
            assert_eq!(Preset::from_name(preset.name()), Some(preset));
        }
    }

    #[test]
    fn frequencies_divide_a_year() {
        let months: Vec<u32> = [
            Frequency::Annual,
            Frequency::Semiannual,
            Frequency::Quarterly,
            Frequency::Monthly,
        ]
        .map(Frequency::months_between)
        .to_vec();
        assert_eq!(months, [12, 6, 3, 1]);
    }
}
