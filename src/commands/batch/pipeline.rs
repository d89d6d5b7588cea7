//! Batch evaluation: thousands or millions of offers streamed through the
//! same parser and projection as `project`, on every core, in input order.
//!
//! Records are read in chunks; each chunk is projected in parallel (rayon)
//! and written in order before the next is read, so memory stays flat
//! however long the input is. A bad record is reported with its line number
//! and JSON path and the rest go on.

use crate::cli::InputFormat;
use crate::render::batch::OutputFormat;

use std::io::{BufRead, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use rayon::prelude::*;

use super::records::{Record, Records};
use crate::domain::market::{BenchmarkSet, OfferMarket, place, select};
use crate::domain::offer::{Defaults, parse_offer};
use crate::domain::report::{OfferReport, Views, add_views};
use crate::error::{DataError, Error, Result};
use crate::render::batch as output;

/// Records per chunk: large enough to keep both cores busy, small enough
/// that memory does not grow with the input.
const CHUNK: usize = 4096;

pub struct BatchOptions {
    pub input_format: InputFormat,
    pub output_format: OutputFormat,
    pub defaults: Defaults,
    /// Benchmarks and target percentile, to add each offer's market position.
    pub market: Option<(BenchmarkSet, crate::domain::market::Percentile)>,
    /// How many year columns the CSV output has (default: the first offer's horizon).
    pub csv_years: Option<u32>,
    /// Input name for messages.
    pub input_name: String,
    /// Output name for messages: the file, or "standard output".
    pub output_name: String,
    /// `--tax`: the table for records without their own `tax`.
    pub tax: Option<crate::domain::tax::TaxTable>,
    /// `--in` with `--rate` or `--fx`: the currency every record is
    /// reported in, and the rates that convert the others.
    pub conversion: Option<(String, Option<crate::domain::fx::Rates>)>,
}

impl BatchOptions {
    /// The optional CSV columns this run writes.
    fn columns(&self) -> output::Columns {
        output::Columns {
            tax: self.tax.is_some(),
            converted: self.conversion.is_some(),
            market: self.market.is_some(),
        }
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct BatchSummary {
    pub records: u64,
    pub projected: u64,
    pub bad: u64,
}

/// Records a core renders into one buffer, back to back: a few allocations
/// per chunk rather than one per record.
const PIECE: usize = 256;

/// What the compute stage hands the writer.
enum Message {
    /// The CSV header, before any row.
    Header(Result<Vec<u8>, String>),
    /// A chunk's results, piece by piece in input order.
    Lines(Vec<Rendered>),
}

/// A run of records in input order: the output lines of those projected,
/// back to back, and the errors of the bad ones with their line numbers.
#[derive(Default)]
struct Rendered {
    text: Vec<u8>,
    records: u64,
    errors: Vec<(u64, DataError)>,
}

impl Rendered {
    /// Room for `records` lines of a kilobyte each (a four-year record is
    /// about 900 bytes), so the buffer seldom grows.
    fn with_room_for(records: usize) -> Rendered {
        Rendered {
            text: Vec::with_capacity(records * 1024),
            ..Rendered::default()
        }
    }

    /// Adds a record whose output `write` appends; a failure leaves no
    /// partial line.
    fn add(&mut self, line: u64, write: impl FnOnce(&mut Vec<u8>) -> Result<(), DataError>) {
        self.records += 1;
        let start = self.text.len();
        if let Err(err) = write(&mut self.text) {
            self.text.truncate(start);
            self.errors.push((line, err));
        }
    }
}

/// Streams every record from `reader` to `out`; bad records go to `errors`.
///
/// Three stages overlap: a reader thread cuts the input into chunks, a
/// compute thread projects each chunk on every core (rayon), and this
/// thread writes the results in order. Bounded channels keep at most a few
/// chunks in flight, so memory stays flat.
pub fn run(
    reader: impl BufRead + Send,
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
    let (chunk_tx, chunk_rx) = sync_channel::<Vec<Record>>(2);
    let (message_tx, message_rx) = sync_channel::<Message>(2);
    std::thread::scope(|scope| {
        let reading = scope.spawn(move || -> std::io::Result<()> {
            loop {
                let mut chunk = Vec::with_capacity(CHUNK);
                while chunk.len() < CHUNK {
                    match records.next_record() {
                        Some(record) => chunk.push(record?),
                        None => break,
                    }
                }
                if chunk.is_empty() || chunk_tx.send(chunk).is_err() {
                    return Ok(());
                }
            }
        });
        scope.spawn(move || compute(chunk_rx, message_tx, options));
        let mut summary = BatchSummary::default();
        for message in message_rx {
            match message {
                Message::Header(header) => {
                    let header = header.map_err(std::io::Error::other);
                    header
                        .and_then(|header| out.write_all(&header))
                        .map_err(io(&options.output_name))?;
                }
                Message::Lines(pieces) => {
                    for piece in pieces {
                        let bad = piece.errors.len() as u64;
                        summary.records += piece.records;
                        summary.projected += piece.records - bad;
                        summary.bad += bad;
                        out.write_all(&piece.text)
                            .map_err(io(&options.output_name))?;
                        for (line, err) in piece.errors {
                            let message = format!("{}:{line}: {err}", options.input_name);
                            writeln!(
                                errors,
                                "counteroffer: error: {}",
                                crate::io::escape::terminal(&message)
                            )
                            .map_err(io("stderr"))?;
                        }
                    }
                }
            }
        }
        // An error above drops the receiver, which stops the other stages.
        reading.join().unwrap_or(Ok(())).map_err(|source| {
            // A line past the limit is bad data, not a failing disk.
            if source.kind() == std::io::ErrorKind::InvalidData {
                Error::data(&options.input_name, DataError::new("", source.to_string()))
            } else {
                Error::Io {
                    context: options.input_name.clone(),
                    source,
                }
            }
        })?;
        out.flush().map_err(io(&options.output_name))?;
        Ok(summary)
    })
}

/// The compute stage: each chunk projected in parallel, in order.
fn compute(chunks: Receiver<Vec<Record>>, messages: SyncSender<Message>, options: &BatchOptions) {
    let mut csv_years = options.csv_years;
    let csv = options.output_format == OutputFormat::Csv;
    if csv && let Some(years) = csv_years {
        let header = output::csv_header(years, options.columns());
        if messages.send(Message::Header(header)).is_err() {
            return;
        }
    }
    for chunk in chunks {
        let pieces: Vec<Rendered> = if csv && csv_years.is_none() {
            // The first chunk decides the CSV's year columns: evaluate, then format.
            let evaluated: Vec<_> = chunk.par_iter().map(|r| evaluate(r, options)).collect();
            csv_years = evaluated
                .iter()
                .find_map(|r| r.as_ref().ok().map(|(p, _)| p.offer.years));
            if let Some(years) = csv_years {
                let header = output::csv_header(years, options.columns());
                if messages.send(Message::Header(header)).is_err() {
                    return;
                }
            }
            chunk
                .par_iter()
                .zip(evaluated.into_par_iter())
                .chunks(PIECE)
                .map(|piece| {
                    let mut rendered = Rendered::with_room_for(piece.len());
                    for (record, result) in piece {
                        rendered.add(record.line, |out| {
                            render(out, record, &result, options, csv_years)
                        });
                    }
                    rendered
                })
                .collect()
        } else {
            chunk
                .par_chunks(PIECE)
                .map(|records| {
                    let mut rendered = Rendered::with_room_for(records.len());
                    for record in records {
                        let result = evaluate(record, options);
                        rendered.add(record.line, |out| {
                            render(out, record, &result, options, csv_years)
                        });
                    }
                    rendered
                })
                .collect()
        };
        if messages.send(Message::Lines(pieces)).is_err() {
            return;
        }
    }
}

/// Appends an evaluated record's output line to `out`. The result is
/// borrowed: a projected offer is most of a kilobyte, and moving it into
/// each call was a `memcpy` per record.
fn render(
    out: &mut Vec<u8>,
    record: &Record,
    result: &Result<(OfferReport, Option<OfferMarket>), DataError>,
    options: &BatchOptions,
    csv_years: Option<u32>,
) -> Result<(), DataError> {
    let (offer, market) = result.as_ref().map_err(Clone::clone)?;
    let set = options.market.as_ref().map(|(set, _)| set);
    format(
        out,
        record.line,
        offer,
        set.zip(market.as_ref()),
        options.output_format,
        csv_years,
        options.columns(),
    )
}

/// Parse, validate, project and place one record.
fn evaluate(
    record: &Record,
    options: &BatchOptions,
) -> Result<(OfferReport, Option<OfferMarket>), DataError> {
    let json = record.json.as_ref().map_err(Clone::clone)?;
    let offer = parse_offer(json, &options.defaults)?;
    if let Some(grant) = offer.private.first() {
        // A record has no place for a paper value or an exit price; the
        // grant is refused rather than counted as worth nothing.
        return Err(DataError::new(
            format!("equity[{}]", grant.index),
            "is options or double-trigger RSUs, which batch records do not value, expected `project` or `compare` for this offer",
        ));
    }
    let mut projected = OfferReport::without_vests(offer)?;
    let table = tax_table(&projected.offer, options)?;
    if let Some(table) = &table {
        table.check_currency(&projected.offer)?;
    }
    let views = Views {
        tax: table.as_ref(),
        reporting: options
            .conversion
            .as_ref()
            .map(|(reporting, rates)| (reporting.as_str(), rates.as_ref())),
        ..Views::default()
    };
    add_views(&mut projected, &views).map_err(crate::commands::convert::report_error)?;
    let market = match &options.market {
        None => None,
        Some((set, target)) => Some(market(&projected, set, *target)?),
    };
    Ok((projected, market))
}

/// A record's own `tax` (a built-in name: files are not read from a
/// stream), else `--tax`.
fn tax_table(
    offer: &crate::domain::offer::Offer,
    options: &BatchOptions,
) -> Result<Option<crate::domain::tax::TaxTable>, DataError> {
    match &offer.tax {
        Some(name) => crate::domain::tax::built_in(name).map(Some).ok_or_else(|| {
            DataError::new(
                "tax",
                format!(
                    "`{name}` is not a built-in table (batch records name built-in tables only; pass a file with --tax), expected one of {}",
                    crate::domain::tax::built_in_names().join(", ")
                ),
            )
        }),
        None => Ok(options.tax.clone()),
    }
}

fn market(
    projected: &OfferReport,
    set: &BenchmarkSet,
    target: crate::domain::market::Percentile,
) -> Result<OfferMarket, DataError> {
    Ok(match select(&set.benchmarks, &projected.offer, None) {
        Ok(entry) => Ok(place(
            &projected.offer,
            &projected.projection,
            entry,
            target,
        )?),
        Err(reason) => Err(reason),
    })
}

/// Appends a projected record's line to `out` (which the caller cuts back
/// on an error).
fn format(
    out: &mut Vec<u8>,
    line: u64,
    projected: &OfferReport,
    market: Option<(&BenchmarkSet, &OfferMarket)>,
    format: OutputFormat,
    csv_years: Option<u32>,
    columns: output::Columns,
) -> Result<(), DataError> {
    match format {
        OutputFormat::JsonLines => crate::render::batch_record(out, line, projected, market)
            .map_err(|err| DataError::new("", format!("cannot write the record: {err}"))),
        OutputFormat::Csv => {
            let years = csv_years.unwrap_or(projected.offer.years);
            if projected.offer.years > years {
                return Err(DataError::new(
                    "years",
                    format!(
                        "is {} but the CSV output has {years} year columns; pass --years to choose the columns",
                        projected.offer.years
                    ),
                ));
            }
            let row = output::csv_row(
                line,
                projected,
                years,
                market.map(|(_, placed)| placed),
                columns,
            )
            .map_err(|err| DataError::new("", format!("cannot write the row: {err}")))?;
            out.extend_from_slice(&row);
            Ok(())
        }
    }
}
