//! `market`: one offer placed against market percentiles.

use std::path::PathBuf;

use chrono::NaiveDate;

use super::checks::stdin_once;
use super::sources::today;
use crate::cli::{ColorChoice, MarketArgs};
use crate::domain::market::Percentile;
use crate::error::Result;
use crate::render::View;

/// `counteroffer market`.
#[derive(Debug, Clone)]
pub struct MarketRequest {
    pub offer: PathBuf,
    /// `--benchmarks FILE`; `None`: the built-in figures.
    pub benchmarks: Option<PathBuf>,
    /// `--entry ID`: this entry instead of the best match.
    pub entry: Option<String>,
    pub target: Percentile,
    /// `--as-of`, else today.
    pub as_of: NaiveDate,
    pub view: View,
}

impl MarketRequest {
    pub(crate) fn new(args: &MarketArgs, color: ColorChoice) -> Result<MarketRequest> {
        stdin_once([
            ("OFFER", Some(args.offer.as_path())),
            ("--benchmarks", args.market.benchmarks.as_deref()),
        ])?;
        Ok(MarketRequest {
            offer: args.offer.clone(),
            benchmarks: args.market.benchmarks.clone(),
            entry: args.market.entry.clone(),
            target: args.market.target.percentile(),
            as_of: args.as_of.unwrap_or_else(today),
            view: super::view::view(&args.output, color, false),
        })
    }
}
