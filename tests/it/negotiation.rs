//! The negotiation plan's rules: the founding case figure by figure, and
//! the invariants over random offers, forecasts, targets and competitors:
//! monotone in forecast, target and alternative; a ladder that concedes,
//! strictly and less each time, never below the floor; and spoken words
//! without cents, ids, backticks or percentile codes.

use crate::common;

use common::{d, offer};
use counteroffer::market::{BenchmarkSet, select};
use counteroffer::projection::{ProjectedOffer, project};
use counteroffer::script::{
    Ask, Component, DEFAULT_PRIORITY, FloorFrom, Plan, PlanInputs, PlanView, PlanWarning,
    Situation, plan,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

const FOUNDING: &str = include_str!("../../examples/amazon-promotion.json");
const COMPETING: &str = include_str!("../../examples/competing-offer.json");
const CURRENT: &str = include_str!("../../examples/current-pay.json");

/// What a plan is made from, with the founding case's defaults.
#[derive(Clone)]
struct Case {
    offer: String,
    impact: Decimal,
    target: u8,
    with_market: bool,
    situation: Situation,
    competing: Option<String>,
    current: Option<String>,
    walk_away: Option<Decimal>,
}

impl Case {
    fn founding() -> Case {
        Case {
            offer: FOUNDING.to_owned(),
            impact: d("12000000"),
            target: 75,
            with_market: true,
            situation: Situation::External,
            competing: None,
            current: None,
            walk_away: None,
        }
    }

    fn plan(&self) -> Plan {
        let projected = ProjectedOffer::new(offer(&self.offer)).unwrap();
        let competing = self
            .competing
            .as_ref()
            .map(|c| ProjectedOffer::new(offer(c)).unwrap());
        let current = self
            .current
            .as_ref()
            .map(|c| ProjectedOffer::new(offer(c)).unwrap());
        let set = BenchmarkSet::built_in().unwrap();
        let entry = select(&set.benchmarks, &projected.offer, None).unwrap();
        plan(&PlanInputs {
            offer: &projected,
            situation: self.situation,
            current: current.as_ref(),
            market: self.with_market.then_some((&set, entry)),
            no_market_reason: (!self.with_market).then(|| "none given".to_owned()),
            target: counteroffer::market::Percentile::new(self.target).unwrap(),
            impact: self.impact,
            impact_desc: "in value to the business".into(),
            offer_date: d_date("2026-11-16"),
            deadline: None,
            today: d_date("2026-11-16"),
            holidays: vec![],
            walk_away: self.walk_away,
            competing: competing.as_ref(),
            priority: DEFAULT_PRIORITY.to_vec(),
            tax: None,
        })
        .unwrap_or_else(|e| panic!("{e}"))
    }
}

fn d_date(text: &str) -> chrono::NaiveDate {
    text.parse().unwrap()
}

fn ask(plan: &Plan, component: Component, year: Option<u32>) -> &Ask {
    plan.asks
        .iter()
        .find(|a| a.component == component && a.year == year)
        .unwrap_or_else(|| panic!("no {component:?} ask"))
}

#[test]
fn the_founding_case_asks_precise_figures_lifted_by_the_forecast() {
    let p = Case::founding().plan();
    // $12M is 58× the year-1 total of $206,900: a lift of 8 %.
    assert_eq!(p.forecast.lift_pct, d("8"));
    // max(p75 185,000, 10 % over 180,000 = 198,000) × 1.08 = 213,840 → 213,900.
    assert_eq!(ask(&p, Component::Base, None).ask, d("213900"));
    // The bonus was given as $24,000, so it is asked as an amount: the p75
    // of 15 % on the offered base is 27,000, above 10 % over the offer
    // (26,400); × 1.08 = 29,160.
    assert_eq!(ask(&p, Component::BonusPct, None).ask, d("29160"));
    // p75 17,500 × 4 = 70,000 × 1.08 = 75,600, capped at 58,000 × 1.23 = 71,340.
    let equity = ask(&p, Component::Equity, None);
    assert_eq!(
        (equity.ask, equity.range_top),
        (d("71340"), Some(d("78480")))
    );
    assert!(equity.market.as_ref().unwrap().supports_more);
    // Amazon vests 5 % in year 1 against an even 25 %: 20 % of 71,340 = 14,268 → 14,270.
    assert_eq!(ask(&p, Component::SignOn, Some(1)).ask, d("14270"));
    assert_eq!(ask(&p, Component::SignOn, Some(2)).ask, d("7134"));
    // The whole ask through the projection.
    let mut asked = offer(FOUNDING);
    asked.base_salary = d("213900");
    asked.bonus_amount = Some(d("29160"));
    asked.equity[0].value = d("71340");
    asked.sign_on = vec![d("14270"), d("7134")];
    assert_eq!(project(&asked).unwrap(), p.ask_projection);
}

#[test]
fn the_founding_case_as_a_promotion_shows_the_raise_and_asks_no_sign_on() {
    let mut case = Case::founding();
    case.situation = Situation::Promotion;
    case.current = Some(CURRENT.to_owned());
    case.competing = Some(COMPETING.to_owned());
    let p = case.plan();
    assert!(p.asks.iter().all(|a| a.component != Component::SignOn));
    // Today: 165,000 + 10 % = 181,500; the offer's year 1: 206,900.
    let raise = p.raise.as_ref().unwrap();
    assert_eq!(
        (
            raise.current_total,
            raise.offer_total,
            raise.amount,
            raise.pct
        ),
        (d("181500.00"), d("206900.00"), d("25400.00"), d("13.99"))
    );
    assert_eq!(
        raise.horizon_offer_total - raise.horizon_current_total,
        raise.horizon_amount
    );
    // The competing offer pays less over four years, so the offer sets the floor.
    assert_eq!(p.floor.from, FloorFrom::Offer);
    let view = PlanView::new(&p);
    assert!(view.say.opening.contains("backing my promotion"));
    assert!(!view.email.body.contains("sign-on bonus of"));
    assert!(
        view.pushbacks
            .iter()
            .any(|p| p.they_say.contains("budget is fixed"))
    );
    assert!(view.non_cash.iter().any(|n| n.item == "Effective date"));
}

#[test]
fn a_tiny_forecast_is_not_cited_and_a_warning_says_why() {
    let mut case = Case::founding();
    case.impact = d("1500");
    let p = case.plan();
    assert!(!p.forecast.cited);
    assert!(matches!(
        p.warnings[0],
        PlanWarning::ForecastTooSmall { .. }
    ));
    let view = PlanView::new(&p);
    assert!(!view.say.anchor.contains("1,500"), "{}", view.say.anchor);
    assert!(!view.email.body.contains("1,500"));
    // At the market target without a lift: 198,000 → 198,100.
    assert_eq!(ask(&p, Component::Base, None).ask, d("198100"));
}

#[test]
fn a_target_above_the_data_uses_its_highest_point_never_less() {
    let at = |target| {
        Case {
            target,
            ..Case::founding()
        }
        .plan()
    };
    let (p75, p99) = (at(75), at(99));
    for a in &p75.asks {
        assert!(ask(&p99, a.component, a.year).ask >= a.ask, "{a:?}");
    }
    let used = ask(&p99, Component::Equity, None)
        .market
        .as_ref()
        .unwrap()
        .target_used;
    assert_eq!(used, 75);
}

#[test]
fn a_better_alternative_lifts_the_ask_above_it_and_sets_the_floor() {
    let mut case = Case::founding();
    case.impact = d("1000000");
    let richer = COMPETING.replace("\"base_salary\": 175000", "\"base_salary\": 260000");
    case.competing = Some(richer);
    case.walk_away = Some(d("900000"));
    let p = case.plan();
    let alternative = p.alternative.as_ref().unwrap();
    assert!(alternative.difference > Decimal::ZERO);
    assert_eq!(p.floor.from, FloorFrom::Alternative);
    assert_eq!(p.floor.amount, alternative.total);
    assert!(p.ask_projection.summary.total >= alternative.total * d("1.05"));
    assert!(
        p.warnings
            .iter()
            .any(|w| matches!(w, PlanWarning::WalkAwayBelowAlternative { .. }))
    );
    assert!(p.ladder.iter().all(|r| r.horizon_total > p.floor.amount));
}

#[test]
fn a_floor_above_the_ask_leaves_an_empty_ladder_and_says_why() {
    let mut case = Case::founding();
    case.walk_away = Some(d("5000000"));
    let p = case.plan();
    assert!(p.ladder.is_empty());
    assert!(
        p.warnings
            .iter()
            .any(|w| matches!(w, PlanWarning::FloorAtOrAboveAsk { .. }))
    );
}

/// A random offer as its JSON text.
fn offer_json() -> impl Strategy<Value = String> {
    (
        30_000u64..2_000_000,
        0u32..=10,
        0u64..30_000_000,
        proptest::collection::vec(0u64..60_000, 0..3),
        proptest::option::of((1_000u64..800_000, 0usize..3)),
        1u32..=6,
        any::<bool>(),
    )
        .prop_map(|(base, raise, bonus_micro, sign_on, grant, years, as_amount)| {
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
                r#"{{"name": "Offer", "currency": "USD", "start_date": "2027-01-04",
                    "base_salary": {base}, "annual_raise_pct": {raise},
                    {bonus}, "sign_on": [{}],
                    "equity": {equity}, "years": {years}}}"#,
                sign_on.join(", ")
            )
        })
}

/// Every ask of `low` is matched by an ask at least as high in `high`.
fn no_ask_lower(low: &Plan, high: &Plan) -> Result<(), TestCaseError> {
    for a in &low.asks {
        let Some(b) = high
            .asks
            .iter()
            .find(|b| b.component == a.component && b.year == a.year)
        else {
            return Err(TestCaseError::fail(format!("{a:?} disappeared")));
        };
        prop_assert!(
            b.ask >= a.ask,
            "{:?} fell from {} to {}",
            a.component,
            a.ask,
            b.ask
        );
        if let (Some(x), Some(y)) = (a.range_top, b.range_top) {
            prop_assert!(y >= x);
        }
    }
    Ok(())
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
                let amount_start = before.rfind('$');
                let is_money = amount_start.is_some_and(|s| {
                    before[s + 1..]
                        .chars()
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

fn check_ladder(p: &Plan) -> Result<(), TestCaseError> {
    let ask_total = p.ask_projection.summary.total;
    let mut last_total = ask_total;
    let mut last_concession: Option<Decimal> = None;
    for rung in &p.ladder {
        prop_assert!(rung.horizon_total < last_total, "{rung:?}");
        prop_assert!(rung.horizon_total > p.floor.amount, "{rung:?}");
        let concession = last_total - rung.horizon_total;
        if let Some(previous) = last_concession {
            prop_assert!(concession < previous, "{concession} after {previous}");
        }
        prop_assert!(rung.gives.amount > Decimal::ZERO);
        last_concession = Some(concession);
        last_total = rung.horizon_total;
    }
    let room = ask_total - p.floor.amount;
    if room <= Decimal::ZERO {
        prop_assert!(p.ladder.is_empty());
    } else if room >= d("1000") && room * d("100") >= ask_total {
        prop_assert!(
            p.ladder.len() >= 2,
            "{} rungs for room {room}",
            p.ladder.len()
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn a_larger_forecast_never_lowers_an_ask_and_a_huge_one_differs(
        json in offer_json(),
        low in 1u64..50_000_000,
        factor in 1u64..1000,
        with_market in any::<bool>(),
    ) {
        let case = Case { offer: json, with_market, impact: Decimal::from(low), ..Case::founding() };
        let small = case.plan();
        let large = Case { impact: Decimal::from(low) * Decimal::from(factor), ..case.clone() }.plan();
        no_ask_lower(&small, &large)?;
        let tiny = Case { impact: d("1"), ..case.clone() }.plan();
        let huge = Case { impact: d("1000000000000000"), ..case }.plan();
        prop_assert_ne!(&tiny.asks, &huge.asks);
        for p in [&small, &large, &tiny, &huge] {
            check_ladder(p)?;
            check_words(&PlanView::new(p))?;
        }
    }

    #[test]
    fn a_higher_target_never_lowers_an_ask(
        json in offer_json(),
        low in 1u8..99,
        step in 1u8..50,
    ) {
        let case = Case { offer: json, target: low, ..Case::founding() };
        let high = Case { target: low.saturating_add(step).min(99), ..case.clone() };
        no_ask_lower(&case.plan(), &high.plan())?;
    }

    #[test]
    fn a_better_alternative_never_lowers_an_ask_and_the_floor_is_the_highest(
        json in offer_json(),
        competing in offer_json(),
        more_base in 1u64..500_000,
        walk_away in proptest::option::of(100_000u64..5_000_000),
        promotion in any::<bool>(),
    ) {
        let situation = if promotion { Situation::Promotion } else { Situation::External };
        let case = Case {
            offer: json,
            competing: Some(competing.clone()),
            walk_away: walk_away.map(Decimal::from),
            situation,
            ..Case::founding()
        };
        let richer = {
            let value: serde_json::Value = serde_json::from_str(&competing).unwrap();
            let base = value["base_salary"].as_u64().unwrap() + more_base;
            competing.replace(
                &format!("\"base_salary\": {}", value["base_salary"]),
                &format!("\"base_salary\": {base}"),
            )
        };
        let p = case.plan();
        let q = Case { competing: Some(richer), ..case.clone() }.plan();
        no_ask_lower(&p, &q)?;
        for plan in [&p, &q] {
            let offer_total = plan.offer_projection.summary.total;
            let alternative = plan.alternative.as_ref().unwrap().total;
            let walk = walk_away.map(Decimal::from);
            let highest = [Some(offer_total), Some(alternative), walk]
                .into_iter()
                .flatten()
                .max()
                .unwrap();
            prop_assert_eq!(plan.floor.amount, highest);
            if walk == Some(highest) {
                prop_assert_eq!(plan.floor.from, FloorFrom::WalkAway);
            }
            if alternative > offer_total {
                prop_assert!(plan.ask_projection.summary.total > alternative);
            }
            check_ladder(plan)?;
            let view = PlanView::new(plan);
            check_words(&view)?;
            if promotion {
                prop_assert!(view.walk_away.iter().all(|w| w.say.is_none()));
            }
        }
    }
}

#[test]
fn every_money_ask_is_whole_and_never_a_round_thousand() {
    for impact in ["1", "500000", "12000000", "999999999999"] {
        let p = Case {
            impact: d(impact),
            ..Case::founding()
        }
        .plan();
        for a in p.asks.iter().filter(|a| a.component != Component::BonusPct) {
            assert!(a.ask.fract().is_zero(), "{a:?}");
            assert!(!(a.ask % d("1000")).is_zero(), "{a:?}");
        }
    }
}

/// Public data is mostly totals by company, role and location: the entry is
/// found whatever the spelling, and the plan lifts the package towards the
/// target total in priority order, within the credible step.
#[test]
fn an_entry_of_totals_lifts_the_package_towards_the_target_total() {
    let mut set = BenchmarkSet {
        benchmarks: counteroffer::market::parse_benchmarks(include_bytes!(
            "../fixtures/market-totals.json"
        ))
        .unwrap(),
        name: "market-totals.json".into(),
        built_in: false,
    };
    let projected = ProjectedOffer::new(offer(FOUNDING)).unwrap();
    // Both entries match `Amazon` / `Product Manager` / `Seattle`; the one
    // spelled exactly as the offer wins the tie.
    let entry = select(&set.benchmarks, &projected.offer, None).unwrap();
    assert_eq!(entry.id, "amazon-pm-seattle");
    // Alone, `Product-Manager` in `Seattle, WA` is the same role and place.
    set.benchmarks.entries.truncate(1);
    let entry = select(&set.benchmarks, &projected.offer, None).unwrap();
    assert_eq!(entry.id, "amazon-pm-seattle-wa");
    let p = plan(&PlanInputs {
        offer: &projected,
        situation: Situation::Promotion,
        current: None,
        market: Some((&set, entry)),
        no_market_reason: None,
        target: counteroffer::market::DEFAULT_TARGET,
        impact: d("1500"),
        impact_desc: "in value to the business".into(),
        offer_date: d_date("2026-11-16"),
        deadline: None,
        today: d_date("2026-11-16"),
        holidays: vec![],
        walk_away: None,
        competing: None,
        priority: DEFAULT_PRIORITY.to_vec(),
        tax: None,
    })
    .unwrap();
    let total = p.total_market.as_ref().unwrap();
    // 180,000 + 24,000 + 58,000 / 4 = 218,500, near the 39th percentile.
    assert_eq!(total.offered, d("218500.00"));
    assert_eq!(total.offered_position, "p39.3");
    // The target total 295,000 is beyond 15 % over the offer: capped at 251,275.
    assert_eq!(total.wanted, d("251275.0000"));
    assert!(total.supports_more);
    assert!(total.asked >= total.wanted);
    // Without data per component: base 198,100, bonus $26,400 (an amount,
    // so it does not follow the base), grant 63,800: a yearly total of
    // 240,450. Base comes first (priority), within its own step of 207,000
    // (an anchor, 207,100); then equity, to its step of 66,700; then the
    // bonus: 24,000 + 3,500 = 27,500 brings the total to exactly 251,275.
    let base = ask(&p, Component::Base, None);
    assert_eq!(base.basis, counteroffer::script::Basis::MarketTotal);
    assert_eq!(base.ask, d("207100"));
    assert_eq!(ask(&p, Component::Equity, None).ask, d("66700"));
    let bonus = ask(&p, Component::BonusPct, None);
    assert_eq!((bonus.ask, bonus.extra_per_year), (d("27500"), d("3500")));
    assert_eq!(total.asked, d("251275.00"));
    let view = PlanView::new(&p);
    assert!(
        view.notes
            .iter()
            .any(|n| n.contains("The entry has totals only"))
    );
}

/// An offer already above the data's highest point gets a modest ask and
/// a warning; a higher target cannot lower it.
#[test]
fn an_offer_above_the_market_gets_a_modest_ask_and_a_warning() {
    let rich = FOUNDING.replace("\"base_salary\": 180000", "\"base_salary\": 300000");
    let p = Case {
        offer: rich,
        impact: d("1"),
        ..Case::founding()
    }
    .plan();
    let base = ask(&p, Component::Base, None);
    // The data's top is $185,000: 5 % over 300,000 = 315,000 → 315,100.
    assert_eq!(base.basis, counteroffer::script::Basis::AboveMarketTop);
    assert_eq!(base.ask, d("315100"));
    assert!(p.warnings.iter().any(|w| matches!(
        w,
        PlanWarning::OfferAboveMarket { components } if components.contains(&Component::Base)
    )));
}

/// The built-in benchmarks are illustrative: the words never claim market
/// data from them, nor without a benchmark; a real file may be cited.
#[test]
fn only_real_market_data_is_claimed_in_the_words() {
    let claims = |view: &PlanView| view.say.anchor.contains("market data");
    let built_in = Case::founding().plan();
    assert!(built_in.benchmark.as_ref().unwrap().built_in);
    assert!(!claims(&PlanView::new(&built_in)));
    let none = Case {
        with_market: false,
        ..Case::founding()
    }
    .plan();
    assert!(!claims(&PlanView::new(&none)));
    let mut real = built_in.clone();
    real.benchmark.as_mut().unwrap().built_in = false;
    let view = PlanView::new(&real);
    assert!(claims(&view), "{}", view.say.anchor);
    assert!(view.say.anchor.contains("upper end of the market"));
}
