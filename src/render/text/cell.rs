//! What a table holds before it is laid out: headers that may have a shorter
//! form, and cells that are either text or an amount of money, so that the
//! layout can tell a column of zeros and figures without cents.

use rust_decimal::Decimal;

use crate::domain::money::display;

/// A column's header, with the shorter form used when the table is tight.
#[derive(Debug, Clone)]
pub struct Header {
    pub full: String,
    pub short: Option<String>,
}

impl Header {
    /// `full`, shortened to `short` when the table does not fit.
    pub fn new(full: &str, short: &str) -> Header {
        Header {
            full: full.to_owned(),
            short: Some(short.to_owned()),
        }
    }
}

impl From<String> for Header {
    fn from(full: String) -> Header {
        Header { full, short: None }
    }
}

impl From<&str> for Header {
    fn from(full: &str) -> Header {
        Header::from(full.to_owned())
    }
}

/// One cell of a table.
#[derive(Debug, Clone)]
pub enum Cell {
    Text(String),
    /// An amount, shown with its currency (`$180,000.00`).
    Money {
        amount: Decimal,
        currency: String,
    },
}

impl Cell {
    pub fn money(amount: Decimal, currency: &str) -> Cell {
        Cell::Money {
            amount,
            currency: currency.to_owned(),
        }
    }

    /// The cell's text; `whole` leaves out the minor unit, which the caller
    /// asks only when every amount of the table is a whole number of units.
    pub fn text(&self, whole: bool) -> String {
        match self {
            Cell::Text(text) => text.clone(),
            Cell::Money { amount, currency } => {
                let shown = display(*amount, currency);
                match (whole, shown.rsplit_once('.')) {
                    (true, Some((units, minor))) if minor.bytes().all(|b| b == b'0') => {
                        units.to_owned()
                    }
                    _ => shown,
                }
            }
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, Cell::Money { amount, .. } if amount.is_zero())
    }

    /// Whether the cell holds no fraction of a unit (text always does).
    pub fn is_whole(&self) -> bool {
        match self {
            Cell::Text(_) => true,
            Cell::Money { amount, .. } => amount.fract().is_zero(),
        }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell::Text(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn whole_amounts_lose_only_zero_cents() {
        assert_eq!(Cell::money(dec!(170000), "USD").text(true), "$170,000");
        assert_eq!(Cell::money(dec!(170000), "USD").text(false), "$170,000.00");
        assert_eq!(Cell::money(dec!(-5.10), "USD").text(true), "-$5.10");
        assert_eq!(Cell::money(dec!(25000000), "JPY").text(true), "¥25,000,000");
        assert!(Cell::money(dec!(0.00), "USD").is_zero());
        assert!(!Cell::money(dec!(0.01), "USD").is_whole());
        assert!(!Cell::from("$0.00").is_zero());
    }
}
