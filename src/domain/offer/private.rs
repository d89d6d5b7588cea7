//! The rules of options and double-trigger RSU grants in the offer file.

use rust_decimal::Decimal;

use super::exact::ExactDecimal;
use super::file::{GrantFile, GrantKindFile, OptionTypeFile};
use super::private_grant::{OptionType, PrivateKind};
use super::validate::{check_places, out_of_range};
use crate::domain::money::MAX_INPUT;
use crate::error::DataError;

/// More shares than any company has issued; a bound that keeps every
/// product of shares and a price exact.
pub const MAX_SHARES: u64 = 1_000_000_000_000;
/// The places a price per share may have.
const PRICE_DP: u32 = 6;
/// The longest exercise window, in days (ten years, the longest an option lives).
const MAX_WINDOW_DAYS: u32 = 3650;
const DEFAULT_WINDOW_DAYS: u32 = 90;

/// The terms of a private grant, before its vesting.
pub(super) struct PrivateTerms {
    pub kind: PrivateKind,
    pub shares: u64,
    pub strike: Decimal,
    pub fmv: Decimal,
    pub preferred: Option<Decimal>,
    pub fully_diluted_shares: Option<u64>,
}

fn at(index: usize, field: &str) -> String {
    format!("equity[{index}].{field}")
}

/// The terms of grant `index` if it is options or double-trigger RSUs;
/// `None` for a plain RSU grant (which then may carry no option field).
pub(super) fn private_terms(
    index: usize,
    grant: &GrantFile,
) -> Result<Option<PrivateTerms>, DataError> {
    let options = grant.kind == Some(GrantKindFile::Options);
    let double_trigger = grant.double_trigger == Some(true);
    if options {
        if grant.double_trigger.is_some() {
            return Err(DataError::new(
                at(index, "double_trigger"),
                "applies to RSUs, expected it only on a grant of `\"kind\": \"rsu\"`",
            ));
        }
    } else {
        let option_fields = [
            ("strike_price", grant.strike_price.is_some()),
            ("fmv", grant.fmv.is_some()),
            ("preferred_price", grant.preferred_price.is_some()),
            ("option_type", grant.option_type.is_some()),
            ("exercise_window_days", grant.exercise_window_days.is_some()),
            ("early_exercise", grant.early_exercise.is_some()),
            (
                "fully_diluted_shares",
                grant.fully_diluted_shares.is_some() && !double_trigger,
            ),
        ];
        if let Some((field, _)) = option_fields.iter().find(|(_, given)| *given) {
            return Err(DataError::new(
                at(index, field),
                "applies to options, expected `\"kind\": \"options\"` with it",
            ));
        }
        if !double_trigger {
            return Ok(None);
        }
    }
    let whole = |field| {
        DataError::new(
            format!("equity[{index}]"),
            format!(
                "has `{field}`, expected `shares` (whole) with `strike_price` and `fmv` for options"
            ),
        )
    };
    let (kind, strike, fmv) = if options {
        if grant.grant_value.is_some() {
            return Err(whole("grant_value"));
        }
        if grant.share_price.is_some() {
            return Err(whole("share_price"));
        }
        if grant.shares.is_none() {
            return Err(DataError::new(
                format!("equity[{index}]"),
                "has no `shares`, expected the number of options",
            ));
        }
        let Some(strike) = grant.strike_price else {
            return Err(DataError::new(
                format!("equity[{index}]"),
                "has no `strike_price`, expected the price to buy one share with an option",
            ));
        };
        let Some(fmv) = grant.fmv else {
            return Err(DataError::new(
                format!("equity[{index}]"),
                "has no `fmv`, expected the 409A fair market value per share",
            ));
        };
        let kind = PrivateKind::Options {
            option_type: match grant.option_type {
                Some(OptionTypeFile::Iso) => OptionType::Iso,
                _ => OptionType::Nso,
            },
            exercise_window_days: match grant.exercise_window_days {
                Some(days) if days > MAX_WINDOW_DAYS => {
                    return Err(DataError::new(
                        at(index, "exercise_window_days"),
                        format!("is {days}, expected 0 to {MAX_WINDOW_DAYS}"),
                    ));
                }
                days => days.unwrap_or(DEFAULT_WINDOW_DAYS),
            },
            early_exercise: grant.early_exercise.unwrap_or(false),
        };
        let strike = price(index, "strike_price", strike, true)?;
        (kind, strike, price(index, "fmv", fmv, false)?)
    } else {
        let (None, Some(_), Some(share_price)) =
            (grant.grant_value, grant.shares, grant.share_price)
        else {
            return Err(DataError::new(
                at(index, "double_trigger"),
                "needs `shares` and `share_price` (not `grant_value`), expected the grant in shares so an exit price can value it",
            ));
        };
        let fmv = price(index, "share_price", share_price, false)?;
        (PrivateKind::DoubleTriggerRsu, Decimal::ZERO, fmv)
    };
    let shares = share_count(index, "shares", grant.shares, 1)?.unwrap_or(0);
    let preferred = grant
        .preferred_price
        .map(|p| price(index, "preferred_price", p, false))
        .transpose()?;
    for (name, each) in [
        ("strike_price", Some(strike)),
        ("fmv", Some(fmv)),
        ("preferred_price", preferred),
    ] {
        let Some(each) = each else { continue };
        let worth = each * Decimal::from(shares);
        if worth > MAX_INPUT {
            return Err(DataError::new(
                format!("equity[{index}]"),
                format!(
                    "shares × {name} is {}, expected at most {MAX_INPUT} (10^15)",
                    worth.normalize()
                ),
            ));
        }
    }
    let fully_diluted_shares = share_count(
        index,
        "fully_diluted_shares",
        grant.fully_diluted_shares,
        shares,
    )?;
    Ok(Some(PrivateTerms {
        kind,
        shares,
        strike,
        fmv,
        preferred,
        fully_diluted_shares,
    }))
}

/// A price per share: at most six places, above zero (at least zero for a
/// strike), at most 10^15.
fn price(
    index: usize,
    field: &str,
    value: ExactDecimal,
    zero_allowed: bool,
) -> Result<Decimal, DataError> {
    let path = at(index, field);
    let value = value.0;
    check_places(&path, value, PRICE_DP, "a price per share")?;
    if value < Decimal::ZERO || (value.is_zero() && !zero_allowed) {
        let expected = if zero_allowed {
            "at least 0"
        } else {
            "greater than 0"
        };
        return Err(out_of_range(path.as_str(), value, expected));
    }
    if value > MAX_INPUT {
        return Err(out_of_range(
            path.as_str(),
            value,
            &format!("at most {MAX_INPUT} (10^15)"),
        ));
    }
    Ok(value.normalize())
}

/// A whole share count from `least` to [`MAX_SHARES`].
fn share_count(
    index: usize,
    field: &str,
    value: Option<ExactDecimal>,
    least: u64,
) -> Result<Option<u64>, DataError> {
    let Some(ExactDecimal(value)) = value else {
        return Ok(None);
    };
    let path = at(index, field);
    if !value.fract().is_zero() {
        return Err(DataError::new(
            path,
            format!("`{value}` is not a whole number, expected a whole count of shares"),
        ));
    }
    match u64::try_from(value.trunc()) {
        Ok(count) if (least..=MAX_SHARES).contains(&count) => Ok(Some(count)),
        _ => Err(out_of_range(
            path.as_str(),
            value,
            &format!("{least} to {MAX_SHARES}"),
        )),
    }
}
