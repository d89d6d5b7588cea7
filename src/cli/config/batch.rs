//! `batch`: many offers, streamed.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::checks::stdin_once;
use super::sources::{OutFile, RateSource, TaxSource, today};
use crate::cli::{BatchArgs, BatchInputChoice};
use crate::domain::market::Percentile;
use crate::error::Result;
use crate::render::batch::OutputFormat;

/// How batch input is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// One offer object per line.
    JsonLines,
    /// A header row of offer fields; `equity` and `sign_on` cells hold JSON.
    Csv,
}

/// `counteroffer batch`.
#[derive(Debug, Clone)]
pub struct BatchRequest {
    pub input: PathBuf,
    /// `--input-format`, else from the extension (JSON Lines for `-`).
    pub input_format: InputFormat,
    /// Whether `--input-format` was given: input read as JSON Lines only
    /// because nothing said otherwise is checked for CSV.
    pub input_format_given: bool,
    /// `--benchmarks FILE`.
    pub benchmarks: Option<PathBuf>,
    /// `--target` as given: refused without `--benchmarks` once the rates
    /// are loaded, where it always has been.
    pub target: Option<Percentile>,
    pub tax: Option<TaxSource>,
    pub rates: Option<RateSource>,
    /// `--in`.
    pub reporting: Option<String>,
    pub format: OutputFormat,
    pub out: OutFile,
    /// `--years`: every offer's horizon, and the CSV's year columns.
    pub years: Option<u32>,
    /// `--as-of`, else today.
    pub as_of: NaiveDate,
}

impl BatchRequest {
    pub(crate) fn new(args: &BatchArgs) -> Result<BatchRequest> {
        let tax = args.tax.tax.as_deref().map(TaxSource::from_flag);
        let rates = RateSource::from_args(&args.currency.rates);
        stdin_once([
            ("INPUT", Some(args.input.as_path())),
            ("--benchmarks", args.benchmarks.as_deref()),
            ("--fx", rates.as_ref().and_then(RateSource::path)),
            ("--tax", tax.as_ref().and_then(TaxSource::path)),
        ])?;
        let input_format = match args.input_format {
            Some(BatchInputChoice::JsonLines) => InputFormat::JsonLines,
            Some(BatchInputChoice::Csv) => InputFormat::Csv,
            None => match args.input.extension().and_then(|e| e.to_str()) {
                Some(ext) if ext.eq_ignore_ascii_case("csv") => InputFormat::Csv,
                _ => InputFormat::JsonLines,
            },
        };
        Ok(BatchRequest {
            input: args.input.clone(),
            input_format,
            input_format_given: args.input_format.is_some(),
            benchmarks: args.benchmarks.clone(),
            target: args.target.given,
            tax,
            rates,
            reporting: args.currency.reporting.clone(),
            format: args.format.into(),
            out: OutFile::from(&args.out),
            years: args.years,
            as_of: args.as_of.unwrap_or_else(today),
        })
    }
}
