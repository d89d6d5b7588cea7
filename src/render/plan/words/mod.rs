//! The plan in words. Everything meant to be said or sent (the talk track,
//! the email, the ladder, the trades, the replies to pushback, the non-cash
//! asks) reads as a person would say it: money in whole units, percentages
//! to a tenth of a point, no benchmark ids, no percentile codes, nothing
//! about "your target". Reasons and evidence for the user go to the notes.

mod advice;
mod notes;
mod say;

pub use advice::{NonCash, Pushback, non_cash, pushbacks};
pub use notes::{ask_note, milestone, notes, raise_words, warning};
pub use say::{Email, Say, alternative, email, ladder, say, trade, walk_away};

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::questions::OptionsQuestions;
use crate::domain::money::display_whole;
use crate::plan::{Component, Plan, Situation, spoken_pct};

/// How the plan's figures are said.
pub struct Voice<'a> {
    pub plan: &'a Plan,
    /// What to ask about the offer's options, and the non-cash asks.
    pub options: OptionsQuestions,
}

impl Voice<'_> {
    pub fn money(&self, amount: Decimal) -> String {
        display_whole(amount, &self.plan.currency)
    }

    pub fn pct(&self, pct: Decimal) -> String {
        format!("{}%", spoken_pct(pct))
    }

    pub fn promotion(&self) -> bool {
        self.plan.situation == Situation::Promotion
    }

    /// `$12M in value to the business`.
    pub fn forecast(&self) -> String {
        format!(
            "{} {}",
            short(self.plan.impact.unwrap_or_default(), &self.plan.currency),
            self.plan.impact_desc
        )
    }

    /// Whether the words may speak of market data: a real (not illustrative)
    /// benchmark applies, the offer sits below its target, and every asked
    /// component is at or below the data's highest point.
    pub fn market_backed(&self) -> bool {
        self.plan.benchmark.as_ref().is_some_and(|b| !b.built_in)
            && !self.plan.asks.is_empty()
            && self.plan.sizing.position == crate::plan::Position::BelowTarget
            && self
                .plan
                .asks
                .iter()
                .all(|a| a.market.as_ref().is_none_or(|m| m.within_data))
    }

    /// The offer is at or above the market's target: the words acknowledge it.
    pub fn strong_offer(&self) -> bool {
        matches!(
            self.plan.sizing.position,
            crate::plan::Position::AtOrAboveTarget | crate::plan::Position::AboveTop
        )
    }

    /// The offer pays stock: grants and refreshers may be spoken of.
    pub fn has_equity(&self) -> bool {
        self.plan
            .offer_projection
            .rows
            .iter()
            .any(|r| r.equity > Decimal::ZERO)
            || self
                .plan
                .asks
                .iter()
                .any(|a| a.component == Component::Equity)
    }

    /// The offer has a sign-on, or the plan asks for one.
    pub fn has_sign_on(&self) -> bool {
        self.plan.offered_sign_on.iter().any(|s| !s.is_zero())
            || self
                .plan
                .asks
                .iter()
                .any(|a| a.component == Component::SignOn)
    }

    /// Pounds and euros say "joining bonus" and "annual leave".
    pub fn british(&self) -> bool {
        matches!(self.plan.currency.as_str(), "GBP" | "EUR")
    }

    /// `sign-on bonus`, or `joining bonus` where that is what it is called.
    pub fn sign_on_name(&self) -> &'static str {
        if self.british() {
            "joining bonus"
        } else {
            "sign-on bonus"
        }
    }

    /// A component's name as said.
    pub fn name(&self, component: Component) -> &'static str {
        match component {
            Component::SignOn => self.sign_on_name(),
            Component::Equity if self.promotion() => "promotion equity grant",
            other => component_name(other),
        }
    }

    /// The figure of `component` as said: `$197,600`, `16.5%`.
    pub fn figure(&self, component: Component, value: Decimal) -> String {
        match component {
            Component::BonusPct if !self.plan.bonus_as_amount => self.pct(value),
            _ => self.money(value),
        }
    }

    /// `a base salary of $197,600`, `a sign-on bonus of $15,210 in the first year`.
    pub fn asking(
        &self,
        component: Component,
        year: Option<u32>,
        value: Decimal,
        top: Option<Decimal>,
    ) -> String {
        let figure = match top {
            Some(top) if top > value => format!("{} to {}", self.money(value), self.money(top)),
            _ => self.figure(component, value),
        };
        match component {
            Component::Base => format!("a base salary of {figure}"),
            Component::BonusPct => format!("a target bonus of {figure}"),
            Component::Equity if self.promotion() => {
                format!("a promotion equity grant of {figure}")
            }
            Component::Equity => format!("an equity grant of {figure}"),
            Component::SignOn if year.unwrap_or(1) == 1 => {
                format!("a {} of {figure}", self.sign_on_name())
            }
            Component::SignOn => format!(
                "a {} of {figure} {}",
                self.sign_on_name(),
                in_year(year.unwrap_or(1))
            ),
        }
    }
}

/// `Sign-on bonus` or `Joining bonus`, as a label.
pub fn capitalised_sign_on(voice: &Voice) -> String {
    crate::render::labels::capitalised(voice.sign_on_name())
}

/// `base salary`, `target bonus`, `equity grant`, `sign-on bonus`.
pub fn component_name(component: Component) -> &'static str {
    match component {
        Component::Base => "base salary",
        Component::BonusPct => "target bonus",
        Component::Equity => "equity grant",
        Component::SignOn => "sign-on bonus",
    }
}

/// `in the first year`, `in the second year`, `in year 3`.
pub fn in_year(year: u32) -> String {
    match year {
        1 => "in the first year".to_owned(),
        2 => "in the second year".to_owned(),
        n => format!("in year {n}"),
    }
}

/// `Thursday 7 January`.
pub fn day(date: NaiveDate) -> String {
    format!("{} {} {}", date.format("%A"), date.day(), date.format("%B"))
}

/// `75th percentile`.
pub fn percentile(p: u8) -> String {
    let suffix = match (p % 10, p % 100) {
        (1, n) if n != 11 => "st",
        (2, n) if n != 12 => "nd",
        (3, n) if n != 13 => "rd",
        _ => "th",
    };
    format!("{p}{suffix} percentile")
}

/// `$12M`, `$12.5M`, `$750K` for round forecasts; whole units otherwise.
pub fn short(amount: Decimal, currency: &str) -> String {
    let million = Decimal::from(1_000_000);
    let thousand = Decimal::from(1_000);
    let tenth_of_million = Decimal::from(100_000);
    let symbol_free = display_whole(Decimal::ZERO, currency).replace('0', "");
    if amount >= million && (amount % tenth_of_million).is_zero() {
        format!("{symbol_free}{}M", (amount / million).normalize())
    } else if amount >= thousand && amount < million && (amount % thousand).is_zero() {
        format!("{symbol_free}{}K", (amount / thousand).normalize())
    } else {
        display_whole(amount, currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn round_forecasts_read_short() {
        assert_eq!(short(dec!(12000000), "USD"), "$12M");
        assert_eq!(short(dec!(12500000), "USD"), "$12.5M");
        assert_eq!(short(dec!(750000), "USD"), "$750K");
        assert_eq!(short(dec!(1234567.89), "USD"), "$1,234,568");
        assert_eq!(short(dec!(3000000), "CHF"), "CHF 3M");
    }

    #[test]
    fn ordinals_read_as_spoken() {
        assert_eq!(percentile(75), "75th percentile");
        assert_eq!(percentile(1), "1st percentile");
        assert_eq!(percentile(11), "11th percentile");
        assert_eq!(percentile(22), "22nd percentile");
        assert_eq!(percentile(93), "93rd percentile");
    }
}
