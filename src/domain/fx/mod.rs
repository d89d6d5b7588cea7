//! Offers in other currencies: exchange rates, and the exact conversion of a
//! projected offer into the reporting currency.
//!
//! Each offer is projected in its own currency; then every money figure is
//! multiplied by the rate and rounded to the reporting currency's minor unit
//! (the cent, or the whole yen), half away from zero, and
//! totals are re-summed from the converted figures. A cross rate (rates read
//! against a base that is not the reporting currency) is kept as the ratio of
//! two integers, so it is never rounded before the figure it converts.

pub(crate) mod convert;
pub mod file;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::money::Minor;
use crate::error::DataError;

pub use file::{FxFile, RateTable, parse_rate_table};

/// The largest rate accepted: a million units of one currency for one of another.
pub const MAX_RATE: Decimal = Decimal::from_parts(1_000_000, 0, 0, false, 0);
/// Decimal places a rate may have.
pub const RATE_PLACES: u32 = 10;

/// Checks a rate as written: above 0, at most [`MAX_RATE`], at most
/// [`RATE_PLACES`] decimal places. These bounds keep every conversion an
/// exact integer computation (see [`Conversion::amount`]).
pub fn check_rate(path: &str, rate: Decimal) -> Result<Decimal, DataError> {
    let rate = rate.normalize();
    if rate <= Decimal::ZERO || rate > MAX_RATE {
        return Err(DataError::new(
            path,
            format!("is {rate}, expected a rate above 0 and at most 1000000"),
        ));
    }
    if rate.scale() > RATE_PLACES {
        return Err(DataError::new(
            path,
            format!("is {rate}, expected at most {RATE_PLACES} decimal places"),
        ));
    }
    Ok(rate)
}

/// How one currency's figures become the reporting currency's: one unit of
/// `from` is `numerator / denominator` units of `to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversion {
    pub from: String,
    pub to: String,
    /// The minor units of `from` and `to`: what the figures are held in.
    pub from_minor: Minor,
    pub to_minor: Minor,
    numerator: i128,
    denominator: i128,
    /// The date of the rates (`None` for a rate given on the command line).
    pub date: Option<NaiveDate>,
    /// Where the rates come from (the rate file's `source`), or `None`.
    pub source: Option<String>,
}

impl Conversion {
    /// One unit of `from` is `per_unit / per_reporting_unit` units of `to`,
    /// both read against the same base. Both are rates checked by
    /// [`check_rate`].
    pub fn new(
        from: &str,
        to: &str,
        per_unit: Decimal,
        per_reporting_unit: Decimal,
        date: Option<NaiveDate>,
        source: Option<String>,
    ) -> Conversion {
        // On a common scale both are integers of at most 10^16.
        let scale = per_unit.scale().max(per_reporting_unit.scale());
        let integer = |rate: Decimal| rate.mantissa() * 10i128.pow(scale - rate.scale());
        let (numerator, denominator) = (integer(per_unit), integer(per_reporting_unit));
        // Both are above 0 (checked rates), so their divisor is at least 1
        // and fits back in an i128.
        let divisor =
            crate::domain::money::gcd(numerator.unsigned_abs(), denominator.unsigned_abs()).max(1)
                as i128;
        Conversion {
            from: from.to_owned(),
            to: to.to_owned(),
            from_minor: Minor::of(from),
            to_minor: Minor::of(to),
            numerator: numerator / divisor,
            denominator: denominator / divisor,
            date,
            source,
        }
    }

    /// The rate as a decimal, for people to read: exact when it
    /// terminates within 28 digits (every direct rate does), else rounded to
    /// 12 places. Conversions never use this figure.
    pub fn rate(&self) -> Decimal {
        let numerator = Decimal::from_i128_with_scale(self.numerator, 0);
        let denominator = Decimal::from_i128_with_scale(self.denominator, 0);
        let rate = numerator / denominator;
        // A quotient terminates when the reduced denominator has no prime
        // factor but 2 and 5; within 28 places Decimal holds it exactly.
        let mut rest = self.denominator;
        for prime in [2, 5] {
            while rest % prime == 0 {
                rest /= prime;
            }
        }
        if rest == 1 && rate.scale() < 28 {
            rate.normalize()
        } else {
            rate.round_dp(12).normalize()
        }
    }

    /// `amount` (in the minor unit of `from`) in the reporting currency:
    /// `amount × rate` rounded to the minor unit of `to`, half away from
    /// zero, computed in integers so nothing is rounded before the end.
    /// `None` if the amount is finer than its unit or the product leaves 128
    /// bits (amounts beyond 10^17).
    pub fn amount(&self, amount: Decimal) -> Option<Decimal> {
        let (from, to) = (self.from_minor.places(), self.to_minor.places());
        let units = self.from_minor.units(amount)?;
        // units × rate × 10^(to − from), as one integer fraction.
        let product = units
            .checked_mul(self.numerator)?
            .checked_mul(10i128.pow(to.saturating_sub(from)))?;
        let denominator = self
            .denominator
            .checked_mul(10i128.pow(from.saturating_sub(to)))?;
        let rounded = crate::domain::money::divide_half_away(product, denominator)?;
        self.to_minor.figure(self.to_minor.from_units(rounded)?)
    }

    /// Whether this conversion changes nothing (rate 1, same currency).
    pub fn is_identity(&self) -> bool {
        self.from == self.to && self.numerator == self.denominator
    }
}

/// The rates a run may use: given one by one (`--rate CUR=VALUE`) against
/// the reporting currency, or read from a rate file against its base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rates {
    /// One unit of each currency is so many units of the reporting currency.
    Given(Vec<(String, Decimal)>),
    /// A rate file (`--fx`), named for its errors.
    Table { name: String, table: RateTable },
}

/// Why there is no conversion between two currencies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MissingRate {
    /// None of the rates given one by one is for `from`.
    NotGiven { from: String, to: String },
    /// The rate file `file` has no rate for `currency`.
    NotInFile { file: String, currency: String },
}

impl std::fmt::Display for MissingRate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MissingRate::NotGiven { from, to } => write!(f, "no rate from {from} to {to}"),
            MissingRate::NotInFile { file, currency } => write!(
                f,
                "{file} has no rate for {currency}, expected `rates.{currency}` or `base` {currency}"
            ),
        }
    }
}

/// The conversion of figures in `from` into the `reporting` currency:
/// `None` when they are the same, else the rate from `rates`. Without a rate
/// for `from`, the error says which is missing (the caller words it).
pub fn conversion_into(
    from: &str,
    reporting: &str,
    rates: Option<&Rates>,
) -> Result<Option<Conversion>, MissingRate> {
    if from == reporting {
        return Ok(None);
    }
    let not_given = || MissingRate::NotGiven {
        from: from.to_owned(),
        to: reporting.to_owned(),
    };
    rates
        .ok_or_else(not_given)
        .and_then(|rates| rates.conversion(from, reporting))
}

impl Rates {
    /// The conversion from `from` into `to`, or `None` when they are the
    /// same currency.
    pub fn conversion(&self, from: &str, to: &str) -> Result<Option<Conversion>, MissingRate> {
        if from == to {
            return Ok(None);
        }
        match self {
            Rates::Given(rates) => {
                let rate = rates
                    .iter()
                    .find(|(currency, _)| currency == from)
                    .map(|(_, rate)| *rate)
                    .ok_or_else(|| MissingRate::NotGiven {
                        from: from.to_owned(),
                        to: to.to_owned(),
                    })?;
                Ok(Some(Conversion::new(
                    from,
                    to,
                    rate,
                    Decimal::ONE,
                    None,
                    None,
                )))
            }
            Rates::Table { name, table } => {
                let per_unit = |currency: &str| {
                    table
                        .per_unit(currency)
                        .ok_or_else(|| MissingRate::NotInFile {
                            file: name.clone(),
                            currency: currency.to_owned(),
                        })
                };
                Ok(Some(Conversion::new(
                    from,
                    to,
                    per_unit(from)?,
                    per_unit(to)?,
                    Some(table.date),
                    Some(table.source.clone()),
                )))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn direct(rate: Decimal) -> Conversion {
        Conversion::new("GBP", "USD", rate, Decimal::ONE, None, None)
    }

    #[test]
    fn a_direct_rate_multiplies_and_rounds_half_away_from_zero() {
        let pound = direct(dec!(1.2712));
        assert_eq!(pound.amount(dec!(100000.00)), Some(dec!(127120.00)));
        // 0.01 × 1.25 = 0.0125 → 0.01; 0.02 × 1.25 = 0.025 → 0.03 (away from zero).
        let quarter = direct(dec!(1.25));
        assert_eq!(quarter.amount(dec!(0.01)), Some(dec!(0.01)));
        assert_eq!(quarter.amount(dec!(0.02)), Some(dec!(0.03)));
        assert_eq!(quarter.amount(dec!(-0.02)), Some(dec!(-0.03)));
        assert_eq!(quarter.rate(), dec!(1.25));
        // Unrounded figures are not converted.
        assert_eq!(quarter.amount(dec!(0.001)), None);
    }

    #[test]
    fn a_cross_rate_is_exact_until_the_final_rounding() {
        // Against a euro base: one GBP is 1.2 EUR, one USD is 0.9 EUR, so one
        // GBP is 4/3 USD, which no decimal holds.
        let cross = Conversion::new("GBP", "USD", dec!(1.2), dec!(0.9), None, None);
        // 3 × 4/3 = 4 exactly, where 3 × 1.3333… would round to 4.00 only by luck.
        assert_eq!(cross.amount(dec!(3.00)), Some(dec!(4.00)));
        // 0.01 × 4/3 = 0.01333… → 0.01; 100.00 × 4/3 = 133.333… → 133.33.
        assert_eq!(cross.amount(dec!(0.01)), Some(dec!(0.01)));
        assert_eq!(cross.amount(dec!(100.00)), Some(dec!(133.33)));
        // 0.05 × 4/3 = 0.0666… → 0.07.
        assert_eq!(cross.amount(dec!(0.05)), Some(dec!(0.07)));
        assert_eq!(cross.rate(), dec!(1.333333333333));
    }

    #[test]
    fn rate_one_changes_nothing() {
        let same = Conversion::new("USD", "USD", dec!(1), dec!(1), None, None);
        assert!(same.is_identity());
        assert_eq!(same.amount(dec!(-1234.56)), Some(dec!(-1234.56)));
    }

    #[test]
    fn rates_are_bounded() {
        assert!(check_rate("r", dec!(0)).is_err());
        assert!(check_rate("r", dec!(-1)).is_err());
        assert!(check_rate("r", dec!(1000000.5)).is_err());
        assert!(check_rate("r", dec!(0.00000000001)).is_err());
        assert_eq!(check_rate("r", dec!(1.27000)).unwrap(), dec!(1.27));
        // The largest figure at the largest rate still converts.
        let largest = direct(MAX_RATE);
        assert!(largest.amount(dec!(100000000000.00)).is_some());
    }

    #[test]
    fn a_missing_rate_says_which() {
        let rates = Rates::Given(vec![("EUR".into(), dec!(1.05))]);
        assert_eq!(
            rates.conversion("GBP", "USD"),
            Err(MissingRate::NotGiven {
                from: "GBP".into(),
                to: "USD".into()
            })
        );
        assert_eq!(rates.conversion("USD", "USD"), Ok(None));
    }
}
