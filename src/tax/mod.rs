//! Money as it lands: tax by year from a table of layers (README, "After
//! tax").
//!
//! For each layer and year: `taxable = max(0, gross − deduction)`; the tax is
//! the sum over the brackets with `from < taxable` of
//! `rate/100 × (min(taxable, next from) − from)`, rounded to the currency's
//! minor unit (the cent; the whole yen) half away from zero. `gross` is the
//! year's total: base, bonus, sign-on and the value that vests, all wages.
//! `net = total − the layers' taxes`.
//!
//! Withholding, simplified: a layer with `supplemental` brackets withholds
//! on base at its own schedule (as if base were the year's only wages) and
//! on bonus, sign-on and equity at the supplemental rates; a layer without
//! them withholds what it is owed. The balance due is owed − withheld.
//! Figures are not indexed: the table applies to every year as it stands.

mod file;

pub use file::{TaxTableFile, parse_tax_table};

use rust_decimal::Decimal;

use crate::error::DataError;
use crate::money::Minor;
use crate::projection::Projection;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bracket {
    pub from: Decimal,
    /// Percent, 0 to 100.
    pub rate: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    pub name: String,
    /// The minor unit of the table's currency: what each tax is rounded to.
    pub minor: Minor,
    pub deduction: Decimal,
    pub brackets: Vec<Bracket>,
    pub supplemental: Option<Vec<Bracket>>,
    pub omits: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaxTable {
    pub name: String,
    pub currency: String,
    pub year: u32,
    pub source: String,
    pub taxes: Vec<Layer>,
}

impl TaxTable {
    /// A table applies only to offers in its own currency.
    pub fn check_currency(&self, offer: &crate::offer::Offer) -> Result<(), DataError> {
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

/// Tax on `amount` over `brackets`, unrounded.
fn over_brackets(brackets: &[Bracket], amount: Decimal) -> Decimal {
    let mut tax = Decimal::ZERO;
    for (i, bracket) in brackets.iter().enumerate() {
        if bracket.from >= amount {
            break;
        }
        let top = brackets
            .get(i + 1)
            .map_or(amount, |next| next.from.min(amount));
        tax += bracket.rate * (top - bracket.from) / Decimal::ONE_HUNDRED;
    }
    tax
}

impl Layer {
    /// What the layer takes from a year's wages, in the minor unit.
    pub fn tax(&self, gross: Decimal) -> Decimal {
        let taxable = (gross - self.deduction).max(Decimal::ZERO);
        self.minor.round(over_brackets(&self.brackets, taxable))
    }

    /// What the layer withholds: base at its schedule, the rest at the
    /// supplemental rates; or what it is owed, without them.
    pub fn withheld(&self, base: Decimal, supplemental_wages: Decimal) -> Decimal {
        match &self.supplemental {
            Some(supplemental) => {
                self.tax(base)
                    + self
                        .minor
                        .round(over_brackets(supplemental, supplemental_wages))
            }
            None => self.tax(base + supplemental_wages),
        }
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
    Taxed::new(name, table.year, source, years, minor).ok_or_else(too_large)
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
            years,
            net_total,
            net_average,
        })
    }
}

/// The tables built in: name and file.
const BUILT_IN: [(&str, &str); 2] = [
    ("us-2026-single", include_str!("tables/us-2026-single.json")),
    (
        "us-2026-married",
        include_str!("tables/us-2026-married.json"),
    ),
];

/// States without a tax on wages: their tables are the federal one.
const NO_WAGE_TAX_STATES: [&str; 9] = ["wa", "tx", "fl", "nv", "sd", "wy", "ak", "tn", "nh"];

/// Every built-in table's name.
pub fn built_in_names() -> Vec<String> {
    let mut names = Vec::new();
    for (name, _) in BUILT_IN {
        names.push(name.to_owned());
        names.extend(NO_WAGE_TAX_STATES.iter().map(|s| format!("{name}-{s}")));
    }
    names
}

/// A built-in table by name (`us-2026-single`, `us-2026-single-wa`, …).
pub fn built_in(name: &str) -> Option<TaxTable> {
    for (base, json) in BUILT_IN {
        let state = match name.strip_prefix(base) {
            Some("") => None,
            Some(rest) => match rest.strip_prefix('-') {
                Some(state) if NO_WAGE_TAX_STATES.contains(&state) => Some(state),
                _ => continue,
            },
            None => continue,
        };
        // Built in and tested, so it always reads.
        let mut table = parse_tax_table(json.as_bytes()).ok()?;
        if let Some(state) = state {
            table.name = name.to_owned();
            table.source.push_str(&format!(
                " {} levies no income tax on wages, so the table is the federal one.",
                state.to_uppercase()
            ));
        }
        return Some(table);
    }
    None
}

/// The built-in table `name` as its file text, for `tax show`.
pub fn built_in_text(name: &str) -> Option<String> {
    let table = built_in(name)?;
    let (_, json) = BUILT_IN.iter().find(|(base, _)| name.starts_with(base))?;
    let mut value: serde_json::Value = serde_json::from_str(json).ok()?;
    value["name"] = serde_json::Value::String(table.name);
    value["source"] = serde_json::Value::String(table.source);
    let mut text = serde_json::to_string_pretty(&value).ok()?;
    text.push('\n');
    Some(text)
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
        assert!(built_in("us-2026-single-ca").is_none());
        assert!(built_in("us-2026-single-").is_none());
        assert!(built_in("us-2026-singles").is_none());
        assert_eq!(built_in_names().len(), 20);
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
