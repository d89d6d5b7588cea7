//! Purchasing power: an offer's pay divided by the cost-of-living index of
//! where it is paid (100 = the place the reader compares against). A
//! separate line beside the money figures, never in their place.

use rust_decimal::Decimal;

use crate::domain::fx::Conversion;
use crate::domain::projection::Projection;
use crate::error::DataError;

/// One `--col KEY=INDEX`: a location or a currency code, and its index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostOfLiving {
    pub key: String,
    pub index: Decimal,
}

/// An offer's years and horizon total at 100 / index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PurchasingPower {
    /// The `--col` key that matched: the offer's location or currency.
    pub key: String,
    pub index: Decimal,
    /// Each year's total × 100 / index, rounded to the minor unit.
    pub years: Vec<Decimal>,
    /// The sum of `years`.
    pub total: Decimal,
}

/// The index for an offer paid in `location` and written in
/// `written_currency`: its location first (case and surrounding spaces
/// aside), else that currency.
pub fn index_for<'a>(
    location: Option<&str>,
    written_currency: &str,
    indexes: &'a [CostOfLiving],
) -> Option<&'a CostOfLiving> {
    let location = location.map(str::trim);
    indexes
        .iter()
        .find(|c| location.is_some_and(|l| l.eq_ignore_ascii_case(c.key.trim())))
        .or_else(|| indexes.iter().find(|c| c.key == written_currency))
}

/// The offer's year totals at `100 / index`, each rounded to the currency's
/// minor unit half
/// away from zero (exactly: the division is done in integers), and their sum.
pub fn purchasing_power(
    projection: &Projection,
    currency: &str,
    col: &CostOfLiving,
) -> Result<PurchasingPower, DataError> {
    let scale = Conversion::new(
        currency,
        currency,
        Decimal::ONE_HUNDRED,
        col.index,
        None,
        None,
    );
    let too_large = || DataError::new("currency", "a purchasing-power figure exceeds 10^17");
    let years: Vec<Decimal> = projection
        .rows
        .iter()
        .map(|row| scale.amount(row.total).ok_or_else(too_large))
        .collect::<Result<_, _>>()?;
    let total = scale
        .to_minor
        .sum(years.iter().copied())
        .ok_or_else(too_large)?;
    Ok(PurchasingPower {
        key: col.key.clone(),
        index: col.index,
        years,
        total,
    })
}
