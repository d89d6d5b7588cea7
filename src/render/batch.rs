//! Batch CSV rows (JSON Lines records are `render::batch_record`), money
//! as plain text in the currency's minor unit (two decimals, none for yen).

use crate::domain::market::OfferMarket;
use crate::domain::money::Minor;
use crate::domain::report::OfferReport;

/// The output formats (`batch --format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// One JSON object per offer.
    JsonLines,
    /// One row per offer, one column per year.
    Csv,
}

/// The optional column groups of a CSV run, in their order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Columns {
    pub tax: bool,
    /// `converted_from`, `rate`, `rate_date`: the run reports in `--in`.
    pub converted: bool,
    pub market: bool,
}

pub fn csv_header(years: u32, optional: Columns) -> Result<Vec<u8>, String> {
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
        for metric in crate::domain::market::Metric::ALL {
            names.push(format!("{}_position", metric.key()));
            names.push(format!("{}_gap", metric.key()));
        }
    }
    crate::render::csv_line(&names).map_err(|err| err.to_string())
}

/// One CSV row; year cells past the offer's horizon stay empty.
pub fn csv_row(
    line: u64,
    projected: &OfferReport,
    columns_years: u32,
    market: Option<&OfferMarket>,
    optional: Columns,
) -> Result<Vec<u8>, String> {
    let summary = &projected.projection.summary;
    let minor = Minor::of(&projected.offer.currency);
    let amount_text = |amount| minor.text(amount);
    let mut cells = vec![
        line.to_string(),
        crate::io::escape::csv_text(&projected.offer.name).into_owned(),
        projected.offer.currency.clone(),
        projected.offer.years.to_string(),
        amount_text(summary.total),
        amount_text(summary.year_one),
        amount_text(summary.average),
        amount_text(summary.average_recurring),
        amount_text(summary.guaranteed_cash),
        amount_text(summary.unvested),
    ];
    for y in 0..columns_years as usize {
        cells.push(
            projected
                .projection
                .rows
                .get(y)
                .map_or(String::new(), |r| amount_text(r.total)),
        );
    }
    if optional.tax {
        match &projected.taxed {
            Some(taxed) => cells.extend([
                crate::io::escape::csv_text(&taxed.table).into_owned(),
                amount_text(taxed.net_total),
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
                cells.push(crate::io::escape::csv_text(&report.entry_id).into_owned());
                for metric in crate::domain::market::Metric::ALL {
                    match report.placements.iter().find(|p| p.metric == metric) {
                        Some(p) => {
                            cells.push(p.position.label());
                            cells.push(p.gap.map_or(String::new(), |g| {
                                p.metric.exact_string(g, &projected.offer.currency)
                            }));
                        }
                        None => cells.extend([String::new(), String::new()]),
                    }
                }
            }
            Err(_) => cells.extend(std::iter::repeat_n(String::new(), 9)),
        }
    }
    crate::render::csv_line(&cells).map_err(|err| err.to_string())
}
