//! Leaving with NSOs: buying the vested options makes the spread at the
//! 409A income, taxed as wages of the leave year.

use rust_decimal::Decimal;

use super::TaxTable;
use crate::domain::options::{OptionType, OptionsLeaving};
use crate::error::DataError;

/// The NSO spread's tax under `table`: every layer's tax on the leave
/// year's projected pay plus the spread, less its tax on that pay alone.
/// The whole year's pay is the base the spread is stacked on (a partial
/// year earns less, so this is the higher marginal rate: never
/// flattering). ISO spreads are left out: they are an AMT preference item.
pub fn nso_spread_tax(
    leaving: &OptionsLeaving,
    table: &TaxTable,
    year_total: Decimal,
) -> Result<Decimal, DataError> {
    let spread: Decimal = leaving
        .grants
        .iter()
        .filter(|g| g.option_type == OptionType::Nso)
        .map(|g| g.spread_at_fmv)
        .sum();
    let too_large = || DataError::new("equity", "the tax on the exercise spread overflows");
    let with_spread = year_total.checked_add(spread).ok_or_else(too_large)?;
    let mut tax = Decimal::ZERO;
    for layer in &table.taxes {
        tax = tax
            .checked_add(layer.tax(with_spread) - layer.tax(year_total))
            .ok_or_else(too_large)?;
    }
    Ok(tax)
}
