//! The `market` view, the market section of `compare`, and `benchmarks check`.

use rust_decimal::Decimal;

use super::doc::Doc;
use crate::domain::market::{BenchmarkSet, Metric, OfferMarket, Placement};
use crate::domain::money::{display, percent_string};
use crate::domain::report::OfferReport;
use crate::render::View;

/// One offer against its entry.
pub fn market(
    projected: &crate::domain::projection::ProjectedOffer,
    set: &BenchmarkSet,
    report: &crate::domain::market::MarketReport,
    view: &View,
) -> String {
    let currency = projected.offer.currency.as_str();
    let mut doc = Doc::new(view);
    doc.heading(&format!("{} against the market", projected.offer.name));
    doc.paragraph(&provenance(set, Some(&report.entry_id)));
    let target = format!("p{} target", report.target);
    let header = ["Metric", "Offer", "Position", &target, "Gap to target"];
    let rows = report
        .placements
        .iter()
        .map(|p| {
            // A bonus given as an amount is shown as that amount, with the
            // ratio the market places.
            let offered = match (p.metric, projected.offer.bonus_amount) {
                (Metric::BonusPct, Some(bonus)) => format!(
                    "{} ({})",
                    display(bonus, currency),
                    amount(p.metric, p.value, currency)
                ),
                _ => amount(p.metric, p.value, currency),
            };
            vec![
                p.metric.label().to_owned(),
                offered,
                p.position.label(),
                p.target_value
                    .map_or("not in the data".into(), |t| amount(p.metric, t, currency)),
                p.gap.map_or("—".into(), |g| signed(p.metric, g, currency)),
            ]
        })
        .collect();
    doc.table(header.map(String::from).to_vec(), rows, 1);
    doc.paragraph(&reading(&report.placements, report.target.get(), currency));
    doc.out
}

/// The market rows appended to a comparison.
pub fn comparison_section(
    doc: &mut Doc,
    offers: &[OfferReport],
    set: &BenchmarkSet,
    markets: &[OfferMarket],
    target: crate::domain::market::Percentile,
) {
    let currency = offers[0].offer.currency.as_str();
    doc.heading(&format!("Market position (p{target} target)"));
    doc.paragraph(&provenance(set, None));
    let mut header = vec!["Metric".to_owned()];
    header.extend(offers.iter().map(|o| o.offer.name.clone()));
    let mut entry_row = vec!["Entry".to_owned()];
    entry_row.extend(markets.iter().map(|m| match m {
        Ok(report) => report.entry_id.clone(),
        Err(_) => "no match".to_owned(),
    }));
    let mut rows = vec![entry_row];
    for metric in Metric::ALL {
        let cells: Vec<String> = markets
            .iter()
            .map(|m| {
                m.as_ref()
                    .ok()
                    .and_then(|r| r.placements.iter().find(|p| p.metric == metric))
                    .map_or("—".into(), |p| match p.gap {
                        Some(gap) => {
                            format!("{} ({})", p.position.label(), signed(metric, gap, currency))
                        }
                        None => p.position.label(),
                    })
            })
            .collect();
        if cells.iter().any(|c| c != "—") {
            let mut row = vec![metric.label().to_owned()];
            row.extend(cells);
            rows.push(row);
        }
    }
    doc.table(header, rows, 1);
    let mut lines = vec![format!(
        "In brackets: the gap to the p{target} target (positive: room to ask for more)."
    )];
    for (projected, market) in offers.iter().zip(markets) {
        if let Err(reason) = market {
            lines.push(format!("{}: {reason}", projected.offer.name));
        }
    }
    doc.lines(&lines);
}

/// What a benchmark file holds, for `benchmarks check`.
pub fn benchmarks_check(set: &BenchmarkSet, view: &View) -> String {
    let b = &set.benchmarks;
    let mut doc = Doc::new(view);
    doc.heading(&format!("{}: valid", set.name));
    doc.lines(&[
        format!("Source: {}", b.source),
        format!(
            "As of: {} · currency: {} · {} entr{}",
            b.as_of.map_or("not stated".into(), |d| d.to_string()),
            b.currency,
            b.entries.len(),
            if b.entries.len() == 1 { "y" } else { "ies" }
        ),
    ]);
    let mut rows = Vec::new();
    for entry in b.entries.iter().take(CHECK_LISTS) {
        let f = &entry.filters;
        let filters: Vec<String> = [
            ("company", &f.company),
            ("role", &f.role),
            ("level", &f.level),
            ("location", &f.location),
        ]
        .into_iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={v}")))
        .collect();
        let matches = if filters.is_empty() {
            "any offer".to_owned()
        } else {
            filters.join(", ")
        };
        for (i, (metric, points)) in entry.metrics.iter().enumerate() {
            let points: Vec<String> = points
                .points
                .iter()
                .map(|(p, x)| format!("p{p} {}", amount(*metric, *x, &b.currency)))
                .collect();
            let (id, matches) = if i == 0 {
                (entry.id.clone(), matches.clone())
            } else {
                (String::new(), String::new())
            };
            rows.push(vec![
                id,
                matches,
                metric.key().to_owned(),
                points.join(", "),
            ]);
        }
    }
    doc.table(
        ["Entry", "Matches", "Metric", "Percentiles"]
            .map(String::from)
            .to_vec(),
        rows,
        4,
    );
    if let Some(more) = b.entries.len().checked_sub(CHECK_LISTS).filter(|n| *n > 0) {
        doc.lines(&[format!(
            "… and {more} more entr{}, all valid (the list stops at {CHECK_LISTS}).",
            if more == 1 { "y" } else { "ies" }
        )]);
    }
    doc.out
}

/// How many entries `benchmarks check` lists: a table of every entry of a
/// 200,000-entry file would take more memory than the file many times over,
/// and no one reads it.
const CHECK_LISTS: usize = 1000;

/// `Entry `x` of built-in benchmarks (illustrative): <source>`.
fn provenance(set: &BenchmarkSet, entry: Option<&str>) -> String {
    let b = &set.benchmarks;
    let as_of = b.as_of.map_or(String::new(), |d| format!(", as of {d}"));
    match entry {
        Some(id) => format!("Entry `{id}` of {}{as_of}. Source: {}", set.name, b.source),
        None => format!("From {}{as_of}. Source: {}", set.name, b.source),
    }
}

/// The one-line reading: "base is at p62.5, 5,000.00 below your p75 target; …".
pub fn reading(placements: &[Placement], target: u8, currency: &str) -> String {
    let parts: Vec<String> = placements
        .iter()
        .map(|p| {
            let at = match p.position.percentile() {
                Some(_) => format!("{} is at {}", p.metric.word(), p.position.label()),
                None => format!("{} is {}", p.metric.word(), p.position.label()),
            };
            let versus = match p.gap {
                None => format!("no p{target} in the data"),
                Some(g) if g.is_zero() => format!("exactly your p{target} target"),
                Some(g) if g > Decimal::ZERO => {
                    format!(
                        "{} below your p{target} target",
                        unsigned(p.metric, g, currency)
                    )
                }
                Some(g) => format!(
                    "{} above your p{target} target",
                    unsigned(p.metric, -g, currency)
                ),
            };
            format!("{at}, {versus}")
        })
        .collect();
    let mut line = parts.join("; ");
    line.push('.');
    crate::render::labels::capitalised(&line)
}

fn amount(metric: Metric, value: Decimal, currency: &str) -> String {
    if metric.is_money() {
        display(value, currency)
    } else {
        percent_string(value)
    }
}

fn unsigned(metric: Metric, value: Decimal, currency: &str) -> String {
    if metric.is_money() {
        display(value, currency)
    } else {
        format!("{} points", value.normalize())
    }
}

/// A gap with its sign always shown: `+$5,000.00` (room to ask), `-$1,235.00` (above target).
fn signed(metric: Metric, value: Decimal, currency: &str) -> String {
    let sign = if value > Decimal::ZERO { "+" } else { "" };
    if metric.is_money() {
        format!("{sign}{}", display(value, currency))
    } else {
        format!("{sign}{} pts", value.normalize())
    }
}
