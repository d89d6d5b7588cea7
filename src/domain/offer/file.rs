//! The offer file as written: serde types that mirror the JSON contract.
//!
//! Nothing here is trusted yet; [`super::validate`] turns an [`OfferFile`] into
//! an [`super::Offer`] or a message naming the field that breaks a rule.

use std::fmt;

use schemars::JsonSchema;
use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::exact::ExactDecimal;
use crate::domain::vesting::Frequency;

/// A job or promotion offer: pay, bonus, sign-on and equity grants.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "counteroffer offer file", example = example_offer())]
pub struct OfferFile {
    /// Shown in every view.
    #[schemars(example = &"Amazon promotion (L7 manager)")]
    pub name: String,
    /// Used to match market benchmarks.
    pub company: Option<String>,
    /// Used to match market benchmarks.
    pub role: Option<String>,
    /// Used to match market benchmarks.
    pub level: Option<String>,
    /// Used to match market benchmarks.
    pub location: Option<String>,
    /// ISO 4217 code with two decimal places or none (JPY, KRW: every amount
    /// and figure in whole units); default `USD`.
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    pub currency: Option<String>,
    /// First day of employment year 1 (`YYYY-MM-DD`); default `--as-of`, else today.
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub start_date: Option<String>,
    /// Yearly base salary, > 0, at most 2 decimals.
    pub base_salary: ExactDecimal,
    /// Raise applied at the start of each year after year 1, 0 to 100; default 0.
    pub annual_raise_pct: Option<ExactDecimal>,
    /// Target bonus as a percentage of that year's base, 0 to 1000; default 0.
    pub bonus_target_pct: Option<ExactDecimal>,
    /// Target bonus as an amount for year 1 (money ≥ 0), as offer letters
    /// state it; later years scale it with the base. Instead of
    /// `bonus_target_pct`.
    pub bonus_target: Option<ExactDecimal>,
    /// One-time payments: element k is paid in employment year k+1 (at most 40).
    #[serde(default)]
    #[schemars(length(max = 40))]
    pub sign_on: Vec<ExactDecimal>,
    /// Equity grants (at most 1,000).
    #[serde(default)]
    #[schemars(length(max = 1000))]
    pub equity: Vec<GrantFile>,
    /// Yearly share-price growth assumption, > -100; default 0.
    pub stock_growth_pct: Option<ExactDecimal>,
    /// Projection horizon in years, 1 to 40; default 4.
    #[schemars(range(min = 1, max = 40))]
    pub years: Option<u32>,
    /// Months after each sign-on payment within which leaving means paying
    /// it back, 0 to 48; default 0 (no clawback).
    #[schemars(range(min = 0, max = 48))]
    pub clawback_months: Option<u32>,
    /// How much of a sign-on payment is paid back: `prorated` (default, the
    /// share of the clawback period not yet served) or `full`.
    pub clawback: Option<ClawbackFile>,
    /// The tax table for this offer (a built-in name, or a file relative to
    /// the offer file); `--tax` is the table for offers without one.
    pub tax: Option<String>,
}

/// How a sign-on payment is paid back.
#[derive(Debug, Clone, Copy, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum ClawbackFile {
    Prorated,
    Full,
}

fn example_offer() -> serde_json::Value {
    serde_json::from_str(include_str!("../../../examples/amazon-promotion.json"))
        .unwrap_or_default()
}

/// One equity grant: RSUs (`grant_value`, or both `shares` and
/// `share_price`) or stock options (`"kind": "options"` with `shares`,
/// `strike_price` and `fmv`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GrantFile {
    /// Value at grant, > 0, at most 2 decimals (RSUs only).
    pub grant_value: Option<ExactDecimal>,
    /// Number of shares, > 0 (with `share_price`, instead of `grant_value`);
    /// for options, whole options, > 0.
    pub shares: Option<ExactDecimal>,
    /// Price per share at grant, > 0 (with `shares`).
    pub share_price: Option<ExactDecimal>,
    /// `even` (25/25/25/25), `amazon` (5/15/40/40), `front-loaded` (33/33/22/12), or 1 to 10 yearly percentages summing to exactly 100; default `even`.
    pub schedule: Option<ScheduleFile>,
    /// How often it vests within each schedule year; default `annual`.
    pub frequency: Option<Frequency>,
    /// Tranches due before this many months vest at the cliff; 0 to 12 × schedule years; default 12.
    pub cliff_months: Option<u32>,
    /// Employment year at whose start the grant is made (refreshers), 1 to 40; default 1.
    #[schemars(range(min = 1, max = 40))]
    pub grant_year: Option<u32>,
    /// `rsu` (default) or `options`.
    pub kind: Option<GrantKindFile>,
    /// Options: the price to buy one share, ≥ 0, at most 6 decimals.
    pub strike_price: Option<ExactDecimal>,
    /// Options: the 409A fair market value per share at grant, > 0, at most 6 decimals.
    pub fmv: Option<ExactDecimal>,
    /// Options: the preferred price per share of the last round, > 0, at most 6 decimals.
    pub preferred_price: Option<ExactDecimal>,
    /// Options (and double-trigger RSUs): every share, option and reserved
    /// share of the company, whole, at least `shares`; needed by `--exit-valuation`.
    pub fully_diluted_shares: Option<ExactDecimal>,
    /// Options: `iso` or `nso` (default).
    pub option_type: Option<OptionTypeFile>,
    /// Options: days after leaving to exercise vested options, 0 to 3650; default 90.
    #[schemars(range(min = 0, max = 3650))]
    pub exercise_window_days: Option<u32>,
    /// Options: whether unvested options may be exercised early; default false.
    pub early_exercise: Option<bool>,
    /// RSUs at a private company: they vest on time but pay nothing until a
    /// liquidity event (needs `shares` and `share_price`); default false.
    pub double_trigger: Option<bool>,
}

/// What a grant is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum GrantKindFile {
    Rsu,
    Options,
}

/// How options are taxed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum OptionTypeFile {
    Iso,
    Nso,
}

impl JsonSchema for ScheduleFile {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Schedule".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let percentage = generator.subschema_for::<ExactDecimal>();
        schemars::json_schema!({
            "description": "A preset name or yearly percentages summing to exactly 100.",
            "oneOf": [
                {"type": "string", "enum": ["even", "amazon", "front-loaded"]},
                {"type": "array", "items": percentage, "minItems": 1, "maxItems": 10}
            ],
            "examples": ["amazon", [10, 20, 30, 40]]
        })
    }
}

/// A schedule is either a preset's name or the yearly percentages themselves.
#[derive(Debug, Clone, PartialEq)]
pub enum ScheduleFile {
    Preset(String),
    Percentages(Vec<ExactDecimal>),
}

/// Hand-written rather than `#[serde(untagged)]` so a wrong value gets a
/// message that says what is expected instead of "did not match any variant".
impl<'de> Deserialize<'de> for ScheduleFile {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScheduleVisitor)
    }
}

struct ScheduleVisitor;

impl<'de> Visitor<'de> for ScheduleVisitor {
    type Value = ScheduleFile;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(
            "a preset name (`even`, `amazon`, `front-loaded`) or an array of yearly percentages",
        )
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<ScheduleFile, E> {
        Ok(ScheduleFile::Preset(name.to_owned()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<ScheduleFile, A::Error> {
        let mut percentages = Vec::new();
        while let Some(pct) = seq.next_element::<ExactDecimal>()? {
            if percentages.len() == super::validate::MAX_SCHEDULE_YEARS {
                return Err(de::Error::custom(format!(
                    "more than {} yearly percentages",
                    super::validate::MAX_SCHEDULE_YEARS
                )));
            }
            percentages.push(pct);
        }
        Ok(ScheduleFile::Percentages(percentages))
    }
}
