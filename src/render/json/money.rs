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

impl Money {
    /// Appends the amount's text, without quotes, to `out`: only ASCII
    /// digits, `-` and `.` (the `batch` record writes it straight into its
    /// line).
    pub(super) fn write_into(self, out: &mut Vec<u8>) {
        self.digits().append_to(out);
    }

    /// The amount's text, without quotes, on the stack.
    pub(super) fn digits(self) -> Digits {
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
        // mantissa below 2^96 times at most 10^4 fits 128 bits.
        let units = amount.mantissa().unsigned_abs() * 10u128.pow(places - amount.scale());
        let negative = amount.is_sign_negative() && units != 0;
        // Every figure fits 64 bits (10^17 units with two places is 10^19);
        // only long running totals need 128 bits, whose division is a
        // library call.
        match u64::try_from(units) {
            Ok(units) => Digits::of(units, places, negative),
            Err(_) => Digits::of(units, places, negative),
        }
    }
}

/// Where the text ends in [`Digits`]' buffer: room before it for the
/// longest (39 digits of a `u128`, four places, a point, a leading zero and
/// a sign), and a window of [`WINDOW`] bytes from any start.
const END: usize = 48;
/// Bytes copied at once: as long as any text of a 64-bit amount.
const WINDOW: usize = 32;

/// `00` to `99`, two bytes each.
const PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// An amount's text on the stack, so serialising many figures allocates
/// none. A record copies it into its line as one fixed-size window: a
/// known length is a few moves, where a short copy of unknown length is
/// a call (measured: 5 % of batch's time).
pub(super) struct Digits {
    text: [u8; END + WINDOW],
    start: usize,
}

impl Digits {
    /// `units` minor units as text with `places` decimals (at most four,
    /// as ISO 4217 has), written from the right two digits at a time.
    fn of<N>(mut units: N, places: u32, negative: bool) -> Digits
    where
        N: Copy + PartialOrd + From<u8> + std::ops::Div<Output = N> + std::ops::Rem<Output = N>,
        usize: TryFrom<N>,
    {
        let (ten, hundred) = (N::from(10), N::from(100));
        // A remainder of a division by a hundred fits any integer.
        let small = |n: N| usize::try_from(n).unwrap_or(0);
        let mut digits = Digits {
            text: [b'0'; END + WINDOW],
            start: END,
        };
        if places > 0 {
            for _ in 0..places / 2 {
                digits.pair(small(units % hundred));
                units = units / hundred;
            }
            if places % 2 == 1 {
                digits.push(b'0' + small(units % ten) as u8);
                units = units / ten;
            }
            digits.push(b'.');
        }
        while units >= hundred {
            digits.pair(small(units % hundred));
            units = units / hundred;
        }
        if units >= ten {
            digits.pair(small(units));
        } else {
            digits.push(b'0' + small(units) as u8);
        }
        if negative {
            digits.push(b'-');
        }
        digits
    }

    fn pair(&mut self, pair: usize) {
        self.start -= 2;
        self.text[self.start..self.start + 2].copy_from_slice(&PAIRS[2 * pair..2 * pair + 2]);
    }

    fn push(&mut self, byte: u8) {
        self.start -= 1;
        self.text[self.start] = byte;
    }

    pub(super) fn as_bytes(&self) -> &[u8] {
        &self.text[self.start..END]
    }

    /// Appends the text to `out`.
    fn append_to(&self, out: &mut Vec<u8>) {
        let len = END - self.start;
        if len > WINDOW {
            out.extend_from_slice(self.as_bytes());
            return;
        }
        let before = out.len();
        out.extend_from_slice(&self.text[self.start..self.start + WINDOW]);
        out.truncate(before + len);
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

    #[test]
    fn a_line_gets_the_same_text_in_and_past_the_window() {
        let appended = |amount: Decimal, minor: Minor| {
            let mut line = b"x".to_vec();
            Money(amount, minor).write_into(&mut line);
            String::from_utf8(line).unwrap()
        };
        let largest = Decimal::MAX.round_dp(0);
        for amount in [
            dec!(1.5),
            dec!(-0.01),
            largest,
            -largest,
            dec!(18446744073709551.61),
        ] {
            for minor in [Minor::CENT, Minor::WHOLE] {
                let text = Money(amount, minor).digits();
                let text = std::str::from_utf8(text.as_bytes()).unwrap();
                assert_eq!(appended(amount, minor), format!("x{text}"));
                // `Decimal` writes the unit's places where its 96 bits hold them.
                let rounded = minor.round(amount);
                if rounded.scale() == minor.places() {
                    assert_eq!(text, rounded.to_string());
                }
            }
        }
        // 2^96 − 1 in cents with a sign: 33 bytes, past the window.
        assert_eq!(
            appended(-largest, Minor::CENT),
            "x-79228162514264337593543950335.00"
        );
        // Three places (the dinar's), rounded half away from zero.
        let fils = Minor::listed("BHD").unwrap();
        assert_eq!(appended(dec!(1.2345), fils), "x1.235");
        assert_eq!(appended(dec!(0.0005), fils), "x0.001");
    }
}
