//! `project` and `compare`: offers projected year by year, alone or side by side.

use std::path::{Path, PathBuf};

use rust_decimal::Decimal;

use super::checks::{refuse_in_csv, stdin_once};
use super::sources::{ChartRequest, OfferAdditions, Projection};
use crate::cli::{ColorChoice, CompareArgs, ProjectArgs};
use crate::domain::market::Percentile;
use crate::error::{Error, Result};
use crate::render::{Format, View};

/// `counteroffer project`.
#[derive(Debug, Clone)]
pub struct ProjectRequest {
    pub offers: Vec<PathBuf>,
    pub projection: Projection,
    pub additions: OfferAdditions,
    /// `--scenarios` (no prices: the standard ones) or `--scenario PRICE`.
    pub scenarios: Option<Vec<Decimal>>,
    pub view: View,
    pub chart: ChartRequest,
}

impl ProjectRequest {
    pub(crate) fn new(args: &ProjectArgs, color: ColorChoice) -> Result<ProjectRequest> {
        let format = Format::from(args.output.format);
        refuse_chart(args.chart.chart, format)?;
        let scenarios = args.scenarios || !args.scenario_prices.is_empty();
        refuse_in_csv(
            format,
            &[
                ("--vests", args.vests.vests),
                ("--leave-after", args.leave.leave_after.is_some()),
                ("--leave-table", args.leave_table),
                ("--col", !args.col.indexes.is_empty()),
                ("--scenarios", scenarios),
            ],
        )?;
        let additions = OfferAdditions::new(
            args.leave.leave_after,
            args.tax.tax.as_deref(),
            &args.currency,
            &args.col.indexes,
            args.exit.exit(),
        );
        stdin_once(offers_and(&args.offers, [], &additions))?;
        Ok(ProjectRequest {
            offers: args.offers.clone(),
            projection: Projection::from_args(&args.projection),
            additions: OfferAdditions {
                leave_table: args.leave_table,
                ..additions
            },
            scenarios: scenarios.then(|| args.scenario_prices.clone()),
            view: super::view::view(&args.output, color, args.vests.vests),
            chart: ChartRequest::from(&args.chart),
        })
    }
}

/// `counteroffer compare`.
#[derive(Debug, Clone)]
pub struct CompareRequest {
    /// Two or more offer files.
    pub offers: Vec<PathBuf>,
    /// `--benchmarks FILE` and the percentile to place offers against.
    pub market: Option<(PathBuf, Percentile)>,
    pub projection: Projection,
    pub additions: OfferAdditions,
    pub view: View,
    pub chart: ChartRequest,
}

impl CompareRequest {
    pub(crate) fn new(args: &CompareArgs, color: ColorChoice) -> Result<CompareRequest> {
        // Usage first, in the same order as every command: flags, then files.
        let format = Format::from(args.output.format);
        refuse_chart(args.chart.chart, format)?;
        refuse_in_csv(
            format,
            &[
                ("--vests", args.vests.vests),
                ("--leave-after", args.leave.leave_after.is_some()),
                ("--benchmarks", args.benchmarks.is_some()),
                ("--col", !args.col.indexes.is_empty()),
            ],
        )?;
        if args.target.given.is_some() && args.benchmarks.is_none() {
            return Err(target_without_benchmarks());
        }
        let additions = OfferAdditions::new(
            args.leave.leave_after,
            args.tax.tax.as_deref(),
            &args.currency,
            &args.col.indexes,
            args.exit.exit(),
        );
        stdin_once(offers_and(
            &args.offers,
            [("--benchmarks", args.benchmarks.as_deref())],
            &additions,
        ))?;
        Ok(CompareRequest {
            offers: args.offers.clone(),
            market: args
                .benchmarks
                .clone()
                .map(|path| (path, args.target.percentile())),
            projection: Projection::from_args(&args.projection),
            additions,
            view: super::view::view(&args.output, color, args.vests.vests),
            chart: ChartRequest::from(&args.chart),
        })
    }
}

/// `--target` places offers against benchmarks, so it needs `--benchmarks`.
pub(crate) fn target_without_benchmarks() -> Error {
    Error::Usage(
        "--target sets the percentile offers are placed against, expected --benchmarks FILE with it"
            .into(),
    )
}

/// Refuses `--chart` where it cannot be shown (JSON and CSV stay data).
fn refuse_chart(chart: bool, format: Format) -> Result<()> {
    if chart && matches!(format, Format::Json | Format::Csv) {
        return Err(Error::Usage(
            "--chart draws in table or markdown output; JSON and CSV carry the figures".into(),
        ));
    }
    Ok(())
}

/// Every input that may be standard input, in the order `stdin_once`
/// names them: the offers, then `others`, then `--fx` and `--tax`.
fn offers_and<'a, const N: usize>(
    offers: &'a [PathBuf],
    others: [(&'a str, Option<&'a Path>); N],
    additions: &'a OfferAdditions,
) -> impl Iterator<Item = (&'a str, Option<&'a Path>)> {
    offers
        .iter()
        .map(|path| ("OFFER", Some(path.as_path())))
        .chain(others)
        .chain([
            ("--fx", additions.rates.as_ref().and_then(|r| r.path())),
            ("--tax", additions.tax.as_ref().and_then(|t| t.path())),
        ])
}
