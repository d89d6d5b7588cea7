//! The offer file as written: serde types that mirror the JSON contract.
//!
//! Nothing here is trusted yet; [`super::validate`] turns an [`OfferFile`] into
//! an [`super::Offer`] or a message naming the field that breaks a rule.

use std::fmt;

use serde::de::{self, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::exact::ExactDecimal;
use crate::vesting::Frequency;

/// One offer, field for field as in the file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferFile {
    pub name: String,
    pub company: Option<String>,
    pub role: Option<String>,
    pub level: Option<String>,
    pub location: Option<String>,
    pub currency: Option<String>,
    pub start_date: Option<String>,
    pub base_salary: ExactDecimal,
    pub annual_raise_pct: Option<ExactDecimal>,
    pub bonus_target_pct: Option<ExactDecimal>,
    #[serde(default)]
    pub sign_on: Vec<ExactDecimal>,
    #[serde(default)]
    pub equity: Vec<GrantFile>,
    pub stock_growth_pct: Option<ExactDecimal>,
    pub years: Option<u32>,
}

/// One equity grant as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantFile {
    pub grant_value: Option<ExactDecimal>,
    pub shares: Option<ExactDecimal>,
    pub share_price: Option<ExactDecimal>,
    pub schedule: Option<ScheduleFile>,
    pub frequency: Option<Frequency>,
    pub cliff_months: Option<u32>,
    pub grant_year: Option<u32>,
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
