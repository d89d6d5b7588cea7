//! Money and percentages: the one rounding policy and the exact text forms.
//!
//! Every amount in the tool is a [`Decimal`]. Rounding happens only through
//! [`round_cents`], always half away from zero (`0.005` → `0.01`), never the
//! banker's rounding that `Decimal::round_dp` uses by default.

use rust_decimal::{Decimal, RoundingStrategy};

/// Decimal places of a money amount.
pub const CENT_DP: u32 = 2;

/// Rounds to whole cents, half away from zero.
pub fn round_cents(amount: Decimal) -> Decimal {
    // Most figures already are in cents: nothing to round (a hot path).
    if amount.scale() == CENT_DP {
        return amount;
    }
    let mut rounded =
        amount.round_dp_with_strategy(CENT_DP, RoundingStrategy::MidpointAwayFromZero);
    rounded.rescale(CENT_DP);
    rounded
}

/// Rounds to whole cents like [`round_cents`], or `None` if the amount is
/// too large to carry two decimal places (above about 7.9 × 10²⁶).
pub fn checked_cents(amount: Decimal) -> Option<Decimal> {
    let rounded = round_cents(amount);
    (rounded.scale() == CENT_DP).then_some(rounded)
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

/// Rounds a computed figure to cents like [`round_cents`], or `None` if it
/// lies beyond ±[`MAX_FIGURE`].
pub fn figure_cents(amount: Decimal) -> Option<Decimal> {
    (amount.abs() <= MAX_FIGURE).then(|| round_cents(amount))
}

/// Adds amounts in cents, or `None` if the sum cannot be held to the cent.
pub fn checked_sum(amounts: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    amounts
        .into_iter()
        .try_fold(Decimal::new(0, CENT_DP), |sum, amount| {
            sum.checked_add(amount)
        })
        .and_then(checked_cents)
}

/// Cuts an amount down to whole cents (toward zero); used by the
/// largest-remainder split, where the cut-off part is handed out afterwards.
pub fn floor_cents(amount: Decimal) -> Decimal {
    let mut cut = amount.round_dp_with_strategy(CENT_DP, RoundingStrategy::ToZero);
    cut.rescale(CENT_DP);
    cut
}

/// The exact text of an amount already in cents: always two decimals (`"180000.00"`).
pub fn cents_string(amount: Decimal) -> String {
    if amount.scale() == CENT_DP {
        return amount.to_string();
    }
    round_cents(amount).to_string()
}

/// An amount for people to read: thousands separators, two decimals,
/// a leading minus for negatives (`-1,234.50`).
pub fn grouped(amount: Decimal) -> String {
    let text = cents_string(amount);
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "00"));
    format!("{sign}{}.{fraction}", group_thousands(whole))
}

/// An amount with its currency for people to read: `$180,000.00`,
/// `€95,000.00`, `-$1,234.50`; codes without a well-known symbol lead
/// (`CHF 1,000.00`).
pub fn display(amount: Decimal, currency: &str) -> String {
    with_currency(amount, currency, grouped(amount.abs()))
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

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

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
            assert_eq!(round_cents(input).to_string(), expected, "{input}");
        }
    }

    #[test]
    fn amounts_too_large_for_cents_are_refused() {
        assert_eq!(checked_cents(dec!(1.005)), Some(dec!(1.01)));
        assert_eq!(checked_cents(Decimal::MAX), None);
        let largest = Decimal::from_i128_with_scale(i128::from(u64::MAX) << 32 | 0xffff_ffff, 2);
        assert_eq!(checked_cents(largest), Some(largest));
    }

    #[test]
    fn the_bounds_are_the_stated_powers_of_ten() {
        assert_eq!(MAX_INPUT, dec!(1_000_000_000_000_000));
        assert_eq!(MAX_FIGURE, dec!(100_000_000_000_000_000));
        assert_eq!(
            figure_cents(dec!(100_000_000_000_000_000)),
            Some(MAX_FIGURE.round_dp(2))
        );
        assert_eq!(figure_cents(dec!(100_000_000_000_000_000.01)), None);
        assert_eq!(figure_cents(dec!(-100_000_000_000_000_000.01)), None);
    }

    #[test]
    fn floor_cuts_toward_zero() {
        assert_eq!(floor_cents(dec!(1833.3333)).to_string(), "1833.33");
        assert_eq!(floor_cents(dec!(0.019)).to_string(), "0.01");
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
            assert_eq!(grouped(input), expected, "{input}");
        }
    }

    #[test]
    fn displays_with_the_currency() {
        assert_eq!(display(dec!(180000), "USD"), "$180,000.00");
        assert_eq!(display(dec!(95000), "EUR"), "€95,000.00");
        assert_eq!(display(dec!(-1234.5), "USD"), "-$1,234.50");
        assert_eq!(display(dec!(1000), "CHF"), "CHF 1,000.00");
    }

    #[test]
    fn percentages_drop_trailing_zeros() {
        assert_eq!(percent_string(dec!(12.500000)), "12.5%");
        assert_eq!(percent_string(dec!(10)), "10%");
    }
}
