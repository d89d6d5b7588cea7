//! Comparison: leader, close calls, crossovers and break-even figures, the
//! last checked by projecting the adjusted offer again.

use crate::common;

use common::{Run, d, offer};
use counteroffer::domain::compare::compare;
use counteroffer::domain::offer::Offer;
use counteroffer::domain::projection::project;
use counteroffer::domain::report::OfferReport;
use rust_decimal::Decimal;

fn projected(json: &str) -> OfferReport {
    OfferReport::new(offer(json)).unwrap()
}

fn total(o: &Offer) -> Decimal {
    project(o).unwrap().summary.total
}

#[test]
fn sign_on_now_versus_back_loaded_stock_crosses_over() {
    let early =
        projected(r#"{"name": "Early", "base_salary": 100000, "sign_on": [50000], "years": 4}"#);
    let late = projected(
        r#"{"name": "Late", "base_salary": 100000, "years": 4,
            "equity": [{"grant_value": 80000, "schedule": "amazon"}]}"#,
    );
    // Cumulative: Early 150k, 250k, 350k, 450k; Late 104k, 216k, 348k, 480k.
    let c = compare(&[early, late]).unwrap();
    assert_eq!(c.leader, 1);
    assert!(!c.close);
    assert_eq!(c.crossovers.len(), 1);
    assert_eq!(
        (
            c.crossovers[0].year,
            c.crossovers[0].ahead,
            c.crossovers[0].behind
        ),
        (4, 1, 0)
    );
    assert_eq!(c.standings[0].behind, d("30000.00"));
    assert_eq!(c.standings[0].behind_pct, d("6.25"));
    assert_eq!(c.standings[1].behind, d("0.00"));
}

#[test]
fn within_two_percent_is_close() {
    let a = projected(r#"{"name": "A", "base_salary": 100000, "years": 1}"#);
    let b = projected(r#"{"name": "B", "base_salary": 98000, "years": 1}"#);
    let c = compare(&[a.clone(), b]).unwrap();
    assert_eq!(c.leader, 0);
    assert!(c.close, "2,000 behind 100,000 is exactly 2 %");
    let b = projected(r#"{"name": "B", "base_salary": "97999.99", "years": 1}"#);
    assert!(!compare(&[a, b]).unwrap().close);
}

#[test]
fn equal_totals_lead_with_the_first_given_and_need_no_break_even() {
    let a = projected(r#"{"name": "A", "base_salary": 100000}"#);
    let b = projected(r#"{"name": "B", "base_salary": 100000}"#);
    let c = compare(&[a, b]).unwrap();
    assert_eq!(c.leader, 0);
    assert!(c.close);
    assert!(c.break_even.is_empty());
    assert!(c.crossovers.is_empty());
}

#[test]
fn break_even_figures_reach_the_leader_and_a_cent_less_does_not() {
    let leader = projected(
        r#"{"name": "Leader", "base_salary": 190000, "bonus_target_pct": 15, "annual_raise_pct": 4,
            "equity": [{"grant_value": 120000, "frequency": "quarterly"}]}"#,
    );
    let trailing = projected(
        r#"{"name": "Trailing", "base_salary": 170000, "bonus_target_pct": "12.5", "annual_raise_pct": 3,
            "equity": [{"grant_value": 58000, "schedule": "amazon", "frequency": "semiannual"}],
            "years": 4}"#,
    );
    let target = leader.projection.summary.total;
    let c = compare(&[leader, trailing.clone()]).unwrap();
    let b = &c.break_even[0];
    assert_eq!(b.gap, target - trailing.projection.summary.total);
    assert_eq!(b.sign_on, b.gap);

    let cent = Decimal::new(1, 2);
    let with_base = |extra: Decimal| {
        let mut o = trailing.offer.clone();
        o.base_salary += extra;
        total(&o)
    };
    assert!(with_base(b.base) >= target);
    assert!(with_base(b.base - cent) < target);

    let grant = b
        .grant
        .expect("an Amazon grant inside four years can close the gap");
    assert_eq!(b.grant_index, Some(0));
    let with_grant = |extra: Decimal| {
        let mut o = trailing.offer.clone();
        o.equity[0].value += extra;
        total(&o)
    };
    assert!(with_grant(grant) >= target);
    assert!(with_grant(grant - cent) < target);
    // Only 20 % of an Amazon grant vests in the first two years: over a
    // two-year horizon the grant must grow by about five times the gap.
    let mut short = trailing.offer.clone();
    short.years = 2;
    let short = OfferReport::new(short).unwrap();
    let rich = projected(
        r#"{"name": "Rich", "base_salary": 170000, "bonus_target_pct": "12.5", "annual_raise_pct": 3,
            "equity": [{"grant_value": 58000, "schedule": "amazon", "frequency": "semiannual"}],
            "sign_on": [1000], "years": 2}"#,
    );
    let c = compare(&[rich, short]).unwrap();
    assert_eq!(c.break_even[0].gap, d("1000.00"));
    // Not 5,000.00 but 4,999.96: a 62,999.96 grant splits 3,149.998 / 9,449.994 /
    // 25,199.984 / 25,199.984; the two leftover cents go to the largest
    // remainders, years 1 and 2, which then vest 3,150.00 + 9,450.00 = 12,600.00,
    // exactly 1,000.00 more than the 58,000 grant's 11,600.00.
    assert_eq!(c.break_even[0].grant, Some(d("4999.96")));
}

#[test]
fn a_grant_that_cannot_vest_within_the_horizon_has_no_break_even() {
    let leader = projected(r#"{"name": "L", "base_salary": 100001, "years": 1}"#);
    let trailing = projected(
        r#"{"name": "T", "base_salary": 100000, "years": 1,
            "equity": [{"grant_value": 1000, "grant_year": 2}]}"#,
    );
    let c = compare(&[leader, trailing]).unwrap();
    assert_eq!(c.break_even[0].grant, None);
    assert_eq!(c.break_even[0].base, d("1.00"));
}

#[test]
fn an_offer_without_equity_gets_a_new_default_grant() {
    let leader = projected(r#"{"name": "L", "base_salary": 110000}"#);
    let trailing = projected(r#"{"name": "T", "base_salary": 100000}"#);
    let c = compare(&[leader, trailing]).unwrap();
    // 40,000 short over four years: a new even grant of 40,000 vests 10,000 a year.
    assert_eq!(c.break_even[0].grant, Some(d("40000.00")));
    assert_eq!(c.break_even[0].grant_index, None);
    assert_eq!(c.break_even[0].base, d("10000.00"));
}

/// Equal offers tie, in every sentence that would otherwise name a leader
/// by $0.00: the standing, the verdict, after tax and after leaving.
#[test]
fn equal_offers_are_said_to_tie() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, json: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, json).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let a = write("a.json", r#"{"name": "A", "base_salary": 100000}"#);
    let b = write("b.json", r#"{"name": "B", "base_salary": 100000}"#);
    let c = write("c.json", r#"{"name": "C", "base_salary": 90000}"#);
    let args = [
        "--color",
        "never",
        "compare",
        &a,
        &b,
        &c,
        "--tax",
        "us-2026-single",
        "--leave-after",
        "18",
    ];
    let out = Run::bare().args(args).stdout();
    assert!(
        out.contains("Tie: A and B pay the same over 4 years, $400,000.00 each."),
        "{out}"
    );
    assert!(!out.contains("$0.00 (0%)"), "{out}");
    assert!(!out.contains("leads"), "{out}");
    let behind = out
        .lines()
        .find(|l| l.contains("Behind the leader"))
        .unwrap();
    assert_eq!(
        behind.split('┆').map(str::trim).collect::<Vec<_>>()[1..],
        ["tied", "tied", "-$40,000.00 (10.00%) │"]
    );
    assert!(
        out.contains("After tax: A and B tie, $316,720.00 each."),
        "{out}"
    );
    assert!(
        out.contains("If you leave after 18 months: A and B pay the same."),
        "{out}"
    );
    let markdown = Run::bare()
        .args(args)
        .args(["--format", "markdown"])
        .stdout();
    assert!(markdown.contains("Tie: A and B pay the same"), "{markdown}");
}

/// Past the last vest, an offer's years fall: the note says whose stock
/// has finished vesting, and when; an offer still vesting gets none.
#[test]
fn a_note_says_whose_stock_has_finished_vesting() {
    let run = |years: &str| {
        Run::new("compare")
            .args([
                "examples/amazon-promotion.json",
                "examples/refreshers.json",
                "--years",
                years,
                "--width",
                "200",
            ])
            .stdout()
    };
    // The Amazon grant's last vest is on 2031-01-04, in year 4; the
    // refresher's on 2032-03-01, in year 5.
    let notes = |years| {
        run(years)
            .lines()
            .filter(|l| l.starts_with("Vested:"))
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        notes("6"),
        [
            "Vested: the stock of Amazon promotion (L7 manager) finishes vesting in year 4 \
             (2031-01-04); years 5-6 have no equity.",
            "Vested: the stock of Senior PM with refreshers finishes vesting in year 5 \
             (2032-03-01); year 6 has no equity."
        ]
    );
    assert_eq!(
        notes("5"),
        [
            "Vested: the stock of Amazon promotion (L7 manager) finishes vesting in year 4 \
          (2031-01-04); year 5 has no equity."
        ]
    );
    assert!(notes("4").is_empty());
}
