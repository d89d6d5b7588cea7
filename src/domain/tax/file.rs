//! The tax table file as written, and its validation into a [`TaxTable`].

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Deserialize;

use super::TaxTable;
use super::layer::{Bracket, Credit, DeductionLimit, Layer, PhaseOut, Surtax};
use super::recapture::Recapture;
use crate::domain::money::{MAX_INPUT, Minor};
use crate::domain::offer::exact::ExactDecimal;
use crate::error::DataError;

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
    /// Which figures are from another year than `year`, shown in every view
    /// that uses the table; at most 200 characters.
    pub figure_years: Option<String>,
    /// The layers, each taxed on the year's wages (at most 20).
    #[schemars(length(max = 20))]
    #[serde(deserialize_with = "crate::io::bounded::vec::<_, _, MAX_LAYERS>")]
    pub taxes: Vec<LayerFile>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LayerFile {
    pub name: String,
    /// Tax the taxable amount of this earlier layer (its wage cap and
    /// deductions), as a city tax on the state's base; the layer then has
    /// no `deduction`, `deduction_limit` or `wage_cap` of its own.
    pub on: Option<String>,
    /// Taken off the year's wages before the brackets; default 0.
    pub deduction: Option<ExactDecimal>,
    /// From a gross of `from` up, the deduction is `deduction` instead
    /// (an exemption lost above an income, a deduction capped).
    pub deduction_limit: Option<DeductionLimitFile>,
    /// Wages above this are not taxed by the layer (a payroll item's wage base).
    pub wage_cap: Option<ExactDecimal>,
    /// Marginal rates: `from` starts at 0 and strictly increases; rates 0 to
    /// 100; at most 100 brackets.
    #[schemars(length(max = 100))]
    #[serde(deserialize_with = "crate::io::bounded::vec::<_, _, MAX_BRACKETS>")]
    pub brackets: Vec<BracketFile>,
    /// Take back the lower brackets' benefit above an income, as New York's
    /// supplemental tax (README, "After tax").
    pub recapture: Option<RecaptureFile>,
    /// Credits off the bracket tax, never below zero (at most 20).
    #[schemars(length(max = 20))]
    #[serde(
        default,
        deserialize_with = "crate::io::bounded::vec::<_, _, MAX_LAYERS>"
    )]
    pub credits: Vec<CreditFile>,
    /// Added after the credits: `rate` percent of the taxable amount above
    /// `over` (at most 20).
    #[schemars(length(max = 20))]
    #[serde(
        default,
        deserialize_with = "crate::io::bounded::vec::<_, _, MAX_LAYERS>"
    )]
    pub surtaxes: Vec<SurtaxFile>,
    /// The most the layer takes in a year (a payroll item's yearly maximum).
    pub max: Option<ExactDecimal>,
    /// Withholding on bonus, sign-on and equity (supplemental wages), if it
    /// differs from the layer's own schedule (at most 100 brackets).
    #[schemars(length(max = 100))]
    #[serde(
        default,
        deserialize_with = "crate::io::bounded::option_vec::<_, _, MAX_BRACKETS>"
    )]
    pub supplemental: Option<Vec<BracketFile>>,
    /// What this bracket model leaves out (credits, phase-outs, …; at most 50).
    #[schemars(length(max = 50))]
    #[serde(
        default,
        deserialize_with = "crate::io::bounded::vec::<_, _, MAX_OMITS>"
    )]
    pub omits: Vec<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BracketFile {
    pub from: ExactDecimal,
    pub rate: ExactDecimal,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeductionLimitFile {
    /// The gross (at least this) from which the limit applies.
    pub from: ExactDecimal,
    pub deduction: ExactDecimal,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RecaptureFile {
    /// The gross above which the benefit is taken back.
    pub over: ExactDecimal,
    /// The income over which each bracket's benefit is taken back (more than 0).
    pub band: ExactDecimal,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CreditFile {
    pub name: String,
    pub amount: ExactDecimal,
    /// The credit falls by `reduction` for each `step` (or part of one) of
    /// gross above `over`.
    pub phase_out: Option<PhaseOutFile>,
    /// No credit when the gross exceeds this.
    pub until: Option<ExactDecimal>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PhaseOutFile {
    pub over: ExactDecimal,
    /// More than 0.
    pub step: ExactDecimal,
    pub reduction: ExactDecimal,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SurtaxFile {
    pub name: String,
    /// Percent, 0 to 100.
    pub rate: ExactDecimal,
    /// On the taxable amount above this.
    pub over: ExactDecimal,
}

/// Reads and validates a tax table from JSON text.
pub fn parse_tax_table(json: &[u8]) -> Result<TaxTable, DataError> {
    let file: TaxTableFile = crate::domain::offer::parse_json(json)?;
    validate(file)
}

fn validate(file: TaxTableFile) -> Result<TaxTable, DataError> {
    name("name", &file.name)?;
    if file.source.trim().is_empty() {
        return Err(DataError::new(
            "source",
            "is empty, expected where every figure comes from",
        ));
    }
    crate::domain::offer::validate::check_text("figure_years", file.figure_years.as_deref())?;
    let currency = crate::domain::offer::validate::currency_code("currency", &file.currency)?;
    if file.taxes.is_empty() {
        return Err(DataError::new(
            "taxes",
            "is empty, expected at least one layer",
        ));
    }
    let minor = Minor::of(&currency);
    let mut taxes: Vec<Layer> = Vec::with_capacity(file.taxes.len());
    for (i, layer) in file.taxes.into_iter().enumerate() {
        let layer = validate_layer(&format!("taxes[{i}]"), layer, minor, &taxes)?;
        taxes.push(layer);
    }
    Ok(TaxTable {
        name: file.name,
        currency,
        year: file.year,
        source: file.source,
        figure_years: file.figure_years,
        taxes,
    })
}

fn name(path: &str, text: &str) -> Result<(), DataError> {
    if text.trim().is_empty() {
        return Err(DataError::new(path, "is empty, expected a name"));
    }
    crate::domain::offer::validate::check_text(path, Some(text))
}

fn validate_layer(
    path: &str,
    layer: LayerFile,
    minor: Minor,
    earlier: &[Layer],
) -> Result<Layer, DataError> {
    name(&format!("{path}.name"), &layer.name)?;
    let money =
        |field: &str, value: ExactDecimal| money(&format!("{path}.{field}"), value.0, minor);
    let optional =
        |field: &str, value: Option<ExactDecimal>| value.map(|v| money(field, v)).transpose();
    let mut deduction = optional("deduction", layer.deduction)?.unwrap_or_default();
    let mut deduction_limit = layer
        .deduction_limit
        .map(|limit| {
            Ok::<_, DataError>(DeductionLimit {
                from: money("deduction_limit.from", limit.from)?,
                deduction: money("deduction_limit.deduction", limit.deduction)?,
            })
        })
        .transpose()?;
    let mut wage_cap = optional("wage_cap", layer.wage_cap)?;
    if let Some(on) = &layer.on {
        let here = format!("{path}.on");
        if deduction_limit.is_some() || wage_cap.is_some() || !deduction.is_zero() {
            return Err(DataError::new(
                here,
                "is set with a deduction, deduction_limit or wage_cap, expected the base of the layer it names alone",
            ));
        }
        let Some(base) = earlier.iter().find(|l| &l.name == on) else {
            return Err(DataError::new(
                here,
                format!(
                    "is `{}`, expected the name of an earlier layer",
                    crate::io::escape::terminal(on)
                ),
            ));
        };
        deduction = base.deduction;
        deduction_limit = base.deduction_limit.clone();
        wage_cap = base.wage_cap;
    }
    let brackets = brackets_of(&format!("{path}.brackets"), layer.brackets, minor)?;
    let recapture = layer
        .recapture
        .map(|r| {
            let band = money("recapture.band", r.band)?;
            if band.is_zero() {
                return Err(DataError::new(
                    format!("{path}.recapture.band"),
                    "is 0, expected more than 0",
                ));
            }
            Ok(Recapture {
                over: money("recapture.over", r.over)?,
                band,
            })
        })
        .transpose()?;
    for (field, count) in [
        ("credits", layer.credits.len()),
        ("surtaxes", layer.surtaxes.len()),
    ] {
        if count > 100 {
            return Err(DataError::new(
                format!("{path}.{field}"),
                format!("has more than 100 {field}"),
            ));
        }
    }
    let credits = layer
        .credits
        .into_iter()
        .enumerate()
        .map(|(i, c)| credit(&format!("{path}.credits[{i}]"), c, minor))
        .collect::<Result<_, _>>()?;
    let surtaxes = layer
        .surtaxes
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let here = format!("{path}.surtaxes[{i}]");
            name(&format!("{here}.name"), &s.name)?;
            Ok(Surtax {
                name: s.name,
                rate: rate(&format!("{here}.rate"), s.rate.0)?,
                over: self::money(&format!("{here}.over"), s.over.0, minor)?,
            })
        })
        .collect::<Result<_, DataError>>()?;
    let supplemental = layer
        .supplemental
        .map(|list| brackets_of(&format!("{path}.supplemental"), list, minor))
        .transpose()?;
    Ok(Layer {
        name: layer.name,
        minor,
        deduction,
        deduction_limit,
        wage_cap,
        brackets,
        recapture,
        credits,
        surtaxes,
        max: optional("max", layer.max)?,
        supplemental,
        omits: layer.omits,
    })
}

fn credit(path: &str, file: CreditFile, minor: Minor) -> Result<Credit, DataError> {
    name(&format!("{path}.name"), &file.name)?;
    let money =
        |field: &str, value: ExactDecimal| money(&format!("{path}.{field}"), value.0, minor);
    let phase_out = file
        .phase_out
        .map(|p| {
            let step = money("phase_out.step", p.step)?;
            if step.is_zero() {
                return Err(DataError::new(
                    format!("{path}.phase_out.step"),
                    "is 0, expected more than 0",
                ));
            }
            Ok(PhaseOut {
                over: money("phase_out.over", p.over)?,
                step,
                reduction: money("phase_out.reduction", p.reduction)?,
            })
        })
        .transpose()?;
    Ok(Credit {
        name: file.name,
        amount: money("amount", file.amount)?,
        phase_out,
        until: file.until.map(|u| money("until", u)).transpose()?,
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
        let rate = rate(&format!("{here}.rate"), bracket.rate.0)?;
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

/// A percentage: at most six places, 0 to 100.
fn rate(path: &str, rate: Decimal) -> Result<Decimal, DataError> {
    crate::domain::offer::validate::check_places(path, rate, 6, "percentage")?;
    if rate < Decimal::ZERO || rate > Decimal::ONE_HUNDRED {
        return Err(DataError::new(
            path,
            format!("is {rate}, expected 0 to 100"),
        ));
    }
    Ok(rate)
}

/// Money: at most the currency's decimals, 0 to 10^15.
fn money(path: &str, value: Decimal, minor: Minor) -> Result<Decimal, DataError> {
    crate::domain::offer::validate::check_places(path, value, minor.places(), "money")?;
    if value < Decimal::ZERO || value > MAX_INPUT {
        return Err(DataError::new(
            path,
            format!("is {value}, expected 0 to 1000000000000000 (10^15)"),
        ));
    }
    Ok(value)
}
