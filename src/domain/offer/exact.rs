//! Reading numbers from JSON exactly as written.
//!
//! serde_json is built with `arbitrary_precision`, so a JSON number reaches us
//! as its original text; we parse that text straight into a [`Decimal`]. No
//! binary floating-point value ever exists between the file and the figure:
//! `98765432109876543.21` stays exactly that. Strings are accepted too, since
//! many people quote money to keep spreadsheets from mangling it.

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

/// A decimal read exactly from a JSON number or string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExactDecimal(pub Decimal);

/// Whether `text` is written as a JSON number is: `-?digits(.digits)?`
/// with an optional exponent. Strings follow the same rule, so `"180_000"`,
/// `"+180000"`, `"1,000"`, `".5"` and `"5."` are refused rather than guessed at.
fn is_json_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = usize::from(bytes.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i > start
    };
    if !digits(&mut i) {
        return false;
    }
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        if !digits(&mut i) {
            return false;
        }
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(bytes.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if !digits(&mut i) {
            return false;
        }
    }
    i == bytes.len()
}

/// Parses decimal text exactly; an amount that cannot be held without
/// rounding (over 28 significant digits, or beyond ±7.9e28) is an error, and
/// so is text not written as a JSON number.
pub fn parse_exact(text: &str) -> Result<Decimal, String> {
    // What `plain` reads is written as a JSON number, so it goes first.
    if let Some(value) = plain(text) {
        return Ok(value);
    }
    if !is_json_number(text) {
        return Err(format!(
            "`{}` is not a decimal number, expected digits with an optional `-`, `.` and exponent (like `180000` or `12.5`)",
            shorten(text)
        ));
    }
    let trimmed = text.trim();
    let parsed = if trimmed.contains(['e', 'E']) {
        Decimal::from_scientific(trimmed).ok()
    } else {
        Decimal::from_str_exact(trimmed).ok()
    };
    match parsed {
        Some(value) if trimmed == text && !text.is_empty() => Ok(value),
        _ => Err(format!(
            "`{}` is not a decimal number that can be held exactly \
             (at most 28 significant digits, magnitude below 7.9e28)",
            shorten(text)
        )),
    }
}

/// A number written plainly (`-?digits(.digits)?`, at most 28 digits, not
/// `-0`), read in one pass: nearly every amount in a file, and exactly the
/// value and scale `Decimal::from_str_exact` gives (a property test holds
/// them together). `None` sends anything else the general way.
fn plain(text: &str) -> Option<Decimal> {
    const MOST_DIGITS: u32 = 28;
    let (negative, digits) = match text.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        all => (false, all),
    };
    let mut mantissa: i128 = 0;
    let mut count = 0;
    let mut scale: Option<u32> = None;
    for (i, &byte) in digits.iter().enumerate() {
        match byte {
            b'0'..=b'9' => {
                count += 1;
                if count > MOST_DIGITS {
                    return None;
                }
                mantissa = mantissa * 10 + i128::from(byte - b'0');
                if let Some(places) = &mut scale {
                    *places += 1;
                }
            }
            b'.' if scale.is_none() && i > 0 && i + 1 < digits.len() => scale = Some(0),
            _ => return None,
        }
    }
    if count == 0 || (negative && mantissa == 0) {
        return None;
    }
    let signed = if negative { -mantissa } else { mantissa };
    Decimal::try_from_i128_with_scale(signed, scale.unwrap_or(0)).ok()
}

/// Keeps error lines short when the offending text is huge.
fn shorten(text: &str) -> String {
    const LIMIT: usize = 40;
    if text.chars().count() <= LIMIT {
        text.to_owned()
    } else {
        let head: String = text.chars().take(LIMIT).collect();
        format!("{head}…")
    }
}

impl<'de> Deserialize<'de> for ExactDecimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ExactVisitor)
    }
}

struct ExactVisitor;

impl<'de> Visitor<'de> for ExactVisitor {
    type Value = ExactDecimal;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a decimal number (JSON number or string)")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<ExactDecimal, E> {
        parse_exact(text).map(ExactDecimal).map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<ExactDecimal, E> {
        Ok(ExactDecimal(Decimal::from(value)))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<ExactDecimal, E> {
        Ok(ExactDecimal(Decimal::from(value)))
    }

    /// With `arbitrary_precision`, serde_json hands numbers over as a one-entry
    /// map; `serde_json::Number` knows how to read it back as text.
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ExactDecimal, A::Error> {
        let number = serde_json::Number::deserialize(de::value::MapAccessDeserializer::new(map))?;
        self.visit_str(number.as_str())
    }
}

impl schemars::JsonSchema for ExactDecimal {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ExactDecimal".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A decimal number, as a JSON number or a string, read exactly as written.",
            "type": ["number", "string"],
            "pattern": "^-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"
        })
    }
}

/// Written as the JSON number it is, digit for digit (serde_json keeps a
/// number's text): `165000.00` stays `165000.00`.
impl serde::Serialize for ExactDecimal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0.to_string().parse::<serde_json::Number>() {
            Ok(number) => number.serialize(serializer),
            Err(err) => Err(serde::ser::Error::custom(err)),
        }
    }
}

impl FromStr for ExactDecimal {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        parse_exact(text).map(ExactDecimal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<Decimal, String> {
        serde_json::from_str::<ExactDecimal>(json)
            .map(|d| d.0)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn numbers_and_strings_read_exactly() {
        assert_eq!(
            read("98765432109876543.21").unwrap().to_string(),
            "98765432109876543.21"
        );
        assert_eq!(
            read("\"98765432109876543.21\"").unwrap().to_string(),
            "98765432109876543.21"
        );
        assert_eq!(read("0.1").unwrap().to_string(), "0.1");
        assert_eq!(read("12.5").unwrap().to_string(), "12.5");
        assert_eq!(read("-3").unwrap().to_string(), "-3");
        assert_eq!(read("1.5e3").unwrap().to_string(), "1500");
        assert_eq!(
            read("79228162514264337593543950335").unwrap().to_string(),
            "79228162514264337593543950335"
        );
    }

    #[test]
    fn what_cannot_be_held_exactly_is_refused() {
        for bad in [
            "1e400",
            "79228162514264337593543950336",
            "0.00000000000000000000000000000001",
            "\"12.5%\"",
            "\" 12\"",
            "\"\"",
            "\"180_000\"",
            "\"+180000\"",
            "\"1,000\"",
            "\".5\"",
            "\"5.\"",
            "\"0x10\"",
            "true",
            "[1]",
        ] {
            assert!(read(bad).is_err(), "{bad} was accepted");
        }
    }

    proptest::proptest! {
        /// The one-pass reading is `from_str_exact`'s, value and scale,
        /// wherever it answers; and it answers for plainly written amounts.
        #[test]
        fn plain_text_reads_as_from_str_exact(
            text in "-?[0-9]{1,30}(\\.[0-9]{1,30})?|-?0+(\\.0+)?|[0-9.\\-]{0,6}"
        ) {
            if let Some(fast) = plain(&text) {
                let general = Decimal::from_str_exact(&text).unwrap();
                proptest::prop_assert_eq!(fast, general);
                proptest::prop_assert_eq!(fast.scale(), general.scale());
                proptest::prop_assert_eq!(fast.is_sign_negative(), general.is_sign_negative());
            }
            // parse_exact as a whole is unchanged: the shape check, then
            // `from_str_exact`.
            let general = is_json_number(&text)
                .then(|| Decimal::from_str_exact(&text).ok())
                .flatten();
            proptest::prop_assert_eq!(parse_exact(&text).ok(), general);
        }
    }

    #[test]
    fn plain_amounts_take_the_one_pass_reading() {
        assert_eq!(plain("180000.00"), Some(Decimal::new(18_000_000, 2)));
        assert_eq!(plain("-12.5"), Some(Decimal::new(-125, 1)));
        assert_eq!(plain("0"), Some(Decimal::ZERO));
        assert_eq!(
            plain("9999999999999999999999999999"),
            Some(Decimal::from_i128_with_scale(
                9_999_999_999_999_999_999_999_999_999,
                0
            ))
        );
        for general in [
            "-0",
            "-0.00",
            "1e5",
            "99999999999999999999999999999",
            ".5",
            "5.",
            "1.2.3",
            "",
        ] {
            assert_eq!(plain(general), None, "{general}");
        }
    }
}
