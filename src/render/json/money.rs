//! Money in JSON: a string with exactly the currency's decimals
//! (`"180000.00"`, `"25000000"` for yen), written from a stack buffer, so a
//! record of many figures allocates none.

use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use crate::money::Minor;

/// An amount shown in its currency's minor unit: rounded half away from
/// zero if it has more places (computed figures already are in the unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Money(pub Decimal, pub Minor);

/// The longest text: 39 digits of a `u128`, a sign, a point and a
/// leading zero.
const LONGEST: usize = 43;

impl Money {
    /// Appends the amount's text, without quotes, to `out`: only ASCII
    /// digits, `-` and `.` (the `batch` record writes it straight into its
    /// line).
    pub(super) fn write_into(self, out: &mut Vec<u8>) {
        self.write(out);
    }

    /// The amount's text, without quotes, on the stack.
    pub(super) fn digits(self) -> Digits {
        let mut digits = Digits {
            text: [0; LONGEST],
            len: 0,
        };
        self.write(&mut digits);
        digits
    }

    fn write(self, out: &mut impl Sink) {
        let Money(amount, minor) = self;
        let places = minor.places();
        // Computed figures are already in the unit; only a finer amount
        // needs rounding (and a rescale, the costlier step).
        let amount = if amount.scale() > places {
            minor.round(amount)
        } else {
            amount
        };
        // Its scale is now at most `places` (rounding leaves exactly
        // `places`), so this is the amount in minor units, exactly: a
        // mantissa below 2^96 times at most 10^2 fits 128 bits.
        let units = amount.mantissa().unsigned_abs() * 10u128.pow(places - amount.scale());
        let mut number = itoa::Buffer::new();
        // 128-bit formatting is a library division; nearly every amount
        // fits 64 bits.
        let written = match u64::try_from(units) {
            Ok(units) => number.format(units),
            Err(_) => number.format(units),
        }
        .as_bytes();
        if amount.is_sign_negative() && units != 0 {
            out.put(b"-");
        }
        let places = places as usize;
        let whole = written.len().saturating_sub(places);
        out.put(if whole == 0 { b"0" } else { &written[..whole] });
        if places > 0 {
            out.put(b".");
            let fraction = &written[whole..];
            for _ in fraction.len()..places {
                out.put(b"0");
            }
            out.put(fraction);
        }
    }
}

/// Where an amount's text goes: a record's line, or a stack buffer.
trait Sink {
    fn put(&mut self, bytes: &[u8]);
}

impl Sink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// An amount's text on the stack, so serialising many figures allocates none.
pub(super) struct Digits {
    text: [u8; LONGEST],
    len: usize,
}

impl Sink for Digits {
    fn put(&mut self, bytes: &[u8]) {
        self.text[self.len..self.len + bytes.len()].copy_from_slice(bytes);
        self.len += bytes.len();
    }
}

impl Digits {
    pub(super) fn as_bytes(&self) -> &[u8] {
        &self.text[..self.len]
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let digits = self.digits();
        // Only ASCII digits, `-` and `.` were written.
        let text = std::str::from_utf8(digits.as_bytes()).map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(text)
    }
}

impl schemars::JsonSchema for Money {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Money".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "Money as text, with exactly the decimal places of the offer's currency: two (cents) for most, none for JPY and KRW.",
            "pattern": "^-?[0-9]+(\\.[0-9]{2})?$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn two_places_always_and_the_longest_fits() {
        let text = |d| serde_json::to_string(&Money(d, Minor::CENT)).unwrap();
        assert_eq!(text(dec!(180000.00)), r#""180000.00""#);
        assert_eq!(text(dec!(5)), r#""5.00""#);
        assert_eq!(text(dec!(0.005)), r#""0.01""#);
        assert_eq!(text(dec!(-1234.5)), r#""-1234.50""#);
        assert_eq!(text(dec!(0)), r#""0.00""#);
        assert_eq!(text(dec!(-0.00)), r#""0.00""#);
        assert_eq!(text(dec!(0.07)), r#""0.07""#);
        assert_eq!(text(dec!(-0.5)), r#""-0.50""#);
        assert_eq!(text(dec!(10.10)), r#""10.10""#);
        // Every amount reads as the shared text form.
        for cents in [-100_001i64, -99, -1, 1, 9, 10, 99, 100, 101, 123_456_789] {
            let amount = Decimal::new(cents, 2);
            assert_eq!(
                text(amount),
                format!("\"{}\"", crate::money::amount_string(amount, "USD"))
            );
        }
        assert_eq!(
            text(Decimal::MAX.round_dp(0) / dec!(100) - dec!(1)),
            format!(
                "\"{}\"",
                crate::money::amount_string(Decimal::MAX.round_dp(0) / dec!(100) - dec!(1), "USD")
            )
        );
    }

    #[test]
    fn whole_units_have_no_point() {
        let text = |d| serde_json::to_string(&Money(d, Minor::WHOLE)).unwrap();
        assert_eq!(text(dec!(25000000)), r#""25000000""#);
        assert_eq!(text(dec!(0)), r#""0""#);
        assert_eq!(text(dec!(-7)), r#""-7""#);
        assert_eq!(text(dec!(2.5)), r#""3""#);
        assert_eq!(text(dec!(-2.5)), r#""-3""#);
        assert_eq!(text(dec!(10)), r#""10""#);
        for units in [-100_001i64, -99, -1, 1, 9, 10, 99, 100, 101, 123_456_789] {
            let amount = Decimal::from(units);
            assert_eq!(
                text(amount),
                format!("\"{}\"", crate::money::amount_string(amount, "JPY"))
            );
        }
    }
}
