//! The offer file's rules, checked one field at a time with its JSON path.

use std::fmt::Display;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::exact::ExactDecimal;
use super::{GrantFile, Offer, OfferFile, ScheduleFile};
use crate::domain::money::{MAX_INPUT, Minor, exceeds};
pub use crate::domain::vesting::MAX_SCHEDULE_YEARS;
use crate::domain::vesting::{Grant, Preset, Schedule};
use crate::error::DataError;

/// The longest projection horizon, in years.
pub const MAX_HORIZON_YEARS: u32 = 40;
/// More grants than anyone holds; a bound so hostile files stay cheap.
const MAX_GRANTS: usize = 1000;
const PERCENT_DP: u32 = 6;
const DEFAULT_YEARS: u32 = 4;
const DEFAULT_CLIFF_MONTHS: u32 = 12;

/// What the command line supplies to fill in or override the file.
#[derive(Debug, Clone, Copy)]
pub struct Defaults {
    /// Used when the file has no `start_date`.
    pub as_of: NaiveDate,
    /// `--years`, which wins over the file's `years`.
    pub years: Option<u32>,
}

/// The longest name, company, role, level or location, in characters: far
/// beyond any real title, and a bound that keeps every view linear and small.
pub const MAX_TEXT: usize = 200;

/// Where a value of a list sits, as `equity[2]` or `equity[2].grant_value`:
/// written out only for a message, so a valid offer builds no path (a hot
/// loop in `batch`).
#[derive(Clone, Copy)]
enum Path {
    Index(&'static str, usize),
    Field(&'static str, usize, &'static str),
}

impl Path {
    fn field(self, name: &'static str) -> Path {
        match self {
            Path::Index(list, index) | Path::Field(list, index, _) => {
                Path::Field(list, index, name)
            }
        }
    }
}

impl Display for Path {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Path::Index(list, index) => write!(f, "{list}[{index}]"),
            Path::Field(list, index, field) => write!(f, "{list}[{index}].{field}"),
        }
    }
}

/// The `index`th element of the list at a path (a custom schedule's years).
#[derive(Clone, Copy)]
struct Element(Path, usize);

impl Display for Element {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}[{}]", self.0, self.1)
    }
}

/// Whether `text` has more than [`MAX_TEXT`] characters. A text of at most
/// that many bytes has at most that many characters, so only a longer one
/// is counted (every offer's name passes here in `batch`).
pub(crate) fn longer_than_max_text(text: &str) -> bool {
    text.len() > MAX_TEXT && text.chars().count() > MAX_TEXT
}

pub(crate) fn check_text(path: &str, text: Option<&str>) -> Result<(), DataError> {
    match text {
        Some(text) if longer_than_max_text(text) => Err(DataError::new(
            path,
            format!(
                "has {} characters, expected at most {MAX_TEXT}",
                text.chars().count()
            ),
        )),
        _ => Ok(()),
    }
}

/// Turns the file as written into a validated [`Offer`].
pub fn validate(file: OfferFile, defaults: &Defaults) -> Result<Offer, DataError> {
    for (path, text) in [
        ("name", Some(file.name.as_str())),
        ("company", file.company.as_deref()),
        ("role", file.role.as_deref()),
        ("level", file.level.as_deref()),
        ("location", file.location.as_deref()),
    ] {
        check_text(path, text)?;
    }
    // Trimmed only if it needs to be: most names are kept as read.
    let name = match file.name.trim() {
        trimmed if trimmed.len() == file.name.len() => file.name,
        trimmed => trimmed.to_owned(),
    };
    if name.is_empty() {
        return Err(DataError::new(
            "name",
            "is empty, expected the offer's name",
        ));
    }
    let currency = match file.currency {
        Some(code) => currency_code("currency", &code)?,
        None => "USD".to_owned(),
    };
    let start_date = match file.start_date {
        Some(text) => date("start_date", &text)?,
        None => defaults.as_of,
    };
    let years = match defaults.years {
        Some(years) => years,
        None => file.years.unwrap_or(DEFAULT_YEARS),
    };
    check_range("years", years, 1, MAX_HORIZON_YEARS)?;
    if file.sign_on.len() > MAX_HORIZON_YEARS as usize {
        return Err(DataError::new(
            "sign_on",
            format!(
                "has {} payments, expected at most {MAX_HORIZON_YEARS} (one per year)",
                file.sign_on.len()
            ),
        ));
    }
    if file.equity.len() > MAX_GRANTS {
        return Err(DataError::new(
            "equity",
            format!(
                "has {} grants, expected at most {MAX_GRANTS}",
                file.equity.len()
            ),
        ));
    }
    let sign_on = file
        .sign_on
        .iter()
        .enumerate()
        .map(|(i, amount)| {
            money(
                Path::Index("sign_on", i),
                *amount,
                Bound::AtLeastZero,
                &currency,
            )
        })
        .collect::<Result<_, _>>()?;
    let mut equity: Vec<Grant> = Vec::with_capacity(file.equity.len());
    let mut private = Vec::new();
    for (i, grant) in file.equity.into_iter().enumerate() {
        let path = Path::Index("equity", i);
        match super::private::private_terms(i, &grant)? {
            None => equity.push(validate_grant(path, grant, &currency)?),
            Some(terms) => private.push(super::private_grant::PrivateGrant {
                index: i,
                kind: terms.kind,
                shares: terms.shares,
                strike: terms.strike,
                fmv: terms.fmv,
                preferred: terms.preferred,
                fully_diluted_shares: terms.fully_diluted_shares,
                vesting: vesting(path, Decimal::from(terms.shares), grant)?,
            }),
        }
    }
    let stock_growth_pct = optional_percent("stock_growth_pct", file.stock_growth_pct)?;
    if stock_growth_pct <= -Decimal::ONE_HUNDRED {
        return Err(out_of_range(
            "stock_growth_pct",
            stock_growth_pct,
            "greater than -100",
        ));
    }
    let base_salary = money("base_salary", file.base_salary, Bound::AboveZero, &currency)?;
    let (bonus_target_pct, bonus_amount) = match (file.bonus_target_pct, file.bonus_target) {
        (Some(_), Some(_)) => {
            return Err(DataError::new(
                "bonus_target",
                "is given with bonus_target_pct, expected the bonus as an amount or as a percentage, not both",
            ));
        }
        (None, Some(amount)) => {
            let amount = money("bonus_target", amount, Bound::AtLeastZero, &currency)?;
            // Its ratio to base, for market data, to six decimals: the
            // precision of a written percentage (1/3 has no exact decimal).
            let pct = (amount * Decimal::ONE_HUNDRED / base_salary)
                .round_dp_with_strategy(6, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
                .normalize();
            (pct, Some(amount))
        }
        (pct, None) => (percent_within("bonus_target_pct", pct, 1000)?, None),
    };
    check_last_date(
        start_date,
        years,
        equity.iter().chain(private.iter().map(|p| &p.vesting)),
    )?;
    Ok(Offer {
        name,
        company: file.company,
        role: file.role,
        level: file.level,
        location: file.location,
        currency,
        start_date,
        base_salary,
        annual_raise_pct: percent_within("annual_raise_pct", file.annual_raise_pct, 100)?,
        bonus_target_pct,
        bonus_amount,
        sign_on,
        equity,
        private,
        exit: None,
        stock_growth_pct,
        years,
        clawback_months: match file.clawback_months {
            Some(months) if months > MAX_CLAWBACK_MONTHS => {
                return Err(DataError::new(
                    "clawback_months",
                    format!("is {months}, expected 0 to {MAX_CLAWBACK_MONTHS}"),
                ));
            }
            months => months.unwrap_or(0),
        },
        clawback: match file.clawback {
            Some(super::file::ClawbackFile::Full) => super::Clawback::Full,
            _ => super::Clawback::Prorated,
        },
        tax: match file.tax {
            Some(tax) if tax.trim().is_empty() => {
                return Err(DataError::new(
                    "tax",
                    "is empty, expected a built-in table's name or a file",
                ));
            }
            tax => {
                check_text("tax", tax.as_deref())?;
                tax
            }
        },
    })
}

/// The longest clawback period, in months.
pub const MAX_CLAWBACK_MONTHS: u32 = 48;

/// `offer` projected over `years` instead of its own horizon (`compare`
/// puts every offer on the longest one), checked as `--years` would be.
pub fn with_horizon(mut offer: Offer, years: u32) -> Result<Offer, DataError> {
    check_range("years", years, 1, MAX_HORIZON_YEARS)?;
    check_last_date(
        offer.start_date,
        years,
        offer
            .equity
            .iter()
            .chain(offer.private.iter().map(|p| &p.vesting)),
    )?;
    offer.years = years;
    Ok(offer)
}

/// Every date the offer produces (the horizon's end, the last vest) must be
/// a four-digit year: dates are written `YYYY-MM-DD` everywhere.
fn check_last_date<'a>(
    start: NaiveDate,
    years: u32,
    equity: impl Iterator<Item = &'a Grant>,
) -> Result<(), DataError> {
    let last_month = equity
        .map(|g| g.months_after_start() + g.span_months())
        .chain([12 * years])
        .max()
        .unwrap_or(0);
    let last_day = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX);
    match start.checked_add_months(chrono::Months::new(last_month)) {
        Some(last) if last <= last_day => Ok(()),
        _ => Err(DataError::new(
            "start_date",
            format!(
                "`{start}` puts dates {last_month} months later, past the year 9999, expected an earlier date"
            ),
        )),
    }
}

fn validate_grant(path: Path, grant: GrantFile, currency: &str) -> Result<Grant, DataError> {
    let value = match (grant.grant_value, grant.shares, grant.share_price) {
        (Some(value), None, None) => {
            money(path.field("grant_value"), value, Bound::AboveZero, currency)?
        }
        (None, Some(shares), Some(price)) => {
            let shares = positive_quantity(path.field("shares"), shares)?;
            let price = money(path.field("share_price"), price, Bound::AboveZero, currency)?;
            let value = shares.checked_mul(price).ok_or_else(|| {
                DataError::new(
                    path.to_string(),
                    "shares × share_price overflows, expected a smaller grant",
                )
            })?;
            if value > MAX_INPUT {
                return Err(DataError::new(
                    path.to_string(),
                    format!(
                        "shares × share_price is {}, expected at most {MAX_INPUT} (10^15)",
                        value.normalize()
                    ),
                ));
            }
            let minor = Minor::of(currency);
            let value = minor.round(value);
            if value.is_zero() {
                return Err(DataError::new(
                    path.to_string(),
                    format!(
                        "shares × share_price is {} once held to the {}, expected a grant worth at least {}",
                        minor.zero(),
                        minor.name(),
                        minor.step()
                    ),
                ));
            }
            value
        }
        (Some(_), _, _) => {
            return Err(DataError::new(
                path.to_string(),
                "has both `grant_value` and `shares`/`share_price`, expected one form",
            ));
        }
        (None, None, None) => {
            return Err(DataError::new(
                path.to_string(),
                "has no value, expected `grant_value` or both `shares` and `share_price`",
            ));
        }
        (None, Some(_), None) => {
            return Err(DataError::new(
                path.to_string(),
                "has `shares` but no `share_price`",
            ));
        }
        (None, None, Some(_)) => {
            return Err(DataError::new(
                path.to_string(),
                "has `share_price` but no `shares`",
            ));
        }
    };
    vesting(path, value, grant)
}

/// The vesting terms of a grant, with `value` (money, or a share count for
/// a private grant) as what they split.
fn vesting(path: Path, value: Decimal, grant: GrantFile) -> Result<Grant, DataError> {
    let schedule = match grant.schedule {
        None => Schedule::preset(Preset::Even),
        Some(file) => schedule(path.field("schedule"), file)?,
    };
    let cliff_months = grant.cliff_months.unwrap_or(DEFAULT_CLIFF_MONTHS);
    check_range(
        path.field("cliff_months"),
        cliff_months,
        0,
        12 * schedule.years(),
    )?;
    let grant_year = grant.grant_year.unwrap_or(1);
    check_range(path.field("grant_year"), grant_year, 1, MAX_HORIZON_YEARS)?;
    Ok(Grant {
        value,
        schedule,
        frequency: grant.frequency.unwrap_or_default(),
        cliff_months,
        grant_year,
    })
}

fn schedule(path: Path, file: ScheduleFile) -> Result<Schedule, DataError> {
    match file {
        ScheduleFile::Preset(name) => Preset::from_name(&name).map(Schedule::preset).ok_or_else(|| {
            DataError::new(
                path.to_string(),
                format!("unknown preset `{name}`, expected `even`, `amazon`, `front-loaded` or an array of yearly percentages"),
            )
        }),
        ScheduleFile::Percentages(raw) => {
            if raw.is_empty() || raw.len() > MAX_SCHEDULE_YEARS {
                return Err(DataError::new(
                    path.to_string(),
                    format!("has {} years, expected 1 to {MAX_SCHEDULE_YEARS}", raw.len()),
                ));
            }
            let mut yearly_pct = Vec::with_capacity(raw.len());
            for (i, pct) in raw.into_iter().enumerate() {
                let at = Element(path, i);
                let pct = percent(at, pct)?;
                if pct < Decimal::ZERO {
                    return Err(out_of_range(at, pct, "at least 0"));
                }
                yearly_pct.push(pct);
            }
            // At most 10 values below 7.9e28 / 10 each cannot overflow; checked anyway.
            let sum = yearly_pct
                .iter()
                .try_fold(Decimal::ZERO, |sum, p| sum.checked_add(*p))
                .ok_or_else(|| DataError::new(path.to_string(), "percentages overflow when summed"))?;
            if sum != Decimal::ONE_HUNDRED {
                return Err(DataError::new(
                    path.to_string(),
                    format!("percentages sum to {}, expected 100", sum.normalize()),
                ));
            }
            Ok(Schedule {
                preset: None,
                yearly_pct: yearly_pct.into(),
            })
        }
    }
}

#[derive(Clone, Copy)]
enum Bound {
    AboveZero,
    AtLeastZero,
}

/// An amount of `currency`, in its minor unit at most: fractional cents
/// and fractional yen are refused, not rounded.
fn money(
    path: impl Display + Copy,
    value: ExactDecimal,
    bound: Bound,
    currency: &str,
) -> Result<Decimal, DataError> {
    let amount = value.0;
    let minor = Minor::of(currency);
    if amount.scale() > minor.places() {
        // The description is built only for a text with more places.
        check_places(
            path,
            amount,
            minor.places(),
            &format!("money in {currency}"),
        )?;
    }
    match bound {
        Bound::AboveZero if amount <= Decimal::ZERO => {
            Err(out_of_range(path, amount, "greater than 0"))
        }
        Bound::AtLeastZero if amount < Decimal::ZERO => {
            Err(out_of_range(path, amount, "at least 0"))
        }
        _ if exceeds(amount, MAX_INPUT) => Err(out_of_range(
            path,
            amount,
            &format!("at most {MAX_INPUT} (10^15)"),
        )),
        _ => minor.checked(amount).ok_or_else(|| {
            DataError::new(
                path.to_string(),
                format!("`{amount}` is too large to hold to the {}", minor.name()),
            )
        }),
    }
}

fn positive_quantity(path: impl Display + Copy, value: ExactDecimal) -> Result<Decimal, DataError> {
    check_places(path, value.0, PERCENT_DP, "a share count")?;
    if value.0 <= Decimal::ZERO {
        return Err(out_of_range(path, value.0, "greater than 0"));
    }
    if value.0 > MAX_INPUT {
        return Err(out_of_range(
            path,
            value.0,
            &format!("at most {MAX_INPUT} (10^15)"),
        ));
    }
    Ok(value.0)
}

fn percent(path: impl Display + Copy, value: ExactDecimal) -> Result<Decimal, DataError> {
    check_places(path, value.0, PERCENT_DP, "a percentage")?;
    Ok(value.0)
}

fn optional_percent(path: &str, value: Option<ExactDecimal>) -> Result<Decimal, DataError> {
    value.map_or(Ok(Decimal::ZERO), |v| percent(path, v))
}

fn percent_within(path: &str, value: Option<ExactDecimal>, max: u32) -> Result<Decimal, DataError> {
    let pct = optional_percent(path, value)?;
    if pct < Decimal::ZERO || exceeds(pct, Decimal::from(max)) {
        return Err(out_of_range(path, pct, &format!("0 to {max}")));
    }
    Ok(pct)
}

pub(crate) fn check_places(
    path: impl Display,
    value: Decimal,
    max_dp: u32,
    what: &str,
) -> Result<(), DataError> {
    // Written with no more places than allowed (nearly always), it cannot
    // have too many; only a longer text needs its trailing zeros counted.
    if value.scale() <= max_dp {
        return Ok(());
    }
    let places = value.normalize().scale();
    if places > max_dp {
        return Err(DataError::new(
            path.to_string(),
            format!("`{value}` has {places} decimal places, expected at most {max_dp} for {what}"),
        ));
    }
    Ok(())
}

fn check_range(path: impl Display + Copy, value: u32, min: u32, max: u32) -> Result<(), DataError> {
    if value < min || value > max {
        return Err(DataError::new(
            path.to_string(),
            format!("is {value}, expected {min} to {max}"),
        ));
    }
    Ok(())
}

pub(super) fn out_of_range(path: impl Display + Copy, value: Decimal, expected: &str) -> DataError {
    DataError::new(path.to_string(), format!("is {value}, expected {expected}"))
}

/// An ISO 4217 code (from the maintained `iso_currency` list) whose minor
/// unit is the cent or the whole unit (JPY, KRW): every figure is rounded
/// to that unit. Three-digit currencies (KWD) are refused in this edition,
/// and so are codes without a minor unit (metals, funds).
pub(crate) fn currency_code(path: &str, code: &str) -> Result<String, DataError> {
    let Some(currency) = iso_currency::Currency::from_code(code) else {
        return Err(DataError::new(
            path,
            format!("`{code}` is not an ISO 4217 code, expected one like `USD`, `EUR` or `GBP`"),
        ));
    };
    match currency.exponent() {
        Some(0 | 2) => Ok(code.to_owned()),
        Some(digits) => Err(DataError::new(
            path,
            format!(
                "`{code}` has {digits} decimal places, expected a currency with two (cents) or none (like JPY); others are not supported in this edition"
            ),
        )),
        None => Err(DataError::new(
            path,
            format!(
                "`{code}` has no minor unit (a metal or a fund), expected a currency like `USD`"
            ),
        )),
    }
}

/// Parses a strict `YYYY-MM-DD` date.
pub fn date(path: &str, text: &str) -> Result<NaiveDate, DataError> {
    let well_formed = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    // The shape is checked, so the digits are read directly (a format
    // string is parsed anew on every call, a cost in `batch`).
    let number = |range: std::ops::Range<usize>| {
        text.as_bytes()[range]
            .iter()
            .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'))
    };
    well_formed
        .then(|| {
            let year = i32::try_from(number(0..4)).ok()?;
            NaiveDate::from_ymd_opt(year, number(5..7), number(8..10))
        })
        .flatten()
        .ok_or_else(|| {
            DataError::new(
                path,
                format!("`{text}` is not a valid date, expected YYYY-MM-DD"),
            )
        })
}

#[cfg(test)]
mod text_tests {
    use super::{MAX_TEXT, longer_than_max_text};

    #[test]
    fn text_is_measured_in_characters_not_bytes() {
        let ascii = |n| "x".repeat(n);
        let accented = |n| "é".repeat(n);
        assert!(!longer_than_max_text(&ascii(MAX_TEXT)));
        assert!(longer_than_max_text(&ascii(MAX_TEXT + 1)));
        // Two bytes a character: past the limit in bytes, not in characters.
        assert!(!longer_than_max_text(&accented(MAX_TEXT)));
        assert!(longer_than_max_text(&accented(MAX_TEXT + 1)));
    }
}

#[cfg(test)]
mod date_tests {
    use super::date;

    use chrono::NaiveDate;

    #[test]
    fn dates_are_read_as_the_calendar_has_them() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(date("d", "2028-02-29").unwrap(), day(2028, 2, 29));
        assert_eq!(date("d", "2026-11-28").unwrap(), day(2026, 11, 28));
        assert_eq!(date("d", "9999-12-31").unwrap(), day(9999, 12, 31));
        for bad in [
            "2027-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-1-01",
            "26-01-01",
            "2026/01/01",
            "2026-01-01 ",
            "２０２６-01-01",
            "",
        ] {
            let err = date("start_date", bad).unwrap_err();
            assert_eq!(err.path, "start_date", "{bad}");
            assert!(
                err.message.contains("is not a valid date"),
                "{bad}: {}",
                err.message
            );
        }
        // Every day of a leap and a common year, as chrono's own parser reads it.
        let mut day = day(2027, 1, 1);
        while day < NaiveDate::from_ymd_opt(2029, 1, 1).unwrap() {
            assert_eq!(date("d", &day.to_string()).unwrap(), day);
            day = day.succ_opt().unwrap();
        }
    }
}
