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
use std::hash::BuildHasher;
use std::io::BufRead;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::Value;

use super::Metric;
use super::file::{BenchmarksFile, EntryFile, PointsFile};
use super::rows::{Chunk, GroupKey, Message, Reading, read_chunks};
use crate::domain::money::Minor;
use crate::domain::offer::exact::ExactDecimal;
use crate::domain::offer::validate::MAX_TEXT;
use crate::error::{DataError, Error};
use crate::io::line_guard::LineGuard;

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
    /// The file's `source`, when given (`--source`); else a short sentence
    /// naming the input ([`BuildSummary::source`]).
    pub source: Option<String>,
    pub as_of: NaiveDate,
    pub currency: String,
    pub limits: BuildLimits,
    /// The input's size in bytes, when known (a file): the duplicate table
    /// is then sized for the rows it will hold after the first thousand
    /// rows, instead of doubling (and briefly holding both tables) as it goes.
    pub input_bytes: Option<u64>,
}

/// Rows read before the duplicate table is sized from the input's size.
pub(super) const SAMPLE_ROWS: u64 = 1024;

/// `1 row`, `2 rows`, with thousands separated (`17,606 rows`).
fn plural(count: u64, one: &str, many: &str) -> String {
    let digits = count.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{grouped} {}", if count == 1 { one } else { many })
}

/// What happened to the rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildSummary {
    pub rows_read: u64,
    pub duplicates: u64,
    pub unreadable: u64,
    pub missing_group: u64,
    /// The rows without a group, by the values they had.
    pub partial_groups: super::PartialGroups,
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
    /// The rows left out for any reason before grouping.
    pub fn dropped(&self) -> u64 {
        self.duplicates + self.unreadable + self.missing_group + self.long_group
    }

    /// The one line a build reports: `built 2 entries from 9 rows; 3 rows
    /// dropped`.
    pub fn line(&self) -> String {
        let entries = plural(self.groups_written as u64, "entry", "entries");
        let rows = plural(self.rows_read, "row", "rows");
        let mut line = format!("built {entries} from {rows}");
        if self.dropped() > 0 {
            line.push_str(&format!(
                "; {} dropped",
                plural(self.dropped(), "row", "rows")
            ));
        }
        line
    }

    /// The groups left out for having too few rows, counted (`1 group`),
    /// if any: the command adds them to [`BuildSummary::line`], naming the
    /// flag that set the minimum.
    pub fn small_groups(&self) -> Option<String> {
        let small = self.groups - self.groups_written.min(self.groups);
        (small > 0).then(|| plural(small as u64, "group", "groups"))
    }

    /// The default `source` of a built file: where the rows came from and
    /// how many were used.
    pub fn source(&self, options: &BuildOptions) -> String {
        format!(
            "Built from {}: {} of {} rows used, as of {}.",
            options.source_name, self.rows_used, self.rows_read, options.as_of
        )
    }

    /// One line per count, for `--verbose`. The command follows them with
    /// the rows dropped for an empty group value
    /// ([`super::PartialGroups::dropped`]), then [`BuildSummary::left_out_lines`].
    pub fn counts(&self, options: &BuildOptions) -> Vec<String> {
        vec![
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
        ]
    }

    /// Each metric's values left out, one line a metric, for `--verbose`.
    pub fn left_out_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
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
pub fn build(
    input: impl BufRead + Send,
    options: &BuildOptions,
) -> Result<(Value, BuildSummary), Error> {
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

fn build_from<R: std::io::Read + Send>(
    reader: csv::Reader<R>,
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
    let reading = Reading {
        group_columns: &group_columns,
        group_by: &options.group_by,
        seed: foldhash::fast::RandomState::default().hash_one(0u8),
        input_bytes: options.input_bytes,
        row_limit: options.limits.rows,
    };
    let mut grouping = Grouping {
        seen: HashSet::default(),
        index: HashMap::default(),
        groups: Vec::new(),
        metric_columns: &metric_columns,
        group_columns: &group_columns,
        options,
    };
    // Two stages on two threads: reading (CSV, hashes, keys) and grouping.
    std::thread::scope(|scope| -> Result<(), Failure> {
        let (full_tx, full_rx) = std::sync::mpsc::sync_channel(2);
        let (empty_tx, empty_rx) = std::sync::mpsc::sync_channel(4);
        let reading = &reading;
        scope.spawn(move || read_chunks(reader, reading, &full_tx, &empty_rx));
        for message in full_rx {
            match message {
                Message::Failed(err) => return Err(Failure::Read(err)),
                Message::Chunk(chunk) => {
                    grouping.add(&chunk, &mut summary)?;
                    // The reader makes a new chunk if this one is not back in time.
                    let _ = empty_tx.try_send(chunk);
                }
            }
        }
        Ok(())
    })?;
    let mut groups = grouping.groups;
    summary.groups = groups.len();
    let mut entries = Vec::new();
    let mut ids: HashSet<String> = HashSet::new();
    // Percentiles are held to the currency's minor unit (cents; whole yen).
    let minor = Minor::of(&options.currency);
    for group in &mut groups {
        if group.rows < options.min_samples {
            continue;
        }
        let mut entry = EntryFile {
            id: unique_id(&group.display, &mut ids),
            ..EntryFile::default()
        };
        for (g, display) in options.group_by.iter().zip(&group.display) {
            *filter_slot(&mut entry, g.filter) = Some(display.clone());
        }
        let mut any_metric = false;
        for (m, values) in group.values.iter_mut().enumerate() {
            if values.is_empty() {
                continue;
            }
            values.sort();
            let points = options
                .percentiles
                .iter()
                .map(|&p| (p, ExactDecimal(minor.round(values.percentile(p)))))
                .collect();
            *metric_slot(&mut entry, options.metrics[m].metric) = Some(PointsFile(points));
            any_metric = true;
        }
        if any_metric {
            entries.push(entry);
            summary.groups_written += 1;
        }
    }
    let file = BenchmarksFile {
        source: options
            .source
            .clone()
            .unwrap_or_else(|| summary.source(options)),
        as_of: Some(options.as_of.to_string()),
        currency: Some(options.currency.clone()),
        entries,
    };
    let value = serde_json::to_value(&file)
        .map_err(|err| DataError::new("", format!("cannot write the file: {err}")))?;
    Ok((value, summary))
}

/// The entry's field for the entry filter `filter`.
fn filter_slot<'a>(entry: &'a mut EntryFile, filter: &str) -> &'a mut Option<String> {
    match filter {
        "company" => &mut entry.company,
        "role" => &mut entry.role,
        "level" => &mut entry.level,
        // The parser admits no other filter.
        _ => &mut entry.location,
    }
}

/// The entry's field for `metric`.
fn metric_slot(entry: &mut EntryFile, metric: Metric) -> &mut Option<PointsFile> {
    match metric {
        Metric::BaseSalary => &mut entry.base_salary,
        Metric::BonusPct => &mut entry.bonus_pct,
        Metric::EquityAnnual => &mut entry.equity_annual,
        Metric::Total => &mut entry.total,
    }
}

/// The grouping stage: drops duplicate rows, finds each row's group and
/// keeps its values, in input order.
struct Grouping<'a> {
    /// Keyed by foldhash, the fastest for these small keys (XXH3 through
    /// `Hasher` cost a fifth more instructions per build); XXH3 is kept for
    /// the rows' 128-bit hashes, which foldhash does not give.
    seen: HashSet<u128, foldhash::fast::RandomState>,
    index: HashMap<String, usize, foldhash::fast::RandomState>,
    groups: Vec<Group>,
    metric_columns: &'a [usize],
    group_columns: &'a [usize],
    options: &'a BuildOptions,
}

impl Grouping<'_> {
    fn add(&mut self, chunk: &Chunk, summary: &mut BuildSummary) -> Result<(), Failure> {
        let options = self.options;
        summary.rows_read += chunk.unreadable + chunk.len as u64;
        summary.unreadable += chunk.unreadable;
        if let Some(expected) = chunk.expected_rows {
            self.seen.reserve(expected.saturating_sub(self.seen.len()));
        }
        for (i, row) in chunk.records[..chunk.len].iter().enumerate() {
            let hash = chunk.hashes[i];
            if self.seen.contains(&hash) {
                summary.duplicates += 1;
                continue;
            }
            if self.seen.len() as u64 >= options.limits.rows {
                return Err(DataError::new(
                    "",
                    format!(
                        "has more than {} distinct rows, the most one build holds; split the records, by company or location for instance",
                        options.limits.rows
                    ),
                )
                .into());
            }
            self.seen.insert(hash);
            let key = match chunk.key(i) {
                GroupKey::Text(key) => key,
                GroupKey::TooLong => {
                    summary.long_group += 1;
                    continue;
                }
                GroupKey::Missing => {
                    summary.missing_group += 1;
                    summary
                        .partial_groups
                        .add(row, self.group_columns, &options.group_by);
                    continue;
                }
            };
            let slot = match self.index.get(key) {
                Some(&slot) => slot,
                None => {
                    if self.groups.len() >= options.limits.groups {
                        return Err(DataError::new(
                            "",
                            format!(
                                "has more than {} groups, the most one build holds; group by fewer columns or split the records",
                                options.limits.groups
                            ),
                        )
                        .into());
                    }
                    self.index.insert(key.to_owned(), self.groups.len());
                    self.groups.push(Group {
                        display: self
                            .group_columns
                            .iter()
                            .map(|&c| row.get(c).unwrap_or("").trim().to_owned())
                            .collect(),
                        rows: 0,
                        values: vec![super::column::Column::default(); self.metric_columns.len()],
                    });
                    self.groups.len() - 1
                }
            };
            let group = &mut self.groups[slot];
            group.rows += 1;
            summary.rows_used += 1;
            for (m, &c) in self.metric_columns.iter().enumerate() {
                let metric = options.metrics[m].metric;
                match parse_value(row.get(c).unwrap_or(""), metric) {
                    Cell::Ok(value) => group.values[m].push(value),
                    Cell::Missing => summary.left_out[m].missing += 1,
                    Cell::NotNumeric => summary.left_out[m].not_numeric += 1,
                    Cell::OutOfRange => summary.left_out[m].out_of_range += 1,
                }
            }
        }
        Ok(())
    }
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
