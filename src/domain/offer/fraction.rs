//! Percentages that look like fractions: `"bonus_target_pct": 0.15` is read
//! as 0.15 %, a $277.50 bonus on $185,000, when 15 % was almost surely
//! meant. Such a figure is not refused (a 0.5 % raise is real), but the
//! commands that read offers warn about it on standard error.
//!
//! The rule: a percentage above 0 and below 1 is suspect when another field
//! of the same offer suggests a fraction was meant. For the bonus, the base
//! does: a target bonus under 1 % of base is not a bonus anyone writes down
//! (one that small can be written as a `bonus_target` amount). For the raise
//! and the stock growth, another percentage of the offer below 1 does: two
//! such figures read as one habit of writing fractions.

use rust_decimal::Decimal;

use super::Offer;
use crate::domain::money::{Minor, display};

/// One percentage that looks like a fraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuspectFraction {
    /// The offer file's field.
    pub field: &'static str,
    pub value: Decimal,
    /// Why it looks like a fraction and what to write instead.
    pub reason: String,
}

/// Whether `pct` lies strictly between −1 and 1 and is not zero.
fn below_one(pct: Decimal) -> bool {
    !pct.is_zero() && pct.abs() < Decimal::ONE
}

/// The offer's percentages that look like fractions, in field order.
pub fn suspect_fractions(offer: &Offer) -> Vec<SuspectFraction> {
    let bonus_pct = offer
        .bonus_amount
        .is_none()
        .then_some(offer.bonus_target_pct);
    let percentages = [
        ("annual_raise_pct", Some(offer.annual_raise_pct)),
        ("bonus_target_pct", bonus_pct),
        ("stock_growth_pct", Some(offer.stock_growth_pct)),
    ];
    let small: Vec<&'static str> = percentages
        .iter()
        .filter(|(_, pct)| pct.is_some_and(below_one))
        .map(|(field, _)| *field)
        .collect();
    let mut suspects = Vec::new();
    for (field, pct) in percentages {
        let Some(value) = pct.filter(|p| below_one(*p)) else {
            continue;
        };
        let meant = (value * Decimal::ONE_HUNDRED).normalize();
        let instead = format!("if {meant} % was meant, write {meant}");
        let reason = if field == "bonus_target_pct" {
            let minor = Minor::of(&offer.currency);
            let bonus = minor.round(offer.base_salary * value / Decimal::ONE_HUNDRED);
            format!(
                "{value} is read as {value} % of base, a bonus of {} in year 1; {instead}",
                display(bonus, &offer.currency)
            )
        } else if let Some(other) = small.iter().find(|f| **f != field) {
            format!(
                "{value} is read as {value} %, and `{other}` is below 1 too, as if percentages were written as fractions; {instead}"
            )
        } else {
            continue;
        };
        suspects.push(SuspectFraction {
            field,
            value,
            reason,
        });
    }
    suspects
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::offer::{Defaults, parse_offer};

    fn suspects(json: &str) -> Vec<(&'static str, String)> {
        let defaults = Defaults {
            as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
            years: None,
        };
        let offer = parse_offer(json.as_bytes(), &defaults).unwrap();
        suspect_fractions(&offer)
            .into_iter()
            .map(|s| (s.field, s.reason))
            .collect()
    }

    #[test]
    fn a_bonus_below_one_percent_is_suspect_on_its_own() {
        assert_eq!(
            suspects(r#"{"name": "A", "base_salary": 185000, "bonus_target_pct": 0.15}"#),
            [(
                "bonus_target_pct",
                "0.15 is read as 0.15 % of base, a bonus of $277.50 in year 1; if 15 % was meant, write 15"
                    .to_owned()
            )]
        );
        assert!(
            suspects(r#"{"name": "A", "base_salary": 185000, "bonus_target_pct": 1}"#).is_empty()
        );
        assert!(
            suspects(r#"{"name": "A", "base_salary": 185000, "bonus_target_pct": 15}"#).is_empty()
        );
        assert!(
            suspects(r#"{"name": "A", "base_salary": 185000, "bonus_target": 0.5}"#).is_empty()
        );
    }

    #[test]
    fn a_small_raise_or_growth_is_suspect_only_beside_another() {
        assert!(suspects(r#"{"name": "A", "base_salary": 1, "annual_raise_pct": 0.5}"#).is_empty());
        assert!(
            suspects(r#"{"name": "A", "base_salary": 1, "stock_growth_pct": -0.5}"#).is_empty()
        );
        let both = suspects(
            r#"{"name": "A", "base_salary": 1, "annual_raise_pct": 0.03, "stock_growth_pct": 0.08}"#,
        );
        assert_eq!(
            both.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
            ["annual_raise_pct", "stock_growth_pct"]
        );
        assert_eq!(
            both[0].1,
            "0.03 is read as 0.03 %, and `stock_growth_pct` is below 1 too, as if percentages were written as fractions; if 3 % was meant, write 3"
        );
    }
}
