//! The plan as data: what `--format json` prints and what templates see.
//! Money is a string in the currency's minor unit (two decimals; none for
//! yen), with a `_display` twin for reading;
//! the words come from [`super::words`].

use rust_decimal::Decimal;
use serde::Serialize;

use super::words::{self, Email, NonCash, Pushback, Say, Voice};
use crate::domain::money::{Minor, display};
use crate::plan::{Ask, Component, FloorFrom, HARD_LIMIT_DAYS, Plan, Situation};

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct PlanView {
    pub situation: Situation,
    pub offer: String,
    pub currency: String,
    pub horizon_years: u32,
    /// The forecast (`--impact`), if given.
    pub impact: Option<String>,
    pub impact_display: Option<String>,
    /// `$12M` where the forecast is a round number of millions or tenths of one.
    pub impact_short: Option<String>,
    pub impact_desc: String,
    pub target: String,
    /// `75th percentile`.
    pub target_words: String,
    pub benchmark: Option<BenchmarkView>,
    pub asks: Vec<AskView>,
    /// The plan's figures a year: base + target bonus + each grant at hire
    /// over its vesting years + the first year's sign-on.
    pub sizing: SizingView,
    pub forecast: ForecastView,
    pub worth: WorthView,
    pub current: Option<CurrentView>,
    pub raise: Option<RaiseView>,
    pub floor: FloorView,
    pub ladder: Vec<RungView>,
    pub trades: Vec<TradeView>,
    pub walk_away: Option<SayView>,
    pub alternative: Option<SayView>,
    pub say: Say,
    pub email: Email,
    pub pushbacks: Vec<Pushback>,
    pub non_cash: Vec<NonCash>,
    /// For an offer with stock options: what to ask before weighing them.
    pub questions: Vec<QuestionView>,
    pub notes: Vec<String>,
    pub warnings: Vec<String>,
    pub offer_date: String,
    pub offer_weekday: String,
    pub deadline: Option<String>,
    pub hard_limit_days: u64,
    pub timeline: Vec<MilestoneView>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct QuestionView {
    pub question: String,
    /// Why the answer matters (for you, not to read out).
    pub why: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct BenchmarkView {
    pub name: String,
    pub entry: String,
    pub source: String,
    pub built_in: bool,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct AskView {
    pub component: Component,
    pub label: String,
    pub year: Option<u32>,
    pub offered: String,
    pub ask: String,
    pub range_top: Option<String>,
    pub offered_display: String,
    pub ask_display: String,
    /// The ask as said: `$197,600`, `$76,010 to $83,620`, `16.5%`.
    pub ask_words: String,
    /// What the ask adds to the yearly total.
    pub extra_per_year: String,
    pub position: Option<String>,
    /// `at p81.2`, `above p75`: where the ask sits, as read.
    pub position_words: Option<String>,
    pub target_value: Option<String>,
    pub basis: crate::plan::Basis,
    /// The evidence, for you (the same as this ask's note).
    pub reason: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct SizingView {
    pub offer: String,
    pub ask: String,
    /// The last rung's yearly total (the ask when there is no ladder).
    pub closer: String,
    pub floor: String,
    /// What figures after the opening are rounded to (sign-on: half of it).
    pub unit: String,
    /// The offer against the benchmark's total.
    pub position: crate::plan::Position,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ForecastView {
    pub lift_pct: String,
    pub year_one_extra: String,
    pub cited: bool,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct WorthView {
    /// With `--tax`: the same after tax.
    pub after_tax: Option<WorthAfterTaxView>,
    pub years: Vec<WorthYear>,
    pub offer_total: String,
    pub ask_total: String,
    pub difference: String,
    pub offer_total_display: String,
    pub ask_total_display: String,
    pub difference_display: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct WorthAfterTaxView {
    pub table: String,
    pub table_year: u32,
    pub offer_net_total: String,
    pub ask_net_total: String,
    pub difference_net: String,
    pub offer_net_total_display: String,
    pub ask_net_total_display: String,
    pub difference_net_display: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct WorthYear {
    pub year: u32,
    pub offer: String,
    pub ask: String,
    pub difference: String,
    pub offer_display: String,
    pub ask_display: String,
    pub difference_display: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct CurrentView {
    pub name: String,
    pub year1_total: String,
    pub horizon_total: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct RaiseView {
    pub current_total: String,
    pub offer_total: String,
    pub amount: String,
    pub pct: String,
    pub horizon_current_total: String,
    pub horizon_offer_total: String,
    pub horizon_amount: String,
    pub current_total_display: String,
    pub offer_total_display: String,
    pub amount_display: String,
    pub horizon_amount_display: String,
    /// The whole sentence: the raise (or cut) over current pay of the
    /// offer and of the ask, and over the horizon.
    pub words: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct FloorView {
    pub amount: String,
    pub from: FloorFrom,
    pub amount_display: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct GivesView {
    pub component: Component,
    pub amount: String,
    /// The component's figure after the concession.
    pub now: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct RungView {
    pub step: usize,
    /// What this rung concedes, one entry per component it moves.
    pub gives: Vec<GivesView>,
    pub keeps: Vec<Component>,
    /// The last rung: said only after a no.
    pub closer: bool,
    pub annual_total: String,
    pub horizon_total: String,
    pub horizon_total_display: String,
    pub say: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct TradeView {
    pub capped: Component,
    pub instead: Component,
    /// The traded figure.
    pub amount: String,
    pub horizon_total: String,
    pub say: String,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct SayView {
    pub amount: String,
    /// What to say; `null` where nothing should be said (a walk-away in a promotion).
    pub say: Option<String>,
}

#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct MilestoneView {
    pub key: &'static str,
    pub what: String,
    pub date: String,
    /// `Mon` … `Sun`.
    pub weekday: String,
    /// `Thursday 7 January`.
    pub day: String,
    pub business_day: Option<u32>,
}

impl PlanView {
    pub fn new(plan: &Plan) -> PlanView {
        let voice = Voice {
            plan,
            options: super::questions::options_questions(&plan.private),
        };
        let money = |amount: Decimal| display(amount, &plan.currency);
        let minor = Minor::of(&plan.currency);
        let amount_text = |amount: Decimal| minor.text(amount);
        let worth_years = plan
            .offer_projection
            .rows
            .iter()
            .zip(&plan.ask_projection.rows)
            .map(|(o, a)| WorthYear {
                year: o.year,
                offer: amount_text(o.total),
                ask: amount_text(a.total),
                difference: amount_text(a.total - o.total),
                offer_display: money(o.total),
                ask_display: money(a.total),
                difference_display: money(a.total - o.total),
            })
            .collect();
        let offer_total = plan.offer_projection.summary.total;
        let ask_total = plan.ask_projection.summary.total;
        let say = words::say(&voice);
        let email = words::email(&voice, &say);
        let notes = words::notes(&voice);
        PlanView {
            situation: plan.situation,
            offer: plan.offer_name.clone(),
            currency: plan.currency.clone(),
            horizon_years: plan.horizon_years,
            impact: plan.impact.map(amount_text),
            impact_display: plan.impact.map(money),
            impact_short: plan.impact.map(|i| words::short(i, &plan.currency)),
            impact_desc: plan.impact_desc.clone(),
            target: format!("p{}", plan.target),
            target_words: words::percentile(plan.target.get()),
            benchmark: plan.benchmark.as_ref().map(|b| BenchmarkView {
                name: b.name.clone(),
                entry: b.entry.clone(),
                source: b.source.clone(),
                built_in: b.built_in,
            }),
            asks: plan.asks.iter().map(|a| ask_view(&voice, a)).collect(),
            sizing: SizingView {
                offer: amount_text(plan.sizing.offer),
                ask: amount_text(plan.sizing.ask),
                closer: amount_text(plan.sizing.closer),
                floor: amount_text(plan.sizing.floor),
                unit: amount_text(plan.sizing.unit),
                position: plan.sizing.position,
            },
            forecast: ForecastView {
                lift_pct: plan.forecast.lift_pct.to_string(),
                year_one_extra: amount_text(plan.forecast.year_one_extra),
                cited: plan.forecast.cited,
            },
            worth: WorthView {
                after_tax: plan.after_tax.as_ref().map(|t| {
                    let (offer_net, ask_net) = (t.offer.net_total, t.ask.net_total);
                    WorthAfterTaxView {
                        table: t.table.clone(),
                        table_year: t.table_year,
                        offer_net_total: amount_text(offer_net),
                        ask_net_total: amount_text(ask_net),
                        difference_net: amount_text(ask_net - offer_net),
                        offer_net_total_display: money(offer_net),
                        ask_net_total_display: money(ask_net),
                        difference_net_display: money(ask_net - offer_net),
                    }
                }),
                years: worth_years,
                offer_total: amount_text(offer_total),
                ask_total: amount_text(ask_total),
                difference: amount_text(ask_total - offer_total),
                offer_total_display: money(offer_total),
                ask_total_display: money(ask_total),
                difference_display: money(ask_total - offer_total),
            },
            current: plan.current.as_ref().map(|c| CurrentView {
                name: c.name.clone(),
                year1_total: amount_text(c.year1_total),
                horizon_total: amount_text(c.horizon_total),
            }),
            raise: plan.raise.as_ref().map(|r| RaiseView {
                current_total: amount_text(r.current_total),
                offer_total: amount_text(r.offer_total),
                amount: amount_text(r.amount),
                pct: format!("{:.2}", r.pct),
                horizon_current_total: amount_text(r.horizon_current_total),
                horizon_offer_total: amount_text(r.horizon_offer_total),
                horizon_amount: amount_text(r.horizon_amount),
                current_total_display: money(r.current_total),
                offer_total_display: money(r.offer_total),
                amount_display: money(r.amount),
                horizon_amount_display: money(r.horizon_amount),
                words: words::raise_words(&voice, r),
            }),
            floor: FloorView {
                amount: amount_text(plan.floor.amount),
                from: plan.floor.from,
                amount_display: money(plan.floor.amount),
            },
            ladder: plan
                .ladder
                .iter()
                .enumerate()
                .map(|(i, rung)| RungView {
                    step: i + 1,
                    gives: rung
                        .gives
                        .iter()
                        .map(|g| {
                            let text = |v: Decimal| match g.component {
                                Component::BonusPct if !plan.bonus_as_amount => {
                                    v.normalize().to_string()
                                }
                                _ => amount_text(v),
                            };
                            GivesView {
                                component: g.component,
                                amount: text(g.amount),
                                now: text(g.now),
                            }
                        })
                        .collect(),
                    closer: i + 1 == plan.ladder.len(),
                    annual_total: amount_text(rung.annual_total),
                    keeps: rung.keeps.clone(),
                    horizon_total: amount_text(rung.horizon_total),
                    horizon_total_display: money(rung.horizon_total),
                    say: words::ladder(&voice, rung, i + 1 == plan.ladder.len()),
                })
                .collect(),
            trades: plan
                .trades
                .iter()
                .map(|t| TradeView {
                    capped: t.capped,
                    instead: t.instead,
                    amount: amount_text(t.instead_total),
                    horizon_total: amount_text(t.horizon_total),
                    say: words::trade(&voice, t),
                })
                .collect(),
            walk_away: plan.walk_away.as_ref().map(|w| SayView {
                amount: amount_text(w.amount),
                say: words::walk_away(&voice),
            }),
            alternative: plan.alternative.as_ref().map(|a| SayView {
                amount: amount_text(a.total),
                say: words::alternative(&voice),
            }),
            pushbacks: words::pushbacks(&voice),
            non_cash: words::non_cash(&voice),
            questions: voice
                .options
                .questions
                .iter()
                .map(|q| QuestionView {
                    question: q.question.clone(),
                    why: q.why.clone(),
                })
                .collect(),
            say,
            email,
            notes,
            warnings: plan
                .warnings
                .iter()
                .map(|w| words::warning(&voice, w))
                .collect(),
            offer_date: plan.offer_date.to_string(),
            offer_weekday: plan.offer_date.format("%a").to_string(),
            deadline: plan.deadline.map(|d| d.to_string()),
            hard_limit_days: HARD_LIMIT_DAYS,
            timeline: plan
                .timeline
                .milestones
                .iter()
                .map(|m| MilestoneView {
                    key: m.step.key(),
                    what: words::milestone(&voice, m.step, plan.deadline.is_some()),
                    date: m.date.to_string(),
                    weekday: m.date.format("%a").to_string(),
                    day: words::day(m.date),
                    business_day: m.business_day,
                })
                .collect(),
        }
    }
}

fn ask_view(voice: &Voice, ask: &Ask) -> AskView {
    let plan = voice.plan;
    let money = |amount: Decimal| display(amount, &plan.currency);
    let minor = Minor::of(&plan.currency);
    let amount_text = |amount: Decimal| minor.text(amount);
    let in_pct = ask.component == Component::BonusPct && !plan.bonus_as_amount;
    let exact = |value: Decimal| {
        if in_pct {
            value.normalize().to_string()
        } else {
            amount_text(value)
        }
    };
    let (label, offered_display, ask_display) = match ask.component {
        Component::Base => ("Base salary".to_owned(), money(ask.offered), money(ask.ask)),
        Component::BonusPct if plan.bonus_as_amount => (
            "Target bonus".to_owned(),
            money(ask.offered),
            money(ask.ask),
        ),
        Component::BonusPct => (
            "Target bonus".to_owned(),
            format!("{}%", ask.offered.normalize()),
            format!("{}%", ask.ask.normalize()),
        ),
        Component::Equity => (
            if plan.situation == Situation::Promotion {
                "Promotion equity grant".to_owned()
            } else {
                "Equity grant".to_owned()
            },
            money(ask.offered),
            match ask.range_top {
                Some(top) => format!("{} to {}", money(ask.ask), money(top)),
                None => money(ask.ask),
            },
        ),
        Component::SignOn => (
            super::words::capitalised_sign_on(voice),
            money(ask.offered),
            money(ask.ask),
        ),
    };
    let ask_words = match ask.range_top {
        Some(top) => format!("{} to {}", voice.money(ask.ask), voice.money(top)),
        None => voice.figure(ask.component, ask.ask),
    };
    AskView {
        component: ask.component,
        label,
        year: ask.year,
        offered: exact(ask.offered),
        ask: exact(ask.ask),
        range_top: ask.range_top.map(amount_text),
        offered_display,
        ask_display,
        ask_words,
        extra_per_year: amount_text(ask.extra_per_year),
        position: ask.market.as_ref().map(|m| m.position.clone()),
        position_words: ask.market.as_ref().map(|m| {
            if m.position.starts_with('p') {
                format!("at {}", m.position)
            } else {
                m.position.clone()
            }
        }),
        // The market's own unit: a bonus target is a percentage.
        target_value: ask.market.as_ref().map(|m| match ask.component {
            Component::BonusPct => m.target_value.normalize().to_string(),
            _ => amount_text(m.target_value),
        }),
        basis: ask.basis,
        reason: words::ask_note(voice, ask),
    }
}
