//! The negotiation plan's rules: the founding case figure by figure, and
//! the invariants over random offers (USD, GBP, EUR, INR), situations,
//! benchmarks and competitors: the ask inside its band, every cap held, the
//! closer at max(floor, half the room) within two units, concessions that
//! shrink, whole-unit rungs, nothing asked that the offer lacks, the
//! alternative said iff better, and words without cents, ids or codes.

use crate::common;

use common::{d, offer};
use counteroffer::domain::market::{BenchmarkSet, select};
use counteroffer::domain::report::OfferReport;
use counteroffer::plan::{
    Basis, Component, FloorFrom, Holidays, Plan, PlanInputs, Position, Situation, annualized, plan,
};
use counteroffer::render::plan::PlanView;
use proptest::prelude::*;
use rust_decimal::Decimal;

const FOUNDING: &str = include_str!("../../examples/amazon-promotion.json");
const COMPETING: &str = include_str!("../../examples/competing-offer.json");

/// What a plan is made from.
#[derive(Clone)]
struct Case {
    offer: String,
    impact: Option<Decimal>,
    with_market: bool,
    situation: Situation,
    competing: Option<String>,
    walk_away: Option<Decimal>,
}

impl Case {
    fn founding() -> Case {
        Case {
            offer: FOUNDING.to_owned(),
            impact: Some(d("12000000")),
            with_market: true,
            situation: Situation::Promotion,
            competing: Some(COMPETING.to_owned()),
            walk_away: None,
        }
    }

    fn plan(&self) -> Plan {
        let projected = OfferReport::new(offer(&self.offer)).unwrap();
        let competing = self
            .competing
            .as_ref()
            .map(|c| OfferReport::new(offer(c)).unwrap());
        let set = BenchmarkSet::built_in().unwrap();
        let entry = self
            .with_market
            .then(|| select(&set.benchmarks, &projected.offer, Some("amazon-l7-manager")).unwrap());
        plan(&PlanInputs {
            offer: &projected,
            situation: self.situation,
            current: None,
            market: entry.map(|e| (&set, e)),
            no_market_reason: entry.is_none().then(|| "none given".to_owned()),
            target: counteroffer::domain::market::Percentile::new(75).unwrap(),
            impact: self.impact,
            impact_desc: "in value to the business".into(),
            offer_date: "2026-11-16".parse().unwrap(),
            deadline: None,
            today: "2026-11-16".parse().unwrap(),
            holidays: ["2026-11-26", "2026-11-27", "2026-12-24", "2026-12-25"]
                .iter()
                .map(|t| t.parse().unwrap())
                .collect::<Holidays>(),
            calendar: None,
            calendar_declined: false,
            walk_away: self.walk_away,
            competing: competing.as_ref(),
            priority: self.situation.default_priority().to_vec(),
            tax: None,
        })
        .unwrap_or_else(|e| panic!("{e}"))
    }
}

fn ask(plan: &Plan, component: Component) -> Option<&counteroffer::plan::Ask> {
    plan.asks.iter().find(|a| a.component == component)
}

#[test]
fn the_founding_promotion_asks_the_band_top_and_an_equity_range() {
    let p = Case::founding().plan();
    // 180,000 + 24,000 + 58,000 / 4 = 218,500 a year.
    assert_eq!(p.sizing.offer, d("218500"));
    assert_eq!(p.sizing.unit, d("1000"));
    // Base: the entry's highest point, 185,000, is inside 8 % over (194,400).
    assert_eq!(ask(&p, Component::Base).unwrap().ask, d("185000"));
    // Equity: the p75 grant is 17,500 × 4 = 70,000; the top is at most
    // max(30 % over = 75,400, 70,000) = 75,400; the bottom a tenth below it,
    // 68,545.45…, to four figures upward: 68,550 is a round ten, 68,540 is not
    // above it … the anchor rounds 68,545.45 up to 68,550 and away from a
    // multiple of 1,000 it already is not: see the figure.
    let equity = ask(&p, Component::Equity).unwrap();
    assert_eq!(equity.range_top, Some(d("75400")));
    assert!(equity.ask >= d("63800") && equity.ask * d("1.10") >= d("75400") - d("10"));
    assert!(equity.range_top.unwrap() - equity.ask <= equity.ask * d("0.15"));
    // Never the bonus percentage, no sign-on in a promotion.
    assert!(ask(&p, Component::BonusPct).is_none());
    assert!(ask(&p, Component::SignOn).is_none());
    // The worse alternative (it pays $21,112 less) is never said.
    let alternative = p.alternative.as_ref().unwrap();
    assert!(!alternative.better());
    assert_eq!(p.floor.from, FloorFrom::Offer);
    let view = PlanView::new(&p);
    assert!(view.alternative.as_ref().unwrap().say.is_none());
    assert!(!view.email.body.contains("offer at about"));
    // The closer: max(floor, offer + half the room), at most 6 % over.
    let rule = p.sizing.offer + (p.sizing.ask - p.sizing.offer) / d("2");
    assert!(p.sizing.closer >= rule && p.sizing.closer <= rule + d("2000"));
    let sign_today = view
        .pushbacks
        .iter()
        .find(|x| x.they_say.contains("sign today"))
        .unwrap();
    assert_eq!(
        sign_today.you_say,
        "Yes. Send the updated offer with those figures in writing and I'll confirm it the same day."
    );
}

#[test]
fn without_a_forecast_nothing_is_said_of_impact() {
    let mut case = Case::founding();
    case.impact = None;
    let p = case.plan();
    let view = PlanView::new(&p);
    assert!(view.impact.is_none());
    for line in spoken(&view) {
        assert!(!line.contains("deliver"), "{line}");
    }
    // Without the lift the base still asks the band's top (the target is it).
    assert_eq!(ask(&p, Component::Base).unwrap().ask, d("185000"));
}

#[test]
fn a_better_alternative_sets_the_floor_and_is_said_once() {
    // The founding offer as an external one, against a far better offer.
    let mut case = Case::founding();
    case.situation = Situation::External;
    case.with_market = false;
    let better = COMPETING.replace("\"base_salary\": 175000", "\"base_salary\": 260000");
    case.competing = Some(better);
    let p = case.plan();
    let alternative = p.alternative.as_ref().unwrap();
    assert!(alternative.better());
    assert_eq!(p.floor.from, FloorFrom::Alternative);
    assert_eq!(p.floor.amount, alternative.annual);
    // The ask stands at least 4 % above the floor; the closer at the floor or above.
    assert!(p.sizing.ask >= p.floor.amount * d("1.04") - d("1"));
    assert!(p.sizing.closer >= p.floor.amount);
    let view = PlanView::new(&p);
    let headline = counteroffer::domain::money::display_whole(alternative.headline, "USD");
    assert_eq!(view.email.body.matches(&headline).count(), 1);
    assert!(view.alternative.as_ref().unwrap().say.is_some());
    assert!(!view.say.anchor.contains("offer"));
}

fn currency_of(json: &str) -> String {
    offer(json).currency
}

fn offer_json() -> impl Strategy<Value = String> {
    (
        30_000u64..2_000_000,
        0u32..=10,
        0u64..30_000_000,
        proptest::collection::vec(0u64..60_000, 0..3),
        proptest::option::of((1_000u64..800_000, 0usize..3)),
        1u32..=6,
        any::<bool>(),
        0usize..4,
    )
        .prop_map(|(base, raise, bonus_micro, sign_on, grant, years, as_amount, currency)| {
            let currency = ["USD", "GBP", "EUR", "INR"][currency];
            let equity = match grant {
                Some((value, schedule)) => format!(
                    r#"[{{"grant_value": {value}, "schedule": "{}", "frequency": "quarterly", "cliff_months": 12}}]"#,
                    ["even", "amazon", "front-loaded"][schedule]
                ),
                None => "[]".to_owned(),
            };
            let sign_on: Vec<String> = sign_on.iter().map(|s| s.to_string()).collect();
            // The bonus as a percentage, or as the amount an offer letter states.
            let bonus = if as_amount {
                format!(r#""bonus_target": {}"#, bonus_micro / 100)
            } else {
                format!(
                    r#""bonus_target_pct": "{}.{:06}""#,
                    bonus_micro / 1_000_000,
                    bonus_micro % 1_000_000
                )
            };
            format!(
                r#"{{"name": "Offer", "currency": "{currency}", "start_date": "2027-01-04",
                    "base_salary": {base}, "annual_raise_pct": {raise},
                    {bonus}, "sign_on": [{}],
                    "equity": {equity}, "years": {years}}}"#,
                sign_on.join(", ")
            )
        })
}

/// Everything meant to be said or sent.
fn spoken(view: &PlanView) -> Vec<String> {
    let mut lines = vec![
        view.say.opening.clone(),
        view.say.anchor.clone(),
        view.say.ask.clone(),
        view.say.close.clone(),
        view.email.subject.clone(),
        view.email.body.clone(),
    ];
    lines.extend(view.ladder.iter().map(|r| r.say.clone()));
    lines.extend(view.trades.iter().map(|t| t.say.clone()));
    lines.extend(view.pushbacks.iter().map(|p| p.you_say.clone()));
    lines.extend(view.non_cash.iter().map(|n| n.say.clone()));
    lines.extend(view.alternative.iter().filter_map(|a| a.say.clone()));
    lines.extend(view.walk_away.iter().filter_map(|a| a.say.clone()));
    lines
}

/// No cents (`$1,234.56`), no backticks, no `p75`, no "your target", no
/// benchmark id.
fn check_words(view: &PlanView) -> Result<(), TestCaseError> {
    let ids = ["amazon-l7-manager", "manager-any-company"];
    for line in spoken(view) {
        prop_assert!(!line.contains('`'), "{line}");
        prop_assert!(!line.to_lowercase().contains("your target"), "{line}");
        for id in ids {
            prop_assert!(!line.contains(id), "{line}");
        }
        let bytes = line.as_bytes();
        for (i, window) in bytes.windows(3).enumerate() {
            // A decimal point between digits after a currency amount: cents.
            if window[0] == b'.' && window[1].is_ascii_digit() && window[2].is_ascii_digit() {
                let before = &line[..i];
                let amount_start = before.rfind(['$', '£', '€', '₹']);
                let is_money = amount_start.is_some_and(|s| {
                    before[s..]
                        .chars()
                        .skip(1)
                        .all(|c| c.is_ascii_digit() || c == ',')
                });
                prop_assert!(!is_money, "cents in {line}");
            }
        }
        for (i, c) in line.char_indices() {
            if c == 'p' && (i == 0 || !line.as_bytes()[i - 1].is_ascii_alphanumeric()) {
                let rest = &line[i + 1..];
                let digits = rest.chars().take_while(char::is_ascii_digit).count();
                let after = rest[digits..].chars().next();
                prop_assert!(
                    digits == 0 || after.is_some_and(char::is_alphanumeric),
                    "percentile code in {line}"
                );
            }
        }
    }
    Ok(())
}

/// The rules every plan keeps, whatever the offer.
fn check_rules(p: &Plan, situation: Situation) -> Result<(), TestCaseError> {
    let o = p.sizing.offer;
    let unit = p.sizing.unit;
    let offered_base = p.offer_projection.rows[0].base.max(Decimal::ZERO);
    for a in &p.asks {
        // Nothing asked that the offer lacks (sign-on aside, externally).
        if a.component != Component::SignOn {
            prop_assert!(a.offered > Decimal::ZERO, "{a:?}");
        }
        prop_assert!(a.ask > a.offered, "{a:?}");
        match (situation, a.component) {
            (Situation::Promotion, Component::SignOn) if a.offered.is_zero() => {
                return Err(TestCaseError::fail(format!("promotion asks {a:?}")));
            }
            (Situation::Promotion, Component::BonusPct) => {
                return Err(TestCaseError::fail(format!("promotion asks {a:?}")));
            }
            (Situation::Promotion, Component::Base) if p.floor.from == FloorFrom::Offer => {
                prop_assert!(a.ask <= a.offered * d("1.08"), "{a:?}");
            }
            (Situation::Promotion, Component::Equity) if p.floor.from == FloorFrom::Offer => {
                prop_assert!(a.ask >= a.offered * d("1.10") - d("1"), "{a:?}");
                let top = a.range_top.unwrap_or(a.ask);
                prop_assert!(top <= a.offered * d("1.50"), "{a:?}");
                prop_assert!(top - a.ask <= a.ask * d("0.15"), "{a:?}");
            }
            (Situation::External, Component::Base) if p.floor.from == FloorFrom::Offer => {
                prop_assert!(a.ask <= a.offered * d("1.12"), "{a:?}");
            }
            (Situation::External, Component::Equity) if p.floor.from == FloorFrom::Offer => {
                prop_assert!(a.ask <= a.offered * d("1.25"), "{a:?}");
            }
            (Situation::External, Component::BonusPct) => {
                prop_assert!(a.ask.fract().is_zero() || p.bonus_as_amount, "{a:?}");
            }
            _ => {}
        }
    }
    if situation == Situation::External && p.floor.from == FloorFrom::Offer && o > d("100") {
        let band = p.sizing.ask / o;
        let (low, high) = match p.sizing.position {
            Position::NoData | Position::BelowTarget => (d("1.10"), d("1.20")),
            _ => (d("1.04"), d("1.08")),
        };
        // Rounding to four figures may land a hair either side.
        prop_assert!(band <= high + d("0.001"), "ask {} on {o}", p.sizing.ask);
        // Below the band only when the caps hold the ask back: base at its cap.
        if band < low - d("0.02") {
            let base = p.asks.iter().find(|a| a.component == Component::Base);
            let cap_pct = if low == d("1.10") {
                d("1.12")
            } else {
                d("1.05")
            };
            // Base at its cap: the rule's percentage, or the data's highest
            // base point (or already above it, so not asked).
            prop_assert!(
                base.is_none_or(|b| b.ask >= b.offered * cap_pct - unit || b.basis == Basis::Cap),
                "ask {} on {o} below the band with room left: {:?}",
                p.sizing.ask,
                p.asks
            );
        }
    }
    // The closer: max(floor, offer + half the room), capped, to a few units above.
    if !p.ladder.is_empty() {
        let cap = if situation == Situation::External {
            d("1.10")
        } else {
            d("1.06")
        };
        let rule = p
            .sizing
            .floor
            .max((o + (p.sizing.ask - o) / d("2")).min(o * cap));
        prop_assert!(
            p.sizing.closer >= rule - d("0.01"),
            "closer {} rule {rule}",
            p.sizing.closer
        );
        // Each rounded figure may add a unit times what a unit of it adds a
        // year: base carries its bonus with it.
        let row = &p.offer_projection.rows[0];
        let base_weight = Decimal::ONE + row.bonus / row.base.max(Decimal::ONE);
        // A bonus percentage rounds to whole points: a point of base.
        let bonus_point = if p.asks.iter().any(|a| a.component == Component::BonusPct) {
            row.base / d("100")
        } else {
            Decimal::ZERO
        };
        let slack = unit * (d("2") + base_weight) + bonus_point;
        // Above that only where the rule's closer would pay less than the
        // floor over the horizon: then it rises just enough.
        let floor_horizon = [
            Some(p.offer_projection.summary.total),
            p.alternative
                .as_ref()
                .filter(|a| a.better())
                .map(|a| a.total),
            p.walk_away.as_ref().map(|w| w.amount),
        ]
        .into_iter()
        .flatten()
        .max()
        .unwrap();
        prop_assert!(
            p.sizing.closer <= rule + slack || p.floor.from != FloorFrom::Offer,
            "closer {} rule {rule}",
            p.sizing.closer
        );
        // No rung pays less than the floor over the horizon.
        for rung in &p.ladder {
            prop_assert!(
                rung.horizon_total >= floor_horizon,
                "{rung:?} under {floor_horizon}"
            );
        }
        prop_assert!(p.sizing.closer >= p.sizing.floor);
    }
    // Concessions shrink, each positive; rung figures whole units.
    let mut before = p.ask_projection.summary.total;
    let mut last: Option<Decimal> = None;
    for rung in &p.ladder {
        let concession = before - rung.horizon_total;
        prop_assert!(concession > Decimal::ZERO, "{rung:?}");
        if let Some(last) = last {
            prop_assert!(concession < last, "{concession} after {last}");
        }
        last = Some(concession);
        before = rung.horizon_total;
        for g in &rung.gives {
            let step = match g.component {
                Component::SignOn => unit / d("2"),
                Component::BonusPct if !p.bonus_as_amount => Decimal::ONE,
                _ => unit,
            };
            let offered = p
                .asks
                .iter()
                .find(|a| a.component == g.component)
                .unwrap()
                .offered;
            prop_assert!(
                (g.now % step).is_zero() || g.now == offered,
                "{g:?} step {step}"
            );
        }
    }
    prop_assert!(offered_base >= Decimal::ZERO);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn every_plan_keeps_the_rules(
        json in offer_json(),
        promotion in any::<bool>(),
        impact in proptest::option::of(1_000u64..100_000_000),
        competing in proptest::option::of(offer_json()),
        with_market in any::<bool>(),
    ) {
        let situation = if promotion { Situation::Promotion } else { Situation::External };
        let competing = competing.filter(|c| currency_of(c) == currency_of(&json));
        let case = Case {
            offer: json.clone(),
            impact: impact.map(Decimal::from),
            // The built-in entry is in dollars: only dollar offers meet it.
            with_market: with_market && currency_of(&json) == "USD",
            situation,
            competing,
            walk_away: None,
        };
        let p = case.plan();
        check_rules(&p, situation)?;
        let view = PlanView::new(&p);
        check_words(&view)?;
        // The alternative is said iff it is better.
        let better = p.alternative.as_ref().is_some_and(|a| a.better());
        let said = view.alternative.as_ref().and_then(|a| a.say.as_ref()).is_some();
        prop_assert_eq!(better, said);
        // No date on a weekend or a holiday.
        for m in &p.timeline.milestones {
            let weekday = chrono::Datelike::weekday(&m.date).num_days_from_monday();
            prop_assert!(weekday < 5, "{m:?}");
            prop_assert!(!["2026-11-26", "2026-11-27", "2026-12-24", "2026-12-25"]
                .contains(&m.date.to_string().as_str()), "{m:?}");
        }
        // Zero figures are never said.
        for line in spoken(&view) {
            prop_assert!(!line.contains(" of $0") && !line.contains(" of 0%"), "{line}");
        }
        // The sizing is the annualized total of what is offered.
        prop_assert_eq!(p.sizing.offer, annualized(&offer(&case.offer)));
    }
}
