//! Value parsers: the text of one flag (or one answer at `init`'s
//! prompts) to a checked value, or a message clap shows as
//! `invalid value '…' for '--flag': MESSAGE`.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::offer::exact::parse_exact;
use crate::domain::vesting::{Frequency, Preset};
use crate::plan::Situation;

/// `external`, or `promotion` with its alias `internal` (an internal move
/// is your own employer's offer, which clap's nearest spelling would have
/// taken for `external`).
pub(crate) fn situation_parser() -> impl clap::builder::TypedValueParser<Value = Situation> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    PossibleValuesParser::new([
        PossibleValue::new("external").help("A new employer's offer"),
        PossibleValue::new("promotion")
            .alias("internal")
            .help("Your own employer's promotion or internal move"),
    ])
    .map(|value| match value.as_str() {
        "external" => Situation::External,
        _ => Situation::Promotion,
    })
}

/// `p75` (or `75`) → 75; `p1` to `p99`.
pub(crate) fn parse_target(text: &str) -> Result<crate::domain::market::Percentile, String> {
    let digits = text.strip_prefix('p').unwrap_or(text);
    crate::domain::market::parse_percentile_key(&format!("p{digits}"))
        .and_then(crate::domain::market::Percentile::new)
        .ok_or_else(|| format!("`{text}` is not a percentile, expected `p1` to `p99`"))
}

/// `GBP=1.2712`: an ISO 4217 code and a rate checked like a rate file's.
pub(crate) fn parse_rate(text: &str) -> Result<(String, Decimal), String> {
    let (code, rate) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}` is not CUR=VALUE, expected for example `GBP=1.2712`"))?;
    let code = parse_currency(code)?;
    let rate = parse_exact(rate.trim())?;
    let rate = crate::domain::fx::check_rate("", rate).map_err(|e| e.message)?;
    Ok((code, rate))
}

/// `London=150`: a location or currency and a positive index.
pub(crate) fn parse_cost_of_living(
    text: &str,
) -> Result<crate::domain::purchasing_power::CostOfLiving, String> {
    let (key, index) = text
        .rsplit_once('=')
        .ok_or_else(|| format!("`{text}` is not PLACE=INDEX, expected for example `London=150`"))?;
    let key = key.trim();
    if key.is_empty() || key.chars().count() > 200 {
        return Err(format!(
            "`{text}` names no place, expected a location or currency before `=`"
        ));
    }
    let index = parse_exact(index.trim())?;
    let index = crate::domain::fx::check_rate("", index).map_err(|e| e.message)?;
    Ok(crate::domain::purchasing_power::CostOfLiving {
        key: key.to_owned(),
        index,
    })
}

/// An ISO 4217 code the tool can compute in.
pub(crate) fn parse_currency(text: &str) -> Result<String, String> {
    crate::domain::offer::validate::currency_code("", text.trim()).map_err(|e| e.message)
}

/// `company` or `role=title`.
pub(crate) fn parse_group_by(text: &str) -> Result<crate::domain::market::GroupBy, String> {
    let (filter, column) = text.split_once('=').unwrap_or((text, text));
    let filter = ["company", "role", "level", "location"]
        .into_iter()
        .find(|f| *f == filter.trim())
        .ok_or_else(|| {
            format!("`{filter}` is not an entry filter, expected `company`, `role`, `level` or `location`")
        })?;
    Ok(crate::domain::market::GroupBy {
        filter,
        column: column.trim().to_owned(),
    })
}

/// `total=totalyearlycompensation`.
pub(crate) fn parse_metric_column(
    text: &str,
) -> Result<crate::domain::market::MetricColumn, String> {
    let (name, column) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}` is not NAME=COLUMN"))?;
    let metric = crate::domain::market::Metric::from_key(name.trim()).ok_or_else(|| {
        format!("`{name}` is not a metric, expected `base_salary`, `bonus_pct`, `equity_annual` or `total`")
    })?;
    Ok(crate::domain::market::MetricColumn {
        metric,
        column: column.trim().to_owned(),
    })
}

/// A money amount greater than 0 with at most two decimals, read exactly
/// (`script` refuses a fraction of a yen once the offer's currency is known).
pub(crate) fn parse_amount(text: &str) -> Result<Decimal, String> {
    let amount = parse_exact(text)?;
    if amount <= Decimal::ZERO || amount.normalize().scale() > 2 {
        return Err(format!(
            "`{text}` is not an amount, expected a number above 0 with at most two decimals"
        ));
    }
    if amount > crate::domain::money::MAX_INPUT {
        return Err(format!(
            "`{text}` is too large, expected at most 1000000000000000 (10^15)"
        ));
    }
    crate::domain::money::Minor::CENT
        .checked(amount)
        .ok_or_else(|| format!("`{text}` is too large"))
}

/// A price per share or an amount: at least 0, at most six decimals and 10^15.
pub(crate) fn parse_price(text: &str) -> Result<Decimal, String> {
    let price = parse_exact(text)?;
    if price < Decimal::ZERO || price.normalize().scale() > 6 {
        return Err(format!(
            "`{text}` is not a price, expected a number of at least 0 with at most six decimals"
        ));
    }
    if price > crate::domain::options::MAX_PRICE {
        return Err(format!(
            "`{text}` is too large, expected at most 1000000000000000 (10^15)"
        ));
    }
    Ok(price.normalize())
}

/// A dilution: a percentage from 0 to below 100, at most six decimals.
pub(crate) fn parse_dilution(text: &str) -> Result<Decimal, String> {
    let pct = parse_exact(text)?;
    if pct < Decimal::ZERO || pct >= Decimal::ONE_HUNDRED || pct.normalize().scale() > 6 {
        return Err(format!(
            "`{text}` is not a dilution, expected a percentage from 0 to below 100 with at most six decimals"
        ));
    }
    Ok(pct.normalize())
}

/// A date on the command line; plans and projections reach up to 50 years
/// past it, and every date is written with a four-digit year.
pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let date = crate::domain::offer::parse_date("", text).map_err(|e| e.message)?;
    if date > NaiveDate::from_ymd_opt(9899, 12, 31).unwrap_or(NaiveDate::MAX) {
        return Err(format!(
            "`{text}` is too late, expected a date up to 9899-12-31 (plans reach decades past it)"
        ));
    }
    Ok(date)
}

/// `--calendar`: a built-in calendar, or none at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarChoice {
    None,
    Of(crate::domain::holidays::Calendar),
}

pub(crate) fn parse_calendar(text: &str) -> std::result::Result<CalendarChoice, String> {
    if text.trim().eq_ignore_ascii_case("none") {
        return Ok(CalendarChoice::None);
    }
    crate::domain::holidays::Calendar::from_code(text)
        .map(CalendarChoice::Of)
        .ok_or_else(|| {
            let codes: Vec<&str> = crate::domain::holidays::Calendar::ALL
                .iter()
                .map(|c| c.code())
                .collect();
            format!(
                "`{text}` is not a calendar, expected one of {} or none",
                codes.join(", ")
            )
        })
}

/// Sign-on payments given as one comma-separated flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignOnList(pub Vec<Decimal>);

// `init`'s flags and prompts: the same rules the offer reader applies,
// checked on the spot.

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
