//! Offers: reading the file exactly, validating every rule, and the plain
//! validated model the rest of the tool works with.

pub mod exact;
pub mod exit;
mod file;
pub mod fraction;
pub mod plain;
mod private;
pub mod private_grant;
mod suggest;
pub(crate) mod validate;

pub use file::{GrantFile, GrantKindFile, OfferFile, OptionTypeFile, ScheduleFile};
pub use private::MAX_SHARES;
pub use validate::{
    Defaults, MAX_HORIZON_YEARS, MAX_SCHEDULE_YEARS, date as parse_date, validate, with_horizon,
};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::vesting::Grant;
use crate::error::DataError;

/// A validated offer: every rule of the file contract holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offer {
    pub name: String,
    pub company: Option<String>,
    pub role: Option<String>,
    pub level: Option<String>,
    pub location: Option<String>,
    /// ISO 4217 code.
    pub currency: String,
    /// First day of employment year 1.
    pub start_date: NaiveDate,
    pub base_salary: Decimal,
    pub annual_raise_pct: Decimal,
    /// The target bonus as a percentage of base: as written, or, for a
    /// bonus given as an amount, its ratio to the base (for market data).
    pub bonus_target_pct: Decimal,
    /// The target bonus as the amount it was given as, if it was: year y's
    /// bonus is `base_y × amount / base_salary`, rounded to cents.
    pub bonus_amount: Option<Decimal>,
    /// Element k is paid in employment year k+1.
    pub sign_on: Vec<Decimal>,
    /// RSU grants (paid at vest).
    pub equity: Vec<Grant>,
    /// Options and double-trigger RSUs: worth something only at an exit.
    pub private: Vec<private_grant::PrivateGrant>,
    /// The exit private grants are valued at (`--exit-price`,
    /// `--exit-valuation`); none: they count for nothing in any total.
    pub exit: Option<exit::Exit>,
    pub stock_growth_pct: Decimal,
    /// Projection horizon in years.
    pub years: u32,
    /// Months after each sign-on payment within which leaving repays it (0: never).
    pub clawback_months: u32,
    pub clawback: Clawback,
    /// The offer's own tax table, as written (`tax`).
    pub tax: Option<String>,
}

/// How much of a sign-on payment is repaid when leaving within the clawback period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Clawback {
    /// The share of the period not yet served.
    #[default]
    Prorated,
    /// All of it.
    Full,
}

/// Reads and validates one offer from JSON text.
///
/// An offer written plainly takes the one-pass reader; anything else, and
/// every error, goes through `serde_json` (see [`plain`]).
pub fn parse_offer(json: &[u8], defaults: &Defaults) -> Result<Offer, DataError> {
    let plainly = std::str::from_utf8(json).ok().and_then(plain::offer_file);
    let file = match plainly {
        Some(file) => file,
        None => parse_json::<OfferFile>(json)?,
    };
    validate(file, defaults)
}

/// Deserializes JSON, reporting the JSON path of whatever is wrong.
///
/// Valid input takes the fast path; only input that fails is read again
/// with path tracking, which costs about a third of the parse.
pub fn parse_json<T: serde::de::DeserializeOwned>(json: &[u8]) -> Result<T, DataError> {
    // Checked as UTF-8 once, the text is parsed as a `str`, whose strings
    // serde_json need not check again one by one.
    let parsed = match std::str::from_utf8(json) {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_slice(json),
    };
    match parsed {
        Ok(value) => Ok(value),
        Err(_) => parse_json_tracked(json),
    }
}

fn parse_json_tracked<T: serde::de::DeserializeOwned>(json: &[u8]) -> Result<T, DataError> {
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    let value: T = serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let path = err.path().to_string();
        // serde_path_to_error writes `.` for the root and `?` where it lost track.
        let path = if path == "." || path == "?" {
            String::new()
        } else {
            path
        };
        DataError::new(path, suggest::did_you_mean(err.into_inner().to_string()))
    })?;
    deserializer
        .end()
        .map_err(|err| DataError::new("", err.to_string()))?;
    Ok(value)
}
