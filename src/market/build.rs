//! Building a benchmark file from raw market records (one row per reported
//! salary, levels.fyi style), with every dropped row counted and explained.
//!
//! - Rows are grouped by the `--group-by` columns, compared as matching
//!   compares them ([`super::normalise`]: case, punctuation and a location's
//!   region ignored); a group is shown as first spelled.
//! - Exact duplicate rows are dropped. They are recognised by a 128-bit hash
//!   of the whole row rather than by keeping every row in memory; a false
//!   match needs a hash collision (odds about 10⁻²⁶ for a million rows).
//! - A value that is missing, not a number, negative, or zero where zero
//!   makes no sense (base salary, total) is left out of that metric only.
//! - Percentiles follow PERCENTILE.INC exactly, rounded to cents half away
//!   from zero.
//! - Memory is bounded by [`BuildLimits`]: a line of at most 1 MiB, at most
//!   [`MAX_ROWS`] distinct rows and [`MAX_GROUPS`] groups. Past a limit the
//!   build ends with an error naming it, never with an abort.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, RandomState};
use std::io::BufRead;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::{Map, Number, Value};

use super::Metric;
use crate::error::{DataError, Error};
use crate::line_guard::LineGuard;
use crate::money::round_cents;
use crate::offer::validate::MAX_TEXT;

/// One `--group-by` item: which entry filter, from which column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupBy {
    pub filter: &'static str,
    pub column: String,
}

/// One `--metric NAME=COLUMN`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricColumn {
    pub metric: Metric,
    pub column: String,
}

/// The most distinct rows one build keeps: with the groups' values and the
/// duplicate check, about 120 bytes a row (237 MB measured at this limit,
/// four metrics), so a build stays well within 512 MiB.
pub const MAX_ROWS: u64 = 2_000_000;
/// The most groups one build keeps (each holds its spelling and its values).
pub const MAX_GROUPS: usize = 200_000;

/// How much one build may hold; [`BuildLimits::default`] is the documented limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildLimits {
    pub rows: u64,
    pub groups: usize,
}

impl Default for BuildLimits {
    fn default() -> BuildLimits {
        BuildLimits {
            rows: MAX_ROWS,
            groups: MAX_GROUPS,
        }
    }
}

pub struct BuildOptions {
    pub group_by: Vec<GroupBy>,
    pub metrics: Vec<MetricColumn>,
    pub percentiles: Vec<u8>,
    pub min_samples: usize,
    pub source_name: String,
    pub as_of: NaiveDate,
    pub currency: String,
    pub limits: BuildLimits,
    /// The input's size in bytes, when known (a file): the duplicate table
    /// is then sized for the rows it will hold after the first thousand
    /// rows, instead of doubling (and briefly holding both tables) as it goes.
    pub input_bytes: Option<u64>,
}

/// Rows read before the duplicate table is sized from the input's size.
const SAMPLE_ROWS: u64 = 1024;

/// What happened to the rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildSummary {
    pub rows_read: u64,
    pub duplicates: u64,
    pub unreadable: u64,
    pub missing_group: u64,
    /// Rows whose group value is longer than a name may be.
    pub long_group: u64,
    pub rows_used: u64,
    pub groups: usize,
    pub groups_written: usize,
    /// Per metric: the values left out, and why.
    pub left_out: Vec<LeftOut>,
}

/// One metric's values left out of a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LeftOut {
    pub metric: Metric,
    pub missing: u64,
    pub not_numeric: u64,
    /// Negative, zero where zero makes no sense, or above the largest value.
    pub out_of_range: u64,
}

impl BuildSummary {
    /// One line per fact, for stderr and the file's `source`.
    pub fn lines(&self, options: &BuildOptions) -> Vec<String> {
        let mut lines = vec![
            format!("{} rows read", self.rows_read),
            format!("{} exact duplicate rows dropped", self.duplicates),
            format!("{} unreadable rows dropped", self.unreadable),
            format!("{} rows without a group key dropped", self.missing_group),
            format!(
                "{} rows with a group value over {MAX_TEXT} characters dropped",
                self.long_group
            ),
            format!(
                "{} rows used in {} groups; {} groups with at least {} samples written",
                self.rows_used, self.groups, self.groups_written, options.min_samples
            ),
        ];
        for LeftOut {
            metric,
            missing,
            not_numeric,
            out_of_range,
        } in &self.left_out
        {
            lines.push(format!(
                "{}: {missing} missing, {not_numeric} not numeric, {out_of_range} negative, zero or too large (above {}) values left out",
                metric.key(),
                metric.largest_value()
            ));
        }
        lines
    }
}

struct Group {
    /// The group's values as first spelled (trimmed).
    display: Vec<String>,
    rows: usize,
    values: Vec<super::column::Column>,
}

/// Reads raw CSV records and returns the benchmark file as JSON, with the summary.
///
/// Errors name `options.source_name`: bad data or a limit passed is
/// [`Error::Data`], a failing read is [`Error::Io`].
pub fn build(input: impl BufRead, options: &BuildOptions) -> Result<(Value, BuildSummary), Error> {
    let data = |err: DataError| Error::data(&options.source_name, err);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(LineGuard::new(input));
    let header = match reader.headers() {
        Ok(header) => header.clone(),
        Err(err) => return Err(read_error(err, options)),
    };
    build_from(reader, header, options).map_err(|err| match err {
        Failure::Data(err) => data(err),
        Failure::Read(err) => read_error(err, options),
    })
}

/// Why a build stopped.
enum Failure {
    Data(DataError),
    Read(csv::Error),
}

impl From<DataError> for Failure {
    fn from(err: DataError) -> Failure {
        Failure::Data(err)
    }
}

/// A CSV error that ends the build: a line past the limit is bad data, any
/// other failure to read is an I/O error, and a malformed header is bad data.
fn read_error(err: csv::Error, options: &BuildOptions) -> Error {
    let name = &options.source_name;
    if !err.is_io_error() {
        return Error::data(
            name,
            DataError::new("", format!("unreadable CSV header: {err}")),
        );
    }
    match err.into_kind() {
        csv::ErrorKind::Io(source) if source.kind() != std::io::ErrorKind::InvalidData => {
            Error::Io {
                context: name.clone(),
                source,
            }
        }
        kind => Error::data(name, DataError::new("", io_message(kind))),
    }
}

fn io_message(kind: csv::ErrorKind) -> String {
    match kind {
        csv::ErrorKind::Io(source) => source.to_string(),
        other => format!("{other:?}"),
    }
}

fn build_from<R: std::io::Read>(
    mut reader: csv::Reader<R>,
    header: csv::StringRecord,
    options: &BuildOptions,
) -> Result<(Value, BuildSummary), Failure> {
    let column = |name: &str| {
        header.iter().position(|h| h.trim() == name).ok_or_else(|| {
            DataError::new(
                "",
                format!(
                    "no column `{name}`; the header has {}",
                    header
                        .iter()
                        .map(|h| format!("`{}`", h.trim()))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })
    };
    let group_columns: Vec<usize> = options
        .group_by
        .iter()
        .map(|g| column(&g.column))
        .collect::<Result<_, _>>()?;
    let metric_columns: Vec<usize> = options
        .metrics
        .iter()
        .map(|m| column(&m.column))
        .collect::<Result<_, _>>()?;

    let mut summary = BuildSummary {
        left_out: options
            .metrics
            .iter()
            .map(|m| LeftOut {
                metric: m.metric,
                missing: 0,
                not_numeric: 0,
                out_of_range: 0,
            })
            .collect(),
        ..BuildSummary::default()
    };
    // Seeded per run, so no input can be made to collide on purpose.
    let seed = RandomState::new().hash_one(0u8);
    let mut seen: HashSet<u128, foldhash::fast::RandomState> = HashSet::default();
    let mut index: HashMap<String, usize, foldhash::fast::RandomState> = HashMap::default();
    let mut groups: Vec<Group> = Vec::new();
    let mut key = String::new();
    let mut row = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut row) {
            Ok(false) => break,
            Ok(true) => {}
            // A failing read (or a line past the limit) would fail again: stop.
            Err(err) if err.is_io_error() => return Err(Failure::Read(err)),
            Err(_) => {
                summary.rows_read += 1;
                summary.unreadable += 1;
                continue;
            }
        }
        summary.rows_read += 1;
        if summary.rows_read == SAMPLE_ROWS
            && let Some(bytes) = options.input_bytes
        {
            let per_row = (reader.position().byte() / SAMPLE_ROWS).max(1);
            // A little over the estimate, never past the limit.
            let expected = (bytes / per_row).saturating_add(bytes / per_row / 16);
            let expected = usize::try_from(expected.min(options.limits.rows)).unwrap_or(0);
            seen.reserve(expected.saturating_sub(seen.len()));
        }
        let hash = row_hash(&row, seed);
        if seen.contains(&hash) {
            summary.duplicates += 1;
            continue;
        }
        if seen.len() as u64 >= options.limits.rows {
            return Err(DataError::new(
                "",
                format!(
                    "has more than {} distinct rows, the most one build holds; split the records, by company or location for instance",
                    options.limits.rows
                ),
            )
            .into());
        }
        seen.insert(hash);
        key.clear();
        let mut complete = true;
        let mut too_long = false;
        for (&c, by) in group_columns.iter().zip(&options.group_by) {
            let cell = row.get(c).unwrap_or("").trim();
            if cell.is_empty() {
                complete = false;
                break;
            }
            if cell.len() > MAX_TEXT && cell.chars().count() > MAX_TEXT {
                too_long = true;
                break;
            }
            let before = key.len();
            super::normalise::push_key(&mut key, by.filter, cell);
            if key.len() == before {
                // Punctuation only, such as `-`: no name to group by.
                complete = false;
                break;
            }
            key.push('\u{1f}');
        }
        if !complete {
            summary.missing_group += 1;
            continue;
        }
        if too_long {
            summary.long_group += 1;
            continue;
        }
        let slot = match index.get(key.as_str()) {
            Some(&slot) => slot,
            None => {
                if groups.len() >= options.limits.groups {
                    return Err(DataError::new(
                        "",
                        format!(
                            "has more than {} groups, the most one build holds; group by fewer columns or split the records",
                            options.limits.groups
                        ),
                    )
                    .into());
                }
                index.insert(key.clone(), groups.len());
                groups.push(Group {
                    display: group_columns
                        .iter()
                        .map(|&c| row.get(c).unwrap_or("").trim().to_owned())
                        .collect(),
                    rows: 0,
                    values: vec![super::column::Column::default(); metric_columns.len()],
                });
                groups.len() - 1
            }
        };
        let group = &mut groups[slot];
        group.rows += 1;
        summary.rows_used += 1;
        for (m, &c) in metric_columns.iter().enumerate() {
            let metric = options.metrics[m].metric;
            match parse_value(row.get(c).unwrap_or(""), metric) {
                Cell::Ok(value) => group.values[m].push(value),
                Cell::Missing => summary.left_out[m].missing += 1,
                Cell::NotNumeric => summary.left_out[m].not_numeric += 1,
                Cell::OutOfRange => summary.left_out[m].out_of_range += 1,
            }
        }
    }
    summary.groups = groups.len();
    let mut entries = Vec::new();
    let mut ids: HashSet<String> = HashSet::new();
    for group in &mut groups {
        if group.rows < options.min_samples {
            continue;
        }
        let mut entry = Map::new();
        entry.insert(
            "id".into(),
            Value::String(unique_id(&group.display, &mut ids)),
        );
        for (g, display) in options.group_by.iter().zip(&group.display) {
            entry.insert(g.filter.into(), Value::String(display.clone()));
        }
        let mut any_metric = false;
        for (m, values) in group.values.iter_mut().enumerate() {
            if values.is_empty() {
                continue;
            }
            values.sort();
            let mut points = Map::new();
            for &p in &options.percentiles {
                let value = round_cents(values.percentile(p));
                points.insert(format!("p{p}"), number(value));
            }
            entry.insert(
                options.metrics[m].metric.key().into(),
                Value::Object(points),
            );
            any_metric = true;
        }
        if any_metric {
            entries.push(Value::Object(entry));
            summary.groups_written += 1;
        }
    }
    let mut file = Map::new();
    file.insert(
        "source".into(),
        Value::String(format!(
            "{}: {}",
            options.source_name,
            summary.lines(options).join("; ")
        )),
    );
    file.insert("as_of".into(), Value::String(options.as_of.to_string()));
    file.insert("currency".into(), Value::String(options.currency.clone()));
    file.insert("entries".into(), Value::Array(entries));
    Ok((Value::Object(file), summary))
}

enum Cell {
    Ok(Decimal),
    Missing,
    NotNumeric,
    OutOfRange,
}

fn parse_value(cell: &str, metric: Metric) -> Cell {
    let cell = cell.trim();
    if cell.is_empty() || cell.eq_ignore_ascii_case("na") || cell.eq_ignore_ascii_case("null") {
        return Cell::Missing;
    }
    let parsed = if cell.contains(['e', 'E']) {
        Decimal::from_scientific(cell)
    } else {
        Decimal::from_str_exact(cell)
    };
    match parsed {
        Err(_) => Cell::NotNumeric,
        Ok(v) if v < Decimal::ZERO => Cell::OutOfRange,
        // The range a benchmark file may hold (what `benchmarks check` accepts).
        Ok(v) if v > metric.largest_value() => Cell::OutOfRange,
        Ok(v) if v.is_zero() && matches!(metric, Metric::BaseSalary | Metric::Total) => {
            Cell::OutOfRange
        }
        Ok(v) => Cell::Ok(v),
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

/// `amazon-senior-product-manager-seattle`, made unique with `-2`, `-3`, ….
fn unique_id(values: &[String], ids: &mut HashSet<String>) -> String {
    let mut base = String::new();
    for value in values {
        for c in value.chars().flat_map(char::to_lowercase) {
            if c.is_alphanumeric() {
                base.push(c);
            } else if !base.ends_with('-') && !base.is_empty() {
                base.push('-');
            }
        }
        if !base.ends_with('-') {
            base.push('-');
        }
    }
    // Room for a `-N` suffix within the longest id a benchmark file may hold.
    let base: String = base.chars().take(MAX_TEXT - 8).collect();
    let base = base.trim_end_matches('-').to_owned();
    let mut id = base.clone();
    let mut n = 2;
    while !ids.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// A decimal as a JSON number, exactly (serde_json keeps the text).
fn number(value: Decimal) -> Value {
    serde_json::from_str::<Number>(&value.to_string())
        .map(Value::Number)
        .unwrap_or_else(|_| Value::String(value.to_string()))
}
