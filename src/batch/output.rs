//! Batch output records: JSON Lines or CSV, money as plain two-decimal text.

use std::fmt::Write as _;

use crate::market::{MarketReport, OfferMarket};
use crate::money::cents_string;
use crate::projection::ProjectedOffer;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    JsonLines,
    Csv,
}

/// `{"line": 1, "name": …, "total": …, "year_totals": […], …, "market": {…}}`.
pub fn json_line(line: u64, projected: &ProjectedOffer, market: Option<&OfferMarket>) -> String {
    let summary = &projected.projection.summary;
    let mut out = String::with_capacity(320);
    let _ = write!(
        out,
        r#"{{"line":{line},"name":{},"currency":"{}","years":{},"total":"{}","year_totals":["#,
        json_string(&projected.offer.name),
        projected.offer.currency,
        projected.offer.years,
        cents_string(summary.total)
    );
    for (i, row) in projected.projection.rows.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(out, r#""{}""#, cents_string(row.total));
    }
    let _ = write!(
        out,
        r#"],"year_one":"{}","average":"{}","average_without_sign_on":"{}","guaranteed_cash":"{}","unvested_after_horizon":"{}""#,
        cents_string(summary.year_one),
        cents_string(summary.average),
        cents_string(summary.average_recurring),
        cents_string(summary.guaranteed_cash),
        cents_string(summary.unvested)
    );
    if let Some(taxed) = &projected.taxed {
        let _ = write!(
            out,
            r#","tax_table":{},"net_total":"{}","year_nets":["#,
            json_string(&taxed.table),
            cents_string(taxed.net_total)
        );
        for (i, year) in taxed.years.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let _ = write!(out, r#""{}""#, cents_string(year.net));
        }
        out.push(']');
    }
    if let Some(from) = &projected.converted_from {
        let c = &from.conversion;
        let _ = write!(
            out,
            r#","converted_from":{{"currency":"{}","rate":"{}","date":{},"source":{}}}"#,
            c.from,
            c.rate(),
            c.date.map_or("null".to_owned(), |d| format!("\"{d}\"")),
            c.source.as_deref().map_or("null".to_owned(), json_string)
        );
    }
    if let Some(market) = market {
        out.push_str(r#","market":"#);
        match market {
            Ok(report) => market_json(&mut out, report),
            Err(reason) => {
                let _ = write!(out, r#"{{"error":{}}}"#, json_string(reason));
            }
        }
    }
    out.push_str("}\n");
    out
}

fn market_json(out: &mut String, report: &MarketReport) {
    let _ = write!(
        out,
        r#"{{"entry":{},"target":"p{}","metrics":{{"#,
        json_string(&report.entry_id),
        report.target
    );
    for (i, p) in report.placements.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let optional =
            |value: Option<String>| value.map_or("null".to_owned(), |v| format!("\"{v}\""));
        let _ = write!(
            out,
            r#""{}":{{"value":"{}","percentile":{},"position":"{}","target_value":{},"gap":{}}}"#,
            p.metric.key(),
            p.metric.exact_string(p.value),
            optional(p.position.percentile().map(|x| x.to_string())),
            p.position.label(),
            optional(p.target_value.map(|t| p.metric.exact_string(t))),
            optional(p.gap.map(|g| p.metric.exact_string(g)))
        );
    }
    out.push_str("}}");
}

fn json_string(text: &str) -> String {
    // Serializing a string cannot fail.
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

/// The CSV header for `years` year columns, with market and tax columns if asked.
/// The optional column groups of a CSV run, in their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    pub tax: bool,
    /// `converted_from`, `rate`, `rate_date`: the run reports in `--in`.
    pub converted: bool,
    pub market: bool,
}

pub fn csv_header(years: u32, optional: Columns) -> String {
    let mut names = vec![
        "line".to_owned(),
        "name".to_owned(),
        "currency".to_owned(),
        "years".to_owned(),
        "total".to_owned(),
        "year_one".to_owned(),
        "average".to_owned(),
        "average_without_sign_on".to_owned(),
        "guaranteed_cash".to_owned(),
        "unvested_after_horizon".to_owned(),
    ];
    names.extend((1..=years).map(|y| format!("year_{y}")));
    if optional.tax {
        names.extend(["tax_table".to_owned(), "net_total".to_owned()]);
    }
    if optional.converted {
        names.extend(["converted_from", "rate", "rate_date"].map(String::from));
    }
    if optional.market {
        names.push("market_entry".to_owned());
        for metric in crate::market::Metric::ALL {
            names.push(format!("{}_position", metric.key()));
            names.push(format!("{}_gap", metric.key()));
        }
    }
    let mut line = names.join(",");
    line.push('\n');
    line
}

/// One CSV row; year cells past the offer's horizon stay empty.
pub fn csv_row(
    line: u64,
    projected: &ProjectedOffer,
    columns_years: u32,
    market: Option<&OfferMarket>,
    optional: Columns,
) -> String {
    let summary = &projected.projection.summary;
    let mut cells = vec![
        line.to_string(),
        crate::escape::csv_text(&projected.offer.name).into_owned(),
        projected.offer.currency.clone(),
        projected.offer.years.to_string(),
        cents_string(summary.total),
        cents_string(summary.year_one),
        cents_string(summary.average),
        cents_string(summary.average_recurring),
        cents_string(summary.guaranteed_cash),
        cents_string(summary.unvested),
    ];
    for y in 0..columns_years as usize {
        cells.push(
            projected
                .projection
                .rows
                .get(y)
                .map_or(String::new(), |r| cents_string(r.total)),
        );
    }
    if optional.tax {
        match &projected.taxed {
            Some(taxed) => cells.extend([
                crate::escape::csv_text(&taxed.table).into_owned(),
                cents_string(taxed.net_total),
            ]),
            None => cells.extend([String::new(), String::new()]),
        }
    }
    if optional.converted {
        match &projected.converted_from {
            Some(from) => cells.extend([
                from.conversion.from.clone(),
                from.conversion.rate().to_string(),
                from.conversion
                    .date
                    .map_or(String::new(), |d| d.to_string()),
            ]),
            None => cells.extend([String::new(), String::new(), String::new()]),
        }
    }
    if let Some(market) = market {
        match market {
            Ok(report) => {
                cells.push(crate::escape::csv_text(&report.entry_id).into_owned());
                for metric in crate::market::Metric::ALL {
                    match report.placements.iter().find(|p| p.metric == metric) {
                        Some(p) => {
                            cells.push(p.position.label());
                            cells.push(p.gap.map_or(String::new(), |g| p.metric.exact_string(g)));
                        }
                        None => cells.extend([String::new(), String::new()]),
                    }
                }
            }
            Err(_) => cells.extend(std::iter::repeat_n(String::new(), 9)),
        }
    }
    let mut row = cells
        .iter()
        .map(|c| csv_cell(c))
        .collect::<Vec<_>>()
        .join(",");
    row.push('\n');
    row
}

/// Quotes a cell when it holds a comma, quote or line break.
fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}
