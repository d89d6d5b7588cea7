//! Starter offer files: each answer checked on the spot by the same rules
//! the offer reader applies, then the whole file checked by the reader.

use rust_decimal::Decimal;
use serde_json::{Map, Value};

use crate::error::DataError;
use crate::offer::exact::parse_exact;
use crate::offer::{Defaults, parse_offer};
use crate::vesting::{Frequency, Preset};

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
    if amount > crate::money::MAX_INPUT {
        return Err(format!(
            "`{text}` is too large, expected at most 1000000000000000 (10^15)"
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
    crate::offer::parse_date("", text.trim())
        .map(|d| d.to_string())
        .map_err(|e| e.message)
}

pub fn check_currency(text: &str) -> Result<String, String> {
    crate::offer::validate::currency_code("currency", text.trim()).map_err(|e| e.message)
}

/// The offer file, every field written out so the user sees each knob.
pub fn offer_json(answers: &Answers) -> Result<String, DataError> {
    let mut offer = Map::new();
    let text = |s: &str| Value::String(s.to_owned());
    // Exact JSON numbers (serde_json keeps their text).
    let number = |d: Decimal| {
        let text = d.normalize().to_string();
        serde_json::from_str::<serde_json::Number>(&text)
            .map(Value::Number)
            .unwrap_or(Value::String(text))
    };
    offer.insert("name".into(), text(&answers.name));
    for (key, value) in [
        ("company", &answers.company),
        ("role", &answers.role),
        ("level", &answers.level),
        ("location", &answers.location),
    ] {
        if let Some(value) = value {
            offer.insert(key.into(), text(value));
        }
    }
    offer.insert("currency".into(), text(&answers.currency));
    offer.insert("start_date".into(), text(&answers.start_date));
    offer.insert("base_salary".into(), number(answers.base_salary));
    offer.insert("annual_raise_pct".into(), number(answers.annual_raise_pct));
    match answers.bonus_target {
        Some(amount) => offer.insert("bonus_target".into(), number(amount)),
        None => offer.insert("bonus_target_pct".into(), number(answers.bonus_target_pct)),
    };
    offer.insert(
        "sign_on".into(),
        Value::Array(answers.sign_on.iter().map(|d| number(*d)).collect()),
    );
    let mut equity = Vec::new();
    if let Some(value) = answers.grant_value {
        let mut grant = Map::new();
        grant.insert("grant_value".into(), number(value));
        grant.insert("schedule".into(), text(answers.schedule.name()));
        grant.insert("frequency".into(), text(answers.frequency.name()));
        grant.insert("cliff_months".into(), Value::from(answers.cliff_months));
        grant.insert("grant_year".into(), Value::from(1));
        equity.push(Value::Object(grant));
    }
    offer.insert("equity".into(), Value::Array(equity));
    offer.insert("stock_growth_pct".into(), Value::from(0));
    offer.insert("years".into(), Value::from(answers.years));
    let mut json = serde_json::to_string_pretty(&Value::Object(offer))
        .map_err(|e| DataError::new("", e.to_string()))?;
    json.push('\n');
    // The reader has the last word: what `init` writes, `project` reads.
    let as_of = crate::offer::parse_date("start_date", &answers.start_date)?;
    parse_offer(json.as_bytes(), &Defaults { as_of, years: None })?;
    Ok(json)
}
