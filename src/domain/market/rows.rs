//! The reading stage of `benchmarks build`, on a thread of its own: CSV
//! records in chunks, each row with its 128-bit hash and its group key, so
//! the stage that groups them (on the calling thread) is left the rest. The
//! chunks come back empty to be filled again, so their records' buffers are
//! allocated once.

use std::io::Read;
use std::sync::mpsc::{Receiver, SyncSender};

use super::build::{GroupBy, SAMPLE_ROWS};
use crate::domain::offer::validate::longer_than_max_text;

/// Rows per chunk: enough that passing a chunk costs nothing per row.
const CHUNK_ROWS: usize = 4096;

/// A row's group key, or why it has none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// `Chunk::key_text[start..end]`.
    Text { start: usize, end: usize },
    /// A group column empty, or punctuation only.
    Missing,
    /// A group value longer than a name may be.
    TooLong,
}

/// A row's group key as read back from its chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupKey<'a> {
    Text(&'a str),
    Missing,
    TooLong,
}

#[derive(Default)]
pub struct Chunk {
    /// The records read; only the first `len` are this chunk's (the rest
    /// are buffers kept for the next fill).
    pub records: Vec<csv::StringRecord>,
    pub len: usize,
    pub hashes: Vec<u128>,
    pub keys: Vec<Key>,
    pub key_text: String,
    /// Records in this chunk that could not be read as CSV.
    pub unreadable: u64,
    /// In the chunk that holds the [`SAMPLE_ROWS`]-th record of a file of
    /// known size: how many distinct rows to size the duplicate table for.
    pub expected_rows: Option<usize>,
}

impl Chunk {
    fn clear(&mut self) {
        self.len = 0;
        self.hashes.clear();
        self.keys.clear();
        self.key_text.clear();
        self.unreadable = 0;
        self.expected_rows = None;
    }

    /// Row `row`'s group key as text, or why it has none.
    pub fn key(&self, row: usize) -> GroupKey<'_> {
        match self.keys[row] {
            Key::Text { start, end } => GroupKey::Text(&self.key_text[start..end]),
            Key::Missing => GroupKey::Missing,
            Key::TooLong => GroupKey::TooLong,
        }
    }
}

pub enum Message {
    Chunk(Chunk),
    /// A failing read: it would fail again, so reading stops.
    Failed(csv::Error),
}

/// What the reading stage needs to know.
pub struct Reading<'a> {
    pub group_columns: &'a [usize],
    pub group_by: &'a [GroupBy],
    /// The duplicate hash's seed, random per run.
    pub seed: u64,
    pub input_bytes: Option<u64>,
    pub row_limit: u64,
}

/// Reads every record into chunks sent on `full`, taking emptied chunks
/// back from `empty`; stops at the end, at a failing read, or when the
/// grouping stage stops listening.
pub fn read_chunks<R: Read>(
    mut reader: csv::Reader<R>,
    reading: &Reading,
    full: &SyncSender<Message>,
    empty: &Receiver<Chunk>,
) {
    let mut rows_read = 0u64;
    loop {
        let mut chunk = empty.try_recv().unwrap_or_default();
        chunk.clear();
        let mut ended = false;
        while chunk.len < CHUNK_ROWS {
            if chunk.records.len() == chunk.len {
                chunk.records.push(csv::StringRecord::new());
            }
            match reader.read_record(&mut chunk.records[chunk.len]) {
                Ok(false) => {
                    ended = true;
                    break;
                }
                Ok(true) => {}
                Err(err) if err.is_io_error() => {
                    let _ = full.send(Message::Failed(err));
                    return;
                }
                Err(_) => {
                    rows_read += 1;
                    chunk.unreadable += 1;
                    continue;
                }
            }
            rows_read += 1;
            if rows_read == SAMPLE_ROWS
                && let Some(bytes) = reading.input_bytes
            {
                let per_row = (reader.position().byte() / SAMPLE_ROWS).max(1);
                // A little over the estimate, never past the limit.
                let expected = (bytes / per_row).saturating_add(bytes / per_row / 16);
                chunk.expected_rows = usize::try_from(expected.min(reading.row_limit)).ok();
            }
            let record = &chunk.records[chunk.len];
            chunk.hashes.push(row_hash(record, reading.seed));
            let key = group_key(&mut chunk.key_text, record, reading);
            chunk.keys.push(key);
            chunk.len += 1;
        }
        if full.send(Message::Chunk(chunk)).is_err() || ended {
            return;
        }
    }
}

/// 128 bits of the whole row (XXH3, seeded): its fields with a 0xFF byte
/// after each, a byte UTF-8 text never holds, so `a,bc` and `ab,c` differ.
fn row_hash(row: &csv::StringRecord, seed: u64) -> u128 {
    let mut hasher = xxhash_rust::xxh3::Xxh3::with_seed(seed);
    for field in row.iter() {
        hasher.update(field.as_bytes());
        hasher.update(&[0xFF]);
    }
    hasher.digest128()
}

/// Appends the row's group key (each column's matching key, then `\u{1f}`)
/// to `text` and says where it is, or why the row has none.
fn group_key(text: &mut String, row: &csv::StringRecord, reading: &Reading) -> Key {
    let start = text.len();
    for (&c, by) in reading.group_columns.iter().zip(reading.group_by) {
        let cell = row.get(c).unwrap_or("").trim();
        let why = if cell.is_empty() {
            Some(Key::Missing)
        } else if longer_than_max_text(cell) {
            Some(Key::TooLong)
        } else {
            let before = text.len();
            super::normalise::push_key(text, by.filter, cell);
            // Punctuation only, such as `-`: no name to group by.
            (text.len() == before).then_some(Key::Missing)
        };
        if let Some(why) = why {
            text.truncate(start);
            return why;
        }
        text.push('\u{1f}');
    }
    Key::Text {
        start,
        end: text.len(),
    }
}
