//! The benchmark file's rules, each checked with its JSON path.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::file::{BenchmarksFile, EntryFile, PointsFile};
use super::{Benchmarks, Entry, Filters, Metric, Percentiles};
use crate::domain::money::Minor;
use crate::domain::offer::parse_json;
use crate::domain::offer::validate::{check_places, currency_code, date};
use crate::error::DataError;

/// Reads and validates a benchmark file.
pub fn parse_benchmarks(json: &[u8]) -> Result<Benchmarks, DataError> {
    validate(parse_json::<BenchmarksFile>(json)?)
}

fn validate(file: BenchmarksFile) -> Result<Benchmarks, DataError> {
    if file.source.trim().is_empty() {
        return Err(DataError::new(
            "source",
            "is empty, expected where the figures come from",
        ));
    }
    let as_of = file.as_of.map(|text| date("as_of", &text)).transpose()?;
    let currency = match file.currency {
        Some(code) => currency_code("currency", &code)?,
        None => "USD".to_owned(),
    };
    if file.entries.is_empty() {
        return Err(DataError::new(
            "entries",
            "is empty, expected at least one entry",
        ));
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut entries = Vec::with_capacity(file.entries.len());
    for (index, entry) in file.entries.into_iter().enumerate() {
        let path = format!("entries[{index}]");
        if let Some(first) = seen.insert(entry.id.clone(), index) {
            return Err(DataError::new(
                format!("{path}.id"),
                format!(
                    "duplicate id `{}` (also entries[{first}]), expected unique ids",
                    entry.id
                ),
            ));
        }
        entries.push(validate_entry(&path, entry, Minor::of(&currency))?);
    }
    Ok(Benchmarks {
        source: file.source,
        as_of,
        currency,
        entries,
    })
}

fn validate_entry(path: &str, entry: EntryFile, minor: Minor) -> Result<Entry, DataError> {
    if entry.id.trim().is_empty() {
        return Err(DataError::new(
            format!("{path}.id"),
            "is empty, expected an id",
        ));
    }
    for (key, text) in [
        ("id", Some(entry.id.as_str())),
        ("company", entry.company.as_deref()),
        ("role", entry.role.as_deref()),
        ("level", entry.level.as_deref()),
        ("location", entry.location.as_deref()),
    ] {
        crate::domain::offer::validate::check_text(&format!("{path}.{key}"), text)?;
    }
    let raw = [
        (Metric::BaseSalary, entry.base_salary),
        (Metric::BonusPct, entry.bonus_pct),
        (Metric::EquityAnnual, entry.equity_annual),
        (Metric::Total, entry.total),
    ];
    let mut metrics = Vec::new();
    for (metric, points) in raw {
        if let Some(points) = points {
            let metric_path = format!("{path}.{}", metric.key());
            metrics.push((metric, percentiles(&metric_path, metric, points, minor)?));
        }
    }
    if metrics.is_empty() {
        return Err(DataError::new(
            path,
            "has no metric, expected at least one of `base_salary`, `bonus_pct`, `equity_annual`, `total`",
        ));
    }
    Ok(Entry {
        id: entry.id,
        filters: Filters {
            company: entry.company,
            role: entry.role,
            level: entry.level,
            location: entry.location,
        },
        metrics,
    })
}

fn percentiles(
    path: &str,
    metric: Metric,
    file: PointsFile,
    minor: Minor,
) -> Result<Percentiles, DataError> {
    if file.0.is_empty() {
        return Err(DataError::new(
            path,
            "has no points, expected at least one like `p50`",
        ));
    }
    let mut points = Vec::with_capacity(file.0.len());
    for (percentile, value) in file.0 {
        let point_path = format!("{path}.p{percentile}");
        let value = value.0;
        let value = if metric.is_money() {
            check_places(&point_path, value, minor.places(), "money")?;
            minor.checked(value).ok_or_else(|| {
                DataError::new(
                    &point_path,
                    format!("`{value}` is too large to hold to the {}", minor.name()),
                )
            })?
        } else {
            check_places(&point_path, value, 6, "a percentage")?;
            value
        };
        if value < Decimal::ZERO || value > metric.largest_value() {
            return Err(DataError::new(
                point_path,
                format!("is {value}, expected 0 to {}", metric.largest_value()),
            ));
        }
        points.push((percentile, value));
    }
    points.sort_by_key(|(p, _)| *p);
    for pair in points.windows(2) {
        let ((low_p, low), (high_p, high)) = (pair[0], pair[1]);
        if high < low {
            return Err(DataError::new(
                format!("{path}.p{high_p}"),
                format!(
                    "is {high}, below p{low_p} ({low}); expected values that do not decrease as the percentile rises"
                ),
            ));
        }
    }
    Ok(Percentiles { points })
}
