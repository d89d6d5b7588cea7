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

/// The longest text: 39 digits of an `i128`, a sign and a point.
const LONGEST: usize = 42;

impl Money {
    /// The amount's text, without quotes: only ASCII digits, `-` and `.`.
    pub(super) fn digits(self) -> Digits {
        let Money(amount, minor) = self;
        let amount = minor.round(amount);
        // In the minor unit the amount is an integer: write its digits from
        // the right, the point before the last `places` (Decimal's own
        // Display is a tenth of a batch run).
        let mut text = [0u8; LONGEST];
        let mut at = LONGEST;
        let magnitude = amount.mantissa().unsigned_abs();
        let places = minor.places();
        // Nearly every amount fits 64 bits, where dividing by ten is a
        // multiplication; 128-bit division is a library call.
        match u64::try_from(magnitude) {
            Ok(units) => write_digits(&mut text, &mut at, units, places),
            Err(_) => write_digits(&mut text, &mut at, magnitude, places),
        }
        if amount.is_sign_negative() && !amount.is_zero() {
            at -= 1;
            text[at] = b'-';
        }
        Digits { text, at }
    }
}

/// An amount's text on the stack, so a record of many figures allocates none.
pub(super) struct Digits {
    text: [u8; LONGEST],
    at: usize,
}

impl Digits {
    pub(super) fn as_bytes(&self) -> &[u8] {
        &self.text[self.at..]
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

/// Writes `units` right-aligned ending at `at`: at least one digit before
/// the point, the point before the last `places` digits (none for 0).
fn write_digits<T>(text: &mut [u8; LONGEST], at: &mut usize, mut units: T, places: u32)
where
    T: Copy + PartialEq + From<u8> + std::ops::Rem<Output = T> + std::ops::Div<Output = T>,
    u8: TryFrom<T>,
{
    let (zero, ten) = (T::from(0), T::from(10));
    let mut written = 0;
    while written <= places || units != zero {
        if places > 0 && written == places {
            *at -= 1;
            text[*at] = b'.';
        }
        *at -= 1;
        // A remainder of ten is below ten.
        text[*at] = b'0' + u8::try_from(units % ten).unwrap_or(0);
        units = units / ten;
        written += 1;
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
