//! The negotiation plan: the ask, what it is worth, the raise over current
//! pay, the floor and the ladder that concedes towards it, trades of equal
//! value, and the dated timeline. The plan is data: every figure exact, every
//! reason a typed value; the words people say live in `render::plan` (its
//! words and templates).

mod ambition;
mod anchor;
mod ask;
mod ladder;
mod leverage;
mod make_whole;
mod sizing;
mod timeline;
mod trades;

pub use ambition::lift_pct;
pub use anchor::{precise_money, precise_pct, spoken_pct};
pub use ask::{Ask, AskMarket, Basis, Component, asked_offer};
pub use ladder::{Figure, Gives, Rung};
pub use leverage::{Alternative, Floor, FloorFrom, WalkAway};
pub use make_whole::{MakeWhole, WAIT_DAYS, make_whole};
pub use sizing::{Position, Sizing, annualized};
pub use timeline::{
    DateWarning, Dates, HARD_LIMIT_DAYS, Holidays, Milestone, Step, Timeline, TimelineError,
    business_day_after, is_business_day, timeline,
};
pub use trades::Trade;

use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use crate::domain::market::{BenchmarkSet, Entry};
use crate::domain::projection::{Projection, project};
use crate::domain::report::OfferReport;
use crate::error::DataError;

/// Whose offer this is: a new employer's, or your own employer's promotion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    #[default]
    External,
    Promotion,
}

/// The default order of importance externally: base, then sign-on (the
/// easiest lever, so kept), equity, bonus; the ladder gives up the last first.
pub const DEFAULT_PRIORITY: [Component; 4] = [
    Component::Base,
    Component::SignOn,
    Component::Equity,
    Component::BonusPct,
];

/// The default order in a promotion: equity is where the room is.
pub const PROMOTION_PRIORITY: [Component; 4] = [
    Component::Equity,
    Component::Base,
    Component::BonusPct,
    Component::SignOn,
];

impl Situation {
    /// The order of importance when `--priority` is not given.
    pub fn default_priority(self) -> &'static [Component] {
        match self {
            Situation::External => &DEFAULT_PRIORITY,
            Situation::Promotion => &PROMOTION_PRIORITY,
        }
    }
}

/// Everything the plan is built from.
pub struct PlanInputs<'a> {
    pub offer: &'a OfferReport,
    pub situation: Situation,
    /// What the person is paid today, as an offer file.
    pub current: Option<&'a OfferReport>,
    /// The benchmark file and the entry that applies, if any.
    pub market: Option<(&'a BenchmarkSet, &'a Entry)>,
    /// Why no benchmark applies, when none does.
    pub no_market_reason: Option<String>,
    pub target: crate::domain::market::Percentile,
    /// The user's impact forecast, in money, if given.
    pub impact: Option<Decimal>,
    pub impact_desc: String,
    pub offer_date: NaiveDate,
    pub deadline: Option<NaiveDate>,
    /// Today, or `--as-of`: to see an offer date in the past.
    pub today: NaiveDate,
    /// Every day to skip besides weekends: the calendar's and `--holiday`.
    pub holidays: Holidays,
    /// The public-holiday calendar used, if any.
    pub calendar: Option<crate::domain::holidays::Calendar>,
    /// `--calendar none`: no calendar, by choice (no warning).
    pub calendar_declined: bool,
    pub walk_away: Option<Decimal>,
    pub competing: Option<&'a OfferReport>,
    /// Most important first; every component once.
    pub priority: Vec<Component>,
    /// A tax table: what the ask is worth after tax.
    pub tax: Option<&'a crate::domain::tax::TaxTable>,
}

/// The benchmark the plan used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchmarkUsed {
    pub name: String,
    pub entry: String,
    pub source: String,
    /// The built-in file: illustrative figures, never claimed as market data.
    pub built_in: bool,
}

/// Current pay, projected over the offer's horizon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentPay {
    pub name: String,
    pub year1_total: Decimal,
    pub horizon_total: Decimal,
}

/// The offer against current pay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raise {
    pub current_total: Decimal,
    pub offer_total: Decimal,
    pub amount: Decimal,
    /// Two decimals, half away from zero.
    pub pct: Decimal,
    pub horizon_current_total: Decimal,
    pub horizon_offer_total: Decimal,
    pub horizon_amount: Decimal,
}

/// How the forecast was used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForecastUse {
    /// The lift it earned, percent.
    pub lift_pct: Decimal,
    /// The year-1 extra the ask adds.
    pub year_one_extra: Decimal,
    /// Whether the forecast is large enough to cite.
    pub cited: bool,
}

/// What the ask is worth after tax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorthAfterTax {
    pub table: String,
    pub table_year: u32,
    pub offer: crate::domain::tax::Taxed,
    pub ask: crate::domain::tax::Taxed,
}

/// What needs the user's attention, as data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanWarning {
    NoBenchmark {
        reason: String,
    },
    ForecastTooSmall {
        year_one_extra: Decimal,
        impact: Decimal,
    },
    OfferAboveMarket,
    WalkAwayBelowAlternative {
        walk_away: Decimal,
        alternative: Decimal,
    },
    FloorAtOrAboveAsk {
        floor: Floor,
        ask_total: Decimal,
    },
    /// Caps lifted so the ask stands 4 % above a high floor.
    CapsLifted(Vec<Component>),
    /// No public-holiday calendar applies (a euro offer with no known
    /// place, a currency without a built-in calendar).
    NoCalendar,
    /// The floor (over the horizon) is beyond what negotiating this offer can reach.
    FloorOutOfReach {
        floor: Decimal,
    },
    Dates(DateWarning),
}

/// The whole plan, every number exact.
#[derive(Debug, Clone)]
pub struct Plan {
    pub situation: Situation,
    pub offer_name: String,
    pub currency: String,
    pub horizon_years: u32,
    pub impact: Option<Decimal>,
    pub impact_desc: String,
    pub target: crate::domain::market::Percentile,
    pub benchmark: Option<BenchmarkUsed>,
    pub asks: Vec<Ask>,
    pub sizing: Sizing,
    pub forecast: ForecastUse,
    pub offer_projection: Projection,
    pub ask_projection: Projection,
    pub current: Option<CurrentPay>,
    pub raise: Option<Raise>,
    pub floor: Floor,
    pub ladder: Vec<Rung>,
    pub trades: Vec<Trade>,
    pub walk_away: Option<WalkAway>,
    pub alternative: Option<Alternative>,
    /// The offer's sign-on payments, by year.
    pub offered_sign_on: Vec<Decimal>,
    /// The bonus was given as an amount, so it is asked and said as one.
    pub bonus_as_amount: bool,
    /// The offer's sign-on clawback period, in months (0: none).
    pub clawback_months: u32,
    /// The longest cliff of the offer's grants, in months.
    pub longest_cliff: u32,
    /// Whether the offer names a remote location (no relocation talk).
    pub remote: bool,
    /// What leaving the current employer forfeits (external, `--current`).
    pub make_whole: Option<MakeWhole>,
    /// The offer's stock options and double-trigger RSUs: the words ask
    /// what decides their worth, and for more of them.
    pub private: Vec<crate::domain::options::PrivateGrant>,
    /// The offer's level and the current one, when the offer's is lower
    /// (external, `--current` with a level): the level comes before money.
    pub level_below: Option<(String, String)>,
    pub timeline: Timeline,
    pub calendar: Option<crate::domain::holidays::Calendar>,
    pub offer_date: NaiveDate,
    pub deadline: Option<NaiveDate>,
    pub priority: Vec<Component>,
    pub after_tax: Option<WorthAfterTax>,
    pub warnings: Vec<PlanWarning>,
}

/// Why a plan cannot be made: a figure leaves the range (naming the offer's
/// field), or the dates asked for leave no room (the caller names its flags).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("{0}")]
    Figures(DataError),
    #[error("{0}")]
    Dates(TimelineError),
}

impl From<DataError> for PlanError {
    fn from(err: DataError) -> PlanError {
        PlanError::Figures(err)
    }
}

/// Rounds spent raising the ask until it stands above the floor over the horizon too.
const MAX_FLOOR_ROUNDS: usize = 8;

/// Builds the plan. Errors name the input that breaks it (overflow, dates).
pub fn plan(inputs: &PlanInputs) -> Result<Plan, PlanError> {
    let offer = &inputs.offer.offer;
    let projection = &inputs.offer.projection;
    if inputs.impact.is_some_and(|impact| impact <= Decimal::ZERO) {
        return Err(DataError::new("impact", "must be greater than 0").into());
    }
    let offer_annual = annualized(offer);
    let unit = sizing::unit(offer.base_salary);
    let lift = inputs
        .impact
        .map_or(Decimal::ZERO, |impact| lift_pct(impact, offer_annual));
    let alternative = inputs
        .competing
        .map(|c| leverage::alternative(offer, c, unit))
        .transpose()?;
    let years = Decimal::from(offer.years.max(1));
    let minor = crate::domain::money::Minor::of(&offer.currency);
    let floor = leverage::floor(
        offer_annual,
        inputs.walk_away.map(|w| minor.round(w / years)),
        alternative
            .as_ref()
            .filter(|a| a.better())
            .map(|a| a.annual),
    );
    let make_whole = match (inputs.situation, inputs.current) {
        (Situation::External, Some(current)) => {
            make_whole::make_whole(&current.offer, offer.start_date)?
        }
        _ => None,
    };
    // The floor over the horizon: the ladder never concedes below it, and a
    // floor set by an alternative or a walk-away lifts the ask 4 % above it.
    let floor_horizon = [
        Some(projection.summary.total),
        inputs.walk_away,
        alternative.as_ref().filter(|a| a.better()).map(|a| a.total),
    ]
    .into_iter()
    .flatten()
    .max()
    .unwrap_or(projection.summary.total);
    let ask_inputs = |floor_goal: Option<Decimal>| ask::AskInputs {
        offer,
        entry: inputs.market.map(|(_, entry)| entry),
        target: inputs.target,
        lift,
        situation: inputs.situation,
        make_whole: make_whole.as_ref().map_or(Decimal::ZERO, |m| m.total),
        floor: floor_goal,
    };
    let mut floor_goal = (floor.from != FloorFrom::Offer).then_some(floor.amount);
    let mut asked = ask::asks(&ask_inputs(floor_goal))?;
    // A floor met a year can still fall short over the horizon (a sign-on
    // counts whole in the yearly figure): raise the goal until both hold.
    let wanted_horizon = floor_horizon * Decimal::new(104, 2);
    for _ in 0..MAX_FLOOR_ROUNDS {
        let Some(goal) = floor_goal else { break };
        let horizon = project(&asked_offer(offer, &asked.asks))?.summary.total;
        if horizon >= wanted_horizon || asked.unreachable {
            break;
        }
        floor_goal = Some(goal + (wanted_horizon - horizon) / years + unit);
        asked = ask::asks(&ask_inputs(floor_goal))?;
    }
    let asks = asked.asks;
    let asked_package = asked_offer(offer, &asks);
    let ask_projection = project(&asked_package)?;
    let ask_annual = annualized(&asked_package);
    let ladder = ladder::ladder(&ladder::LadderInputs {
        offer,
        asks: &asks,
        offer_total: offer_annual,
        ask_total: ask_annual,
        floor: floor.amount,
        floor_horizon,
        make_whole: make_whole.as_ref().map_or(Decimal::ZERO, |m| m.total),
        unit,
        situation: inputs.situation,
        priority: &inputs.priority,
    })?;
    let sign_on_allowed =
        inputs.situation == Situation::External || offer.sign_on.iter().any(|s| !s.is_zero());
    let base_cap = asks
        .iter()
        .find(|a| a.component == Component::Base)
        .map_or(offer.base_salary, |a| a.ask);
    let sign_on_cap = (offer.base_salary * Decimal::new(20, 2)
        + make_whole.as_ref().map_or(Decimal::ZERO, |m| m.total))
    .max(offer.sign_on.first().copied().unwrap_or_default());
    let trades = trades::trades(&trades::TradeInputs {
        asked: &asked_package,
        asks: &asks,
        unit,
        sign_on: sign_on_allowed,
        sign_on_cap,
        base_cap,
        least_horizon: ladder
            .rungs
            .last()
            .map_or(floor_horizon, |r| r.horizon_total.max(floor_horizon)),
    })?;
    let timeline = timeline::timeline(&Dates {
        offer_date: inputs.offer_date,
        deadline: inputs.deadline,
        holidays: &inputs.holidays,
        today: inputs.today,
    })
    .map_err(PlanError::Dates)?;
    let year_one_extra = ask_projection.rows[0].total - projection.rows[0].total;
    let forecast = ForecastUse {
        lift_pct: lift,
        year_one_extra,
        cited: inputs
            .impact
            .is_some_and(|impact| year_one_extra <= impact * ambition::CITABLE_SHARE),
    };
    let (current, raise) = match inputs.current {
        Some(current) => {
            let (pay, raise) = raise(current, offer, projection)?;
            (Some(pay), Some(raise))
        }
        None => (None, None),
    };
    let after_tax = inputs
        .tax
        .map(|table| -> Result<WorthAfterTax, DataError> {
            Ok(WorthAfterTax {
                table: table.name.clone(),
                table_year: table.year,
                offer: crate::domain::tax::after_tax(projection, table)?,
                ask: crate::domain::tax::after_tax(&ask_projection, table)?,
            })
        })
        .transpose()?;
    let sizing = Sizing {
        offer: offer_annual,
        ask: ask_annual,
        closer: ladder.closer,
        floor: floor.amount,
        unit,
        position: asked.position,
        target_total: asked.target_total,
    };
    let mut warnings = warnings(inputs, &forecast, &floor, &sizing, &alternative, &timeline);
    if !asked.lifted.is_empty() {
        warnings.push(PlanWarning::CapsLifted(asked.lifted));
    }
    if asked.unreachable {
        warnings.push(PlanWarning::FloorOutOfReach {
            floor: floor_horizon,
        });
    }
    Ok(Plan {
        situation: inputs.situation,
        offer_name: offer.name.clone(),
        currency: offer.currency.clone(),
        horizon_years: offer.years,
        impact: inputs.impact,
        impact_desc: inputs.impact_desc.clone(),
        target: inputs.target,
        benchmark: inputs.market.map(|(set, entry)| BenchmarkUsed {
            name: set.name.clone(),
            entry: entry.id.clone(),
            source: set.benchmarks.source.clone(),
            built_in: set.built_in,
        }),
        asks,
        sizing,
        forecast,
        offer_projection: projection.clone(),
        ask_projection,
        current,
        raise,
        floor,
        ladder: ladder.rungs,
        trades,
        walk_away: inputs
            .walk_away
            .map(|amount| leverage::walk_away(offer, amount))
            .transpose()?,
        alternative,
        offered_sign_on: offer.sign_on.clone(),
        bonus_as_amount: offer.bonus_amount.is_some(),
        clawback_months: offer.clawback_months,
        longest_cliff: offer
            .equity
            .iter()
            .map(|g| g.cliff_months)
            .max()
            .unwrap_or(0),
        remote: offer
            .location
            .as_deref()
            .is_some_and(|l| l.to_ascii_lowercase().contains("remote")),
        make_whole,
        private: offer.private.clone(),
        level_below: match (inputs.situation, inputs.current) {
            (Situation::External, Some(current)) => {
                level_below(offer.level.as_deref(), current.offer.level.as_deref())
            }
            _ => None,
        },
        timeline,
        calendar: inputs.calendar,
        offer_date: inputs.offer_date,
        deadline: inputs.deadline,
        priority: inputs.priority.clone(),
        after_tax,
        warnings,
    })
}

/// `(offered, current)` when both levels are a common prefix and a number
/// (`L5`, `L6`; `E4`, `E5`; `IC3`) and the offered one is lower.
fn level_below(offered: Option<&str>, current: Option<&str>) -> Option<(String, String)> {
    let split = |level: &str| {
        let level = level.trim();
        let digits = level.len()
            - level
                .trim_start_matches(|c: char| !c.is_ascii_digit())
                .len();
        let (prefix, number) = level.split_at(digits);
        number
            .parse::<u32>()
            .ok()
            .map(|n| (prefix.to_ascii_lowercase(), n))
    };
    let (offered_text, current_text) = (offered?, current?);
    let ((p1, n1), (p2, n2)) = (split(offered_text)?, split(current_text)?);
    (p1 == p2 && n1 < n2).then(|| {
        (
            offered_text.trim().to_owned(),
            current_text.trim().to_owned(),
        )
    })
}

fn raise(
    current: &OfferReport,
    offer: &crate::domain::offer::Offer,
    projection: &Projection,
) -> Result<(CurrentPay, Raise), DataError> {
    // Today's pay from the new start on: the employment year of the current
    // job that the new start falls in, and the years after it (a sign-on
    // paid years ago is not today's pay).
    let mut today = current.offer.clone();
    let skipped = make_whole::whole_months(current.offer.start_date, offer.start_date)
        .map_or(0, |months| months / 12)
        .min(crate::domain::offer::MAX_HORIZON_YEARS.saturating_sub(offer.years));
    today.years = skipped + offer.years;
    let today_projection = project(&today)?;
    let rows = &today_projection.rows[skipped as usize..];
    let current_total = rows[0].total;
    let offer_total = projection.rows[0].total;
    let amount = offer_total - current_total;
    let pct = if current_total.is_zero() {
        Decimal::ZERO
    } else {
        (amount * Decimal::ONE_HUNDRED / current_total)
            .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
    };
    let horizon_current_total: Decimal = rows.iter().map(|r| r.total).sum();
    let horizon_offer_total = projection.summary.total;
    Ok((
        CurrentPay {
            name: today.name.clone(),
            year1_total: current_total,
            horizon_total: horizon_current_total,
        },
        Raise {
            current_total,
            offer_total,
            amount,
            pct,
            horizon_current_total,
            horizon_offer_total,
            horizon_amount: horizon_offer_total - horizon_current_total,
        },
    ))
}

fn warnings(
    inputs: &PlanInputs,
    forecast: &ForecastUse,
    floor: &Floor,
    sizing: &Sizing,
    alternative: &Option<Alternative>,
    timeline: &Timeline,
) -> Vec<PlanWarning> {
    let mut warnings = Vec::new();
    if let Some(reason) = &inputs.no_market_reason {
        warnings.push(PlanWarning::NoBenchmark {
            reason: reason.clone(),
        });
    }
    if let Some(impact) = inputs.impact
        && !forecast.cited
    {
        warnings.push(PlanWarning::ForecastTooSmall {
            year_one_extra: forecast.year_one_extra,
            impact,
        });
    }
    if sizing.position == Position::AboveTop {
        warnings.push(PlanWarning::OfferAboveMarket);
    }
    if let (Some(walk_away), Some(alternative)) = (inputs.walk_away, alternative)
        && alternative.better()
        && walk_away < alternative.total
    {
        warnings.push(PlanWarning::WalkAwayBelowAlternative {
            walk_away,
            alternative: alternative.total,
        });
    }
    // The offer's own floor at the ask means nothing was asked: the views say so.
    if floor.amount >= sizing.ask && floor.from != FloorFrom::Offer {
        warnings.push(PlanWarning::FloorAtOrAboveAsk {
            floor: *floor,
            ask_total: sizing.ask,
        });
    }
    if inputs.calendar.is_none() && !inputs.calendar_declined {
        warnings.push(PlanWarning::NoCalendar);
    }
    warnings.extend(timeline.warnings.iter().cloned().map(PlanWarning::Dates));
    warnings
}
