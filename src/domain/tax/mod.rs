//! Money as it lands: tax by year from a table of layers (README, "After
//! tax").
//!
//! For each layer and year the wages (to the layer's cap) less its
//! deduction are taxed over its brackets, with New York's recapture,
//! credits and surtaxes where the layer has them, rounded to the currency's
//! minor unit half away from zero ([`Layer::tax`]). `gross` is the year's
//! total: base, bonus, sign-on and the value that vests, all wages.
//! `net = total − the layers' taxes`.
//!
//! Withholding, simplified: a layer with `supplemental` brackets withholds
//! on base at its own schedule (as if base were the year's only wages) and
//! on bonus, sign-on and equity at the supplemental rates; a layer without
//! them withholds what it is owed. The balance due is owed − withheld.
//! Figures are not indexed: the table applies to every year as it stands.

mod built_in;
mod file;
mod layer;
mod nso;
mod recapture;

pub use built_in::{built_in, built_in_names, built_in_text};
pub use file::{TaxTableFile, parse_tax_table};
pub use layer::{Bracket, Credit, DeductionLimit, Layer, PhaseOut, Surtax};
pub use nso::nso_spread_tax;
pub use recapture::Recapture;

use rust_decimal::Decimal;

use crate::domain::money::Minor;
use crate::domain::projection::Projection;
use crate::error::DataError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaxTable {
    pub name: String,
    pub currency: String,
    pub year: u32,
    pub source: String,
    /// Which figures are from another year than `year`.
    pub figure_years: Option<String>,
    pub taxes: Vec<Layer>,
}

impl TaxTable {
    /// A table applies only to offers in its own currency.
    pub fn check_currency(&self, offer: &crate::domain::offer::Offer) -> Result<(), DataError> {
        if offer.currency == self.currency {
            return Ok(());
        }
        Err(DataError::new(
            "currency",
            format!(
                "is `{}` but offer `{}` is in `{}`, expected a table in the offer's currency",
                self.currency, offer.name, offer.currency
            ),
        ))
    }
}

/// One year after tax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaxedYear {
    pub year: u32,
    /// Each layer's tax, in the table's order.
    pub taxes: Vec<(String, Decimal)>,
    pub tax: Decimal,
    pub net: Decimal,
    pub withheld: Decimal,
    /// Owed − withheld: positive is a bill when the return is filed.
    pub balance_due: Decimal,
}

/// The projection after tax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taxed {
    pub table: String,
    pub table_year: u32,
    pub source: String,
    /// Which figures are from another year than `table_year`.
    pub figure_years: Option<String>,
    pub years: Vec<TaxedYear>,
    pub net_total: Decimal,
    /// Rounded once.
    pub net_average: Decimal,
}

fn too_large() -> DataError {
    DataError::new("base_salary", "a tax figure overflows")
}

/// The projection after tax under `table`.
pub fn after_tax(projection: &Projection, table: &TaxTable) -> Result<Taxed, DataError> {
    let minor = Minor::of(&table.currency);
    let mut years = Vec::with_capacity(projection.rows.len());
    for row in &projection.rows {
        let supplemental = row.total - row.base;
        let taxes: Vec<(String, Decimal)> = table
            .taxes
            .iter()
            .map(|layer| (layer.name.clone(), layer.tax(row.total)))
            .collect();
        let withheld = minor
            .sum(
                table
                    .taxes
                    .iter()
                    .map(|layer| layer.withheld(row.base, supplemental)),
            )
            .ok_or_else(too_large)?;
        let year = TaxedYear::new(row.year, taxes, row.total, withheld, minor);
        years.push(year.ok_or_else(too_large)?);
    }
    let (name, source) = (table.name.clone(), table.source.clone());
    let taxed = Taxed::new(name, table.year, source, years, minor).ok_or_else(too_large)?;
    Ok(taxed.with_figure_years(table.figure_years.clone()))
}

impl TaxedYear {
    /// A year's layers against its gross `total`: the tax is their sum,
    /// `net = total − tax`, `balance_due = tax − withheld`.
    pub(crate) fn new(
        year: u32,
        taxes: Vec<(String, Decimal)>,
        total: Decimal,
        withheld: Decimal,
        minor: Minor,
    ) -> Option<TaxedYear> {
        let tax = minor.sum(taxes.iter().map(|(_, t)| *t))?;
        Some(TaxedYear {
            year,
            taxes,
            tax,
            net: total - tax,
            withheld,
            balance_due: tax - withheld,
        })
    }
}

impl Taxed {
    /// The same years, saying which figures are from another year.
    pub(crate) fn with_figure_years(self, figure_years: Option<String>) -> Taxed {
        Taxed {
            figure_years,
            ..self
        }
    }

    /// The years under one table, with the net total and the net average
    /// year (rounded once).
    pub(crate) fn new(
        table: String,
        table_year: u32,
        source: String,
        years: Vec<TaxedYear>,
        minor: Minor,
    ) -> Option<Taxed> {
        let net_total = minor.sum(years.iter().map(|y| y.net))?;
        let net_average = minor.round(net_total / Decimal::from(years.len().max(1)));
        Some(Taxed {
            table,
            table_year,
            source,
            figure_years: None,
            years,
            net_total,
            net_average,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_federal_table_on_worked_examples() {
        let table = built_in("us-2026-single").unwrap();
        let federal = &table.taxes[0];
        // $200,000 of wages: taxable 183,900 = 10 % × 12,400 + 12 % × 38,000
        // + 22 % × 55,300 + 24 % × 78,200 = 1,240 + 4,560 + 12,166 + 18,768.
        assert_eq!(federal.tax(dec!(200000)), dec!(36734.00));
        // Below the deduction: nothing.
        assert_eq!(federal.tax(dec!(16000)), dec!(0.00));
        // Social Security stops at the wage base: 6.2 % × 184,500.
        assert_eq!(table.taxes[1].tax(dec!(300000)), dec!(11439.00));
        // Medicare: 1.45 % × 200,000 + 2.35 % × 100,000.
        assert_eq!(table.taxes[2].tax(dec!(300000)), dec!(5250.00));
        // Supplemental withholding: 22 % of a $30,000 bonus on top of base.
        assert_eq!(
            federal.withheld(dec!(180000), dec!(30000)),
            federal.tax(dec!(180000)) + dec!(6600.00)
        );
    }

    #[test]
    fn no_wage_tax_states_are_the_federal_table_by_name() {
        let wa = built_in("us-2026-single-wa").unwrap();
        assert_eq!(wa.name, "us-2026-single-wa");
        assert!(
            wa.source
                .ends_with("WA levies no income tax on wages, so the table is the federal one.")
        );
        assert_eq!(wa.taxes, built_in("us-2026-single").unwrap().taxes);
        assert!(built_in("us-2026-single-").is_none());
        assert!(built_in("us-2026-singles").is_none());
        assert!(built_in("us-2026-single-ny-").is_none());
        assert!(built_in("us-2026-single-ca-nyc").is_none());
        assert_eq!(built_in_names().len(), 40);
    }

    #[test]
    fn the_joint_table_on_worked_examples() {
        let table = built_in("us-2026-married-tx").unwrap();
        assert_eq!(table.name, "us-2026-married-tx");
        let federal = &table.taxes[0];
        // $300,000 of wages: taxable 267,800 = 10 % × 24,800 + 12 % × 76,000
        // + 22 % × 110,600 + 24 % × 56,400 = 2,480 + 9,120 + 24,332 + 13,536.
        assert_eq!(federal.tax(dec!(300000)), dec!(49468.00));
        // Every bracket: $1,000,000 taxable (1,032,200 of wages) =
        // 2,480 + 9,120 + 24,332 + 46,116 + 34,848 + 89,687.50 + 85,581.
        assert_eq!(federal.tax(dec!(1032200)), dec!(292164.50));
        // Below the joint deduction: nothing.
        assert_eq!(federal.tax(dec!(32200)), dec!(0.00));
        // Medicare: 1.45 % × 250,000 + 2.35 % × 50,000.
        assert_eq!(table.taxes[2].tax(dec!(300000)), dec!(4800.00));
        // Social Security as for a single filer.
        assert_eq!(table.taxes[1].tax(dec!(300000)), dec!(11439.00));
    }
}
