//! The plan as data: what `--format json` prints and what templates see.
//! Money is a string with two decimals, with a `_display` twin for reading.

use rust_decimal::Decimal;
use serde::Serialize;

use super::ask::{Ask, Component};
use super::timeline::{HARD_LIMIT_DAYS, Milestone};
use super::{Plan, ladder::Step};
use crate::money::{cents_string, display};

#[derive(Debug, Serialize)]
pub struct PlanView {
    pub offer: String,
    pub currency: String,
    pub horizon_years: u32,
    pub impact: String,
    pub impact_display: String,
    /// `$12M` where the forecast is a round number of millions or tenths of one.
    pub impact_short: String,
    pub impact_desc: String,
    pub target: String,
    pub benchmark: Option<BenchmarkView>,
    pub asks: Vec<AskView>,
    pub worth: WorthView,
    pub ladder: Vec<StepView>,
    pub walk_away: Option<SayView>,
    pub alternative: Option<SayView>,
    pub offer_date: String,
    pub offer_weekday: String,
    pub hard_limit_days: u64,
    pub timeline: Vec<Milestone>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct BenchmarkView {
    pub name: String,
    pub entry: String,
    pub source: String,
    pub built_in: bool,
}

#[derive(Debug, Serialize)]
pub struct AskView {
    pub component: Component,
    pub label: String,
    pub year: Option<u32>,
    pub offered: String,
    pub ask: String,
    pub range_top: Option<String>,
    pub offered_display: String,
    pub ask_display: String,
    pub extra_per_year: String,
    pub forecast_share_pct: String,
    pub position: Option<String>,
    pub target_value: Option<String>,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct WorthView {
    pub years: Vec<WorthYear>,
    pub offer_total: String,
    pub ask_total: String,
    pub difference: String,
    pub offer_total_display: String,
    pub ask_total_display: String,
    pub difference_display: String,
}

#[derive(Debug, Serialize)]
pub struct WorthYear {
    pub year: u32,
    pub offer: String,
    pub ask: String,
    pub difference: String,
    pub offer_display: String,
    pub ask_display: String,
    pub difference_display: String,
}

#[derive(Debug, Serialize)]
pub struct StepView {
    pub capped: Component,
    pub instead: Component,
    pub amount: String,
    pub horizon_total: String,
    pub say: String,
}

#[derive(Debug, Serialize)]
pub struct SayView {
    pub amount: String,
    pub say: String,
}

impl PlanView {
    pub fn new(plan: &Plan) -> PlanView {
        let money = |amount: Decimal| display(amount, &plan.currency);
        let worth_years = plan
            .offer_projection
            .rows
            .iter()
            .zip(&plan.ask_projection.rows)
            .map(|(o, a)| WorthYear {
                year: o.year,
                offer: cents_string(o.total),
                ask: cents_string(a.total),
                difference: cents_string(a.total - o.total),
                offer_display: money(o.total),
                ask_display: money(a.total),
                difference_display: money(a.total - o.total),
            })
            .collect();
        let offer_total = plan.offer_projection.summary.total;
        let ask_total = plan.ask_projection.summary.total;
        PlanView {
            offer: plan.offer_name.clone(),
            currency: plan.currency.clone(),
            horizon_years: plan.horizon_years,
            impact: cents_string(plan.impact),
            impact_display: money(plan.impact),
            impact_short: short(plan.impact, &plan.currency),
            impact_desc: plan.impact_desc.clone(),
            target: format!("p{}", plan.target),
            benchmark: plan
                .benchmark
                .as_ref()
                .map(|(name, entry, source, built_in)| BenchmarkView {
                    name: name.clone(),
                    entry: entry.clone(),
                    source: source.clone(),
                    built_in: *built_in,
                }),
            asks: plan
                .asks
                .iter()
                .map(|a| ask_view(a, &plan.currency))
                .collect(),
            worth: WorthView {
                years: worth_years,
                offer_total: cents_string(offer_total),
                ask_total: cents_string(ask_total),
                difference: cents_string(ask_total - offer_total),
                offer_total_display: money(offer_total),
                ask_total_display: money(ask_total),
                difference_display: money(ask_total - offer_total),
            },
            ladder: plan.ladder.iter().map(step_view).collect(),
            walk_away: plan.walk_away.as_ref().map(|w| SayView {
                amount: cents_string(w.amount),
                say: w.say.clone(),
            }),
            alternative: plan.alternative.as_ref().map(|a| SayView {
                amount: cents_string(a.total),
                say: a.say.clone(),
            }),
            offer_date: plan.offer_date.to_string(),
            offer_weekday: plan.offer_date.format("%a").to_string(),
            hard_limit_days: HARD_LIMIT_DAYS,
            timeline: plan.timeline.milestones.clone(),
            warnings: plan.warnings.clone(),
        }
    }
}

fn ask_view(ask: &Ask, currency: &str) -> AskView {
    let money = |amount: Decimal| display(amount, currency);
    let (label, offered_display, ask_display, exact) = match ask.component {
        Component::Base => (
            "Base salary".to_owned(),
            money(ask.offered),
            money(ask.ask),
            cents_string as fn(Decimal) -> String,
        ),
        Component::BonusPct => (
            "Target bonus".to_owned(),
            format!("{}%", ask.offered.normalize()),
            format!("{}%", ask.ask.normalize()),
            (|d: Decimal| d.normalize().to_string()) as fn(Decimal) -> String,
        ),
        Component::Equity => (
            "Equity grant".to_owned(),
            money(ask.offered),
            match ask.range_top {
                Some(top) => format!("{} to {}", money(ask.ask), money(top)),
                None => money(ask.ask),
            },
            cents_string as fn(Decimal) -> String,
        ),
        Component::SignOn => (
            format!("Sign-on, year {}", ask.year.unwrap_or(1)),
            money(ask.offered),
            money(ask.ask),
            cents_string as fn(Decimal) -> String,
        ),
    };
    AskView {
        component: ask.component,
        label,
        year: ask.year,
        offered: exact(ask.offered),
        ask: exact(ask.ask),
        range_top: ask.range_top.map(cents_string),
        offered_display,
        ask_display,
        extra_per_year: cents_string(ask.extra_per_year),
        forecast_share_pct: ask.forecast_share_pct.to_string(),
        position: ask.market.as_ref().map(|m| m.position.clone()),
        target_value: ask.market.as_ref().and_then(|m| m.target_value).map(exact),
        reason: ask.reason.clone(),
    }
}

fn step_view(step: &Step) -> StepView {
    StepView {
        capped: step.capped,
        instead: step.instead,
        amount: cents_string(step.amount),
        horizon_total: cents_string(step.horizon_total),
        say: step.say.clone(),
    }
}

/// `$12M`, `$12.5M`, `$750K` for round forecasts; the full amount otherwise.
fn short(amount: Decimal, currency: &str) -> String {
    let million = Decimal::from(1_000_000);
    let thousand = Decimal::from(1_000);
    let tenth_of_million = Decimal::from(100_000);
    let symbol_free = display(Decimal::ZERO, currency).replace("0.00", "");
    if amount >= million && (amount % tenth_of_million).is_zero() {
        format!("{symbol_free}{}M", (amount / million).normalize())
    } else if amount >= thousand && amount < million && (amount % thousand).is_zero() {
        format!("{symbol_free}{}K", (amount / thousand).normalize())
    } else {
        display(amount, currency)
    }
}

#[cfg(test)]
mod tests {
    use super::short;
    use rust_decimal_macros::dec;

    #[test]
    fn round_forecasts_read_short() {
        assert_eq!(short(dec!(12000000), "USD"), "$12M");
        assert_eq!(short(dec!(12500000), "USD"), "$12.5M");
        assert_eq!(short(dec!(750000), "USD"), "$750K");
        assert_eq!(short(dec!(1234567.89), "USD"), "$1,234,567.89");
        assert_eq!(short(dec!(3000000), "CHF"), "CHF 3M");
    }
}
