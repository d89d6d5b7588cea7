//! The `compare` view: offers side by side and the verdict in sentences.

use rust_decimal::Decimal;

use super::doc::Doc;
use crate::domain::compare::{CLOSE_PCT, Comparison};
use crate::domain::market::MarketComparison;
use crate::domain::money::display;
use crate::domain::report::OfferReport;
use crate::render::{View, labels};

pub fn comparison(
    offers: &[OfferReport],
    comparison: &Comparison,
    market: Option<&MarketComparison>,
    view: &View,
) -> String {
    let mut doc = Doc::new(view);
    let horizon = offers[0].offer.years;
    let currency = &offers[0].offer.currency;
    doc.heading(&format!(
        "Comparison over {} ({currency})",
        labels::years(horizon)
    ));
    let conversions: Vec<String> = offers.iter().filter_map(labels::conversion).collect();
    if !conversions.is_empty() {
        doc.lines(&conversions);
    }
    let mut header = vec!["Year".to_owned()];
    header.extend(offers.iter().map(|o| o.offer.name.clone()));
    // The start dates, so that offers starting apart are seen to.
    let mut starts = vec!["Year 1 starts".to_owned()];
    starts.extend(offers.iter().map(|o| o.offer.start_date.to_string()));
    let mut rows: Vec<Vec<String>> = std::iter::once(starts)
        .chain((0..horizon as usize).map(|y| {
            let mut row = vec![(y + 1).to_string()];
            row.extend(
                offers
                    .iter()
                    .map(|o| display(o.projection.rows[y].total, &o.offer.currency)),
            );
            row
        }))
        .collect();
    let figure = |label: String, pick: fn(&OfferReport) -> Decimal| {
        let mut row = vec![label];
        row.extend(offers.iter().map(|o| display(pick(o), &o.offer.currency)));
        row
    };
    rows.push(figure(
        format!("Total over {}", labels::years(horizon)),
        |o| o.projection.summary.total,
    ));
    rows.push(figure("Average year".into(), |o| {
        o.projection.summary.average
    }));
    rows.push(figure("Average without sign-on".into(), |o| {
        o.projection.summary.average_recurring
    }));
    rows.push(figure("Guaranteed cash".into(), |o| {
        o.projection.summary.guaranteed_cash
    }));
    if offers
        .iter()
        .any(|o| !o.projection.summary.unvested.is_zero())
    {
        rows.push(figure("Unvested after horizon".into(), |o| {
            o.projection.summary.unvested
        }));
    }
    if offers.iter().any(|o| o.purchasing_power.is_some()) {
        let mut row = vec!["Purchasing power (100 = your place)".to_owned()];
        row.extend(offers.iter().map(|o| {
            o.purchasing_power
                .as_ref()
                .map_or("no index".to_owned(), |p| {
                    format!(
                        "{} (index {}, {})",
                        display(p.total, &o.offer.currency),
                        p.index,
                        p.key
                    )
                })
        }));
        rows.push(row);
    }
    let tied = tied_for_lead(comparison);
    let mut behind = vec!["Behind the leader".to_owned()];
    behind.extend(comparison.standings.iter().map(|s| {
        if tied.len() > 1 && tied.contains(&s.offer) {
            "tied".to_owned()
        } else if s.offer == comparison.leader {
            "leader".to_owned()
        } else {
            format!("-{} ({}%)", display(s.behind, currency), s.behind_pct)
        }
    }));
    rows.push(behind);
    doc.table(header, rows, 1);
    doc.lines(&verdict(offers, comparison));
    doc.lines(&super::options::comparison_lines(offers, comparison));
    super::tax::comparison_section(&mut doc, offers, comparison);
    super::leave::comparison_section(&mut doc, offers, comparison);
    if view.vests {
        for projected in offers {
            doc.heading(&format!("Vest events: {}", projected.offer.name));
            super::projection::vests(&mut doc, projected);
        }
    }
    if let Some(market) = market {
        super::market::comparison_section(
            &mut doc,
            offers,
            &market.set,
            &market.offers,
            market.target,
        );
    }
    doc.out
}

/// The offers no other offer is ahead of, the leader first; more than one
/// is a tie.
fn tied_for_lead(comparison: &Comparison) -> Vec<usize> {
    comparison
        .standings
        .iter()
        .filter(|s| s.behind.is_zero())
        .map(|s| s.offer)
        .collect()
}

/// "The stock of X finishes vesting in year 4 (2031-01-04); years 5-6
/// have no equity", for an offer whose grants are all vested before the horizon
/// ends, so that an offer's falling years are explained.
fn vesting_done(projected: &OfferReport) -> Option<String> {
    let offer = &projected.offer;
    let last = projected
        .projection
        .vests
        .iter()
        .max_by_key(|v| (v.year, v.date(offer.start_date)))?;
    if last.year >= offer.years {
        return None;
    }
    let after = if last.year + 1 == offer.years {
        format!("year {} has", offer.years)
    } else {
        format!("years {}-{} have", last.year + 1, offer.years)
    };
    Some(format!(
        "Vested: the stock of {} finishes vesting in year {} ({}); {after} no equity.",
        offer.name,
        last.year,
        last.date(offer.start_date)
    ))
}

/// The reading of a comparison in sentences.
fn verdict(offers: &[OfferReport], comparison: &Comparison) -> Vec<String> {
    let name = |i: usize| offers[i].offer.name.as_str();
    let currency = offers[0].offer.currency.as_str();
    let horizon = labels::years(offers[0].offer.years);
    let leader = name(comparison.leader);
    let mut lines = Vec::new();
    let runner_up = comparison
        .standings
        .iter()
        .filter(|s| s.offer != comparison.leader)
        .min_by_key(|s| s.behind);
    let tied = tied_for_lead(comparison);
    if tied.len() > 1 {
        let names: Vec<&str> = tied.iter().map(|&i| name(i)).collect();
        lines.push(format!(
            "Tie: {} pay the same over {horizon}, {} each.",
            labels::and_list(&names),
            display(offers[comparison.leader].projection.summary.total, currency)
        ));
    } else if let Some(runner_up) = runner_up {
        let margin = format!(
            "{} ({}%)",
            display(runner_up.behind, currency),
            runner_up.behind_pct
        );
        if comparison.close {
            lines.push(format!(
                "Close: {leader} leads {} by {margin} over {horizon}, within {CLOSE_PCT}%; \
                 on pay alone these are even.",
                name(runner_up.offer)
            ));
        } else {
            lines.push(format!(
                "Leader: {leader}, ahead of {} by {margin} over {horizon}.",
                name(runner_up.offer)
            ));
        }
    }
    for c in &comparison.crossovers {
        lines.push(format!(
            "Crossover: {} passes {} in cumulative pay in year {}.",
            name(c.ahead),
            name(c.behind),
            c.year
        ));
    }
    lines.extend(offers.iter().filter_map(vesting_done));
    for b in &comparison.break_even {
        let offer = &offers[b.offer].offer;
        let grant = match (b.grant, b.grant_index) {
            (Some(extra), Some(index)) => format!(
                "; or {} more on grant {}",
                display(extra, currency),
                labels::grant(index, &offer.equity[index])
            ),
            (Some(extra), None) => format!(
                "; or a new grant of {} (even, annual, 12-month cliff)",
                display(extra, currency)
            ),
            (None, _) => "; no grant vests enough within the horizon".to_owned(),
        };
        // A bonus given as an amount does not follow the base.
        let follow = if offer.bonus_amount.is_some() {
            "raises follow"
        } else {
            "raises and bonus follow"
        };
        lines.push(format!(
            "Break-even: to match {leader} over {horizon}, {} needs {} more sign-on; \
             or {} more base a year ({follow}){grant}.",
            offer.name,
            display(b.sign_on, currency),
            display(b.base, currency),
        ));
    }
    lines
}
