//! Money in JSON: a string with exactly the currency's decimals
//! (`"180000.00"`, `"25000000"` for yen). A `batch` record writes each
//! figure in place in its line; serde gets it from a stack buffer. Neither
//! allocates.

use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use crate::domain::money::Minor;

/// An amount shown in its currency's minor unit: rounded half away from
/// zero if it has more places (computed figures already are in the unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Money(pub Decimal, pub Minor);

impl Money {
    /// Appends the amount's text, without quotes, to `out`: only ASCII
    /// digits, `-` and `.` (the `batch` record writes it straight into its
    /// line).
    pub(super) fn write_into(self, out: &mut Vec<u8>) {
        let Money(amount, minor) = self;
        let places = minor.places();
        // The common case, a figure in cents or whole units below 10^16
        // units, is written in place; anything else as its digits.
        if amount.scale() == places && (places == 0 || places == 2) {
            let units = amount.mantissa();
            if units.unsigned_abs() < 10u128.pow(16) {
                // Below 10^16 it fits 64 bits.
                let magnitude = units.unsigned_abs() as u64;
                write_in_place(out, magnitude, places, units < 0);
                return;
            }
        }
        out.extend_from_slice(self.digits().as_bytes());
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

/// Appends the text of `units` (below 10^16) with `places` (0 or 2)
/// decimals to `out`, written where it stays: the line grows by a window of
/// zeros and the digits are stored over it eight at a time, from a
/// register. Text built in a buffer and copied was read back wide right
/// after being stored a byte or two at a time, a stall that took half of
/// the digits' time.
fn write_in_place(out: &mut Vec<u8>, units: u64, places: u32, negative: bool) {
    const EIGHT: u64 = 100_000_000;
    let (whole, fraction) = if places == 2 {
        (units / 100, Some(units % 100))
    } else {
        (units, None)
    };
    let before = out.len();
    out.extend_from_slice(&[0; WINDOW]);
    let line = &mut out[before..before + WINDOW];
    // The sign is stored either way; without one, the digits overwrite it.
    let mut at = usize::from(negative);
    line[0] = b'-';
    if whole >= EIGHT {
        // Below 10^16, so the first part has at most eight digits too.
        at = put_without_leading_zeros(line, at, whole / EIGHT);
        line[at..at + 8].copy_from_slice(&eight_digits(whole % EIGHT).to_le_bytes());
        at += 8;
    } else {
        at = put_without_leading_zeros(line, at, whole);
    }
    if let Some(fraction) = fraction {
        // Two digits, from the table of pairs.
        let pair = 2 * fraction as usize;
        line[at] = b'.';
        line[at + 1..at + 3].copy_from_slice(&PAIRS[pair..pair + 2]);
        at += 3;
    }
    out.truncate(before + at);
}

/// Stores `n` (below 10^8) at `at` without leading zeros (`0` as one
/// digit), and returns where it ends. The eight bytes stored past the
/// digits are zeros or digits to be written over.
fn put_without_leading_zeros(line: &mut [u8], at: usize, n: u64) -> usize {
    let values = digit_values(n);
    // The leading zeros are the low bytes, zero before the ASCII offset:
    // count them (at least one digit stays, for `0`) and shift them out.
    let digits = (8 - (values.trailing_zeros() / 8) as usize).max(1);
    let text = (values + ASCII_ZEROS) >> (8 * (8 - digits));
    line[at..at + 8].copy_from_slice(&text.to_le_bytes());
    at + digits
}

/// The eight decimal digits of `n` (below 10^8), leading zeros included,
/// as ASCII in the bytes of a little-endian `u64` (the first digit in the
/// lowest byte).
fn eight_digits(n: u64) -> u64 {
    digit_values(n) + ASCII_ZEROS
}

/// `'0'` in every byte.
const ASCII_ZEROS: u64 = 0x3030_3030_3030_3030;

/// [`eight_digits`] before the ASCII offset: each byte a digit's value,
/// 0 to 9. Four, then two, then one digit per lane, each lane's division
/// by 10^k done as a multiplication and a shift that is exact in that
/// range.
fn digit_values(n: u64) -> u64 {
    // Lanes of 32 bits: the first four digits, then the last four.
    let v = (n / 10_000) | ((n % 10_000) << 32);
    // Lanes of 16 bits: x / 100 is (x × 10,486) >> 20 for x below 10^4.
    let hundreds = ((v * 10_486) >> 20) & 0x0000_007F_0000_007F;
    let v = hundreds | ((v - hundreds * 100) << 16);
    // Lanes of 8 bits: x / 10 is (x × 103) >> 10 for x below 100.
    let tens = ((v * 103) >> 10) & 0x000F_000F_000F_000F;
    tens | ((v - tens * 10) << 8)
}

/// The longest text: 39 digits of a `u128` (four places among them at
/// most), a point and a sign.
const LONGEST: usize = 41;
/// Bytes a line grows by before a figure is written in place: more than
/// any text below 10^16 units.
const WINDOW: usize = 32;

/// `00` to `99`, two bytes each.
const PAIRS: &[u8; 200] = b"\
0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// An amount's text on the stack, so serialising many figures allocates
/// none: any amount, in any unit (what [`write_in_place`] does not cover).
pub(super) struct Digits {
    text: [u8; LONGEST],
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
            text: [0; LONGEST],
            start: LONGEST,
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
        &self.text[self.start..]
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
                format!("\"{}\"", crate::domain::money::amount_string(amount, "USD"))
            );
        }
        assert_eq!(
            text(Decimal::MAX.round_dp(0) / dec!(100) - dec!(1)),
            format!(
                "\"{}\"",
                crate::domain::money::amount_string(
                    Decimal::MAX.round_dp(0) / dec!(100) - dec!(1),
                    "USD"
                )
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
                format!("\"{}\"", crate::domain::money::amount_string(amount, "JPY"))
            );
        }
    }

    #[test]
    fn eight_digits_are_ascii_with_leading_zeros() {
        let text = |n| String::from_utf8(eight_digits(n).to_le_bytes().to_vec()).unwrap();
        assert_eq!(text(0), "00000000");
        assert_eq!(text(12_345_678), "12345678");
        assert_eq!(text(99_999_999), "99999999");
        assert_eq!(text(10_000_001), "10000001");
        assert_eq!(text(907), "00000907");
        // Every value of a sweep through the range.
        for n in (0..100_000_000u64).step_by(9_973) {
            assert_eq!(text(n), format!("{n:08}"));
        }
    }

    #[test]
    fn written_in_place_or_on_the_stack_it_is_the_shared_text() {
        let mut amounts = vec![0i64, 1, -1, 9, 10, 99, 100, 101, 999_999, 100_000_000];
        amounts.extend([
            99_999_999,
            100_000_001,
            9_999_999_999_999_999,
            -9_999_999_999_999_999,
        ]);
        // A pseudo-random walk across magnitudes.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let magnitude = x % 10u64.pow((x % 17) as u32);
            let signed = magnitude as i64;
            amounts.push(if x & 1 == 0 { signed } else { -signed });
        }
        for units in amounts {
            for (minor, amount) in [
                (Minor::CENT, Decimal::new(units, 2)),
                (Minor::WHOLE, Decimal::new(units, 0)),
            ] {
                let mut line = b"{".to_vec();
                Money(amount, minor).write_into(&mut line);
                let currency = if minor == Minor::CENT { "USD" } else { "JPY" };
                let expected = crate::domain::money::amount_string(amount, currency);
                assert_eq!(&line[1..], expected.as_bytes(), "{amount}");
                assert_eq!(
                    Money(amount, minor).digits().as_bytes(),
                    expected.as_bytes()
                );
            }
        }
    }

    #[test]
    fn past_the_in_place_range_a_line_gets_the_stack_text() {
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
        // 2^96 − 1 in cents with a sign: past 64 bits, 33 bytes.
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
