//! The tax table file as written, and its validation into a [`TaxTable`].

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Deserialize;

use super::{Bracket, Layer, TaxTable};
use crate::error::DataError;
use crate::money::{MAX_INPUT, Minor};
use crate::offer::exact::ExactDecimal;

/// The most layers a table holds (federal, state, city, payroll and more).
pub const MAX_LAYERS: usize = 20;
/// The most brackets in one schedule (the US federal one has seven).
pub const MAX_BRACKETS: usize = 100;
/// The most notes on what a layer leaves out.
pub const MAX_OMITS: usize = 50;

/// A tax table: layers of tax (federal, state, city, payroll) on a year's wages.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "counteroffer tax table")]
pub struct TaxTableFile {
    /// Shown in every view.
    pub name: String,
    /// ISO 4217 code; must be the offer's.
    pub currency: String,
    /// The tax year the figures are for.
    pub year: u32,
    /// Where every figure comes from.
    pub source: String,
    /// The layers, each taxed on the year's wages (at most 20).
    #[schemars(length(max = 20))]
    #[serde(deserialize_with = "crate::bounded::vec::<_, _, MAX_LAYERS>")]
    pub taxes: Vec<LayerFile>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LayerFile {
    pub name: String,
    /// Taken off the year's wages before the brackets; default 0.
    pub deduction: Option<ExactDecimal>,
    /// Marginal rates: `from` starts at 0 and strictly increases; rates 0 to
    /// 100; at most 100 brackets.
    #[schemars(length(max = 100))]
    #[serde(deserialize_with = "crate::bounded::vec::<_, _, MAX_BRACKETS>")]
    pub brackets: Vec<BracketFile>,
    /// Withholding on bonus, sign-on and equity (supplemental wages), if it
    /// differs from the layer's own schedule (at most 100 brackets).
    #[schemars(length(max = 100))]
    #[serde(
        default,
        deserialize_with = "crate::bounded::option_vec::<_, _, MAX_BRACKETS>"
    )]
    pub supplemental: Option<Vec<BracketFile>>,
    /// What this bracket model leaves out (credits, phase-outs, …; at most 50).
    #[schemars(length(max = 50))]
    #[serde(default, deserialize_with = "crate::bounded::vec::<_, _, MAX_OMITS>")]
    pub omits: Vec<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BracketFile {
    pub from: ExactDecimal,
    pub rate: ExactDecimal,
}

/// Reads and validates a tax table from JSON text.
pub fn parse_tax_table(json: &[u8]) -> Result<TaxTable, DataError> {
    let file: TaxTableFile = crate::offer::parse_json(json)?;
    validate(file)
}

fn validate(file: TaxTableFile) -> Result<TaxTable, DataError> {
    if file.name.trim().is_empty() {
        return Err(DataError::new("name", "is empty, expected a name"));
    }
    crate::offer::validate::check_text("name", Some(&file.name))?;
    if file.source.trim().is_empty() {
        return Err(DataError::new(
            "source",
            "is empty, expected where every figure comes from",
        ));
    }
    let currency = crate::offer::validate::currency_code("currency", &file.currency)?;
    if file.taxes.is_empty() {
        return Err(DataError::new(
            "taxes",
            "is empty, expected at least one layer",
        ));
    }
    let taxes = file
        .taxes
        .into_iter()
        .enumerate()
        .map(|(i, layer)| validate_layer(&format!("taxes[{i}]"), layer, &currency))
        .collect::<Result<_, _>>()?;
    Ok(TaxTable {
        name: file.name,
        currency,
        year: file.year,
        source: file.source,
        taxes,
    })
}

fn validate_layer(path: &str, layer: LayerFile, currency: &str) -> Result<Layer, DataError> {
    let minor = Minor::of(currency);
    if layer.name.trim().is_empty() {
        return Err(DataError::new(
            format!("{path}.name"),
            "is empty, expected a name",
        ));
    }
    crate::offer::validate::check_text(&format!("{path}.name"), Some(&layer.name))?;
    let deduction = match layer.deduction {
        Some(value) => money(&format!("{path}.deduction"), value.0, minor)?,
        None => Decimal::ZERO,
    };
    let brackets = brackets_of(&format!("{path}.brackets"), layer.brackets, minor)?;
    let supplemental = layer
        .supplemental
        .map(|list| brackets_of(&format!("{path}.supplemental"), list, minor))
        .transpose()?;
    Ok(Layer {
        name: layer.name,
        minor,
        deduction,
        brackets,
        supplemental,
        omits: layer.omits,
    })
}

/// Brackets start at 0, `from` strictly increases, rates are 0 to 100.
fn brackets_of(
    path: &str,
    list: Vec<BracketFile>,
    minor: Minor,
) -> Result<Vec<Bracket>, DataError> {
    if list.is_empty() {
        return Err(DataError::new(
            path,
            "is empty, expected brackets starting at 0",
        ));
    }
    if list.len() > MAX_BRACKETS {
        return Err(DataError::new(
            path,
            format!("has more than {MAX_BRACKETS} brackets"),
        ));
    }
    let mut out: Vec<Bracket> = Vec::with_capacity(list.len());
    for (i, bracket) in list.into_iter().enumerate() {
        let here = format!("{path}[{i}]");
        let from = money(&format!("{here}.from"), bracket.from.0, minor)?;
        let rate = bracket.rate.0;
        crate::offer::validate::check_places(format!("{here}.rate"), rate, 6, "percentage")?;
        if rate < Decimal::ZERO || rate > Decimal::ONE_HUNDRED {
            return Err(DataError::new(
                format!("{here}.rate"),
                format!("is {rate}, expected 0 to 100"),
            ));
        }
        match out.last() {
            None if !from.is_zero() => {
                return Err(DataError::new(
                    format!("{here}.from"),
                    format!("is {from}, expected the first bracket to start at 0"),
                ));
            }
            Some(last) if from <= last.from => {
                return Err(DataError::new(
                    format!("{here}.from"),
                    format!(
                        "is {from}, expected more than the bracket before ({}): brackets in order",
                        last.from
                    ),
                ));
            }
            _ => {}
        }
        out.push(Bracket { from, rate });
    }
    Ok(out)
}

/// Money: at most the currency's decimals, 0 to 10^15.
fn money(path: &str, value: Decimal, minor: Minor) -> Result<Decimal, DataError> {
    crate::offer::validate::check_places(path, value, minor.places(), "money")?;
    if value < Decimal::ZERO || value > MAX_INPUT {
        return Err(DataError::new(
            path,
            format!("is {value}, expected 0 to 1000000000000000 (10^15)"),
        ));
    }
    Ok(value)
}
