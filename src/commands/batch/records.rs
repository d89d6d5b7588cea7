//! Batch input: offers as JSON Lines or CSV, read one record at a time.
//!
//! A CSV row becomes the same JSON object an offer file holds (cells are
//! read as text, so numbers stay exact; `equity` and `sign_on` cells hold
//! JSON), so both formats go through one parser and one set of rules.

use std::io::{BufRead, BufReader};

use serde_json::value::RawValue;

use crate::error::DataError;
use crate::io::line_guard::LineGuard;

/// The input formats (`batch --input-format`), resolved by the configuration.
use crate::cli::InputFormat;

/// One input record: its line number and its offer as JSON text, or why it
/// could not even be turned into JSON.
pub struct Record {
    pub line: u64,
    pub json: Result<Vec<u8>, DataError>,
}

/// Yields records in input order.
pub enum Records<R: BufRead> {
    JsonLines {
        reader: BufReader<LineGuard<R>>,
        line: u64,
    },
    Csv {
        reader: csv::Reader<LineGuard<R>>,
        header: Vec<String>,
    },
}

/// Cells holding JSON rather than text.
const JSON_CELLS: [&str; 3] = ["equity", "sign_on", "years"];

impl<R: BufRead> Records<R> {
    pub fn new(reader: R, format: InputFormat) -> Result<Records<R>, DataError> {
        let reader = LineGuard::new(reader);
        match format {
            InputFormat::JsonLines => Ok(Records::JsonLines {
                reader: BufReader::with_capacity(1 << 16, reader),
                line: 0,
            }),
            InputFormat::Csv => {
                let mut reader = csv::ReaderBuilder::new()
                    .flexible(false)
                    .from_reader(reader);
                let header: Vec<String> = reader
                    .headers()
                    .map_err(|e| DataError::new("", format!("unreadable CSV header: {e}")))?
                    .iter()
                    .map(|h| h.trim().to_owned())
                    .collect();
                for (index, column) in header.iter().enumerate() {
                    if let Some(earlier) = header[..index].iter().position(|c| c == column) {
                        return Err(DataError::new(
                            "",
                            format!(
                                "the CSV header names `{column}` twice (columns {} and {}), expected each field once",
                                earlier + 1,
                                index + 1
                            ),
                        ));
                    }
                }
                Ok(Records::Csv { reader, header })
            }
        }
    }

    /// The next record, `None` at the end; `Err` only for unreadable input.
    pub fn next_record(&mut self) -> Option<Result<Record, std::io::Error>> {
        match self {
            Records::JsonLines { reader, line } => loop {
                let mut text = Vec::new();
                match reader.read_until(b'\n', &mut text) {
                    Ok(0) => return None,
                    Ok(_) => {
                        *line += 1;
                        // A byte-order mark opens the file, not the record.
                        if *line == 1 && text.starts_with(crate::io::input::BOM) {
                            text.drain(..crate::io::input::BOM.len());
                        }
                        if text.iter().all(u8::is_ascii_whitespace) {
                            continue; // blank lines carry no record
                        }
                        return Some(Ok(Record {
                            line: *line,
                            json: Ok(text),
                        }));
                    }
                    Err(err) => return Some(Err(err)),
                }
            },
            Records::Csv { reader, header } => {
                let mut row = csv::StringRecord::new();
                match reader.read_record(&mut row) {
                    Ok(false) => None,
                    Ok(true) => {
                        let line = row.position().map_or(0, |p| p.line());
                        Some(Ok(Record {
                            line,
                            json: csv_row_to_json(header, &row),
                        }))
                    }
                    Err(err) if err.is_io_error() => match err.into_kind() {
                        csv::ErrorKind::Io(io) => Some(Err(io)),
                        other => Some(Err(std::io::Error::other(format!("{other:?}")))),
                    },
                    Err(err) => {
                        let line = err.position().map_or(0, |p| p.line());
                        Some(Ok(Record {
                            line,
                            json: Err(DataError::new("", format!("unreadable CSV row: {err}"))),
                        }))
                    }
                }
            }
        }
    }
}

/// The row as the JSON object an offer file would hold. Text cells become
/// JSON strings; JSON cells must hold exactly one JSON value, copied as
/// written, so the offer parser sees (and refuses) duplicate keys inside them.
fn csv_row_to_json(header: &[String], row: &csv::StringRecord) -> Result<Vec<u8>, DataError> {
    let encode = |e: serde_json::Error| DataError::new("", e.to_string());
    let mut object = Vec::with_capacity(row.as_slice().len() + 16 * header.len());
    object.push(b'{');
    for (column, cell) in header.iter().zip(row.iter()) {
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        if object.len() > 1 {
            object.push(b',');
        }
        serde_json::to_writer(&mut object, column).map_err(encode)?;
        object.push(b':');
        if JSON_CELLS.contains(&column.as_str()) {
            let value: &RawValue = serde_json::from_str(cell).map_err(|e| {
                DataError::new(column.as_str(), format!("cell is not valid JSON: {e}"))
            })?;
            object.extend_from_slice(value.get().as_bytes());
        } else {
            serde_json::to_writer(&mut object, cell).map_err(encode)?;
        }
    }
    object.push(b'}');
    Ok(object)
}
