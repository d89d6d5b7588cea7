//! Starter offer files: each answer checked on the spot by the same rules
//! the offer reader applies, then the whole file checked by the reader.

use rust_decimal::Decimal;

use crate::domain::offer::exact::{ExactDecimal, parse_exact};
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

/// A money amount: exact, at most two decimals, above `minimum` (0 allowed when `allow_zero`).
pub fn check_money(text: &str, allow_zero: bool) -> Result<Decimal, String> {
    let amount = parse_exact(text.trim())?;
    if amount.normalize().scale() > 2 {
        return Err(format!("`{text}` has more than two decimals"));
    }
    if amount < Decimal::ZERO || (!allow_zero && amount.is_zero()) {
        return Err(format!(
            "`{text}` must be {}",
            if allow_zero {
                "0 or more"
            } else {
                "more than 0"
            }
        ));
    }
    if amount > crate::domain::money::MAX_INPUT {
        return Err(format!(
            "`{text}` is too large, expected at most 1000000000000000 (10^15)"
        ));
    }
    Ok(amount)
}

/// A money amount as [`check_money`] reads it, in the minor unit of
/// `currency` at most: at the prompt the currency is known, so a fraction
/// of a yen is refused on the spot rather than by the final check.
pub fn check_money_in(text: &str, allow_zero: bool, currency: &str) -> Result<Decimal, String> {
    let amount = check_money(text, allow_zero)?;
    let places = crate::domain::money::Minor::of(currency).places();
    if amount.normalize().scale() > places {
        return Err(format!(
            "`{}` has {} decimal places, expected at most {places} for {currency}",
            text.trim(),
            amount.normalize().scale()
        ));
    }
    Ok(amount)
}

/// A percentage from `min` to `max` with at most six decimals.
pub fn check_percent(text: &str, min: u32, max: u32) -> Result<Decimal, String> {
    let pct = parse_exact(text.trim())?;
    if pct.normalize().scale() > 6 {
        return Err(format!("`{text}` has more than six decimals"));
    }
    if pct < Decimal::from(min) || pct > Decimal::from(max) {
        return Err(format!("`{text}` must be from {min} to {max}"));
    }
    Ok(pct)
}

/// Comma-separated sign-on payments, one per year (`20000, 10000`); empty for none.
/// Sign-on payments by year, comma-separated (`25000,15000`). An empty item
/// would shift every later payment to an earlier year, so it is an error.
pub fn check_sign_on(text: &str) -> Result<Vec<Decimal>, String> {
    if text.trim().is_empty() {
        return Ok(Vec::new());
    }
    text.split(',')
        .map(str::trim)
        .enumerate()
        .map(|(i, item)| {
            if item.is_empty() {
                Err(format!(
                    "payment {} of `{text}` is empty, expected an amount for every year (0 for none)",
                    i + 1
                ))
            } else {
                check_money(item, true)
            }
        })
        .collect()
}

/// A schedule's name, as typed at the prompt.
pub fn check_schedule(text: &str) -> Result<Preset, String> {
    let text = text.trim();
    Preset::from_name(text)
        .ok_or_else(|| format!("`{text}` is not `even`, `amazon` or `front-loaded`"))
}

/// A vesting frequency's name, as typed at the prompt.
pub fn check_frequency(text: &str) -> Result<Frequency, String> {
    let text = text.trim();
    [
        Frequency::Annual,
        Frequency::Semiannual,
        Frequency::Quarterly,
        Frequency::Monthly,
    ]
    .into_iter()
    .find(|f| f.name() == text)
    .ok_or_else(|| format!("`{text}` is not `annual`, `semiannual`, `quarterly` or `monthly`"))
}

pub fn check_whole(text: &str, min: u32, max: u32) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(n) if (min..=max).contains(&n) => Ok(n),
        _ => Err(format!(
            "`{text}` must be a whole number from {min} to {max}"
        )),
    }
}

pub fn check_date(text: &str) -> Result<String, String> {
    crate::domain::offer::parse_date("", text.trim())
        .map(|d| d.to_string())
        .map_err(|e| e.message)
}

pub fn check_currency(text: &str) -> Result<String, String> {
    crate::domain::offer::validate::currency_code("currency", text.trim()).map_err(|e| e.message)
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
