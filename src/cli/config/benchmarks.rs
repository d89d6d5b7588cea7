//! `benchmarks check` and `benchmarks build`.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::checks::repeated;
use super::sources::{OutFile, today};
use crate::cli::{BuildArgs, ColorChoice};
use crate::domain::market::{GroupBy, MetricColumn};
use crate::error::{Error, Result};
use crate::render::{Format, View};

/// `counteroffer benchmarks check`.
#[derive(Debug, Clone)]
pub struct CheckRequest {
    pub file: PathBuf,
    /// Always a table.
    pub view: View,
}

impl CheckRequest {
    pub(crate) fn new(file: &std::path::Path, width: Option<u16>, color: ColorChoice) -> Self {
        CheckRequest {
            file: file.to_path_buf(),
            view: super::view::table_view(Format::Table, width, color, false),
        }
    }
}

/// `counteroffer benchmarks build`.
#[derive(Debug, Clone)]
pub struct BuildRequest {
    /// The raw CSV.
    pub file: PathBuf,
    /// Each filter once.
    pub group_by: Vec<GroupBy>,
    /// Each metric once.
    pub metrics: Vec<MetricColumn>,
    /// Sorted, each once.
    pub percentiles: Vec<u8>,
    pub min_samples: usize,
    /// An ISO 4217 code.
    pub currency: String,
    /// `--as-of`, else today.
    pub as_of: NaiveDate,
    pub source: Option<String>,
    pub verbose: bool,
    pub out: OutFile,
}

impl BuildRequest {
    pub(crate) fn new(args: &BuildArgs) -> Result<BuildRequest> {
        let currency = crate::domain::offer::validate::currency_code("--currency", &args.currency)
            .map_err(|err| Error::Usage(err.to_string()))?;
        if let Some(metric) = repeated(&args.metrics, |a, b| a.metric == b.metric) {
            return Err(Error::Usage(format!(
                "--metric `{}` is given twice, expected each metric once",
                metric.metric.key()
            )));
        }
        if let Some(by) = repeated(&args.group_by, |a, b| a.filter == b.filter) {
            return Err(Error::Usage(format!(
                "--group-by `{}` is given twice, expected each filter once",
                by.filter
            )));
        }
        let mut percentiles: Vec<u8> = args.percentiles.iter().map(|p| p.get()).collect();
        percentiles.sort_unstable();
        percentiles.dedup();
        Ok(BuildRequest {
            file: args.file.clone(),
            group_by: args.group_by.clone(),
            metrics: args.metrics.clone(),
            percentiles,
            min_samples: usize::try_from(args.min_samples).unwrap_or(usize::MAX),
            currency,
            as_of: args.as_of.unwrap_or_else(today),
            source: args.source.clone(),
            verbose: args.verbose,
            out: OutFile::from(&args.out),
        })
    }
}
