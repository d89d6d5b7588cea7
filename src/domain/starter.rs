//! Starter offer files: each answer checked on the spot by the same rules
//! the offer reader applies, then the whole file checked by the reader.

use rust_decimal::Decimal;

use crate::domain::offer::exact::ExactDecimal;
use crate::domain::offer::{Defaults, parse_offer};
use crate::domain::vesting::{Frequency, Preset};
use crate::error::DataError;

/// Everything a starter file holds; `None` fields take the contract's defaults.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    pub name: String,
    pub company: Option<String>,
    pub role: Option<String>,
    pub level: Option<String>,
    pub location: Option<String>,
    pub currency: String,
    pub start_date: String,
    pub base_salary: Decimal,
    pub annual_raise_pct: Decimal,
    pub bonus_target_pct: Decimal,
    /// The bonus as an amount, instead of `bonus_target_pct`.
    pub bonus_target: Option<Decimal>,
    pub sign_on: Vec<Decimal>,
    /// A first grant, if any.
    pub grant_value: Option<Decimal>,
    pub schedule: Preset,
    pub frequency: Frequency,
    pub cliff_months: u32,
    pub years: u32,
}

/// A decimal as a JSON number, in its shortest exact form (`185000`).
fn number(value: Decimal) -> ExactDecimal {
    ExactDecimal(value.normalize())
}

/// The starter file as written: every field spelled out, in the order a
/// person reads an offer, so the user sees each knob.
#[derive(serde::Serialize)]
struct StarterOffer<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    company: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    level: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    location: Option<&'a str>,
    currency: &'a str,
    start_date: &'a str,
    base_salary: ExactDecimal,
    annual_raise_pct: ExactDecimal,
    #[serde(skip_serializing_if = "Option::is_none")]
    bonus_target: Option<ExactDecimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bonus_target_pct: Option<ExactDecimal>,
    sign_on: Vec<ExactDecimal>,
    equity: Vec<StarterGrant>,
    stock_growth_pct: u32,
    years: u32,
}

#[derive(serde::Serialize)]
struct StarterGrant {
    grant_value: ExactDecimal,
    schedule: &'static str,
    frequency: &'static str,
    cliff_months: u32,
    grant_year: u32,
}

/// The offer file for `answers`, checked by the offer reader.
pub fn offer_json(answers: &Answers) -> Result<String, DataError> {
    let offer = StarterOffer {
        name: &answers.name,
        company: answers.company.as_deref(),
        role: answers.role.as_deref(),
        level: answers.level.as_deref(),
        location: answers.location.as_deref(),
        currency: &answers.currency,
        start_date: &answers.start_date,
        base_salary: number(answers.base_salary),
        annual_raise_pct: number(answers.annual_raise_pct),
        bonus_target: answers.bonus_target.map(number),
        bonus_target_pct: match answers.bonus_target {
            Some(_) => None,
            None => Some(number(answers.bonus_target_pct)),
        },
        sign_on: answers.sign_on.iter().copied().map(number).collect(),
        equity: answers
            .grant_value
            .map(|value| StarterGrant {
                grant_value: number(value),
                schedule: answers.schedule.name(),
                frequency: answers.frequency.name(),
                cliff_months: answers.cliff_months,
                grant_year: 1,
            })
            .into_iter()
            .collect(),
        stock_growth_pct: 0,
        years: answers.years,
    };
    let mut json =
        serde_json::to_string_pretty(&offer).map_err(|e| DataError::new("", e.to_string()))?;
    json.push('\n');
    // The reader has the last word: what `init` writes, `project` reads.
    let as_of = crate::domain::offer::parse_date("start_date", &answers.start_date)?;
    parse_offer(json.as_bytes(), &Defaults { as_of, years: None })?;
    Ok(json)
}
