//! CSV: one row per offer and year (or per market metric), numbers plain;
//! text cells from files neutralised against spreadsheet formulas.

use crate::domain::market::MarketReport;
use crate::domain::money::amount_string;
use crate::domain::report::OfferReport;
use crate::error::{Error, Result};
use crate::io::escape::csv_text;

const YEAR_HEADER: [&str; 9] = [
    "offer",
    "currency",
    "year",
    "base",
    "bonus",
    "sign_on",
    "equity",
    "total",
    "cumulative",
];

const MARKET_HEADER: [&str; 8] = [
    "entry",
    "metric",
    "value",
    "percentile",
    "position",
    "target",
    "target_value",
    "gap",
];

/// Columns added when any offer was converted from another currency: the
/// currency it was written in, the rate, and the rates' date (empty for a
/// rate given with `--rate`).
const CONVERSION_HEADER: [&str; 3] = ["converted_from", "rate", "rate_date"];

/// Columns added when any offer is taxed (`--tax` or a `tax` field): the
/// table, and the year's tax, net pay, withholding and balance due (empty
/// for an offer without a table).
const TAX_HEADER: [&str; 5] = ["tax_table", "tax", "net", "withheld", "balance_due"];

pub fn projections(offers: &[OfferReport]) -> Result<String> {
    let converted = offers.iter().any(|o| o.converted_from.is_some());
    let taxed = offers.iter().any(|o| o.taxed.is_some());
    let mut rows = Vec::new();
    for projected in offers {
        let conversion: [String; 3] = match &projected.converted_from {
            Some(from) => [
                from.conversion.from.clone(),
                from.conversion.rate().to_string(),
                from.conversion
                    .date
                    .map_or(String::new(), |d| d.to_string()),
            ],
            None => Default::default(),
        };
        for (index, row) in projected.projection.rows.iter().enumerate() {
            let amount_text = |amount| amount_string(amount, &projected.offer.currency);
            let mut cells = vec![
                csv_text(&projected.offer.name).into_owned(),
                projected.offer.currency.clone(),
                row.year.to_string(),
                amount_text(row.base),
                amount_text(row.bonus),
                amount_text(row.sign_on),
                amount_text(row.equity),
                amount_text(row.total),
                amount_text(row.cumulative),
            ];
            if taxed {
                let year = projected
                    .taxed
                    .as_ref()
                    .and_then(|t| Some((&t.table, t.years.get(index)?)));
                cells.extend(match year {
                    Some((table, year)) => [
                        csv_text(table).into_owned(),
                        amount_text(year.tax),
                        amount_text(year.net),
                        amount_text(year.withheld),
                        amount_text(year.balance_due),
                    ],
                    None => Default::default(),
                });
            }
            if converted {
                cells.extend(conversion.iter().cloned());
            }
            rows.push(cells);
        }
    }
    let mut header: Vec<&str> = YEAR_HEADER.to_vec();
    if taxed {
        header.extend(TAX_HEADER);
    }
    if converted {
        header.extend(CONVERSION_HEADER);
    }
    write(&header, rows)
}

/// One row per metric of a market placement; empty cells outside the points.
pub fn market(report: &MarketReport, currency: &str) -> Result<String> {
    let rows = report
        .placements
        .iter()
        .map(|p| {
            vec![
                csv_text(&report.entry_id).into_owned(),
                p.metric.key().to_owned(),
                p.metric.exact_string(p.value, currency),
                p.position
                    .percentile()
                    .map_or(String::new(), |x| x.to_string()),
                p.position.label(),
                format!("p{}", report.target),
                p.target_value
                    .map_or(String::new(), |t| p.metric.exact_string(t, currency)),
                p.gap
                    .map_or(String::new(), |g| p.metric.exact_string(g, currency)),
            ]
        })
        .collect();
    write(&MARKET_HEADER, rows)
}

/// One CSV line (quoted where a cell needs it, `\n`-terminated), for the
/// views that stream their rows (`batch`).
pub fn line<I, T>(cells: I) -> csv::Result<Vec<u8>>
where
    I: IntoIterator<Item = T>,
    T: AsRef<[u8]>,
{
    let mut writer = csv::WriterBuilder::new()
        .has_headers(false)
        .buffer_capacity(256)
        .from_writer(Vec::with_capacity(256));
    writer.write_record(cells)?;
    writer.into_inner().map_err(|e| e.into_error().into())
}

fn write(header: &[&str], rows: Vec<Vec<String>>) -> Result<String> {
    let fail = |source: std::io::Error| Error::Io {
        context: "writing CSV".into(),
        source,
    };
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header).map_err(|e| fail(e.into()))?;
    for row in rows {
        writer.write_record(row).map_err(|e| fail(e.into()))?;
    }
    let bytes = writer.into_inner().map_err(|e| fail(e.into_error()))?;
    String::from_utf8(bytes).map_err(|e| fail(std::io::Error::other(e)))
}
