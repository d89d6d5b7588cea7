//! Money in JSON: a string with exactly two decimals (`"180000.00"`),
//! written from a stack buffer, so a record of many figures allocates none.

use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use crate::money::{CENT_DP, round_cents};

/// An amount shown to the cent: rounded half away from zero if it has more
/// places (computed figures already are in cents).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cents(pub Decimal);

/// The longest text: 39 digits of an `i128`, a sign and a point.
const LONGEST: usize = 42;

impl Serialize for Cents {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let amount = if self.0.scale() == CENT_DP {
            self.0
        } else {
            round_cents(self.0)
        };
        // In cents the amount is an integer: write its digits from the
        // right, the point before the last two (Decimal's own Display is a
        // tenth of a batch run).
        let mut text = [0u8; LONGEST];
        let mut at = LONGEST;
        let mut cents = amount.mantissa().unsigned_abs();
        let mut written = 0;
        while written < 3 || cents > 0 {
            if written == 2 {
                at -= 1;
                text[at] = b'.';
            }
            at -= 1;
            // A digit: below 10.
            text[at] = b'0' + (cents % 10) as u8;
            cents /= 10;
            written += 1;
        }
        if amount.is_sign_negative() && !amount.is_zero() {
            at -= 1;
            text[at] = b'-';
        }
        // Only ASCII digits, `-` and `.` were written.
        let text = std::str::from_utf8(&text[at..]).map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(text)
    }
}

impl schemars::JsonSchema for Cents {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Cents".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "Money: a decimal with exactly two places, as text.",
            "pattern": "^-?[0-9]+\\.[0-9]{2}$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn two_places_always_and_the_longest_fits() {
        let text = |d| serde_json::to_string(&Cents(d)).unwrap();
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
                format!("\"{}\"", crate::money::cents_string(amount))
            );
        }
        assert_eq!(
            text(Decimal::MAX.round_dp(0) / dec!(100) - dec!(1)),
            format!(
                "\"{}\"",
                crate::money::cents_string(Decimal::MAX.round_dp(0) / dec!(100) - dec!(1))
            )
        );
    }
}
