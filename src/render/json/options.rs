//! Options and double-trigger RSUs, as JSON: their terms, their paper
//! value (never in a total), their value at the exit, the scenario grid and
//! leaving with them.

use serde::Serialize;

use super::money::Money;
use crate::domain::money::Minor;
use crate::domain::options::{Exit, OptionYears, PAPER_VALUE_LABEL, PrivateKind};
use crate::domain::report::OfferReport;

#[derive(Serialize, schemars::JsonSchema)]
pub struct OptionsJson {
    /// Always "paper value, not cash": `paper_value` figures are in no total.
    paper_value_label: &'static str,
    /// The exit the years' `equity` values the grants at; null: none, and
    /// the grants count for nothing in any total.
    exit: Option<ExitJson>,
    grants: Vec<PrivateGrantJson>,
    /// The paper value of what vests in the horizon (not cash, in no total).
    paper_value: Money,
    /// The paper value of what vests after the horizon.
    paper_value_after_horizon: Money,
    /// strike × the options vesting in the horizon.
    exercise_cost: Money,
    /// The value at the exit of what vests in the horizon (in the totals);
    /// null without an exit.
    value_at_exit: Option<Money>,
    /// `project --scenarios`: exit prices × years.
    #[serde(skip_serializing_if = "Option::is_none")]
    scenarios: Option<Vec<ScenarioJson>>,
    /// `--vests`: every vest of the private grants.
    #[serde(skip_serializing_if = "Option::is_none")]
    vests: Option<Vec<PrivateVestJson>>,
    /// `--leave-after`: buying the vested options after leaving.
    #[serde(skip_serializing_if = "Option::is_none")]
    leaving: Option<LeavingJson>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct PrivateVestJson {
    date: String,
    /// 1-based position in the offer file's `equity`.
    grant: usize,
    year: u32,
    /// Options or double-trigger RSUs vesting.
    shares: u64,
    /// Paper value, not cash.
    paper_value: Money,
    /// Null without an exit.
    value_at_exit: Option<Money>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct ExitJson {
    /// `--exit-price`, else null.
    price: Option<String>,
    /// `--exit-valuation`, else null.
    valuation: Option<String>,
    dilution_pct: Option<String>,
    preferences: Option<String>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct PrivateGrantJson {
    /// 1-based position in the offer file's `equity`.
    grant: usize,
    /// `options` or `double_trigger_rsu`.
    kind: &'static str,
    shares: u64,
    strike_price: String,
    fmv: String,
    preferred_price: Option<String>,
    fully_diluted_shares: Option<u64>,
    /// `iso` or `nso`; null for RSUs.
    option_type: Option<crate::domain::options::OptionType>,
    exercise_window_days: Option<u32>,
    early_exercise: Option<bool>,
    /// Common's price per share at the exit; null without one.
    common_price_at_exit: Option<String>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct ScenarioJson {
    label: String,
    /// Common's price per share.
    price: String,
    /// By the end of each year: the spread of everything vested, net of
    /// the cost to exercise it.
    vested_value: Vec<Money>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct LeavingJson {
    after_months: u32,
    leave_date: String,
    grants: Vec<GrantLeavingJson>,
    exercise_cost: Money,
    spread_at_fmv: Money,
    forfeited_options: u64,
    forfeited_paper_value: Money,
    /// With `--tax`: the tax on the NSO grants' spread at the 409A, as
    /// wages on top of the leave year's projected pay.
    #[serde(skip_serializing_if = "Option::is_none")]
    nso_spread_tax: Option<Money>,
    /// What these figures leave out.
    omits: Vec<&'static str>,
}

#[derive(Serialize, schemars::JsonSchema)]
struct GrantLeavingJson {
    grant: usize,
    option_type: crate::domain::options::OptionType,
    vested_options: u64,
    forfeited_options: u64,
    /// strike × the vested options: the cash it takes to buy them.
    exercise_cost: Money,
    /// (409A − strike) × the vested options: income when they are bought
    /// (NSO: wages; ISO: an AMT preference item).
    spread_at_fmv: Money,
    forfeited_paper_value: Money,
    /// The last day to buy the vested options.
    window_closes: String,
}

fn text(value: rust_decimal::Decimal) -> String {
    value.normalize().to_string()
}

/// The `options` object of an offer with private grants.
pub fn options_json(projected: &OfferReport, vests: bool) -> Option<OptionsJson> {
    let options: &OptionYears = projected.projection.options.as_ref()?;
    let offer = &projected.offer;
    let minor = Minor::of(&offer.currency);
    let money = |amount| Money(amount, minor);
    let sum = |values: &[rust_decimal::Decimal]| values.iter().sum::<rust_decimal::Decimal>();
    Some(OptionsJson {
        paper_value_label: PAPER_VALUE_LABEL,
        exit: offer.exit.map(|exit| match exit {
            Exit::Price(price) => ExitJson {
                price: Some(text(price)),
                valuation: None,
                dilution_pct: None,
                preferences: None,
            },
            Exit::Valuation {
                valuation,
                dilution_pct,
                preferences,
            } => ExitJson {
                price: None,
                valuation: Some(text(valuation)),
                dilution_pct: Some(text(dilution_pct)),
                preferences: Some(text(preferences)),
            },
        }),
        grants: offer
            .private
            .iter()
            .zip(&options.common_prices)
            .map(|(grant, price)| {
                let terms = match grant.kind {
                    PrivateKind::Options {
                        option_type,
                        exercise_window_days,
                        early_exercise,
                    } => Some((option_type, exercise_window_days, early_exercise)),
                    PrivateKind::DoubleTriggerRsu => None,
                };
                PrivateGrantJson {
                    grant: grant.index + 1,
                    kind: if terms.is_some() {
                        "options"
                    } else {
                        "double_trigger_rsu"
                    },
                    shares: grant.shares,
                    strike_price: text(grant.strike),
                    fmv: text(grant.fmv),
                    preferred_price: grant.preferred.map(text),
                    fully_diluted_shares: grant.fully_diluted_shares,
                    option_type: terms.map(|t| t.0),
                    exercise_window_days: terms.map(|t| t.1),
                    early_exercise: terms.map(|t| t.2),
                    common_price_at_exit: price.map(text),
                }
            })
            .collect(),
        paper_value: money(sum(&options.paper_value)),
        paper_value_after_horizon: money(options.paper_value_after),
        exercise_cost: money(sum(&options.exercise_cost)),
        value_at_exit: offer.exit.map(|_| money(sum(&options.at_exit))),
        scenarios: options.scenarios.as_ref().map(|grid| {
            grid.iter()
                .map(|s| ScenarioJson {
                    label: s.label.clone(),
                    price: text(s.price),
                    vested_value: s.vested_value.iter().map(|v| money(*v)).collect(),
                })
                .collect()
        }),
        vests: vests.then(|| {
            options
                .vests
                .iter()
                .map(|v| PrivateVestJson {
                    date: offer
                        .start_date
                        .checked_add_months(chrono::Months::new(v.vest.months))
                        .unwrap_or(chrono::NaiveDate::MAX)
                        .to_string(),
                    grant: offer.private[v.grant].index + 1,
                    year: v.vest.year,
                    shares: v.vest.shares,
                    paper_value: money(v.paper_value),
                    value_at_exit: v.at_exit.map(money),
                })
                .collect()
        }),
        leaving: options.leaving.as_ref().map(|l| LeavingJson {
            after_months: l.after_months,
            leave_date: l.leave_date.to_string(),
            grants: l
                .grants
                .iter()
                .map(|g| GrantLeavingJson {
                    grant: g.index + 1,
                    option_type: g.option_type,
                    vested_options: g.vested,
                    forfeited_options: g.forfeited,
                    exercise_cost: money(g.exercise_cost),
                    spread_at_fmv: money(g.spread_at_fmv),
                    forfeited_paper_value: money(g.forfeited_paper_value),
                    window_closes: g.window_closes.to_string(),
                })
                .collect(),
            exercise_cost: money(l.exercise_cost),
            spread_at_fmv: money(l.spread_at_fmv),
            forfeited_options: l.forfeited,
            forfeited_paper_value: money(l.forfeited_paper_value),
            nso_spread_tax: l.nso_spread_tax.map(money),
            omits: crate::render::labels::OPTIONS_LEAVING_OMITS.to_vec(),
        }),
    })
}
