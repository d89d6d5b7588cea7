//! Money and percentages: the one rounding policy and the exact text forms.
//!
//! Every amount in the tool is a [`Decimal`]. Rounding happens only through
//! [`Minor`], to the currency's minor unit and always half away from zero
//! (`0.005` → `0.01`), never the banker's rounding that `Decimal::round_dp`
//! uses by default.

use rust_decimal::{Decimal, RoundingStrategy};

/// Decimal places of a money amount in a currency with cents.
pub const CENT_DP: u32 = 2;

/// A currency's minor unit: the decimal places its amounts carry (ISO 4217's
/// exponent: 2 for the cent, 0 for the yen). Every figure of an offer is
/// rounded to its currency's minor unit, never finer and never coarser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Minor(u32);

impl Minor {
    /// Hundredths: USD, EUR, GBP and most currencies.
    pub const CENT: Minor = Minor(CENT_DP);
    /// Whole units: JPY, KRW.
    pub const WHOLE: Minor = Minor(0);

    /// The minor unit of a currency code. Codes are checked where they are
    /// read (`offer::validate::currency_code` admits only two places or
    /// none), so every code that reaches a figure is in the list.
    pub fn of(currency: &str) -> Minor {
        match currency.as_bytes() {
            // The codes of the founding cases, without the table lookup.
            b"USD" | b"EUR" | b"GBP" | b"CHF" | b"CAD" | b"INR" => Minor::CENT,
            _ => Minor::listed(currency).unwrap_or(Minor::CENT),
        }
    }

    /// The minor unit ISO 4217 gives a code, if it is a currency with one.
    pub fn listed(currency: &str) -> Option<Minor> {
        iso_currency::Currency::from_code(currency)?
            .exponent()
            .map(|places| Minor(u32::from(places)))
    }

    /// Decimal places of an amount in this unit.
    pub fn places(self) -> u32 {
        self.0
    }

    /// What people call the unit, for messages ("held to the cent").
    pub fn name(self) -> &'static str {
        match self.0 {
            0 => "whole unit",
            2 => "cent",
            _ => "minor unit",
        }
    }

    /// Zero, written in this unit (`0.00` or `0`).
    pub fn zero(self) -> Decimal {
        Decimal::new(0, self.0)
    }

    /// One minor unit: `0.01` or `1`.
    pub fn step(self) -> Decimal {
        Decimal::new(1, self.0)
    }

    /// Rounds to the unit, half away from zero.
    pub fn round(self, amount: Decimal) -> Decimal {
        // Most figures already are in the unit: nothing to round (a hot path).
        if amount.scale() == self.0 {
            return amount;
        }
        let mut rounded =
            amount.round_dp_with_strategy(self.0, RoundingStrategy::MidpointAwayFromZero);
        rounded.rescale(self.0);
        rounded
    }

    /// Rounds like [`Minor::round`], or `None` if the amount is too large
    /// to carry the unit's places (above about 7.9 × 10²⁶ for cents).
    pub fn checked(self, amount: Decimal) -> Option<Decimal> {
        let rounded = self.round(amount);
        (rounded.scale() == self.0).then_some(rounded)
    }

    /// Rounds a computed figure like [`Minor::round`], or `None` if it lies
    /// beyond ±[`MAX_FIGURE`].
    pub fn figure(self, amount: Decimal) -> Option<Decimal> {
        (!exceeds(amount.abs(), MAX_FIGURE)).then(|| self.round(amount))
    }

    /// Adds amounts in the unit, or `None` if the sum cannot be held to it.
    pub fn sum(self, amounts: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
        amounts
            .into_iter()
            .try_fold(self.zero(), |sum, amount| sum.checked_add(amount))
            .and_then(|sum| self.checked(sum))
    }

    /// An amount as whole minor units (cents, yen), if it has no places
    /// finer than the unit; `None` otherwise (round it first).
    pub fn units(self, amount: Decimal) -> Option<i128> {
        let coarser = self.0.checked_sub(amount.scale())?;
        if coarser == 0 {
            // Already in the unit (every computed figure).
            return Some(amount.mantissa());
        }
        amount.mantissa().checked_mul(power_of_ten(coarser)?)
    }

    /// Whole minor units as an amount in the unit, or `None` past what a
    /// `Decimal` holds at the unit's places (the bound [`Minor::sum`] has).
    pub fn from_units(self, units: i128) -> Option<Decimal> {
        Decimal::try_from_i128_with_scale(units, self.0).ok()
    }

    /// [`MAX_FIGURE`] in minor units.
    pub fn most_units(self) -> i128 {
        // A unit has at most four places (ISO 4217): in the table.
        MAX_FIGURE.mantissa() * POWERS_OF_TEN[self.0 as usize]
    }

    /// Cuts an amount down to the unit (toward zero).
    pub fn floor(self, amount: Decimal) -> Decimal {
        let mut cut = amount.round_dp_with_strategy(self.0, RoundingStrategy::ToZero);
        cut.rescale(self.0);
        cut
    }

    /// The exact text of an amount in the unit (`"180000.00"`, `"25000000"`).
    pub fn text(self, amount: Decimal) -> String {
        self.round(amount).to_string()
    }
}

/// `numerator / denominator` rounded half away from zero, in integers;
/// `None` for a denominator that is not positive. The one rounding rule,
/// for figures computed as whole minor units.
pub fn divide_half_away(numerator: i128, denominator: i128) -> Option<i128> {
    if denominator <= 0 {
        return None;
    }
    let (quotient, remainder) = quotient_and_remainder(numerator, denominator);
    let away = remainder.abs() >= denominator - remainder.abs();
    Some(quotient + if away { numerator.signum() } else { 0 })
}

/// `numerator / denominator` and its remainder (the denominator not zero),
/// in 64 bits when both fit: nearly always, and one instruction where the
/// 128-bit division is a library call.
pub(crate) fn quotient_and_remainder(numerator: i128, denominator: i128) -> (i128, i128) {
    match (i64::try_from(numerator), i64::try_from(denominator)) {
        // i64::MIN / -1 would overflow; a denominator here is positive.
        (Ok(n), Ok(d)) if d > 0 => (i128::from(n / d), i128::from(n % d)),
        _ => (numerator / denominator, numerator % denominator),
    }
}

/// The largest amount an input may state: 10^15 units of any currency, far
/// above any real package (rial and dong included).
pub const MAX_INPUT: Decimal = Decimal::from_parts(2_764_472_320, 232_830, 0, false, 0);

/// The largest figure the tool computes (a year's base, bonus or equity after
/// raises, bonus multiples and growth): 10^17 units.
///
/// Why this bound: a figure in cents (≤ 10^19) times a percentage with six
/// places (≤ 10^9 millionths) stays below 2^96, so the bonus is computed
/// without any rounding inside `Decimal`; and a value computed through
/// 28-digit growth factors keeps ten digits below the cent, so its cent is the
/// exact cent (checked against a 60-digit reference in the tests). Beyond it
/// a figure is an error, never a rounded guess.
pub const MAX_FIGURE: Decimal = Decimal::from_parts(1_569_325_056, 23_283_064, 0, false, 0);

/// `10^n` for `n` up to 38, the largest an `i128` holds: the hot paths
/// take a power of ten per figure, and `pow` is a loop of 128-bit
/// multiplications.
const POWERS_OF_TEN: [i128; 39] = {
    let mut powers = [1i128; 39];
    let mut n = 1;
    while n < powers.len() {
        powers[n] = powers[n - 1] * 10;
        n += 1;
    }
    powers
};

/// `10^n`, or `None` past what an `i128` holds.
pub fn power_of_ten(n: u32) -> Option<i128> {
    POWERS_OF_TEN.get(n as usize).copied()
}

/// Whether `amount` is above `bound`, a whole number not negative (the
/// limits above, a percentage's range). An amount whose digits alone are
/// within the bound is within it whatever its scale, which answers nearly
/// every check without the rescaling a `Decimal` comparison does.
pub fn exceeds(amount: Decimal, bound: Decimal) -> bool {
    debug_assert!(bound.scale() == 0 && !bound.is_sign_negative());
    if amount.is_sign_negative() || amount.mantissa() <= bound.mantissa() {
        return false;
    }
    amount > bound
}

/// The exact text of an amount in its currency's minor unit: two decimals
/// for dollars (`"180000.00"`), none for yen (`"25000000"`).
pub fn amount_string(amount: Decimal, currency: &str) -> String {
    Minor::of(currency).text(amount)
}

/// An amount for people to read: thousands separators, the unit's
/// decimals, a leading minus for negatives (`-1,234.50`, `-1,234`).
pub fn grouped(amount: Decimal, minor: Minor) -> String {
    let text = minor.text(amount);
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    match digits.split_once('.') {
        Some((whole, fraction)) => format!("{sign}{}.{fraction}", group_thousands(whole)),
        None => format!("{sign}{}", group_thousands(digits)),
    }
}

/// An amount with its currency for people to read: `$180,000.00`,
/// `€95,000.00`, `-$1,234.50`, `¥25,000,000`; codes without a well-known
/// symbol lead (`CHF 1,000.00`).
pub fn display(amount: Decimal, currency: &str) -> String {
    with_currency(amount, currency, grouped(amount.abs(), Minor::of(currency)))
}

/// An amount as a person says it: whole units, half away from zero, grouped
/// as the currency's speakers group it (`$197,600`, `₹12,34,500`).
pub fn display_whole(amount: Decimal, currency: &str) -> String {
    let whole = amount
        .abs()
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
        .to_string();
    let digits = if currency == "INR" {
        indian_grouping(&whole)
    } else {
        group_thousands(&whole)
    };
    with_currency(amount, currency, digits)
}

fn group_thousands(whole: &str) -> String {
    let mut out = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The last three digits, then pairs: `12,34,567`.
fn indian_grouping(whole: &str) -> String {
    if whole.len() <= 3 {
        return whole.to_owned();
    }
    let (head, tail) = whole.split_at(whole.len() - 3);
    let mut out = String::with_capacity(whole.len() + whole.len() / 2);
    for (i, digit) in head.chars().enumerate() {
        if i > 0 && (head.len() - i) % 2 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out.push(',');
    out.push_str(tail);
    out
}

fn with_currency(amount: Decimal, currency: &str, digits: String) -> String {
    let symbol = match currency {
        "USD" => Some("$"),
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        "JPY" => Some("¥"),
        "INR" => Some("₹"),
        _ => None,
    };
    let sign = if amount.is_sign_negative() && !amount.is_zero() {
        "-"
    } else {
        ""
    };
    match symbol {
        Some(symbol) => format!("{sign}{symbol}{digits}"),
        None => format!("{sign}{currency} {digits}"),
    }
}

/// An axis label: whole units in thousands or millions with the currency's
/// symbol (`$300K`, `$1.2M`, `CHF 50K`, `$0`), for a chart read at a glance.
pub fn display_compact(units: i64, currency: &str) -> String {
    let magnitude = units.unsigned_abs();
    let digits = if magnitude >= 1_000_000 {
        let tenths = (magnitude + 50_000) / 100_000;
        if tenths.is_multiple_of(10) {
            format!("{}M", tenths / 10)
        } else {
            format!("{}.{}M", tenths / 10, tenths % 10)
        }
    } else if magnitude >= 1_000 {
        format!("{}K", (magnitude + 500) / 1_000)
    } else {
        magnitude.to_string()
    };
    with_currency(Decimal::from(units), currency, digits)
}

/// A percentage for people to read, without trailing zeros (`12.5%`).
pub fn percent_string(pct: Decimal) -> String {
    format!("{}%", pct.normalize())
}

/// The greatest common divisor (Euclid's algorithm); `gcd(0, 0)` is 0.
/// Rates and raises are kept as reduced integer fractions with it.
pub fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gcd_reduces_rates_and_raises() {
        // 1.27 against 1 on a scale of 100: 127/100 has no common factor.
        assert_eq!(gcd(127, 100), 1);
        // A cross rate 1.2 / 0.9 (120/90) reduces to 4/3.
        assert_eq!(gcd(120, 90), 30);
        assert_eq!(gcd(90, 120), 30);
        assert_eq!(gcd(0, 7), 7);
        assert_eq!(gcd(7, 0), 7);
        assert_eq!(gcd(0, 0), 0);
        assert_eq!(gcd(u128::MAX, u128::MAX - 1), 1);
    }
    use rust_decimal_macros::dec;

    #[test]
    fn powers_of_ten_are_pow_as_far_as_an_i128_goes() {
        for n in 0..=38 {
            assert_eq!(power_of_ten(n), Some(10i128.pow(n)), "10^{n}");
        }
        assert_eq!(power_of_ten(39), None);
        assert_eq!(10i128.checked_pow(39), None);
    }

    #[test]
    fn exceeds_is_the_comparison_at_every_scale_and_sign() {
        let bounds = [
            Decimal::ZERO,
            Decimal::ONE_HUNDRED,
            dec!(1000),
            MAX_INPUT,
            MAX_FIGURE,
        ];
        for bound in bounds {
            for mantissa in [0i64, 1, 99, 100, 101, 1000, 100_000, 100_001, i64::MAX] {
                for scale in [0, 1, 2, 6, 17, 28] {
                    for mantissa in [mantissa, -mantissa] {
                        let amount = Decimal::new(mantissa, scale);
                        assert_eq!(exceeds(amount, bound), amount > bound, "{amount} > {bound}");
                    }
                }
            }
            let just_above = bound + Decimal::new(1, 10);
            assert!(exceeds(just_above, bound), "{just_above}");
            assert!(!exceeds(bound, bound));
            assert!(!exceeds(-Decimal::ZERO, bound));
        }
    }

    #[test]
    fn axis_labels_are_compact() {
        assert_eq!(display_compact(0, "USD"), "$0");
        assert_eq!(display_compact(300_000, "USD"), "$300K");
        assert_eq!(display_compact(1_200_000, "USD"), "$1.2M");
        assert_eq!(display_compact(2_000_000, "EUR"), "€2M");
        assert_eq!(display_compact(50_000, "CHF"), "CHF 50K");
        assert_eq!(display_compact(999, "GBP"), "£999");
        assert_eq!(display_compact(-250_000, "USD"), "-$250K");
    }

    #[test]
    fn whole_units_are_grouped_as_people_say_them() {
        assert_eq!(display_whole(dec!(197600.00), "USD"), "$197,600");
        assert_eq!(display_whole(dec!(1234.50), "USD"), "$1,235");
        assert_eq!(display_whole(dec!(-999.49), "EUR"), "-€999");
        assert_eq!(display_whole(dec!(1234567), "INR"), "₹12,34,567");
        assert_eq!(display_whole(dec!(123), "INR"), "₹123");
        assert_eq!(display_whole(dec!(5000000), "CHF"), "CHF 5,000,000");
    }

    #[test]
    fn a_division_rounds_its_minor_units_half_away_from_zero() {
        // 1,000.00 / 3 = 333.333…; 1,000.01 / 2 = 500.005, up; and down
        // for a negative amount.
        assert_eq!(divide_half_away(100_000, 3), Some(33_333));
        assert_eq!(divide_half_away(100_001, 2), Some(50_001));
        assert_eq!(divide_half_away(-100_001, 2), Some(-50_001));
        assert_eq!(divide_half_away(2, 3), Some(1));
        assert_eq!(divide_half_away(1, 3), Some(0));
        // ¥13,304,615 / 2 = 6,652,307.5: up to the whole yen.
        assert_eq!(divide_half_away(13_304_615, 2), Some(6_652_308));
        assert_eq!(divide_half_away(500, 0), None);
        // Always what `Decimal` division rounded to the unit gives.
        for cents in [-100_003i64, -7, 0, 1, 2, 99_999, 123_456_789] {
            for count in 1..=40i64 {
                let amount = Decimal::new(cents, 2);
                assert_eq!(
                    divide_half_away(cents.into(), count.into())
                        .and_then(|units| Minor::CENT.from_units(units)),
                    Some(Minor::CENT.round(amount / Decimal::from(count))),
                    "{amount} / {count}"
                );
            }
        }
    }

    #[test]
    fn a_division_in_64_bits_is_the_division_in_128() {
        let big = i128::from(i64::MAX);
        let numerators = [
            0,
            1,
            -1,
            7,
            -7,
            big,
            -big,
            big + 1,
            -big - 1,
            -big - 2,
            i128::MAX,
        ];
        for numerator in numerators {
            for denominator in [1, 2, 3, 100, big, big + 1, i128::MAX] {
                assert_eq!(
                    quotient_and_remainder(numerator, denominator),
                    (numerator / denominator, numerator % denominator),
                    "{numerator} / {denominator}"
                );
            }
        }
    }

    #[test]
    fn amounts_in_the_unit_are_whole_minor_units() {
        assert_eq!(Minor::CENT.units(dec!(180000.00)), Some(18_000_000));
        assert_eq!(Minor::CENT.units(dec!(5)), Some(500));
        assert_eq!(Minor::CENT.units(dec!(0.005)), None);
        assert_eq!(Minor::WHOLE.units(dec!(25000000)), Some(25_000_000));
        assert_eq!(Minor::CENT.from_units(-150), Some(dec!(-1.50)));
        // Past a `Decimal`'s 96 bits.
        assert_eq!(Minor::CENT.from_units(1 << 96), None);
        assert_eq!(Minor::CENT.most_units(), 10i128.pow(19));
    }

    #[test]
    fn rounds_half_away_from_zero_not_to_even() {
        let cases = [
            (dec!(0.005), "0.01"),
            (dec!(0.015), "0.02"),
            (dec!(0.025), "0.03"),
            (dec!(-0.005), "-0.01"),
            (dec!(500.005), "500.01"),
            (dec!(500.0049999), "500.00"),
            (dec!(7), "7.00"),
        ];
        for (input, expected) in cases {
            assert_eq!(Minor::CENT.round(input).to_string(), expected, "{input}");
        }
    }

    #[test]
    fn amounts_too_large_for_cents_are_refused() {
        assert_eq!(Minor::CENT.checked(dec!(1.005)), Some(dec!(1.01)));
        assert_eq!(Minor::CENT.checked(Decimal::MAX), None);
        let largest = Decimal::from_i128_with_scale(i128::from(u64::MAX) << 32 | 0xffff_ffff, 2);
        assert_eq!(Minor::CENT.checked(largest), Some(largest));
    }

    #[test]
    fn the_bounds_are_the_stated_powers_of_ten() {
        assert_eq!(MAX_INPUT, dec!(1_000_000_000_000_000));
        assert_eq!(MAX_FIGURE, dec!(100_000_000_000_000_000));
        assert_eq!(
            Minor::CENT.figure(dec!(100_000_000_000_000_000)),
            Some(MAX_FIGURE.round_dp(2))
        );
        assert_eq!(Minor::CENT.figure(dec!(100_000_000_000_000_000.01)), None);
        assert_eq!(Minor::CENT.figure(dec!(-100_000_000_000_000_000.01)), None);
    }

    #[test]
    fn floor_cuts_toward_zero() {
        assert_eq!(Minor::CENT.floor(dec!(1833.3333)).to_string(), "1833.33");
        assert_eq!(Minor::CENT.floor(dec!(0.019)).to_string(), "0.01");
    }

    #[test]
    fn groups_thousands() {
        let cases = [
            (dec!(0), "0.00"),
            (dec!(999.5), "999.50"),
            (dec!(1000), "1,000.00"),
            (dec!(180000), "180,000.00"),
            (dec!(-1234567.891), "-1,234,567.89"),
            (dec!(98765432109876543.21), "98,765,432,109,876,543.21"),
        ];
        for (input, expected) in cases {
            assert_eq!(grouped(input, Minor::CENT), expected, "{input}");
        }
    }

    #[test]
    fn displays_with_the_currency() {
        assert_eq!(display(dec!(180000), "USD"), "$180,000.00");
        assert_eq!(display(dec!(95000), "EUR"), "€95,000.00");
        assert_eq!(display(dec!(-1234.5), "USD"), "-$1,234.50");
        assert_eq!(display(dec!(1000), "CHF"), "CHF 1,000.00");
        assert_eq!(display(dec!(25000000), "JPY"), "¥25,000,000");
        assert_eq!(display(dec!(-1234.5), "JPY"), "-¥1,235");
        assert_eq!(display(dec!(1500000), "KRW"), "KRW 1,500,000");
    }

    #[test]
    fn each_currency_rounds_to_its_own_minor_unit() {
        assert_eq!(Minor::of("USD"), Minor::CENT);
        assert_eq!(Minor::of("JPY"), Minor::WHOLE);
        assert_eq!(Minor::of("KRW"), Minor::WHOLE);
        assert_eq!(Minor::listed("KWD").map(Minor::places), Some(3));
        assert_eq!(Minor::listed("XAU"), None);
        assert_eq!(Minor::WHOLE.round(dec!(0.5)).to_string(), "1");
        assert_eq!(Minor::WHOLE.round(dec!(-2.5)).to_string(), "-3");
        assert_eq!(Minor::WHOLE.round(dec!(2.4999)).to_string(), "2");
        assert_eq!(Minor::WHOLE.floor(dec!(1833.99)).to_string(), "1833");
        assert_eq!(Minor::WHOLE.text(dec!(7.00)), "7");
        assert_eq!(
            Minor::WHOLE.sum([dec!(1), dec!(2)]).map(|s| s.to_string()),
            Some("3".into())
        );
        assert_eq!(Minor::WHOLE.step(), dec!(1));
        assert_eq!(amount_string(dec!(25000000), "JPY"), "25000000");
        assert_eq!(amount_string(dec!(25000000), "USD"), "25000000.00");
    }

    #[test]
    fn percentages_drop_trailing_zeros() {
        assert_eq!(percent_string(dec!(12.500000)), "12.5%");
        assert_eq!(percent_string(dec!(10)), "10%");
    }
}
