//! The rate file (`--fx`) as written, and its validation into a [`RateTable`].

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Deserialize;

use crate::domain::offer::exact::ExactDecimal;
use crate::error::DataError;

/// Exchange rates on one date against one base currency.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "counteroffer exchange rates")]
pub struct FxFile {
    /// ISO 4217 code every rate is read against.
    pub base: String,
    /// The day the rates are from (YYYY-MM-DD), shown in every view.
    pub date: String,
    /// Where the rates come from (for example the ECB's euro reference
    /// rates), shown in every view.
    pub source: String,
    /// How many units of `base` one unit of each currency is worth (the
    /// inverse of the ECB's quotes, which give units of a currency per euro).
    /// A currency given twice is refused, not overwritten.
    #[serde(deserialize_with = "unique_rates")]
    pub rates: BTreeMap<String, ExactDecimal>,
}

/// The `rates` object, refusing a currency named twice (JSON allows it;
/// a silent last-one-wins would pick a rate the reader may not have meant).
fn unique_rates<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, ExactDecimal>, D::Error> {
    struct Rates;
    impl<'de> serde::de::Visitor<'de> for Rates {
        type Value = BTreeMap<String, ExactDecimal>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object of rates like {\"EUR\": \"1.0542\"}")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut rates = BTreeMap::new();
            while let Some(code) = map.next_key::<String>()? {
                if rates.contains_key(&code) {
                    return Err(serde::de::Error::custom(format!(
                        "`{}` is given twice, expected one rate per currency",
                        crate::io::escape::terminal(&code)
                    )));
                }
                let rate = map.next_value()?;
                rates.insert(code, rate);
            }
            Ok(rates)
        }
    }
    deserializer.deserialize_map(Rates)
}

/// A validated rate file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateTable {
    pub base: String,
    pub date: NaiveDate,
    pub source: String,
    /// Units of `base` per unit of each currency.
    pub rates: BTreeMap<String, Decimal>,
}

impl RateTable {
    /// Units of `base` one unit of `currency` is worth: 1 for the base itself.
    pub fn per_unit(&self, currency: &str) -> Option<Decimal> {
        if currency == self.base {
            return Some(Decimal::ONE);
        }
        self.rates.get(currency).copied()
    }
}

/// The most rates a file may hold: every ISO 4217 currency fits well within.
const MAX_RATES: usize = 400;
/// The longest `source` a file may give.
const MAX_SOURCE: usize = 1000;

/// Reads and validates a rate file from JSON text.
pub fn parse_rate_table(json: &[u8]) -> Result<RateTable, DataError> {
    let file: FxFile = crate::domain::offer::parse_json(json)?;
    let base = crate::domain::offer::validate::currency_code("base", &file.base)?;
    let date = crate::domain::offer::validate::date("date", &file.date)?;
    if file.source.trim().is_empty() {
        return Err(DataError::new(
            "source",
            "is empty, expected where the rates come from",
        ));
    }
    if file.source.chars().count() > MAX_SOURCE {
        return Err(DataError::new(
            "source",
            format!("is longer than {MAX_SOURCE} characters"),
        ));
    }
    if file.rates.len() > MAX_RATES {
        return Err(DataError::new(
            "rates",
            format!(
                "has {} rates, expected at most {MAX_RATES}",
                file.rates.len()
            ),
        ));
    }
    let mut rates = BTreeMap::new();
    for (code, rate) in file.rates {
        let path = format!("rates.{}", crate::io::escape::terminal(&code));
        crate::domain::offer::validate::currency_code(&path, &code)?;
        let rate = super::check_rate(&path, rate.0)?;
        if code == base && rate != Decimal::ONE {
            return Err(DataError::new(
                path,
                format!("is {rate}, expected 1 for the base currency (or no entry)"),
            ));
        }
        rates.insert(code, rate);
    }
    Ok(RateTable {
        base,
        date,
        source: file.source,
        rates,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn reads_rates_exactly_against_the_base() {
        let table = parse_rate_table(
            br#"{"base": "USD", "date": "2026-11-27", "source": "test",
                 "rates": {"EUR": "1.0542", "GBP": 1.2712}}"#,
        )
        .unwrap();
        assert_eq!(table.per_unit("EUR"), Some(dec!(1.0542)));
        assert_eq!(table.per_unit("GBP"), Some(dec!(1.2712)));
        assert_eq!(table.per_unit("USD"), Some(dec!(1)));
        assert_eq!(table.per_unit("CHF"), None);
    }

    #[test]
    fn refuses_what_it_cannot_use_with_the_json_path() {
        let error = |json: &str| parse_rate_table(json.as_bytes()).unwrap_err().to_string();
        let file = |rates: &str| {
            format!(r#"{{"base": "USD", "date": "2026-11-27", "source": "s", "rates": {rates}}}"#)
        };
        assert!(error(&file(r#"{"EUR": "0"}"#)).starts_with("rates.EUR: is 0"));
        assert!(error(&file(r#"{"XYZ": "1"}"#)).starts_with("rates.XYZ: `XYZ` is not an ISO 4217"));
        assert!(error(&file(r#"{"USD": "2"}"#)).starts_with("rates.USD: is 2, expected 1"));
        assert!(error(&file(r#"{"EUR": "1e400"}"#)).starts_with("rates.EUR"));
        assert!(
            error(r#"{"base": "USD", "date": "2026-11-27", "source": "", "rates": {}}"#)
                .starts_with("source: is empty")
        );
        assert!(
            error(r#"{"base": "USD", "date": "27/11/2026", "source": "s", "rates": {}}"#)
                .starts_with("date:")
        );
        assert!(
            error(r#"{"base": "USD", "date": "2026-11-27", "source": "s", "rates": {}, "x": 1}"#)
                .contains("unknown field `x`")
        );
    }
}
