//! Validated grants of private-company equity: stock options and
//! double-trigger RSUs, as the offer file describes them. What they are
//! worth is the concern of the `options` module beside this one.

use rust_decimal::Decimal;

use crate::domain::vesting::Grant;

/// Incentive (ISO) or non-qualified (NSO) stock options: they differ in how
/// the spread is taxed at exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum OptionType {
    Iso,
    #[default]
    Nso,
}

/// What kind of private grant it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrivateKind {
    /// Stock options, bought at the strike price.
    Options {
        option_type: OptionType,
        /// Days after leaving within which vested options can be exercised.
        exercise_window_days: u32,
        /// Whether unvested options may be exercised (an 83(b) election).
        early_exercise: bool,
    },
    /// RSUs that pay nothing until a liquidity event (strike zero).
    DoubleTriggerRsu,
}

/// One validated grant of options or double-trigger RSUs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrivateGrant {
    /// Its index in the offer file's `equity` list (for paths and labels).
    pub index: usize,
    pub kind: PrivateKind,
    /// Whole options (or shares).
    pub shares: u64,
    /// Price to exercise one option; zero for RSUs.
    pub strike: Decimal,
    /// The 409A fair market value per share at grant (for RSUs, `share_price`).
    pub fmv: Decimal,
    /// The preferred price of the last round, if given.
    pub preferred: Option<Decimal>,
    /// Every share, option and reserved share of the company, if given.
    pub fully_diluted_shares: Option<u64>,
    /// The vesting terms, with `value` the number of shares: tranches are
    /// split in whole shares by the same largest-remainder rule as money.
    pub vesting: Grant,
}

impl PrivateGrant {
    pub fn is_options(&self) -> bool {
        matches!(self.kind, PrivateKind::Options { .. })
    }

    /// The price a paper value is taken at: the preferred price, else the 409A.
    pub fn paper_price(&self) -> Decimal {
        self.preferred.unwrap_or(self.fmv)
    }
}
