//! Batch input: offers as JSON Lines or CSV, read one record at a time.
//!
//! A CSV row becomes the same JSON object an offer file holds (cells are
//! read as text, so numbers stay exact; `equity` and `sign_on` cells hold
//! JSON), so both formats go through one parser and one set of rules.

use std::io::BufRead;

use serde_json::{Map, Value};

use crate::error::DataError;

/// The input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    JsonLines,
    Csv,
}

/// One input record: its line number and its offer as JSON text, or why it
/// could not even be turned into JSON.
pub struct Record {
    pub line: u64,
    pub json: Result<Vec<u8>, DataError>,
}

/// Yields records in input order.
pub enum Records<R: BufRead> {
    JsonLines {
        reader: R,
        line: u64,
    },
    Csv {
        reader: csv::Reader<R>,
        header: Vec<String>,
    },
}

/// Cells holding JSON rather than text.
const JSON_CELLS: [&str; 3] = ["equity", "sign_on", "years"];

impl<R: BufRead> Records<R> {
    pub fn new(reader: R, format: InputFormat) -> Result<Records<R>, DataError> {
        match format {
            InputFormat::JsonLines => Ok(Records::JsonLines { reader, line: 0 }),
            InputFormat::Csv => {
                let mut reader = csv::ReaderBuilder::new()
                    .flexible(false)
                    .from_reader(reader);
                let header = reader
                    .headers()
                    .map_err(|e| DataError::new("", format!("unreadable CSV header: {e}")))?
                    .iter()
                    .map(|h| h.trim().to_owned())
                    .collect();
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

fn csv_row_to_json(header: &[String], row: &csv::StringRecord) -> Result<Vec<u8>, DataError> {
    let mut object = Map::new();
    for (column, cell) in header.iter().zip(row.iter()) {
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        let value = if JSON_CELLS.contains(&column.as_str()) {
            serde_json::from_str(cell).map_err(|e| {
                DataError::new(column.as_str(), format!("cell is not valid JSON: {e}"))
            })?
        } else {
            Value::String(cell.to_owned())
        };
        object.insert(column.clone(), value);
    }
    serde_json::to_vec(&Value::Object(object)).map_err(|e| DataError::new("", e.to_string()))
}
