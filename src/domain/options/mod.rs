//! Private-company equity: stock options and double-trigger RSUs, valued at
//! an exit price rather than at a market price that does not exist.
//!
//! An option is the right to buy a share at its strike price; it is worth
//! the spread (exit price − strike, never below zero) only if the company is
//! sold or lists. A double-trigger RSU vests on time but pays nothing until
//! such a liquidity event. Neither is cash: without an exit price they count
//! for nothing in any total, and their paper value (at the preferred price,
//! else the 409A) is shown beside the totals, labelled as such.

mod leave;
mod scenarios;
mod value;

pub use crate::domain::offer::exit::{
    Exit, MAX_PRICE, NoPrice, common_price_from_valuation, valuation_for_common_price,
};
pub use crate::domain::offer::private_grant::{OptionType, PrivateGrant, PrivateKind};
pub use leave::{GrantLeaving, OptionsLeaving, leaving};
pub use scenarios::{Scenario, scenarios};
pub use value::{
    ListedVest, OptionYears, PrivateVest, listed_vests, options_years, private_vests, vest_value,
    yearly_value,
};

use rust_decimal::Decimal;

/// The words every view puts beside a paper value.
pub const PAPER_VALUE_LABEL: &str = "paper value, not cash";

/// The spread of one share at `price`: `price − strike`, never below zero.
pub fn spread(price: Decimal, strike: Decimal) -> Decimal {
    (price - strike).max(Decimal::ZERO)
}
