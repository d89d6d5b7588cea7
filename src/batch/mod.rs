//! Batch evaluation: thousands or millions of offers streamed through the
//! same parser and projection as `project`, on every core, in input order.
//!
//! Records are read in chunks; each chunk is projected in parallel (rayon)
//! and written in order before the next is read, so memory stays flat
//! however long the input is. A bad record is reported with its line number
//! and JSON path and the rest go on.

mod output;
mod records;

pub use output::OutputFormat;
pub use records::InputFormat;

use std::io::{BufRead, Write};

use rayon::prelude::*;

use crate::error::{DataError, Error, Result};
use crate::market::{BenchmarkSet, MarketReport, OfferMarket, place, select};
use crate::offer::{Defaults, parse_offer};
use crate::projection::ProjectedOffer;
use records::{Record, Records};

/// Records per chunk: large enough to keep both cores busy, small enough
/// that memory does not grow with the input.
const CHUNK: usize = 4096;

pub struct BatchOptions {
    pub input_format: InputFormat,
    pub output_format: OutputFormat,
    pub defaults: Defaults,
    /// Benchmarks and target percentile, to add each offer's market position.
    pub market: Option<(BenchmarkSet, u8)>,
    /// How many year columns the CSV output has (default: the first offer's horizon).
    pub csv_years: Option<u32>,
    /// Input name for messages.
    pub input_name: String,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct BatchSummary {
    pub records: u64,
    pub projected: u64,
    pub bad: u64,
}

/// Streams every record from `reader` to `out`; bad records go to `errors`.
pub fn run(
    reader: impl BufRead,
    options: &BatchOptions,
    out: &mut dyn Write,
    errors: &mut dyn Write,
) -> Result<BatchSummary> {
    let mut records = Records::new(reader, options.input_format)
        .map_err(|err| Error::data(&options.input_name, err))?;
    let io = |context: &str| {
        let context = context.to_owned();
        move |source| Error::Io { context, source }
    };
    let mut summary = BatchSummary::default();
    let mut csv_years = options.csv_years;
    let mut wrote_header = false;
    loop {
        let mut chunk = Vec::with_capacity(CHUNK);
        while chunk.len() < CHUNK {
            match records.next_record() {
                Some(record) => chunk.push(record.map_err(io(&options.input_name))?),
                None => break,
            }
        }
        if chunk.is_empty() {
            break;
        }
        let projected: Vec<Result<(ProjectedOffer, Option<OfferMarket>), DataError>> = chunk
            .par_iter()
            .map(|record| evaluate(record, options))
            .collect();
        if options.output_format == OutputFormat::Csv && !wrote_header {
            if csv_years.is_none() {
                csv_years = projected
                    .iter()
                    .find_map(|r| r.as_ref().ok().map(|(p, _)| p.offer.years));
            }
            if let Some(years) = csv_years {
                let header = output::csv_header(years, options.market.is_some());
                out.write_all(header.as_bytes()).map_err(io("output"))?;
                wrote_header = true;
            }
        }
        let lines: Vec<Result<String, DataError>> = chunk
            .par_iter()
            .zip(projected.par_iter())
            .map(|(record, result)| {
                let (offer, market) = result.as_ref().map_err(Clone::clone)?;
                format(
                    record.line,
                    offer,
                    market.as_ref(),
                    options.output_format,
                    csv_years,
                )
            })
            .collect();
        for (record, line) in chunk.iter().zip(lines) {
            summary.records += 1;
            match line {
                Ok(text) => {
                    summary.projected += 1;
                    out.write_all(text.as_bytes()).map_err(io("output"))?;
                }
                Err(err) => {
                    summary.bad += 1;
                    writeln!(
                        errors,
                        "counteroffer: error: {}:{}: {err}",
                        options.input_name, record.line
                    )
                    .map_err(io("stderr"))?;
                }
            }
        }
    }
    out.flush().map_err(io("output"))?;
    Ok(summary)
}

/// Parse, validate, project and place one record.
fn evaluate(
    record: &Record,
    options: &BatchOptions,
) -> Result<(ProjectedOffer, Option<OfferMarket>), DataError> {
    let json = record.json.as_ref().map_err(Clone::clone)?;
    let offer = parse_offer(json, &options.defaults)?;
    let projected = ProjectedOffer::without_vests(offer)?;
    let market = match &options.market {
        None => None,
        Some((set, target)) => Some(market(&projected, set, *target)?),
    };
    Ok((projected, market))
}

fn market(
    projected: &ProjectedOffer,
    set: &BenchmarkSet,
    target: u8,
) -> Result<OfferMarket, DataError> {
    if set.benchmarks.currency != projected.offer.currency {
        return Ok(Err(format!(
            "the benchmarks are in `{}`, the offer in `{}`",
            set.benchmarks.currency, projected.offer.currency
        )));
    }
    Ok(match select(&set.benchmarks, &projected.offer, None) {
        Ok(entry) => Ok::<MarketReport, String>(place(
            &projected.offer,
            &projected.projection,
            entry,
            target,
        )?),
        Err(reason) => Err(reason),
    })
}

fn format(
    line: u64,
    projected: &ProjectedOffer,
    market: Option<&OfferMarket>,
    format: OutputFormat,
    csv_years: Option<u32>,
) -> Result<String, DataError> {
    match format {
        OutputFormat::JsonLines => Ok(output::json_line(line, projected, market)),
        OutputFormat::Csv => {
            let columns = csv_years.unwrap_or(projected.offer.years);
            if projected.offer.years > columns {
                return Err(DataError::new(
                    "years",
                    format!(
                        "is {} but the CSV output has {columns} year columns; pass --years to choose the columns",
                        projected.offer.years
                    ),
                ));
            }
            Ok(output::csv_row(line, projected, columns, market))
        }
    }
}
