//! Batch input: offers as JSON Lines or CSV, read one record at a time.
//!
//! A CSV row becomes the same JSON object an offer file holds (cells are
//! read as text, so numbers stay exact; `equity` and `sign_on` cells hold
//! JSON), so both formats go through one parser and one set of rules.

use std::io::{BufRead, Read};
use std::ops::Range;

use serde_json::value::RawValue;

use crate::error::DataError;
use crate::line_guard::LineGuard;

/// The input formats (`batch --input-format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// One offer object per line.
    #[value(name = "jsonl")]
    JsonLines,
    /// A header row of offer fields; `equity` and `sign_on` cells hold JSON.
    Csv,
}

/// One input record: its line number and where its offer's JSON text lies
/// in its [`Chunk`], or why it could not even be turned into JSON.
pub struct Record {
    pub line: u64,
    json: Result<Range<usize>, DataError>,
}

/// Records in input order with their JSON text in one buffer: reading
/// allocates per chunk, not per line, and the text is copied once, from
/// the input into the buffer.
pub struct Chunk {
    text: Vec<u8>,
    pub records: Vec<Record>,
}

impl Chunk {
    /// A record's offer as JSON text (a JSON Lines record keeps its `\n`),
    /// or why the input gave none.
    pub fn json<'a>(&'a self, record: &'a Record) -> Result<&'a [u8], &'a DataError> {
        match &record.json {
            Ok(range) => Ok(&self.text[range.clone()]),
            Err(err) => Err(err),
        }
    }
}

/// Bytes read from JSON Lines input at a time: tens of records.
const READ: usize = 1 << 16;

/// Yields records in input order, a chunk at a time.
pub enum Records<R: BufRead> {
    JsonLines {
        reader: LineGuard<R>,
        /// Lines read so far (the number of the last complete line).
        line: u64,
        /// Bytes read past the last complete line: the start of the next.
        rest: Vec<u8>,
        /// The input has ended.
        ended: bool,
        /// The last chunk's length: room reserved for the next, so its
        /// buffer does not grow (and copy) by doubling.
        last_length: usize,
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
                reader,
                line: 0,
                rest: Vec::new(),
                ended: false,
                last_length: 0,
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

    /// The next `most` records or fewer (none at the end); `Err` only for
    /// unreadable input.
    pub fn next_chunk(&mut self, most: usize) -> std::io::Result<Chunk> {
        let mut chunk = Chunk {
            text: Vec::new(),
            records: Vec::with_capacity(most),
        };
        match self {
            Records::JsonLines {
                reader,
                line,
                rest,
                ended,
                last_length,
            } => {
                chunk.text = std::mem::take(rest);
                chunk.text.reserve(*last_length + READ);
                // Where the next line starts, and how far past it no `\n`
                // was found.
                let (mut start, mut searched) = (0, 0);
                while chunk.records.len() < most {
                    let text = &chunk.text;
                    if let Some(at) = memchr::memchr(b'\n', &text[searched..]) {
                        let end = searched + at + 1;
                        *line += 1;
                        push_line(&mut chunk.records, *line, text, start..end);
                        (start, searched) = (end, end);
                        continue;
                    }
                    searched = text.len();
                    if *ended {
                        // The last line, without a `\n`.
                        if start < text.len() {
                            *line += 1;
                            push_line(&mut chunk.records, *line, text, start..text.len());
                            start = text.len();
                        }
                        break;
                    }
                    let filled = chunk.text.len();
                    chunk.text.resize(filled + READ, 0);
                    let read = reader.read(&mut chunk.text[filled..]);
                    let read = read.inspect_err(|_| chunk.text.truncate(filled))?;
                    chunk.text.truncate(filled + read);
                    *ended = read == 0;
                }
                // A line begun but not ended goes with the next chunk.
                *rest = chunk.text[start..].to_vec();
                chunk.text.truncate(start);
                *last_length = start;
            }
            Records::Csv { reader, header } => {
                let mut row = csv::StringRecord::new();
                while chunk.records.len() < most {
                    match reader.read_record(&mut row) {
                        Ok(false) => break,
                        Ok(true) => {
                            let line = row.position().map_or(0, |p| p.line());
                            let start = chunk.text.len();
                            let json = csv_row_to_json(header, &row, &mut chunk.text)
                                .map(|()| start..chunk.text.len())
                                .inspect_err(|_| chunk.text.truncate(start));
                            chunk.records.push(Record { line, json });
                        }
                        Err(err) if err.is_io_error() => {
                            return Err(match err.into_kind() {
                                csv::ErrorKind::Io(io) => io,
                                other => std::io::Error::other(format!("{other:?}")),
                            });
                        }
                        Err(err) => {
                            let line = err.position().map_or(0, |p| p.line());
                            chunk.records.push(Record {
                                line,
                                json: Err(DataError::new("", format!("unreadable CSV row: {err}"))),
                            });
                        }
                    }
                }
            }
        }
        Ok(chunk)
    }
}

/// Adds the line at `range` of `text` as a record, unless it is blank:
/// blank lines carry no record.
fn push_line(records: &mut Vec<Record>, line: u64, text: &[u8], range: Range<usize>) {
    if !text[range.clone()].iter().all(u8::is_ascii_whitespace) {
        records.push(Record {
            line,
            json: Ok(range),
        });
    }
}

/// The row as the JSON object an offer file would hold. Text cells become
/// JSON strings; JSON cells must hold exactly one JSON value, copied as
/// written, so the offer parser sees (and refuses) duplicate keys inside them.
fn csv_row_to_json(
    header: &[String],
    row: &csv::StringRecord,
    object: &mut Vec<u8>,
) -> Result<(), DataError> {
    let encode = |e: serde_json::Error| DataError::new("", e.to_string());
    let start = object.len();
    object.push(b'{');
    for (column, cell) in header.iter().zip(row.iter()) {
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        if object.len() > start + 1 {
            object.push(b',');
        }
        serde_json::to_writer(&mut *object, column).map_err(encode)?;
        object.push(b':');
        if JSON_CELLS.contains(&column.as_str()) {
            let value: &RawValue = serde_json::from_str(cell).map_err(|e| {
                DataError::new(column.as_str(), format!("cell is not valid JSON: {e}"))
            })?;
            object.extend_from_slice(value.get().as_bytes());
        } else {
            serde_json::to_writer(&mut *object, cell).map_err(encode)?;
        }
    }
    object.push(b'}');
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record of `input` read `most` at a time through a buffer of
    /// `buffer` bytes: (line, text) in order, and the chunks' sizes.
    fn read_all(input: &[u8], most: usize, buffer: usize) -> (Vec<(u64, Vec<u8>)>, Vec<usize>) {
        let reader = std::io::BufReader::with_capacity(buffer, input);
        let mut records = Records::new(reader, InputFormat::JsonLines).unwrap();
        let (mut seen, mut sizes) = (Vec::new(), Vec::new());
        loop {
            let chunk = records.next_chunk(most).unwrap();
            if chunk.records.is_empty() {
                return (seen, sizes);
            }
            sizes.push(chunk.records.len());
            for record in &chunk.records {
                seen.push((record.line, chunk.json(record).unwrap().to_vec()));
            }
        }
    }

    /// The lines as a person counts them (CRLF read as LF), blank ones left
    /// out, each with its `\n` if it has one.
    fn expected(input: &[u8]) -> Vec<(u64, Vec<u8>)> {
        let mut text = Vec::new();
        for (at, &byte) in input.iter().enumerate() {
            if !(byte == b'\r' && input.get(at + 1) == Some(&b'\n')) {
                text.push(byte);
            }
        }
        text.split_inclusive(|&byte| byte == b'\n')
            .enumerate()
            .filter(|(_, line)| !line.trim_ascii().is_empty())
            .map(|(index, line)| (index as u64 + 1, line.to_vec()))
            .collect()
    }

    #[test]
    fn lines_cut_across_reads_and_chunks_come_whole_and_numbered() {
        let input = b"{\"a\":1}\r\n\n  \n{\"b\":2}\n{\"c\":3}\n{\"d\":4}";
        for buffer in [1, 2, 3, 7, 64] {
            for most in [1, 2, 3, 10] {
                let (seen, sizes) = read_all(input, most, buffer);
                assert_eq!(seen, expected(input), "buffer {buffer}, most {most}");
                assert_eq!(
                    seen.iter().map(|(line, _)| *line).collect::<Vec<_>>(),
                    [1, 4, 5, 6]
                );
                assert_eq!(seen[3].1, b"{\"d\":4}");
                assert!(sizes.iter().all(|&size| size <= most));
                assert_eq!(sizes.iter().sum::<usize>(), 4);
            }
        }
    }

    #[test]
    fn blank_input_has_no_records() {
        assert!(read_all(b"", 4, 8).0.is_empty());
        assert!(read_all(b"\n \r\n\t\n", 4, 8).0.is_empty());
    }

    proptest::proptest! {
        /// Whatever the lines, the read size and the chunk size, the records
        /// are the input's non-blank lines with their numbers.
        #[test]
        fn records_are_the_non_blank_lines(
            input in proptest::collection::vec(proptest::sample::select(vec![b'x', b' ', b'\r', b'\n', b'{', 0xC3, 0xA9]), 0..300),
            most in 1usize..6,
            buffer in 1usize..50,
        ) {
            let (seen, sizes) = read_all(&input, most, buffer);
            proptest::prop_assert_eq!(seen, expected(&input));
            proptest::prop_assert!(sizes.iter().all(|&size| size <= most));
        }
    }
}
